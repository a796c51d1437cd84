#pragma once
// Chebyshev acceleration of gradient descent on a quadratic whose eigenvalues lie in [μ, L] (the course's
// chebyshev_gd.py). After k steps of any method whose iterates are x₀ + a polynomial in A times ∇f(x₀), the
// error is e_k = P_k(A)e₀ with P_k(0) = 1; the polynomial with the least maximum over [μ, L] is the scaled
// Chebyshev polynomial P_k(λ) = T_k((L + μ − 2λ)/(L − μ)) / T_k((L + μ)/(L − μ)). Two ways to reach it:
// the three-term recurrence (a momentum method with varying α_k, β_k, optimal at every k), and plain
// gradient steps of sizes 1/λᵢ at the N roots λᵢ of T_N on [μ, L] (optimal after each N steps only), whose
// order decides whether rounding errors are amplified beyond recovery.

#include <vector>

namespace gradus::core {

// T_k((L + μ − 2λ)/(L − μ)) / T_k((L + μ)/(L − μ)), the least maximum on [μ, L] among polynomials of
// degree k with P(0) = 1 (1 − 2λ/(L + μ) for k = 1; 0 after one step when μ = L = λ).
double chebyshevResidual(double mu, double L, int k, double lambda);
// Its maximum on [μ, L]: 1/T_k((L + μ)/(L − μ)) = 2qᵏ/(1 + q²ᵏ) with q = (√κ − 1)/(√κ + 1).
double chebyshevBound(double mu, double L, int k);

// The recurrence's constants for step k (x_{k+1} = x_k − α_k∇f(x_k) + β_k(x_k − x_{k−1})): step 0 is
// α = 2/(L + μ), β = 0; then α_k = 4t_k/((L − μ)t_{k+1}), β_k = t_{k−1}/t_{k+1}, t_k = T_k((L + μ)/(L − μ)).
// Computed through the ratios t_k/t_{k+1}, which stay finite where t_k itself overflows.
class ChebyshevConstants {
public:
    ChebyshevConstants(double mu, double L) : mu_(mu), L_(L) {}
    struct Step {
        double alpha, beta;
    };
    Step next(); // the constants of steps 0, 1, 2, … in turn

private:
    double mu_, L_;
    int step_ = 0;
    double ratio_ = 0; // t_{k−1}/t_k for the coming step k
};

// The roots of T_N mapped onto [μ, L], ascending: λᵢ = (L + μ)/2 − (L − μ)/2·cos((2i − 1)π/(2N)), i = 1 … N.
std::vector<double> chebyshevNodes(double mu, double L, int N);

enum class ScheduleOrder {
    Fractal,         // Agarwal, Goel & Zhang (2021): σ₁ = (1), σ₂ₙ = interleave(σₙ, 2n + 1 − σₙ)
    LargeStepsFirst, // 1/λ₁ (the largest, ≈ 1/μ) first
    SmallStepsFirst, // 1/λ_N (≈ 1/L) first
};
// The fractal permutation of 1 … N (N a power of two), e.g. (1, 8, 4, 5, 2, 7, 3, 6) for N = 8: every prefix
// mixes large and small steps, so the partial products ∏(1 − λ/λᵢ) stay near 1 instead of growing like κ^{N/2}.
std::vector<int> fractalOrder(int N);
// The step sizes 1/λᵢ in the given order (N a power of two for Fractal).
std::vector<double> chebyshevStepSchedule(double mu, double L, int N, ScheduleOrder order);

} // namespace gradus::core
