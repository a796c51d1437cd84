#include "rotations_lesson.h"

#include "framework/errors.h"
#include "framework/json_numbers.h"
#include "rotations_figure.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace gradus {

namespace {

QJsonArray matrixJson(const core::Mat3& m)
{
    return jsonRows(std::array<std::array<double, 3>, 3>{{{m(0, 0), m(0, 1), m(0, 2)}, {m(1, 0), m(1, 1), m(1, 2)}, {m(2, 0), m(2, 1), m(2, 2)}}});
}

} // namespace

QString RotationsResult::frameLabel(int frame) const
{
    const auto [first, second] = progress(frame);
    if (second > 0)
        return QCoreApplication::translate("gradus::RotationsLesson", "second turn %1 %").arg(qRound(100 * second));
    return QCoreApplication::translate("gradus::RotationsLesson", "first turn %1 %").arg(qRound(100 * first));
}

std::pair<double, double> RotationsResult::progress(int frame) const
{
    frame = std::clamp(frame, 0, frameCount() - 1);
    return {double(std::min(frame, steps)) / steps, double(std::max(0, frame - steps)) / steps};
}

core::Mat3 RotationsResult::aThenB(int frame) const
{
    const auto [first, second] = progress(frame);
    return core::partialRotation(b.axis, b.radians, second) * core::partialRotation(a.axis, a.radians, first);
}

core::Mat3 RotationsResult::bThenA(int frame) const
{
    const auto [first, second] = progress(frame);
    return core::partialRotation(a.axis, a.radians, second) * core::partialRotation(b.axis, b.radians, first);
}

RotationsLesson::RotationsLesson()
{
    const QList<ChoiceOption> axes = {{"x", tr("x: across the screen")},
                                      {"y", tr("y: up the screen")},
                                      {"z", tr("z: toward you")},
                                      {"custom", tr("another axis")}};
    const QString help = tr("Right-hand rule: with the thumb along the axis, positive angles turn the way the fingers curl. "
                            "−90° about x turns the front up; 90° about y turns it right.");
    for (const auto& [prefix, name, axis, angle] :
         {std::tuple{QStringLiteral("a"), tr("Rotation A"), QStringLiteral("x"), -90.0},
          std::tuple{QStringLiteral("b"), tr("Rotation B"), QStringLiteral("y"), 90.0}}) {
        schema_.add(ParamSpec::choice(prefix + "_axis", tr("Axis"), axis, axes).withHelp(help).inGroup(name));
        schema_.add(ParamSpec::text(prefix + "_vector", tr("Axis vector"), QStringLiteral("1,1,0"))
                        .withHelp(tr("Three numbers x,y,z, not all zero."))
                        .inGroup(name)
                        .relevantWhen(prefix + "_axis", {"custom"}));
        schema_.add(ParamSpec::real(prefix + "_angle", tr("Angle"), angle, -360, 360, 1).withUnit(QStringLiteral("°")).withHelp(help).inGroup(name));
    }
    const QString plane = tr("In the plane");
    schema_.add(ParamSpec::boolean("plane", tr("Show the plane"), true)
                    .withHelp(tr("Two rotations of the plane, in both orders: they always end in the same place.")).inGroup(plane));
    schema_.add(ParamSpec::real("plane_a", tr("First angle"), 35, -360, 360, 1).withUnit(QStringLiteral("°")).inGroup(plane).relevantWhen("plane", {"true"}));
    schema_.add(ParamSpec::real("plane_b", tr("Second angle"), 55, -360, 360, 1).withUnit(QStringLiteral("°")).inGroup(plane).relevantWhen("plane", {"true"}));
    schema_.add(ParamSpec::integer("steps", tr("Frames per turn"), 60, 1, 1000).withHelp(tr("How smoothly each rotation plays.")));
}

QList<LessonPreset> RotationsLesson::presets() const
{
    return {
        {"seed", tr("As in the original post: 90° up, then 90° right — and the other way round"), {}},
        {"same-axis", tr("Two turns about the same axis commute"), {"a_axis=z", "a_angle=30", "b_axis=z", "b_angle=70"}},
        {"half-turns", tr("Half turns about x and y: AB = BA although the axes differ"), {"a_angle=180", "b_angle=180"}},
        {"small", tr("Small angles: AB ≈ BA"), {"a_angle=-10", "b_angle=10"}},
    };
}

QString RotationsLesson::title() const { return tr("Rotations do not commute: AB ≠ BA"); }
QString RotationsLesson::topic() const { return tr("Linear algebra"); }
QString RotationsLesson::summary() const
{
    return tr("Turn an object by A then B, and by B then A: in space it ends up differently, in the plane it does not.");
}

RotationStep RotationsLesson::stepFrom(const ParamValues& params, const QString& prefix) const
{
    RotationStep step;
    const QString axis = params.text(prefix + "_axis");
    if (axis == u"x")
        step.axis = {1, 0, 0};
    else if (axis == u"y")
        step.axis = {0, 1, 0};
    else if (axis == u"z")
        step.axis = {0, 0, 1};
    else {
        const QStringList parts = params.text(prefix + "_vector").split(QLatin1Char(','));
        bool ok = parts.size() == 3;
        for (int k = 0; ok && k < 3; ++k) {
            step.axis[std::size_t(k)] = parts[k].trimmed().toDouble(&ok);
            ok = ok && std::isfinite(step.axis[std::size_t(k)]);
        }
        if (!ok)
            throw InputError(tr("%1_vector: write three numbers x,y,z, e.g. 1,1,0 (got \"%2\")")
                                 .arg(prefix, params.text(prefix + "_vector")));
        if (step.axis[0] == 0 && step.axis[1] == 0 && step.axis[2] == 0)
            throw InputError(tr("%1_vector: the axis must not be the zero vector").arg(prefix));
    }
    const double degrees = params.real(prefix + "_angle");
    step.radians = degrees * M_PI / 180;
    step.label = axis == u"custom" ? tr("%1° about (%2)").arg(degrees).arg(params.text(prefix + "_vector"))
                                   : tr("%1° about %2").arg(degrees).arg(axis);
    return step;
}

ResultPtr RotationsLesson::compute(const ParamValues& params, core::ComputeControl*) const
{
    auto result = std::make_shared<RotationsResult>();
    result->a = stepFrom(params, QStringLiteral("a"));
    result->b = stepFrom(params, QStringLiteral("b"));
    result->planeA = params.real("plane_a") * M_PI / 180;
    result->planeB = params.real("plane_b") * M_PI / 180;
    result->steps = params.integer("steps");
    result->showPlane = params.boolean("plane");
    return result;
}

QJsonObject RotationsLesson::toJson(const RotationsResult& r, int frame) const
{
    const core::Mat3 a = r.matrixA(), b = r.matrixB();
    const core::Mat3 pa = core::planeRotation(r.planeA), pb = core::planeRotation(r.planeB);
    auto plane2 = [](const core::Mat3& m) {
        return QJsonArray{QJsonArray{m(0, 0), m(0, 1)}, QJsonArray{m(1, 0), m(1, 1)}};
    };
    return QJsonObject{{"A", matrixJson(a)},
                       {"B", matrixJson(b)},
                       {"AB", matrixJson(a * b)},
                       {"BA", matrixJson(b * a)},
                       {"commutator_norm", core::commutatorNorm(a, b)},
                       {"a_then_b", matrixJson(r.aThenB(frame))},
                       {"b_then_a", matrixJson(r.bThenA(frame))},
                       {"plane", QJsonObject{{"A", plane2(pa)},
                                             {"B", plane2(pb)},
                                             {"AB", plane2(pa * pb)},
                                             {"BA", plane2(pb * pa)},
                                             {"commutator_norm", core::commutatorNorm(pa, pb)}}},
                       {"frame", frame}};
}

LessonFigure* RotationsLesson::createFigure(QWidget* parent) const { return new RotationsFigure(parent); }

} // namespace gradus
