// The window's event loop while heavy computations run off the GUI thread: a 2 ms timer measures how
// late the loop wakes up (a stall the user feels as a frozen window) during an SVD of a 12-megapixel
// photo, a fine loss-landscape grid with training, and a MIP solve; then every lesson recomputing at
// its defaults and playing its animation. Goal: no stall over 100 ms (issue 13). Run under Xvfb or
// offscreen: bench/run.sh does.
#include "app/lesson_page.h"
#include "app/main_window.h"
#include "framework/compute_runner.h"
#include "framework/lesson_registry.h"
#include "lessons/register_lessons.h"
#include "views/player.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <cstdio>
#include <vector>

using namespace gradus;

namespace {

struct Stalls {
    std::vector<double> lateMs;
    double seconds = 0;
    bool finished = false;
};

// Runs the event loop, measuring how late a 2 ms timer fires, until half a second after `done` says
// so (checked from 200 ms on) or `limit` seconds pass. `start` sets the work going once the timer runs.
Stalls measure(const std::function<void()>& start, const std::function<bool()>& done, double limit)
{
    Stalls stalls;
    constexpr int kTickMs = 2;
    QElapsedTimer clock, sinceTick;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(kTickMs);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        stalls.lateMs.push_back(std::max(0.0, sinceTick.nsecsElapsed() / 1e6 - kTickMs));
        sinceTick.restart();
    });
    clock.start();
    sinceTick.start();
    const bool tracing = qEnvironmentVariableIsSet("GRADUS_LATENCY_TRACE");
    if (tracing)
        std::fprintf(stderr, "-- measuring\n");
    tick.start();
    // From inside the event loop, as a user's change comes, so that the trace shows what it costs.
    QTimer::singleShot(0, start);
    QApplication::processEvents();
    // The stall that matters most comes when the result arrives: the figure takes it in and repaints.
    // The tick that measures it fires only after that, so the loop runs on for a while after `done`.
    constexpr qint64 kAfterDoneMs = 500;
    qint64 doneAt = -1;
    while (clock.elapsed() < limit * 1000 && (doneAt < 0 || clock.elapsed() < doneAt + kAfterDoneMs)) {
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        if (doneAt < 0 && clock.elapsed() > 200 && done()) {
            stalls.finished = true;
            doneAt = clock.elapsed();
            if (tracing)
                std::fprintf(stderr, "-- done at %lld ms\n", doneAt);
        }
    }
    tick.stop();
    if (tracing)
        std::fprintf(stderr, "-- measured\n");
    stalls.seconds = clock.elapsed() / 1000.0;
    return stalls;
}

LessonPage* openSettled(MainWindow& window, const QString& lesson)
{
    LessonPage* page = window.showLesson(lesson);
    QElapsedTimer settle;
    settle.start();
    while ((!page->result() || page->runner().busy()) && settle.elapsed() < 120000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    return page;
}

// Changes the lesson's parameters and measures the loop until the result is in (or `limit` seconds).
Stalls probe(MainWindow& window, const QString& lesson, const QList<QPair<QString, QVariant>>& changes, double limit)
{
    LessonPage* page = openSettled(window, lesson);
    ParamValues values = page->params();
    for (const auto& [name, value] : changes)
        values.set(name, value);
    const Stalls stalls = measure([&] { page->setParams(values); },
                                  [&] { return page->result() && !page->runner().busy(); }, limit);
    if (!stalls.finished)
        page->runner().cancel();
    return stalls;
}

// Plays the lesson's animation from the start for `seconds` (every frame drawn on the GUI thread).
Stalls playing(MainWindow& window, const QString& lesson, double seconds)
{
    LessonPage* page = openSettled(window, lesson);
    Stalls stalls = measure([&] { page->player()->first(); page->player()->play(); }, [] { return false; }, seconds);
    page->player()->pause();
    stalls.finished = true;
    return stalls;
}

void report(const char* what, Stalls stalls)
{
    std::sort(stalls.lateMs.begin(), stalls.lateMs.end());
    const auto at = [&](double q) { return stalls.lateMs.empty() ? 0.0 : stalls.lateMs[std::size_t(q * double(stalls.lateMs.size() - 1))]; };
    std::printf("%-58s %6.1f s%s: %6zu ticks, event loop late by median %.1f ms, p99 %.1f ms, max %.1f ms%s\n", what,
                stalls.seconds, stalls.finished ? "" : " (stopped)", stalls.lateMs.size(), at(0.5), at(0.99), at(1.0),
                at(1.0) > 100 ? "  ← over 100 ms" : "");
}

// With GRADUS_LATENCY_TRACE set, every event that takes longer than 30 ms to handle is printed with
// its receiver and nesting depth: the way to find which widget a stall belongs to.
class TracingApplication : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!tracing_)
            return QApplication::notify(receiver, event);
        QElapsedTimer timer;
        timer.start();
        const int type = event->type(); // the event may be gone afterwards
        const QString name = QString::fromLatin1(receiver->metaObject()->className()) + ' ' + receiver->objectName();
        ++depth_;
        const bool handled = QApplication::notify(receiver, event);
        --depth_;
        if (timer.elapsed() > 30)
            std::fprintf(stderr, "%*s%lld ms: event %d to %s\n", 2 * depth_, "", timer.elapsed(), type, qPrintable(name));
        return handled;
    }

private:
    bool tracing_ = qEnvironmentVariableIsSet("GRADUS_LATENCY_TRACE");
    int depth_ = 0;
};

} // namespace

int main(int argc, char** argv)
{
    TracingApplication app(argc, argv);
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath("settings"));
    QCoreApplication::setOrganizationName("GradusBench");
    LessonRegistry registry;
    registerBuiltinLessons(registry);
    MainWindow window(registry);
    window.resize(1600, 960);
    window.show();

    // A 4000 × 3000 photo-like picture (gradients and shapes) written once.
    QImage photo(4000, 3000, QImage::Format_RGB32);
    QPainter painter(&photo);
    QLinearGradient gradient(0, 0, 4000, 3000);
    gradient.setColorAt(0, Qt::darkBlue);
    gradient.setColorAt(1, Qt::yellow);
    painter.fillRect(photo.rect(), gradient);
    for (int k = 0; k < 300; ++k)
        painter.fillRect(QRect((k * 977) % 3900, (k * 613) % 2900, 60 + k % 90, 40 + k % 70), QColor::fromHsv((k * 37) % 360, 200, 220));
    painter.end();
    const QString photoPath = dir.filePath("photo.png");
    photo.save(photoPath);

    // GRADUS_LATENCY_LESSONS=a,b limits the run to those lessons' probes (for profiling one stall).
    const QStringList only = qEnvironmentVariable("GRADUS_LATENCY_LESSONS").split(',', Qt::SkipEmptyParts);
    const auto wanted = [&](const QString& id) { return only.isEmpty() || only.contains(id); };
    if (wanted("svd-image"))
        report("svd-image: 4000×3000 photo, rank 100, full SVD", probe(window, "svd-image", {{"image", photoPath}, {"rank", 100}}, 120));
    if (wanted("landscape"))
        report("landscape: MLP trained, 61×61 loss grid", probe(window, "landscape", {{"resolution", 61}}, 180));
    if (wanted("mip")) {
        report("mip: solve p0548 with CBC", probe(window, "mip", {{"view", QStringLiteral("solve")}, {"mps", QStringLiteral("p0548")}}, 60));
        report("mip: market split m = 4 vs knapsack (compare)", probe(window, "mip", {{"view", QStringLiteral("market-split")}, {"largest_m", 4}}, 60));
    }
    if (wanted("optimizers"))
        report("optimizers: every method × 2,000 iterations, redrawn", probe(window, "optimizers", {{"iters", 2000}}, 30));
    // Every lesson at its defaults: recomputed (the seed moved, or the same values again), then played.
    for (const Lesson* lesson : registry.lessons()) {
        const QString id = lesson->id();
        if (!wanted(id))
            continue;
        QList<QPair<QString, QVariant>> change;
        if (lesson->schema().find(QStringLiteral("seed")))
            change.append({QStringLiteral("seed"), 7});
        report(qPrintable(id + ": recompute at the defaults"), probe(window, id, change, 120));
        if (window.showLesson(id)->result() && window.showLesson(id)->result()->frameCount() > 1)
            report(qPrintable(id + ": playing for 3 s"), playing(window, id, 3));
    }
    return 0;
}
