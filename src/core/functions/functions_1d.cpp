#include "functions_1d.h"

#include <cmath>

namespace gradus::core {

namespace {

// Newton's step is x − 4x³/(12x²) = 2x/3: only linear convergence at a flat minimum.
class Quartic final : public Function1D {
public:
    std::string name() const override { return "x^4"; }
    double value(double x) const override { return x * x * x * x; }
    double slope(double x) const override { return 4 * x * x * x; }
    double curvature(double x) const override { return 12 * x * x; }
    double minimizer() const override { return 0; }
    double minimumValue() const override { return 0; }
    double defaultStart() const override { return 1.5; }
    double viewHalfWidth() const override { return 2; }
};

// Newton's step is x − x(1 + x²) = −x³: converges from |x₀| < 1, diverges from |x₀| > 1.
class SoftAbs final : public Function1D {
public:
    std::string name() const override { return "sqrt(1+x^2)"; }
    double value(double x) const override { return std::sqrt(1 + x * x); }
    double slope(double x) const override { return x / std::sqrt(1 + x * x); }
    double curvature(double x) const override { return 1 / std::pow(1 + x * x, 1.5); }
    double minimizer() const override { return 0; }
    double minimumValue() const override { return 1; }
    double defaultStart() const override { return 0.9; }
    double viewHalfWidth() const override { return 3; }
};

class Parabola final : public Function1D {
public:
    std::string name() const override { return "x^2"; }
    double value(double x) const override { return x * x; }
    double slope(double x) const override { return 2 * x; }
    double curvature(double) const override { return 2; }
    double minimizer() const override { return 0; }
    double minimumValue() const override { return 0; }
    double defaultStart() const override { return 1.5; }
    double viewHalfWidth() const override { return 2; }
};

// Where sin is concave (f'' < 0) the Newton step heads for the maximum π/2.
class Sine final : public Function1D {
public:
    std::string name() const override { return "sin"; }
    double value(double x) const override { return std::sin(x); }
    double slope(double x) const override { return std::cos(x); }
    double curvature(double x) const override { return -std::sin(x); }
    double minimizer() const override { return -M_PI / 2; }
    double minimumValue() const override { return -1; }
    double defaultStart() const override { return 1.0; }
    double viewHalfWidth() const override { return 4; }
};

} // namespace

const std::vector<std::string>& functions1DNames()
{
    static const std::vector<std::string> names = {"x^4", "sqrt(1+x^2)", "x^2", "sin"};
    return names;
}

std::unique_ptr<Function1D> makeFunction1D(const std::string& name)
{
    if (name == "x^4") return std::make_unique<Quartic>();
    if (name == "sqrt(1+x^2)") return std::make_unique<SoftAbs>();
    if (name == "x^2") return std::make_unique<Parabola>();
    if (name == "sin") return std::make_unique<Sine>();
    return nullptr;
}

Newton1DRun newton1D(const Function1D& f, double start, int iterations, double bound)
{
    Newton1DRun run;
    run.points.push_back(start);
    const DescentLoop loop{.steps = iterations, .divergence = {.farthest = bound}};
    static_cast<DescentOutcome&>(run) = descend(
        loop, start,
        [&](int, double x) {
            const double slope = f.slope(x), curvature = f.curvature(x);
            if (slope == 0)
                return Proposal<double>::stopHere("converged");
            if (curvature == 0)
                return Proposal<double>::stopHere("zero-curvature");
            return Proposal<double>::to(x - slope / curvature);
        },
        [&](int, const Proposal<double>& step) { run.points.push_back(step.next); });
    return run;
}

} // namespace gradus::core
