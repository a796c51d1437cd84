#include "cbc_solver.h"

#include "child_process.h"
#include "model_formats.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include <sys/wait.h>
#include <unistd.h>

namespace gradus::core::mip {

namespace {

using Clock = std::chrono::steady_clock;

double secondsBetween(Clock::time_point from, Clock::time_point to) { return std::chrono::duration<double>(to - from).count(); }

constexpr const char* kInstall = "the mixed-integer solver CBC is not installed: install Debian's coinor-cbc (sudo apt install coinor-cbc)";

// A private folder for the model and the solution, removed with everything in it.
class PrivateFolder {
public:
    PrivateFolder()
    {
        const char* tmp = std::getenv("TMPDIR");
        std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/gradus-cbc-XXXXXX";
        if (!::mkdtemp(pattern.data())) // mode 0700: no other user sees the model
            throw std::runtime_error("cannot make a temporary folder for the solver in " + pattern.substr(0, pattern.rfind('/')));
        path_ = pattern;
    }
    ~PrivateFolder()
    {
        for (const char* name : {"model.mps", "model.mps.part", "solution.txt"})
            ::unlink(file(name).c_str());
        ::rmdir(path_.c_str());
    }
    std::string file(const char* name) const { return path_ + "/" + name; }

private:
    std::string path_;
};

// Written under another name and renamed, so that cbc never reads half a model.
void writeAtomically(const std::string& path, const std::string& text)
{
    const std::string part = path + ".part";
    {
        std::ofstream out(part, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out)
            throw std::runtime_error("cannot write the model for the solver to " + part + " (is the disk full?)");
    }
    if (std::rename(part.c_str(), path.c_str()) != 0)
        throw std::runtime_error("cannot write the model for the solver to " + path);
}

// The number after `key` in `line` ("Integer solution of 15338 found …" with key "solution of "); NaN when absent.
double numberAfter(const std::string& line, const std::string& key)
{
    const auto at = line.find(key);
    if (at == std::string::npos)
        return NAN;
    const char* start = line.c_str() + at + key.size();
    char* end = nullptr;
    const double value = std::strtod(start, &end);
    return end == start ? NAN : value;
}

// The number just before `key` ("… and 500 nodes (0.53 seconds)" with key " nodes").
double numberBefore(const std::string& line, const std::string& key)
{
    const auto at = line.rfind(key);
    if (at == std::string::npos)
        return NAN;
    std::size_t start = line.rfind(' ', at == 0 ? 0 : at - 1);
    start = start == std::string::npos ? 0 : start + 1;
    return numberAfter(line.substr(start, at - start), "");
}

bool startsWith(const std::string& text, const char* prefix) { return text.rfind(prefix, 0) == 0; }

// What cbc's log has said so far, in the model's own sense (cbc minimizes; a maximization's objective was
// negated on the way in).
class LogReader {
public:
    explicit LogReader(bool maximize) : sense_(maximize ? -1.0 : 1.0), maximize_(maximize) {}

    // Returns true when the line changed what a progress report shows.
    bool take(const std::string& line, Clock::time_point when)
    {
        if (tail_.size() >= 12)
            tail_.erase(tail_.begin());
        tail_.push_back(line);
        if (line.find("Coin0008I") != std::string::npos && line.find(" read with ") != std::string::npos) {
            solveStart = when;
            started = true;
            return false;
        }
        if (startsWith(line, "Continuous objective value is ")) {
            lpRelaxation = sense_ * numberAfter(line, "value is ");
            lpSeconds = secondsBetween(solveStart, when);
            relaxationSolved = true;
            return false;
        }
        if (startsWith(line, "Problem is infeasible")) {
            lpInfeasible = true;
            lpSeconds = secondsBetween(solveStart, when);
            return false;
        }
        if (startsWith(line, "Problem is unbounded")) {
            lpUnbounded = true;
            lpSeconds = secondsBetween(solveStart, when);
            return false;
        }
        if (line.find("Integer solution of ") != std::string::npos) {
            improveIncumbent(sense_ * numberAfter(line, "solution of "));
            nodes = std::max(nodes, numberBefore(line, " nodes"));
            return true;
        }
        if (startsWith(line, "Cbc0010I After ")) {
            nodes = std::max(nodes, numberAfter(line, "After "));
            const double best = numberBefore(line, " best solution");
            if (std::abs(best) < 1e40)
                improveIncumbent(sense_ * best);
            improveBound(sense_ * numberAfter(line, "best possible "));
            return true;
        }
        if (startsWith(line, "Cbc0013I At root node")) {
            improveBound(sense_ * numberAfter(line, " to "));
            return true;
        }
        if (startsWith(line, "Cbc0005I") || startsWith(line, "Cbc0001I")) {
            const double best = numberAfter(line, "best objective ");
            if (std::abs(best) < 1e40)
                improveIncumbent(sense_ * best);
            improveBound(sense_ * numberAfter(line, "best possible "));
            return true;
        }
        if (startsWith(line, "Lower bound:"))
            finalBound = sense_ * numberAfter(line, "Lower bound:");
        else if (startsWith(line, "Enumerated nodes:"))
            finalNodes = numberAfter(line, "Enumerated nodes:");
        else if (startsWith(line, "Objective value:"))
            finalObjective = sense_ * numberAfter(line, "Objective value:");
        return false;
    }

    std::string tail() const
    {
        std::string text;
        for (const std::string& line : tail_)
            if (!line.empty())
                text += (text.empty() ? "" : " / ") + line;
        return text;
    }

    Clock::time_point solveStart = Clock::now();
    bool started = false, relaxationSolved = false, lpInfeasible = false, lpUnbounded = false;
    double lpRelaxation = NAN, lpSeconds = 0;
    double incumbent = NAN, bound = NAN, nodes = 0;
    double finalBound = NAN, finalNodes = NAN, finalObjective = NAN;

private:
    // A best bound or incumbent never gets worse; cbc's preprocessing and restarts may briefly report weaker
    // values, and it writes "no value" as 1e50.
    static double better(double candidate, double current, bool larger)
    {
        if (!std::isfinite(candidate) || std::abs(candidate) >= 1e40)
            return current;
        if (std::isnan(current))
            return candidate;
        return larger ? std::max(candidate, current) : std::min(candidate, current);
    }
    void improveIncumbent(double value) { incumbent = better(value, incumbent, maximize_); }
    void improveBound(double value) { bound = better(value, bound, !maximize_); }

    double sense_;
    bool maximize_;
    std::vector<std::string> tail_;
};

struct SolutionFile {
    std::string status; // its first line up to " - objective value"
    double objective = NAN;
    std::vector<double> values;
};

// "Optimal - objective value 8691.00000000", then a line per column: index, name, value, reduced cost (a
// column that violates a bound starts with "**").
bool readSolution(const std::string& path, int columns, double sense, SolutionFile& solution)
{
    std::ifstream in(path);
    std::string first;
    if (!std::getline(in, first))
        return false;
    solution.status = first.substr(0, first.find(" - objective value"));
    solution.objective = sense * numberAfter(first, "objective value ");
    solution.values.assign(std::size_t(columns), 0.0);
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string index, name;
        double value = 0;
        fields >> index;
        if (index == "**")
            fields >> index;
        if (!(fields >> name >> value))
            continue;
        const long column = std::strtol(index.c_str(), nullptr, 10);
        if (column >= 0 && column < columns)
            solution.values[std::size_t(column)] = value;
    }
    return true;
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

std::string cbcProgram()
{
    if (const char* chosen = std::getenv("GRADUS_CBC"))
        return findProgram(chosen);
    return findProgram("cbc");
}

std::string cbcProgramVersion()
{
    const std::string program = cbcProgram();
    if (program.empty())
        return {};
    try {
        ChildProcess cbc({program, "-quit"});
        std::vector<std::string> lines;
        const Clock::time_point deadline = Clock::now() + std::chrono::seconds(5);
        while (Clock::now() < deadline && cbc.readLines(std::chrono::milliseconds(200), lines)) {
        }
        for (const std::string& line : lines)
            if (startsWith(line, "Version: "))
                return line.substr(9, line.find_last_not_of(" \r") - 8);
    } catch (const std::runtime_error&) {
    }
    return {};
}

SolveReport solveWithCbc(const LinearModel& model, const SolveOptions& options)
{
    const std::string program = cbcProgram();
    if (program.empty())
        throw SolverMissing(kInstall);
    const double sense = model.maximize ? -1.0 : 1.0;
    PrivateFolder folder;
    writeAtomically(folder.file("model.mps"), writeMps(model));
    const std::string solutionPath = folder.file("solution.txt");
    // cbc writes its log block-buffered into a pipe, so that it would all arrive at the end; coreutils'
    // stdbuf makes it line-buffered.
    std::vector<std::string> command;
    if (const std::string stdbuf = findProgram("stdbuf"); !stdbuf.empty())
        command = {stdbuf, "-oL"};
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.3f", std::max(0.01, options.timeLimit));
    for (const std::string& argument : {program, folder.file("model.mps"), std::string("-sec"), std::string(seconds),
                                        std::string("-printingOptions"), std::string("all"), std::string("-solve"),
                                        std::string("-solution"), solutionPath})
        command.push_back(argument);

    SolveReport report;
    LogReader log(model.maximize);
    ChildProcess cbc(command);
    const Clock::time_point launched = Clock::now();
    bool stopRequested = false, relaxationReported = false;
    Clock::time_point stopSent{}, lastReport = launched - std::chrono::hours(1);
    const auto interval = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(options.reportInterval));
    const auto publish = [&](Clock::time_point now) {
        lastReport = now;
        SolveProgress progress;
        progress.seconds = log.started ? secondsBetween(log.solveStart, now) : 0;
        progress.nodes = long(log.nodes);
        progress.bestBound = log.bound;
        progress.incumbent = log.incumbent;
        report.history.push_back(progress);
        if (options.onProgress && !options.onProgress(progress) && !stopRequested) {
            // cbc ends its search on SIGINT, reports, and writes the best solution it has.
            stopRequested = true;
            stopSent = now;
            cbc.signal(SIGINT);
        }
    };
    std::vector<std::string> lines;
    for (bool open = true; open;) {
        lines.clear();
        open = cbc.readLines(std::chrono::milliseconds(std::max(10, int(options.reportInterval * 1000))), lines);
        const Clock::time_point now = Clock::now();
        bool changed = false;
        for (const std::string& line : lines)
            changed = log.take(line, now) || changed;
        if (log.relaxationSolved && !relaxationReported) {
            relaxationReported = true;
            if (options.onRelaxation)
                options.onRelaxation(log.lpRelaxation, log.lpSeconds);
        }
        // Before cbc has read the model there is nothing to show, but a stop request is still heard.
        if (open && (changed || now - lastReport >= interval))
            publish(now);
        // A cbc that does not answer SIGINT, or runs far past its limit, is ended.
        const bool overdue = secondsBetween(launched, now) > options.timeLimit + 30;
        if (open && ((stopRequested && now - stopSent > std::chrono::seconds(5)) || overdue)) {
            cbc.signal(SIGKILL);
            stopRequested = true;
        }
    }
    const int status = cbc.wait();
    const Clock::time_point ended = Clock::now();
    if (!log.started)
        throw std::runtime_error("cbc could not read the model: " + log.tail());

    report.seconds = secondsBetween(log.solveStart, ended);
    report.lpRelaxation = log.lpRelaxation;
    report.lpSeconds = log.lpSeconds;
    SolutionFile solution;
    const bool haveFile = readSolution(solutionPath, model.variables(), sense, solution);
    if (!haveFile && !stopRequested && !log.lpInfeasible && !log.lpUnbounded) {
        const std::string how = WIFSIGNALED(status) ? std::string(strsignal(WTERMSIG(status))) : "exit status " + std::to_string(WEXITSTATUS(status));
        throw std::runtime_error("cbc ended (" + how + ") without a solution file: " + log.tail());
    }
    const std::string& first = solution.status;
    if (stopRequested)
        report.status = SolveStatus::Stopped;
    else if (log.lpInfeasible || startsWith(first, "Infeasible") || startsWith(first, "Integer infeasible"))
        report.status = SolveStatus::Infeasible;
    else if (log.lpUnbounded || startsWith(first, "Unbounded"))
        report.status = SolveStatus::Unbounded;
    else if (startsWith(first, "Optimal"))
        report.status = SolveStatus::Optimal;
    else if (startsWith(first, "Stopped on time"))
        report.status = SolveStatus::TimeLimit;
    else
        report.status = SolveStatus::Stopped;
    // A solution exists when cbc proved one optimal or logged one on the way.
    const bool haveSolution = report.status == SolveStatus::Optimal ||
                              ((report.status == SolveStatus::TimeLimit || report.status == SolveStatus::Stopped) && !std::isnan(log.incumbent));
    if (haveSolution) {
        report.objective = haveFile && std::isfinite(solution.objective) ? solution.objective : log.incumbent;
        if (haveFile)
            report.solution = solution.values;
    }
    report.nodes = long(std::isnan(log.finalNodes) ? log.nodes : std::max(log.finalNodes, log.nodes));
    report.bestBound = std::isfinite(log.finalBound) && std::abs(log.finalBound) < 1e40 ? log.finalBound : log.bound;
    if (report.status == SolveStatus::Optimal)
        report.bestBound = report.objective;
    if (report.status == SolveStatus::Infeasible || report.status == SolveStatus::Unbounded)
        report.bestBound = NAN;
    report.history.push_back({report.seconds, report.nodes, report.bestBound, report.objective});
    return report;
}

} // namespace gradus::core::mip
