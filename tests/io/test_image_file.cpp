// Picture loading: every sample, formats and bit depths OpenCV writes, EXIF orientation, alpha,
// downscaling, and every kind of bad file ending in an InputError with a useful message.
#include "framework/errors.h"
#include "io/image_file.h"
#include "lessons/register_lessons.h"
#include "framework/lesson_registry.h"

#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

#include <zlib.h>

using namespace gradus;

namespace {

// A small BGR test card whose every pixel is different, so orientation mistakes show.
cv::Mat testCard(int rows, int cols, int type = CV_8UC3)
{
    cv::Mat card(rows, cols, type);
    const double top = type == CV_16UC3 || type == CV_16UC1 ? 65535.0 : 255.0;
    for (int y = 0; y < rows; ++y)
        for (int x = 0; x < cols; ++x) {
            const double r = top * x / std::max(1, cols - 1), g = top * y / std::max(1, rows - 1), b = top / 2;
            if (card.channels() == 1)
                card.at<uint16_t>(y, x) = uint16_t(r);
            else if (type == CV_16UC3)
                card.at<cv::Vec<uint16_t, 3>>(y, x) = {uint16_t(b), uint16_t(g), uint16_t(r)};
            else
                card.at<cv::Vec3b>(y, x) = {uchar(b), uchar(g), uchar(r)};
        }
    return card;
}

QByteArray encode(const cv::Mat& image, const std::string& extension)
{
    std::vector<uchar> bytes;
    cv::imencode(extension, image, bytes);
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

// An Exif APP1 segment holding only the orientation tag, inserted right after the JPEG's SOI.
QByteArray withExifOrientation(const QByteArray& jpeg, int orientation)
{
    QByteArray tiff("MM\0\x2a\0\0\0\x08", 8);            // big-endian TIFF header, IFD at 8
    tiff += QByteArray("\0\x01", 2);                      // one entry
    tiff += QByteArray("\x01\x12\0\x03\0\0\0\x01", 8);    // tag 0x0112 orientation, SHORT, count 1
    tiff += char(0), tiff += char(orientation), tiff += QByteArray(2, '\0');
    tiff += QByteArray(4, '\0');                          // no next IFD
    QByteArray app1 = QByteArray("Exif\0\0", 6) + tiff;
    const int length = int(app1.size()) + 2;
    QByteArray segment("\xFF\xE1", 2);
    segment += char(length >> 8), segment += char(length & 0xFF);
    return jpeg.left(2) + segment + app1 + jpeg.mid(2);
}

// A PNG that is valid up to its header, which claims width × height pixels.
QByteArray pngClaiming(quint32 width, quint32 height)
{
    auto be32 = [](quint32 v) {
        QByteArray b(4, '\0');
        for (int i = 0; i < 4; ++i)
            b[i] = char((v >> (24 - 8 * i)) & 0xFF);
        return b;
    };
    QByteArray ihdr = QByteArray("IHDR") + be32(width) + be32(height) + QByteArray("\x08\x02\0\0\0", 5);
    const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef*>(ihdr.constData()), uInt(ihdr.size())));
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + be32(13) + ihdr + be32(crc) + QByteArray(64, '\0') + "IEND";
}

void expectInputError(const QByteArray& bytes, const QString& fragment)
{
    try {
        decodeImage(bytes, QStringLiteral("bad.file"));
        QFAIL(qPrintable("no error; expected one mentioning " + fragment));
    } catch (const InputError& e) {
        QVERIFY2(e.message().contains(fragment, Qt::CaseInsensitive), qPrintable(e.message()));
        QVERIFY2(e.message().startsWith(u"bad.file"), qPrintable(e.message()));
    }
}

} // namespace

class TestImageFile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        LessonRegistry registry;
        registerBuiltinLessons(registry); // registers the resources holding the samples
    }

    void samplesLoad()
    {
        struct Expected {
            const char* name;
            int width, height, channels;
        };
        for (const Expected& e : {Expected{"astronaut", 512, 512, 3}, Expected{"camera", 512, 512, 1},
                                  Expected{"chelsea", 451, 300, 3}, Expected{"coffee", 600, 400, 3},
                                  Expected{"rocket", 640, 427, 3}}) {
            const LoadedImage image = loadImage(QString::fromLatin1(e.name));
            QCOMPARE(image.image.width(), e.width);
            QCOMPARE(image.image.height(), e.height);
            QCOMPARE(image.image.channels(), e.channels);
            QVERIFY(image.notes.isEmpty());
            QVERIFY(image.fileBytes > 10000);
            QVERIFY(image.image.planes[0].minCoeff() >= 0.0f && image.image.planes[0].maxCoeff() <= 1.0f);
        }
        QCOMPARE(sampleImageNames().size(), 5);
    }

    void channelOrderIsRgb()
    {
        const LoadedImage image = decodeImage(encode(testCard(10, 20), ".png"), "card.png");
        // Red grows to the right, green downwards, blue is constant 127/255.
        QCOMPARE(image.image.planes[0](0, 19), 1.0f);
        QCOMPARE(image.image.planes[0](0, 0), 0.0f);
        QCOMPARE(image.image.planes[1](9, 0), 1.0f);
        QVERIFY(std::abs(image.image.planes[2](5, 5) - 127 / 255.0f) < 1e-6f);
    }

    void formatsAndDepths()
    {
        for (const char* extension : {".png", ".bmp", ".tiff", ".ppm", ".webp", ".jpg"}) {
            const LoadedImage image = decodeImage(encode(testCard(24, 32), extension), QStringLiteral("card") + extension);
            QCOMPARE(image.image.width(), 32);
            QCOMPARE(image.image.height(), 24);
            QCOMPARE(image.image.channels(), 3);
            const float tolerance = QByteArray(extension) == ".jpg" || QByteArray(extension) == ".webp" ? 0.08f : 1e-6f;
            QVERIFY2(std::abs(image.image.planes[0](12, 31) - 1.0f) < tolerance, extension);
        }
        const LoadedImage deep = decodeImage(encode(testCard(8, 8, CV_16UC3), ".png"), "deep.png");
        QCOMPARE(deep.bitsPerChannel, 16);
        QCOMPARE(deep.image.planes[0](0, 7), 1.0f);
        QVERIFY(std::abs(deep.image.planes[2](0, 0) - 32767 / 65535.0f) < 1e-6f);
        const LoadedImage grey16 = decodeImage(encode(testCard(8, 8, CV_16UC1), ".png"), "grey16.png");
        QCOMPARE(grey16.image.channels(), 1);
        QCOMPARE(grey16.bitsPerChannel, 16);
    }

    void alphaIsDroppedWithANote()
    {
        cv::Mat rgba(6, 6, CV_8UC4, cv::Scalar(10, 20, 30, 128));
        const LoadedImage image = decodeImage(encode(rgba, ".png"), "alpha.png");
        QCOMPARE(image.image.channels(), 3);
        QVERIFY(image.notes.join(' ').contains("alpha"));
        QVERIFY(std::abs(image.image.planes[0](0, 0) - 30 / 255.0f) < 1e-6f);
    }

    void exifOrientationIsApplied()
    {
        const QByteArray jpeg = encode(testCard(10, 30), ".jpg");
        QCOMPARE(decodeImage(jpeg, "plain.jpg").image.width(), 30);
        // 6 = "rotate 90° clockwise to view": a 30×10 sensor picture shows as 10×30.
        const LoadedImage turned = decodeImage(withExifOrientation(jpeg, 6), "turned.jpg");
        QCOMPARE(turned.image.width(), 10);
        QCOMPARE(turned.image.height(), 30);
        // The sensor's left column (red = 0) is now the top row.
        QVERIFY(turned.image.planes[0](0, 5) < 0.1f);
        QVERIFY(turned.image.planes[0](29, 5) > 0.9f);
    }

    void bigPicturesAreScaledDown()
    {
        ImageLimits limits;
        limits.maxPixels = 200;
        const LoadedImage image = decodeImage(encode(testCard(40, 20), ".png"), "big.png", limits);
        QVERIFY(double(image.image.width()) * image.image.height() <= 200);
        QCOMPARE(image.image.width(), 10);
        QCOMPARE(image.image.height(), 20);
        QCOMPARE(image.originalSize, QSize(20, 40));
        QVERIFY(image.notes.join(' ').contains("downscaled from 20×40 to 10×20"));
    }

    void badFilesGiveMessages()
    {
        expectInputError(QByteArray(), "empty");
        expectInputError("name,value\n1,2\n", "not a picture");
        expectInputError(QByteArray(1000, '\xAB'), "not a picture");
        const QByteArray jpeg = encode(testCard(64, 64), ".jpg");
        expectInputError(jpeg.left(jpeg.size() / 2), "truncated");
        const QByteArray png = encode(testCard(64, 64), ".png");
        expectInputError(png.left(png.size() / 2), "truncated");
        expectInputError(pngClaiming(100000, 100000), "200 megapixels");
        expectInputError(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x') + "IEND", "not a picture");
    }

    void badPathsGiveMessages()
    {
        QTemporaryDir dir;
        for (const auto& [path, fragment] : {std::pair{dir.path() + "/missing.png", QStringLiteral("does not exist")},
                                             std::pair{dir.path(), QStringLiteral("folder")},
                                             std::pair{QString(), QStringLiteral("no picture chosen")}}) {
            try {
                loadImage(path);
                QFAIL("no error");
            } catch (const InputError& e) {
                QVERIFY2(e.message().contains(fragment), qPrintable(e.message()));
            }
        }
    }

    void headerIsReadWithoutDecoding()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + "/huge.png";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pngClaiming(30000, 20000));
        file.close();
        const ImageHeader header = peekImage(path);
        QCOMPARE(header.size, QSize(30000, 20000));
        QCOMPARE(header.pixels(), 6e8);
    }

    void planesBecomeQImages()
    {
        core::PlanarImage image;
        image.planes.assign(3, core::linalg::MatrixF::Constant(2, 3, 0.5f));
        image.planes[0](1, 2) = 1.7f; // clipped
        const QImage q = toQImage(image);
        QCOMPARE(q.size(), QSize(3, 2));
        QCOMPARE(q.pixelColor(2, 1), QColor(255, 128, 128));
        image.planes.resize(1);
        QCOMPARE(toQImage(image).format(), QImage::Format_Grayscale8);
    }
};

QTEST_MAIN(TestImageFile)
#include "test_image_file.moc"
