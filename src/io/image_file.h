#pragma once
// Reading pictures for the image lessons, through OpenCV, with guards: every format OpenCV reads,
// EXIF orientation applied, 8/16-bit, grey/RGB/RGBA (alpha dropped with a note). Files that are
// not images, truncated files and absurd sizes end in an InputError with a message that says what
// to do, never in a crash or an out-of-memory kill.

#include "core/imaging/planar_image.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

namespace gradus {

struct ImageLimits {
    // Larger pictures are downscaled (area averaging) to this many pixels.
    double maxPixels = 24e6;
    // Larger pictures are refused before they are decoded.
    static constexpr double kRefusePixels = 200e6;
};

struct LoadedImage {
    core::PlanarImage image; // floats in [0, 1], R, G, B or grey
    QString displayName;     // file name, or the sample's name
    qint64 fileBytes = 0;
    QSize originalSize;      // before any downscaling
    int bitsPerChannel = 8;
    QStringList notes;       // what was changed on the way in (alpha dropped, downscaled, …)
};

// The pictures built into Gradus, by the names the CLI accepts (-s image=astronaut).
QStringList sampleImageNames();
// The OpenCV version the images go through, e.g. "4.6.0".
QString openCvVersion();
// A sample's name becomes its resource path; anything else is taken as a file path.
QString resolveImagePath(const QString& nameOrPath);

struct ImageHeader {
    QSize size;        // invalid when the header does not tell
    bool hasAlpha = false;
    double pixels() const { return size.isValid() ? double(size.width()) * size.height() : 0; }
};
// Reads only the header (cheap even for huge files). Throws InputError for a missing file.
ImageHeader peekImage(const QString& nameOrPath);

LoadedImage loadImage(const QString& nameOrPath, const ImageLimits& limits = {});
// The same from bytes already in memory; sourceName is used in messages.
LoadedImage decodeImage(const QByteArray& bytes, const QString& sourceName, const ImageLimits& limits = {});

// Encodes `image` in `format` ("PNG", "JPG", …) and writes it all or nothing; InputError on failure.
void saveImageAtomically(const QString& path, const QImage& image, const char* format);

// 8-bit picture of planes (clipped to [0, 1], rounded): RGB888 for three planes, Grayscale8 for one.
QImage toQImage(const core::PlanarImage& image);
QImage toQImage(const core::RowMajorImage& image);

} // namespace gradus
