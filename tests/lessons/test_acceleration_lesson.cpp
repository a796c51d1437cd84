// The acceleration lesson against numpy (tests/data/make_acceleration_reference.py): heavy ball's period-3 cycle
// from x₀ = 3.3 and its convergence from the notebook's 3.7, Nesterov's run, the starts that cycle, and the
// iterations to ε against κ with their slopes (≈ 1 for gradient descent, ≈ ½ for heavy ball and Nesterov);
// Chebyshev acceleration (the recurrence and the steps at the nodes, stable and not), and Nesterov's
// lower-bound quadratic with conjugate gradients on its floor.
#include "core/optim/chebyshev.h"
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

    // The Chebyshev polynomials' closed forms: P_k(λ) = T_k((L + μ − 2λ)/(L − μ))/T_k((L + μ)/(L − μ)),
    // |P_k| = 1/T_k(σ) at μ and L, 0 at the nodes; the fractal order of Agarwal, Goel & Zhang for N = 8.
    void chebyshevPolynomials()
    {
        const double mu = 1, L = 100, sigma = 101.0 / 99;
        for (int k : {1, 2, 7, 16}) {
            const double bound = 1 / std::cosh(k * std::acosh(sigma));
            QCOMPARE_LE(std::abs(core::chebyshevBound(mu, L, k) - bound), 1e-14);
            QCOMPARE_LE(std::abs(core::chebyshevResidual(mu, L, k, mu) - bound), 1e-14);
            QCOMPARE_LE(std::abs(std::abs(core::chebyshevResidual(mu, L, k, L)) - bound), 1e-14);
            for (double node : core::chebyshevNodes(mu, L, k))
                QCOMPARE_LE(std::abs(core::chebyshevResidual(mu, L, k, node)), 1e-12);
        }
        QCOMPARE_LE(std::abs(core::chebyshevResidual(mu, L, 1, 30) - (1 - 2.0 * 30 / 101)), 1e-15);
        QVERIFY(core::fractalOrder(8) == (std::vector<int>{1, 8, 4, 5, 2, 7, 3, 6}));
        // The recurrence's constants tend to heavy ball's: α → 4/(√L + √μ)², β → ((√L − √μ)/(√L + √μ))².
        core::ChebyshevConstants recurrence(mu, L);
        QCOMPARE(recurrence.next().alpha, 2 / (L + mu));
        core::ChebyshevConstants::Step s{};
        for (int k = 1; k < 400; ++k)
            s = recurrence.next();
        const core::MomentumConstants heavy = core::heavyBallConstants(mu, L);
        QCOMPARE_LE(std::abs(s.alpha - heavy.alpha), 1e-12);
        QCOMPARE_LE(std::abs(s.beta - heavy.beta), 1e-12);
        // μ = L: one step of 1/L and no momentum, not 0/0.
        core::ChebyshevConstants flat(2, 2);
        flat.next();
        const core::ChebyshevConstants::Step second = flat.next();
        QCOMPARE(second.alpha, 0.5);
        QCOMPARE(second.beta, 0.0);
    }

    // chebyshev_gd.py's scene (κ = 100, 30°, x₀ = (3, 3)): the paths equal numpy's; both eigenvalues are the
    // interval's ends, so the recurrence's error is exactly 1/T_k(σ) at every k, and the steps' 1/T₈(σ) after 8.
    void chebyshevAgainstNumpy()
    {
        const QJsonObject r = json({"mode=chebyshev"}, 5);
        QCOMPARE(r["mode"].toString(), QString("chebyshev"));
        const QJsonArray recurrence = r["paths"]["chebyshev"].toArray(), expected = reference["chebyshev_recurrence_100_30"].toArray();
        QCOMPARE(recurrence.size(), 17);
        for (int k = 0; k <= 16; ++k) {
            compareSeries(recurrence[k].toArray(), expected[k].toArray(), 1e-12, "Chebyshev recurrence");
            compareSeries(r["paths"]["chebyshev-steps"][k].toArray(), reference["chebyshev_steps_100_30"][k].toArray(), 1e-12, "Chebyshev steps");
            const double bound = r["bounds"]["chebyshev"][k].toDouble();
            QCOMPARE_LE(std::abs(r["errors"]["chebyshev"][k].toDouble() - bound), 1e-12);
            // After m periods of 8 steps the steps' polynomial is P₈^m: (1/T₈(σ))^m at both ends.
            if (k % 8 == 0)
                QCOMPARE_LE(std::abs(r["errors"]["chebyshev-steps"][k].toDouble() - std::pow(r["bounds"]["chebyshev"][8].toDouble(), k / 8)), 1e-12);
            // Gradient descent's error is its bound ((κ − 1)/(κ + 1))^k, never below the Chebyshev one.
            QCOMPARE_GE(r["errors"]["gd"][k].toDouble(), bound * (1 - 1e-12));
            QCOMPARE_LE(std::abs(r["errors"]["gd"][k].toDouble() - r["bounds"]["gd"][k].toDouble()), 1e-12);
        }
        compareSeries(r["step_schedule"].toArray(), reference["chebyshev_steps_schedule_8"].toArray(), 1e-15, "the schedule");
        // The frame's polynomials are the runs on ½λx² from 1, which for the recurrence is P₅(λ).
        const QJsonArray lambda = r["polynomials"]["lambda"].toArray();
        QCOMPARE(lambda.first().toDouble(), 1.0);
        QCOMPARE(lambda.last().toDouble(), 100.0);
        for (qsizetype i = 0; i < lambda.size(); i += 30)
            QCOMPARE_LE(std::abs(r["polynomials"]["chebyshev"][i].toDouble() - core::chebyshevResidual(1, 100, 5, lambda[i].toDouble())), 1e-12);
        QCOMPARE(r["current"]["chebyshev"]["step"].toInt(), 5);
    }

    // 64 nodes: in the fractal order the error after 64 steps is 1/T₆₄(σ) ≈ 5.29e−6 and no iterate grows past
    // about 25 times the start; largest steps first, the iterates reach ~10²⁶ and rounding leaves the end
    // far from the minimum (numpy: ≈ 3e9 times the start, against 5e−6 in exact arithmetic).
    void chebyshevStepOrder()
    {
        const double exact = 1 / std::cosh(64 * std::acosh(101.0 / 99));
        const QJsonObject stable = json({"mode=chebyshev", "period=64", "cheb_iters=64"});
        QCOMPARE_LE(std::abs(stable["errors"]["chebyshev-steps"][64].toDouble() - exact), 1e-9 * exact);
        QCOMPARE_LE(stable["max_growth"]["chebyshev-steps"].toDouble(), 30.0);
        const QJsonObject unstable = json({"mode=chebyshev", "period=64", "cheb_iters=64", "order=large-first"});
        QCOMPARE_GE(unstable["max_growth"]["chebyshev-steps"].toDouble(), 1e20);
        QCOMPARE_GE(unstable["errors"]["chebyshev-steps"][64].toDouble(), 1.0);
        QCOMPARE(unstable["order"].toString(), QString("large-first"));
    }

    // Nesterov's worst function with n = 101 (k = 50) from 0: gradient descent, Nesterov's method and CG equal
    // numpy's; after k steps each has touched only the first k coordinates (gradient descent exactly k); CG
    // lies on the floor L/8·(1/(k + 1) − 1/(n + 1)), the others above it and below their guarantees; at the last
    // step the floor is above Nesterov's 3L‖x₀ − x*‖²/(32(k + 1)²).
    void lowerBound()
    {
        const QJsonObject r = json({"mode=lower-bound"}, 20);
        QCOMPARE(r["n"].toInt(), 101);
        QCOMPARE_LE(std::abs(r["f_star"].toDouble() - reference["lower_bound_p50_f_star"].toDouble()), 1e-14);
        QCOMPARE_LE(std::abs(r["f_star"].toDouble() + 101.0 / 816), 1e-15);
        const QJsonObject expected = reference["lower_bound_p50"].toObject();
        for (const QString& m : {QString("gd-1/L"), QString("nesterov"), QString("cg")})
            compareSeries(r["values"][m].toArray(), expected[m].toArray(), 1e-9, qPrintable(m));
        const QJsonArray floor = r["lower_bound"]["krylov_floor"].toArray();
        for (int k = 1; k <= 50; ++k) {
            const double bound = (1.0 / (k + 1) - 1.0 / 102) / 8;
            QCOMPARE_LE(std::abs(floor[k].toDouble() - bound), 1e-15);
            QCOMPARE_LE(std::abs(r["values"]["cg"][k].toDouble() - bound), 1e-10 * bound);
            for (const char* m : {"gd-1/L", "nesterov"})
                QCOMPARE_GE(r["values"][m][k].toDouble(), bound);
            QCOMPARE_LE(r["values"]["nesterov"][k].toDouble(), r["upper_bounds"]["nesterov"][k].toDouble());
            QCOMPARE_LE(r["values"]["gd-1/L"][k].toDouble(), r["upper_bounds"]["gd-1/L"][k].toDouble());
        }
        const double textbook = r["lower_bound"]["textbook_at_last_step"].toDouble();
        QCOMPARE_LE(std::abs(textbook - 3 * (101.0 * 203 / 612) / (32.0 * 51 * 51)), 1e-15);
        QCOMPARE_LE(textbook, floor[50].toDouble());
        QCOMPARE(r["current"]["methods"]["gd-1/L"]["nonzero"].toInt(), 20);
        for (const char* m : {"nesterov", "cg"})
            QCOMPARE_LE(r["current"]["methods"][m]["nonzero"].toInt(), 20);
        QCOMPARE(r["current"]["methods"]["cg"]["x"].toArray().size(), 101);
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
