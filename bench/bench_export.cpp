// Animation export speed: 300 frames of the linreg and sgd figures at 1280×720 to MP4 (H.264), GIF
// (with and without dithering) and PNG frames, through the same AnimationExport the GUI and the CLI
// use; and the drawing alone, to see what the encoders add. Prints one JSON line per case.
// Run with QT_QPA_PLATFORM=offscreen. bench/reference_export_ffmpeg.sh encodes the same frames
// with the ffmpeg program for comparison.
#include "framework/lesson_registry.h"
#include "lessons/register_lessons.h"
#include "views/animation_export.h"
#include "views/figure_export.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

namespace {

constexpr int kFrames = 300;
const QSize kSize(1280, 720);

gradus::ResultPtr computeRun(const gradus::Lesson& lesson, const QString& iterations)
{
    gradus::ParamValues values = lesson.schema().defaults();
    lesson.schema().applyAssignment(values, iterations);
    return lesson.compute(values, nullptr);
}

gradus::AnimationRequest request(const QString& path, bool dither)
{
    gradus::AnimationRequest r;
    r.path = path;
    r.pixelSize = kSize;
    r.lastFrame = kFrames - 1;
    r.timing = {30, 30, 0}; // one picture per video frame: 300 of each
    r.dither = dither;
    return r;
}

qint64 sizeOf(const QString& path)
{
    if (!QFileInfo(path).isDir())
        return QFileInfo(path).size();
    qint64 total = 0;
    for (const QFileInfo& file : QDir(path).entryInfoList(QDir::Files))
        total += file.size();
    return total;
}

void measure(const gradus::Lesson& lesson, const gradus::ResultPtr& result, const QString& path, bool dither, const char* label)
{
    QElapsedTimer clock;
    clock.start();
    gradus::exportAnimation(lesson, result, request(path, dither));
    const double seconds = clock.nsecsElapsed() * 1e-9;
    std::printf("{\"lesson\": \"%s\", \"case\": \"%s\", \"frames\": %d, \"seconds\": %.2f, \"fps\": %.1f, \"bytes\": %lld}\n",
                qPrintable(lesson.id()), label, kFrames, seconds, kFrames / seconds, static_cast<long long>(sizeOf(path)));
}

void measureDrawingOnly(const gradus::Lesson& lesson, const gradus::ResultPtr& result)
{
    gradus::ExportFigure figure(lesson, result, QString(), kSize);
    QElapsedTimer clock;
    clock.start();
    for (int frame = 0; frame < kFrames; ++frame) {
        figure.showFrame(frame);
        gradus::renderWidgetImage(figure.widget(), kSize);
    }
    const double seconds = clock.nsecsElapsed() * 1e-9;
    std::printf("{\"lesson\": \"%s\", \"case\": \"drawing only\", \"frames\": %d, \"seconds\": %.2f, \"fps\": %.1f}\n",
                qPrintable(lesson.id()), kFrames, seconds, kFrames / seconds);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    gradus::LessonRegistry registry;
    gradus::registerBuiltinLessons(registry);
    // BENCH_EXPORT_KEEP=DIR keeps the PNG frames of linreg there, for the ffmpeg reference.
    const QString keep = qEnvironmentVariable("BENCH_EXPORT_KEEP");
    QTemporaryDir dir;
    for (const auto& [id, iterations] : {std::pair{"linreg", "iters=299"}, std::pair{"sgd", "iters=299"}}) {
        const gradus::Lesson& lesson = registry.get(id);
        const gradus::ResultPtr result = computeRun(lesson, iterations);
        measureDrawingOnly(lesson, result);
        measure(lesson, result, dir.filePath(QStringLiteral("%1.mp4").arg(id)), true, "mp4");
        measure(lesson, result, dir.filePath(QStringLiteral("%1.gif").arg(id)), true, "gif dithered");
        measure(lesson, result, dir.filePath(QStringLiteral("%1-flat.gif").arg(id)), false, "gif");
        const QString frames = !keep.isEmpty() && lesson.id() == u"linreg" ? keep + "/" : dir.filePath(QStringLiteral("%1-frames/").arg(id));
        measure(lesson, result, frames, true, "png frames");
    }
    return 0;
}
