// Linear regression numerics against hand-computed values and closed forms.
#include "core/compute_control.h"
#include "core/linreg.h"

#include <QtTest>

#include <cmath>

using namespace gradus::core;

class TestLinReg : public QObject {
    Q_OBJECT
private slots:
    // x = 0, 1, 2 and y = 1, 3, 5 lie exactly on y = 2x + 1:
    // Σx = 3, Σx² = 5, n = 3, so H = (2/3)·[[5, 3], [3, 3]].
    void exactLineByHand()
    {
        const LinRegProblem problem({0, 1, 2}, {1, 3, 5});
        QVERIFY(problem.optimumUnique());
        QCOMPARE_LE(std::abs(problem.optimum()[0] - 2.0), 1e-12);
        QCOMPARE_LE(std::abs(problem.optimum()[1] - 1.0), 1e-12);
        QCOMPARE_LE(problem.optimalLoss(), 1e-24);
        const auto h = problem.hessian();
        QCOMPARE_LE(std::abs(h[0] - 10.0 / 3.0), 1e-12);
        QCOMPARE_LE(std::abs(h[1] - 2.0), 1e-12);
        QCOMPARE_LE(std::abs(h[2] - 2.0), 1e-12);
        // Eigenvalues of (2/3)·[[5,3],[3,3]]: (2/3)·(4 ± √10).
        const Vec2 eigen = problem.hessianEigenvalues();
        QCOMPARE_LE(std::abs(eigen[0] - 2.0 / 3.0 * (4 - std::sqrt(10.0))), 1e-12);
        QCOMPARE_LE(std::abs(eigen[1] - 2.0 / 3.0 * (4 + std::sqrt(10.0))), 1e-12);
        QCOMPARE_LE(std::abs(problem.largestStableStep() - 3.0 / (4 + std::sqrt(10.0))), 1e-12);
        // L(0, 0) = (1 + 9 + 25) / 3.
        QCOMPARE_LE(std::abs(problem.loss({0, 0}) - 35.0 / 3.0), 1e-12);
    }

    void firstStepsByHand()
    {
        const LinRegProblem problem({0, 1, 2}, {1, 3, 5});
        // ∇L(0, 0) = (2/3)·(−Σxy, −Σy) = (−26/3, −6); with lr = 0.1 the first step lands on (26/30, 0.6).
        const DescentPath path = gradientDescent(problem, {0, 0}, 0.1, 2);
        QCOMPARE(path.points.size(), std::size_t(3));
        QCOMPARE_LE(std::abs(path.points[1][0] - 26.0 / 30.0), 1e-12);
        QCOMPARE_LE(std::abs(path.points[1][1] - 0.6), 1e-12);
        // ∇L(θ₁) = H(θ₁ − θ*) = (−4.57777…, −3.06666…), so θ₂ = (1.324444…, 0.906666…).
        QCOMPARE_LE(std::abs(path.points[2][0] - 1.3244444444444444), 1e-12);
        QCOMPARE_LE(std::abs(path.points[2][1] - 0.9066666666666666), 1e-12);
        QCOMPARE_LE(std::abs(path.loss[0] - 35.0 / 3.0), 1e-12);
        QVERIFY(!path.diverged);
        QCOMPARE(path.stopReason, std::string("iterations"));
    }

    void descentReachesTheClosedFormOptimum()
    {
        const XYData data = makeLinearData(200, -1.5, 4.0, 0.8, -2.0, 5.0, 7);
        const LinRegProblem problem(data.x, data.y);
        const double lr = 0.9 * problem.largestStableStep();
        const DescentPath path = gradientDescent(problem, {10, -10}, lr, 5000);
        QVERIFY(!path.diverged);
        QCOMPARE_LE(std::abs(path.points.back()[0] - problem.optimum()[0]), 1e-9);
        QCOMPARE_LE(std::abs(path.points.back()[1] - problem.optimum()[1]), 1e-9);
        // With 200 points and σ = 0.8 the fit recovers the generating line to about 0.1.
        QCOMPARE_LE(std::abs(problem.optimum()[0] + 1.5), 0.15);
        QCOMPARE_LE(std::abs(problem.optimum()[1] - 4.0), 0.3);
    }

    void stepAboveTheLimitDiverges()
    {
        const LinRegProblem problem({0, 1, 2}, {1, 3, 5});
        const double limit = problem.largestStableStep();
        const DescentPath below = gradientDescent(problem, {0, 0}, 0.99 * limit, 3000);
        QVERIFY(!below.diverged);
        QCOMPARE_LE(problem.excessLoss(below.points.back()), 1e-10);

        const DescentPath above = gradientDescent(problem, {0, 0}, 1.5 * limit, 10000);
        QVERIFY(above.diverged);
        QCOMPARE(above.stopReason, std::string("diverged"));
        // Error grows by |1 − 1.5·2| = 2 per step along the top eigenvector: ~40 steps to pass 1e12.
        QVERIFY(above.divergedAtStep > 20 && above.divergedAtStep < 60);
        QCOMPARE(above.points.size(), std::size_t(above.divergedAtStep));
        for (const Vec2& p : above.points)
            QVERIFY(std::isfinite(p[0]) && std::isfinite(p[1]));
    }

    void standardizedFeaturesHaveHessianTwiceIdentity()
    {
        const XYData data = makeLinearData(100, 3.0, 1.0, 0.2, 5.0, 8.0, 11);
        const Standardization s = standardizationOf(data.x);
        const LinRegProblem problem(applyStandardization(data.x, s), data.y);
        const auto h = problem.hessian();
        QCOMPARE_LE(std::abs(h[0] - 2.0), 1e-12);
        QCOMPARE_LE(std::abs(h[1]), 1e-12);
        QCOMPARE_LE(std::abs(problem.largestStableStep() - 1.0), 1e-12);
        // Raw x in [5, 8] is badly conditioned: λ_max/λ_min is in the hundreds.
        const LinRegProblem raw(data.x, data.y);
        const Vec2 e = raw.hessianEigenvalues();
        QVERIFY(e[1] / e[0] > 100);
    }

    void constantFeatureHasALineOfOptima()
    {
        const LinRegProblem problem({2, 2, 2}, {1, 2, 3});
        QVERIFY(!problem.optimumUnique());
        // Minimum-norm point on the line 2w + b = 2 is (0.8, 0.4).
        QCOMPARE_LE(std::abs(problem.optimum()[0] - 0.8), 1e-12);
        QCOMPARE_LE(std::abs(problem.optimum()[1] - 0.4), 1e-12);
        QCOMPARE_LE(std::abs(problem.optimalLoss() - 2.0 / 3.0), 1e-12);
    }

    void invalidInputIsRejected()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LinRegProblem({}, {}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LinRegProblem({1, 2}, {1}));
    }

    void generatedDataIsReproducible()
    {
        const XYData a = makeLinearData(20, 1, 0, 1, 0, 1, 42);
        const XYData b = makeLinearData(20, 1, 0, 1, 0, 1, 42);
        const XYData c = makeLinearData(20, 1, 0, 1, 0, 1, 43);
        QVERIFY(a.x == b.x && a.y == b.y);
        QVERIFY(a.x != c.x);
        for (double x : a.x)
            QVERIFY(x >= 0 && x <= 1);
    }

    void cancellationStopsDescent()
    {
        struct CancelAtOnce : ComputeControl {
            bool cancelRequested() const override { return true; }
            void reportProgress(double) override {}
        } control;
        const LinRegProblem problem({0, 1, 2}, {1, 3, 5});
        QVERIFY_THROWS_EXCEPTION(Cancelled, gradientDescent(problem, {0, 0}, 0.1, 5000, &control));
    }
};

QTEST_APPLESS_MAIN(TestLinReg)
#include "test_linreg.moc"
