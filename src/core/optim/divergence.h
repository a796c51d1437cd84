#pragma once
// The one divergence rule of every descent loop in Gradus (the optimizer race, linear regression,
// the stochastic methods, MDS). A step diverged when its iterate or its value is not a finite number,
// when the iterate lies farther from the origin than `farthest`, or when the value grew past `growth`
// times the start's. Each problem chooses its bounds (a test surface: 1000× its view; least squares:
// 1e12; MDS's stress: 10⁸-fold); the rule is the same. The loop stops before a diverged step, so a
// path holds only finite points, and reports the step's number as divergedAtStep.

#include <cmath>
#include <limits>

namespace gradus::core {

struct DivergenceRule {
    double farthest = std::numeric_limits<double>::infinity(); // Euclidean distance from the origin
    double growth = std::numeric_limits<double>::infinity();   // value ÷ start value (for a positive start value)

    // `x` points to `count` coordinates; `value` is f there, `startValue` f at the start.
    bool diverged(const double* x, long count, double value, double startValue) const
    {
        if (!std::isfinite(value) || (std::isfinite(growth) && value > growth * startValue))
            return true;
        return iterateDiverged(x, count);
    }
    // For a loop that learns the value only after the step (the stochastic methods): the iterate alone.
    bool iterateDiverged(const double* x, long count) const
    {
        // Squared, without a square root or a test per coordinate: this runs once per step of loops
        // that take a few nanoseconds a step. A NaN coordinate fails the comparison, an infinite one
        // makes the sum infinite.
        double squared = 0;
        for (long i = 0; i < count; ++i)
            squared += x[i] * x[i];
        return !(squared <= farthest * farthest) || squared == std::numeric_limits<double>::infinity();
    }
};

} // namespace gradus::core
