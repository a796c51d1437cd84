#include "line_search_lesson.h"

#include "core/compute_control.h"
#include "core/functions/interval_functions.h"
#include "framework/errors.h"
#include "framework/json_numbers.h"
#include "lessons/common/surface_params.h"
#include "line_search_figure.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace gradus {

// Vec2 is a std::array, so its arithmetic is not found by argument-dependent lookup.
using core::operator-;

namespace {

struct IntervalMethodEntry {
    const char* key;
    core::IntervalMethod method;
};
constexpr IntervalMethodEntry kIntervalMethods[] = {
    {"random", core::IntervalMethod::RandomBracket},
    {"dichotomy", core::IntervalMethod::Dichotomy},
    {"golden", core::IntervalMethod::GoldenSection},
    {"brent", core::IntervalMethod::Brent},
};

// The runs of α on [0, to] where `holds` is true, each end refined by bisection to 1e-9 of the range.
std::vector<std::pair<double, double>> acceptedIntervals(const std::function<bool(double)>& holds, double to, int samples)
{
    std::vector<std::pair<double, double>> runs;
    const auto refine = [&](double inside, double outside) {
        for (int k = 0; k < 40 && std::abs(outside - inside) > 1e-9 * to; ++k) {
            const double mid = 0.5 * (inside + outside);
            (holds(mid) ? inside : outside) = mid;
        }
        return inside;
    };
    double previous = 0;
    bool previousHolds = false;
    double start = 0;
    for (int i = 1; i <= samples; ++i) {
        const double alpha = to * i / samples;
        const bool now = holds(alpha);
        if (now && !previousHolds)
            start = i == 1 ? 0 : refine(alpha, previous);
        if (!now && previousHolds)
            runs.push_back({start, refine(previous, alpha)});
        previous = alpha;
        previousHolds = now;
    }
    if (previousHolds)
        runs.push_back({start, to});
    return runs;
}

QJsonArray pairsJson(const std::vector<std::pair<double, double>>& pairs)
{
    QJsonArray out;
    for (const auto& [lo, hi] : pairs)
        out.append(QJsonArray{lo, hi});
    return out;
}

// Counts the calls a run makes of f and of ∇f.
class CountingObjective final : public core::Objective2D {
public:
    explicit CountingObjective(const core::Objective2D& f) : f_(f) {}
    double value(const core::Vec2& x) const override { ++values; return f_.value(x); }
    core::Vec2 gradient(const core::Vec2& x) const override { ++gradients; return f_.gradient(x); }
    core::Sym2 hessian(const core::Vec2& x) const override { return f_.hessian(x); }
    mutable int values = 0, gradients = 0;

private:
    const core::Objective2D& f_;
};

QJsonArray trialsJson(const core::LineSearchResult& search, int shown)
{
    QJsonArray out;
    for (int i = 0; i < std::min<int>(shown, int(search.trials.size())); ++i) {
        const core::LineSearchTrial& t = search.trials[std::size_t(i)];
        out.append(QJsonObject{{"alpha", t.alpha}, {"value", jsonNumber(t.value)}, {"slope", jsonNumber(t.slope)}});
    }
    return out;
}

} // namespace

QString intervalMethodName(const QString& key)
{
    if (key == u"random")
        return LineSearchLesson::tr("random bracketing");
    if (key == u"dichotomy")
        return LineSearchLesson::tr("dichotomy");
    if (key == u"golden")
        return LineSearchLesson::tr("golden section");
    if (key == u"brent")
        return LineSearchLesson::tr("Brent (parabolas)");
    return key;
}

QString stepRuleName(const StepRuleRun& run, double fixedStep)
{
    if (run.rule == u"fixed")
        return LineSearchLesson::tr("fixed step η = %1").arg(fixedStep);
    if (run.rule == u"backtracking")
        return LineSearchLesson::tr("backtracking (Armijo)");
    return LineSearchLesson::tr("exact line search");
}

int LineSearchLessonResult::frameCount() const
{
    if (mode == LineSearchMode::Descent) {
        std::size_t most = 1;
        for (const StepRuleRun& r : descents)
            most = std::max(most, r.run.points.size());
        return int(most);
    }
    if (!exact)
        return int(std::max(backtracking.trials.size(), wolfe.trials.size()));
    std::size_t most = 1;
    for (const IntervalMethodRun& r : runs)
        most = std::max(most, r.run.iterations.size());
    return int(most);
}

LineSearchLesson::LineSearchLesson()
{
    schema_.add(ParamSpec::choice("mode", tr("Search"), "exact",
                                  {{"exact", tr("on an interval")}, {"inexact", tr("along a direction")},
                                   {"descent", tr("gradient descent on a surface")}})
                    .withHelp(tr("On an interval the methods close in on the minimum with values only; along a descent "
                                 "direction an inexact search (Armijo, Wolfe) takes the first step that is good enough; "
                                 "on a surface gradient descent takes a fixed step, backtracks, or searches exactly.")));
    QList<ChoiceOption> functions;
    for (const std::string& name : core::intervalFunctionNames())
        functions.append({QString::fromStdString(name), QString()});
    functions[0].label = tr("inverse Maxwell 1 − √(2/π)x²e^(−x²/8)/8");
    functions[1].label = tr("(x − 2)x(x + 2)² + 10");
    functions[2].label = tr("sin(sin(sin √(x/2))) + 1 (increasing)");
    functions.append({"slice", tr("a slice f(x₀ + αd) of a surface")});
    schema_.add(ParamSpec::choice("line", tr("Function φ"), "maxwell", functions)
                    .withHelp(tr("A slice follows d = −∇f(x₀)/‖∇f(x₀)‖ from the surface's start, so α is the distance "
                                 "travelled."))
                    .relevantWhen("mode", {"exact", "inexact"}));
    const QString surface = tr("Surface");
    addSurfaceParams(schema_, "rosenbrock", surface, {{"line", {"slice"}}, {"mode", {"descent"}}});
    ParamSpec start = ParamSpec::point("start", tr("Start x₀"), QPointF(0, 0), -1e4, 1e4, 3).withAuto();
    start.defaultValue = QStringLiteral("auto");
    schema_.add(start.withHelp(tr("Where the slice or the descent starts; auto uses the function's usual start. Click on "
                                  "a map to choose."))
                    .inGroup(surface).relevantWhen("line", {"slice"}).orWhen("mode", {"descent"}));
    // The three functions are defined for x ≥ 0 (√(x/2)), and far out the inverse Maxwell is flat to underflow.
    schema_.add(ParamSpec::real("x0", tr("Start x₀"), 1, 0.01, 10, 3).withStep(0.1)
                    .withHelp(tr("Where the inexact search starts on a function of one variable; it goes downhill."))
                    .relevantWhen("mode", {"inexact"}));
    schema_.add(ParamSpec::real("a", tr("Interval from"), 0, -1000, 1000, 3).withStep(0.5).relevantWhen("mode", {"exact"}));
    schema_.add(ParamSpec::real("b", tr("Interval to (α range)"), 6, -1000, 1000, 3).withStep(0.5)
                    .withHelp(tr("On an interval: its right end. Along a direction: how far the picture goes."))
                    .relevantWhen("mode", {"exact", "inexact"}));

    const QString exact = tr("On an interval");
    QList<ChoiceOption> methods;
    for (const IntervalMethodEntry& m : kIntervalMethods)
        methods.append({m.key, intervalMethodName(m.key)});
    schema_.add(ParamSpec::choiceSet("methods", tr("Methods"), {"random", "dichotomy", "golden", "brent"}, methods)
                    .inGroup(exact).relevantWhen("mode", {"exact"}));
    schema_.add(ParamSpec::real("tolerance", tr("Tolerance"), 1e-4, 1e-12, 1, 12).logScale()
                    .withHelp(tr("The bracketing methods stop when the interval is this short; Brent when its point "
                                 "is within about this of the minimum."))
                    .inGroup(exact).relevantWhen("mode", {"exact"}));
    schema_.add(ParamSpec::integer("seed", tr("Random seed"), 0, 0, 1000000).inGroup(exact).relevantWhen("mode", {"exact"}));

    const QString inexact = tr("Along a direction");
    schema_.add(ParamSpec::real("alpha0", tr("First trial α₀"), 1, 1e-6, 1e6, 6).logScale()
                    .withHelp(tr("Where backtracking and the Wolfe search start; in descent, at every step."))
                    .inGroup(inexact).relevantWhen("mode", {"inexact", "descent"}));
    schema_.add(ParamSpec::real("rho", tr("Backtracking factor ρ"), 0.5, 0.01, 0.99, 3).withStep(0.05)
                    .withHelp(tr("Backtracking tries α₀, ρα₀, ρ²α₀, … until the sufficient decrease holds."))
                    .inGroup(inexact).relevantWhen("mode", {"inexact", "descent"}));
    schema_.add(ParamSpec::real("c1", tr("Sufficient decrease c₁"), 1e-4, 1e-6, 0.5, 6).logScale()
                    .withHelp(tr("φ(α) ≤ φ(0) + c₁αφ′(0): the step must gain at least this share of what the slope promises."))
                    .inGroup(inexact).relevantWhen("mode", {"inexact", "descent"}));
    schema_.add(ParamSpec::real("c2", tr("Curvature c₂"), 0.9, 1e-3, 0.999, 3).withStep(0.05)
                    .withHelp(tr("|φ′(α)| ≤ c₂|φ′(0)|: the slope must have flattened this much (c₁ < c₂ < 1; 0.9 for "
                                 "quasi-Newton, 0.1 for CG)."))
                    .inGroup(inexact).relevantWhen("mode", {"inexact"}));

    const QString descent = tr("Gradient descent");
    schema_.add(ParamSpec::real("step", tr("Fixed step η"), 1e-3, 1e-6, 10, 6).logScale()
                    .withHelp(tr("The step of plain gradient descent, x ← x − η∇f; above 2/L it diverges."))
                    .inGroup(descent).relevantWhen("mode", {"descent"}));
    schema_.add(ParamSpec::integer("iters", tr("Iterations"), 100, 1, 5000)
                    .withHelp(tr("Steps of each descent; the player shows them one by one."))
                    .inGroup(descent).relevantWhen("mode", {"descent"}));
}

QList<LessonPreset> LineSearchLesson::presets() const
{
    return {
        {"tight", tr("A tight tolerance: Brent needs a third of the golden section's calls"),
         {"mode=exact", "line=polynomial", "tolerance=1e-8"}},
        {"rosenbrock-slice", tr("Rosenbrock along −∇f: Armijo's and Wolfe's steps"),
         {"mode=inexact", "line=slice", "function=rosenbrock", "start=-1.2,1", "b=0.4", "alpha0=1", "c1=0.25", "c2=0.6"}},
        {"wolfe-cg", tr("The curvature condition for CG (c₂ = 0.1) accepts much less"),
         {"mode=inexact", "line=maxwell", "x0=0.5", "b=5", "alpha0=4", "c2=0.1"}},
        {"descent", tr("Gradient descent on Rosenbrock: a fixed step, backtracking and the exact step side by side"),
         {"mode=descent"}},
        // η = 2/(1 + κ), the best fixed step for eigenvalues 1 and κ: every step shrinks both components by 9/11.
        // The start 4v₁ + 0.4v₂ (eigenvectors of 1 and κ at 30°) is Kantorovich's worst for steepest descent,
        // which then zig-zags at that same rate; backtracking from α₀ = 1 halves down below 2(1 − c₁)gᵀg/gᵀHg.
        {"descent-quadratic", tr("A quadratic with κ = 10 from the worst start: the exact step zig-zags no faster than the best fixed step"),
         {"mode=descent", "function=quadratic", "kappa=10", "start=3.264,2.346", "step=0.181818", "iters=40"}},
        // Line_search.ipynb: the inverse Maxwell function on [0, 6], tolerance 10⁻³.
        {"seed", tr("As in the course: the inverse Maxwell function on [0, 6], tolerance 10⁻³"),
         {"mode=exact", "line=maxwell", "a=0", "b=6", "tolerance=0.001"}},
    };
}

QString LineSearchLesson::title() const { return tr("Line search: how far to go"); }
QString LineSearchLesson::topic() const { return tr("Optimization methods"); }
QString LineSearchLesson::summary() const
{
    return tr("Bracketing, golden section and Brent's parabolas closing in on a minimum, call by call; the steps the "
              "Armijo and Wolfe conditions accept, and backtracking.");
}

ResultPtr LineSearchLesson::compute(const ParamValues& params, core::ComputeControl* control) const
{
    auto result = std::make_shared<LineSearchLessonResult>();
    const QString mode = params.text("mode");
    result->mode = mode == u"descent" ? LineSearchMode::Descent : mode == u"inexact" ? LineSearchMode::Inexact : LineSearchMode::Exact;
    result->exact = result->mode == LineSearchMode::Exact;
    if (result->mode == LineSearchMode::Descent) {
        computeDescents(*result, params, control);
        return result;
    }
    const QString line = params.text("line");
    if (line == u"slice") {
        const auto surface = makeSurface(params);
        const core::Vec2 x0 = surfaceStart(*surface, params);
        const core::Vec2 g = surface->gradient(x0);
        const double length = std::hypot(g[0], g[1]);
        if (!(length > 0) || !std::isfinite(length))
            throw InputError(tr("The gradient at the start is zero or undefined, so there is no downhill direction: "
                                "choose another start."));
        const core::Vec2 d{-g[0] / length, -g[1] / length};
        result->slice.label = tr("φ(α) = f(x₀ + αd)");
        result->slice.functionLabel = tr("%1 from (%2, %3) along −∇f").arg(surfaceLabel(*surface, &params)).arg(x0[0]).arg(x0[1]);
        result->slice.value = [surface, x0, d](double alpha) { return surface->value({x0[0] + alpha * d[0], x0[1] + alpha * d[1]}); };
        result->slice.slope = [surface, x0, d](double alpha) {
            const core::Vec2 gradient = surface->gradient({x0[0] + alpha * d[0], x0[1] + alpha * d[1]});
            return gradient[0] * d[0] + gradient[1] * d[1];
        };
    } else {
        const core::IntervalFunction f = core::makeIntervalFunction(line.toStdString());
        QString label = line;
        for (const ChoiceOption& option : schema_.find("line")->choices)
            if (option.value == line)
                label = option.label;
        if (result->exact) {
            result->slice = {QStringLiteral("f(x)"), label, f.value, f.slope, f.minimizer};
        } else {
            // Downhill from x₀: φ(α) = f(x₀ + αs), s = −sign f′(x₀).
            const double x0 = params.real("x0");
            const double s = f.slope(x0) > 0 ? -1.0 : 1.0;
            result->slice = {tr("φ(α) = f(x₀ %1 α)").arg(s > 0 ? "+" : "−"), tr("%1 from x₀ = %2").arg(label).arg(x0),
                             [f, x0, s](double alpha) { return f.value(x0 + s * alpha); },
                             [f, x0, s](double alpha) { return s * f.slope(x0 + s * alpha); },
                             (f.minimizer - x0) * s >= 0 ? (f.minimizer - x0) * s : NAN};
        }
    }

    if (result->exact) {
        result->from = std::min(params.real("a"), params.real("b"));
        result->to = std::max(params.real("a"), params.real("b"));
        if (!(result->to > result->from))
            throw InputError(tr("The interval is empty: make its two ends differ."));
        result->tolerance = params.real("tolerance");
        for (int i = -9; i <= 0; ++i)
            result->sweepTolerances.push_back(std::pow(10.0, i));
        const QStringList chosen = params.list("methods");
        int done = 0;
        for (const IntervalMethodEntry& m : kIntervalMethods) {
            if (!chosen.contains(QLatin1String(m.key)))
                continue;
            core::checkpoint(control, double(done++) / chosen.size());
            const core::IntervalSearchSettings settings{.method = m.method, .tolerance = result->tolerance,
                                                        .seed = static_cast<std::uint64_t>(params.integer("seed"))};
            IntervalMethodRun entry{QString::fromLatin1(m.key), core::searchInterval(result->slice.value, result->from, result->to, settings), {}};
            for (double tolerance : result->sweepTolerances) {
                core::IntervalSearchSettings sweep = settings;
                sweep.tolerance = tolerance;
                entry.callsForTolerance.push_back(core::searchInterval(result->slice.value, result->from, result->to, sweep).evaluations);
            }
            result->runs.push_back(std::move(entry));
        }
        if (result->runs.empty())
            throw InputError(tr("No method is chosen: tick at least one under Methods."));
        return result;
    }

    result->from = 0;
    result->to = params.real("b");
    if (!(result->to > 0))
        throw InputError(tr("Along a direction α starts at 0: make 'Interval to (α range)' positive."));
    result->phi0 = result->slice.value(0);
    result->slope0 = result->slice.slope(0);
    if (!(result->slope0 < 0))
        throw InputError(tr("φ′(0) = %1 is not negative: the direction does not go downhill from this start. Choose another start.")
                             .arg(result->slope0));
    result->conditions = {.c1 = params.real("c1"), .c2 = params.real("c2")};
    if (!(result->conditions.c1 < result->conditions.c2))
        throw InputError(tr("The Wolfe conditions need c₁ < c₂ (now %1 and %2): lower c₁ or raise c₂.")
                             .arg(result->conditions.c1).arg(result->conditions.c2));
    result->shrink = params.real("rho");
    result->initial = params.real("alpha0");
    const auto pair = [phi = result->slice](double alpha) { return std::pair{phi.value(alpha), phi.slope(alpha)}; };
    result->backtracking = core::backtrackingSearch(result->slice.value, result->phi0, result->slope0, result->initial,
                                                    result->shrink, result->conditions.c1);
    result->wolfe = core::strongWolfeSearch(pair, result->phi0, result->slope0, result->initial, result->conditions);
    const double phi0 = result->phi0, slope0 = result->slope0;
    const core::WolfeConditions c = result->conditions;
    const LineSlice slice = result->slice;
    const auto armijo = [=](double alpha) { return slice.value(alpha) <= phi0 + c.c1 * alpha * slope0; };
    result->armijoIntervals = acceptedIntervals(armijo, result->to, kConditionSamples);
    result->wolfeIntervals = acceptedIntervals(
        [=](double alpha) { return armijo(alpha) && std::abs(slice.slope(alpha)) <= c.c2 * std::abs(slope0); }, result->to,
        kConditionSamples);
    return result;
}

// The same descent x ← x − α∇f three times, the registry's methods for the three rules: gd (α = η), gd-armijo
// (backtracking from α₀) and steepest (the exact minimum along −∇f).
void LineSearchLesson::computeDescents(LineSearchLessonResult& result, const ParamValues& params, core::ComputeControl* control) const
{
    result.surface = makeSurface(params);
    result.surfaceLabel = surfaceLabel(*result.surface, &params);
    result.fixedStep = params.real("step");
    const core::Vec2 start = surfaceStart(*result.surface, params);
    const core::RunSettings settings = surfaceRunSettings(*result.surface, start, params.integer("iters"));
    core::Hyperparameters backtracking = core::defaultHyperparameters("gd-armijo");
    backtracking.backtrackingShrink = params.real("rho");
    backtracking.sufficientDecrease = params.real("c1");
    struct Rule {
        const char* key;
        const char* method;
        core::Hyperparameters hyper;
        double rate;
    };
    const Rule rules[] = {{"fixed", "gd", {}, result.fixedStep},
                          {"backtracking", "gd-armijo", backtracking, params.real("alpha0")},
                          {"exact", "steepest", {}, 0}};
    for (std::size_t i = 0; i < std::size(rules); ++i) {
        const Rule& rule = rules[i];
        core::ComputeStage part(control, double(i) / std::size(rules), double(i + 1) / std::size(rules));
        CountingObjective counted(*result.surface);
        const auto method = core::makeMethod(rule.method, rule.hyper);
        StepRuleRun run{QString::fromLatin1(rule.key), core::runMethod(counted, *method, start, rule.rate, settings, part.get()), 0, 0};
        // The loop itself evaluates f and ∇f at the start and at every point a step proposes (the last one
        // not kept when it diverged): what is left is the rule's own work.
        const int loopCalls = int(run.run.points.size()) + (run.run.diverged ? 1 : 0);
        run.valueCalls = counted.values - loopCalls;
        run.gradientCalls = counted.gradients - loopCalls;
        result.descents.push_back(std::move(run));
    }
}

QJsonObject LineSearchLesson::toJson(const LineSearchLessonResult& r, int frame) const
{
    if (r.mode == LineSearchMode::Descent)
        return descentJson(r, frame);
    QJsonObject json{{"mode", r.exact ? "exact" : "inexact"},
                     {"function", r.slice.functionLabel},
                     {"phi", r.slice.label},
                     {"from", r.from},
                     {"to", r.to},
                     {"frame", frame}};
    if (r.exact) {
        QJsonObject intervals, evaluations, tried, minimizer, value, sweep;
        for (const IntervalMethodRun& m : r.runs) {
            QJsonArray ab, calls, points;
            for (const core::IntervalIteration& it : m.run.iterations) {
                ab.append(QJsonArray{it.a, it.b});
                calls.append(it.evaluations);
                points.append(jsonNumbers(it.tried));
            }
            intervals[m.key] = ab;
            evaluations[m.key] = calls;
            tried[m.key] = points;
            minimizer[m.key] = m.run.minimizer;
            value[m.key] = jsonNumber(m.run.value);
            sweep[m.key] = jsonNumbers(m.callsForTolerance);
        }
        json["tolerance"] = r.tolerance;
        json["intervals"] = intervals;
        json["evaluations"] = evaluations;
        json["tried"] = tried;
        json["minimizer"] = minimizer;
        json["value"] = value;
        json["true_minimizer"] = jsonNumber(r.slice.minimizer);
        json["tolerance_sweep"] = QJsonObject{{"tolerances", jsonNumbers(r.sweepTolerances)}, {"evaluations", sweep}};
        return json;
    }
    const int shown = frame + 1;
    json["phi0"] = r.phi0;
    json["slope0"] = r.slope0;
    json["c1"] = r.conditions.c1;
    json["c2"] = r.conditions.c2;
    json["rho"] = r.shrink;
    json["alpha0"] = r.initial;
    json["armijo_intervals"] = pairsJson(r.armijoIntervals);
    json["wolfe_intervals"] = pairsJson(r.wolfeIntervals);
    json["trials"] = QJsonObject{{"backtracking", trialsJson(r.backtracking, shown)}, {"wolfe", trialsJson(r.wolfe, shown)}};
    json["accepted_alpha"] = QJsonObject{{"backtracking", r.backtracking.alpha > 0 ? QJsonValue(r.backtracking.alpha) : QJsonValue()},
                                         {"wolfe", r.wolfe.alpha > 0 ? QJsonValue(r.wolfe.alpha) : QJsonValue()}};
    json["wolfe_met"] = r.wolfe.wolfe;
    json["evaluations"] = QJsonObject{{"backtracking", int(r.backtracking.trials.size())}, {"wolfe", int(r.wolfe.trials.size())}};
    return json;
}

QJsonObject LineSearchLesson::descentJson(const LineSearchLessonResult& r, int frame) const
{
    const double fMin = r.surface->minimumValue();
    QJsonObject paths, values, steps, evaluations, stops, current;
    for (const StepRuleRun& d : r.descents) {
        QJsonArray points;
        for (const core::Vec2& p : d.run.points)
            points.append(QJsonArray{jsonNumber(p[0]), jsonNumber(p[1])});
        paths[d.rule] = points;
        values[d.rule] = jsonNumbers(d.run.values);
        QJsonArray lengths; // α_k = ‖x_{k+1} − x_k‖ / ‖∇f(x_k)‖
        for (std::size_t k = 0; k + 1 < d.run.points.size(); ++k)
            lengths.append(jsonNumber(core::norm(d.run.points[k + 1] - d.run.points[k]) / d.run.gradientNorms[k]));
        steps[d.rule] = lengths;
        evaluations[d.rule] = QJsonObject{{"f", d.valueCalls}, {"gradient", d.gradientCalls}};
        stops[d.rule] = QString::fromStdString(d.run.stopReason);
        const std::size_t k = std::min<std::size_t>(std::size_t(frame), d.run.points.size() - 1);
        current[d.rule] = QJsonObject{{"step", int(k)},
                                      {"x", QJsonArray{jsonNumber(d.run.points[k][0]), jsonNumber(d.run.points[k][1])}},
                                      {"f", jsonNumber(d.run.values[k])}};
    }
    return {{"mode", "descent"},
            {"function", r.surfaceLabel},
            {"minimum_value", jsonNumber(fMin)},
            {"fixed_step", r.fixedStep},
            {"paths", paths},
            {"values", values},
            {"steps", steps},
            {"evaluations", evaluations},
            {"stop_reasons", stops},
            {"current", current},
            {"frame", frame}};
}

LessonFigure* LineSearchLesson::createFigure(QWidget* parent) const { return new LineSearchFigure(parent); }

} // namespace gradus
