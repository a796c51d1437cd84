// The line-search lesson: on an interval, the course's run (Line_search.ipynb: the inverse Maxwell function on
// [0, 6]) against the closed forms and scipy (tests/data/make_interval_search_reference.py); along a direction,
// the sets the Armijo and strong Wolfe conditions accept against their closed forms on a quadratic, and
// backtracking's first acceptable trial; on a surface, gradient descent's three step rules against their
// closed forms on a quadratic.
#include "framework/errors.h"
#include "framework/lesson_registry.h"
#include "lessons/register_lessons.h"

#include "support/reference_data.h"

#include <QtTest>

#include <cmath>

using namespace gradus;

class TestLineSearchLesson : public QObject {
    Q_OBJECT

    LessonRegistry registry;

    const Lesson& lesson() const { return registry.get("line-search"); }
    ParamValues values(const char* preset, const QStringList& assignments = {}) const
    {
        ParamValues v = lesson().presetValues(preset);
        for (const QString& a : assignments)
            lesson().schema().applyAssignment(v, a);
        return v;
    }
    QJsonObject json(const ParamValues& v, int frame = 0) const { return lesson().resultJson(*lesson().compute(v, nullptr), frame); }

private slots:
    void initTestCase() { registerBuiltinLessons(registry); }

    // Tolerance 10⁻³ on [0, 6]: the golden section ⌈log(10⁻³/6)/log 0.618⌉ = 19 iterations and 21 calls;
    // dichotomy ⌈log₂ 6000⌉ = 13 halvings (23 calls here, as the notebook printed); Brent scipy's calls for
    // every tolerance of the sweep; every method within the tolerance of 2√2.
    void seedIsTheCoursesRun()
    {
        const QJsonObject result = json(values("seed"));
        QCOMPARE(result["intervals"]["golden"].toArray().size(), 20);
        QCOMPARE(result["evaluations"]["golden"].toArray().last().toInt(), 21);
        QCOMPARE(result["intervals"]["dichotomy"].toArray().size(), 14);
        QCOMPARE(result["evaluations"]["dichotomy"].toArray().last().toInt(), 23);
        const QJsonArray scipy = gradus::test::referenceJson("interval_search_reference.json")["maxwell"].toArray();
        const QJsonArray sweep = result["tolerance_sweep"]["evaluations"]["brent"].toArray();
        QCOMPARE(sweep.size(), scipy.size());
        for (int i = 0; i < scipy.size(); ++i) {
            QCOMPARE_LE(std::abs(result["tolerance_sweep"]["tolerances"][i].toDouble() / scipy[i]["tolerance"].toDouble() - 1), 1e-12);
            QCOMPARE(sweep[i].toInt(), scipy[i]["nfev"].toInt());
        }
        QCOMPARE(result["evaluations"]["brent"].toArray().last().toInt(), scipy[6]["nfev"].toInt()); // 10⁻³
        for (const char* method : {"random", "dichotomy", "golden", "brent"})
            QCOMPARE_LE(std::abs(result["minimizer"][method].toDouble() - 2 * std::sqrt(2.0)), 1e-3);
        QCOMPARE_LE(std::abs(result["true_minimizer"].toDouble() - 2 * std::sqrt(2.0)), 1e-15);
        // Each interval lies inside the one before.
        const QJsonArray golden = result["intervals"]["golden"].toArray();
        for (int k = 1; k < golden.size(); ++k)
            QVERIFY(golden[k][0].toDouble() >= golden[k - 1][0].toDouble() && golden[k][1].toDouble() <= golden[k - 1][1].toDouble());
    }

    // On a quadratic φ(α) = φ₀ + sα + ½hα² (the surface 'quadratic' along −∇f/‖∇f‖, s = −‖∇f‖): Armijo
    // accepts [0, 2(1 − c₁)|s|/h], strong Wolfe [(1 − c₂)|s|/h, (1 + c₂)|s|/h] within it; backtracking takes
    // the first α₀ρᵏ in Armijo's set and the Wolfe search, zooming with an exact cubic, the minimum |s|/h.
    void acceptedSetsOnAQuadratic()
    {
        const QJsonObject result = json(values("rosenbrock-slice", {"function=quadratic", "start=2,1.5", "b=3", "alpha0=2.5",
                                                                   "c1=0.3", "c2=0.5", "rho=0.5"}));
        const double s = result["slope0"].toDouble(), phi0 = result["phi0"].toDouble();
        const QJsonObject first = result["trials"]["backtracking"][0].toObject();
        const double alpha = first["alpha"].toDouble();
        const double h = 2 * (first["value"].toDouble() - phi0 - s * alpha) / (alpha * alpha);
        QVERIFY(h > 0);
        const double c1 = 0.3, c2 = 0.5;
        const QJsonArray armijo = result["armijo_intervals"].toArray(), wolfe = result["wolfe_intervals"].toArray();
        QCOMPARE(armijo.size(), 1);
        QCOMPARE(wolfe.size(), 1);
        const double armijoEnd = std::min(3.0, 2 * (1 - c1) * std::abs(s) / h);
        QCOMPARE_LE(std::abs(armijo[0][0].toDouble()), 1e-12);
        QCOMPARE_LE(std::abs(armijo[0][1].toDouble() - armijoEnd), 1e-8 * 3);
        QCOMPARE_LE(std::abs(wolfe[0][0].toDouble() - (1 - c2) * std::abs(s) / h), 1e-8 * 3);
        QCOMPARE_LE(std::abs(wolfe[0][1].toDouble() - std::min(armijoEnd, (1 + c2) * std::abs(s) / h)), 1e-8 * 3);
        const double accepted = result["accepted_alpha"]["backtracking"].toDouble();
        const int k = int(std::lround(std::log(accepted / 2.5) / std::log(0.5)));
        QCOMPARE_LE(std::abs(accepted - 2.5 * std::pow(0.5, k)), 1e-12);
        QVERIFY(accepted <= armijoEnd);
        QVERIFY(k == 0 || accepted / 0.5 > armijoEnd);
        QVERIFY(result["wolfe_met"].toBool());
        const double w = result["accepted_alpha"]["wolfe"].toDouble();
        QVERIFY(w >= wolfe[0][0].toDouble() - 1e-12 && w <= wolfe[0][1].toDouble() + 1e-12);
    }

    // Gradient descent on ½xᵀHx, H = Rᵀdiag(1, 10)R, with three step rules. The fixed step η shrinks the two
    // eigen-components by |1 − η| and |1 − 10η|, so f by a factor between their squares each step; the exact
    // step is gᵀg/gᵀHg, at right angles to the one before; backtracking's are powers of ½. Calls: the fixed
    // step needs one gradient per step and no value of f; the searches one gradient and several values.
    void descentSideBySide()
    {
        const QJsonObject result = json(values("descent-quadratic"));
        QCOMPARE(result["mode"].toString(), QString("descent"));
        const double eta = result["fixed_step"].toDouble();
        QCOMPARE(eta, 0.181818);
        const double slow = std::max(std::abs(1 - eta), std::abs(1 - 10 * eta)), fast = std::min(std::abs(1 - eta), std::abs(1 - 10 * eta));
        const QJsonArray fixed = result["values"]["fixed"].toArray();
        QCOMPARE(fixed.size(), 41);
        for (int k = 0; k + 1 < fixed.size(); ++k) {
            const double ratio = fixed[k + 1].toDouble() / fixed[k].toDouble();
            QVERIFY2(ratio >= fast * fast * (1 - 1e-12) && ratio <= slow * slow * (1 + 1e-12), qPrintable(QString::number(ratio)));
        }
        for (const QJsonValue step : result["steps"]["fixed"].toArray())
            QCOMPARE_LE(std::abs(step.toDouble() / eta - 1), 1e-12);
        QCOMPARE(result["evaluations"]["fixed"]["f"].toInt(), 0);
        QCOMPARE(result["evaluations"]["fixed"]["gradient"].toInt(), 40);
        // H at 30°: the first exact step from the start.
        const double c = std::cos(M_PI / 6), s = std::sin(M_PI / 6);
        const double h11 = c * c + 10 * s * s, h12 = c * s - 10 * s * c, h22 = s * s + 10 * c * c;
        const double x0 = result["paths"]["exact"][0][0].toDouble(), y0 = result["paths"]["exact"][0][1].toDouble();
        QCOMPARE(x0, 3.264);
        const double gx = h11 * x0 + h12 * y0, gy = h12 * x0 + h22 * y0;
        const double alpha = (gx * gx + gy * gy) / (gx * (h11 * gx + h12 * gy) + gy * (h12 * gx + h22 * gy));
        QCOMPARE_LE(std::abs(result["steps"]["exact"][0].toDouble() / alpha - 1), 1e-7);
        const QJsonArray path = result["paths"]["exact"].toArray();
        for (int k = 0; k + 2 < path.size(); ++k) {
            const double ax = path[k + 1][0].toDouble() - path[k][0].toDouble(), ay = path[k + 1][1].toDouble() - path[k][1].toDouble();
            const double bx = path[k + 2][0].toDouble() - path[k + 1][0].toDouble(), by = path[k + 2][1].toDouble() - path[k + 1][1].toDouble();
            if (std::hypot(bx, by) < 1e-9)
                break; // at the minimum to rounding
            QCOMPARE_LE(std::abs(ax * bx + ay * by), 1e-6 * std::hypot(ax, ay) * std::hypot(bx, by));
        }
        // From (nearly) Kantorovich's worst start every exact step gains (κ − 1)²/(κ + 1)² = 81/121, no more.
        const QJsonArray exact = result["values"]["exact"].toArray();
        for (int k = 0; k < 10; ++k) {
            const double ratio = exact[k + 1].toDouble() / exact[k].toDouble();
            QVERIFY2(ratio <= 81.0 / 121 * (1 + 1e-9) && ratio >= 0.99 * 81 / 121, qPrintable(QString::number(ratio)));
        }
        QCOMPARE(result["evaluations"]["exact"]["gradient"].toInt(), 40);
        QVERIFY(result["evaluations"]["exact"]["f"].toInt() > 80);
        for (const QJsonValue step : result["steps"]["backtracking"].toArray()) {
            const double power = std::log2(step.toDouble());
            QCOMPARE_LE(std::abs(power - std::round(power)), 1e-9);
        }
        for (const char* rule : {"fixed", "backtracking", "exact"})
            QCOMPARE(result["stop_reasons"][rule].toString(), QString("iterations"));
        QCOMPARE(result["current"]["exact"]["step"].toInt(), 0);
        const QJsonObject later = json(values("descent-quadratic"), 12);
        QCOMPARE(later["current"]["fixed"]["step"].toInt(), 12);
    }

    void badInputSaysWhatToDo()
    {
        const auto message = [&](const QStringList& assignments, const char* preset) {
            try {
                lesson().compute(values(preset, assignments), nullptr);
            } catch (const InputError& error) {
                return error.message();
            }
            return QString();
        };
        QVERIFY(message({"c1=0.5", "c2=0.4"}, "wolfe-cg").contains("c₁ < c₂"));
        // x₀ = 0 would be the inverse Maxwell's flat top (f′(0) = 0): the parameter starts at 0.01.
        QVERIFY_THROWS_EXCEPTION(std::exception, values("wolfe-cg", {"x0=0"}));
        QVERIFY(message({"a=2", "b=2"}, "seed").contains("make its two ends differ"));
        QVERIFY(message({"function=rosenbrock", "start=1,1"}, "rosenbrock-slice").contains("gradient at the start is zero"));
    }
};

QTEST_GUILESS_MAIN(TestLineSearchLesson)
#include "test_line_search_lesson.moc"
