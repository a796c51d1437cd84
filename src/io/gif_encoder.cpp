#include "gif_encoder.h"

#include "framework/errors.h"
#include "io/atomic_file.h"

#include <QCoreApplication>
#include <QFile>

#include <gif_lib.h>
#include <libimagequant.h>

#include <algorithm>
#include <vector>

namespace gradus {

namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gradus::GifEncoder)
};

// The smallest rectangle holding every pixel where a and b (same size, 32-bit) differ; empty if none.
QRect changedRect(const QImage& a, const QImage& b)
{
    int top = -1, bottom = -1, left = a.width(), right = -1;
    for (int y = 0; y < a.height(); ++y) {
        const auto* rowA = reinterpret_cast<const quint32*>(a.constScanLine(y));
        const auto* rowB = reinterpret_cast<const quint32*>(b.constScanLine(y));
        if (std::equal(rowA, rowA + a.width(), rowB))
            continue;
        if (top < 0)
            top = y;
        bottom = y;
        int x0 = 0;
        while (rowA[x0] == rowB[x0])
            ++x0;
        int x1 = a.width() - 1;
        while (rowA[x1] == rowB[x1])
            --x1;
        left = std::min(left, x0);
        right = std::max(right, x1);
    }
    return top < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

} // namespace

struct GifEncoder::Gif {
    GifFileType* file = nullptr;
    liq_attr* quantizer = nullptr;
    ~Gif()
    {
        if (file) {
            int error = 0;
            EGifCloseFile(file, &error);
        }
        if (quantizer)
            liq_attr_destroy(quantizer);
    }
};

GifEncoder::GifEncoder(const QString& path, QSize size, bool dither, const QString& shownPath)
    : gif_(std::make_unique<Gif>()), shownPath_(shownPath.isEmpty() ? path : shownPath), size_(size), dither_(dither)
{
    int error = 0;
    gif_->file = EGifOpenFileName(QFile::encodeName(path).constData(), false, &error);
    if (!gif_->file)
        throw InputError(cannotWriteMessage(shownPath_, QString::fromUtf8(GifErrorString(error))));
    EGifSetGifVersion(gif_->file, true);
    gif_->quantizer = liq_attr_create();
    // Speed 6 of 10 keeps figures' flat colours exact and takes a third of the default's time.
    liq_set_speed(gif_->quantizer, 6);
    liq_set_max_colors(gif_->quantizer, 255);
    bool ok = EGifPutScreenDesc(gif_->file, size.width(), size.height(), 8, 0, nullptr) == GIF_OK;
    // The NETSCAPE2.0 extension with a loop count of 0: play forever, as slides expect.
    static const unsigned char application[] = "NETSCAPE2.0";
    static const unsigned char loopForever[] = {1, 0, 0};
    ok = ok && EGifPutExtensionLeader(gif_->file, APPLICATION_EXT_FUNC_CODE) == GIF_OK &&
         EGifPutExtensionBlock(gif_->file, 11, application) == GIF_OK &&
         EGifPutExtensionBlock(gif_->file, 3, loopForever) == GIF_OK && EGifPutExtensionTrailer(gif_->file) == GIF_OK;
    if (!ok)
        throw InputError(cannotWriteMessage(shownPath_, QString::fromUtf8(GifErrorString(gif_->file->Error))));
}

GifEncoder::~GifEncoder() = default;

void GifEncoder::add(const QImage& image, int hundredths)
{
    QImage rgba = image.convertToFormat(QImage::Format_RGBA8888);
    const QRect changed = previous_.isNull() ? rgba.rect() : changedRect(previous_, rgba);
    if (changed.isEmpty() && !pending_.isNull()) {
        pendingHundredths_ += hundredths; // the same picture again: the frame before lasts longer
        return;
    }
    writePending();
    // A GIF frame cannot be empty: an unchanged first picture still stores one pixel.
    pendingRect_ = changed.isEmpty() ? QRect(0, 0, 1, 1) : changed;
    pending_ = rgba.copy(pendingRect_);
    // Pixels that did not change become transparent: the frame before shows through, and the long
    // runs of one index compress well.
    pendingUnchanged_.assign(size_t(pendingRect_.width()) * size_t(pendingRect_.height()), false);
    if (!previous_.isNull())
        for (int y = 0; y < pending_.height(); ++y) {
            const auto* row = reinterpret_cast<const quint32*>(pending_.constScanLine(y));
            const auto* before = reinterpret_cast<const quint32*>(previous_.constScanLine(y + pendingRect_.y())) + pendingRect_.x();
            for (int x = 0; x < pending_.width(); ++x)
                pendingUnchanged_[size_t(y) * size_t(pending_.width()) + size_t(x)] = row[x] == before[x];
        }
    pendingHundredths_ = hundredths;
    previous_ = std::move(rgba);
}

void GifEncoder::writePending()
{
    if (pending_.isNull())
        return;
    const int w = pending_.width(), h = pending_.height();
    // 32-bit rows are contiguous (no padding), as liq_image_create_rgba expects.
    liq_image* input = liq_image_create_rgba(gif_->quantizer, pending_.constBits(), w, h, 0);
    liq_result* quantized = nullptr;
    if (!input || liq_image_quantize(input, gif_->quantizer, &quantized) != LIQ_OK) {
        if (input)
            liq_image_destroy(input);
        throw InputError(Tr::tr("cannot write '%1': the picture could not be reduced to 256 colours").arg(shownPath_));
    }
    liq_set_dithering_level(quantized, dither_ ? 1.0f : 0.0f);
    std::vector<unsigned char> indices(size_t(w) * size_t(h));
    liq_write_remapped_image(quantized, input, indices.data(), indices.size());
    const liq_palette* palette = liq_get_palette(quantized);

    // The entry after the picture's colours marks the unchanged pixels (liq keeps one free: at most 255).
    const int transparent = int(palette->count);
    bool anyUnchanged = false;
    for (size_t i = 0; i < indices.size(); ++i)
        if (pendingUnchanged_[i]) {
            indices[i] = uchar(transparent);
            anyUnchanged = true;
        }
    ColorMapObject* map = GifMakeMapObject(1 << GifBitSize(std::max(2, transparent + 1)), nullptr);
    for (int i = 0; i < map->ColorCount; ++i) {
        const liq_color c = i < int(palette->count) ? palette->entries[i] : liq_color{0, 0, 0, 255};
        map->Colors[i] = GifColorType{c.r, c.g, c.b};
    }
    liq_result_destroy(quantized);
    liq_image_destroy(input);

    GraphicsControlBlock control{};
    control.DisposalMode = DISPOSE_DO_NOT; // the rest of the picture stays from the frame before
    control.DelayTime = std::max(2, pendingHundredths_);
    control.TransparentColor = anyUnchanged ? transparent : NO_TRANSPARENT_COLOR;
    GifByteType extension[4];
    const size_t extensionSize = EGifGCBToExtension(&control, extension);
    bool ok = EGifPutExtension(gif_->file, GRAPHICS_EXT_FUNC_CODE, int(extensionSize), extension) == GIF_OK &&
              EGifPutImageDesc(gif_->file, pendingRect_.x(), pendingRect_.y(), w, h, false, map) == GIF_OK;
    for (int y = 0; ok && y < h; ++y)
        ok = EGifPutLine(gif_->file, indices.data() + size_t(y) * size_t(w), w) == GIF_OK;
    GifFreeMapObject(map);
    if (!ok)
        throw InputError(cannotWriteMessage(shownPath_, QString::fromUtf8(GifErrorString(gif_->file->Error))));
    pending_ = QImage();
}

void GifEncoder::close()
{
    writePending();
    int error = 0;
    const int status = EGifCloseFile(gif_->file, &error);
    gif_->file = nullptr;
    if (status != GIF_OK)
        throw InputError(cannotWriteMessage(shownPath_, QString::fromUtf8(GifErrorString(error))));
}

} // namespace gradus
