#pragma once
// Minimizing a function of one variable on an interval [a, b] with function values only, as the course's
// Line_search notebook compares: random bracketing, dichotomy, the golden section and Brent's parabolic
// interpolation. Every iteration is kept (the interval, the points it tried), so that a lesson can draw
// the interval shrinking and count the calls.

#include <cstdint>
#include <functional>
#include <vector>

namespace gradus::core {

enum class IntervalMethod {
    RandomBracket, // two points uniform in [a, b]; keep the side of the better one (2 calls per iteration)
    Dichotomy,     // the midpoint c and the quarter points: keep the half around the best of them
                   // (the interval halves; 1 or 2 calls per iteration)
    GoldenSection, // points at the golden ratio, one of them reused: the interval shrinks by 0.618 per call
    Brent,         // Brent's method (Forsythe, Malcolm & Moler's fmin, as scipy's minimize_scalar(method=
                   // "bounded")): a parabola through the best three points where it is trustworthy, else
                   // a golden-section step
};

struct IntervalIteration {
    double a = 0, b = 0;      // the interval that holds the minimum after this iteration
    double best = 0;          // the method's estimate of the minimizer (the midpoint for bracketing methods)
    double bestValue = 0;     // f there where evaluated, else f at the best point tried
    int evaluations = 0;      // calls of f so far
    std::vector<double> tried; // the points this iteration evaluated
    bool parabolic = false;   // Brent: this step came from the parabola
};

struct IntervalSearchRun {
    std::vector<IntervalIteration> iterations; // iterations[0] is the start: [a, b] and the first calls
    double minimizer = 0;
    double value = 0;
    int evaluations = 0;
    bool converged = false; // met its tolerance within the iteration limit
};

struct IntervalSearchSettings {
    IntervalMethod method = IntervalMethod::GoldenSection;
    // The bracketing methods stop once b − a ≤ tolerance; Brent once its estimate is within about
    // tolerance of the minimizer (scipy's xatol).
    double tolerance = 1e-3;
    int maxIterations = 500;
    std::uint64_t seed = 0; // RandomBracket
};

// Assumes f unimodal on [a, b] (otherwise each method still ends on some local minimum of its own choice).
IntervalSearchRun searchInterval(const std::function<double(double)>& f, double a, double b,
                                 const IntervalSearchSettings& settings);

} // namespace gradus::core
