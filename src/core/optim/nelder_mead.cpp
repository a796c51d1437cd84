#include "nelder_mead.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace gradus::core {

namespace {

constexpr double kReflection = 1, kExpansion = 2, kContraction = 0.5, kShrink = 0.5;

// a·x + b·y, coordinate by coordinate.
NelderMeadSimplex::Point combine(double a, const NelderMeadSimplex::Point& x, double b, const NelderMeadSimplex::Point& y)
{
    NelderMeadSimplex::Point out(x.size());
    for (std::size_t k = 0; k < x.size(); ++k)
        out[k] = a * x[k] + b * y[k];
    return out;
}

} // namespace

NelderMeadSimplex::NelderMeadSimplex(Function f, const Point& start, long maxEvaluations)
    : f_(std::move(f)), maxEvaluations_(maxEvaluations)
{
    if (start.empty())
        throw std::invalid_argument("Nelder–Mead needs at least one variable");
    const std::size_t n = start.size();
    vertices_.assign(n + 1, start);
    for (std::size_t k = 0; k < n; ++k)
        vertices_[k + 1][k] = start[k] != 0 ? (1 + 0.05) * start[k] : 0.00025;
    values_.assign(n + 1, INFINITY);
    try {
        for (std::size_t k = 0; k <= n; ++k)
            values_[k] = evaluate(vertices_[k]);
    } catch (const BudgetSpent&) {
    }
    sortVertices();
}

double NelderMeadSimplex::evaluate(const Point& x)
{
    if (evaluations_ >= maxEvaluations_)
        throw BudgetSpent{};
    ++evaluations_;
    return f_(x);
}

void NelderMeadSimplex::sortVertices()
{
    std::vector<std::size_t> order(values_.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) { return values_[a] < values_[b]; });
    std::vector<Point> vertices(vertices_.size());
    std::vector<double> values(values_.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        vertices[k] = std::move(vertices_[order[k]]);
        values[k] = values_[order[k]];
    }
    vertices_ = std::move(vertices);
    values_ = std::move(values);
}

bool NelderMeadSimplex::converged(double xatol, double fatol) const
{
    double spread = 0, valueSpread = 0;
    for (std::size_t k = 1; k < vertices_.size(); ++k) {
        for (std::size_t j = 0; j < vertices_[k].size(); ++j)
            spread = std::max(spread, std::abs(vertices_[k][j] - vertices_[0][j]));
        valueSpread = std::max(valueSpread, std::abs(values_[0] - values_[k]));
    }
    return spread <= xatol && valueSpread <= fatol;
}

bool NelderMeadSimplex::iterate()
{
    bool completed = true;
    const std::size_t n = vertices_.size() - 1;
    try {
        Point centroid(n, 0.0);
        for (std::size_t k = 0; k < n; ++k)
            for (std::size_t j = 0; j < n; ++j)
                centroid[j] += vertices_[k][j];
        for (double& c : centroid)
            c /= double(n);
        const Point worst = vertices_[n];
        const Point reflected = combine(1 + kReflection, centroid, -kReflection, worst);
        const double fr = evaluate(reflected);
        auto replaceWorst = [this, n](const Point& x, double value) {
            vertices_[n] = x;
            values_[n] = value;
        };
        bool shrink = false;
        if (fr < values_[0]) {
            const Point expanded = combine(1 + kReflection * kExpansion, centroid, -kReflection * kExpansion, worst);
            const double fe = evaluate(expanded);
            fe < fr ? replaceWorst(expanded, fe) : replaceWorst(reflected, fr);
        } else if (fr < values_[n - 1]) {
            replaceWorst(reflected, fr);
        } else if (fr < values_[n]) {
            const Point outside = combine(1 + kContraction * kReflection, centroid, -kContraction * kReflection, worst);
            const double fc = evaluate(outside);
            if (fc <= fr)
                replaceWorst(outside, fc);
            else
                shrink = true;
        } else {
            const Point inside = combine(1 - kContraction, centroid, kContraction, worst);
            const double fcc = evaluate(inside);
            if (fcc < values_[n])
                replaceWorst(inside, fcc);
            else
                shrink = true;
        }
        if (shrink)
            for (std::size_t k = 1; k <= n; ++k) {
                vertices_[k] = combine(1 - kShrink, vertices_[0], kShrink, vertices_[k]);
                values_[k] = evaluate(vertices_[k]);
            }
    } catch (const BudgetSpent&) {
        completed = false; // scipy stops where the budget ran out, keeping what changed so far
    }
    sortVertices();
    return completed;
}

NelderMeadResult minimizeNelderMead(const NelderMeadSimplex::Function& f, const NelderMeadSimplex::Point& start,
                                    int maxIterations, long maxEvaluations,
                                    const std::function<void(const NelderMeadSimplex&)>& afterIteration)
{
    NelderMeadSimplex simplex(f, start, maxEvaluations);
    NelderMeadResult result;
    int iterations = 1;
    while (!simplex.budgetSpent() && iterations < maxIterations) {
        if (simplex.converged()) {
            result.converged = true;
            break;
        }
        if (simplex.iterate())
            ++iterations;
        if (afterIteration)
            afterIteration(simplex);
    }
    result.x = simplex.best();
    result.value = simplex.bestValue();
    result.iterations = iterations; // scipy's nit counts from 1
    result.evaluations = simplex.evaluations();
    return result;
}

} // namespace gradus::core
