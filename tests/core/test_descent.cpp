// The one descent loop (core/optim/descent.h) on problems whose every step is known in closed form:
// x ← x/2 from 1 (the k-th point is 2⁻ᵏ), x ← 10x (diverges at a known step), Newton in 1D and MDS
// that stop by their own rule. What the loop promises its users: the diverging point is never kept,
// divergedAtStep counts steps from 1, a stop before a step records nothing, a stop after one keeps
// it, progress reaches 1 and a cancel ends the run.
#include "core/compute_control.h"
#include "core/functions/functions_1d.h"
#include "core/optim/descent.h"

#include <QtTest>

#include <cmath>
#include <vector>

using namespace gradus::core;

namespace {

struct Recorder {
    std::vector<double> points;
    std::vector<int> steps;
    void operator()(int t, const Proposal<double>& p) { steps.push_back(t), points.push_back(p.next); }
};

class CountingControl : public ComputeControl {
public:
    int cancelAfterReports = -1; // −1: never
    std::vector<double> reports;
    bool cancelRequested() const override { return cancelAfterReports >= 0 && int(reports.size()) >= cancelAfterReports; }
    void reportProgress(double fraction) override { reports.push_back(fraction); }
};

} // namespace

class TestDescent : public QObject {
    Q_OBJECT

private slots:
    void runsEveryStepAndReportsIterations()
    {
        Recorder record;
        const DescentOutcome outcome =
            descend(DescentLoop{.steps = 10}, 1.0, [](int, double x) { return Proposal<double>::to(x / 2); }, record);
        QCOMPARE(outcome.stopReason, std::string("iterations"));
        QVERIFY(!outcome.diverged);
        QCOMPARE(outcome.divergedAtStep, -1);
        QCOMPARE(record.points.size(), size_t(10));
        QCOMPARE(record.points.back(), std::ldexp(1.0, -10));
        QCOMPARE(record.steps.front(), 1);
        QCOMPARE(record.steps.back(), 10);
    }

    // 10ᵏ passes 10⁶ at k = 7: steps 1…6 are kept, step 7 is where it diverged, and nothing of it is kept.
    void stopsBeforeTheDivergingPoint()
    {
        Recorder record;
        const DescentOutcome outcome = descend(DescentLoop{.steps = 100, .divergence = {.farthest = 1e6}}, 1.0,
                                               [](int, double x) { return Proposal<double>::to(10 * x); }, record);
        QVERIFY(outcome.diverged);
        QCOMPARE(outcome.divergedAtStep, 7);
        QCOMPARE(outcome.stopReason, std::string("diverged"));
        QCOMPARE(record.points.size(), size_t(6));
        QCOMPARE(record.points.back(), 1e6);
    }

    // With a value, the rule also tests it: growth past 100× the start's value, or not finite.
    void testsTheValueWhenTheStepGivesOne()
    {
        Recorder grown;
        const DescentOutcome byGrowth = descend(DescentLoop{.steps = 100, .divergence = {.growth = 100}, .startValue = 1}, 1.0,
                                                [](int, double x) { return Proposal<double>::to(2 * x, 4 * x * x); }, grown);
        // f(xₖ) = 4ᵏ: 4⁴ = 256 > 100 at step 4.
        QCOMPARE(byGrowth.divergedAtStep, 4);
        QCOMPARE(grown.points.size(), size_t(3));
        Recorder undefined;
        const DescentOutcome byNaN = descend(DescentLoop{.steps = 5}, 1.0,
                                             [](int t, double x) { return Proposal<double>::to(x, t == 3 ? std::nan("") : 0.0); }, undefined);
        QCOMPARE(byNaN.divergedAtStep, 3);
        // Without a value only the point counts: an infinite point diverges even with no bound set.
        Recorder infinite;
        QCOMPARE(descend(DescentLoop{.steps = 5}, 1.0, [](int, double) { return Proposal<double>::to(HUGE_VAL); }, infinite).divergedAtStep, 1);
    }

    void aStepStopsBeforeOrAfterItsPoint()
    {
        Recorder before;
        const DescentOutcome refused = descend(DescentLoop{.steps = 10}, 1.0, [](int t, double x) {
            return t == 4 ? Proposal<double>::stopHere("singular-hessian") : Proposal<double>::to(x + 1);
        }, before);
        QCOMPARE(refused.stopReason, std::string("singular-hessian"));
        QCOMPARE(before.points, (std::vector<double>{2, 3, 4}));
        Recorder after;
        const DescentOutcome converged = descend(DescentLoop{.steps = 10}, 1.0, [](int t, double x) {
            Proposal<double> p = Proposal<double>::to(x + 1);
            if (t == 4)
                p.thenStop("converged");
            return p;
        }, after);
        QCOMPARE(converged.stopReason, std::string("converged"));
        QCOMPARE(after.points, (std::vector<double>{2, 3, 4, 5}));
    }

    void reportsProgressAndTakesACancel()
    {
        CountingControl control;
        Recorder record;
        descend(DescentLoop{.steps = 40, .checkpointEvery = 8, .control = &control}, 0.0,
                [](int, double x) { return Proposal<double>::to(x); }, record);
        QCOMPARE(control.reports, (std::vector<double>{0.2, 0.4, 0.6, 0.8, 1.0, 1.0}));
        CountingControl cancelling;
        cancelling.cancelAfterReports = 2;
        Recorder partial;
        QVERIFY_THROWS_EXCEPTION(Cancelled, descend(DescentLoop{.steps = 40, .checkpointEvery = 8, .control = &cancelling}, 0.0,
                                                    [](int, double x) { return Proposal<double>::to(x); }, partial));
        QCOMPARE(partial.points.size(), size_t(23)); // steps 1–23; the checkpoint before step 24 throws
    }

    // Newton in 1D runs in the loop: on x² it lands on 0 in one step and stops there (f′ = 0);
    // on √(1 + x²) from |x₀| > 1 it runs away (x ← −x³, to rounding) past the bound at a known step.
    void newtonInOneDimensionStopsByItsRules()
    {
        const auto parabola = makeFunction1D("x^2");
        const Newton1DRun exact = newton1D(*parabola, 3.0, 50);
        QCOMPARE(exact.points, (std::vector<double>{3.0, 0.0}));
        QCOMPARE(exact.stopReason, std::string("converged"));
        const auto softAbs = makeFunction1D("sqrt(1+x^2)");
        const Newton1DRun away = newton1D(*softAbs, 2.0, 50, 1e6);
        // 2 → −8 → 512 → −1.34·10⁸: the third step leaves |x| ≤ 10⁶.
        QVERIFY(away.diverged);
        QCOMPARE(away.divergedAtStep, 3);
        QCOMPARE(away.points.size(), size_t(3));
        QVERIFY(std::abs(away.points[1] + 8) < 1e-12 && std::abs(away.points[2] / 512 - 1) < 1e-12);
    }
};

QTEST_APPLESS_MAIN(TestDescent)
#include "test_descent.moc"
