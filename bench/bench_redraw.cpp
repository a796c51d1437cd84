// Frames per second of the 2D figures while playing: each frame moves the player one iteration and
// paints the whole figure (map with every path, and the charts) into a 1280×720 image, as the
// screen does. Prints one JSON line per case. Run with QT_QPA_PLATFORM=offscreen or under Xvfb.
#include "framework/lesson_registry.h"
#include "views/lesson_figure.h"
#include "lessons/register_lessons.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <cstdio>

namespace {

void measure(const gradus::Lesson& lesson, const QStringList& assignments, const char* label, const QString& onlyView = {})
{
    // BENCH_ONLY=text runs only the cases whose label contains it (for profiling one case).
    if (qEnvironmentVariableIsSet("BENCH_ONLY") && !QString(label).contains(qEnvironmentVariable("BENCH_ONLY")))
        return;
    gradus::ParamValues values = lesson.schema().defaults();
    for (const QString& a : assignments)
        lesson.schema().applyAssignment(values, a);
    const gradus::ResultPtr result = lesson.compute(values, nullptr);
    std::unique_ptr<gradus::LessonFigure> figure(lesson.createFigure(nullptr));
    figure->setAttribute(Qt::WA_DontShowOnScreen);
    figure->resize(1280, 720);
    figure->show();
    figure->setResult(result);
    QImage image(1280, 720, QImage::Format_RGB32);
    // The first frame samples the heat map and traces the contours; later frames reuse them.
    QElapsedTimer clock;
    clock.start();
    figure->setFrame(0);
    {
        QPainter painter(&image);
        figure->render(&painter);
    }
    const double firstMs = clock.nsecsElapsed() * 1e-6;
    const int frames = 120;
    const int stride = std::max(1, result->frameCount() / frames);
    clock.restart();
    QWidget* target = onlyView.isEmpty() ? figure.get() : figure->view(onlyView);
    for (int k = 0; k < frames; ++k) {
        figure->setFrame(k * stride);
        QPainter painter(&image);
        target->render(&painter);
    }
    const double perFrameMs = clock.nsecsElapsed() * 1e-6 / frames;
    std::printf("{\"case\": \"%s\", \"first_frame_ms\": %.1f, \"frame_ms\": %.2f, \"fps\": %.1f}\n", label, firstMs,
                perFrameMs, 1000.0 / perFrameMs);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    gradus::LessonRegistry registry;
    gradus::registerBuiltinLessons(registry);
    measure(registry.get("optimizers"), {"methods=gd,momentum,nesterov,adagrad,rmsprop,adam,adamw,lion,bfgs,nelder-mead", "iters=10000"},
            "optimizers: 10 methods x 10000 iterations, whole figure");
    measure(registry.get("optimizers"), {"methods=gd,momentum,nesterov,adagrad,rmsprop,adam,adamw,lion,bfgs,nelder-mead", "iters=10000"},
            "optimizers: the same, map only", "map");
    measure(registry.get("optimizers"), {"methods=gd,momentum,nesterov,adagrad,rmsprop,adam,adamw,lion,bfgs,nelder-mead", "iters=10000"},
            "optimizers: the same, one chart only", "value");
    measure(registry.get("optimizers"), {"methods=gd,momentum,adam,lion", "iters=500"}, "optimizers: 4 methods x 500 iterations");
    measure(registry.get("linreg"), {}, "linreg: defaults");
    measure(registry.get("newton"), {}, "newton: defaults (two maps with arrows)");
    measure(registry.get("pnorms"), {"dual=true"}, "pnorms: the ball and its dual, p sweeping");
    measure(registry.get("regularization"), {}, "regularization: two constrained maps, level ellipses moving");
    measure(registry.get("regularization"), {"mode=path"}, "regularization: Lasso and Ridge paths, marker moving");
    measure(registry.get("pca-lda"), {}, "pca-lda: turning line with 200 perpendiculars, three charts");
    measure(registry.get("pca-lda"), {}, "pca-lda: the same, the points' map only", "points");
    measure(registry.get("mds"), {"cities=34"}, "mds: 34 cities, two maps with trails and names, chart");
    return 0;
}
