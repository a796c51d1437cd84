#pragma once
// Writers of exported animations: MP4 video (H.264, or MPEG-4 Part 2 where H.264 is missing), looping
// GIF, or a folder of numbered PNG frames. Each writes to a temporary name beside the target and
// moves it into place only in finish(): a cancelled or failed export leaves no file behind.

#include <QImage>
#include <QSize>
#include <QString>

#include <memory>

namespace gradus {

enum class AnimationFormat { Mp4, Gif, PngFrames };

// From the path: .mp4, .gif, or a folder (ends with '/' or exists as a folder) for PNG frames.
// Throws UsageError for anything else.
AnimationFormat animationFormatForPath(const QString& path);

struct AnimationWriterOptions {
    QSize size{1280, 720};
    double framesPerSecond = 30;
    bool dither = true; // GIF: error diffusion hides the 256-colour palette's banding in gradients
};

class AnimationWriter {
public:
    virtual ~AnimationWriter() = default;
    // Appends `image` (any format; must have the writer's size) shown for `videoFrames` frames.
    // Throws InputError when the file cannot be written.
    virtual void addFrame(const QImage& image, int videoFrames) = 0;
    // Completes the file and moves it into place; throws InputError when that fails.
    virtual void finish() = 0;
    // What the frames are encoded with, e.g. "H.264" (for messages and the benchmark).
    virtual QString encoding() const = 0;
};

// Throws what openAnimationWriter would for this target and size, before anything is written:
// UsageError for an unknown format or a size the format cannot store (MP4 needs even sides),
// InputError when the folder does not exist or a folder for PNG frames is not empty.
void checkAnimationTarget(const QString& path, const QSize& size);

// Opens a writer for the format of `path`. Throws UsageError for an unknown format or a size the
// format cannot store (MP4 needs even sides), InputError when the folder cannot be written to.
// Destroying a writer before finish() removes what it wrote.
std::unique_ptr<AnimationWriter> openAnimationWriter(const QString& path, const AnimationWriterOptions& options);

} // namespace gradus
