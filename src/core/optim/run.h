#pragma once
// Runs a method of methods.h on a test surface: the descent loop (descent.h) with a learning-rate
// schedule, recording the path, values, gradient norms and the anatomy of each step.

#include "descent.h"
#include "methods.h"
#include "schedule.h"

#include <string>
#include <vector>

namespace gradus::core {

class ComputeControl;

struct RunSettings {
    int iterations = 100;
    Schedule schedule{}; // constant
    // An iterate farther than this from the origin counts as diverged (as does NaN or Inf).
    double divergenceBound = 1e6;
    bool recordAnatomy = true;
};

// A method's run; why it stopped: "iterations", "converged", "diverged", "singular-hessian",
// "line-search-failed".
struct Trajectory : DescentOutcome {
    std::vector<Vec2> points;        // the start, then one point per completed step
    std::vector<double> values;      // f at every point
    std::vector<double> gradientNorms;
    std::vector<double> rates;       // learning rate used by each step (one fewer than points)
    std::vector<StepAnatomy> anatomy; // one per step, when recorded
};

Trajectory runMethod(const Objective2D& f, Method& method, const Vec2& start, double learningRate,
                     const RunSettings& settings, ComputeControl* control = nullptr);

} // namespace gradus::core
