// Frames per second of the 3D surface view (200×200 mesh) while playing: for three seconds every
// frame Qt 3D renders moves four 2,000-point paths thirty steps on; the frames are counted. Also the
// time of one frame read back through QRenderCapture (what an export waits for). Needs a display:
// run under xvfb-run.
#include "core/functions/test_functions.h"
#include "views/surface_view.h"

#include <QApplication>
#include <QElapsedTimer>

#include <cmath>
#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const auto f = gradus::core::makeTestFunction("rosenbrock");
    gradus::SurfaceView view;
    // bench_surface [WIDTH HEIGHT]: the view's size, 1280×720 by default.
    const QSize size(argc > 2 ? QString(argv[1]).toInt() : 1280, argc > 2 ? QString(argv[2]).toInt() : 720);
    view.resize(size);
    view.show();
    QElapsedTimer clock;
    clock.start();
    view.setSurface([&f](double x, double y) { return f->value({x, y}); }, {-2, 2, -1, 3},
                    gradus::FieldView::ColorScale::LogAboveFloor, 0.0);
    const double meshMs = clock.nsecsElapsed() * 1e-6;
    if (view.snapshotOnScreen().isNull()) {
        std::fprintf(stderr, "no OpenGL frame: run under a display (xvfb-run)\n");
        return 1;
    }
    // Four spirals of 2,000 points standing in for optimizer paths.
    QVector<gradus::FieldPath> paths;
    for (int p = 0; p < 4; ++p) {
        gradus::FieldPath path{QString(), QColor::fromHsv(p * 90, 200, 220), {}, 0};
        for (int k = 0; k < 2000; ++k)
            path.points.append(QPointF(1.8 * std::exp(-k / 800.0) * std::cos(k / 40.0 + p), 1 + 1.8 * std::exp(-k / 800.0) * std::sin(k / 40.0 + p)));
        paths.append(path);
    }
    // Frames per second for three seconds, with the paths moving on every frame or standing still.
    auto measure = [&](bool moving) {
        int frames = 0;
        const auto connection = QObject::connect(&view, &gradus::SurfaceView::frameAdvanced, [&] {
            ++frames;
            if (!moving)
                return;
            for (gradus::FieldPath& path : paths)
                path.current = (frames * 30) % 2000;
            view.setPaths(paths);
        });
        clock.restart();
        while (clock.elapsed() < 3000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QObject::disconnect(connection);
        return frames / (clock.nsecsElapsed() * 1e-9);
    };
    const double fps = measure(true);
    const double stillFps = measure(false);
    clock.restart();
    view.snapshot();
    const double captureMs = clock.nsecsElapsed() * 1e-6;
    std::printf("{\"case\": \"surface 200x200, 4 paths x 2000 points, %dx%d\", \"mesh_build_ms\": %.1f, "
                "\"fps_playing\": %.1f, \"fps_still\": %.1f, \"capture_ms\": %.1f}\n",
                size.width(), size.height(), meshMs, fps, stillFps, captureMs);
    return 0;
}
