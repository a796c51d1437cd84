#include "ticks.h"

#include <algorithm>
#include <cmath>

namespace gradus::core {

double niceStep(double lo, double hi, int target)
{
    const double span = std::abs(hi - lo);
    if (!(span > 0) || !std::isfinite(span))
        return 1.0;
    // Heckbert's rounding of span/target to 1, 2, 5 or 10 times a power of ten.
    const double raw = span / std::max(1, target);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    double nice = 10.0;
    if (fraction < 1.5)
        nice = 1.0;
    else if (fraction < 3.0)
        nice = 2.0;
    else if (fraction < 7.0)
        nice = 5.0;
    return nice * magnitude;
}

std::vector<double> niceTicks(double lo, double hi, int target)
{
    std::vector<double> ticks;
    if (!std::isfinite(lo) || !std::isfinite(hi))
        return ticks;
    if (lo > hi)
        std::swap(lo, hi);
    const double step = niceStep(lo, hi, target);
    const double firstIndex = std::ceil(lo / step - 1e-9);
    for (int i = 0; i < 1000; ++i) {
        double t = (firstIndex + i) * step; // multiply, not accumulate: no drift in the labels
        if (t > hi + step * 1e-9)
            break;
        if (std::abs(t) < step * 1e-9)
            t = 0.0; // avoid "-0" and 1e-17 labels
        ticks.push_back(t);
    }
    return ticks;
}

std::vector<double> logTicks(double lo, double hi)
{
    std::vector<double> ticks;
    if (!(lo > 0) || !(hi > lo) || !std::isfinite(hi))
        return ticks;
    const int firstExp = int(std::ceil(std::log10(lo) - 1e-9));
    const int lastExp = int(std::floor(std::log10(hi) + 1e-9));
    int stride = std::max(1, (lastExp - firstExp + 1) / 8);
    for (int e = firstExp; e <= lastExp; e += stride)
        ticks.push_back(std::pow(10.0, e));
    if (ticks.size() < 2) {
        ticks.clear();
        for (int e = firstExp - 1; e <= lastExp; ++e)
            for (double m : {1.0, 2.0, 5.0}) {
                const double t = m * std::pow(10.0, e);
                if (t >= lo * (1 - 1e-9) && t <= hi * (1 + 1e-9))
                    ticks.push_back(t);
            }
    }
    return ticks;
}

} // namespace gradus::core
