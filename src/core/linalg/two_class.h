#pragma once
// Two labelled classes of points in the plane and the two classic 1D projections: PCA (the
// direction of largest variance of all points, labels ignored) and Fisher's LDA (the direction
// that best separates the class means relative to the spread within the classes).

#include "core/vec2.h"

#include <cstdint>
#include <vector>

namespace gradus::core {

struct TwoClassData {
    std::vector<Vec2> points;
    std::vector<int> labels; // 0 or 1
};

// Two elongated Gaussian clouds with the same shape: standard deviations `spread` along the
// direction at `angleDegrees` and `width` across it, means ±separation/2 across it (so PCA's
// direction runs along both clouds and mixes them). `sizeA` and `sizeB` points, numpy's legacy
// generator: np.random.seed(seed); z = np.random.normal(0, 1, 2·(sizeA + sizeB)), class 0 from the
// first 2·sizeA values (pairs along, across), class 1 from the rest.
TwoClassData makeTwoClouds(int sizeA, int sizeB, double separation, double spread, double width, double angleDegrees,
                           std::uint32_t seed);

// PCA_intuition.ipynb's one cloud, draw for draw: np.random.seed(seed); randn(n, 2)·L + (1, 1) with L the
// lower Cholesky factor of [[1, 0.6], [0.6, 0.6]], applied on the right as the notebook does (so the
// cloud's covariance is LᵀL = [[1.36, 0.294], [0.294, 0.24]]).
std::vector<Vec2> makeNotebookCloud(int size, std::uint32_t seed);

Vec2 meanOf(const std::vector<Vec2>& points);
// The sample covariance (n − 1), as numpy.cov.
Sym2 covarianceOf(const std::vector<Vec2>& points);

// Unit vectors, signs fixed so that the larger-magnitude coordinate is positive.
Vec2 pcaDirection(const std::vector<Vec2>& points);
// w ∝ S_W⁻¹(μ₁ − μ₀) with S_W the pooled within-class scatter; throws when a class is empty or S_W
// is singular.
Vec2 ldaDirection(const TwoClassData& data);

// Variance (n − 1) of the points projected on the unit vector d.
double projectedVariance(const std::vector<Vec2>& points, const Vec2& d);
// Fisher's criterion of the projection on d: (m₁ − m₀)² / (s₀² + s₁²), mᵢ the projected class
// means and sᵢ² the projected within-class variances (1/nᵢ)Σ(y − mᵢ)². LDA's direction maximizes it
// when the classes are the same size.
double fisherRatio(const TwoClassData& data, const Vec2& d);

} // namespace gradus::core
