#include "acceleration_lesson.h"

#include "acceleration_figure.h"
#include "core/compute_control.h"
#include "framework/errors.h"
#include "core/functions/test_functions.h"
#include "framework/json_numbers.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace gradus {

namespace {

constexpr KeyedQuadraticMethod kKeyedQuadraticMethods[] = {
    {"gd", core::QuadraticMethod::Gradient},
    {"heavy-ball", core::QuadraticMethod::HeavyBall},
    {"nesterov", core::QuadraticMethod::Nesterov},
};

// Least-squares slope of log y against log x over the points with x ≥ from and y > 0.
double logLogSlope(const std::vector<double>& x, const std::vector<int>& y, double from)
{
    double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (x[i] < from || y[i] <= 0)
            continue;
        const double u = std::log(x[i]), v = std::log(double(y[i]));
        n += 1, sx += u, sy += v, sxx += u * u, sxy += u * v;
    }
    const double denominator = n * sxx - sx * sx;
    return n >= 2 && denominator > 0 ? (n * sxy - sx * sy) / denominator : NAN;
}

// The runs of x₀ on the grid where `holds`, as [first, last] pairs of grid points.
std::vector<std::pair<double, double>> runsOf(const std::vector<double>& grid, const std::vector<bool>& holds)
{
    std::vector<std::pair<double, double>> runs;
    for (std::size_t i = 0; i < grid.size(); ++i) {
        if (!holds[i])
            continue;
        if (i > 0 && holds[i - 1])
            runs.back().second = grid[i];
        else
            runs.push_back({grid[i], grid[i]});
    }
    return runs;
}

QJsonArray pairsJson(const std::vector<std::pair<double, double>>& pairs)
{
    QJsonArray out;
    for (const auto& [a, b] : pairs)
        out.append(QJsonArray{a, b});
    return out;
}

} // namespace

AccelerationLesson::AccelerationLesson()
{
    schema_.add(ParamSpec::choice("mode", tr("Picture"), "counterexample",
                                  {{"counterexample", tr("heavy ball's counterexample")}, {"kappa", tr("iterations against κ")},
                                   {"flow", tr("gradient descent and gradient flow")},
                                   {"chebyshev", tr("Chebyshev acceleration")}, {"lower-bound", tr("the lower bound")}})
                    .withHelp(tr("Heavy ball and Nesterov on a function where momentum tuned for quadratics fails; the "
                                 "iterations each method needs as the condition number grows; gradient descent as "
                                 "steps along the gradient flow; the polynomials behind acceleration; or the function "
                                 "on which no first-order method can be fast.")));

    const QString example = tr("Counterexample");
    schema_.add(ParamSpec::real("x0", tr("Start x₀"), 3.3, -4, 4, 3).withStep(0.01)
                    .withHelp(tr("Where both methods start (x₋₁ = x₀). Heavy ball cycles from about 3.07 to 3.46, "
                                 "and from the other starts the bars under the curve show."))
                    .inGroup(example).relevantWhen("mode", {"counterexample"}));
    schema_.add(ParamSpec::integer("iters", tr("Iterations"), 60, 1, 2000)
                    .withHelp(tr("Steps of each method; the player shows them one by one."))
                    .inGroup(example).relevantWhen("mode", {"counterexample"}));
    const core::MomentumConstants polyak = core::heavyBallConstants(core::LessardFunction::mu, core::LessardFunction::L);
    schema_.add(ParamSpec::real("alpha", tr("Heavy ball's step α"), polyak.alpha, 1e-4, 0.2, 6).withStep(0.005)
                    .withHelp(tr("4/(√L + √μ)² = 1/9 is the best step for quadratics with these L and μ."))
                    .inGroup(example).relevantWhen("mode", {"counterexample"}));
    schema_.add(ParamSpec::real("beta", tr("Heavy ball's momentum β"), polyak.beta, 0, 0.99, 6).withStep(0.01)
                    .withHelp(tr("((√L − √μ)/(√L + √μ))² = 4/9 is the best momentum for quadratics; smaller values "
                                 "make heavy ball converge here."))
                    .inGroup(example).relevantWhen("mode", {"counterexample"}));

    const QString sweep = tr("Condition number");
    schema_.add(ParamSpec::real("kappa_max", tr("Largest κ"), 1000, 10, 1e5, 0).logScale()
                    .withHelp(tr("κ runs over evenly spaced logarithms from 1 to this; the player goes through them."))
                    .inGroup(sweep).relevantWhen("mode", {"kappa"}));
    schema_.add(ParamSpec::integer("kappas", tr("Values of κ"), 25, 3, 60).inGroup(sweep).relevantWhen("mode", {"kappa"}));
    schema_.add(ParamSpec::real("eps", tr("Accuracy ε"), 1e-6, 1e-12, 0.1, 12).logScale()
                    .withHelp(tr("A method has arrived once ‖x_k − x*‖ ≤ ε‖x₀ − x*‖."))
                    .inGroup(sweep).relevantWhen("mode", {"kappa"}));
    QList<ChoiceOption> methods;
    for (const KeyedQuadraticMethod& m : kKeyedQuadraticMethods)
        methods.append({m.key, quadraticMethodName(m.key)});
    schema_.add(ParamSpec::choiceSet("methods", tr("Methods"), {"gd", "heavy-ball", "nesterov"}, methods)
                    .inGroup(sweep).relevantWhen("mode", {"kappa"}));

    // GD_vs_GF.ipynb: A = diag(1, 5), x₀ = (4, 4), α = 0.1, 30 steps.
    const QString flow = tr("Gradient flow");
    schema_.add(ParamSpec::real("flow_kappa", tr("Condition number κ"), 5, 1, 100, 2).logScale()
                    .withHelp(tr("f = ½xᵀAx with A's eigenvalues 1 and κ."))
                    .inGroup(flow).relevantWhen("mode", {"flow"}));
    schema_.add(ParamSpec::real("flow_angle", tr("Valley angle"), 0, -90, 90, 1).withUnit(tr("°"))
                    .inGroup(flow).relevantWhen("mode", {"flow"}));
    schema_.add(ParamSpec::point("flow_start", tr("Start x₀"), QPointF(4, 4), -10, 10, 3)
                    .withHelp(tr("Click on the map to choose."))
                    .inGroup(flow).relevantWhen("mode", {"flow"}));
    schema_.add(ParamSpec::real("step", tr("Step α"), 0.1, 1e-3, 1, 4).logScale()
                    .withHelp(tr("Gradient descent's step; the flow's time runs α per step. Above 2/κ it diverges."))
                    .inGroup(flow).relevantWhen("mode", {"flow"}));
    schema_.add(ParamSpec::integer("flow_iters", tr("Steps"), 30, 1, 2000).inGroup(flow).relevantWhen("mode", {"flow"}));
    addChebyshevParams();
    addLowerBoundParams();
}

QString AccelerationLesson::title() const { return tr("Acceleration: momentum and its limits"); }
QString AccelerationLesson::topic() const { return tr("Optimization methods"); }
QString AccelerationLesson::summary() const
{
    return tr("Heavy ball and Nesterov need √κ times fewer steps than gradient descent on quadratics, yet heavy ball "
              "with the same constants cycles for ever on a smooth strongly convex function.");
}

QList<LessonPreset> AccelerationLesson::presets() const
{
    return {
        {"nesterov-too", tr("A start from which heavy ball converges too, after a long dance"), {"x0=-2"}},
        {"smaller-momentum", tr("Heavy ball with β = 0.3 converges from the cycling start"), {"beta=0.3"}},
        {"kappa", tr("Iterations to 10⁻⁶ against κ up to 1000: slopes 1 and ½"), {"mode=kappa"}},
        {"kappa-wide", tr("κ up to 10⁵ and ε = 10⁻¹⁰"), {"mode=kappa", "kappa_max=100000", "kappas=31", "eps=1e-10"}},
        // GD_vs_GF.ipynb's scene, with the flow drawn against t = kα.
        {"gd-vs-flow", tr("Gradient descent beside the gradient flow on diag(1, 5), α = 0.1, as in the course"), {"mode=flow"}},
        {"flow-large-step", tr("α = 0.35, near 2/L = 0.4: the steps overshoot across the valley, the flow never does"),
         {"mode=flow", "step=0.35"}},
        {"chebyshev", tr("Chebyshev acceleration on κ = 100: the recurrence, the steps 1/λᵢ and their polynomials"), {"mode=chebyshev"}},
        // chebyshev_gd.py: κ = 100, 30°, x₀ = (3, 3), seven points.
        {"chebyshev-course", tr("As in the course's animation: κ = 100, six steps"), {"mode=chebyshev", "cheb_iters=6"}},
        {"chebyshev-unstable", tr("64 nodes, the largest steps first: exact in theory, wrecked by rounding"),
         {"mode=chebyshev", "period=64", "order=large-first", "cheb_iters=64"}},
        {"chebyshev-stable", tr("The same 64 nodes in the fractal order: the error of exact arithmetic"),
         {"mode=chebyshev", "period=64", "cheb_iters=64"}},
        {"lower-bound", tr("Nesterov's worst function: no first-order method beats the floor; CG runs on it"), {"mode=lower-bound"}},
        // Heavy_ball_local_convergence.ipynb: x₀ = 3.7, 30 iterations, α = 1/9, β = 4/9; from there it converges.
        {"seed", tr("As in the course: x₀ = 3.7, 30 steps (this start happens to converge)"), {"x0=3.7", "iters=30"}},
    };
}

QuickRun AccelerationLesson::quickRun() const { return {{"kappa_max=1000"}, {}}; }

core::Quadratic AccelerationLesson::sweepProblem(double kappa)
{
    return core::Quadratic::withDiagonal(Eigen::Vector2d(1, kappa), Eigen::Vector2d::Zero());
}

ResultPtr AccelerationLesson::compute(const ParamValues& params, core::ComputeControl* control) const
{
    auto result = std::make_shared<AccelerationResult>();
    const QString mode = params.text("mode");
    result->mode = mode == u"kappa"         ? AccelerationMode::Kappa
                   : mode == u"flow"        ? AccelerationMode::Flow
                   : mode == u"chebyshev"   ? AccelerationMode::Chebyshev
                   : mode == u"lower-bound" ? AccelerationMode::LowerBound
                                            : AccelerationMode::Counterexample;
    switch (result->mode) {
    case AccelerationMode::Kappa: computeSweep(*result, params, control); break;
    case AccelerationMode::Flow: computeFlow(*result, params, control); break;
    case AccelerationMode::Chebyshev: computeChebyshev(*result, params, control); break;
    case AccelerationMode::LowerBound: computeLowerBound(*result, params, control); break;
    case AccelerationMode::Counterexample: computeCounterexample(*result, params, control); break;
    }
    return result;
}

void AccelerationLesson::computeSweep(AccelerationResult& r, const ParamValues& params, core::ComputeControl* control) const
{
    const QStringList chosen = params.list("methods");
    if (chosen.isEmpty())
        throw InputError(tr("No method is chosen: tick at least one under Methods."));
    const int count = params.integer("kappas");
    const double top = std::log10(params.real("kappa_max"));
    for (int i = 0; i < count; ++i)
        r.kappas.push_back(std::pow(10.0, top * i / (count - 1)));
    r.eps = params.real("eps");
    const Eigen::VectorXd x0 = Eigen::Vector2d(1, 1);
    const double startError = x0.norm();
    int done = 0;
    const int total = count * int(chosen.size());
    for (const KeyedQuadraticMethod& m : kKeyedQuadraticMethods) {
        if (!chosen.contains(QLatin1String(m.key)))
            continue;
        KappaSweepRun sweep{QString::fromLatin1(m.key), m.method, {}, NAN, {}, {}};
        for (double kappa : r.kappas) {
            core::ComputeStage stage(control, double(done) / total, double(done + 1) / total);
            ++done;
            // Gradient descent needs at most log(1/ε)/log((κ + 1)/(κ − 1)) ≈ (κ + 1)/2·log(1/ε) steps; the
            // accelerated methods far fewer, except for κ near 1, where the margin covers them.
            const int cap = int(std::min(2e6, std::ceil(0.6 * (kappa + 1) * std::log(1 / r.eps)) + 50));
            const core::QuadraticRun run = core::runQuadratic(sweepProblem(kappa), m.method, x0, cap, 1, kappa, stage.get());
            int arrived = -1;
            for (std::size_t k = 0; k < run.points.size(); ++k)
                if (run.points[k].norm() <= r.eps * startError) {
                    arrived = int(k);
                    break;
                }
            sweep.iterationsToEps.push_back(arrived);
            const int last = arrived >= 0 ? arrived : int(run.points.size()) - 1;
            std::vector<Eigen::Vector2d> path;
            for (int k = 0; k <= std::min(last, kPathShown - 1); ++k)
                path.push_back(run.points[std::size_t(k)]);
            sweep.paths.push_back(std::move(path));
            std::vector<std::pair<int, double>> errors;
            const int stride = std::max(1, (last + kErrorSamples - 1) / kErrorSamples);
            for (int k = 0; k <= last; k += stride)
                errors.push_back({k, run.points[std::size_t(k)].norm() / startError});
            if (errors.back().first != last)
                errors.push_back({last, run.points[std::size_t(last)].norm() / startError});
            sweep.errors.push_back(std::move(errors));
        }
        sweep.slope = logLogSlope(r.kappas, sweep.iterationsToEps, 10);
        r.sweepRuns.push_back(std::move(sweep));
    }
}

void AccelerationLesson::computeCounterexample(AccelerationResult& r, const ParamValues& params, core::ComputeControl* control) const
{
    using core::LessardFunction;
    const double x0 = params.real("x0");
    r.iterations = params.integer("iters");
    const core::MomentumConstants heavy{params.real("alpha"), params.real("beta")};
    const core::MomentumConstants nesterov = core::nesterovConstants(LessardFunction::mu, LessardFunction::L);
    for (const auto& [key, kind, constants] : {std::tuple{"heavy-ball", core::MomentumKind::HeavyBall, heavy},
                                               std::tuple{"nesterov", core::MomentumKind::Nesterov, nesterov}})
        r.runs.push_back({QString::fromLatin1(key), constants, core::momentumRun(kind, x0, r.iterations, constants),
                          core::momentumFate(kind, x0, constants)});
    std::vector<double> grid;
    std::vector<bool> cycles;
    for (int i = 0; i < kStartSamples; ++i) {
        if (i % 64 == 0)
            core::checkpoint(control, double(i) / kStartSamples);
        grid.push_back(-4 + 8.0 * i / (kStartSamples - 1));
        cycles.push_back(core::momentumFate(core::MomentumKind::HeavyBall, grid.back(), heavy).cycle.has_value());
    }
    r.cyclingStarts = runsOf(grid, cycles);
}

// Gradient descent with the registry's gd on the quadratic test function (eigenvalues 1 and κ), and the flow
// ẋ = −Ax in closed form, x(t) = V·e^{−Λt}·Vᵀx₀: no integrator's error to tell apart from the steps'.
void AccelerationLesson::computeFlow(AccelerationResult& r, const ParamValues& params, core::ComputeControl* control) const
{
    const std::shared_ptr<const core::TestFunction> f =
        core::makeTestFunction("quadratic", {params.real("flow_kappa"), params.real("flow_angle")});
    const QPointF start = params.point("flow_start");
    const core::Vec2 x0{start.x(), start.y()};
    r.iterations = params.integer("flow_iters");
    r.flowStep = params.real("step");
    const core::Sym2 h = f->hessian(x0);
    r.A << h.xx, h.xy, h.xy, h.yy;
    const auto method = core::makeMethod("gd", {});
    core::RunSettings settings;
    settings.iterations = r.iterations;
    settings.divergenceBound = 1e6 * (1 + core::norm(x0));
    settings.recordAnatomy = false;
    r.descent = core::runMethod(*f, *method, x0, r.flowStep, settings, control);
    const Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d> eigen(r.A);
    const Eigen::Vector2d start0(x0[0], x0[1]);
    const Eigen::Vector2d coefficients = eigen.eigenvectors().transpose() * start0;
    const auto flowAt = [&](double t) {
        return Eigen::Vector2d(eigen.eigenvectors() * (coefficients.array() * (-eigen.eigenvalues().array() * t).exp()).matrix());
    };
    for (int k = 0; k <= r.iterations; ++k) {
        r.flowAtSteps.push_back(flowAt(k * r.flowStep));
        for (int s = 0; s < (k < r.iterations ? AccelerationResult::kFlowSamples : 1); ++s)
            r.flowCurve.push_back(flowAt((k + double(s) / AccelerationResult::kFlowSamples) * r.flowStep));
    }
    for (std::size_t k = 0; k < r.descent.points.size(); ++k) {
        const Eigen::Vector2d x(r.descent.points[k][0], r.descent.points[k][1]);
        if ((x - r.flowAtSteps[k]).norm() > AccelerationResult::kParting * start0.norm()) {
            r.partingStep = int(k);
            break;
        }
    }
}

QJsonObject AccelerationLesson::toJson(const AccelerationResult& r, int frame) const
{
    switch (r.mode) {
    case AccelerationMode::Kappa: return sweepJson(r, frame);
    case AccelerationMode::Flow: return flowJson(r, frame);
    case AccelerationMode::Chebyshev: return chebyshevJson(r, frame);
    case AccelerationMode::LowerBound: return lowerBoundJson(r, frame);
    case AccelerationMode::Counterexample: break;
    }
    return counterexampleJson(r, frame);
}

QJsonObject AccelerationLesson::flowJson(const AccelerationResult& r, int frame) const
{
    QJsonArray descent, flow, times, descentValues, flowValues;
    const auto value = [&](const Eigen::Vector2d& x) { return 0.5 * x.dot(r.A * x); };
    for (std::size_t k = 0; k < r.flowAtSteps.size(); ++k) {
        times.append(double(k) * r.flowStep);
        flow.append(QJsonArray{r.flowAtSteps[k][0], r.flowAtSteps[k][1]});
        flowValues.append(value(r.flowAtSteps[k]));
    }
    for (std::size_t k = 0; k < r.descent.points.size(); ++k) {
        descent.append(QJsonArray{jsonNumber(r.descent.points[k][0]), jsonNumber(r.descent.points[k][1])});
        descentValues.append(jsonNumber(r.descent.values[k]));
    }
    const int k = std::clamp(frame, 0, int(r.descent.points.size()) - 1);
    const Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d> eigen(r.A, Eigen::EigenvaluesOnly);
    return {{"mode", "flow"},
            {"A", QJsonArray{QJsonArray{r.A(0, 0), r.A(0, 1)}, QJsonArray{r.A(1, 0), r.A(1, 1)}}},
            {"step", r.flowStep},
            {"stable_step_limit", 2 / eigen.eigenvalues().maxCoeff()},
            {"times", times},
            {"paths", QJsonObject{{"gd", descent}, {"flow", flow}}},
            {"values", QJsonObject{{"gd", descentValues}, {"flow", flowValues}}},
            {"diverged_at_step", r.descent.diverged ? QJsonValue(r.descent.divergedAtStep) : QJsonValue()},
            {"parting_step", r.partingStep >= 0 ? QJsonValue(r.partingStep) : QJsonValue()},
            {"current", QJsonObject{{"step", k}, {"t", k * r.flowStep}}},
            {"frame", frame}};
}

QJsonObject AccelerationLesson::sweepJson(const AccelerationResult& r, int frame) const
{
    const int at = std::clamp(frame, 0, int(r.kappas.size()) - 1);
    QJsonObject iterations, slopes, paths, errors;
    for (const KappaSweepRun& m : r.sweepRuns) {
        QJsonArray counts;
        for (int k : m.iterationsToEps)
            counts.append(k >= 0 ? QJsonValue(k) : QJsonValue());
        iterations[m.key] = counts;
        slopes[m.key] = jsonNumber(m.slope);
        QJsonArray path;
        for (const Eigen::Vector2d& p : m.paths[std::size_t(at)])
            path.append(QJsonArray{p[0], p[1]});
        paths[m.key] = path;
        QJsonArray samples;
        for (const auto& [k, e] : m.errors[std::size_t(at)])
            samples.append(QJsonArray{k, jsonNumber(e)});
        errors[m.key] = samples;
    }
    return {{"mode", "kappa"},
            {"kappas", jsonNumbers(r.kappas)},
            {"eps", r.eps},
            {"iterations_to_eps", iterations},
            {"slopes", slopes},
            {"frame", frame},
            {"kappa", r.kappas[std::size_t(at)]},
            {"paths", paths},
            {"errors", errors}};
}

QJsonObject AccelerationLesson::counterexampleJson(const AccelerationResult& r, int frame) const
{
    using core::LessardFunction;
    QJsonObject paths, values, constants, fates, current;
    for (const CounterexampleRun& run : r.runs) {
        paths[run.key] = jsonNumbers(run.points);
        QJsonArray f;
        for (double x : run.points)
            f.append(jsonNumber(LessardFunction::value(x)));
        values[run.key] = f;
        constants[run.key] = QJsonObject{{"alpha", run.constants.alpha}, {"beta", run.constants.beta}};
        fates[run.key] = QJsonObject{{"converged", run.fate.converged},
                                     {"diverged", run.fate.diverged},
                                     {"cycle", run.fate.cycle ? QJsonValue(jsonNumbers(*run.fate.cycle)) : QJsonValue()}};
        const std::size_t k = std::min<std::size_t>(std::size_t(std::max(frame, 0)), run.points.size() - 1);
        current[run.key] = QJsonObject{{"step", int(k)}, {"x", jsonNumber(run.points[k])}, {"f", jsonNumber(LessardFunction::value(run.points[k]))}};
    }
    return {{"mode", "counterexample"},
            {"L", LessardFunction::L},
            {"mu", LessardFunction::mu},
            {"x0", r.runs.front().points.front()},
            {"paths", paths},
            {"values", values},
            {"constants", constants},
            {"fate", fates},
            {"cycling_starts", pairsJson(r.cyclingStarts)},
            {"current", current},
            {"frame", frame}};
}

LessonFigure* AccelerationLesson::createFigure(QWidget* parent) const { return new AccelerationFigure(parent); }

} // namespace gradus
