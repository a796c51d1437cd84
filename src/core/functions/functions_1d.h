#pragma once
// Functions of one variable for the Newton lesson's 1D mode, with the iteration on them.

#include "core/optim/descent.h"

#include <memory>
#include <string>
#include <vector>

namespace gradus::core {

class Function1D {
public:
    virtual ~Function1D() = default;
    virtual std::string name() const = 0;
    virtual double value(double x) const = 0;
    virtual double slope(double x) const = 0;
    virtual double curvature(double x) const = 0;
    virtual double minimizer() const = 0;
    virtual double minimumValue() const = 0;
    virtual double defaultStart() const = 0;
    virtual double viewHalfWidth() const = 0; // the plot shows [−w, w] around 0
};

// "x^4", "sqrt(1+x^2)", "x^2", "sin".
const std::vector<std::string>& functions1DNames();
std::unique_ptr<Function1D> makeFunction1D(const std::string& name);

// Why it stopped: "iterations", "converged", "zero-curvature", "diverged".
struct Newton1DRun : DescentOutcome {
    std::vector<double> points; // x₀, x₁, …
};

// x ← x − f'(x)/f''(x) in the descent loop (core/optim/descent.h). Stops when f'' = 0, when |x|
// exceeds `bound` or is not finite, or when f' is exactly 0.
Newton1DRun newton1D(const Function1D& f, double start, int iterations, double bound = 1e6);

} // namespace gradus::core
