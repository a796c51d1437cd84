#pragma once
// Nesterov's "worst function in the world" (Introductory Lectures on Convex Optimization, 2004, §2.1.2):
//   f(x) = L/4 · (½[x₁² + Σᵢ₌₁ⁿ⁻¹ (xᵢ − xᵢ₊₁)² + xₙ²] − x₁),   x ∈ ℝⁿ,
// a quadratic with A = L/4·tridiag(−1, 2, −1) (eigenvalues in (0, L)) and b = L/4·e₁. From x₀ = 0 every
// gradient ∇f(x) = Ax − b with x in span{e₁ … e_k} lies in span{e₁ … e_{k+1}}: a method whose steps are
// combinations of the gradients it has seen has x_k in span{e₁ … e_k}, and no such method can do better
// than the best point there. All of it in closed form.

#include "quadratic_methods.h"

namespace gradus::core {

struct WorstQuadratic {
    int n = 101;
    double L = 1;

    Quadratic problem() const;
    Eigen::VectorXd minimizer() const; // x*ᵢ = 1 − i/(n + 1)
    double minimum() const;            // f* = −L/8 · n/(n + 1)
    double startDistanceSquared() const; // ‖x₀ − x*‖² = n(2n + 1)/(6(n + 1)) from x₀ = 0
    // The least f(x) − f* over x ∈ span{e₁ … e_k}: f restricted there is the same function in k variables,
    // so it is L/8 · (1/(k + 1) − 1/(n + 1)) (0 once k ≥ n). Conjugate gradients attain it at every k.
    double krylovFloor(int k) const;
    // Nesterov's theorem 2.1.7 for this n at k = (n − 1)/2: f(x_k) − f* ≥ 3L‖x₀ − x*‖²/(32(k + 1)²).
    double textbookBound(int k) const;
};

} // namespace gradus::core
