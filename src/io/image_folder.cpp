#include "image_folder.h"

#include "framework/errors.h"
#include "image_file.h"

#include <QCoreApplication>
#include <QDir>

#include <opencv2/imgproc.hpp>

namespace gradus {

namespace {
// The translation context of this file's messages (lupdate reads the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gradus::ImageFolder)
};
} // namespace

ImageFolder loadImageFolder(const QString& path, int size, bool color, int maxFiles)
{
    QDir dir(path);
    if (path.trimmed().isEmpty())
        throw InputError(Tr::tr("no folder chosen: pick a folder of pictures"));
    if (!dir.exists())
        throw InputError(Tr::tr("the folder %1 does not exist").arg(path));
    const QStringList files = dir.entryList(
        {"*.png", "*.jpg", "*.jpeg", "*.bmp", "*.tif", "*.tiff", "*.webp", "*.ppm", "*.pgm", "*.pnm", "*.PNG", "*.JPG", "*.JPEG"},
        QDir::Files | QDir::Readable, QDir::Name);
    if (files.size() > maxFiles)
        throw InputError(Tr::tr("the folder %1 holds %2 pictures; Gradus takes at most %3").arg(path).arg(files.size()).arg(maxFiles));
    ImageFolder out;
    out.size = size;
    out.channels = color ? 3 : 1;
    const Eigen::Index d = Eigen::Index(size) * size * out.channels;
    out.samples.resize(files.size(), d);
    Eigen::Index row = 0;
    ImageLimits limits;
    limits.maxPixels = 4e6; // every picture ends up tiny: decode big photos at a sane size
    for (const QString& name : files) {
        try {
            const LoadedImage image = loadImage(dir.filePath(name), limits);
            // Centre square crop, so faces and objects keep their proportions, then area averaging.
            const int w = image.image.width(), h = image.image.height(), side = std::min(w, h);
            const int x0 = (w - side) / 2, y0 = (h - side) / 2;
            std::vector<core::linalg::MatrixF> planes;
            if (color && image.image.channels() == 3)
                planes = image.image.planes;
            else
                planes = {core::luma(image.image)};
            while (int(planes.size()) < out.channels) // a grey picture in a colour set: grey in every channel
                planes.push_back(planes.front());
            for (int c = 0; c < out.channels; ++c) {
                const core::linalg::MatrixF square = planes[size_t(c)].block(y0, x0, side, side);
                const core::linalg::MatrixF small = core::resamplePlane(square, size, size);
                // Row-major pixel order within a plane, as images are usually flattened (numpy's reshape).
                const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rows = small;
                out.samples.row(row).segment(Eigen::Index(c) * size * size, Eigen::Index(size) * size) =
                    Eigen::Map<const Eigen::RowVectorXf>(rows.data(), Eigen::Index(size) * size);
            }
            out.names << name;
            ++row;
        } catch (const InputError& e) {
            out.skipped << e.message();
        }
    }
    out.samples.conservativeResize(row, d);
    if (row < 2)
        throw InputError(Tr::tr("the folder %1 holds %2 readable picture(s); PCA needs at least two").arg(path).arg(row));
    return out;
}

} // namespace gradus
