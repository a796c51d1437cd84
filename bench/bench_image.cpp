// The svd-image lesson on a 12-megapixel colour photo (4000 × 3000): time to decompose it, and
// the cost of one rank step while dragging the slider (the figure's preview moved by one layer
// and the whole figure painted at 1280×720, as the screen does). Prints one JSON line per case.
// The photo is made here: the astronaut sample enlarged, with fine texture so its spectrum has a
// tail like a real 12 MP photo. Run with QT_QPA_PLATFORM=offscreen.
#include "framework/lesson_registry.h"
#include "views/lesson_figure.h"
#include "lessons/register_lessons.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>

namespace {

QString makePhoto(const QString& folder)
{
    QFile sample(QStringLiteral(":/images/astronaut.png"));
    sample.open(QIODevice::ReadOnly);
    const QByteArray bytes = sample.readAll();
    const cv::Mat small = cv::imdecode(cv::Mat(1, int(bytes.size()), CV_8U, const_cast<char*>(bytes.constData())), cv::IMREAD_COLOR);
    cv::Mat photo;
    cv::resize(small, photo, cv::Size(4000, 3000), 0, 0, cv::INTER_CUBIC);
    cv::Mat grain(photo.size(), CV_8UC3);
    cv::randn(grain, cv::Scalar::all(0), cv::Scalar::all(6));
    cv::add(photo, grain, photo);
    const QString path = folder + QStringLiteral("/photo-12mp.jpg");
    cv::imwrite(path.toStdString(), photo, {cv::IMWRITE_JPEG_QUALITY, 92});
    return path;
}

void stepCost(const gradus::Lesson& lesson, const gradus::ResultPtr& result, const char* label)
{
    std::unique_ptr<gradus::LessonFigure> figure(lesson.createFigure(nullptr));
    figure->setAttribute(Qt::WA_DontShowOnScreen);
    figure->resize(1280, 720);
    figure->show();
    QElapsedTimer setup;
    setup.start();
    figure->setResult(result);
    const double setupMs = setup.nsecsElapsed() * 1e-6;
    QImage image(1280, 720, QImage::Format_RGB32);
    figure->setFrame(99);
    QElapsedTimer clock;
    const int steps = 40;
    double previewOnly = 0, changed = 0, whole = 0;
    QMap<QString, double> perView;
    // What a rank step repaints on screen: the approximation, the difference, the numbers and the
    // two charts' markers; the original and the layer thumbnails stay as they are.
    const QStringList changing = {"approximation", "difference", "numbers", "spectrum", "energy"};
    for (int k = 0; k < steps; ++k) {
        clock.start();
        figure->setFrame(100 + k); // one rank per step, as a hand drags the slider
        const double step = clock.nsecsElapsed() * 1e-6;
        previewOnly += step;
        clock.start();
        for (const QString& name : changing) {
            QElapsedTimer one;
            one.start();
            QWidget* view = figure->view(name);
            QPainter painter(&image);
            view->render(&painter, view->pos());
            perView[name] += one.nsecsElapsed() * 1e-6;
        }
        changed += step + clock.nsecsElapsed() * 1e-6;
        clock.start();
        QPainter painter(&image);
        figure->render(&painter);
        whole += step + clock.nsecsElapsed() * 1e-6;
    }
    QString views;
    for (auto it = perView.cbegin(); it != perView.cend(); ++it)
        views += QStringLiteral("%1\"%2_ms\": %3").arg(views.isEmpty() ? "" : ", ", it.key()).arg(it.value() / steps, 0, 'f', 2);
    std::printf("{\"case\": \"%s: painting each changed view\", %s}\n", label, qPrintable(views));
    clock.start();
    figure->setFrame(299);
    const double jump = clock.nsecsElapsed() * 1e-6;
    std::printf("{\"case\": \"%s\", \"set_result_ms\": %.1f, \"rank_step_ms\": %.2f, "
                "\"rank_step_and_repaint_changed_views_ms\": %.2f, \"rank_step_and_whole_figure_ms\": %.2f, "
                "\"jump_100_to_300_ms\": %.1f}\n",
                label, setupMs, previewOnly / steps, changed / steps, whole / steps, jump);
}

// The same drag as the screen does it: a shown window (the offscreen platform keeps a real backing
// store), one rank step, then the event loop paints what changed — only the dirty regions, so the
// charts repaint just around their moving marker.
void screenStepCost(const gradus::Lesson& lesson, const gradus::ResultPtr& result, const char* label)
{
    std::unique_ptr<gradus::LessonFigure> figure(lesson.createFigure(nullptr));
    figure->resize(1280, 720);
    figure->show();
    figure->setResult(result);
    figure->setFrame(99);
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    const int steps = 60;
    QElapsedTimer clock;
    double stepMs = 0, paintMs = 0;
    for (int k = 0; k < steps; ++k) {
        clock.start();
        figure->setFrame(100 + k);
        stepMs += clock.nsecsElapsed() * 1e-6;
        clock.start();
        QCoreApplication::processEvents();
        paintMs += clock.nsecsElapsed() * 1e-6;
    }
    const double ms = (stepMs + paintMs) / steps;
    std::printf("{\"case\": \"%s\", \"rank_step_ms\": %.2f, \"repaint_ms\": %.2f, \"total_ms\": %.2f, \"fps\": %.1f}\n", label,
                stepMs / steps, paintMs / steps, ms, 1000.0 / ms);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    gradus::LessonRegistry registry;
    gradus::registerBuiltinLessons(registry);
    const gradus::Lesson& lesson = registry.get("svd-image");
    QTemporaryDir dir;
    const QString photo = makePhoto(dir.path());

    gradus::ParamValues values = lesson.schema().defaults();
    lesson.schema().applyAssignment(values, "image=" + photo);
    lesson.schema().applyAssignment(values, "max_pixels=13e6");
    lesson.schema().applyAssignment(values, "max_rank=300");
    QElapsedTimer clock;
    clock.start();
    const gradus::ResultPtr result = lesson.compute(values, nullptr);
    std::printf("{\"case\": \"svd-image 4000x3000 colour, load + randomized SVD top 300 x 3 channels\", \"ms\": %.0f}\n",
                clock.nsecsElapsed() * 1e-6);
    stepCost(lesson, result, "svd-image 4000x3000: one rank step while dragging (figure 1280x720: preview twice the shown size)");
    screenStepCost(lesson, result, "svd-image 4000x3000: one rank step as on screen (1280x720 window, dirty regions repainted)");
    return 0;
}
