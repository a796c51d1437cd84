#pragma once
// Scalar quantization of a matrix's entries: every entry is replaced by one of 2^bits values, so that
// storing the matrix costs `bits` per entry plus a small table. Two ways of choosing the values:
// evenly spaced between the smallest and largest entry (min–max uniform, what int-b weight formats
// do), or the centroids of one-dimensional k-means (Lloyd's algorithm), which follow the entries'
// distribution and give outliers a level of their own only when that pays.

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace gradus::core::quantization {

// The values a quantizer may write, sorted; each entry becomes the nearest of them.
struct Codebook {
    std::vector<double> levels;
    // The nearest level to `value` (ties to the lower level).
    double nearest(double value) const;
    Eigen::MatrixXd apply(const Eigen::MatrixXd& values) const;
};

// 2^bits levels min + i·(max − min)/(2^bits − 1); one level when the entries are all equal, and the
// mean for 0 bits.
Codebook uniformCodebook(const Eigen::MatrixXd& values, int bits);

// Lloyd's algorithm in one dimension, run to convergence (no centroid moves) from the given sorted
// initial centroids: every value goes to its nearest centroid, every centroid becomes its values'
// mean; a centroid that loses all its values stays where it is. `maxIterations` bounds the rare slow case.
Codebook lloydCentroids(const Eigen::MatrixXd& values, std::vector<double> initial, int maxIterations = 10000);

// k-means with k = 2^bits: Lloyd from two starts, the quantiles (i + ½)/k of the values and k-means++
// seeding (Arthur & Vassilvitskii 2007, drawn from `seed`), keeping the one with the smaller squared
// error. Quantiles serve the bulk of the distribution, k-means++ the tails; neither wins everywhere.
Codebook kMeansCodebook(const Eigen::MatrixXd& values, int bits, std::uint64_t seed = 1);

// ‖a − b‖_F / ‖a‖_F (0 for a zero `a` equal to b).
double relativeError(const Eigen::MatrixXd& a, const Eigen::MatrixXd& b);

} // namespace gradus::core::quantization
