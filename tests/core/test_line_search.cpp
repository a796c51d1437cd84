// The strong Wolfe line search (closed forms on parabolas; both conditions wherever it stops) and the
// nonlinear CG methods built on it: with an exact search on a quadratic they are linear CG (the course's
// scene, tests/data/make_cg_reference.py), and on Rosenbrock every step meets the strong Wolfe conditions.
// The exact search (closed forms on parabolas) and gradient descent built on it and on backtracking: on a
// quadratic, steepest descent's step is gᵀg/gᵀHg and its consecutive steps are orthogonal.
#include "core/functions/objective.h"
#include "core/functions/test_functions.h"
#include "core/optim/line_search.h"
#include "core/optim/methods.h"
#include "core/optim/run.h"

#include "support/reference_data.h"

#include <QtTest>

#include <cmath>

using namespace gradus::core;

namespace {

// ½xᵀAx with the notebook's A = Q diag(1, 5) Qᵀ, Q the rotation by 10°.
class RotatedQuadratic final : public Objective2D {
public:
    explicit RotatedQuadratic(const QJsonArray& a)
        : a_{a[0][0].toDouble(), a[0][1].toDouble(), a[1][1].toDouble()}
    {
    }
    double value(const Vec2& x) const override { return 0.5 * dot(x, a_ * x); }
    Vec2 gradient(const Vec2& x) const override { return a_ * x; }
    Sym2 hessian(const Vec2&) const override { return a_; }

private:
    Sym2 a_;
};

LineFunction parabola(double minimizer)
{
    return [minimizer](double alpha) { return std::pair{(alpha - minimizer) * (alpha - minimizer), 2 * (alpha - minimizer)}; };
}

} // namespace

class TestLineSearch : public QObject {
    Q_OBJECT

private slots:
    // φ(α) = (α − 3)²: φ(0) = 9, φ′(0) = −6.
    void parabolas()
    {
        // A loose c₂ takes the first trial that meets both conditions: φ(1) = 4 ≤ 9 − 6·10⁻⁴, |φ′(1)| = 4 ≤ 5.4.
        LineSearchResult loose = strongWolfeSearch(parabola(3), 9, -6, 1, {.c1 = 1e-4, .c2 = 0.9});
        QCOMPARE(loose.alpha, 1.0);
        QVERIFY(loose.wolfe);
        QCOMPARE(loose.trials.size(), std::size_t(1));
        // An exact search: doubling to 2 and 4 brackets the minimum, and the cubic through (2, 1, −2) and
        // (4, 1, 2) is the parabola itself, so the zoom lands on 3.
        LineSearchResult exact = strongWolfeSearch(parabola(3), 9, -6, 1, {.c1 = 1e-4, .c2 = 1e-9});
        QCOMPARE_LE(std::abs(exact.alpha - 3), 1e-12);
        QVERIFY(exact.wolfe);
        QCOMPARE(exact.trials.size(), std::size_t(4)); // 1, 2, 4, then 3
        // Far too long a first trial: the sufficient decrease fails and the zoom starts from [0, 100].
        LineSearchResult far = strongWolfeSearch(parabola(3), 9, -6, 100, {.c1 = 1e-4, .c2 = 1e-9});
        QCOMPARE_LE(std::abs(far.alpha - 3), 1e-12);
        QCOMPARE(far.trials.size(), std::size_t(2));
        // Uphill or flat: no step.
        QCOMPARE(strongWolfeSearch(parabola(-3), 9, 6, 1).alpha, 0.0);
    }

    // Beyond α = 2 the function is undefined (NaN), as f can be beyond a barrier: the search comes back
    // inside and still meets both conditions.
    void undefinedFarAway()
    {
        const LineFunction phi = [](double alpha) {
            if (alpha >= 2)
                return std::pair{double(NAN), double(NAN)};
            return std::pair{-std::log(2 - alpha) - alpha, 1 / (2 - alpha) - 1}; // minimum at α = 1
        };
        const WolfeConditions c{.c1 = 1e-4, .c2 = 0.1};
        const auto [phi0, slope0] = phi(0);
        const LineSearchResult r = strongWolfeSearch(phi, phi0, slope0, 50, c);
        QVERIFY(r.wolfe);
        const auto [value, slope] = phi(r.alpha);
        QVERIFY(value <= phi0 + c.c1 * r.alpha * slope0);
        QVERIFY(std::abs(slope) <= c.c2 * std::abs(slope0));
        QVERIFY(std::abs(r.alpha - 1) < 0.2); // |φ′| ≤ 0.05 holds only within about 0.09 of the minimum
    }

    // Fletcher–Reeves and Polak–Ribière+ with an exact search (c₂ = 10⁻⁹) on the course's quadratic from
    // (4, 4): the two points of linear CG, and x* after n = 2 steps.
    void nonlinearCgIsLinearCgOnAQuadratic()
    {
        const QJsonObject scene = gradus::test::referenceJson("cg_reference.json")["scene"].toObject();
        const RotatedQuadratic f(scene["A"].toArray());
        for (const std::string name : {"cg-fr", "cg-pr"}) {
            Hyperparameters hyper = defaultHyperparameters(name);
            hyper.wolfeCurvature = 1e-9;
            auto method = makeMethod(name, hyper);
            const Vec2 start{4, 4};
            method->reset(f, start);
            Vec2 x = start;
            for (int k = 1; k <= 2; ++k) {
                StepAnatomy anatomy;
                std::string stop;
                x = method->step(f, x, k, 0, anatomy, stop);
                QVERIFY2(stop.empty(), stop.c_str());
                for (int c = 0; c < 2; ++c)
                    QVERIFY2(std::abs(x[std::size_t(c)] - scene["cg"][k][c].toDouble()) < 1e-9,
                             qPrintable(QStringLiteral("%1 step %2: %3").arg(QString::fromStdString(name)).arg(k).arg(x[std::size_t(c)])));
            }
            QCOMPARE_LE(norm(x), 1e-9);
        }
    }

    // On Rosenbrock from (−1.2, 1) (the textbook start) every accepted step s = x₊ − x meets the strong Wolfe
    // conditions with c₂ = 0.1, written without the step length: f(x₊) ≤ f(x) + c₁∇f(x)ᵀs and
    // |∇f(x₊)ᵀs| ≤ c₂|∇f(x)ᵀs|; both methods reach the minimum (1, 1), Polak–Ribière+ in fewer steps.
    void nonlinearCgStepsMeetTheWolfeConditions()
    {
        const auto f = makeTestFunction("rosenbrock");
        int stepsTo1e10[2] = {0, 0};
        for (int m = 0; m < 2; ++m) {
            const std::string name = m == 0 ? "cg-fr" : "cg-pr";
            auto method = makeMethod(name, defaultHyperparameters(name));
            RunSettings settings;
            settings.iterations = 300;
            const Trajectory run = runMethod(*f, *method, {-1.2, 1}, 0, settings);
            QVERIFY(run.points.size() > 10);
            for (std::size_t k = 0; k + 1 < run.points.size(); ++k) {
                const Vec2 x = run.points[k], next = run.points[k + 1], s = next - x;
                if (norm(s) == 0 || f->value(x) < 1e-20) // rounding's floor: nothing left to check
                    break;
                const double slope = dot(f->gradient(x), s);
                QVERIFY2(f->value(next) <= f->value(x) + 1e-4 * slope + 1e-15 * std::abs(f->value(x)),
                         qPrintable(QStringLiteral("%1 step %2: no sufficient decrease").arg(QString::fromStdString(name)).arg(k)));
                QVERIFY2(std::abs(dot(f->gradient(next), s)) <= 0.1 * std::abs(slope) * (1 + 1e-9),
                         qPrintable(QStringLiteral("%1 step %2: curvature").arg(QString::fromStdString(name)).arg(k)));
            }
            const auto reached = std::find_if(run.values.begin(), run.values.end(), [](double v) { return v < 1e-10; });
            QVERIFY2(reached != run.values.end(), name.c_str());
            stepsTo1e10[m] = int(reached - run.values.begin());
            QCOMPARE_LE(norm(run.points.back() - Vec2{1, 1}), 1e-5);
        }
        QCOMPARE_LT(stepsTo1e10[1], stepsTo1e10[0]);
    }

    // φ(α) = (α − 3)², φ(0) = 9.
    void exactSearchOnParabolas()
    {
        const auto phi = [](double alpha) { return (alpha - 3) * (alpha - 3); };
        // From 1: doubling to 2 and 4 (φ(4) = φ(2): it stops rising) brackets [1, 4]; Brent finds 3.
        const LineSearchResult up = exactLineSearch(phi, 9, 1);
        QCOMPARE_LE(std::abs(up.alpha - 3), 3e-8);
        QCOMPARE(up.trials[0].alpha, 1.0);
        QCOMPARE(up.trials[1].alpha, 2.0);
        QCOMPARE(up.trials[2].alpha, 4.0);
        QVERIFY(!up.wolfe);
        // From 100: halving until φ < 9 (at 100/32 = 3.125) brackets [0, 6.25].
        const LineSearchResult down = exactLineSearch(phi, 9, 100);
        QCOMPARE_LE(std::abs(down.alpha - 3), 3e-8);
        QCOMPARE(down.trials[5].alpha, 3.125);
        QCOMPARE_GE(down.trials[4].value, 9.0); // 6.25: φ = 10.56, not below φ(0)
        // A tighter tolerance lands closer.
        QCOMPARE_LE(std::abs(exactLineSearch(phi, 9, 1, 1e-12).alpha - 3), 1e-10);
        // Nowhere below φ(0): no step. Falling for ever: the last doubling.
        QCOMPARE(exactLineSearch([](double a) { return a * a; }, 0, 1).alpha, 0.0);
        const LineSearchResult endless = exactLineSearch([](double a) { return -a; }, 0, 1, 1e-8, 10);
        QCOMPARE(endless.alpha, 2048.0); // 1 · 2¹¹: the first call, the bracket's end, and ten doublings
        // NaN beyond a barrier counts as uphill: the minimum of −log(2 − α) − α at 1.
        const LineSearchResult barrier = exactLineSearch([](double a) { return a >= 2 ? NAN : -std::log(2 - a) - a; }, std::log(0.5), 1.5);
        QCOMPARE_LE(std::abs(barrier.alpha - 1), 1e-7);
    }

    // f = ½xᵀHx with H = Rᵀdiag(1, 10)R (30°), from (−4, 3): each exact step α = gᵀg/gᵀHg (the minimum along
    // −g), consecutive steps orthogonal, and the error in f shrinking by at most ((κ − 1)/(κ + 1))² per step.
    void steepestDescentOnAQuadratic()
    {
        const auto f = makeTestFunction("quadratic", {10, 30});
        auto method = makeMethod("steepest", {});
        RunSettings settings;
        settings.iterations = 30;
        const Trajectory run = runMethod(*f, *method, {-4, 3}, 0, settings);
        QCOMPARE(run.points.size(), std::size_t(31));
        const double rate = std::pow(9.0 / 11.0, 2);
        for (std::size_t k = 0; k + 1 < run.points.size(); ++k) {
            const Vec2 g = f->gradient(run.points[k]);
            const double alpha = dot(g, g) / dot(g, f->hessian(run.points[k]) * g);
            const Vec2 s = run.points[k + 1] - run.points[k];
            QCOMPARE_LE(norm(s + alpha * g), 1e-7 * norm(alpha * g));
            if (k + 2 < run.points.size()) {
                const Vec2 next = run.points[k + 2] - run.points[k + 1];
                QCOMPARE_LE(std::abs(dot(s, next)), 1e-6 * norm(s) * norm(next));
            }
            QCOMPARE_LE(run.values[k + 1], rate * run.values[k] * (1 + 1e-6));
        }
    }

    // Backtracking from α₀ = 1 with ρ = ½ on the same quadratic. There f(x − αg) ≤ f(x) − c₁α‖g‖² holds exactly
    // for α ≤ 2(1 − c₁)·gᵀg/gᵀHg, so every step is the largest of 1, ½, ¼, … below that bound.
    void backtrackingDescentTakesTheFirstAcceptableStep()
    {
        const auto f = makeTestFunction("quadratic", {10, 30});
        Hyperparameters h = defaultHyperparameters("gd-armijo");
        QCOMPARE(h.backtrackingShrink, 0.5);
        QCOMPARE(h.sufficientDecrease, 1e-4);
        auto method = makeMethod("gd-armijo", h);
        RunSettings settings;
        settings.iterations = 40;
        const Trajectory run = runMethod(*f, *method, {-4, 3}, 1.0, settings);
        QCOMPARE(run.points.size(), std::size_t(41));
        for (std::size_t k = 0; k + 1 < run.points.size(); ++k) {
            const Vec2 x = run.points[k], g = f->gradient(x);
            const double alpha = norm(run.points[k + 1] - x) / norm(g);
            const double bound = 2 * (1 - 1e-4) * dot(g, g) / dot(g, f->hessian(x) * g);
            const double expected = std::min(1.0, std::exp2(std::floor(std::log2(bound))));
            QCOMPARE_LE(std::abs(alpha / expected - 1), 1e-12);
        }
        QCOMPARE_LE(run.values.back(), 1e-6 * run.values.front());
    }
};

QTEST_GUILESS_MAIN(TestLineSearch)
#include "test_line_search.moc"
