#include "planar_image.h"

#include <Eigen/SparseCore>

#include <algorithm>
#include <cmath>

namespace gradus::core {

using linalg::MatrixF;

MatrixF luma(const PlanarImage& rgb)
{
    if (rgb.channels() == 1)
        return rgb.planes[0];
    return 0.299f * rgb.planes[0] + 0.587f * rgb.planes[1] + 0.114f * rgb.planes[2];
}

MatrixF resampleRows(const Eigen::Ref<const MatrixF>& a, int rows)
{
    const int in = int(a.rows());
    if (rows == in)
        return a;
    // The averaging as a sparse (rows × in) matrix: the product runs down a's columns in memory
    // order, where row-by-row accumulation on a column-major matrix would stride through memory.
    std::vector<Eigen::Triplet<float>> weights;
    const double scale = double(in) / rows; // input rows per output row
    weights.reserve(size_t(rows) * size_t(std::ceil(scale) + 2));
    for (int r = 0; r < rows; ++r) {
        const double begin = r * scale, end = (r + 1) * scale;
        for (int i = int(std::floor(begin)); i < std::min(in, int(std::ceil(end))); ++i) {
            const double overlap = std::min(end, i + 1.0) - std::max(begin, double(i));
            if (overlap > 0)
                weights.emplace_back(r, i, float(overlap / scale));
        }
    }
    Eigen::SparseMatrix<float, Eigen::RowMajor> averaging(rows, in);
    averaging.setFromTriplets(weights.begin(), weights.end());
    return averaging * a;
}

MatrixF resamplePlane(const MatrixF& plane, int rows, int cols)
{
    const MatrixF vertical = resampleRows(plane, rows);
    return resampleRows(vertical.transpose(), cols).transpose();
}

std::pair<int, int> fitWithin(int rows, int cols, int maxSide)
{
    const int longer = std::max(rows, cols);
    if (longer <= maxSide || longer == 0)
        return {rows, cols};
    const double scale = double(maxSide) / longer;
    return {std::max(1, int(std::lround(rows * scale))), std::max(1, int(std::lround(cols * scale)))};
}

std::pair<int, int> fitWithinPixels(int rows, int cols, double maxPixels)
{
    const double pixels = double(rows) * double(cols);
    if (!(pixels > maxPixels))
        return {rows, cols};
    const double factor = std::sqrt(maxPixels / pixels);
    return {std::max(1, int(std::floor(rows * factor))), std::max(1, int(std::floor(cols * factor)))};
}

} // namespace gradus::core
