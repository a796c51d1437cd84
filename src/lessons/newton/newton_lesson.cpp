#include "newton_lesson.h"

#include "core/compute_control.h"
#include "framework/errors.h"
#include "framework/json_numbers.h"
#include "newton_figure.h"
#include "lessons/common/surface_params.h"

#include <QJsonArray>

#include <cmath>
#include <optional>

namespace gradus {

using core::operator*; // Vec2 is a std::array: its arithmetic is not found by argument-dependent lookup

HessianClass classifyHessian(const core::Sym2& h)
{
    const core::Vec2 e = h.eigenvalues();
    const double tolerance = 1e-12 * (std::abs(e[0]) + std::abs(e[1]));
    if (std::abs(e[0]) <= tolerance || std::abs(e[1]) <= tolerance)
        return HessianClass::Singular;
    if (e[0] > 0)
        return HessianClass::PositiveDefinite;
    if (e[1] < 0)
        return HessianClass::NegativeDefinite;
    return HessianClass::Indefinite;
}

NewtonLesson::NewtonLesson()
{
    schema_.add(ParamSpec::choice("mode", tr("Dimension"), "2d", {{"2d", tr("two variables: direction fields")},
                                                                 {"1d", tr("one variable: tangent parabolas")}})
                    .withHelp(tr("2D shows where Newton's direction points; 1D shows each step as the jump to the "
                                 "vertex of the local parabola.")));
    const QString twoD = tr("Two variables");
    addSurfaceParams(schema_, "himmelblau", twoD, {{"mode", {"2d"}}});
    ParamSpec start = ParamSpec::point("start", tr("Start"), QPointF(0, 0), -1e4, 1e4, 3).withAuto();
    start.defaultValue = QStringLiteral("auto");
    const QStringList withPaths = {"side-by-side", "overlaid"};
    schema_.add(start.withHelp(tr("Where both methods start; click on a map to choose."))
                    .inGroup(twoD).relevantWhen("mode", {"2d"}).relevantWhen("layout", withPaths));
    schema_.add(ParamSpec::choice("layout", tr("Direction fields"), "side-by-side",
                                  {{"side-by-side", tr("side by side")},
                                   {"overlaid", tr("overlaid")},
                                   {"morph", tr("one field turning: ideal → −∇f → Newton → ideal")}})
                    .withHelp(tr("'One field turning' plays the course's animation over the contours of f: the arrows "
                                 "first point straight at the nearest minimum, then turn into gradient descent's "
                                 "directions, then into Newton's, and back."))
                    .inGroup(twoD).relevantWhen("mode", {"2d"}));
    schema_.add(ParamSpec::integer("segment_frames", tr("Frames per stage"), 60, 2, 1200)
                    .withHelp(tr("The animation has six stages (three fields and the three turns between them) of "
                                 "this many frames each; the course's video has 300 at 60 frames per second."))
                    .inGroup(twoD).relevantWhen("mode", {"2d"}).relevantWhen("layout", {"morph"}));
    schema_.add(ParamSpec::real("lr", tr("GD learning rate"), 0.01, 1e-6, 10, 6).logScale()
                    .inGroup(twoD).relevantWhen("mode", {"2d"}).relevantWhen("layout", withPaths));

    const QString oneD = tr("One variable");
    QList<ChoiceOption> functions1D = {{"sqrt(1+x^2)", tr("√(1 + x²): converges from |x₀| < 1, diverges beyond")},
                                       {"x^4", tr("x⁴: only linear convergence (x ← 2x/3)")},
                                       {"x^2", tr("x²: one step")},
                                       {"sin", tr("sin x: runs to the maximum where concave")}};
    schema_.add(ParamSpec::choice("function1d", tr("Function"), "sqrt(1+x^2)", functions1D).inGroup(oneD).relevantWhen("mode", {"1d"}));
    schema_.add(ParamSpec::real("x0", tr("Start x₀"), 0.9, -10, 10, 3).withStep(0.05).inGroup(oneD).relevantWhen("mode", {"1d"}));

    // Shown for the turning field too, where it does nothing: one variable needs it whatever the 2D layout is.
    schema_.add(ParamSpec::integer("iters", tr("Iterations"), 12, 1, 1000));
}

QList<LessonPreset> NewtonLesson::presets() const
{
    return {
        {"himmelblau-maximum", tr("Himmelblau: Newton climbs to the maximum"), {"function=himmelblau", "start=-0.5,-0.5"}},
        {"saddle", tr("Saddle: Newton jumps onto the saddle point"), {"function=saddle", "start=-1.5,0.5", "iters=6"}},
        {"rosenbrock", tr("Rosenbrock: where Newton is trustworthy"), {"function=rosenbrock", "lr=0.001", "iters=30"}},
        {"soft-abs-converges", tr("√(1+x²) from 0.9: x ← −x³ converges"), {"mode=1d", "function1d=sqrt(1+x^2)", "x0=0.9", "iters=6"}},
        {"soft-abs-diverges", tr("√(1+x²) from 1.1: x ← −x³ diverges"), {"mode=1d", "function1d=sqrt(1+x^2)", "x0=1.1", "iters=6"}},
        {"quartic", tr("x⁴: Newton only linear"), {"mode=1d", "function1d=x^4", "x0=1.5", "iters=20"}},
        // Newton.ipynb: f = x⁴ from 1, 20 steps (x ← 2x/3).
        {"seed", tr("As in the original post: x⁴ from 1, Newton only linear"), {"mode=1d", "function1d=x^4", "x0=1", "iters=20"}},
        // Newton_convergence.ipynb: three Gaussians on [−3, 3]², six stages of 300 frames.
        {"seed-directions", tr("As in the course's animation: the field turning from ideal to −∇f to Newton"),
         {"function=peaks", "layout=morph", "segment_frames=300"}},
    };
}

QString NewtonLesson::title() const { return tr("Newton's method vs gradient descent"); }
QString NewtonLesson::topic() const { return tr("Optimization methods"); }
QString NewtonLesson::summary() const
{
    return tr("Why Newton's method runs to maxima and saddles: direction fields over the Hessian's signature, and tangent parabolas in 1D.");
}

ResultPtr NewtonLesson::compute(const ParamValues& params, core::ComputeControl* control) const
{
    auto result = std::make_shared<NewtonResult>();
    result->iterations = params.integer("iters");
    result->oneDimensional = params.text("mode") == u"1d";
    if (result->oneDimensional) {
        result->function1D = core::makeFunction1D(params.text("function1d").toStdString());
        result->newton1D = core::newton1D(*result->function1D, params.real("x0"), result->iterations);
        return result;
    }
    result->function = makeSurface(params);
    result->functionLabel = surfaceLabel(*result->function, &params);
    result->learningRate = params.real("lr");
    result->overlaid = params.text("layout") == u"overlaid";
    if (params.text("layout") == u"morph") {
        result->morphTargets = result->function->localMinima();
        if (result->morphTargets.empty())
            throw InputError(tr("%1 has no minimum for the ideal direction to point at: choose a function with a "
                                "minimum for the turning field (the others work side by side or overlaid).")
                                 .arg(result->functionLabel));
        result->framesPerMorphStage = params.integer("segment_frames");
        return result; // the field is the picture: no paths
    }
    const core::Vec2 start = surfaceStart(*result->function, params);
    const core::RunSettings settings = surfaceRunSettings(*result->function, start, result->iterations);
    auto gd = core::makeMethod("gd", {});
    auto newton = core::makeMethod("newton", {});
    core::ComputeStage first(control, 0.0, 0.5), second(control, 0.5, 1.0);
    result->gradientDescent = core::runMethod(*result->function, *gd, start, result->learningRate, settings, first.get());
    result->newton = core::runMethod(*result->function, *newton, start, 0, settings, second.get());
    return result;
}

QJsonObject NewtonLesson::toJson(const NewtonResult& r, int frame) const
{
    if (r.oneDimensional) {
        const core::Function1D& f = *r.function1D;
        QJsonArray iterates, values;
        for (double x : r.newton1D.points) {
            iterates.append(x);
            values.append(f.value(x));
        }
        const int step = std::clamp(frame, 0, int(r.newton1D.points.size()) - 1);
        return QJsonObject{{"mode", "1d"},
                           {"function", QString::fromStdString(f.name())},
                           {"minimizer", f.minimizer()},
                           {"f_min", f.minimumValue()},
                           {"iterates", iterates},
                           {"f", values},
                           {"diverged", r.newton1D.diverged},
                           {"stop_reason", QString::fromStdString(r.newton1D.stopReason)},
                           {"current", QJsonObject{{"step", step}, {"x", r.newton1D.points[std::size_t(step)]}}}};
    }
    const core::TestFunction& f = *r.function;
    const core::Box2 box = f.defaultBox();
    QJsonArray xs, ys, gdDirections, newtonDirections, classes;
    for (int i = 0; i < kGridNodes; ++i) {
        xs.append(box.x0 + (box.x1 - box.x0) * i / (kGridNodes - 1));
        ys.append(box.y0 + (box.y1 - box.y0) * i / (kGridNodes - 1));
    }
    static const char* kClassNames[] = {"pd", "indefinite", "nd", "singular"};
    const std::optional<core::MorphStage> stage =
        r.morphing() ? std::optional(core::morphStage(frame, r.framesPerMorphStage)) : std::nullopt;
    QJsonArray morphDirections;
    for (int j = 0; j < kGridNodes; ++j) {
        QJsonArray gdRow, newtonRow, classRow, morphRow;
        for (int i = 0; i < kGridNodes; ++i) {
            const core::Vec2 p{xs[i].toDouble(), ys[j].toDouble()};
            gdRow.append(jsonNumbers(core::unitDirection(f, core::DirectionKind::Gradient, p, {})));
            newtonRow.append(jsonNumbers(core::unitDirection(f, core::DirectionKind::Newton, p, {})));
            classRow.append(kClassNames[int(classifyHessian(f.hessian(p)))]);
            if (stage)
                morphRow.append(jsonNumbers(core::morphedDirection(f, *stage, p, r.morphTargets)));
        }
        gdDirections.append(gdRow);
        newtonDirections.append(newtonRow);
        classes.append(classRow);
        if (stage)
            morphDirections.append(morphRow);
    }
    QJsonObject json{{"mode", "2d"},
                       {"function", QString::fromStdString(f.name())},
                       {"x", xs},
                       {"y", ys},
                       {"gd_direction", gdDirections},
                       {"newton_direction", newtonDirections},
                       {"hessian_class", classes},
                       {"paths", QJsonObject{{"gd", jsonRows(r.gradientDescent.points)}, {"newton", jsonRows(r.newton.points)}}},
                       {"stop_reasons", QJsonObject{{"gd", QString::fromStdString(r.gradientDescent.stopReason)},
                                                    {"newton", QString::fromStdString(r.newton.stopReason)}}},
                       {"diverged_at_step", QJsonObject{{"gd", r.gradientDescent.diverged ? QJsonValue(r.gradientDescent.divergedAtStep) : QJsonValue()},
                                                        {"newton", r.newton.diverged ? QJsonValue(r.newton.divergedAtStep) : QJsonValue()}}},
                       {"lr", r.learningRate},
                       {"frame", frame}};
    if (stage) {
        static const char* kKindNames[] = {"ideal", "gradient", "newton"};
        json["morph"] = QJsonObject{{"stage", stage->segment},
                                    {"from", kKindNames[int(stage->from)]},
                                    {"to", kKindNames[int(stage->to)]},
                                    {"t", stage->t},
                                    {"frames_per_stage", r.framesPerMorphStage},
                                    {"targets", jsonRows(r.morphTargets)},
                                    {"direction", morphDirections}};
    }
    return json;
}

LessonFigure* NewtonLesson::createFigure(QWidget* parent) const { return new NewtonFigure(parent); }

} // namespace gradus
