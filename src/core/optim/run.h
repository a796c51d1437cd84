#pragma once
// The one loop that drives every method: records the path, values, gradient norms and the anatomy
// of each step, applies a learning-rate schedule, and stops a path that diverges.

#include "methods.h"

#include <string>
#include <vector>

namespace gradus::core {

class ComputeControl;

enum class Schedule {
    Constant,
    StepDecay, // halve the rate after each quarter of the run
    Cosine,    // lr·½(1 + cos(π(t − 1)/T))
    Warmup,    // linear warm-up over the first 10 % of the steps, then constant
};

// Learning rate of iteration t (1-based) of `total`.
double scheduledRate(Schedule schedule, double baseRate, int t, int total);

struct RunSettings {
    int iterations = 100;
    Schedule schedule = Schedule::Constant;
    // An iterate farther than this from the origin counts as diverged (as does NaN or Inf).
    double divergenceBound = 1e6;
    bool recordAnatomy = true;
};

struct Trajectory {
    std::vector<Vec2> points;        // the start, then one point per completed step
    std::vector<double> values;      // f at every point
    std::vector<double> gradientNorms;
    std::vector<double> rates;       // learning rate used by each step (one fewer than points)
    std::vector<StepAnatomy> anatomy; // one per step, when recorded
    bool diverged = false;
    int divergedAtStep = -1;
    // "iterations", "converged", "diverged", "singular-hessian", "line-search-failed".
    std::string stopReason = "iterations";
};

Trajectory runMethod(const Objective2D& f, Method& method, const Vec2& start, double learningRate,
                     const RunSettings& settings, ComputeControl* control = nullptr);

} // namespace gradus::core
