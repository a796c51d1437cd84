#include "sgd_lesson.h"

#include "core/compute_control.h"
#include "framework/errors.h"
#include "framework/json_numbers.h"
#include "io/csv_table.h"
#include "sgd_figure.h"

#include <QFileInfo>
#include <QJsonArray>

#include <cmath>
#include <limits>
#include <numeric>

namespace gradus {

namespace {

// A method of the lesson: an update rule with a step schedule; decreasing schedules use k₀ = decay_after.
struct MethodInfo {
    const char* id;
    const char* label;
    core::StochasticMethod method;
    core::Schedule::Kind schedule;
    const char* shortLabel; // for chart legends
};

using Step = core::Schedule::Kind;

const MethodInfo kMethods[] = {
    {"gd", QT_TRANSLATE_NOOP("gradus::SgdLesson", "gradient descent (full)"), core::StochasticMethod::Gd, Step::Constant, "GD"},
    {"sgd", QT_TRANSLATE_NOOP("gradus::SgdLesson", "SGD, constant step"), core::StochasticMethod::Sgd, Step::Constant, "SGD"},
    {"sgd-1/k", QT_TRANSLATE_NOOP("gradus::SgdLesson", "SGD, step ∝ 1/k"), core::StochasticMethod::Sgd, Step::InverseK, "SGD 1/k"},
    {"sgd-1/sqrtk", QT_TRANSLATE_NOOP("gradus::SgdLesson", "SGD, step ∝ 1/√k"), core::StochasticMethod::Sgd, Step::InverseSqrtK, "SGD 1/√k"},
    {"sgd-decay", QT_TRANSLATE_NOOP("gradus::SgdLesson", "SGD, step halving"), core::StochasticMethod::Sgd, Step::StepDecay, "SGD halving"},
    {"big-batch", QT_TRANSLATE_NOOP("gradus::SgdLesson", "SGD, big batch"), core::StochasticMethod::Sgd, Step::Constant, "big batch"},
    {"sag", QT_TRANSLATE_NOOP("gradus::SgdLesson", "SAG"), core::StochasticMethod::Sag, Step::Constant, "SAG"},
    {"svrg", QT_TRANSLATE_NOOP("gradus::SgdLesson", "SVRG"), core::StochasticMethod::Svrg, Step::Constant, "SVRG"},
    {"saga", QT_TRANSLATE_NOOP("gradus::SgdLesson", "SAGA"), core::StochasticMethod::Saga, Step::Constant, "SAGA"},
};

} // namespace

int SgdResult::frameCount() const
{
    int frames = 1;
    for (const SgdMethodRun& m : methods)
        frames = std::max(frames, int(m.run.points.size()));
    return frames;
}

SgdLesson::SgdLesson()
{
    const QString data = tr("Data");
    const QString methods = tr("Methods");
    schema_.add(ParamSpec::file("data", tr("Your data (CSV)"), tr("Tables (*.csv *.tsv *.txt)"))
                    .withHelp(tr("Two columns x, y; replaces the generated points."))
                    .inGroup(data));
    schema_.add(ParamSpec::integer("n", tr("Points N"), 100, 4, 100000).inGroup(data)
                    .withHelp(tr("x uniform in [−0.5, 0.5], y = w₁x + w₂ + noise, as in the seed notebook.")));
    schema_.add(ParamSpec::point("w_true", tr("True (w₁, w₂)"), QPointF(3, 4), -100, 100, 2).inGroup(data));
    schema_.add(ParamSpec::real("noise", tr("Noise σ"), 0.2, 0, 10, 3).inGroup(data)
                    .withHelp(tr("Without noise every mini-batch has the same optimum and constant-step SGD converges.")));
    schema_.add(ParamSpec::integer("seed", tr("Random seed"), 1, 0, 1'000'000).inGroup(data));
    QList<ChoiceOption> options;
    for (const MethodInfo& m : kMethods)
        options.append({QString::fromLatin1(m.id), tr(m.label)});
    schema_.add(ParamSpec::choiceSet("methods", tr("Methods"), {"gd", "sgd", "sgd-1/k", "svrg", "saga"}, options)
                    .inGroup(methods));
    schema_.add(ParamSpec::real("lr", tr("Step (learning rate)"), 0.3, 1e-4, 2, 4).logScale().inGroup(methods)
                    .withHelp(tr("The same step for every method; decreasing schedules start from it.")));
    schema_.add(ParamSpec::integer("batch", tr("Batch size b"), 2, 1, 100000).inGroup(methods)
                    .withHelp(tr("Samples per stochastic step (the seed uses 2).")));
    schema_.add(ParamSpec::integer("big_batch", tr("Big batch"), 20, 1, 100000).inGroup(methods)
                    .relevantWhen("methods", {"big-batch"}));
    schema_.add(ParamSpec::integer("decay_after", tr("Decay scale k₀"), 50, 1, 100000).inGroup(methods)
                    .withHelp(tr("1/k: step·k₀/(k₀ + k); 1/√k: step·√(k₀/(k₀ + k)); halving: every k₀ steps.")));
    schema_.add(ParamSpec::integer("iters", tr("Iterations"), 2000, 1, 20000).inGroup(methods));
    schema_.add(ParamSpec::integer("seeds", tr("Runs averaged"), 5, 1, 50).inGroup(methods)
                    .withHelp(tr("The chart averages this many runs with different samples; the map shows the first.")));
    schema_.add(ParamSpec::point("start", tr("Start (w₁, w₂)"), QPointF(0, 0), -1000, 1000, 3).inGroup(methods)
                    .withHelp(tr("Click on the map to start there.")));
    schema_.add(ParamSpec::choice("x_axis", tr("Chart against"), QStringLiteral("iterations"),
                                  {{"evaluations", tr("gradient evaluations")}, {"iterations", tr("iterations")}})
                    .withHelp(tr("Gradient evaluations compare methods at equal work: a full gradient costs N.")));
}

QString SgdLesson::title() const { return tr("Why SGD with a constant step does not converge"); }
QString SgdLesson::topic() const { return tr("Optimization methods"); }
QString SgdLesson::summary() const
{
    return tr("Each step pulls toward its mini-batch's optimum: SGD settles in a noise ball; smaller steps, bigger batches and variance reduction fix it.");
}

QList<LessonPreset> SgdLesson::presets() const
{
    return {
        {"noise-ball", tr("Constant step: the noise ball"), {"methods=sgd", "iters=2000", "seeds=10"}},
        {"step-size", tr("Halve the step, halve the ball"), {"methods=sgd,sgd-decay", "iters=1000"}},
        {"batch", tr("Bigger batches"), {"methods=sgd,big-batch", "big_batch=20"}},
        {"variance-reduction", tr("SAG, SVRG, SAGA converge linearly"), {"methods=sgd,sag,svrg,saga", "iters=1000"}},
        {"no-noise", tr("No noise: SGD converges"), {"methods=sgd", "noise=0"}},
        // SGD_2d_visualization.ipynb ("SGD quick"): the same data as the linreg notebook, mini-batches of 2
        // without replacement, step 1, 300 steps from (5.5, 1.5).
        {"seed", tr("As in the original post: batch 2, step 1, from (5.5, 1.5)"),
         {"n=100", "w_true=3,4", "noise=0.2", "methods=sgd", "batch=2", "lr=1", "iters=300", "seeds=1", "start=5.5,1.5",
          "x_axis=iterations"}},
    };
}

ResultPtr SgdLesson::compute(const ParamValues& params, core::ComputeControl* control) const
{
    auto result = std::make_shared<SgdResult>();
    const QString path = params.text("data").trimmed();
    if (!path.isEmpty()) {
        const NumericTable table = readNumericCsv(path, 2);
        result->problem.x.assign(table.columns[0].begin(), table.columns[0].end());
        result->problem.y.assign(table.columns[1].begin(), table.columns[1].end());
        result->dataSource = QFileInfo(path).fileName();
        if (result->problem.size() < 2)
            throw InputError(tr("%1 has fewer than two points").arg(result->dataSource));
    } else {
        const QPointF w = params.point("w_true");
        result->problem = core::makeSgdData(params.integer("n"), {w.x(), w.y()}, params.real("noise"),
                                            std::uint64_t(params.integer("seed")));
    }
    std::vector<int> all(static_cast<size_t>(result->problem.size()));
    std::iota(all.begin(), all.end(), 0);
    if (!result->problem.batchOptimum(all, result->optimum))
        throw InputError(tr("all points have the same x: the slope is not determined"));
    result->lr = params.real("lr");
    result->seeds = params.integer("seeds");
    result->perEvaluation = params.text("x_axis") == u"evaluations";
    const QPointF start = params.point("start");
    const QStringList chosen = params.list("methods");
    core::StochasticSettings settings;
    settings.lr = result->lr;
    settings.iterations = params.integer("iters");
    const int decayAfter = params.integer("decay_after");
    int done = 0;
    for (const MethodInfo& info : kMethods) {
        if (!chosen.contains(QString::fromLatin1(info.id)))
            continue;
        SgdMethodRun entry;
        entry.id = QString::fromLatin1(info.id);
        entry.method = info.method;
        entry.batch = entry.id == u"big-batch" ? params.integer("big_batch") : params.integer("batch");
        entry.batch = std::min(entry.batch, result->problem.size());
        entry.label = tr(info.label);
        entry.shortLabel = QString::fromUtf8(info.shortLabel);
        if (info.method != core::StochasticMethod::Gd)
            entry.label += QStringLiteral(", b = %1").arg(entry.batch);
        core::StochasticSettings mine = settings;
        mine.batch = entry.batch;
        mine.schedule = core::Schedule{info.schedule, decayAfter};
        const int seeds = info.method == core::StochasticMethod::Gd ? 1 : result->seeds;
        size_t everyRunReached = std::numeric_limits<size_t>::max(); // a mean is only a mean while no run has diverged
        for (int s = 0; s < seeds; ++s) {
            core::ComputeStage stage(control, double(done) / chosen.size(), double(done + 1) / chosen.size());
            core::StochasticRun run = core::runStochastic(result->problem, info.method, mine, {start.x(), start.y()},
                                                          std::uint64_t(1000 * s + params.integer("seed")), stage.get());
            if (entry.meanDistance.empty()) {
                entry.meanDistance.assign(run.distance.size(), 0.0);
                entry.meanLoss.assign(run.loss.size(), 0.0);
            }
            everyRunReached = std::min(everyRunReached, run.distance.size());
            for (size_t k = 0; k < std::min(run.distance.size(), entry.meanDistance.size()); ++k) {
                entry.meanDistance[k] += run.distance[k] / seeds;
                entry.meanLoss[k] += run.loss[k] / seeds;
            }
            if (s == 0)
                entry.run = std::move(run);
        }
        entry.meanDistance.resize(std::min(entry.meanDistance.size(), everyRunReached));
        entry.meanLoss.resize(entry.meanDistance.size());
        if (entry.id == u"sgd") // the constant step: the one that settles in the ball
            result->noiseBallRadius = std::sqrt(result->problem.noiseBallSquaredRadius(result->lr, entry.batch));
        result->methods.append(std::move(entry));
        ++done;
    }
    return result;
}

QJsonObject SgdLesson::toJson(const SgdResult& result, int frame) const
{
    QJsonArray methods;
    for (const SgdMethodRun& m : result.methods) {
        QJsonArray path;
        for (const core::Vec2& p : m.run.points)
            path.append(jsonNumbers(p));
        methods.append(QJsonObject{{"name", m.id},
                                   {"batch", m.batch},
                                   {"path", path},
                                   {"distance", jsonNumbers(m.run.distance)},
                                   {"loss", jsonNumbers(m.run.loss)},
                                   {"gradient_evaluations", jsonNumbers(m.run.gradientEvaluations)},
                                   {"mean_distance", jsonNumbers(m.meanDistance)},
                                   {"mean_loss", jsonNumbers(m.meanLoss)},
                                   {"diverged", m.run.diverged},
                                   {"diverged_at_step", m.run.diverged ? QJsonValue(m.run.divergedAtStep) : QJsonValue()}});
    }
    return QJsonObject{
        {"X", jsonNumbers(result.problem.x)},
        {"y", jsonNumbers(result.problem.y)},
        {"optimum", jsonNumbers(result.optimum)},
        {"lr", result.lr},
        {"seeds", result.seeds},
        {"noise_ball_radius", result.noiseBallRadius > 0 ? QJsonValue(result.noiseBallRadius) : QJsonValue()},
        {"frame", frame},
        {"methods", methods},
    };
}

LessonFigure* SgdLesson::createFigure(QWidget* parent) const { return new SgdFigure(parent); }

} // namespace gradus
