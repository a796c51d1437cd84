// The acceleration lesson against numpy (tests/data/make_acceleration_reference.py): heavy ball's period-3 cycle
// from x₀ = 3.3 and its convergence from the notebook's 3.7, Nesterov's run, the starts that cycle, and the
// iterations to ε against κ with their slopes (≈ 1 for gradient descent, ≈ ½ for heavy ball and Nesterov).
#include "core/optim/momentum_1d.h"
#include "framework/errors.h"
#include "framework/lesson_registry.h"
#include "lessons/register_lessons.h"

#include "support/reference_data.h"

#include <QtTest>

#include <cmath>

using namespace gradus;

class TestAccelerationLesson : public QObject {
    Q_OBJECT

    LessonRegistry registry;
    QJsonObject reference;

    const Lesson& lesson() const { return registry.get("acceleration"); }
    QJsonObject json(const QStringList& assignments, int frame = 0) const
    {
        ParamValues values = lesson().schema().defaults();
        lesson().schema().applyAssignments(values, assignments);
        return lesson().resultJson(*lesson().compute(values, nullptr), frame);
    }
    static void compareSeries(const QJsonArray& actual, const QJsonArray& expected, double tolerance, const char* what)
    {
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype k = 0; k < actual.size(); ++k)
            QVERIFY2(std::abs(actual[k].toDouble() - expected[k].toDouble()) <= tolerance * std::max(1.0, std::abs(expected[k].toDouble())),
                     qPrintable(QStringLiteral("%1[%2]: %3, numpy %4").arg(what).arg(k).arg(actual[k].toDouble()).arg(expected[k].toDouble())));
    }

private slots:
    void initTestCase()
    {
        registerBuiltinLessons(registry);
        reference = gradus::test::referenceJson("acceleration_reference.json");
    }

    // Polyak's constants for L = 25, μ = 1 are 1/9 and 4/9; Nesterov's 1/25 and 2/3.
    void constants()
    {
        const core::MomentumConstants heavy = core::heavyBallConstants(1, 25), nesterov = core::nesterovConstants(1, 25);
        QCOMPARE_LE(std::abs(heavy.alpha - 1.0 / 9), 1e-16);
        QCOMPARE_LE(std::abs(heavy.beta - 4.0 / 9), 1e-16);
        QCOMPARE_LE(std::abs(nesterov.alpha - 1.0 / 25), 1e-16);
        QCOMPARE_LE(std::abs(nesterov.beta - 2.0 / 3), 1e-16);
        // f and f′ are continuous where the pieces meet.
        for (double x : {1.0, 2.0}) {
            QCOMPARE_LE(std::abs(core::LessardFunction::value(x) - core::LessardFunction::value(std::nextafter(x, 0.0))), 1e-12);
            QCOMPARE_LE(std::abs(core::LessardFunction::derivative(x) - core::LessardFunction::derivative(std::nextafter(x, 0.0))), 1e-12);
        }
    }

    // From 3.3 heavy ball ends in the cycle ≈ (0.647, −1.802, 2.116) and Nesterov at 0; from 3.7 heavy ball
    // converges (the notebook's run: 3.7, −3.91, 3.57, −0.36, …).
    void heavyBallCyclesFrom3_3()
    {
        const QJsonObject result = json({});
        QCOMPARE(result["x0"].toDouble(), 3.3);
        compareSeries(result["paths"]["heavy-ball"].toArray(), reference["heavy_ball_3_3"].toArray(), 1e-12, "heavy ball from 3.3");
        compareSeries(result["paths"]["nesterov"].toArray(), reference["nesterov_3_3"].toArray(), 1e-12, "Nesterov from 3.3");
        QCOMPARE(result["fate"]["heavy-ball"]["converged"].toBool(), false);
        compareSeries(result["fate"]["heavy-ball"]["cycle"].toArray(), reference["cycle_3_3"].toArray(), 1e-9, "the cycle");
        const QJsonArray cycle = result["fate"]["heavy-ball"]["cycle"].toArray();
        QCOMPARE_LE(std::abs(cycle[0].toDouble() - 0.647), 1e-3);
        QCOMPARE_LE(std::abs(cycle[1].toDouble() + 1.802), 1e-3);
        QCOMPARE_LE(std::abs(cycle[2].toDouble() - 2.116), 1e-3);
        QCOMPARE(result["fate"]["nesterov"]["converged"].toBool(), true);
        QVERIFY(result["fate"]["nesterov"]["cycle"].isNull());
        // f stays at the cycle's values: f(0.647) ≈ 5.2, f(−1.802) ≈ 40.6, f(2.116) ≈ 41.2, never below 5.
        const QJsonArray values = result["values"]["heavy-ball"].toArray();
        for (qsizetype k = values.size() - 30; k < values.size(); ++k)
            QCOMPARE_GE(values[k].toDouble(), 5.0);
        QCOMPARE(result["current"]["heavy-ball"]["step"].toInt(), 0);
        const QJsonObject later = json({}, 45);
        QCOMPARE(later["current"]["heavy-ball"]["step"].toInt(), 45);

        const QJsonObject seed = lesson().resultJson(*lesson().compute(lesson().presetValues("seed"), nullptr), 0);
        QCOMPARE(seed["x0"].toDouble(), 3.7);
        compareSeries(seed["paths"]["heavy-ball"].toArray(), reference["heavy_ball_3_7"].toArray(), 1e-12, "heavy ball from 3.7");
        QCOMPARE(seed["fate"]["heavy-ball"]["converged"].toBool(), true);
    }

    // The runs of cycling starts on [−4, 4], as numpy found them on the same 801 starts; [3.07, 3.46] among them.
    void cyclingStarts()
    {
        const QJsonArray runs = json({})["cycling_starts"].toArray(), expected = reference["cycling_starts"].toArray();
        QCOMPARE(runs.size(), expected.size());
        for (qsizetype i = 0; i < runs.size(); ++i)
            for (int end : {0, 1})
                QCOMPARE_LE(std::abs(runs[i][end].toDouble() - expected[i][end].toDouble()), 1e-12);
        QCOMPARE_LE(std::abs(runs.last()[0].toDouble() - 3.07), 1e-9);
        QCOMPARE_LE(std::abs(runs.last()[1].toDouble() - 3.46), 1e-9);
        // A smaller momentum leaves no cycle.
        QVERIFY(json({"beta=0.3"})["cycling_starts"].toArray().isEmpty());
    }

    // Iterations to 10⁻⁶ for κ = 1 … 1000 equal numpy's; gradient descent's is the closed form
    // ⌈log ε / log((κ − 1)/(κ + 1))⌉ (from (1, 1) the error shrinks by exactly that factor); the slopes.
    void iterationsAgainstKappa()
    {
        const QJsonObject result = json({"mode=kappa"});
        const QJsonArray kappas = result["kappas"].toArray();
        compareSeries(kappas, reference["kappas"].toArray(), 1e-12, "kappas");
        for (const QString method : {"gd", "heavy-ball", "nesterov"}) {
            const QJsonArray counts = result["iterations_to_eps"][method].toArray(), expected = reference["iterations_to_eps"][method].toArray();
            QCOMPARE(counts.size(), expected.size());
            for (qsizetype i = 0; i < counts.size(); ++i)
                QVERIFY2(counts[i].toInt() == expected[i].toInt(), qPrintable(QStringLiteral("%1 at κ = %2: %3, numpy %4").arg(method)
                                                                           .arg(kappas[i].toDouble()).arg(counts[i].toInt()).arg(expected[i].toInt())));
        }
        for (qsizetype i = 1; i < kappas.size(); ++i) {
            const double kappa = kappas[i].toDouble();
            QCOMPARE(result["iterations_to_eps"]["gd"][i].toInt(), int(std::ceil(std::log(1e-6) / std::log((kappa - 1) / (kappa + 1)))));
        }
        QCOMPARE_LE(std::abs(result["slopes"]["gd"].toDouble() - 1), 0.02);
        QCOMPARE_LE(std::abs(result["slopes"]["heavy-ball"].toDouble() - 0.5), 0.06);
        QCOMPARE_LE(std::abs(result["slopes"]["nesterov"].toDouble() - 0.5), 0.06);
        // The frame's κ, its paths and errors.
        const QJsonObject last = json({"mode=kappa"}, 24);
        QCOMPARE_LE(std::abs(last["kappa"].toDouble() - 1000), 1e-9);
        QCOMPARE(last["paths"]["gd"].toArray().size(), 30);
        const QJsonArray errors = last["errors"]["gd"].toArray();
        QCOMPARE(errors.last()[0].toInt(), last["iterations_to_eps"]["gd"][24].toInt());
        QCOMPARE_LE(errors.last()[1].toDouble(), 1e-6);
    }

    // GD_vs_GF.ipynb's scene: A = diag(1, 5), x₀ = (4, 4), α = 0.1. Descent is x_k = (4(1 − α)^k, 4(1 − 5α)^k),
    // the flow x(t) = (4e^{−t}, 4e^{−5t}); they part where ‖x_k − x(kα)‖ first exceeds 0.05‖x₀‖.
    void gradientFlowBesideDescent()
    {
        const QJsonObject r = json({"mode=flow"});
        QCOMPARE(r["mode"].toString(), QString("flow"));
        QCOMPARE_LE(std::abs(r["stable_step_limit"].toDouble() - 0.4), 1e-12);
        const QJsonArray descent = r["paths"]["gd"].toArray(), flow = r["paths"]["flow"].toArray();
        QCOMPARE(descent.size(), 31);
        QCOMPARE(flow.size(), 31);
        int parting = -1;
        for (int k = 0; k <= 30; ++k) {
            const double gx = 4 * std::pow(0.9, k), gy = 4 * std::pow(0.5, k);
            const double fx = 4 * std::exp(-0.1 * k), fy = 4 * std::exp(-0.5 * k);
            QCOMPARE_LE(std::abs(descent[k][0].toDouble() - gx) + std::abs(descent[k][1].toDouble() - gy), 1e-12);
            QCOMPARE_LE(std::abs(flow[k][0].toDouble() - fx) + std::abs(flow[k][1].toDouble() - fy), 1e-12);
            QCOMPARE_LE(std::abs(r["values"]["flow"][k].toDouble() - 0.5 * (fx * fx + 5 * fy * fy)), 1e-12);
            if (parting < 0 && std::hypot(gx - fx, gy - fy) > 0.05 * std::hypot(4.0, 4.0))
                parting = k;
        }
        QCOMPARE(r["parting_step"].toInt(), parting);
        QVERIFY(parting > 0);
        // A smaller step stays on the flow longer; above 2/L = 0.4 descent grows along the stiff direction.
        const QJsonObject small = json({"mode=flow", "step=0.01", "flow_iters=300"});
        QVERIFY(small["parting_step"].isNull());
        const QJsonObject large = json({"mode=flow", "step=0.5"});
        const QJsonArray overshoot = large["values"]["gd"].toArray();
        QCOMPARE_GT(overshoot.last().toDouble(), overshoot.first().toDouble());
    }

    void noMethodSaysWhatToDo()
    {
        ParamValues values = lesson().schema().defaults();
        lesson().schema().applyAssignment(values, "mode=kappa");
        values.set("methods", QStringList{});
        QString message;
        try {
            lesson().compute(values, nullptr);
        } catch (const InputError& e) {
            message = e.message();
        }
        QCOMPARE(message, QString("No method is chosen: tick at least one under Methods."));
    }
};

QTEST_GUILESS_MAIN(TestAccelerationLesson)
#include "test_acceleration_lesson.moc"
