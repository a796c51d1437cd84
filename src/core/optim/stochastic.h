#pragma once
// Stochastic methods on a least-squares problem with two parameters, for the `sgd` lesson:
// f(w) = 1/(2N) Σᵢ (w₁xᵢ + w₂ − yᵢ)², per-sample gradients gᵢ(w) = (w₁xᵢ + w₂ − yᵢ)·(xᵢ, 1).
// Full gradient descent; SGD with any batch size; and the variance-reduced SAG, SVRG and SAGA, each
// with any step schedule (schedule.h: SGD's 1/k, 1/√k and step decay). Every method counts gradient
// evaluations (one per sample gradient), so methods are compared at equal work. They run in the
// descent loop (descent.h), one class per update rule in stochastic.cpp.

#include "core/vec2.h"
#include "descent.h"
#include "schedule.h"

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

// The update rules: full gradient descent, mini-batch SGD, SAG, SVRG, SAGA.
enum class StochasticMethod { Gd, Sgd, Sag, Svrg, Saga };

struct StochasticSettings {
    double lr = 0.1; // the schedule's starting step
    Schedule schedule{}; // constant
    int batch = 2;
    int iterations = 500;
};

// An iterate farther than this from the origin counts as diverged (as does NaN or Inf).
constexpr double kStochasticDivergenceBound = 1e12;

// A run; it stops only by diverging: a step left the kStochasticDivergenceBound ball or became
// non-finite, and the run stopped before it (divergedAtStep; the points are the start and the steps before it).
struct StochasticRun : DescentOutcome {
    std::vector<Vec2> points;           // from the start, one per iteration
    std::vector<double> loss;           // f(w) − f*
    std::vector<double> distance;       // ‖w − w*‖
    std::vector<double> gradientEvaluations; // cumulative, sample gradients
    std::vector<std::vector<int>> batches;   // the samples each step used (empty for full GD)
};

StochasticRun runStochastic(const LeastSquares2& problem, StochasticMethod method, const StochasticSettings& settings,
                            Vec2 start, std::uint64_t seed, ComputeControl* control = nullptr);

} // namespace gradus::core
