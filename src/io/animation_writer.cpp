#include "animation_writer.h"

#include "framework/errors.h"
#include "io/atomic_file.h"
#include "io/gif_encoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <cmath>
#include <filesystem>

namespace gradus {

namespace {

constexpr QFileDevice::Permissions kReadableByAll =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;

// The translation context of this file's messages (lupdate reads the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gradus::AnimationWriter)
};

QString folderOf(const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo(folder).isDir())
        throw InputError(cannotWriteMessage(path, QString()));
    return folder;
}

// Moves the finished temporary file or folder onto the target name in one step.
void moveIntoPlace(const QString& from, const QString& to)
{
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(from).toStdString(), QFile::encodeName(to).toStdString(), error);
    if (error)
        throw InputError(cannotWriteMessage(to, QString::fromLocal8Bit(error.message().c_str())));
}

// A file beside the target that becomes the target in finish() and is removed otherwise.
class TemporaryFile {
public:
    explicit TemporaryFile(const QString& target) : target_(QFileInfo(target).absoluteFilePath())
    {
        const QFileInfo info(target_);
        QTemporaryFile file(folderOf(target_) + QStringLiteral("/.") + info.completeBaseName() +
                            QStringLiteral(".XXXXXX.part.") + info.suffix());
        file.setAutoRemove(false);
        if (!file.open())
            throw InputError(cannotWriteMessage(target_, file.errorString()));
        path_ = file.fileName();
    }
    ~TemporaryFile()
    {
        if (!path_.isEmpty())
            QFile::remove(path_);
    }
    const QString& path() const { return path_; }
    // The error to throw when writing failed, told while the partial file still takes its space.
    InputError failure(const QString& reason) const { return InputError(cannotWriteMessage(target_, reason)); }
    void throwIfDiskFull() const
    {
        if (diskNearlyFull(QFileInfo(path_).absolutePath()))
            throw failure(Tr::tr("no space left"));
    }
    void commit()
    {
        if (QFileInfo(path_).size() == 0)
            throw failure(Tr::tr("nothing was written"));
        QFile::setPermissions(path_, kReadableByAll);
        moveIntoPlace(path_, target_);
        path_.clear();
    }

private:
    QString target_;
    QString path_;
};

void requireSize(const QImage& image, QSize size)
{
    if (image.size() != size)
        throw std::logic_error("an animation frame has the wrong size");
}

class Mp4Writer final : public AnimationWriter {
public:
    Mp4Writer(const QString& path, const AnimationWriterOptions& options) : file_(path), size_(options.size)
    {
        const cv::Size frameSize(size_.width(), size_.height());
        const std::string name = QFile::encodeName(file_.path()).toStdString();
        // H.264 plays everywhere (slides, browsers); MPEG-4 Part 2 where the encoder is missing.
        if (video_.open(name, cv::CAP_FFMPEG, cv::VideoWriter::fourcc('a', 'v', 'c', '1'), options.framesPerSecond, frameSize))
            encoding_ = QStringLiteral("H.264");
        else if (video_.open(name, cv::CAP_FFMPEG, cv::VideoWriter::fourcc('m', 'p', '4', 'v'), options.framesPerSecond, frameSize))
            encoding_ = QStringLiteral("MPEG-4 Part 2");
        else
            throw EnvironmentError(Tr::tr("cannot write MP4 video here: OpenCV's FFMPEG backend has neither an H.264 nor an "
                                      "MPEG-4 encoder; export a GIF or PNG frames instead"));
    }
    void addFrame(const QImage& image, int videoFrames) override
    {
        requireSize(image, size_);
        const QImage bgr = image.convertToFormat(QImage::Format_BGR888);
        const cv::Mat frame(bgr.height(), bgr.width(), CV_8UC3, const_cast<uchar*>(bgr.constBits()), size_t(bgr.bytesPerLine()));
        for (int i = 0; i < videoFrames; ++i)
            video_.write(frame);
        framesWritten_ += videoFrames;
        // OpenCV does not report failed writes: watch the disk instead of encoding into nothing.
        if (++picturesSinceCheck_ >= 16) {
            picturesSinceCheck_ = 0;
            file_.throwIfDiskFull();
        }
    }
    void finish() override
    {
        video_.release();
        // A truncated MP4 (its index is written last) does not open, or has fewer frames.
        cv::VideoCapture check(QFile::encodeName(file_.path()).toStdString(), cv::CAP_FFMPEG);
        if (!check.isOpened() || check.get(cv::CAP_PROP_FRAME_COUNT) < framesWritten_)
            throw file_.failure(Tr::tr("the video came out incomplete"));
        check.release();
        file_.commit();
    }
    QString encoding() const override { return encoding_; }

private:
    TemporaryFile file_;
    QSize size_;
    cv::VideoWriter video_;
    QString encoding_;
    long framesWritten_ = 0;
    int picturesSinceCheck_ = 0;
};

class GifWriter final : public AnimationWriter {
public:
    GifWriter(const QString& path, const AnimationWriterOptions& options)
        : file_(path), encoder_(file_.path(), options.size, options.dither, QFileInfo(path).absoluteFilePath()),
          size_(options.size), fps_(options.framesPerSecond)
    {
    }
    void addFrame(const QImage& image, int videoFrames) override
    {
        requireSize(image, size_);
        // Delays are whole hundredths: round the running time, not each frame, so no drift builds up.
        const long start = std::lround(framesSoFar_ * 100.0 / fps_);
        framesSoFar_ += videoFrames;
        const long end = std::lround(framesSoFar_ * 100.0 / fps_);
        encoder_.add(image, int(end - start));
    }
    void finish() override
    {
        encoder_.close();
        file_.commit();
    }
    QString encoding() const override { return QStringLiteral("GIF"); }

private:
    TemporaryFile file_;
    GifEncoder encoder_;
    QSize size_;
    double fps_;
    long framesSoFar_ = 0;
};

class PngFramesWriter final : public AnimationWriter {
public:
    PngFramesWriter(const QString& path, const AnimationWriterOptions& options) : size_(options.size)
    {
        target_ = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        const QFileInfo info(target_);
        QTemporaryDir folder(folderOf(target_) + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX.part"));
        if (!folder.isValid())
            throw InputError(cannotWriteMessage(target_, folder.errorString()));
        folder.setAutoRemove(false);
        temporary_ = folder.path();
    }
    ~PngFramesWriter() override
    {
        if (!temporary_.isEmpty())
            QDir(temporary_).removeRecursively();
    }
    void addFrame(const QImage& image, int videoFrames) override
    {
        requireSize(image, size_);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.convertToFormat(QImage::Format_RGB32).save(&buffer, "PNG");
        for (int i = 0; i < videoFrames; ++i) {
            QFile file(QStringLiteral("%1/frame-%2.png").arg(temporary_).arg(++written_, 5, 10, QLatin1Char('0')));
            if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size() || !file.flush())
                throw InputError(cannotWriteMessage(target_ + QLatin1Char('/'), file.errorString(), png.size()));
        }
    }
    void finish() override
    {
        QFile::setPermissions(temporary_, kReadableByAll | QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                              QFileDevice::ExeOther);
        if (QFileInfo(target_).isDir())
            QDir().rmdir(target_); // empty, checked when the export began
        moveIntoPlace(temporary_, target_);
        temporary_.clear();
    }
    QString encoding() const override { return QStringLiteral("PNG"); }

private:
    QSize size_;
    QString target_;
    QString temporary_;
    int written_ = 0;
};

} // namespace

AnimationFormat animationFormatForPath(const QString& path)
{
    if (path.endsWith(QLatin1Char('/')) || QFileInfo(path).isDir())
        return AnimationFormat::PngFrames;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"mp4")
        return AnimationFormat::Mp4;
    if (suffix == u"gif")
        return AnimationFormat::Gif;
    throw UsageError(Tr::tr("cannot export an animation to '%1': the name must end in .mp4 or .gif, or name a folder "
                        "(ending in /) for PNG frames")
                         .arg(path));
}

void checkAnimationTarget(const QString& path, const QSize& size)
{
    const AnimationFormat format = animationFormatForPath(path);
    if (format == AnimationFormat::Mp4 && (size.width() % 2 || size.height() % 2))
        throw UsageError(Tr::tr("an MP4 video needs an even width and height (it stores colour at half resolution): "
                                "%1×%2 will not do, try %3×%4")
                             .arg(size.width())
                             .arg(size.height())
                             .arg(size.width() + size.width() % 2)
                             .arg(size.height() + size.height() % 2));
    const QString target = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QFileInfo info(target);
    if (format == AnimationFormat::PngFrames && info.exists() &&
        !(info.isDir() && QDir(target).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)))
        throw InputError(Tr::tr("cannot write the frames into '%1': it is not an empty folder").arg(path));
    folderOf(target);
}

std::unique_ptr<AnimationWriter> openAnimationWriter(const QString& path, const AnimationWriterOptions& options)
{
    if (!(options.framesPerSecond >= 1) || options.framesPerSecond > 120)
        throw UsageError(Tr::tr("frames per second must be between 1 and 120, not %1").arg(options.framesPerSecond));
    checkAnimationTarget(path, options.size);
    switch (animationFormatForPath(path)) {
    case AnimationFormat::Mp4:
        return std::make_unique<Mp4Writer>(path, options);
    case AnimationFormat::Gif:
        return std::make_unique<GifWriter>(path, options);
    case AnimationFormat::PngFrames:
        return std::make_unique<PngFramesWriter>(path, options);
    }
    return nullptr;
}

} // namespace gradus
