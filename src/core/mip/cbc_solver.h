#pragma once
// Solving a LinearModel with COIN-OR CBC (its standard cuts and heuristics, as the cbc program
// runs them), with a time limit, a stop request, and progress reports — nodes, best bound,
// incumbent — at most every `reportInterval` seconds while it runs.

#include "mip_model.h"

#include <cmath>
#include <functional>
#include <vector>

namespace gradus::core::mip {

struct SolveProgress {
    double seconds = 0;
    long nodes = 0;
    double bestBound = NAN; // in the model's own sense (a bound from above for a maximization)
    double incumbent = NAN; // NaN until an integer solution is known
    // |incumbent − bound| / max(|incumbent|, 1e-9); NaN without an incumbent.
    double gap() const;
};

enum class SolveStatus { Optimal, Infeasible, Unbounded, TimeLimit, Stopped };
const char* solveStatusName(SolveStatus status); // "optimal", "infeasible", "unbounded", "time_limit", "stopped"

struct SolveReport {
    SolveStatus status = SolveStatus::Stopped;
    double objective = NAN;     // the best integer solution's value (NaN when none)
    double bestBound = NAN;
    double lpRelaxation = NAN;  // the LP relaxation's optimum (NaN when infeasible or unbounded)
    double lpSeconds = 0;       // time to solve the LP relaxation alone
    double seconds = 0;         // time of the MIP solve
    long nodes = 0;
    std::vector<double> solution;
    std::vector<SolveProgress> history; // the progress reports, and the final state last
};

struct SolveOptions {
    double timeLimit = 60;        // seconds
    double reportInterval = 0.1;  // seconds between progress reports
    // Called from the solving thread; returning false stops the solve (status Stopped).
    std::function<bool(const SolveProgress&)> onProgress;
    // Called once the LP relaxation is solved, before branching starts.
    std::function<void(double objective, double seconds)> onRelaxation;
};

SolveReport solveWithCbc(const LinearModel& model, const SolveOptions& options);

// The LP relaxation alone (Clp's dual simplex): its value and the seconds it took.
struct LpReport {
    SolveStatus status = SolveStatus::Optimal; // Optimal, Infeasible or Unbounded
    double objective = NAN;
    double seconds = 0;
};
LpReport solveLpRelaxation(const LinearModel& model);

} // namespace gradus::core::mip
