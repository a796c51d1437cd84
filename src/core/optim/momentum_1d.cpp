#include "momentum_1d.h"

#include "descent.h"

#include <cmath>

namespace gradus::core {

MomentumConstants heavyBallConstants(double mu, double L)
{
    const double rootMu = std::sqrt(mu), rootL = std::sqrt(L);
    return {4 / ((rootL + rootMu) * (rootL + rootMu)), std::pow((rootL - rootMu) / (rootL + rootMu), 2)};
}

MomentumConstants nesterovConstants(double mu, double L)
{
    const double rootKappa = std::sqrt(L / mu);
    return {1 / L, (rootKappa - 1) / (rootKappa + 1)};
}

double LessardFunction::value(double x)
{
    if (x < 1)
        return 12.5 * x * x;
    if (x < 2)
        return 0.5 * x * x + 24 * x - 12;
    return 12.5 * x * x - 24 * x + 36;
}

double LessardFunction::derivative(double x)
{
    if (x < 1)
        return 25 * x;
    if (x < 2)
        return x + 24;
    return 25 * x - 24;
}

std::vector<double> momentumRun(MomentumKind kind, double x0, int steps, const MomentumConstants& c, ComputeControl* control)
{
    std::vector<double> points{x0};
    points.reserve(std::size_t(std::max(steps, 0)) + 1);
    double previous = x0;
    const auto step = [&](int, double x) {
        const double momentum = c.beta * (x - previous);
        const double next = kind == MomentumKind::HeavyBall ? x - c.alpha * LessardFunction::derivative(x) + momentum
                                                            : x + momentum - c.alpha * LessardFunction::derivative(x + momentum);
        previous = x;
        return Proposal<double>::to(next);
    };
    // Far beyond the picture's [−4, 4] the run has diverged (and f, 12.5x², would overflow long before x).
    descend(DescentLoop{.steps = steps, .divergence = {.farthest = kDivergedBeyond}, .control = control}, x0, step,
            [&](int, const Proposal<double>& proposal) { points.push_back(proposal.next); });
    return points;
}

MomentumFate momentumFate(MomentumKind kind, double x0, const MomentumConstants& constants, int steps)
{
    const std::vector<double> run = momentumRun(kind, x0, steps, constants);
    MomentumFate fate;
    const std::size_t n = run.size();
    fate.diverged = n < std::size_t(steps) + 1;
    if (fate.diverged || n < 7)
        return fate;
    if (std::abs(run.back()) <= 1e-9) {
        fate.converged = true;
        return fate;
    }
    for (std::size_t i = n - 3; i < n; ++i)
        if (!(std::abs(run[i] - run[i - 3]) <= 1e-9))
            return fate;
    fate.cycle = std::vector<double>{run[n - 3], run[n - 2], run[n - 1]};
    return fate;
}

} // namespace gradus::core
