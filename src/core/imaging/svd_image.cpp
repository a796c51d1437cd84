#include "svd_image.h"

#include "core/compute_control.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>

namespace gradus::core {

using linalg::MatrixF;

namespace {

// JPEG (JFIF) full-range conversion; chroma centred at 0.5.
constexpr float kCbR = -0.168736f, kCbG = -0.331264f, kCbB = 0.5f;
constexpr float kCrR = 0.5f, kCrG = -0.418688f, kCrB = -0.081312f;
constexpr float kRCr = 1.402f, kGCb = -0.344136f, kGCr = -0.714136f, kBCb = 1.772f;

// c += sign · Σ_{i in [first, first + count)} σᵢ uᵢ vᵢᵀ without BLAS: the preview runs on the GUI
// thread, which must never wait for a long decomposition holding BLAS (see dense.cpp).
void addLayers(MatrixF& c, const linalg::Svd& f, int first, int count, float sign)
{
    if (count <= 0)
        return;
    c.noalias() += (f.u.middleCols(first, count) * (sign * f.s.segment(first, count)).asDiagonal()) *
                   f.v.middleCols(first, count).transpose();
}

// Row by row for a row-major picture: each row stays in cache while every layer is added to it, and
// v's columns are contiguous. Several times faster than a general product for the few layers a
// rank step adds; for many layers at once (a new result, a jump in rank) Eigen's blocked product wins.
void addLayers(RowMajorF& c, const linalg::Svd& f, int first, int count, float sign)
{
    if (count <= 0)
        return;
    constexpr int kBlockedFrom = 12;
    if (count >= kBlockedFrom) {
        c.noalias() += (f.u.middleCols(first, count) * (sign * f.s.segment(first, count)).asDiagonal()) *
                       f.v.middleCols(first, count).transpose();
        return;
    }
    const Eigen::VectorXf scale = sign * f.s.segment(first, count);
    for (Eigen::Index y = 0; y < c.rows(); ++y) {
        auto row = c.row(y);
        for (int k = 0; k < count; ++k)
            row += (scale[k] * f.u(y, first + k)) * f.v.col(first + k).transpose();
    }
}

// Triplets [first, first + count) of `f` with u resampled to `rows` and v to `cols` (area-resampling is
// linear, so σ·ũ·ṽᵀ is the resampled layer). In stacked mode v holds three blocks of width n, one
// per channel: each is resampled alone.
linalg::Svd resampledFactors(const linalg::Svd& f, int first, int count, int rows, int cols, SvdColorMode mode)
{
    linalg::Svd small;
    small.s = f.s.segment(first, count);
    small.u = resampleRows(f.u.middleCols(first, count), rows);
    if (mode == SvdColorMode::Stacked) {
        const Eigen::Index n = f.v.rows() / 3;
        small.v.resize(3 * cols, count);
        for (int block = 0; block < 3; ++block)
            small.v.middleRows(block * cols, cols) = resampleRows(f.v.block(block * n, first, n, count), cols);
    } else {
        small.v = resampleRows(f.v.middleCols(first, count), cols);
    }
    return small;
}

double squaredNorm(const MatrixF& m)
{
    double sum = 0;
    for (Eigen::Index c = 0; c < m.cols(); ++c)
        sum += m.col(c).cast<double>().squaredNorm();
    return sum;
}

} // namespace

std::vector<MatrixF> decompositionMatrices(const PlanarImage& image, SvdColorMode mode)
{
    if (image.channels() == 1)
        return {image.planes[0]};
    const MatrixF& r = image.planes[0];
    const MatrixF& g = image.planes[1];
    const MatrixF& b = image.planes[2];
    switch (mode) {
    case SvdColorMode::Channels:
        return image.planes;
    case SvdColorMode::Gray:
        return {luma(image)};
    case SvdColorMode::Stacked: {
        MatrixF stacked(r.rows(), 3 * r.cols());
        stacked << r, g, b;
        return {stacked};
    }
    case SvdColorMode::YCbCr:
        return {luma(image), (kCbR * r + kCbG * g + kCbB * b).array() + 0.5f,
                (kCrR * r + kCrG * g + kCrB * b).array() + 0.5f};
    }
    return {};
}

namespace {

// From the mode's matrices to R, G, B (or grey) planes, for either storage order.
template <class Matrix>
std::vector<Matrix> colourPlanes(const std::vector<Matrix>& matrices, SvdColorMode mode)
{
    if (matrices.empty())
        return {};
    // A grey picture is always decomposed in Gray mode (see decomposeImage), so Stacked means colour.
    if (mode == SvdColorMode::Stacked && matrices.size() == 1) {
        const Eigen::Index w = matrices[0].cols() / 3;
        return {matrices[0].leftCols(w), matrices[0].middleCols(w, w), matrices[0].rightCols(w)};
    }
    if (mode == SvdColorMode::YCbCr && matrices.size() == 3) {
        const Matrix cb = matrices[1].array() - 0.5f;
        const Matrix cr = matrices[2].array() - 0.5f;
        return {matrices[0] + kRCr * cr, matrices[0] + kGCb * cb + kGCr * cr, matrices[0] + kBCb * cb};
    }
    return matrices;
}

} // namespace

PlanarImage imageFromMatrices(const std::vector<MatrixF>& matrices, SvdColorMode mode)
{
    return PlanarImage{colourPlanes(matrices, mode)};
}

PlanarImage referenceImage(const PlanarImage& image, SvdColorMode mode)
{
    if (mode == SvdColorMode::Gray && image.channels() == 3)
        return PlanarImage{{luma(image)}};
    return image;
}

namespace {

std::vector<double> normalizedSpectrum(const linalg::MatrixF& matrix)
{
    const linalg::VectorF s = linalg::singularValues(matrix);
    std::vector<double> out(std::size_t(s.size()));
    const double largest = s.size() > 0 ? double(s[0]) : 0.0;
    for (Eigen::Index i = 0; i < s.size(); ++i)
        out[std::size_t(i)] = largest > 0 ? double(s[i]) / largest : 0.0;
    return out;
}

} // namespace

std::vector<double> normalizedLumaSpectrum(const PlanarImage& image, double maxPixels)
{
    linalg::MatrixF grey = image.channels() == 3 ? luma(image) : image.planes.front();
    const auto [rows, cols] = fitWithinPixels(int(grey.rows()), int(grey.cols()), maxPixels);
    if (rows != grey.rows() || cols != grey.cols())
        grey = resamplePlane(grey, rows, cols);
    return normalizedSpectrum(grey);
}

std::vector<double> normalizedNoiseSpectrum(int rows, int cols, std::uint64_t seed)
{
    std::mt19937_64 generator(seed);
    std::normal_distribution<float> normal;
    linalg::MatrixF noise(rows, cols);
    for (Eigen::Index j = 0; j < noise.cols(); ++j)
        for (Eigen::Index i = 0; i < noise.rows(); ++i)
            noise(i, j) = normal(generator);
    return normalizedSpectrum(noise);
}

int SvdImage::maxRank() const
{
    int best = std::numeric_limits<int>::max();
    for (const linalg::Svd& f : factors)
        best = std::min(best, f.rank());
    return factors.empty() ? 0 : best;
}

int SvdImage::fullRank() const
{
    int best = std::numeric_limits<int>::max();
    for (const linalg::Svd& f : factors)
        best = std::min<int>(best, int(std::min(f.u.rows(), f.v.rows())));
    return factors.empty() ? 0 : best;
}

SvdImage decomposeImage(const PlanarImage& image, SvdColorMode mode, int maxRank, ComputeControl* control)
{
    if (image.empty())
        throw std::invalid_argument("the image is empty");
    // A grey picture has one matrix whatever the mode; calling it grey keeps the inverse transform right.
    const SvdColorMode effective = image.channels() == 1 ? SvdColorMode::Gray : mode;
    const std::vector<MatrixF> matrices = decompositionMatrices(image, effective);
    SvdImage out;
    out.mode = effective;
    out.width = image.width();
    out.height = image.height();
    const int count = int(matrices.size());
    for (int j = 0; j < count; ++j) {
        ComputeStage stage(control, double(j) / count, double(j + 1) / count);
        checkpoint(stage.get(), 0.0);
        const MatrixF& a = matrices[size_t(j)];
        const int full = int(std::min(a.rows(), a.cols()));
        out.energy.push_back(squaredNorm(a));
        if (maxRank <= 0 || maxRank >= full) {
            out.factors.push_back(linalg::thinSvd(a));
        } else {
            linalg::RandomizedSvdOptions options;
            options.seed = 2026 + std::uint64_t(j);
            out.factors.push_back(linalg::randomizedSvd(a, maxRank, options, stage.get()));
            out.complete = false;
        }
        checkpoint(stage.get(), 1.0);
    }
    return out;
}

std::vector<int> matrixRanks(const SvdImage& svd, int rank, int chromaRank)
{
    std::vector<int> ranks(size_t(svd.matrixCount()), std::clamp(rank, 0, svd.maxRank()));
    if (svd.mode == SvdColorMode::YCbCr && svd.matrixCount() == 3 && chromaRank > 0)
        ranks[1] = ranks[2] = std::clamp(chromaRank, 0, svd.maxRank());
    return ranks;
}

SvdStorage storageCost(const SvdImage& svd, const std::vector<int>& ranks)
{
    SvdStorage out;
    double terms = 0, vectorEntries = 0;
    for (int j = 0; j < svd.matrixCount(); ++j) {
        const double m = double(svd.factors[size_t(j)].u.rows()), n = double(svd.factors[size_t(j)].v.rows());
        const double r = ranks[size_t(j)];
        out.storedValues += r * (m + n + 1);
        vectorEntries += r * (m + n);
        terms += r;
    }
    const int channels = (svd.mode == SvdColorMode::Gray) ? 1 : (svd.mode == SvdColorMode::Stacked ? 3 : svd.matrixCount());
    out.originalValues = double(svd.width) * svd.height * channels;
    out.ratio = out.originalValues > 0 ? out.storedValues / out.originalValues : 0;
    out.bytesFloat32 = 4 * out.storedValues;
    out.bytesQuantized8 = vectorEntries + 12 * terms;
    out.bytesRaw8 = out.originalValues;
    return out;
}

double eckartYoungError(const SvdImage& svd, const std::vector<int>& ranks)
{
    double tail = 0, total = 0;
    for (int j = 0; j < svd.matrixCount(); ++j) {
        const linalg::Svd& f = svd.factors[size_t(j)];
        total += svd.energy[size_t(j)];
        if (svd.complete) {
            tail += linalg::tailEnergy(f.s, ranks[size_t(j)]);
        } else {
            // Only the leading values are known; the rest of the energy is what they do not explain.
            const double head = linalg::tailEnergy(f.s, 0) - linalg::tailEnergy(f.s, ranks[size_t(j)]);
            tail += std::max(0.0, svd.energy[size_t(j)] - head);
        }
    }
    return total > 0 ? std::sqrt(tail / total) : 0;
}

namespace {

std::vector<MatrixF> approximateMatrices(const SvdImage& svd, const std::vector<int>& ranks)
{
    std::vector<MatrixF> out;
    for (int j = 0; j < svd.matrixCount(); ++j)
        out.push_back(linalg::reconstruct(svd.factors[size_t(j)], ranks[size_t(j)]));
    return out;
}

} // namespace

PlanarImage approximateImage(const SvdImage& svd, const std::vector<int>& ranks)
{
    return imageFromMatrices(approximateMatrices(svd, ranks), svd.mode);
}

SvdQuality measureQuality(const SvdImage& svd, const PlanarImage& image, const std::vector<int>& ranks)
{
    SvdQuality out;
    const std::vector<MatrixF> originals = decompositionMatrices(image, svd.mode);
    const std::vector<MatrixF> approximations = approximateMatrices(svd, ranks);
    double error = 0, total = 0;
    for (size_t j = 0; j < originals.size(); ++j) {
        error += squaredNorm(originals[j] - approximations[j]);
        total += squaredNorm(originals[j]);
    }
    out.relativeError = total > 0 ? std::sqrt(error / total) : 0;
    out.eckartYoung = eckartYoungError(svd, ranks);

    const PlanarImage reference = referenceImage(image, svd.mode);
    const PlanarImage approximation = imageFromMatrices(approximations, svd.mode);
    double squared = 0, count = 0;
    for (int c = 0; c < reference.channels(); ++c) {
        const MatrixF diff = approximation.planes[size_t(c)].cwiseMax(0.0f).cwiseMin(1.0f) - reference.planes[size_t(c)];
        squared += squaredNorm(diff);
        count += double(diff.size());
    }
    const double mse = count > 0 ? squared / count : 0;
    if (mse > 0)
        out.psnrDb = 10.0 * std::log10(1.0 / mse);
    return out;
}

SvdImagePreview::SvdImagePreview(const SvdImage& svd, int maxSide) : mode_(svd.mode)
{
    std::tie(rows_, cols_) = fitWithin(svd.height, svd.width, maxSide);
    for (const linalg::Svd& f : svd.factors) {
        linalg::Svd small = resampledFactors(f, 0, f.rank(), rows_, cols_, mode_);
        current_.planes.push_back(RowMajorF::Zero(small.u.rows(), small.v.rows()));
        currentRanks_.push_back(0);
        factors_.push_back(std::move(small));
    }
}

const RowMajorImage& SvdImagePreview::at(const std::vector<int>& ranks)
{
    for (size_t j = 0; j < factors_.size(); ++j) {
        const int target = std::clamp(ranks[j], 0, factors_[j].rank());
        const int from = currentRanks_[j];
        if (target == from)
            continue;
        // Rebuilding costs `target` layers; moving costs |Δ|. Rebuild when that is cheaper, which also
        // stops float round-off from piling up over a long drag.
        if (std::abs(target - from) > target) {
            current_.planes[j].setZero();
            addLayers(current_.planes[j], factors_[j], 0, target, 1.0f);
        } else if (target > from) {
            addLayers(current_.planes[j], factors_[j], from, target - from, 1.0f);
        } else {
            addLayers(current_.planes[j], factors_[j], target, from - target, -1.0f);
        }
        currentRanks_[j] = target;
    }
    if (mode_ == SvdColorMode::Channels || mode_ == SvdColorMode::Gray)
        return current_; // the matrices are the planes
    shown_.planes = colourPlanes(current_.planes, mode_);
    return shown_;
}

PlanarImage layerImage(const SvdImage& svd, int index, int maxSide)
{
    const auto [rows, cols] = fitWithin(svd.height, svd.width, maxSide);
    std::vector<MatrixF> layers;
    for (const linalg::Svd& f : svd.factors) {
        MatrixF m = MatrixF::Zero(rows, svd.mode == SvdColorMode::Stacked ? 3 * cols : cols);
        if (index < f.rank()) // only this triplet is resampled: cheap whatever the photo's size
            addLayers(m, resampledFactors(f, index, 1, rows, cols, svd.mode), 0, 1, 1.0f);
        layers.push_back(std::move(m));
    }
    if (svd.mode == SvdColorMode::YCbCr && layers.size() == 3) {
        // Undo the chroma offsets' effect: a layer is a difference, so the transform is linear here.
        layers[1].array() += 0.5f;
        layers[2].array() += 0.5f;
    }
    return imageFromMatrices(layers, svd.mode);
}

} // namespace gradus::core
