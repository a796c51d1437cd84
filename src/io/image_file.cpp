#include "image_file.h"

#include "core/imaging/planar_image.h"
#include "framework/errors.h"
#include "atomic_file.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <climits>
#include <cmath>

namespace gradus {

namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gradus::ImageFile)
};

const QStringList kSamples = {"astronaut", "camera", "chelsea", "coffee", "rocket"};

QString megapixels(double pixels) { return QString::number(pixels / 1e6, 'f', 1); }

// libjpeg decodes a file cut short without complaint (grey rows at the bottom): catch it here.
bool looksTruncated(const QByteArray& bytes)
{
    const bool jpeg = bytes.size() >= 3 && uchar(bytes[0]) == 0xFF && uchar(bytes[1]) == 0xD8 && uchar(bytes[2]) == 0xFF;
    if (jpeg)
        return !bytes.right(4096).contains(QByteArray("\xFF\xD9", 2));
    const bool png = bytes.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8));
    if (png)
        return !bytes.right(4096).contains("IEND");
    return false;
}

quint32 bigEndian(const QByteArray& b, qsizetype at, int bytes)
{
    quint32 v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | uchar(b[at + i]);
    return v;
}

quint32 littleEndian(const QByteArray& b, qsizetype at, int bytes)
{
    quint32 v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | uchar(b[at + i]);
    return v;
}

// Where a JPEG's start-of-frame segment (size, components) begins, or -1.
qsizetype jpegStartOfFrame(const QByteArray& b)
{
    if (b.size() < 4 || uchar(b[0]) != 0xFF || uchar(b[1]) != 0xD8)
        return -1;
    qsizetype at = 2;
    while (at + 9 < b.size() && uchar(b[at]) == 0xFF) {
        const uchar marker = uchar(b[at + 1]);
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
            return at;
        at += 2 + bigEndian(b, at + 2, 2);
    }
    return -1;
}

// Pictures OpenCV has no decoder for (GIF in Debian's build) through Qt's readers: the first frame.
cv::Mat decodeWithQt(const QByteArray& bytes, QStringList* notes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const int frames = reader.imageCount();
    const QImage image = reader.read().convertToFormat(QImage::Format_BGR888);
    if (image.isNull())
        return {};
    if (frames > 1)
        *notes << Tr::tr("animated picture: its first frame of %1 is used").arg(frames);
    const cv::Mat view(image.height(), image.width(), CV_8UC3, const_cast<uchar*>(image.constBits()), size_t(image.bytesPerLine()));
    return view.clone();
}

// The size written in the header of the common formats, read by hand: decoders (Qt's and
// OpenCV's) give up on a file whose header is fine but whose body is junk, which is exactly what a
// "decompression bomb" looks like, so the size check must not depend on them.
QSize sniffedSize(const QByteArray& b)
{
    if (b.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)) && b.size() >= 24 && b.mid(12, 4) == "IHDR")
        return QSize(int(std::min<quint32>(bigEndian(b, 16, 4), INT_MAX)), int(std::min<quint32>(bigEndian(b, 20, 4), INT_MAX)));
    if ((b.startsWith("GIF87a") || b.startsWith("GIF89a")) && b.size() >= 10)
        return QSize(int(littleEndian(b, 6, 2)), int(littleEndian(b, 8, 2)));
    if (b.startsWith("BM") && b.size() >= 26) // a negative height means top-down rows; INT_MIN has no magnitude
        return QSize(int(std::min<qint64>(std::abs(qint64(qint32(littleEndian(b, 18, 4)))), INT_MAX)),
                     int(std::min<qint64>(std::abs(qint64(qint32(littleEndian(b, 22, 4)))), INT_MAX)));
    if (const qsizetype frame = jpegStartOfFrame(b); frame >= 0)
        return QSize(int(bigEndian(b, frame + 7, 2)), int(bigEndian(b, frame + 5, 2)));
    return {};
}

ImageHeader headerOf(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(false);
    ImageHeader header;
    header.size = sniffedSize(bytes);
    if (!header.size.isValid())
        header.size = reader.size();
    // Qt 6.4's JPEG reader returns an uninitialised format for some broken headers (found by fuzzing):
    // take the number, and only a valid one as a format.
    const int format = int(reader.imageFormat());
    header.hasAlpha = format > QImage::Format_Invalid && format < QImage::NImageFormats &&
                      QImage::toPixelFormat(QImage::Format(format)).alphaUsage() == QPixelFormat::UsesAlpha;
    return header;
}

QByteArray readAll(const QString& nameOrPath, QString* displayName)
{
    const QString path = resolveImagePath(nameOrPath);
    *displayName = path.startsWith(u":/") ? nameOrPath : QFileInfo(path).fileName();
    if (nameOrPath.trimmed().isEmpty())
        throw InputError(Tr::tr("no picture chosen: open a file, drop one on the window or pick a sample"));
    QFileInfo info(path);
    if (!info.exists())
        throw InputError(Tr::tr("%1 does not exist (samples: %2)").arg(nameOrPath, kSamples.join(u", ")));
    if (info.isDir())
        throw InputError(Tr::tr("%1 is a folder, not a picture").arg(nameOrPath));
    // No still image worth decomposing is this big; refusing early keeps memory safe.
    constexpr qint64 kMaxFileBytes = 1LL << 30;
    if (info.size() > kMaxFileBytes)
        throw InputError(Tr::tr("%1 is %2 MB: too big for a picture Gradus can decompose (at most 1024 MB)")
                             .arg(nameOrPath)
                             .arg(info.size() >> 20));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(Tr::tr("cannot read %1: %2").arg(nameOrPath, file.errorString()));
    return file.readAll();
}

} // namespace

QString openCvVersion() { return QStringLiteral(CV_VERSION); }

QStringList sampleImageNames() { return kSamples; }

QString resolveImagePath(const QString& nameOrPath)
{
    const QString trimmed = nameOrPath.trimmed();
    if (kSamples.contains(trimmed))
        return trimmed == u"rocket" ? QStringLiteral(":/images/rocket.jpg") : QStringLiteral(":/images/%1.png").arg(trimmed);
    return trimmed;
}

ImageHeader peekImage(const QString& nameOrPath)
{
    // Only the start of the file: the dialog that offers to scale a big photo down must not read
    // it whole (compute() reads it anyway). 256 kB covers the sniffed headers, EXIF thumbnails included.
    const QString path = resolveImagePath(nameOrPath);
    QFile file(path);
    if (!file.exists())
        throw InputError(Tr::tr("%1 does not exist (samples: %2)").arg(nameOrPath, kSamples.join(u", ")));
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
        throw InputError(Tr::tr("cannot read %1").arg(nameOrPath));
    ImageHeader header = headerOf(file.read(256 * 1024));
    if (!header.size.isValid()) { // a format without a sniffer: Qt's reader, on the whole file
        file.seek(0);
        QImageReader reader(&file);
        header.size = reader.size();
    }
    return header;
}

LoadedImage loadImage(const QString& nameOrPath, const ImageLimits& limits)
{
    QString name;
    const QByteArray bytes = readAll(nameOrPath, &name);
    LoadedImage out = decodeImage(bytes, name, limits);
    return out;
}

LoadedImage decodeImage(const QByteArray& bytes, const QString& sourceName, const ImageLimits& limits)
{
    LoadedImage out;
    out.displayName = sourceName;
    out.fileBytes = bytes.size();
    if (bytes.isEmpty())
        throw InputError(Tr::tr("%1 is empty: it holds no picture").arg(sourceName));

    const ImageHeader header = headerOf(bytes);
    if (header.pixels() > ImageLimits::kRefusePixels)
        throw InputError(Tr::tr("%1 says it is %2×%3 pixels (%4 megapixels): over the limit of 200 megapixels. "
                            "Scale it down in an image editor first")
                             .arg(sourceName)
                             .arg(header.size.width())
                             .arg(header.size.height())
                             .arg(megapixels(header.pixels())));
    if (looksTruncated(bytes))
        throw InputError(Tr::tr("%1 ends before the picture does (the file is truncated): download or export it again")
                             .arg(sourceName));

    cv::Mat decoded;
    try {
        const cv::Mat raw(1, int(bytes.size()), CV_8U, const_cast<char*>(bytes.constData()));
        // ANYDEPTH keeps 16 bits; ANYCOLOR keeps grey as grey; without UNCHANGED OpenCV applies the
        // EXIF orientation (and drops alpha, which the header told us about).
        decoded = cv::imdecode(raw, cv::IMREAD_ANYDEPTH | cv::IMREAD_ANYCOLOR);
    } catch (const cv::Exception& e) {
        throw InputError(Tr::tr("%1 could not be decoded: %2").arg(sourceName, QString::fromStdString(e.err)));
    }
    if (decoded.empty())
        decoded = decodeWithQt(bytes, &out.notes);
    if (decoded.empty())
        throw InputError(Tr::tr("%1 is not a picture Gradus can read (PNG, JPEG, GIF, BMP, TIFF, WebP, PPM, … are fine)")
                             .arg(sourceName));
    out.originalSize = QSize(decoded.cols, decoded.rows);
    if (header.hasAlpha)
        out.notes << Tr::tr("transparency (alpha channel) dropped");
    if (const qsizetype frame = jpegStartOfFrame(bytes); frame >= 0 && frame + 9 < bytes.size() && uchar(bytes[frame + 9]) == 4)
        out.notes << Tr::tr("CMYK colours converted to RGB");

    // To float in [0, 1].
    double scale = 1.0;
    switch (decoded.depth()) {
    case CV_8U: scale = 1.0 / 255; out.bitsPerChannel = 8; break;
    case CV_16U:
        scale = 1.0 / 65535;
        out.bitsPerChannel = 16;
        out.notes << Tr::tr("16 bits per channel, read at full precision");
        break;
    case CV_8S: case CV_16S: case CV_32S:
        throw InputError(Tr::tr("%1 stores signed integer pixels, which are not a picture's brightness").arg(sourceName));
    default: out.bitsPerChannel = 32; break; // float images (EXR, HDR, PFM): taken as they are, clipped
    }
    cv::Mat floats;
    decoded.convertTo(floats, CV_32F, scale);
    if (out.bitsPerChannel == 32) {
        cv::patchNaNs(floats, 0);
        cv::min(cv::max(floats, 0.0), 1.0, floats);
        out.notes << Tr::tr("floating-point pixels clipped to [0, 1]");
    }

    const double pixels = double(floats.cols) * floats.rows;
    if (pixels > ImageLimits::kRefusePixels)
        throw InputError(Tr::tr("%1 is %2 megapixels: over the limit of 200 megapixels").arg(sourceName, megapixels(pixels)));
    if (pixels > limits.maxPixels) {
        const auto [h, w] = core::fitWithinPixels(floats.rows, floats.cols, limits.maxPixels);
        cv::Mat smaller;
        cv::resize(floats, smaller, cv::Size(w, h), 0, 0, cv::INTER_AREA);
        floats = smaller;
        out.notes << Tr::tr("downscaled from %1×%2 to %3×%4 (max_pixels = %5 MP)")
                         .arg(out.originalSize.width())
                         .arg(out.originalSize.height())
                         .arg(w)
                         .arg(h)
                         .arg(megapixels(limits.maxPixels));
    }

    std::vector<cv::Mat> channels;
    cv::split(floats, channels);
    if (channels.size() >= 3)
        std::swap(channels[0], channels[2]); // OpenCV's B, G, R → R, G, B
    channels.resize(channels.size() >= 3 ? 3 : 1);
    for (const cv::Mat& channel : channels) {
        // cv::Mat is row-major, the planes column-major: copy through a row-major map.
        using RowMajor = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
        const cv::Mat contiguous = channel.isContinuous() ? channel : channel.clone();
        out.image.planes.push_back(Eigen::Map<const RowMajor>(contiguous.ptr<float>(), contiguous.rows, contiguous.cols));
    }
    return out;
}

void saveImageAtomically(const QString& path, const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, format))
        throw InputError(Tr::tr("could not encode the picture as %1").arg(QString::fromLatin1(format)));
    writeFileAtomically(path, bytes);
}

QImage toQImage(const core::RowMajorImage& image)
{
    const int h = image.height(), w = image.width();
    const bool color = image.channels() >= 3;
    QImage out(w, h, color ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    auto byte = [](float v) {
        const int b = int(v * 255.0f + 0.5f);
        return uchar(b < 0 ? 0 : (b > 255 ? 255 : b));
    };
    for (int y = 0; y < h; ++y) {
        uchar* line = out.scanLine(y);
        if (color) {
            const float* r = image.planes[0].row(y).data();
            const float* g = image.planes[1].row(y).data();
            const float* b = image.planes[2].row(y).data();
            for (int x = 0; x < w; ++x) {
                line[3 * x] = byte(r[x]);
                line[3 * x + 1] = byte(g[x]);
                line[3 * x + 2] = byte(b[x]);
            }
        } else {
            const float* v = image.planes[0].row(y).data();
            for (int x = 0; x < w; ++x)
                line[x] = byte(v[x]);
        }
    }
    return out;
}

QImage toQImage(const core::PlanarImage& image)
{
    // Column-major planes are transposed once each (blocked), so that every scanline is read in order.
    core::RowMajorImage rows;
    for (const auto& plane : image.planes)
        rows.planes.emplace_back(plane);
    return toQImage(rows);
}

} // namespace gradus
