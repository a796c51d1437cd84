#include "optimizers_lesson.h"

#include "framework/json_numbers.h"

#include "core/compute_control.h"
#include "core/functions/noisy_gradient.h"
#include "lessons/common/surface_params.h"
#include "optimizers_figure.h"

#include <QJsonArray>

#include <cmath>

namespace gradus {

namespace {

QList<ChoiceOption> scheduleChoices(bool withShared)
{
    QList<ChoiceOption> choices;
    if (withShared)
        choices.append({"shared", OptimizersLesson::tr("as for all methods")});
    choices.append({{"constant", OptimizersLesson::tr("constant")},
                    {"step", OptimizersLesson::tr("step decay (halve every quarter)")},
                    {"cosine", OptimizersLesson::tr("cosine")},
                    {"warmup", OptimizersLesson::tr("linear warm-up (10 %)")}});
    return choices;
}

core::Schedule scheduleFromName(const QString& name)
{
    if (name == u"step") return core::Schedule::stepDecay(); // every quarter of the run
    if (name == u"cosine") return core::Schedule::cosine();
    if (name == u"warmup") return core::Schedule::warmup();
    return core::Schedule::constant();
}

} // namespace

namespace {

// Every rate tried and where its run ended (null when it diverged); empty without tuning.
QJsonArray tuningJson(const MethodRun& entry)
{
    QJsonArray tried;
    for (const auto& [rate, final] : entry.tuning)
        tried.append(QJsonObject{{"lr", rate}, {"f_final", std::isfinite(final) ? QJsonValue(final) : QJsonValue()}});
    return tried;
}
} // namespace

QString OptimizersLesson::methodLabel(const QString& method)
{
    const core::MethodInfo* info = core::findMethod(method.toStdString());
    return info ? tr(info->label) : method;
}

QColor OptimizersLesson::methodColor(const QString& method)
{
    // Okabe–Ito first, then ten more that stay apart from them (one per method of the registry, in its
    // order); a white casing under every path keeps each readable on the heat map.
    static const QList<QColor> colors = {QColor(0, 114, 178),  QColor(213, 94, 0),   QColor(0, 158, 115),
                                         QColor(204, 121, 167), QColor(230, 159, 0), QColor(86, 180, 233),
                                         QColor(240, 228, 66),  QColor(0, 0, 0),     QColor(153, 68, 170),
                                         QColor(170, 40, 40),   QColor(120, 120, 120), QColor(0, 90, 90),
                                         QColor(140, 100, 0),   QColor(230, 0, 80),    QColor(128, 128, 0),
                                         QColor(40, 40, 150),   QColor(90, 150, 40),   QColor(190, 140, 230)};
    const auto& names = core::methodNames();
    const auto it = std::find(names.begin(), names.end(), method.toStdString());
    return it == names.end() ? QColor(Qt::gray) : colors[int(it - names.begin()) % colors.size()];
}

OptimizersLesson::OptimizersLesson()
{
    const QString functionGroup = tr("Function");
    const QString raceGroup = tr("Race");
    addSurfaceParams(schema_, "rosenbrock", functionGroup);
    ParamSpec start = ParamSpec::point("start", tr("Start"), QPointF(0, 0), -1e4, 1e4, 3).withAuto();
    start.defaultValue = QStringLiteral("auto");
    schema_.add(start
                    .withHelp(tr("Where every method starts; auto uses the function's usual start. Click on the map to choose."))
                    .inGroup(functionGroup));

    QList<ChoiceOption> methods;
    for (const std::string& name : core::methodNames())
        methods.append({QString::fromStdString(name), methodLabel(QString::fromStdString(name))});
    schema_.add(ParamSpec::choiceSet("methods", tr("Methods"), {"gd", "momentum", "adam", "bfgs", "nelder-mead"}, methods)
                    .withHelp(tr("The methods to race; each keeps its colour.")).inGroup(raceGroup));
    schema_.add(ParamSpec::real("lr", tr("Learning rate"), 0, 0, 10, 6).logScale()
                    .withSpecialValue(tr("PyTorch default"))
                    .withHelp(tr("The step size of every first-order method, unless a method sets its own below. "
                                 "0 gives each method PyTorch's default (SGD 1e-3, Adagrad and RMSprop 1e-2, Adam 1e-3, "
                                 "Lion 1e-4). Newton, BFGS and Nelder–Mead do not use it."))
                    .inGroup(raceGroup));
    schema_.add(ParamSpec::integer("iters", tr("Iterations"), 500, 1, 10000).withHelp(tr("Steps of every method.")).inGroup(raceGroup));
    schema_.add(ParamSpec::choice("schedule", tr("Schedule"), "constant", scheduleChoices(false))
                    .withHelp(tr("How the learning rate changes over the run, for every method unless it sets its own."))
                    .inGroup(raceGroup));
    schema_.add(ParamSpec::real("noise", tr("Gradient noise σ"), 0, 0, 100, 3)
                    .withSpecialValue(tr("none"))
                    .withHelp(tr("Every method sees ∇f + σ·ξ with ξ standard Gaussian, as from a stochastic gradient; "
                                 "f itself (and Newton's Hessian) stays exact. Each method gets the same sequence of noise."))
                    .inGroup(raceGroup));
    schema_.add(ParamSpec::integer("noise_seed", tr("Noise seed"), 1, 0, 1000000)
                    .withHelp(tr("Draws the gradient noise.")).inGroup(raceGroup));
    schema_.add(ParamSpec::boolean("tune", tr("Tune each learning rate (fair race)"), false)
                    .withHelp(tr("Try every learning rate of a log grid from 1e-5 to 1 (four per decade) for each first-order "
                                 "method, with this function, start and number of iterations, and race each at the rate "
                                 "that ends lowest. The legend shows the rates chosen."))
                    .inGroup(raceGroup));
    QList<ChoiceOption> anatomyChoices{{"none", tr("none")}};
    for (const ChoiceOption& option : methods)
        anatomyChoices.append(option);
    schema_.add(ParamSpec::choice("view", tr("Picture"), "map", {{"map", tr("contour map")}, {"surface", tr("3D surface")}})
                    .withHelp(tr("The 3D surface turns with the mouse (drag to turn, scroll to zoom, right-drag to pan); "
                                 "it needs OpenGL.")).inGroup(raceGroup));
    schema_.add(ParamSpec::boolean("wireframe", tr("Grid lines on the surface"), false)
                    .inGroup(raceGroup).relevantWhen("view", {"surface"}));
    schema_.add(ParamSpec::choice("anatomy", tr("Step anatomy of"), "none", anatomyChoices)
                    .withHelp(tr("Draw the pieces of one method's update at the current iteration: the plain gradient step "
                                 "−η∇f, the momentum or search direction, the per-coordinate scaling (a box) and the step "
                                 "actually taken. Step with ←/→ to see how the rule builds each step."))
                    .inGroup(raceGroup));

    // Per-method settings, shown only for the methods in the race: as the registry declares them.
    for (const core::MethodInfo& info : core::methodRegistry()) {
        const QString method = QString::fromStdString(info.name);
        const QString group = methodLabel(method);
        if (info.usesLearningRate()) {
            schema_.add(ParamSpec::real(method + ".lr", tr("Learning rate"), 0, 0, 10, 6).logScale().withSpecialValue(tr("shared"))
                            .withHelp(tr("0 (shown as 'shared') uses the learning rate of the race."))
                            .inGroup(group).relevantWhen("methods", {method}));
            schema_.add(ParamSpec::choice(method + ".schedule", tr("Schedule"), "shared", scheduleChoices(true))
                            .inGroup(group).relevantWhen("methods", {method}));
        }
        for (const core::HyperparameterSpec& h : info.hyperparameters) {
            const double byDefault = info.defaults.*h.field;
            ParamSpec spec = ParamSpec::real(method + "." + QString::fromStdString(h.key), tr(h.label), byDefault, h.minimum, h.maximum, 6);
            if (h.logarithmic)
                spec.logScale();
            schema_.add(spec.inGroup(group).relevantWhen("methods", {method})
                            .withHelp(tr("%1 of %2 (PyTorch's default: %3).").arg(tr(h.label), methodLabel(method)).arg(byDefault)));
        }
    }
}

QList<LessonPreset> OptimizersLesson::presets() const
{
    return {
        {"adam-vs-sgd", tr("Adam vs SGD on Rosenbrock"),
         {"function=rosenbrock", "methods=gd,adam", "gd.lr=0.001", "adam.lr=0.05", "iters=1000"}},
        {"lion-high-lr", tr("Lion with a high learning rate oscillates"),
         {"function=rosenbrock", "methods=adam,lion", "lr=0.1", "iters=300"}},
        {"momentum-ill-conditioned", tr("Momentum on an ill-conditioned quadratic"),
         {"function=quadratic", "kappa=50", "angle=30", "methods=gd,momentum,nesterov", "lr=0.01", "iters=200"}},
        {"saddle-escape", tr("Saddle point escape"),
         {"function=saddle", "methods=gd,momentum,adam,newton", "lr=0.05", "iters=80"}},
        {"newton-to-maximum", tr("Newton runs to a maximum"),
         {"function=himmelblau", "methods=gd,newton,damped-newton", "lr=0.01", "start=-0.5,-0.5", "iters=60"}},
        {"families", tr("First-order, second-order, quasi-Newton, derivative-free"),
         {"function=rosenbrock", "methods=gd,adam,newton,bfgs,nelder-mead", "gd.lr=0.001", "adam.lr=0.05", "iters=400"}},
        // SG_animation.ipynb: one step for all, optax's defaults (AdamW's weight decay 10⁻⁴, Lion's 10⁻³).
        {"seed", tr("As in the original post: Fromage, AdamW, NAG-GS and Lion on Rosenbrock"),
         {"function=rosenbrock", "start=0.1,3", "methods=adamw,lion,fromage,nag-gs", "lr=0.003", "iters=2000",
          "adamw.weight_decay=0.0001", "lion.weight_decay=0.001"}},
        // With σ = 2 momentum piles the noise up (mean f over the last 100 steps 0.80), plain GD and
        // Adam hover lower (0.17, 0.12): what the course notebook's race under noise shows.
        {"noisy-gradients", tr("Under gradient noise: momentum piles it up, Adam damps it"),
         {"function=quadratic", "kappa=10", "methods=gd,momentum,adam", "lr=0.05", "iters=300", "noise=2"}},
        // The textbook start (−1.2, 1): Polak–Ribière+ reaches f < 10⁻¹⁰ in 21 steps, BFGS in 33, Fletcher–Reeves in 70.
        {"nonlinear-cg", tr("Nonlinear CG: Fletcher–Reeves and Polak–Ribière+ with a Wolfe line search"),
         {"function=rosenbrock", "start=-1.2,1", "methods=gd,cg-fr,cg-pr,bfgs", "gd.lr=0.001", "iters=150"}},
    };
}

std::vector<double> OptimizersLesson::tuningGrid()
{
    std::vector<double> grid;
    for (int k = -20; k <= 0; ++k)
        grid.push_back(std::pow(10.0, k / 4.0));
    return grid;
}

QString OptimizersLesson::title() const { return tr("Optimizers racing on a surface"); }
QString OptimizersLesson::topic() const { return tr("Optimization methods"); }
QString OptimizersLesson::summary() const
{
    return tr("Gradient descent, momentum, Adam, Lion, Newton, BFGS and Nelder–Mead side by side on classic 2D test functions.");
}

ResultPtr OptimizersLesson::compute(const ParamValues& params, core::ComputeControl* control) const
{
    auto result = std::make_shared<OptimizersResult>();
    result->function = makeSurface(params);
    result->functionLabel = surfaceLabel(*result->function, &params);
    result->iterations = params.integer("iters");
    if (params.text("anatomy") != u"none")
        result->anatomyMethod = params.text("anatomy");
    result->surface = params.text("view") == u"surface";
    result->wireframe = params.boolean("wireframe");
    result->gradientNoise = params.real("noise");
    const auto noiseSeed = std::uint64_t(params.integer("noise_seed"));
    const core::Vec2 start = surfaceStart(*result->function, params);
    core::RunSettings settings = surfaceRunSettings(*result->function, start, result->iterations);

    // Race in the fixed order of the method list, so colours and legends never reshuffle.
    QStringList chosen;
    for (const std::string& name : core::methodNames())
        if (params.list("methods").contains(QString::fromStdString(name)))
            chosen << QString::fromStdString(name);
    for (int i = 0; i < chosen.size(); ++i) {
        const QString& method = chosen[i];
        MethodRun entry;
        entry.name = method;
        entry.label = methodLabel(method);
        entry.color = methodColor(method);
        const core::MethodInfo& info = *core::findMethod(method.toStdString()); // the choices are the registry's names
        entry.hyper = info.defaults;
        for (const core::HyperparameterSpec& h : info.hyperparameters)
            entry.hyper.*h.field = params.real(method + "." + QString::fromStdString(h.key));
        auto rule = info.make(entry.hyper);
        entry.usesLearningRate = info.usesLearningRate();
        entry.learningRate = params.real("lr") > 0 ? params.real("lr") : info.defaultRate;
        entry.schedule = params.text("schedule");
        if (entry.usesLearningRate) {
            if (params.real(method + ".lr") > 0)
                entry.learningRate = params.real(method + ".lr");
            if (params.text(method + ".schedule") != u"shared")
                entry.schedule = params.text(method + ".schedule");
        }
        settings.schedule = scheduleFromName(entry.schedule);
        core::ComputeStage stage(control, double(i) / chosen.size(), double(i + 1) / chosen.size());
        if (params.boolean("tune") && entry.usesLearningRate) {
            // The rate whose run ends lowest wins; a diverged run never does; ties go to the smaller rate.
            const std::vector<double> grid = tuningGrid();
            core::RunSettings quiet = settings;
            quiet.recordAnatomy = false;
            double bestValue = INFINITY;
            for (std::size_t k = 0; k < grid.size(); ++k) {
                core::ComputeStage part(stage.get(), double(k) / (grid.size() + 1), double(k + 1) / (grid.size() + 1));
                const core::NoisyGradient objective(*result->function, result->gradientNoise, noiseSeed);
                const core::Trajectory trial = core::runMethod(objective, *rule, start, grid[k], quiet, part.get());
                const double final = trial.diverged ? INFINITY : trial.values.back();
                entry.tuning.emplace_back(grid[k], final);
                if (final < bestValue) {
                    bestValue = final;
                    entry.learningRate = grid[k];
                }
            }
            entry.tuned = std::isfinite(bestValue);
        }
        core::ComputeStage last(stage.get(), entry.tuning.empty() ? 0.0 : 0.95, 1.0);
        const core::NoisyGradient objective(*result->function, result->gradientNoise, noiseSeed);
        entry.run = core::runMethod(objective, *rule, start, entry.learningRate, settings, last.get());
        result->runs.push_back(std::move(entry));
    }
    return result;
}

QJsonObject OptimizersLesson::toJson(const OptimizersResult& result, int frame) const
{
    const core::TestFunction& f = *result.function;
    const auto minima = f.minima();
    QJsonObject function{{"name", QString::fromStdString(f.name())},
                         {"label", result.functionLabel},
                         {"minimum", minima.empty() ? QJsonValue() : QJsonValue(jsonNumbers(minima.front()))},
                         {"minima", jsonRows(minima)},
                         {"local_minima", jsonRows(f.localMinima())},
                         {"f_min", std::isfinite(f.minimumValue()) ? QJsonValue(f.minimumValue()) : QJsonValue()}};
    QJsonArray methods;
    for (const MethodRun& entry : result.runs) {
        QJsonArray path, values, gradients;
        for (const core::Vec2& p : entry.run.points)
            path.append(jsonNumbers(p));
        for (double v : entry.run.values)
            values.append(v);
        for (double g : entry.run.gradientNorms)
            gradients.append(g);
        QJsonObject params;
        if (entry.usesLearningRate) {
            params["lr"] = entry.learningRate;
            params["schedule"] = entry.schedule;
            params["tuned"] = entry.tuned;
        }
        for (const core::HyperparameterSpec& h : core::findMethod(entry.name.toStdString())->hyperparameters)
            params[QString::fromStdString(h.key)] = entry.hyper.*h.field;
        const int last = int(entry.run.points.size()) - 1;
        const int step = std::clamp(frame, 0, last);
        methods.append(QJsonObject{
            {"name", entry.name},
            {"params", params},
            {"path", path},
            {"f", values},
            {"grad_norm", gradients},
            {"diverged", entry.run.diverged},
            {"diverged_at_step", entry.run.diverged ? QJsonValue(entry.run.divergedAtStep) : QJsonValue()},
            {"stop_reason", QString::fromStdString(entry.run.stopReason)},
            {"tuning", tuningJson(entry)},
            {"current", QJsonObject{{"step", step}, {"x", jsonNumbers(entry.run.points[std::size_t(step)])},
                                    {"f", entry.run.values[std::size_t(step)]}}},
        });
    }
    return QJsonObject{{"function", function}, {"methods", methods}, {"iterations", result.iterations}, {"gradient_noise", result.gradientNoise}};
}

LessonFigure* OptimizersLesson::createFigure(QWidget* parent) const { return new OptimizersFigure(parent); }

} // namespace gradus
