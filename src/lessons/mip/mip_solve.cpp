#include "mip_solve.h"

#include "framework/errors.h"
#include "framework/json_numbers.h"
#include "framework/partial_result.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <stdexcept>

namespace gradus {

using namespace core::mip;

namespace {

const QStringList kSamples = {"p0033", "p0201", "p0548", "lseu"};

// The MIPLIB 3 samples come with Gradus as separate files (they are under the EPL, so they are not built into
// the program): beside it as the package and the portable folder lay them out, or in the source tree for a
// build that is not installed.
QString sampleFolder()
{
    QStringList candidates;
    if (QCoreApplication::instance())
        candidates << QCoreApplication::applicationDirPath() + QStringLiteral("/../share/gradus/miplib3");
    candidates << QStringLiteral(GRADUS_SOURCE_DATASETS "/miplib3");
    for (const QString& folder : candidates)
        if (QFileInfo::exists(folder + QStringLiteral("/p0033.mps")))
            return QDir(folder).canonicalPath() + QLatin1Char('/');
    return {};
}

MipSolveRun describe(const QString& family, const LinearModel& model)
{
    MipSolveRun run;
    run.family = family;
    run.name = QString::fromStdString(model.name);
    run.variables = model.variables();
    run.constraints = model.constraints();
    run.integers = model.integerVariables();
    run.nonzeros = qint64(model.nonzeros());
    return run;
}

// Solves one model into the result's last run, publishing a snapshot with every progress report;
// Stop (or a newer request) ends the solve with what it has.
void solveInto(MipSolveResult& result, MipSolveRun run, const LinearModel& model, core::ComputeControl* control, double from,
               double to)
{
    result.runs.append(run);
    std::vector<SolveProgress> live;
    SolveOptions options;
    options.timeLimit = result.timeLimit;
    options.reportInterval = 0.1;
    options.onRelaxation = [&](double objective, double seconds) {
        result.runs.last().report.lpRelaxation = objective;
        result.runs.last().report.lpSeconds = seconds;
    };
    options.onProgress = [&](const SolveProgress& progress) {
        live.push_back(progress);
        const bool stop = control && control->cancelRequested();
        if (control) {
            control->reportProgress(from + (to - from) * std::min(1.0, progress.seconds / result.timeLimit));
            auto snapshot = std::make_shared<MipSolveResult>(result);
            SolveReport& shown = snapshot->runs.last().report;
            shown.history = live;
            shown.seconds = progress.seconds;
            shown.nodes = progress.nodes;
            shown.bestBound = progress.bestBound;
            shown.objective = progress.incumbent;
            publishPartial(control, snapshot);
        }
        return !stop;
    };
    try {
        result.runs.last().report = solveWithCbc(model, options);
    } catch (const SolverMissing&) {
        throw EnvironmentError(MipSolve::tr("This view needs the solver CBC, which Gradus runs as a separate program, and it is not "
                                            "installed: install Debian's coinor-cbc (sudo apt install coinor-cbc). The other views "
                                            "of this lesson work without it."));
    } catch (const std::runtime_error& e) {
        throw EnvironmentError(MipSolve::tr("The solver CBC failed: %1").arg(QString::fromStdString(e.what())));
    }
    result.runs.last().finished = true;
    if (result.runs.last().report.status == SolveStatus::Stopped)
        result.stopped = true;
}

QJsonObject runJson(const MipSolveRun& run)
{
    const SolveReport& r = run.report;
    QJsonArray history;
    for (const SolveProgress& p : r.history)
        history.append(QJsonObject{{"seconds", p.seconds}, {"nodes", qint64(p.nodes)}, {"best_bound", jsonNumber(p.bestBound)},
                                   {"incumbent", jsonNumber(p.incumbent)}});
    return QJsonObject{{"family", run.family},
                       {"name", run.name},
                       {"status", QString::fromLatin1(solveStatusName(r.status))},
                       {"objective", jsonNumber(r.objective)},
                       {"best_bound", jsonNumber(r.bestBound)},
                       {"lp_relaxation", jsonNumber(r.lpRelaxation)},
                       {"lp_seconds", r.lpSeconds},
                       {"nodes", qint64(r.nodes)},
                       {"seconds", r.seconds},
                       {"variables", run.variables},
                       {"integer_variables", run.integers},
                       {"constraints", run.constraints},
                       {"nonzeros", run.nonzeros},
                       {"history", history}};
}

} // namespace

QStringList MipSolve::availableSamples()
{
    QStringList present;
    const QString folder = sampleFolder();
    for (const QString& name : kSamples)
        if (!folder.isEmpty() && QFileInfo::exists(folder + name + ".mps"))
            present << name;
    return present;
}

QString MipSolve::samplePath(const QString& name) { return sampleFolder() + name + ".mps"; }

std::shared_ptr<MipSolveResult> MipSolve::solveFile(const QString& given, double timeLimit, core::ComputeControl* control)
{
    QString path = given.trimmed();
    if (path.isEmpty())
        throw InputError(tr("Choose a model file (.mps or .lp) to solve, or one of the MIPLIB 3 samples: %1.")
                             .arg(availableSamples().isEmpty() ? tr("none installed") : availableSamples().join(QStringLiteral(", "))));
    if (kSamples.contains(path)) {
        if (!QFileInfo::exists(samplePath(path)))
            throw InputError(tr("The MIPLIB 3 sample %1 is missing from this installation of Gradus (it belongs in "
                                "share/gradus/miplib3 beside the program): reinstall Gradus, or choose your own .mps or .lp file.")
                                 .arg(path));
        path = samplePath(path);
    }
    LinearModel model;
    try {
        model = readModelFile(QDir::toNativeSeparators(path).toStdString());
    } catch (const std::invalid_argument& e) {
        throw InputError(tr("Cannot read %1: %2.").arg(QFileInfo(path).fileName(), QString::fromStdString(e.what())));
    }
    auto result = std::make_shared<MipSolveResult>();
    result->timeLimit = timeLimit;
    solveInto(*result, describe(QStringLiteral("file"), model), model, control, 0, 1);
    result->complete = true;
    return result;
}

std::shared_ptr<MipSolveResult> MipSolve::compareFamilies(int largestM, int knapsackItems, std::uint32_t seed, double timeLimit,
                                                          core::ComputeControl* control)
{
    auto result = std::make_shared<MipSolveResult>();
    result->families = true;
    result->timeLimit = timeLimit;
    result->marketSplit = makeMarketSplit(largestM, seed);
    // Knapsacks first (hundreds to hundreds of thousands of variables, solved at once), then the
    // market splits from small to large, the last of which the live chart shows struggling.
    std::vector<std::pair<QString, LinearModel>> queue;
    for (int n = 100; n <= knapsackItems; n *= 10)
        queue.push_back({QStringLiteral("knapsack"), makeKnapsack(n, seed)});
    for (int m = 2; m <= largestM; ++m)
        queue.push_back({QStringLiteral("market split"), m == largestM ? result->marketSplit.model : makeMarketSplit(m, seed).model});
    for (std::size_t k = 0; k < queue.size() && !result->stopped; ++k)
        solveInto(*result, describe(queue[k].first, queue[k].second), queue[k].second, control, double(k) / double(queue.size()),
                  double(k + 1) / double(queue.size()));
    result->complete = true;
    return result;
}

QJsonObject MipSolve::json(const MipSolveResult& result)
{
    if (!result.families) {
        QJsonObject json = runJson(result.runs.first());
        json.insert("view", "solve");
        json.insert("time_limit", result.timeLimit);
        return json;
    }
    QJsonArray runs;
    for (const MipSolveRun& run : result.runs)
        runs.append(runJson(run));
    const MarketSplit& split = result.marketSplit;
    QJsonObject json{{"view", "market-split"},
                     {"m", split.m},
                     {"n", split.n},
                     {"A", jsonRows(split.a)},
                     {"d", jsonNumbers(split.d)},
                     {"time_limit", result.timeLimit},
                     {"stopped", result.stopped},
                     {"runs", runs}};
    // The largest market split's own outcome, when it was reached.
    const MipSolveRun& last = result.runs.last();
    if (last.family == u"market split" && last.variables == split.model.variables()) {
        json.insert("status", QString::fromLatin1(solveStatusName(last.report.status)));
        json.insert("objective", jsonNumber(last.report.objective));
        json.insert("nodes", qint64(last.report.nodes));
        json.insert("seconds", last.report.seconds);
    }
    return json;
}

} // namespace gradus
