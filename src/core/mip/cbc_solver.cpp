#include "cbc_solver.h"

#include "core/linalg/dense.h"

#include <CbcEventHandler.hpp>
#include <CbcModel.hpp>
#include <CbcSolver.hpp>
#include <CoinPackedMatrix.hpp>
#include <CoinPackedVector.hpp>
#include <OsiClpSolverInterface.hpp>

#include <chrono>
#include <mutex>
#include <string>

namespace gradus::core::mip {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

void load(OsiClpSolverInterface& solver, const LinearModel& model)
{
    CoinPackedMatrix matrix(false, 0, 0);
    matrix.setDimensions(0, model.variables());
    for (const auto& row : model.rows) {
        CoinPackedVector vector;
        for (const auto& [column, value] : row)
            vector.insert(column, value);
        matrix.appendRow(vector);
    }
    const auto clp = [&](const std::vector<double>& values) {
        std::vector<double> copy = values;
        for (double& v : copy)
            v = std::isinf(v) ? (v > 0 ? solver.getInfinity() : -solver.getInfinity()) : v;
        return copy;
    };
    const std::vector<double> lower = clp(model.lower), upper = clp(model.upper), rowLower = clp(model.rowLower), rowUpper = clp(model.rowUpper);
    solver.messageHandler()->setLogLevel(0);
    solver.loadProblem(matrix, lower.data(), upper.data(), model.objective.data(), rowLower.data(), rowUpper.data());
    for (int j = 0; j < model.variables(); ++j)
        if (model.integer[std::size_t(j)])
            solver.setInteger(j);
    solver.setObjSense(model.maximize ? -1.0 : 1.0);
}

struct SharedState {
    const SolveOptions* options = nullptr;
    Clock::time_point start;
    double lastReport = -1;
    bool stopRequested = false;
    bool maximize = false;
    double bound = NAN, incumbent = NAN; // the best so far, in the model's sense
    std::vector<SolveProgress>* history = nullptr;
};

// Cbc clones its event handler into every model it makes (the preprocessed one included); the
// clones share one state through the pointer.
class ProgressHandler : public CbcEventHandler {
public:
    explicit ProgressHandler(SharedState* state) : state_(state) {}
    ProgressHandler(const ProgressHandler&) = default;
    CbcEventHandler* clone() const override { return new ProgressHandler(*this); }

    CbcAction event(CbcEvent which) override
    {
        if (state_->stopRequested)
            return stop;
        // Heuristics run small searches of their own (sub-models with a parent): their nodes and
        // bounds are not the main search's.
        if (!model_ || model_->parentModel())
            return noAction;
        const double now = secondsSince(state_->start);
        const bool found = which == solution || which == heuristicSolution;
        if (!found && now - state_->lastReport < state_->options->reportInterval)
            return noAction;
        state_->lastReport = now;
        const double bound = model_->getBestPossibleObjValue();
        const double incumbent = model_->bestSolution() ? model_->getObjValue() : NAN;
        // A best bound or incumbent never gets worse; CBC's preprocessing and restarts may briefly
        // report weaker values.
        const auto better = [&](double candidate, double current, bool larger) {
            if (!std::isfinite(candidate) || std::abs(candidate) >= 1e40)
                return current;
            if (std::isnan(current))
                return candidate;
            return larger ? std::max(candidate, current) : std::min(candidate, current);
        };
        state_->bound = better(bound, state_->bound, !state_->maximize);
        state_->incumbent = better(incumbent, state_->incumbent, state_->maximize);
        SolveProgress progress;
        progress.seconds = now;
        progress.nodes = model_->getNodeCount();
        progress.bestBound = state_->bound;
        progress.incumbent = state_->incumbent;
        state_->history->push_back(progress);
        if (state_->options->onProgress && !state_->options->onProgress(progress))
            state_->stopRequested = true;
        return state_->stopRequested ? stop : noAction;
    }

private:
    SharedState* state_;
};

int noCallback(CbcModel*, int) { return 0; }

// CBC's driver keeps some state in statics: one solve at a time per process.
std::mutex& cbcMutex()
{
    static std::mutex mutex;
    return mutex;
}

} // namespace

double SolveProgress::gap() const
{
    if (std::isnan(incumbent) || std::isnan(bestBound))
        return NAN;
    return std::abs(incumbent - bestBound) / std::max(std::abs(incumbent), 1e-9);
}

const char* solveStatusName(SolveStatus status)
{
    switch (status) {
    case SolveStatus::Optimal: return "optimal";
    case SolveStatus::Infeasible: return "infeasible";
    case SolveStatus::Unbounded: return "unbounded";
    case SolveStatus::TimeLimit: return "time_limit";
    case SolveStatus::Stopped: return "stopped";
    }
    return "";
}

LpReport solveLpRelaxation(const LinearModel& model)
{
    linalg::useSingleThreadedBlas(); // CLP's dense factorizations
    OsiClpSolverInterface solver;
    load(solver, model);
    for (int j = 0; j < model.variables(); ++j)
        solver.setContinuous(j);
    const Clock::time_point start = Clock::now();
    solver.initialSolve();
    LpReport report;
    report.seconds = secondsSince(start);
    if (solver.isProvenOptimal()) {
        report.status = SolveStatus::Optimal;
        report.objective = solver.getObjValue();
    } else if (solver.isProvenDualInfeasible()) {
        report.status = SolveStatus::Unbounded;
    } else {
        report.status = SolveStatus::Infeasible;
    }
    return report;
}

SolveReport solveWithCbc(const LinearModel& model, const SolveOptions& options)
{
    SolveReport report;
    const LpReport lp = solveLpRelaxation(model);
    report.lpSeconds = lp.seconds;
    report.lpRelaxation = lp.objective;
    if (options.onRelaxation)
        options.onRelaxation(lp.objective, lp.seconds);
    // An unbounded or infeasible relaxation settles the question without branching.
    if (lp.status != SolveStatus::Optimal) {
        report.status = lp.status;
        report.history.push_back({lp.seconds, 0, NAN, NAN});
        return report;
    }

    std::lock_guard<std::mutex> lock(cbcMutex());
    OsiClpSolverInterface solver;
    load(solver, model);
    CbcModel cbc(solver);
    cbc.messageHandler()->setLogLevel(0);
    SharedState state;
    state.options = &options;
    state.history = &report.history;
    state.maximize = model.maximize;
    ProgressHandler handler(&state);
    cbc.passInEventHandler(&handler);

    CbcSolverUsefulData data;
    data.noPrinting_ = true;
    data.useSignalHandler_ = false;
    const std::string seconds = std::to_string(std::max(0.01, options.timeLimit));
    const char* arguments[] = {"gradus", "-log", "0", "-seconds", seconds.c_str(), "-solve", "-quit"};
    state.start = Clock::now();
    CbcMain0(cbc, data);
    cbc.messageHandler()->setLogLevel(0);
    CbcMain1(int(std::size(arguments)), arguments, cbc, noCallback, data);
    report.seconds = secondsSince(state.start);

    report.nodes = cbc.getNodeCount();
    const bool haveSolution = cbc.bestSolution() != nullptr;
    if (haveSolution) {
        report.objective = cbc.getObjValue();
        report.solution.assign(cbc.bestSolution(), cbc.bestSolution() + model.variables());
    }
    report.bestBound = cbc.getBestPossibleObjValue();
    if (std::abs(report.bestBound) >= 1e40)
        report.bestBound = NAN;
    if (state.stopRequested)
        report.status = SolveStatus::Stopped;
    else if (cbc.isProvenOptimal() && haveSolution)
        report.status = SolveStatus::Optimal;
    else if (cbc.isProvenInfeasible())
        report.status = SolveStatus::Infeasible;
    else if (cbc.isContinuousUnbounded())
        report.status = SolveStatus::Unbounded;
    else
        report.status = SolveStatus::TimeLimit;
    if (report.status == SolveStatus::Optimal)
        report.bestBound = report.objective;
    report.history.push_back({report.seconds, report.nodes, report.bestBound, report.objective});
    return report;
}

} // namespace gradus::core::mip
