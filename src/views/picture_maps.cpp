#include "picture_maps.h"

#include "io/image_file.h"

namespace gradus {

const std::array<core::Rgb, 1024>& divergingTable()
{
    static const auto table = [] {
        std::array<core::Rgb, 1024> t{};
        for (size_t i = 0; i < t.size(); ++i)
            t[i] = core::colorAt(core::ColorMapKind::Diverging, double(i) / double(t.size() - 1));
        return t;
    }();
    return table;
}

QImage divergingPicture(const core::RowMajorF& values, float limit)
{
    QImage image(int(values.cols()), int(values.rows()), QImage::Format_RGB888);
    for (int y = 0; y < image.height(); ++y) {
        uchar* line = image.scanLine(y);
        const float* v = values.row(y).data();
        for (int x = 0; x < image.width(); ++x) {
            const core::Rgb& rgb = divergingColor(v[x], limit);
            line[3 * x] = rgb[0];
            line[3 * x + 1] = rgb[1];
            line[3 * x + 2] = rgb[2];
        }
    }
    return image;
}

QImage pictureFromVector(const core::linalg::VectorF& pixels, int rows, int cols, int channels)
{
    core::RowMajorImage image;
    const Eigen::Index plane = Eigen::Index(rows) * cols;
    for (int c = 0; c < channels; ++c)
        image.planes.push_back(Eigen::Map<const core::RowMajorF>(pixels.data() + c * plane, rows, cols));
    return toQImage(image);
}

} // namespace gradus
