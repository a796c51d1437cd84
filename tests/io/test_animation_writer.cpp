// Animation files: what is written decodes back (OpenCV for MP4, Qt's reader for GIF) with the
// frames, size and timing that went in; a writer dropped before finish() leaves nothing behind.
#include "framework/errors.h"
#include "io/animation_writer.h"

#include <QDir>
#include <QImageReader>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

using namespace gradus;

namespace {

// A figure-like picture: white, a grey frame, a blue gradient bar and a red square at step k.
QImage picture(QSize size, int k)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(QPen(QColor(90, 90, 90), 2));
    painter.drawRect(QRect(QPoint(4, 4), size - QSize(9, 9)));
    for (int x = 10; x < size.width() - 10; ++x)
        painter.fillRect(QRect(x, 10, 1, 12), QColor(0, 0, 55 + 200 * x / size.width()));
    painter.fillRect(QRect(20 + 12 * k, size.height() / 2, 16, 16), QColor(220, 30, 30));
    return image;
}

// The largest difference of any channel of any pixel.
int maxDifference(const QImage& a, const QImage& b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    int worst = 0;
    for (int row = 0; row < x.height(); ++row)
        for (int col = 0; col < x.width(); ++col) {
            const QRgb p = x.pixel(col, row), q = y.pixel(col, row);
            worst = std::max({worst, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))});
        }
    return worst;
}

double psnr(const QImage& a, const QImage& b)
{
    double sum = 0;
    for (int row = 0; row < a.height(); ++row)
        for (int col = 0; col < a.width(); ++col) {
            const QRgb p = a.pixel(col, row), q = b.pixel(col, row);
            for (int d : {qRed(p) - qRed(q), qGreen(p) - qGreen(q), qBlue(p) - qBlue(q)})
                sum += d * d;
        }
    const double mse = sum / (3.0 * a.width() * a.height());
    return 10 * std::log10(255.0 * 255.0 / std::max(mse, 1e-12));
}

QStringList everythingIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

} // namespace

class TestAnimationWriter : public QObject {
    Q_OBJECT

private slots:
    void formatsFromNames()
    {
        QCOMPARE(animationFormatForPath("a/b.MP4"), AnimationFormat::Mp4);
        QCOMPARE(animationFormatForPath("b.gif"), AnimationFormat::Gif);
        QCOMPARE(animationFormatForPath("frames/"), AnimationFormat::PngFrames);
        QCOMPARE(animationFormatForPath(QDir::tempPath()), AnimationFormat::PngFrames);
        QVERIFY_THROWS_EXCEPTION(UsageError, animationFormatForPath("clip.avi"));
        QVERIFY_THROWS_EXCEPTION(UsageError, animationFormatForPath("clip"));
    }

    void gifDecodesToThePicturesWithTheirTiming()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("clip.gif");
        const QSize size(160, 90);
        AnimationWriterOptions options;
        options.size = size;
        options.framesPerSecond = 30;
        options.dither = false;
        {
            auto writer = openAnimationWriter(path, options);
            writer->addFrame(picture(size, 0), 3);
            writer->addFrame(picture(size, 1), 3);
            writer->addFrame(picture(size, 1), 3); // the same again: one frame of 0.2 s
            writer->addFrame(picture(size, 2), 4);
            QVERIFY(!QFile::exists(path)); // nothing in place before finish()
            writer->finish();
        }
        QCOMPARE(everythingIn(dir.path()), QStringList{"clip.gif"});
        QImageReader reader(path);
        QCOMPARE(reader.size(), size);
        QCOMPARE(reader.imageCount(), 3);
        QCOMPARE(reader.loopCount(), -1); // forever
        const int steps[] = {0, 1, 2};
        const int delays[] = {100, 200, 130}; // ms: 3, 6 and 4 frames at 30 fps, rounded to hundredths
        for (int i = 0; i < 3; ++i) {
            const QImage frame = reader.read();
            QVERIFY2(!frame.isNull(), qPrintable(reader.errorString()));
            QCOMPARE(frame.size(), size);
            // Few colours and no dithering: every pixel comes back exactly, unchanged parts included.
            QCOMPARE(maxDifference(frame, picture(size, steps[i])), 0);
            QCOMPARE(reader.nextImageDelay(), delays[i]);
        }
    }

    void gifKeepsAPhotoCloseWithDithering()
    {
        QTemporaryDir dir;
        const QSize size(128, 128);
        QImage smooth(size, QImage::Format_RGB32);
        for (int y = 0; y < size.height(); ++y)
            for (int x = 0; x < size.width(); ++x)
                smooth.setPixel(x, y, qRgb(2 * x, 2 * y, (x + y) / 2));
        AnimationWriterOptions options;
        options.size = size;
        auto writer = openAnimationWriter(dir.filePath("smooth.gif"), options);
        writer->addFrame(smooth, 1);
        writer->finish();
        const QImage back(dir.filePath("smooth.gif"));
        // 16,384 colours through a 256-colour palette: 34 dB measured, where a fixed 6×7×6 palette
        // (steps of 51, uniform error) gives 25 dB.
        QVERIFY(psnr(back, smooth) > 32);
    }

    void mp4DecodesWithEveryFrame()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("clip.mp4");
        const QSize size(320, 180);
        AnimationWriterOptions options;
        options.size = size;
        options.framesPerSecond = 10;
        auto writer = openAnimationWriter(path, options);
        QCOMPARE(writer->encoding(), QStringLiteral("H.264"));
        for (int k = 0; k < 10; ++k)
            writer->addFrame(picture(size, k), 2);
        writer->finish();
        writer.reset();
        QCOMPARE(everythingIn(dir.path()), QStringList{"clip.mp4"});

        cv::VideoCapture video(QFile::encodeName(path).toStdString(), cv::CAP_FFMPEG);
        QVERIFY(video.isOpened());
        QCOMPARE(int(video.get(cv::CAP_PROP_FRAME_WIDTH)), 320);
        QCOMPARE(int(video.get(cv::CAP_PROP_FRAME_HEIGHT)), 180);
        QCOMPARE(video.get(cv::CAP_PROP_FPS), 10.0);
        int frames = 0;
        cv::Mat bgr;
        while (video.read(bgr)) {
            const QImage frame = QImage(bgr.data, bgr.cols, bgr.rows, int(bgr.step), QImage::Format_BGR888).copy();
            QVERIFY2(psnr(frame, picture(size, frames / 2)) > 30, qPrintable(QString::number(frames)));
            ++frames;
        }
        QCOMPARE(frames, 20);
    }

    void pngFramesAreNumberedAndExact()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath("frames");
        const QSize size(64, 48);
        AnimationWriterOptions options;
        options.size = size;
        auto writer = openAnimationWriter(folder + "/", options);
        writer->addFrame(picture(size, 0), 1);
        writer->addFrame(picture(size, 1), 2);
        QVERIFY(!QFileInfo::exists(folder));
        writer->finish();
        QCOMPARE(everythingIn(folder), (QStringList{"frame-00001.png", "frame-00002.png", "frame-00003.png"}));
        QCOMPARE(maxDifference(QImage(folder + "/frame-00003.png"), picture(size, 1)), 0);
        QCOMPARE(everythingIn(dir.path()), QStringList{"frames"});

        // Into a folder with files in it: refused before anything is written.
        QVERIFY_THROWS_EXCEPTION(InputError, openAnimationWriter(folder, options));
    }

    void droppedBeforeFinishLeavesNothing()
    {
        QTemporaryDir dir;
        const QSize size(64, 48);
        AnimationWriterOptions options;
        options.size = size;
        for (const QString name : {"a.mp4", "a.gif", "a/"}) {
            auto writer = openAnimationWriter(dir.filePath(name), options);
            writer->addFrame(picture(size, 0), 2);
        }
        QCOMPARE(everythingIn(dir.path()), QStringList{});
    }

    void impossibleRequestsAreRefused()
    {
        QTemporaryDir dir;
        AnimationWriterOptions odd;
        odd.size = QSize(101, 50);
        try {
            openAnimationWriter(dir.filePath("odd.mp4"), odd);
            QFAIL("an odd width was accepted for MP4");
        } catch (const UsageError& e) {
            QVERIFY2(e.message().contains("even width and height") && e.message().contains("102×50"), qPrintable(e.message()));
        }
        QVERIFY(openAnimationWriter(dir.filePath("odd.gif"), odd)); // GIF has no such limit
        AnimationWriterOptions options;
        QVERIFY_THROWS_EXCEPTION(InputError, openAnimationWriter(dir.filePath("missing/clip.gif"), options));
        options.framesPerSecond = 0;
        QVERIFY_THROWS_EXCEPTION(UsageError, openAnimationWriter(dir.filePath("clip.gif"), options));
        QCOMPARE(everythingIn(dir.path()), QStringList{});

        // The same checks up front (the export dialog asks before it closes), writing nothing.
        QVERIFY_THROWS_EXCEPTION(UsageError, checkAnimationTarget(dir.filePath("odd.mp4"), QSize(101, 50)));
        QVERIFY_THROWS_EXCEPTION(InputError, checkAnimationTarget(dir.filePath("missing/clip.mp4"), QSize(100, 50)));
        QDir(dir.path()).mkpath("full");
        QFile(dir.filePath("full/old.png")).open(QIODevice::WriteOnly);
        QVERIFY_THROWS_EXCEPTION(InputError, checkAnimationTarget(dir.filePath("full/"), QSize(100, 50)));
        checkAnimationTarget(dir.filePath("new/"), QSize(101, 50)); // PNG frames take any size
        checkAnimationTarget(dir.filePath("clip.mp4"), QSize(100, 50));
        QCOMPARE(everythingIn(dir.path()), QStringList{"full"});
    }
};

QTEST_GUILESS_MAIN(TestAnimationWriter)
#include "test_animation_writer.moc"
