#pragma once
// The one descent loop of Gradus. Every method that walks a point step by step (the optimizer race,
// linear regression's gradient descent, the stochastic methods, MDS's gradient descent, Newton in 1D)
// is this loop with its own step and its own record:
//  - the loop owns what they share: counting steps, the checkpoints that report progress and take a
//    cancel, the divergence rule, and why the run stopped;
//  - the step proposes the next point (and its value, when it computed one) or says it cannot go on;
//  - the record keeps what its lesson needs of an accepted step, and nothing more: the loops run
//    millions of nanosecond steps, so the loop stores nothing itself.
// Step and record are template parameters, not virtual calls or std::function, so that each use
// compiles to the loop it replaced.

#include "core/compute_control.h"
#include "divergence.h"

#include <limits>
#include <span>
#include <string>
#include <utility>

namespace gradus::core {

// Why a run stopped, and where it diverged. "iterations" (it ran all its steps), "converged",
// "diverged", or what a step said ("singular-hessian", "line-search-failed", "zero-curvature").
struct DescentOutcome {
    bool diverged = false;
    int divergedAtStep = -1; // the step whose point broke the divergence rule (not kept), or −1
    std::string stopReason = "iterations";
};

// What one step proposes.
template <class Point>
struct Proposal {
    Point next{};
    // f(next) when the step computed it; then the rule also tests the value (finite, not grown past
    // its bound). NaN: the step did not evaluate f, and the rule tests the point alone.
    double value = std::numeric_limits<double>::quiet_NaN();
    bool valued = false;
    // Set: the run stops with this reason; after recording `next` when `moved`, else at once.
    const char* stop = nullptr;
    bool moved = true;

    static Proposal to(Point point) { return {std::move(point)}; }
    static Proposal to(Point point, double valueThere) { return {std::move(point), valueThere, true}; }
    // The step cannot or need not go on from here; nothing is recorded.
    static Proposal stopHere(const char* reason) { return {Point{}, std::numeric_limits<double>::quiet_NaN(), false, reason, false}; }
    // Keep `next`, then stop (a method that reached its own end, a zero gradient).
    Proposal& thenStop(const char* reason) { stop = reason; return *this; }
};

// A point's coordinates, for the divergence rule: a Vec2, an Eigen vector, one number.
template <class Point>
std::span<const double> coordinatesOf(const Point& point) { return {std::data(point), std::size_t(std::size(point))}; }
inline std::span<const double> coordinatesOf(const double& x) { return {&x, 1}; }

struct DescentLoop {
    int steps = 100;
    DivergenceRule divergence{}; // by default only a non-finite point or value
    double startValue = 0;   // f at the start, for the rule's growth bound
    int checkpointEvery = 256; // steps between progress reports (a power of two)
    ComputeControl* control = nullptr;
};

// Runs up to loop.steps steps from `start`: proposal = step(t, x) for t = 1, 2, …; a proposal that
// breaks the divergence rule ends the run unrecorded, any other is recorded by record(t, proposal)
// and becomes x. Throws ComputeCancelled from a checkpoint when the user cancels.
template <class Point, class Step, class Record>
DescentOutcome descend(const DescentLoop& loop, Point start, Step&& step, Record&& record)
{
    // Local copies: the record's calls (a vector growing) could, for all the compiler knows, change
    // `loop`, which would reload it every step.
    const int steps = loop.steps, mask = loop.checkpointEvery - 1;
    const DivergenceRule divergence = loop.divergence;
    const double startValue = loop.startValue;
    DescentOutcome outcome;
    Point x = std::move(start);
    for (int t = 1; t <= steps; ++t) {
        if ((t & mask) == 0)
            checkpoint(loop.control, double(t) / steps);
        Proposal<Point> proposal = step(t, std::as_const(x));
        if (!proposal.moved) {
            outcome.stopReason = proposal.stop;
            break;
        }
        const std::span<const double> at = coordinatesOf(proposal.next);
        const bool diverged = proposal.valued ? divergence.diverged(at.data(), long(at.size()), proposal.value, startValue)
                                              : divergence.iterateDiverged(at.data(), long(at.size()));
        if (diverged) {
            outcome.diverged = true;
            outcome.divergedAtStep = t;
            outcome.stopReason = "diverged";
            break;
        }
        record(t, std::as_const(proposal));
        x = std::move(proposal.next);
        if (proposal.stop) {
            outcome.stopReason = proposal.stop;
            break;
        }
    }
    checkpoint(loop.control, 1.0);
    return outcome;
}

} // namespace gradus::core
