#include "run.h"

#include "core/compute_control.h"
#include "divergence.h"

#include <cmath>

namespace gradus::core {

double scheduledRate(Schedule schedule, double baseRate, int t, int total)
{
    total = std::max(total, 1);
    switch (schedule) {
    case Schedule::Constant:
        return baseRate;
    case Schedule::StepDecay: {
        const int quarter = std::max(1, total / 4);
        return baseRate * std::pow(0.5, (t - 1) / quarter);
    }
    case Schedule::Cosine:
        return baseRate * 0.5 * (1 + std::cos(M_PI * (t - 1) / total));
    case Schedule::Warmup: {
        const double warm = std::max(1.0, 0.1 * total);
        return baseRate * std::min(1.0, t / warm);
    }
    }
    return baseRate;
}

Trajectory runMethod(const Objective2D& f, Method& method, const Vec2& start, double learningRate,
                     const RunSettings& settings, ComputeControl* control)
{
    Trajectory run;
    const std::size_t capacity = std::size_t(std::max(settings.iterations, 0)) + 1;
    run.points.reserve(capacity);
    run.values.reserve(capacity);
    run.gradientNorms.reserve(capacity);
    run.points.push_back(start);
    run.values.push_back(f.value(start));
    run.gradientNorms.push_back(norm(f.gradient(start)));
    method.reset(f, start);

    // A derivative-free method never looks at ∇f: its zero is no reason for it to stop.
    const MethodInfo* info = findMethod(method.name());
    const bool stopsAtZeroGradient = !(info && info->derivativeFree);
    const DivergenceRule divergence{.farthest = settings.divergenceBound};
    Vec2 x = start;
    for (int t = 1; t <= settings.iterations; ++t) {
        if ((t & 255) == 0)
            checkpoint(control, double(t) / settings.iterations);
        const double rate = scheduledRate(settings.schedule, learningRate, t, settings.iterations);
        StepAnatomy anatomy;
        std::string stop;
        const Vec2 next = method.step(f, x, t, rate, anatomy, stop);
        if (!stop.empty() && next == x) {
            run.stopReason = stop;
            break;
        }
        const double value = f.value(next);
        const Vec2 gradient = f.gradient(next);
        if (divergence.diverged(next.data(), 2, value, run.values.front())) {
            run.diverged = true;
            run.divergedAtStep = t;
            run.stopReason = "diverged";
            break;
        }
        x = next;
        run.points.push_back(x);
        run.values.push_back(value);
        run.gradientNorms.push_back(norm(gradient));
        run.rates.push_back(rate);
        if (settings.recordAnatomy)
            run.anatomy.push_back(anatomy);
        if (!stop.empty()) {
            run.stopReason = stop;
            break;
        }
        if (gradient[0] == 0 && gradient[1] == 0 && stopsAtZeroGradient) {
            run.stopReason = "converged";
            break;
        }
    }
    checkpoint(control, 1.0);
    return run;
}

} // namespace gradus::core
