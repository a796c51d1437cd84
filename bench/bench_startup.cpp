// Start-up to first frame: from before QApplication to the first computed result painted in the
// main window. Prints one JSON line. Run with a display (Xvfb) or QT_QPA_PLATFORM=offscreen.
#include "app/lesson_page.h"
#include "app/main_window.h"
#include "framework/lesson_registry.h"
#include "lessons/register_lessons.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const double appMs = clock.nsecsElapsed() * 1e-6;
    gradus::LessonRegistry registry;
    gradus::registerBuiltinLessons(registry);
    gradus::MainWindow window(registry);
    window.resize(1600, 1000);
    window.show();
    const double shownMs = clock.nsecsElapsed() * 1e-6;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        gradus::LessonPage* page = window.currentPage();
        if (!page || !page->result())
            return;
        page->figure()->repaint(); // the first frame is on screen when this returns
        const double firstFrameMs = clock.nsecsElapsed() * 1e-6;
        std::printf("{\"qapplication_ms\": %.1f, \"window_shown_ms\": %.1f, \"first_frame_ms\": %.1f}\n", appMs,
                    shownMs, firstFrameMs);
        app.quit();
    });
    poll.start();
    return app.exec();
}
