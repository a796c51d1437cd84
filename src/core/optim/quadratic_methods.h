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
    Eigen::MatrixXd A; // symmetric positive definite; empty when `diagonal` is A
    Eigen::VectorXd b;
    // A = diag(diagonal) when not empty: a product then costs n operations instead of n² (the cg lesson's
    // spectra), with the same result, since the dense product only adds exact zeros.
    Eigen::VectorXd diagonal;

    static Quadratic dense(Eigen::MatrixXd A, Eigen::VectorXd b) { return {std::move(A), std::move(b), {}}; }
    static Quadratic withDiagonal(Eigen::VectorXd lambda, Eigen::VectorXd b) { return {{}, std::move(b), std::move(lambda)}; }
    int dimension() const { return int(b.size()); }
    Eigen::VectorXd apply(const Eigen::VectorXd& x) const
    {
        return diagonal.size() ? Eigen::VectorXd(diagonal.cwiseProduct(x)) : Eigen::VectorXd(A * x);
    }
    Eigen::MatrixXd apply(const Eigen::MatrixXd& X) const
    {
        return diagonal.size() ? Eigen::MatrixXd(diagonal.asDiagonal() * X) : Eigen::MatrixXd(A * X);
    }
    Eigen::VectorXd gradient(const Eigen::VectorXd& x) const { return apply(x) - b; }
    Eigen::VectorXd minimizer() const { return diagonal.size() ? Eigen::VectorXd(b.cwiseQuotient(diagonal)) : Eigen::VectorXd(A.llt().solve(b)); }
    // ‖x − x*‖_A = √((x − x*)ᵀA(x − x*)), the error CG minimizes over its Krylov space.
    double energyError(const Eigen::VectorXd& x, const Eigen::VectorXd& xStar) const;
};

enum class QuadraticMethod {
    Gradient,          // x₊ = x − 2/(μ + L)·∇f
    SteepestDescent,   // x₊ = x − (gᵀg / gᵀAg)·g: the exact minimum along −g
    ConjugateGradients, // Hestenes–Stiefel: directions A-orthogonal to all earlier ones
    HeavyBall,         // Polyak: x₊ = x − α∇f + β(x − x₋), α = 4/(√L + √μ)², β = ((√L − √μ)/(√L + √μ))²
    Nesterov,          // y = x + β(x − x₋), x₊ = y − ∇f(y)/L, β = (√κ − 1)/(√κ + 1)
    NesterovConvex,    // the same with β = (t_{k−1} − 1)/t_k, t₁ = 1, t_{k+1} = (1 + √(1 + 4t_k²))/2: for μ = 0
    Chebyshev,         // x₊ = x − α_k∇f + β_k(x − x₋) with the Chebyshev recurrence's constants (chebyshev.h)
    ChebyshevSteps,    // x₊ = x − α_k∇f with α_k = stepSchedule[k mod N], e.g. the inverse Chebyshev nodes
};

struct QuadraticRun {
    std::vector<Eigen::VectorXd> points;     // x₀, x₁, …
    std::vector<Eigen::VectorXd> directions; // the direction each step moved along (CG: pₖ), one fewer than points
    DescentOutcome outcome;
};

struct QuadraticRunSettings {
    int steps = 100;
    double mu = 1, L = 1;  // the extreme eigenvalues: they set the constant-step methods' constants
    int restartEvery = 0;  // CG: every this many steps the direction is the residual again (0: never)
    double step = 0;       // Gradient: the step (0: 2/(μ + L))
    std::vector<double> stepSchedule{}; // ChebyshevSteps: the steps, repeated
};

// `settings.steps` steps from x0. CG stops as "converged" once its residual is zero to rounding,
// ‖r‖ ≤ 1e-12‖b − Ax₀‖ (where the notebook's next β is 0/0): after exact termination the recursive residual
// is about κ·ε, 5e-13 for κ = 100, and further steps only stir rounding errors.
QuadraticRun runQuadratic(const Quadratic& problem, QuadraticMethod method, const Eigen::VectorXd& x0,
                          const QuadraticRunSettings& settings, ComputeControl* control = nullptr);
inline QuadraticRun runQuadratic(const Quadratic& problem, QuadraticMethod method, const Eigen::VectorXd& x0, int steps, double mu,
                                 double L, ComputeControl* control = nullptr)
{
    return runQuadratic(problem, method, x0, QuadraticRunSettings{.steps = steps, .mu = mu, .L = L}, control);
}

// The A-conjugacy of directions: C_ij = dᵢᵀAdⱼ / √(dᵢᵀAdᵢ · dⱼᵀAdⱼ) for the first `count` of them (1 on the
// diagonal; 0 off it for exactly conjugate directions, as CG's are in exact arithmetic).
Eigen::MatrixXd conjugacyMatrix(const Quadratic& problem, const std::vector<Eigen::VectorXd>& directions, int count);

// Spectra for n-dimensional quadratics, ascending, with μ and L as their extremes (unless said otherwise).
enum class SpectrumKind {
    Uniform,   // evenly spaced on [μ, L]
    Clustered, // `clusters` values spaced geometrically from μ to L, the eigenvalues shared among them in turn;
               // within a cluster spread evenly by the factors (1 + w)^t, t ∈ [−1, 1], w = clusterWidth
               // (so the extremes are μ/(1 + w) and L(1 + w); CG needs about one step per cluster)
    Outliers,  // a bulk evenly on [μ, min(10μ, L)] and `outliers` eigenvalues evenly on [L/2, L]
    Random,    // μ, L and n − 2 values uniformly at random between them (seeded)
    Strakos,   // λᵢ = μ + (i/(n − 1))(L − μ)ρ^(n−1−i), i = 0 … n − 1: dense near μ, sparse near L (Strakoš 1991),
               // where rounding delays CG far beyond n steps
};

struct SpectrumSettings {
    SpectrumKind kind = SpectrumKind::Uniform;
    int n = 60;
    double mu = 1, L = 100;
    int clusters = 4;
    double clusterWidth = 0;
    int outliers = 3;
    unsigned long long seed = 0;
    double rho = 0.9; // Strakos
};

std::vector<double> quadraticSpectrum(const SpectrumSettings& settings);

// The bounds on ‖x_k − x*‖_A / ‖x₀ − x*‖_A for condition number κ = L/μ after k steps: steepest descent's
// ((κ − 1)/(κ + 1))^k and CG's 2((√κ − 1)/(√κ + 1))^k.
double steepestDescentBound(double kappa, int k);
double conjugateGradientBound(double kappa, int k);

// The 2-D scene of the notebook: A = Q·diag(μ, L)·Qᵀ with Q the counter-clockwise rotation by `degrees`.
Eigen::MatrixXd rotatedQuadratic2D(double mu, double L, double degrees);

} // namespace gradus::core
