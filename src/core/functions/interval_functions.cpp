#include "interval_functions.h"

#include <cmath>

namespace gradus::core {

namespace {
constexpr double kPi = 3.14159265358979323846;
}

const std::vector<std::string>& intervalFunctionNames()
{
    static const std::vector<std::string> names = {"maxwell", "polynomial", "sin"};
    return names;
}

IntervalFunction makeIntervalFunction(const std::string& name)
{
    if (name == "polynomial")
        return {name, [](double x) { return (x - 2) * x * (x + 2) * (x + 2) + 10; },
                [](double x) { return 4 * x * x * x + 6 * x * x - 8 * x - 8; }, 0, 6, (1 + std::sqrt(17.0)) / 4};
    if (name == "sin")
        // d/dx sin(sin(sin(u))) = cos(sin(sin u))·cos(sin u)·cos u·u′, u = √(x/2), u′ = 1/(4u).
        return {name, [](double x) { return std::sin(std::sin(std::sin(std::sqrt(x / 2)))) + 1; },
                [](double x) {
                    const double u = std::sqrt(x / 2);
                    return std::cos(std::sin(std::sin(u))) * std::cos(std::sin(u)) * std::cos(u) / (4 * u);
                },
                0, 6, 0};
    const double c = std::sqrt(2 / kPi) / 8; // a = 2: √(2/π)/a³
    return {"maxwell", [c](double x) { return 1 - c * x * x * std::exp(-x * x / 8); },
            [c](double x) { return -c * (2 * x - x * x * x / 4) * std::exp(-x * x / 8); }, 0, 6, 2 * std::sqrt(2.0)};
}

} // namespace gradus::core
