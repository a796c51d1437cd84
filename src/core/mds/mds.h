#pragma once
// Multidimensional scaling: points in the plane whose distances match a table (the map of Europe
// from the distances between its cities). The seed's objective f(X) = Σᵢ Σⱼ≠ᵢ (Dᵢⱼ − ‖xᵢ − xⱼ‖)²
// over all ordered pairs, minimized by gradient descent or by Nelder–Mead; classical MDS and
// SMACOF as references; orthogonal Procrustes to lay a solution over the true map.

#include "core/optim/descent.h"

#include <Eigen/Core>

#include <cstdint>
#include <string>
#include <vector>

namespace gradus::core::mds {

constexpr double kEarthRadiusKm = 6371.0088; // the mean Earth radius (IUGG)

double haversineKm(double lat1, double lon1, double lat2, double lon2);

// X as one vector, as scipy sees it: (x₀, y₀, x₁, y₁, …).
using Layout = Eigen::VectorXd;

double stress(const Eigen::MatrixXd& d, const Layout& x);
Layout stressGradient(const Eigen::MatrixXd& d, const Layout& x);

// Operation counts the seed plots the loss against: a gradient step ≈ 13n², a function value ≈ 8n².
inline double gradientStepFlops(int n) { return 13.0 * n * n; }
inline double functionFlops(int n) { return 8.0 * n * n; }

// Why it stopped: "iterations", "converged", "diverged" (gradient descent), Nelder–Mead's own words.
struct MdsRun : DescentOutcome {
    std::string method;
    std::vector<Layout> iterates;  // one per iteration, the start first
    std::vector<double> history;   // f per iterate
    std::vector<double> flops;     // operations spent up to each iterate
    long evaluations = 0;          // function evaluations (gradient descent: gradients)
    double seconds = 0;
};

// Gradient descent counts as diverged when f exceeds this multiple of its start (or is not finite):
// a descent method that multiplies its objective by 10⁸ is not coming back.
constexpr double kDivergenceFactor = 1e8;

// Fixed step `lr`, or Armijo backtracking from it (halving until f drops by 1e-4·lr‖∇f‖²); stops when
// ‖∇f‖ ≤ tolerance·‖∇f(x₀)‖ or after maxIterations.
MdsRun gradientDescent(const Eigen::MatrixXd& d, const Layout& start, double lr, int maxIterations, bool backtracking,
                       double tolerance = 1e-8);
// scipy's Nelder–Mead with its defaults (200·2n iterations and evaluations unless given).
MdsRun nelderMead(const Eigen::MatrixXd& d, const Layout& start, int maxIterations = 0);
// SMACOF (de Leeuw): the Guttman transform X ← (1/n)·B(X)·X, which never increases the stress.
MdsRun smacof(const Eigen::MatrixXd& d, const Layout& start, int maxIterations, double tolerance = 1e-12);
// Torgerson's classical MDS: the top two eigenvectors of −½·J·D²·J scaled by √λ.
Layout classicalMds(const Eigen::MatrixXd& d);

// The rotation or reflection and translation (no scaling) that best lays `x` over `target`
// (orthogonal Procrustes by SVD); returns the moved copy of x.
Layout alignTo(const Layout& x, const Layout& target);

// Uniform points in the unit square, numpy's np.random.seed(seed); np.random.rand(n, 2).
Layout randomStart(int n, std::uint32_t seed);

} // namespace gradus::core::mds
