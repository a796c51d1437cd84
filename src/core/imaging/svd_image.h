#pragma once
// Truncated-SVD compression of an image (Eckart–Young–Mirsky): the image is turned into one or more
// matrices according to the colour mode, each is decomposed once, and any rank is then a sum of
// rank-one layers σᵢ uᵢ vᵢᵀ. Metrics follow docs/lessons/svd-image.md.

#include "planar_image.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gradus::core {

enum class SvdColorMode {
    Channels, // one matrix per channel R, G, B
    Gray,     // the luma only
    Stacked,  // R, G, B side by side: one m × 3n matrix, one shared left basis
    YCbCr,    // JPEG's full-range Y, Cb, Cr: separate ranks for luma and chroma
};

// The matrices the mode decomposes; a grey image gives one matrix in every mode.
std::vector<linalg::MatrixF> decompositionMatrices(const PlanarImage& image, SvdColorMode mode);
// Back from (approximations of) those matrices to R, G, B (or grey) planes, not clipped.
PlanarImage imageFromMatrices(const std::vector<linalg::MatrixF>& matrices, SvdColorMode mode);
// What the approximation is compared with: the image itself, or its luma in grey mode.
PlanarImage referenceImage(const PlanarImage& image, SvdColorMode mode);

struct SvdImage {
    SvdColorMode mode = SvdColorMode::Channels;
    int width = 0, height = 0;
    std::vector<linalg::Svd> factors; // one per matrix
    std::vector<double> energy;       // ‖A_j‖²_F per matrix, exact (from the matrix, not from σ)
    bool complete = true;             // every singular value is known (full SVD)

    int matrixCount() const { return int(factors.size()); }
    // The highest rank every matrix can show.
    int maxRank() const;
    // The full rank min(m, n) of the matrices (what a full SVD would give).
    int fullRank() const;
};

// The shape of a picture's spectrum, comparable between pictures of any brightness and size: σᵢ/σ₁ of
// its luma (a grey picture: itself), scaled down by area averaging to at most maxPixels first.
std::vector<double> normalizedLumaSpectrum(const PlanarImage& image, double maxPixels);
// The same for a rows × cols matrix of standard Gaussian noise (seeded): the spectrum of no structure.
std::vector<double> normalizedNoiseSpectrum(int rows, int cols, std::uint64_t seed);

// maxRank 0: full SVD (LAPACK gesdd). Otherwise the leading maxRank triplets by randomized SVD.
SvdImage decomposeImage(const PlanarImage& image, SvdColorMode mode, int maxRank, ComputeControl* control);

// Per-matrix ranks: in YCbCr mode the chroma matrices get chromaRank (0 = the same as rank).
std::vector<int> matrixRanks(const SvdImage& svd, int rank, int chromaRank);

struct SvdStorage {
    double storedValues = 0;   // Σ_j r_j (m_j + n_j + 1)
    double originalValues = 0; // m · n · channels
    double ratio = 0;          // stored / original
    double bytesFloat32 = 0;   // 4 bytes per stored value
    double bytesQuantized8 = 0;// 1 byte per entry of u and v, float32 σ and two float32 scales per term
    double bytesRaw8 = 0;      // the pixels at 8 bits per channel
};
SvdStorage storageCost(const SvdImage& svd, const std::vector<int>& ranks);

// √(Σ_j Σ_{i ≥ r_j} σ_{j,i}²) / √(Σ_j ‖A_j‖²): the relative Frobenius error the theorem predicts.
double eckartYoungError(const SvdImage& svd, const std::vector<int>& ranks);

// The approximation at full resolution, converted back to R, G, B (or grey), not clipped.
PlanarImage approximateImage(const SvdImage& svd, const std::vector<int>& ranks);

struct SvdQuality {
    double relativeError = 0; // ‖A − A_r‖_F / ‖A‖_F measured on the reconstructed matrices
    double eckartYoung = 0;   // the same predicted from σ (must agree)
    std::optional<double> psnrDb; // 10 log10(1 / MSE), approximation clipped to [0, 1]; none when exact
};
SvdQuality measureQuality(const SvdImage& svd, const PlanarImage& image, const std::vector<int>& ranks);

// Layer σᵢ uᵢ vᵢᵀ (i from 0) of every matrix at most `maxSide` pixels wide or high, as an image of the
// mode's output channels, without the offsets of the colour transform (signed values).
PlanarImage layerImage(const SvdImage& svd, int index, int maxSide);

// The decomposition at a smaller size for the screen: the factors are area-resampled (exact, because
// resampling is linear) and the shown rank moves by adding or removing rank-one layers, so a rank
// change costs |Δr| layers at screen size, whatever the size of the photo.
class SvdImagePreview {
public:
    SvdImagePreview(const SvdImage& svd, int maxSide);
    int rows() const { return rows_; }
    int cols() const { return cols_; }
    // The approximation at these ranks in R, G, B (or grey), not clipped; valid until the next call.
    const RowMajorImage& at(const std::vector<int>& ranks);

private:
    SvdColorMode mode_;
    int rows_ = 0, cols_ = 0;
    std::vector<linalg::Svd> factors_;
    RowMajorImage current_; // one plane per matrix, at the ranks in currentRanks_
    RowMajorImage shown_;
    std::vector<int> currentRanks_;
};

} // namespace gradus::core
