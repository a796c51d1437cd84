#pragma once
// An image as numbers: one float matrix per channel (rows = image rows), values in [0, 1],
// channels in R, G, B order (or a single grey channel). The convention of every image lesson.

#include "core/linalg/dense.h"

#include <vector>

namespace gradus::core {

struct PlanarImage {
    std::vector<linalg::MatrixF> planes; // 1 (grey) or 3 (R, G, B), all height × width

    int height() const { return planes.empty() ? 0 : int(planes.front().rows()); }
    int width() const { return planes.empty() ? 0 : int(planes.front().cols()); }
    int channels() const { return int(planes.size()); }
    bool empty() const { return planes.empty() || planes.front().size() == 0; }
};

// The same for pictures on their way to the screen, stored row by row like a bitmap, so that
// converting them to pixels reads memory in order.
using RowMajorF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
struct RowMajorImage {
    std::vector<RowMajorF> planes;
    int height() const { return planes.empty() ? 0 : int(planes.front().rows()); }
    int width() const { return planes.empty() ? 0 : int(planes.front().cols()); }
    int channels() const { return int(planes.size()); }
};

// Rec. 601 luma, the weights OpenCV and JPEG use: 0.299 R + 0.587 G + 0.114 B.
linalg::MatrixF luma(const PlanarImage& rgb);

// Area-average resampling of the rows of `a` to `rows` rows (each output row is the mean of the
// input rows its interval covers, fractional overlaps weighted). Linear, so it commutes with
// matrix products: resample(U)·Σ·resample(V)ᵀ is the resampled U·Σ·Vᵀ.
linalg::MatrixF resampleRows(const Eigen::Ref<const linalg::MatrixF>& a, int rows);
// Both dimensions of an image plane.
linalg::MatrixF resamplePlane(const linalg::MatrixF& plane, int rows, int cols);
// The size that fits within maxSide on the longer side, keeping the aspect ratio; never enlarges.
std::pair<int, int> fitWithin(int rows, int cols, int maxSide);
// The size with at most maxPixels pixels, keeping the aspect ratio (each side scaled by
// √(maxPixels / pixels) and rounded down, at least 1); never enlarges.
std::pair<int, int> fitWithinPixels(int rows, int cols, double maxPixels);

} // namespace gradus::core
