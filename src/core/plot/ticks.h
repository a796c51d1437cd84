#pragma once
// Axis tick positions a person would choose: multiples of 1, 2 or 5 times a power of ten.

#include <vector>

namespace gradus::core {

// About `target` ticks inside [lo, hi] (lo < hi); all returned values lie in the interval.
std::vector<double> niceTicks(double lo, double hi, int target = 6);
// The step niceTicks uses; handy for choosing label precision.
double niceStep(double lo, double hi, int target = 6);
// Powers of ten inside [lo, hi] for a logarithmic axis (lo > 0); when the interval holds fewer
// than two powers, the 2× and 5× multiples are added.
std::vector<double> logTicks(double lo, double hi);

} // namespace gradus::core
