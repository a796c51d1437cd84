// Norm-constrained least squares in 2D against the KKT conditions and a dense search of the
// boundary; the L1-ball projection against its variational inequality; Lasso and Ridge paths on
// the diabetes data against scikit-learn (tests/data/make_regularization_reference.py).
#include "core/geometry/pnorm.h"
#include "core/regression/regularization.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "support/reference_data.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace gradus::core;

namespace {

LeastSquares2D randomProblem(std::mt19937_64& random)
{
    std::normal_distribution<double> normal;
    std::vector<Vec2> rows;
    std::vector<double> y;
    for (int i = 0; i < 15; ++i) {
        rows.push_back({normal(random), 2 * normal(random)});
        y.push_back(3 * normal(random));
    }
    return makeLeastSquares2D(rows, y);
}

double boundaryMinimum(const LeastSquares2D& loss, double p, double t)
{
    double best = INFINITY;
    for (const Vec2& q : unitSphere2D(p, 20000))
        best = std::min(best, loss.value(t * q));
    return best;
}

Regression diabetes()
{
    QFile file(QStringLiteral(GRADUS_SOURCE_DIR "/datasets/diabetes/diabetes.csv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing datasets/diabetes/diabetes.csv");
    Regression data;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(',');
        if (fields.size() != 11)
            continue;
        std::vector<double> row;
        for (int k = 0; k < 10; ++k)
            row.push_back(fields[k].toDouble());
        data.rows.push_back(row);
        data.y.push_back(fields[10].toDouble());
    }
    return standardized(data);
}

QJsonObject reference() { return gradus::test::referenceJson("regularization_reference.json"); }

using gradus::test::toVector;

} // namespace

class TestRegularization : public QObject {
    Q_OBJECT

private slots:
    // The level line drawn for a loss (the regularization maps, SGD's mini-batch): every point of it has
    // L = level to rounding, it surrounds the minimizer, and a singular Gram matrix (one mini-batch row)
    // or a level below the minimum gives nothing rather than a wrong curve.
    void levelEllipseIsTheLevelSet()
    {
        const LeastSquares2D loss = makeLeastSquares2D({{1, 1}, {-0.5, 1}, {2, 1}}, {3, 1, 4});
        const Vec2 centre = loss.minimizer();
        const double level = loss.value(centre) + 0.7;
        const std::vector<Vec2> ellipse = levelEllipse(loss, centre, level, 120);
        QCOMPARE(int(ellipse.size()), 121);
        double windings = 0;
        for (std::size_t k = 0; k < ellipse.size(); ++k) {
            QVERIFY2(std::abs(loss.value(ellipse[k]) - level) < 1e-12 * level, qPrintable(QString::number(k)));
            if (k > 0) {
                const double a = std::atan2(ellipse[k - 1][1] - centre[1], ellipse[k - 1][0] - centre[0]);
                const double b = std::atan2(ellipse[k][1] - centre[1], ellipse[k][0] - centre[0]);
                windings += std::remainder(b - a, 2 * M_PI);
            }
        }
        QVERIFY(std::abs(std::abs(windings) - 2 * M_PI) < 1e-9); // once round the minimizer
        QVERIFY(levelEllipse(loss, centre, loss.value(centre) - 1).empty());
        const LeastSquares2D oneRow = makeLeastSquares2D({{1, 1}}, {2});
        QVERIFY(levelEllipse(oneRow, {1, 1}, 5).empty());
    }


    void lossMatchesItsDefinition()
    {
        const LeastSquares2D loss = makeLeastSquares2D({{1, 2}, {3, -1}, {0, 1}}, {1, 2, 3});
        const Vec2 w{0.5, -2};
        // ‖Xw − y‖² = (−3.5 − 1)² + (3.5 − 2)² + (−2 − 3)² = 20.25 + 2.25 + 25
        QVERIFY(std::abs(loss.value(w) - 47.5) < 1e-12);
        const Vec2 g = loss.gradient(w);
        const double h = 1e-6;
        QVERIFY(std::abs(g[0] - (loss.value({w[0] + h, w[1]}) - loss.value({w[0] - h, w[1]})) / (2 * h)) < 1e-5);
        QVERIFY(std::abs(g[1] - (loss.value({w[0], w[1] + h}) - loss.value({w[0], w[1] - h})) / (2 * h)) < 1e-5);
        const Vec2 free = loss.minimizer();
        QVERIFY(norm(loss.gradient(free)) < 1e-12);
    }

    void l1SolutionsSatisfyKkt()
    {
        std::mt19937_64 random(2026);
        int sparse = 0;
        for (int trial = 0; trial < 200; ++trial) {
            const LeastSquares2D loss = randomProblem(random);
            const double t = 0.2 + 0.1 * (trial % 10);
            const Vec2 w = solveInL1Ball(loss, t);
            const Vec2 free = loss.minimizer();
            if (std::abs(free[0]) + std::abs(free[1]) <= t) {
                QCOMPARE(w, free);
                continue;
            }
            QVERIFY(std::abs(std::abs(w[0]) + std::abs(w[1]) - t) < 1e-12);
            // −∇L(w) = μ·s with s a subgradient of ‖·‖₁ at w, μ ≥ 0.
            const Vec2 g = -1.0 * loss.gradient(w);
            const double mu = std::max(std::abs(g[0]), std::abs(g[1]));
            for (int i = 0; i < 2; ++i) {
                if (w[i] != 0)
                    QVERIFY2(std::abs(g[i] - mu * std::copysign(1.0, w[i])) < 1e-9 * std::max(1.0, mu), qPrintable(QString::number(trial)));
                else
                    QVERIFY(std::abs(g[i]) <= mu * (1 + 1e-12));
            }
            sparse += w[0] == 0 || w[1] == 0;
            // No point of the boundary does better.
            QVERIFY(loss.value(w) <= boundaryMinimum(loss, 1, t) + 1e-9);
        }
        QVERIFY2(sparse > 20, qPrintable(QString::number(sparse))); // corners are common: that is the lesson
    }

    void l2SolutionsSatisfyKkt()
    {
        std::mt19937_64 random(7);
        for (int trial = 0; trial < 200; ++trial) {
            const LeastSquares2D loss = randomProblem(random);
            const double t = 0.2 + 0.1 * (trial % 10);
            double mu = -1;
            const Vec2 w = solveInL2Ball(loss, t, &mu);
            const Vec2 free = loss.minimizer();
            if (norm(free) <= t) {
                QCOMPARE(w, free);
                QCOMPARE(mu, 0.0);
                continue;
            }
            QVERIFY(std::abs(norm(w) - t) < 1e-12);
            QVERIFY(mu > 0);
            // ∇L(w) + 2μw = 0
            const Vec2 residual = loss.gradient(w) + (2 * mu) * w;
            QVERIFY2(norm(residual) < 1e-9 * std::max(1.0, norm(loss.gradient(w))), qPrintable(QString::number(norm(residual))));
            QVERIFY(loss.value(w) <= boundaryMinimum(loss, 2, t) + 1e-9);
        }
    }

    void projectionOntoTheL1Ball()
    {
        std::mt19937_64 random(11);
        std::normal_distribution<double> normal;
        for (int trial = 0; trial < 300; ++trial) {
            const int n = 1 + trial % 7;
            std::vector<double> v(static_cast<std::size_t>(n), 0.0);
            for (double& x : v)
                x = 2 * normal(random);
            const double t = 0.5 + (trial % 5);
            const std::vector<double> x = projectOntoL1Ball(v, t);
            double l1 = 0, inside = 0;
            for (int i = 0; i < n; ++i)
                l1 += std::abs(x[std::size_t(i)]), inside += std::abs(v[std::size_t(i)]);
            if (inside <= t) {
                QCOMPARE(x, v);
                continue;
            }
            QVERIFY(std::abs(l1 - t) < 1e-12 * t);
            // x is the projection iff ⟨v − x, z − x⟩ ≤ 0 for every z of the ball; the ball is the
            // convex hull of ±t·eᵢ, so checking those 2n corners is enough.
            for (int i = 0; i < n; ++i)
                for (double sign : {-1.0, 1.0}) {
                    double product = 0;
                    for (int k = 0; k < n; ++k) {
                        const double z = k == i ? sign * t : 0.0;
                        product += (v[std::size_t(k)] - x[std::size_t(k)]) * (z - x[std::size_t(k)]);
                    }
                    QVERIFY2(product <= 1e-12, qPrintable(QString::number(product)));
                }
        }
        QCOMPARE(projectOntoL1Ball({3, -1}, 1), (std::vector<double>{1, 0}));
        QCOMPARE(projectOntoL1Ball({1, 1}, 1), (std::vector<double>{0.5, 0.5}));
    }

    void lassoPathMatchesScikitLearn()
    {
        const Regression data = diabetes();
        const QJsonObject ref = reference();
        const std::vector<double> alphas = lassoPenaltyGrid(data, 100, 1e-3);
        const std::vector<double> refAlphas = toVector(ref["lasso_alphas"].toArray());
        QCOMPARE(alphas.size(), refAlphas.size());
        for (std::size_t k = 0; k < alphas.size(); ++k)
            QVERIFY(std::abs(alphas[k] / refAlphas[k] - 1) < 1e-12);
        const CoefficientPath path = lassoPath(data, alphas);
        const QJsonArray refCoefs = ref["lasso_coefs"].toArray();
        double worst = 0;
        for (std::size_t k = 0; k < alphas.size(); ++k) {
            const std::vector<double> expected = toVector(refCoefs[qsizetype(k)].toArray());
            for (std::size_t j = 0; j < expected.size(); ++j) {
                worst = std::max(worst, std::abs(path.coefficients[k][j] - expected[j]));
                // Exact zeros where scikit-learn has them: coefficients leave zero one by one.
                if (expected[j] == 0)
                    QCOMPARE(path.coefficients[k][j], 0.0);
            }
        }
        QVERIFY2(worst < 1e-8, qPrintable(QString::number(worst))); // coefficients are up to ~40
        // At α_max every coefficient is zero; at the smallest α none is.
        for (double c : path.coefficients.front())
            QCOMPARE(c, 0.0);
        for (double c : path.coefficients.back())
            QVERIFY(c != 0);
    }

    void ridgePathMatchesScikitLearn()
    {
        const Regression data = diabetes();
        const QJsonObject ref = reference();
        const CoefficientPath path = ridgePath(data, toVector(ref["ridge_alphas"].toArray()));
        const QJsonArray refCoefs = ref["ridge_coefs"].toArray();
        for (std::size_t k = 0; k < path.penalties.size(); ++k) {
            const std::vector<double> expected = toVector(refCoefs[qsizetype(k)].toArray());
            for (std::size_t j = 0; j < expected.size(); ++j)
                QVERIFY(std::abs(path.coefficients[k][j] - expected[j]) < 1e-9 * std::max(1.0, std::abs(expected[j])));
        }
    }

    void badInput()
    {
        const LeastSquares2D singular = makeLeastSquares2D({{1, 2}, {2, 4}}, {1, 2});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, singular.minimizer());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, solveInL1Ball(makeLeastSquares2D({{1, 0}, {0, 1}}, {1, 1}), 0));
        Regression constant;
        constant.rows = {{1, 2}, {1, 3}};
        constant.y = {0, 1};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, standardized(constant));
    }
};

QTEST_GUILESS_MAIN(TestRegularization)
#include "test_regularization.moc"
