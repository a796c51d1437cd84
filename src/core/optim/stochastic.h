#pragma once
// Stochastic methods on a least-squares problem with two parameters, for the `sgd` lesson:
// f(w) = 1/(2N) Σᵢ (w₁xᵢ + w₂ − yᵢ)², per-sample gradients gᵢ(w) = (w₁xᵢ + w₂ − yᵢ)·(xᵢ, 1).
// Full gradient descent; SGD with a constant, 1/k, 1/√k or step-decay step and any batch size;
// and the variance-reduced SAG, SVRG and SAGA. Every method counts gradient evaluations
// (one per sample gradient), so methods are compared at equal work.

#include "core/vec2.h"

#include <cstdint>
#include <string>
#include <vector>

namespace gradus::core {

class ComputeControl;

struct LeastSquares2 {
    std::vector<double> x, y;

    int size() const { return int(x.size()); }
    double loss(const Vec2& w) const;
    // The same loss from five sums, O(1) per point: L(w) = L(w*) + ½ (w − w*)ᵀ H (w − w*). For maps,
    // which evaluate it at every pixel; near w* it is also free of the direct sum's cancellation.
    struct Surface {
        Vec2 optimum;
        Sym2 hessian;
        double minimum = 0;
        double operator()(const Vec2& w) const;
    };
    Surface surface() const;
    Vec2 gradient(const Vec2& w) const;              // full: (1/N) Σ gᵢ
    Vec2 sampleGradient(const Vec2& w, int i) const; // gᵢ
    Sym2 hessian() const;                            // (1/N) Σ x̃ᵢx̃ᵢᵀ
    Vec2 optimum() const;                            // the least-squares solution
    // Least-squares solution of the samples in `batch` alone (where a plain SGD step pulls).
    // False when the batch cannot determine it (one point, or all with the same x).
    bool batchOptimum(const std::vector<int>& batch, Vec2& out) const;
    // The expected squared distance ‖w − w*‖² at which constant-step SGD settles, to first order in
    // the step (the stationary covariance of the linearized iteration): (lr / 2b)·tr(H⁻¹S)·(N − b)/(N − 1),
    // S = (1/N) Σ rᵢ² x̃ᵢx̃ᵢᵀ the gradient noise at w* (sampling without replacement within a batch).
    double noiseBallSquaredRadius(double lr, int batch) const;
};

// The seed notebook's data: N points, x uniform in [−0.5, 0.5], y = w₁x + w₂ + N(0, σ²).
LeastSquares2 makeSgdData(int n, Vec2 wTrue, double noise, std::uint64_t seed);

enum class StochasticMethod { Gd, Sgd, SgdInverseK, SgdInverseSqrtK, SgdStepDecay, Sag, Svrg, Saga };

struct StochasticSettings {
    double lr = 0.1;
    int batch = 2;
    int iterations = 500;
    int decayAfter = 100; // step decay: the step halves every this many iterations; 1/k schedules use it as k₀
};

// An iterate farther than this from the origin counts as diverged (as does NaN or Inf).
constexpr double kStochasticDivergenceBound = 1e12;

struct StochasticRun {
    std::vector<Vec2> points;           // from the start, one per iteration
    std::vector<double> loss;           // f(w) − f*
    std::vector<double> distance;       // ‖w − w*‖
    std::vector<double> gradientEvaluations; // cumulative, sample gradients
    std::vector<std::vector<int>> batches;   // the samples each step used (empty for full GD)
    bool diverged = false;  // a step left the kStochasticDivergenceBound ball or became non-finite: the run stopped before it
    int divergedAtStep = -1; // that step; the points are the start and the steps before it
};

StochasticRun runStochastic(const LeastSquares2& problem, StochasticMethod method, const StochasticSettings& settings,
                            Vec2 start, std::uint64_t seed, ComputeControl* control = nullptr);

} // namespace gradus::core
