#pragma once
// Minimizing a quadratic f(x) = ½xᵀAx − bᵀx (A symmetric positive definite), the setting in which the
// course compares steepest descent, conjugate gradients and the accelerated methods (CG.ipynb): each method
// is a step of the one descent loop, with its formula; the A-norm error and the textbook bounds beside them.

#include "core/compute_control.h"
#include "descent.h"

#include <Eigen/Dense>

#include <vector>

namespace gradus::core {

struct Quadratic {
    Eigen::MatrixXd A; // symmetric positive definite
    Eigen::VectorXd b;

    Eigen::VectorXd gradient(const Eigen::VectorXd& x) const { return A * x - b; }
    Eigen::VectorXd minimizer() const { return A.llt().solve(b); }
    // ‖x − x*‖_A = √((x − x*)ᵀA(x − x*)), the error CG minimizes over its Krylov space.
    double energyError(const Eigen::VectorXd& x, const Eigen::VectorXd& xStar) const;
};

enum class QuadraticMethod {
    Gradient,          // x₊ = x − 2/(μ + L)·∇f
    SteepestDescent,   // x₊ = x − (gᵀg / gᵀAg)·g: the exact minimum along −g
    ConjugateGradients, // Hestenes–Stiefel: directions A-orthogonal to all earlier ones
    HeavyBall,         // Polyak: x₊ = x − α∇f + β(x − x₋), α = 4/(√L + √μ)², β = ((√L − √μ)/(√L + √μ))²
    Nesterov,          // y = x + β(x − x₋), x₊ = y − ∇f(y)/L, β = (√κ − 1)/(√κ + 1)
};

struct QuadraticRun {
    std::vector<Eigen::VectorXd> points;     // x₀, x₁, …
    std::vector<Eigen::VectorXd> directions; // the direction each step moved along (CG: pₖ), one fewer than points
    DescentOutcome outcome;
};

// `steps` steps from x0; μ and L (the extreme eigenvalues) set the constant-step methods' constants. CG
// stops as "converged" once its residual is zero to rounding, ‖r‖ ≤ 1e-12‖b − Ax₀‖ (where the notebook's
// next β is 0/0): after exact termination the recursive residual is about κ·ε, 5e-13 for κ = 100, and
// further steps only stir rounding errors.
QuadraticRun runQuadratic(const Quadratic& problem, QuadraticMethod method, const Eigen::VectorXd& x0, int steps, double mu, double L,
                          ComputeControl* control = nullptr);

// The bounds on ‖x_k − x*‖_A / ‖x₀ − x*‖_A for condition number κ = L/μ after k steps: steepest descent's
// ((κ − 1)/(κ + 1))^k and CG's 2((√κ − 1)/(√κ + 1))^k.
double steepestDescentBound(double kappa, int k);
double conjugateGradientBound(double kappa, int k);

// The 2-D scene of the notebook: A = Q·diag(μ, L)·Qᵀ with Q the counter-clockwise rotation by `degrees`.
Eigen::MatrixXd rotatedQuadratic2D(double mu, double L, double degrees);

} // namespace gradus::core
