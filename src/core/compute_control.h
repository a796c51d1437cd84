#pragma once
// Progress reporting and cancellation for long computations, without any Qt dependency.
// The GUI, the CLI, the tests and the benchmarks all drive core algorithms through this one interface.

#include <stdexcept>

namespace gradus::core {

class ComputeControl {
public:
    virtual ~ComputeControl() = default;
    virtual bool cancelRequested() const = 0;
    // fraction in [0, 1]; called from the computing thread.
    virtual void reportProgress(double fraction) = 0;
};

// Thrown from a checkpoint once cancellation was requested; the caller discards the partial result.
class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("computation cancelled") {}
};

// Reports progress and throws Cancelled if the user asked to stop. control may be null.
inline void checkpoint(ComputeControl* control, double fraction)
{
    if (!control)
        return;
    if (control->cancelRequested())
        throw Cancelled();
    control->reportProgress(fraction);
}

// Reports a part of a longer computation: fractions 0…1 of the part become from…to of the whole.
class ComputeStage : public ComputeControl {
public:
    ComputeStage(ComputeControl* whole, double from, double to) : whole_(whole), from_(from), to_(to) {}
    bool cancelRequested() const override { return whole_ && whole_->cancelRequested(); }
    void reportProgress(double fraction) override
    {
        if (whole_)
            whole_->reportProgress(from_ + (to_ - from_) * fraction);
    }
    // Null when there is no whole to report to, so that callers can pass it straight on.
    ComputeControl* get() { return whole_ ? this : nullptr; }

private:
    ComputeControl* whole_;
    double from_, to_;
};

} // namespace gradus::core
