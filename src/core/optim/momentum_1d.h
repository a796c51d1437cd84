#pragma once
// Heavy ball and Nesterov's method in one variable, and the function on which heavy ball with the
// constants that are optimal for quadratics never converges (Lessard, Recht & Packard, "Analysis and design
// of optimization algorithms via integral quadratic constraints", SIAM J. Optim. 2016; the course's
// Heavy_ball_local_convergence notebook). Also the constants both methods take for eigenvalues in [μ, L].

#include "core/compute_control.h"

#include <optional>
#include <vector>

namespace gradus::core {

// x₊ = x − α∇f(x) + β(x − x₋) (heavy ball); y = x + β(x − x₋), x₊ = y − α∇f(y) (Nesterov).
struct MomentumConstants {
    double alpha = 0, beta = 0;
};
// Polyak's: α = 4/(√L + √μ)², β = ((√L − √μ)/(√L + √μ))², the fastest heavy ball on quadratics.
MomentumConstants heavyBallConstants(double mu, double L);
// α = 1/L, β = (√κ − 1)/(√κ + 1), κ = L/μ.
MomentumConstants nesterovConstants(double mu, double L);

// L = 25, μ = 1, convex and smooth, piecewise quadratic with a continuous derivative:
//   f(x) = 25x²/2 (x < 1),  x²/2 + 24x − 12 (1 ≤ x < 2),  25x²/2 − 24x + 36 (x ≥ 2);  minimum 0 at 0.
struct LessardFunction {
    static constexpr double L = 25, mu = 1;
    static double value(double x);
    static double derivative(double x);
};

enum class MomentumKind { HeavyBall, Nesterov };

// `steps` steps from x₀ (x₋ = x₀) on Lessard's function: x₀, x₁, …; a point beyond ±kDivergedBeyond ends
// the run (it diverged, e.g. with a step α > 2(1 + β)/L) and is not kept.
constexpr double kDivergedBeyond = 1e6;
std::vector<double> momentumRun(MomentumKind kind, double x0, int steps, const MomentumConstants& constants,
                                ComputeControl* control = nullptr);

// Where a run that went on for long ends up: at the minimum (|x| ≤ 1e-9), in a cycle of period 3 (the
// last six points repeat to 1e-9), far away (diverged), or none of these within the steps.
struct MomentumFate {
    bool converged = false;
    bool diverged = false; // left ±kDivergedBeyond
    std::optional<std::vector<double>> cycle; // the three points of the cycle, in the order visited
};
MomentumFate momentumFate(MomentumKind kind, double x0, const MomentumConstants& constants, int steps = 2000);

} // namespace gradus::core
