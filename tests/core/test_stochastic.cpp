// Stochastic methods on the seed's least-squares problem: exact gradients and optima, linear
// convergence of the variance-reduced methods, and the noise ball of constant-step SGD against its
// first-order prediction (and its proportionality to the step).
#include "core/optim/stochastic.h"

#include <QtTest>

#include <cmath>

using namespace gradus::core;

namespace {

LeastSquares2 seedProblem() { return makeSgdData(100, {3, 4}, 0.2, 7); }

double meanSquaredDistanceOverSecondHalf(const LeastSquares2& problem, double lr, int batch, int seeds)
{
    StochasticSettings settings;
    settings.lr = lr;
    settings.batch = batch;
    settings.iterations = 40000;
    double sum = 0;
    int count = 0;
    for (int seed = 0; seed < seeds; ++seed) {
        const StochasticRun run = runStochastic(problem, StochasticMethod::Sgd, settings, problem.optimum(), std::uint64_t(seed));
        for (size_t k = run.distance.size() / 2; k < run.distance.size(); ++k, ++count)
            sum += run.distance[k] * run.distance[k];
    }
    return sum / count;
}

} // namespace

class TestStochastic : public QObject {
    Q_OBJECT

private slots:
    void gradientsAndOptima()
    {
        const LeastSquares2 p = seedProblem();
        const Vec2 w{1.5, -0.5};
        const double h = 1e-6;
        const Vec2 g = p.gradient(w);
        QVERIFY(std::abs(g[0] - (p.loss({w[0] + h, w[1]}) - p.loss({w[0] - h, w[1]})) / (2 * h)) < 1e-7);
        QVERIFY(std::abs(g[1] - (p.loss({w[0], w[1] + h}) - p.loss({w[0], w[1] - h})) / (2 * h)) < 1e-7);
        const Vec2 star = p.optimum();
        const Vec2 zero = p.gradient(star);
        QVERIFY(std::hypot(zero[0], zero[1]) < 1e-12);
        QVERIFY(std::abs(star[0] - 3) < 0.3 && std::abs(star[1] - 4) < 0.1); // near the generating line
        // Two points: the line through them.
        LeastSquares2 two{{0.0, 1.0}, {1.0, 3.0}};
        Vec2 line{0, 0};
        QVERIFY(two.batchOptimum({0, 1}, line));
        QVERIFY(std::abs(line[0] - 2) < 1e-12 && std::abs(line[1] - 1) < 1e-12);
        QVERIFY(!two.batchOptimum({0}, line)); // one point does not fix a line
    }

    // The map's closed form L(w*) + ½ dᵀHd must be the loss itself, far out and close in.
    void surfaceIsTheLoss()
    {
        const LeastSquares2 p = seedProblem();
        const LeastSquares2::Surface surface = p.surface();
        QCOMPARE(surface.minimum, p.loss(p.optimum()));
        for (const Vec2& w : {Vec2{0, 0}, Vec2{-3, 7}, Vec2{40, -25}, Vec2{p.optimum()[0] + 1e-3, p.optimum()[1]}})
            QVERIFY2(std::abs(surface(w) - p.loss(w)) <= 1e-9 * p.loss(w),
                     qPrintable(QStringLiteral("%1 vs %2").arg(surface(w), 0, 'g', 17).arg(p.loss(w), 0, 'g', 17)));
    }

    // Full-batch GD with a step past 2/λ_max grows the top eigendirection by |1 − ηλ_max| a step:
    // the run stops at the step that leaves the 10¹² ball, says which, and keeps only finite points.
    void divergenceIsMarkedAtTheRightStep()
    {
        const LeastSquares2 p = seedProblem();
        const Sym2 h = p.hessian();
        const double top = h.eigenvalues()[1];
        const double length = std::hypot(h.xy, top - h.xx);
        const Vec2 direction{h.xy / length, (top - h.xx) / length}; // (H − λI)v = 0
        StochasticSettings settings;
        settings.lr = 3.0 / top; // growth factor 2 a step
        settings.iterations = 500;
        const Vec2 start{0, 0}, star = p.optimum();
        const StochasticRun run = runStochastic(p, StochasticMethod::Gd, settings, start, 1);
        QVERIFY(run.diverged);
        const double along = std::abs(direction[0] * (start[0] - star[0]) + direction[1] * (start[1] - star[1]));
        const int expected = int(std::ceil(std::log2(kStochasticDivergenceBound / along)));
        QVERIFY2(std::abs(run.divergedAtStep - expected) <= 1, qPrintable(QStringLiteral("%1 vs %2").arg(run.divergedAtStep).arg(expected)));
        QCOMPARE(run.points.size(), size_t(run.divergedAtStep));
        QCOMPARE(run.loss.size(), run.points.size());
        for (const Vec2& w : run.points)
            QVERIFY(isFinite(w) && std::hypot(w[0], w[1]) <= kStochasticDivergenceBound);
        // Below 2/λ_max the same start converges.
        settings.lr = 1.9 / top;
        QVERIFY(!runStochastic(p, StochasticMethod::Gd, settings, start, 1).diverged);
        // Stochastic steps diverge as well and keep their batches in step with the points.
        settings.lr = 2.0;
        settings.iterations = 5000;
        const StochasticRun sgd = runStochastic(makeSgdData(100, {100, 100}, 10, 1), StochasticMethod::Sgd, settings, start, 1);
        QVERIFY(sgd.diverged);
        QCOMPARE(sgd.batches.size() + 1, sgd.points.size());
        QCOMPARE(sgd.points.size(), size_t(sgd.divergedAtStep));
    }

    void evaluationsAreCounted()
    {
        const LeastSquares2 p = seedProblem();
        StochasticSettings s;
        s.iterations = 100;
        s.batch = 5;
        QCOMPARE(runStochastic(p, StochasticMethod::Sgd, s, {0, 0}, 1).gradientEvaluations.back(), 500.0);
        QCOMPARE(runStochastic(p, StochasticMethod::Gd, s, {0, 0}, 1).gradientEvaluations.back(), 10000.0);
        // SVRG: a full gradient every epoch (N / b = 20 steps) and two sample gradients per sample.
        QCOMPARE(runStochastic(p, StochasticMethod::Svrg, s, {0, 0}, 1).gradientEvaluations.back(), 5 * 100.0 + 100 * 10.0);
        QCOMPARE(runStochastic(p, StochasticMethod::Saga, s, {0, 0}, 1).gradientEvaluations.back(), 100.0 + 500.0);
        // The same seed, the same path; another seed, another path.
        const auto a = runStochastic(p, StochasticMethod::Sgd, s, {0, 0}, 3), b = runStochastic(p, StochasticMethod::Sgd, s, {0, 0}, 3);
        QCOMPARE(a.points.back(), b.points.back());
        QVERIFY(runStochastic(p, StochasticMethod::Sgd, s, {0, 0}, 4).points.back() != a.points.back());
        QCOMPARE(int(a.batches.front().size()), 5);
    }

    void varianceReductionConvergesLinearlyWhereSgdStalls()
    {
        const LeastSquares2 p = seedProblem();
        StochasticSettings s;
        s.lr = 0.3;
        s.batch = 2;
        s.iterations = 4000; // 80 epochs of 50 steps
        for (StochasticMethod m : {StochasticMethod::Svrg, StochasticMethod::Saga, StochasticMethod::Sag, StochasticMethod::Gd}) {
            const StochasticRun run = runStochastic(p, m, s, {0, 0}, 11);
            QVERIFY2(run.distance.back() < 1e-8, qPrintable(QStringLiteral("method %1: %2").arg(int(m)).arg(run.distance.back())));
        }
        const StochasticRun sgd = runStochastic(p, StochasticMethod::Sgd, s, {0, 0}, 11);
        QVERIFY(sgd.distance.back() > 1e-3);
        // Decreasing steps do get closer than the constant one, slowly.
        StochasticSettings inverseK = s;
        inverseK.schedule = Schedule::inverseK(50);
        double constant = 0, decreasing = 0;
        for (int seed = 0; seed < 10; ++seed) {
            constant += runStochastic(p, StochasticMethod::Sgd, s, {0, 0}, seed).distance.back();
            decreasing += runStochastic(p, StochasticMethod::Sgd, inverseK, {0, 0}, seed).distance.back();
        }
        QVERIFY(decreasing < 0.5 * constant);
    }

    void constantStepSgdSettlesInThePredictedNoiseBall()
    {
        const LeastSquares2 p = seedProblem();
        const double measured = meanSquaredDistanceOverSecondHalf(p, 0.1, 2, 6);
        const double predicted = p.noiseBallSquaredRadius(0.1, 2);
        qInfo("noise ball, lr 0.1, batch 2: measured E|w - w*|^2 = %.5g, predicted %.5g", measured, predicted);
        QVERIFY2(std::abs(measured / predicted - 1) < 0.25, qPrintable(QStringLiteral("%1 vs %2").arg(measured).arg(predicted)));
        // Half the step, half the ball; four times the batch, a quarter (about: without replacement).
        const double half = meanSquaredDistanceOverSecondHalf(p, 0.05, 2, 6);
        QVERIFY2(std::abs(half / measured - 0.5) < 0.12, qPrintable(QString::number(half / measured)));
        QVERIFY(std::abs(p.noiseBallSquaredRadius(0.1, 8) / predicted - 0.25 * (92.0 / 98.0)) < 1e-12);
    }
};

QTEST_APPLESS_MAIN(TestStochastic)
#include "test_stochastic.moc"
