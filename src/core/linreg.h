#pragma once
// Two-parameter linear regression y ≈ w·x + b with the mean squared error
//   L(w, b) = (1/n) Σ (w·xᵢ + b − yᵢ)²,
// and plain gradient descent on it. L is an exact quadratic, so everything the lesson shows
// (optimum, Hessian, largest stable step) has a closed form.

#include "optim/descent.h"
#include "vec2.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace gradus::core {

class ComputeControl;

struct XYData {
    std::vector<double> x;
    std::vector<double> y;
};

// n points with x uniform in [xMin, xMax] and y = w·x + b + N(0, noise²); reproducible for a seed.
XYData makeLinearData(int n, double w, double b, double noise, double xMin, double xMax, std::uint64_t seed);

// Affine change of variable x' = (x − shift) / scale.
struct Standardization {
    double shift = 0.0;
    double scale = 1.0;
};

// shift = mean, scale = population standard deviation (1 when all x are equal).
Standardization standardizationOf(const std::vector<double>& x);
std::vector<double> applyStandardization(const std::vector<double>& x, const Standardization& s);

class LinRegProblem {
public:
    // x and y must have the same, non-zero length (std::invalid_argument otherwise).
    LinRegProblem(const std::vector<double>& x, const std::vector<double>& y);

    std::size_t size() const { return n_; }
    double loss(const Vec2& theta) const;         // L(w, b), exact to rounding even near the optimum
    double excessLoss(const Vec2& theta) const;   // L(w, b) − L*
    Vec2 gradient(const Vec2& theta) const;
    // The Hessian (2/n)·[[Σx², Σx], [Σx, n]] as row-major {h11, h12, h22}; it does not depend on (w, b).
    std::array<double, 3> hessian() const { return {h11_, h12_, h22_}; }
    Vec2 hessianEigenvalues() const;              // ascending
    // Minimum-norm minimiser of L (unique unless all x are equal).
    const Vec2& optimum() const { return optimum_; }
    bool optimumUnique() const { return optimumUnique_; }
    double optimalLoss() const { return optimalLoss_; }
    // Gradient descent with a constant step converges for every start iff 0 < lr < 2/λ_max.
    double largestStableStep() const;

private:
    std::size_t n_ = 0;
    double h11_ = 0, h12_ = 0, h22_ = 0;
    Vec2 optimum_{};
    bool optimumUnique_ = true;
    double optimalLoss_ = 0;
};

// Why it stopped: "iterations", "converged" or "diverged".
struct DescentPath : DescentOutcome {
    std::vector<Vec2> points;   // the start first, then one point per completed step
    std::vector<double> loss;   // L at every point of the path
};

// Runs `iterations` steps x ← x − lr·∇L(x) in the descent loop (optim/descent.h). Stops early by its
// divergence rule: a non-finite iterate or loss, or an iterate farther than divergenceBound from the
// origin; that point is not stored.
DescentPath gradientDescent(const LinRegProblem& problem, const Vec2& start, double lr, int iterations,
                            ComputeControl* control = nullptr, double divergenceBound = 1e12);

} // namespace gradus::core
