#include "run.h"

namespace gradus::core {

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
    const DescentLoop loop{.steps = settings.iterations,
                           .divergence = {.farthest = settings.divergenceBound},
                           .startValue = run.values.front(),
                           .control = control};
    // What the step learns besides the point, for the record of that step.
    double rate = 0;
    Vec2 gradient{0, 0};
    StepAnatomy anatomy;
    std::string methodStop; // outlives the proposal that points to it
    const DescentOutcome outcome = descend(
        loop, start,
        [&](int t, const Vec2& x) {
            rate = settings.schedule.rate(learningRate, t, settings.iterations);
            anatomy = StepAnatomy{};
            methodStop.clear();
            const Vec2 next = method.step(f, x, t, rate, anatomy, methodStop);
            if (!methodStop.empty() && next == x)
                return Proposal<Vec2>::stopHere(methodStop.c_str());
            Proposal<Vec2> proposal = Proposal<Vec2>::to(next, f.value(next));
            gradient = f.gradient(next);
            if (!methodStop.empty())
                proposal.thenStop(methodStop.c_str());
            else if (gradient[0] == 0 && gradient[1] == 0 && stopsAtZeroGradient)
                proposal.thenStop("converged");
            return proposal;
        },
        [&](int, const Proposal<Vec2>& step) {
            run.points.push_back(step.next);
            run.values.push_back(step.value);
            run.gradientNorms.push_back(norm(gradient));
            run.rates.push_back(rate);
            if (settings.recordAnatomy)
                run.anatomy.push_back(anatomy);
        });
    static_cast<DescentOutcome&>(run) = outcome;
    return run;
}

} // namespace gradus::core
