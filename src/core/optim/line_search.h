#pragma once
// Line searches along a direction: the step length α for φ(α) = f(x + αd), given φ and φ′ (Nocedal &
// Wright, Numerical Optimization, §3.5). They keep every trial, so that a lesson can draw the search.

#include <functional>
#include <utility>
#include <vector>

namespace gradus::core {

// φ(α) and φ′(α) at one trial step.
struct LineSearchTrial {
    double alpha = 0, value = 0, slope = 0;
};

// The strong Wolfe conditions for a step α:
//   sufficient decrease  φ(α) ≤ φ(0) + c₁·α·φ′(0),
//   curvature            |φ′(α)| ≤ c₂·|φ′(0)|,           0 < c₁ < c₂ < 1.
// c₂ = 0.1 is the usual choice for nonlinear CG (0.9 for quasi-Newton); c₂ → 0 asks for the exact minimum.
struct WolfeConditions {
    double c1 = 1e-4, c2 = 0.1;
};

struct LineSearchResult {
    double alpha = 0; // 0: no step found
    bool wolfe = false; // α meets both conditions (else, when α > 0, only sufficient decrease)
    std::vector<LineSearchTrial> trials;
};

// φ(α) → (φ, φ′).
using LineFunction = std::function<std::pair<double, double>(double alpha)>;

// Algorithm 3.5 of Nocedal & Wright: from `initial`, double α until the conditions hold or a bracket of a
// Wolfe step is found, then zoom into the bracket (Algorithm 3.6) with the minimizer of the cubic through
// both ends' values and slopes, bisecting where that falls outside. On a quadratic the cubic is exact, so a
// zoom lands on the minimum along d. A non-finite φ counts as too far. Needs φ′(0) < 0. After
// `maxEvaluations` trials it returns the best step with sufficient decrease, if any.
LineSearchResult strongWolfeSearch(const LineFunction& phi, double phi0, double slope0, double initial,
                                   const WolfeConditions& conditions = {}, int maxEvaluations = 40);

// Backtracking (Armijo): α = α₀, ρα₀, ρ²α₀, … until φ(α) ≤ φ(0) + c₁·α·φ′(0) (only φ is needed; the trials
// keep φ′ as NaN). `wolfe` is false: the curvature condition is not asked for. Needs φ′(0) < 0 and 0 < ρ < 1.
LineSearchResult backtrackingSearch(const std::function<double(double)>& phi, double phi0, double slope0, double initial,
                                    double shrink = 0.5, double c1 = 1e-4, int maxEvaluations = 60);

// The minimum along the line ("exact" line search, as steepest descent asks), to `relativeTolerance` of
// the step: from `initial`, halve α until φ(α) < φ(0), then double it while φ keeps falling. That brackets
// a minimum in [α/2, 2α] (or [0, 2α]), with φ(α) below both ends, where Brent's parabolas (scipy's bounded
// method) find it. Every call of φ is a trial (φ′ NaN); `wolfe` is false. α = 0 when no α down to
// 2⁻⁶⁰·initial goes below φ(0); a run of doublings that never turns up (φ unbounded below along the line)
// stops after `maxDoublings` and takes the last α.
LineSearchResult exactLineSearch(const std::function<double(double)>& phi, double phi0, double initial,
                                 double relativeTolerance = 1e-8, int maxDoublings = 60);

} // namespace gradus::core
