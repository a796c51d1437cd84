#pragma once
// Functions of one variable for searches on an interval (the course's Line_search notebook), with their
// slopes for the inexact searches, their interval and, where known in closed form, their minimizer there.

#include <functional>
#include <string>
#include <vector>

namespace gradus::core {

struct IntervalFunction {
    std::string name;
    std::function<double(double)> value, slope;
    double a = 0, b = 6;      // the notebook's interval
    double minimizer = 0;     // on [a, b]
};

// "maxwell": the inverse Maxwell density 1 − √(2/π)x²e^(−x²/8)/8 (its minimum 1 − √(2/π)/e at 2√2);
// "polynomial": (x − 2)x(x + 2)² + 10 (minimum at (1 + √17)/4); "sin": sin(sin(sin(√(x/2)))) + 1
// (increasing: the minimum is the end 0).
const std::vector<std::string>& intervalFunctionNames();
IntervalFunction makeIntervalFunction(const std::string& name); // unknown names: maxwell

} // namespace gradus::core
