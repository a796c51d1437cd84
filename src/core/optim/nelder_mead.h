#pragma once
// Nelder–Mead in any dimension, exactly as scipy.optimize.minimize(method="Nelder-Mead") with its
// default, non-adaptive options (scipy 1.10): the initial simplex x₀ and x₀ with one coordinate
// scaled by 1.05 (0.00025 for a zero one); reflection 1, expansion 2, contraction 0.5, shrink 0.5;
// vertices sorted by value after every iteration; the function budget enforced as scipy does (an
// evaluation past it aborts the iteration where it stands). From the same start it visits the same
// points as scipy.

#include <functional>
#include <vector>

namespace gradus::core {

class NelderMeadSimplex {
public:
    using Point = std::vector<double>;
    using Function = std::function<double(const Point&)>;

    NelderMeadSimplex(Function f, const Point& start, long maxEvaluations);

    // One iteration: reflect, expand, contract or shrink; then the vertices are sorted by value.
    // False when the budget ran out part of the way (what changed so far is kept, as in scipy).
    bool iterate();
    // scipy's test: every vertex within xatol of the best in every coordinate and every value
    // within fatol of the best.
    bool converged(double xatol = 1e-4, double fatol = 1e-4) const;
    bool budgetSpent() const { return evaluations_ >= maxEvaluations_; }

    const Point& best() const { return vertices_.front(); }
    double bestValue() const { return values_.front(); }
    long evaluations() const { return evaluations_; }
    const std::vector<Point>& vertices() const { return vertices_; }

private:
    struct BudgetSpent {};
    double evaluate(const Point& x); // throws BudgetSpent once the budget is used up
    void sortVertices();

    Function f_;
    long maxEvaluations_;
    long evaluations_ = 0;
    std::vector<Point> vertices_;
    std::vector<double> values_;
};

struct NelderMeadResult {
    NelderMeadSimplex::Point x;
    double value = 0;
    int iterations = 0; // scipy's nit
    long evaluations = 0;
    bool converged = false;
};

// scipy's loop: while evaluations < maxEvaluations and iterations < maxIterations, stop when
// converged, else iterate. `afterIteration` sees the simplex after every iteration (scipy's callback).
NelderMeadResult minimizeNelderMead(const NelderMeadSimplex::Function& f, const NelderMeadSimplex::Point& start,
                                    int maxIterations, long maxEvaluations,
                                    const std::function<void(const NelderMeadSimplex&)>& afterIteration = {});

} // namespace gradus::core
