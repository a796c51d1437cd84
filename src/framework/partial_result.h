#pragma once
// Results shown before compute() returns: a long computation (a MIP solve) hands the GUI a snapshot
// of what it has so far, which the figure draws while the work goes on. The final result replaces
// the last snapshot; the CLI, the tests and the benchmarks simply do not listen.

#include "lesson.h"

#include "core/compute_control.h"

namespace gradus {

class PartialResultSink {
public:
    virtual ~PartialResultSink() = default;
    // Called on the computing thread; the sink keeps only the newest snapshot.
    virtual void publishPartial(ResultPtr snapshot) = 0;
};

// A no-op unless the control that drives compute() listens for snapshots.
inline void publishPartial(core::ComputeControl* control, ResultPtr snapshot)
{
    if (auto* sink = dynamic_cast<PartialResultSink*>(control))
        sink->publishPartial(std::move(snapshot));
}

} // namespace gradus
