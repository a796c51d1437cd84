#pragma once
// Animated GIF writing with giflib; each picture gets its own 256-colour palette from libimagequant.
// Only the rectangle that changed since the previous picture is stored, and equal pictures in a row
// become one longer frame, so a figure whose marker moves makes a small file.

#include <QImage>
#include <QRect>
#include <QString>

#include <memory>
#include <vector>

namespace gradus {

class GifEncoder {
public:
    // Creates `path` (overwriting it); throws InputError when it cannot. Messages name `shownPath`
    // (the file the user asked for, when `path` is a temporary one), or else `path`.
    GifEncoder(const QString& path, QSize size, bool dither, const QString& shownPath = QString());
    ~GifEncoder();
    GifEncoder(const GifEncoder&) = delete;
    GifEncoder& operator=(const GifEncoder&) = delete;

    // Shows `image` for `hundredths` of a second (GIF's time unit; at least 2, as browsers play
    // shorter delays slowly). Throws InputError on a write failure.
    void add(const QImage& image, int hundredths);
    // Writes the last frame and closes the file; throws InputError on a write failure.
    void close();

private:
    void writePending();

    struct Gif;
    std::unique_ptr<Gif> gif_;
    QString shownPath_;
    QSize size_;
    bool dither_;
    QImage previous_;   // last picture added (RGBA8888), to find what changed
    QImage pending_;    // changed part of the last picture, written when the next one differs
    std::vector<bool> pendingUnchanged_; // per pixel of pending_: the same as in the frame before
    QRect pendingRect_;
    int pendingHundredths_ = 0;
};

} // namespace gradus
