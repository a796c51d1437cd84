#pragma once
// Least squares with a norm constraint or penalty: the exact solutions in two dimensions (the
// picture of why L1 gives sparse solutions), the Euclidean projection onto an L1 ball, and the
// Lasso and Ridge coefficient paths over a grid of penalties.

#include "core/vec2.h"

#include <cstdint>
#include <string>
#include <vector>

namespace gradus::core {

// L(w) = ‖Xw − y‖² = wᵀGw − 2mᵀw + c with G = XᵀX, m = Xᵀy, c = yᵀy, for w ∈ ℝ².
struct LeastSquares2D {
    Sym2 gram;
    Vec2 moment{0, 0};
    double constant = 0;

    double value(const Vec2& w) const { return dot(w, gram * w) - 2 * dot(moment, w) + constant; }
    Vec2 gradient(const Vec2& w) const { return 2.0 * (gram * w - moment); }
    // The unconstrained minimizer G⁻¹m (throws when G is singular).
    Vec2 minimizer() const;
};

LeastSquares2D makeLeastSquares2D(const std::vector<Vec2>& rows, const std::vector<double>& y);
// The level line {w : L(w) = level} about the minimizer `centre`: an ellipse along the Gram matrix's
// eigenvectors, `points` + 1 points (closed). Empty when the level is not above L(centre) or the Gram
// matrix is singular (the level set is then a pair of lines, or nothing).
std::vector<Vec2> levelEllipse(const LeastSquares2D& loss, const Vec2& centre, double level, int points = 240);

// argmin L(w) over ‖w‖₁ ≤ t, exactly: the unconstrained minimizer when it is inside; otherwise
// the best of the four corners and of the minimizers along the four edges (one-dimensional
// quadratics, clamped to the edge). A solution on a corner has a coordinate exactly 0.
Vec2 solveInL1Ball(const LeastSquares2D& loss, double t);
// argmin L(w) over ‖w‖₂ ≤ t: on the boundary w = (G + μI)⁻¹m with ‖w‖ = t, μ found by
// safeguarded Newton on 1/‖w(μ)‖ − 1/t to machine precision.
Vec2 solveInL2Ball(const LeastSquares2D& loss, double t, double* multiplier = nullptr);

// The Euclidean projection of v onto {x : ‖x‖₁ ≤ t} (Duchi, Shalev-Shwartz, Singer and Chandra,
// ICML 2008: sort, find the threshold, soft-threshold). t > 0.
std::vector<double> projectOntoL1Ball(std::vector<double> v, double t);

// The seed notebook's setting: `samples` rows in 2D whose design matrix has the singular values
// (s₁, s₂) (X = U·diag(s₁, s₂)·Vᵀ with U from the QR of a Gaussian matrix and V a rotation), and a
// fixed noise vector with standard deviation σ; y = Xw + noise for any true w. Seeded with numpy's
// legacy generator.
struct DesignWithNoise {
    std::vector<Vec2> rows;
    std::vector<double> noise;
    std::vector<double> responses(const Vec2& w) const;
};
DesignWithNoise makeDesignWithNoise(int samples, double s1, double s2, double sigma, std::uint32_t seed);
// The course notebook's own recipe (Regularization_animation.ipynb), draw for draw: np.random.seed(seed);
// X₀ = randn(samples, 2); X = U·diag(s₁, s₂)·Vᵀ from the SVD X₀ = U S Vᵀ (s₁ goes to the first singular
// pair, whatever their order then); noise = σ·randn(samples). Seed 1984 gives the notebook's data.
DesignWithNoise makeNotebookDesign(int samples, double s1, double s2, double sigma, std::uint32_t seed);
// The design turned by θ radians: V_θ = R(θ)V, so X_θ = U S V_θᵀ = X R(θ)ᵀ, every row turned by θ;
// the level lines of ‖Xw − y‖² turn with it.
DesignWithNoise rotatedDesign(const DesignWithNoise& design, double theta);

// A design matrix stored by rows (n × d) and its response.
struct Regression {
    std::vector<std::vector<double>> rows;
    std::vector<double> y;
    std::vector<std::string> names; // feature names, may be empty
    int features() const { return rows.empty() ? 0 : int(rows.front().size()); }
};

// Centres y and each column (the intercept is then zero) and divides each column by its
// standard deviation (population, as numpy's std), as scikit-learn's Lasso path example does.
Regression standardized(const Regression& data);

// Coefficients per penalty: coefficients[k][j] for penalties[k] and feature j.
struct CoefficientPath {
    std::vector<double> penalties;
    std::vector<std::vector<double>> coefficients;
};

// Lasso in scikit-learn's form, (1/2n)‖y − Xw‖² + α‖w‖₁, by cyclic coordinate descent with warm
// starts along decreasing α until no coefficient moves more than 1e-13 of the largest. Centred data.
CoefficientPath lassoPath(const Regression& data, const std::vector<double>& alphas);
// Ridge in scikit-learn's form, ‖y − Xw‖² + α‖w‖², solved exactly. Centred data.
CoefficientPath ridgePath(const Regression& data, const std::vector<double>& alphas);
// scikit-learn's default Lasso grid: `count` values log-spaced from α_max = max|Xᵀy|/n down to
// α_max·ratio, largest first.
std::vector<double> lassoPenaltyGrid(const Regression& data, int count = 100, double ratio = 1e-3);

} // namespace gradus::core
