// The cg lesson against numpy: the course's 2-D scene (tests/data/make_cg_reference.py) and the lesson's
// n-dimensional spectra and runs (tests/data/make_cg_lesson_reference.py); the textbook bounds; CG's finite
// termination on clusters and its delay by rounding on Strakoš's spectrum.
#include "framework/errors.h"
#include "framework/lesson_registry.h"
#include "lessons/cg/cg_lesson.h"
#include "lessons/register_lessons.h"

#include "support/reference_data.h"

#include <QtTest>

#include <cmath>

using namespace gradus;

namespace {

double relativeDifference(double actual, double expected)
{
    return std::abs(actual - expected) / std::max(std::abs(expected), 1e-300);
}

} // namespace

class TestCgLesson : public QObject {
    Q_OBJECT

    LessonRegistry registry;

    const Lesson& lesson() const { return registry.get("cg"); }
    QJsonObject json(const ParamValues& values, int frame) const
    {
        return lesson().resultJson(*lesson().compute(values, nullptr), frame);
    }
    ParamValues preset(const char* name, QStringList assignments = {}) const
    {
        ParamValues values = lesson().presetValues(name);
        for (const QString& a : assignments)
            lesson().schema().applyAssignment(values, a);
        return values;
    }

private slots:
    void initTestCase() { registerBuiltinLessons(registry); }

    // CG.ipynb: A = Q diag(1, 5) Qᵀ (10°), x₀ = (4, 4); steepest descent's five steps and CG's two equal numpy's,
    // CG stops at x* after n = 2 steps, and its two directions are A-conjugate.
    void seedIsTheCoursesScene()
    {
        const QJsonObject reference = gradus::test::referenceJson("cg_reference.json")["scene"].toObject();
        const QJsonObject result = json(preset("seed"), 5);
        for (int i = 0; i < 2; ++i)
            for (int j = 0; j < 2; ++j)
                QCOMPARE_LE(std::abs(result["A"][i][j].toDouble() - reference["A"][i][j].toDouble()), 1e-14);
        const QJsonArray sd = result["paths"]["sd"].toArray(), cg = result["paths"]["cg"].toArray();
        QCOMPARE(sd.size(), 6);
        QCOMPARE(cg.size(), 3);
        for (int k = 0; k < 6; ++k)
            for (int c = 0; c < 2; ++c)
                QCOMPARE_LE(std::abs(sd[k][c].toDouble() - reference["steepest"][k][c].toDouble()), 1e-12);
        for (int k = 0; k < 3; ++k)
            for (int c = 0; c < 2; ++c)
                QCOMPARE_LE(std::abs(cg[k][c].toDouble() - reference["cg"][k][c].toDouble()), 1e-12);
        QCOMPARE(result["stop_reasons"]["cg"].toString(), QString("converged"));
        QCOMPARE(result["steps_to_tolerance"]["cg"].toInt(), 2);
        QVERIFY(result["steps_to_tolerance"]["sd"].isNull()); // (2/3)^5 ≈ 0.13 is far from 10⁻⁶
        QCOMPARE(result["conjugacy"].toArray().size(), 2);
        QCOMPARE_LE(std::abs(result["conjugacy"][0][1].toDouble()), 1e-12);
        QCOMPARE_LE(std::abs(result["conjugacy"][0][0].toDouble() - 1), 1e-12);
        // Steepest descent's successive directions are orthogonal: the zig-zag.
        const QJsonArray d = result["directions"]["sd"].toArray();
        for (int k = 1; k < d.size(); ++k) {
            const double dot = d[k][0].toDouble() * d[k - 1][0].toDouble() + d[k][1].toDouble() * d[k - 1][1].toDouble();
            QCOMPARE_LE(std::abs(dot), 1e-12 * std::hypot(d[k][0].toDouble(), d[k][1].toDouble()) *
                                           std::hypot(d[k - 1][0].toDouble(), d[k - 1][1].toDouble()));
        }
        QCOMPARE(result["kappa"].toDouble(), 5.0);
    }

    void spectraAndRunsMatchNumpy_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : {"clusters", "clusters-blurred", "outliers", "rounding"})
            QTest::newRow(name) << QString(name);
    }

    // The spectra are numpy's to the last bits; steepest descent, gradient descent, heavy ball and Nesterov
    // follow numpy's errors step by step (to 10⁻⁹, or 10⁻¹² of the first error where only rounding is left).
    // CG follows them while its directions are still conjugate (x₀ and the first seven steps); after that rounding (different summation orders in the dot products) grows until
    // two correct CG runs part by tens of percent (outliers: from step 9; Strakoš: from step 24): what both
    // must share is the step count to 10⁻⁶, within 5 % (at least 2 steps).
    void spectraAndRunsMatchNumpy()
    {
        QFETCH(QString, name);
        const QJsonObject reference = gradus::test::referenceJson("cg_lesson_reference.json")[name].toObject();
        const ParamValues values = preset(name.toLatin1().constData(), {"methods=sd,cg,gd,heavy-ball,nesterov"});
        const QJsonObject result = json(values, 8);
        const QJsonArray eigenvalues = result["eigenvalues"].toArray(), wanted = reference["eigenvalues"].toArray();
        QCOMPARE(eigenvalues.size(), wanted.size());
        for (int i = 0; i < wanted.size(); ++i)
            QCOMPARE_LE(relativeDifference(eigenvalues[i].toDouble(), wanted[i].toDouble()), 1e-14);
        for (const char* method : {"sd", "cg", "gd", "heavy-ball", "nesterov"}) {
            const QJsonArray errors = result["errors_A"][method].toArray(), expected = reference["errors_A"][method].toArray();
            const bool cg = QByteArray(method) == "cg";
            if (!cg)
                QCOMPARE(errors.size(), expected.size());
            const int compared = cg ? std::min<int>(8, int(expected.size())) : int(expected.size());
            const double first = expected[0].toDouble();
            for (int k = 0; k < compared; ++k)
                QVERIFY2(std::abs(errors[k].toDouble() - expected[k].toDouble()) <= 1e-9 * expected[k].toDouble() + 1e-12 * first,
                         qPrintable(QStringLiteral("%1 step %2: %3 vs numpy %4").arg(method).arg(k)
                                        .arg(errors[k].toDouble()).arg(expected[k].toDouble())));
            const QJsonValue steps = result["steps_to_tolerance"][method], expectedSteps = reference["steps_to_tolerance"][method];
            QCOMPARE(steps.isNull(), expectedSteps.isNull());
            if (!expectedSteps.isNull())
                QVERIFY2(std::abs(steps.toInt() - expectedSteps.toInt()) <= std::max(2.0, 0.05 * expectedSteps.toInt()),
                         qPrintable(QStringLiteral("%1: %2 steps to 1e-6, numpy %3").arg(method).arg(steps.toInt()).arg(expectedSteps.toInt())));
        }
        // At frame 8 the conjugacy matrix covers the first eight directions. Off its diagonal there is nothing
        // but rounding, which CG amplifies step by step (outliers: 10⁻¹³, 10⁻¹⁰, 10⁻⁷, 10⁻⁴): what two correct
        // runs share is its size, within a factor of 100, not its digits.
        const QJsonArray conjugacy = result["conjugacy"].toArray(), expectedConjugacy = reference["conjugacy_first_8"].toArray();
        const int shown = std::min<int>(8, int(result["errors_A"]["cg"].toArray().size()) - 1);
        QCOMPARE(conjugacy.size(), shown);
        for (int i = 0; i < shown; ++i) {
            QCOMPARE_LE(std::abs(conjugacy[i][i].toDouble() - 1), 1e-14);
            for (int j = 0; j < shown; ++j) {
                const double got = std::abs(conjugacy[i][j].toDouble()), wanted = std::abs(expectedConjugacy[i][j].toDouble());
                if (i == j)
                    continue;
                QVERIFY2(got <= std::max(1e-10, 100 * wanted) && (wanted < 1e-10 || got >= wanted / 100),
                         qPrintable(QStringLiteral("C[%1][%2] = %3, numpy %4").arg(i).arg(j).arg(got).arg(wanted)));
            }
        }
    }

    // CG's finite termination: one exact step per distinct eigenvalue (four clusters of width 0: four steps,
    // whatever n is), and Strakoš's spectrum, where rounding makes CG need more than twice n = 60 steps while
    // exact arithmetic would need at most 60 — with its directions far from conjugate.
    void finiteTerminationAndItsLossToRounding()
    {
        for (const char* n : {"n=60", "n=600"}) {
            const QJsonObject clusters = json(preset("clusters", {n, "methods=cg"}), 4);
            const QJsonArray errors = clusters["errors_A"]["cg"].toArray();
            QCOMPARE(clusters["stop_reasons"]["cg"].toString(), QString("converged"));
            QCOMPARE(clusters["steps_to_tolerance"]["cg"].toInt(), 4);
            QCOMPARE_LE(errors[4].toDouble(), 1e-10 * errors[0].toDouble());
            QVERIFY(errors[3].toDouble() > 1e-3 * errors[0].toDouble());
            QCOMPARE_LE(clusters["conjugacy_worst_off_diagonal"].toDouble(), 1e-10);
        }
        const QJsonObject delayed = json(preset("rounding"), 200);
        QCOMPARE_GT(delayed["steps_to_tolerance"]["cg"].toInt(), 120);
        QCOMPARE_GT(delayed["conjugacy_worst_off_diagonal"].toDouble(), 0.5);
    }

    // ‖x_k − x*‖_A ≤ ((κ − 1)/(κ + 1))^k ‖x₀ − x*‖_A for steepest descent and ≤ 2((√κ − 1)/(√κ + 1))^k ‖x₀ − x*‖_A
    // for CG, at every step of every preset (rounding included).
    void errorsStayWithinTheBounds()
    {
        for (const LessonPreset& p : lesson().presets()) {
            const QJsonObject result = json(preset(p.id.toLatin1().constData(), {"methods=sd,cg"}), 0);
            for (const auto& [method, bound] : {std::pair{"sd", "steepest_descent"}, std::pair{"cg", "conjugate_gradients"}}) {
                const QJsonArray errors = result["errors_A"][method].toArray(), bounds = result["bounds"][bound].toArray();
                for (int k = 0; k < errors.size(); ++k)
                    QVERIFY2(errors[k].toDouble() <= bounds[k].toDouble() * (1 + 1e-12),
                             qPrintable(QStringLiteral("%1, %2 step %3").arg(p.id, method).arg(k)));
            }
        }
        const QJsonObject seed = json(preset("seed"), 0);
        QCOMPARE_LE(relativeDifference(seed["bounds"]["steepest_descent"][2].toDouble(),
                                       seed["errors_A"]["sd"][0].toDouble() * 4.0 / 9.0), 1e-14); // ((5 − 1)/(5 + 1))²
    }

    // Restarting every step makes CG's direction the residual each time: steepest descent exactly.
    void restartingEveryStepIsSteepestDescent()
    {
        const QJsonObject result = json(preset("rounding", {"restart=1", "iters=50"}), 0);
        const QJsonArray cg = result["errors_A"]["cg"].toArray(), sd = result["errors_A"]["sd"].toArray();
        QCOMPARE(cg.size(), sd.size());
        for (int k = 0; k < cg.size(); ++k)
            QCOMPARE_LE(relativeDifference(cg[k].toDouble(), sd[k].toDouble()), 1e-10);
    }

    void noMethodSaysWhichToChoose()
    {
        // No method at all cannot even be set: the message lists the methods to choose from.
        try {
            preset("seed", {"methods="});
            QFAIL("an empty set of methods was accepted");
        } catch (const std::exception& error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains("sd, cg, gd, heavy-ball, nesterov"), error.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestCgLesson)
#include "test_cg_lesson.moc"
