#pragma once
// Solving a LinearModel with COIN-OR CBC, run as Debian's stand-alone `cbc` program (package coinor-cbc):
// CBC is under the EPL, which may not be linked into a GPL program such as Gradus. The model goes to cbc as
// an MPS file in a private temporary folder; its log, read line by line as it comes, gives the progress
// (incumbent, best bound, nodes); Stop is SIGINT, on which cbc ends its search and still writes the best
// solution it has; the solution file gives the values.

#include "mip_model.h"

#include <cmath>
#include <functional>
#include <stdexcept>
#include <string>
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
    // Seconds between progress reports while nothing new arrives (each new incumbent, bound or node count
    // from cbc's log is reported at once; cbc logs the node count every 1,000 nodes).
    double reportInterval = 0.1;
    // Called from the solving thread; returning false stops the solve (status Stopped).
    std::function<bool(const SolveProgress&)> onProgress;
    // Called once the LP relaxation is solved, before branching starts.
    std::function<void(double objective, double seconds)> onRelaxation;
};

// The cbc program is not installed (or GRADUS_CBC names one that does not exist); what() says what to install.
class SolverMissing : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The cbc program: $GRADUS_CBC when set (tests point it elsewhere), otherwise `cbc` on PATH; empty when missing.
std::string cbcProgram();
// "2.10.8", as the program says; empty when it is missing.
std::string cbcProgramVersion();

// Throws SolverMissing without the program, std::runtime_error when cbc fails (with the end of its log).
SolveReport solveWithCbc(const LinearModel& model, const SolveOptions& options);

} // namespace gradus::core::mip
