#include "pnorms_lesson.h"

#include "core/geometry/pnorm.h"
#include "framework/json_numbers.h"
#include "pnorms_figure.h"

#include <QJsonArray>

#include <cmath>

namespace gradus {

namespace {

const QStringList kOverlayChoices = {"0.5", "0.8", "1", "1.5", "2", "3", "inf"};

double exponentFromText(const QString& text) { return text == u"inf" ? core::kInfinity : text.toDouble(); }

QJsonValue exponentJson(double p) { return std::isinf(p) ? QJsonValue(QStringLiteral("inf")) : QJsonValue(p); }

} // namespace

QString formatExponent(double p)
{
    if (std::isinf(p))
        return QStringLiteral("∞");
    return QString::number(p, 'g', p < 1 ? 2 : 3);
}

QString PnormsResult::frameLabel(int frame) const { return QStringLiteral("p = %1").arg(formatExponent(pAt(frame))); }

const std::vector<double>& PnormsLesson::sweep()
{
    static const std::vector<double> values = [] {
        const std::vector<double> round = {0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 1,  1.1, 1.2, 1.25,
                                           1.5, 1.75, 2,  2.5, 3,   3.5, 4,   5,   6,   7,    8,   9,  10, 12,  15,
                                           20,  25,   30, 40,  50};
        std::vector<double> list = round;
        // 100 steps per decade between the round values, none closer than 0.5 % to one of them.
        for (int k = 0; k <= 270; ++k) {
            const double p = std::pow(10.0, -1 + k / 100.0);
            const bool nearRound = std::any_of(round.begin(), round.end(), [p](double r) { return std::abs(p / r - 1) < 0.005; });
            if (!nearRound && p < 50)
                list.push_back(p);
        }
        std::sort(list.begin(), list.end());
        list.push_back(core::kInfinity);
        return list;
    }();
    return values;
}

PnormsLesson::PnormsLesson()
{
    schema_.add(ParamSpec::real("p", tr("p"), 0.5, 0.1, kInfinityValue, 3)
                    .logScale()
                    .withMaximumText(QStringLiteral("∞"))
                    .withHelp(tr("The exponent: 1 is the diamond, 2 the circle, ∞ (the slider's end, or \"inf\") the "
                                 "square; below 1 the ball is not convex. Play sweeps p from 0.1 to ∞.")));
    schema_.add(ParamSpec::choice("view", tr("Picture"), "2d",
                                  {{"2d", tr("the plane")}, {"3d", tr("space (3D)")}, {"both", tr("plane and space")}})
                    .withHelp(tr("The 3D ball turns with the mouse: drag to turn, scroll to zoom, double-click to go back.")));
    QList<ChoiceOption> overlays;
    for (const QString& value : kOverlayChoices)
        overlays.append({value, value == u"inf" ? QStringLiteral("∞") : value});
    schema_.add(ParamSpec::choiceSet("overlay", tr("Also draw p ="), {"1", "2", "inf"}, overlays)
                    .allowingNone()
                    .withHelp(tr("Further unit spheres over the main one, as in the seed's row 0.5, 0.8, 1, 2, 3, ∞.")));
    schema_.add(ParamSpec::boolean("dual", tr("Dual norm beside"), false)
                    .withHelp(tr("The unit ball of the dual norm ‖·‖_q, 1/p + 1/q = 1 (for p ≥ 1).")));
}

QList<LessonPreset> PnormsLesson::presets() const
{
    return {
        {"seed", tr("As in the original post: p = 0.5, 0.8, 1, 2, 3, ∞"), {"p=0.5", "overlay=0.8,1,2,3,inf"}},
        {"diamond", tr("p = 1 alone: the diamond (Lasso's ball)"), {"p=1", "overlay="}},
        {"duals", tr("Dual pairs: p = 1.5 and q = 3"), {"p=1.5", "overlay=none", "dual=true"}},
        {"space", tr("The ball in space, p = 0.7"), {"p=0.7", "overlay=none", "view=both"}},
    };
}

QString PnormsLesson::title() const { return tr("Unit balls of p-norms"); }
QString PnormsLesson::topic() const { return tr("Linear algebra"); }
QString PnormsLesson::summary() const
{
    return tr("The unit ball {x : ‖x‖_p ≤ 1} from p = 0.1 to ∞, in the plane and in space; why p < 1 is not a norm.");
}

bool PnormsLesson::needsOpenGL(const ParamValues& params) const { return params.text("view") != u"2d"; }

int PnormsLesson::frameFromParams(const ParamValues& params) const
{
    const double p = params.real("p");
    const std::vector<double>& table = sweep();
    if (p >= kInfinityValue)
        return int(table.size()) - 1;
    int best = 0;
    for (int k = 0; k + 1 < int(table.size()); ++k)
        if (std::abs(std::log(table[std::size_t(k)] / p)) < std::abs(std::log(table[std::size_t(best)] / p)))
            best = k;
    return best;
}

void PnormsLesson::setFrameInParams(ParamValues& params, int frame) const
{
    const std::vector<double>& table = sweep();
    const double p = table[std::size_t(std::clamp(frame, 0, int(table.size()) - 1))];
    params.set("p", std::isinf(p) ? kInfinityValue : p);
}

ResultPtr PnormsLesson::compute(const ParamValues& params, core::ComputeControl*) const
{
    auto result = std::make_shared<PnormsResult>();
    result->sweep = sweep();
    for (const QString& value : params.list("overlay"))
        result->overlaid.push_back(exponentFromText(value));
    result->dual = params.boolean("dual");
    const QString view = params.text("view");
    result->show2D = view != u"3d";
    result->show3D = view != u"2d";
    return result;
}

QJsonObject PnormsLesson::toJson(const PnormsResult& r, int frame) const
{
    const double p = r.pAt(frame);
    QJsonObject json{{"p", exponentJson(p)},
                     {"boundary", jsonRows(core::unitSphere2D(p))},
                     {"convex", core::ballIsConvex(p)},
                     {"frame", frame}};
    if (p < 1) {
        const core::NonConvexityWitness witness = core::nonConvexityWitness(p);
        json["non_convexity"] = QJsonObject{{"a", jsonNumbers(witness.a)},
                                            {"b", jsonNumbers(witness.b)},
                                            {"midpoint", jsonNumbers(witness.midpoint)},
                                            {"midpoint_norm", witness.midpointNorm}};
    }
    if (r.dual) {
        const double q = p >= 1 ? core::dualExponent(p) : core::kInfinity; // the diamond's dual below 1 too
        json["dual"] = QJsonObject{{"q", exponentJson(q)}, {"boundary", jsonRows(core::unitSphere2D(q))}};
    }
    QJsonArray overlays;
    for (double extra : r.overlaid)
        overlays.append(QJsonObject{{"p", exponentJson(extra)}, {"boundary", jsonRows(core::unitSphere2D(extra))}});
    json["overlay"] = overlays;
    return json;
}

LessonFigure* PnormsLesson::createFigure(QWidget* parent) const { return new PnormsFigure(parent); }

} // namespace gradus
