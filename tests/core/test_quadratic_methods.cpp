// Steepest descent, CG and the accelerated methods on quadratics against numpy (tests/data/make_cg_reference.py:
// CG.ipynb's 2-D scene and a 40-dimensional problem), and the facts the cg lesson will show: CG ends in as many
// steps as A has distinct eigenvalues, its directions are A-orthogonal, steepest descent's steps are
// orthogonal to each other, and each error stays under its bound.
#include "core/optim/quadratic_methods.h"
#include "support/reference_data.h"

#include <QtTest>

#include <cmath>

using namespace gradus::core;

namespace {

Eigen::MatrixXd matrixOf(const QJsonArray& rows)
{
    Eigen::MatrixXd m(rows.size(), rows[0].toArray().size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        for (qsizetype j = 0; j < rows[i].toArray().size(); ++j)
            m(i, j) = rows[i][j].toDouble();
    return m;
}

Eigen::VectorXd vectorOf(const QJsonArray& values)
{
    const std::vector<double> v = gradus::test::toVector(values);
    return Eigen::Map<const Eigen::VectorXd>(v.data(), Eigen::Index(v.size()));
}

} // namespace

class TestQuadraticMethods : public QObject {
    Q_OBJECT

private slots:
    // The notebook's scene: A = Q diag(1, 5) Qᵀ at 10°, x₀ = (4, 4). Steepest descent's five steps and
    // CG's two equal numpy's; CG is at the minimizer 0 after n = 2 steps.
    void notebookScene()
    {
        const QJsonObject scene = gradus::test::referenceJson("cg_reference.json")["scene"].toObject();
        const Eigen::MatrixXd A = rotatedQuadratic2D(1, 5, 10);
        QVERIFY((A - matrixOf(scene["A"].toArray())).cwiseAbs().maxCoeff() < 1e-15);
        const Quadratic q = Quadratic::dense(A, Eigen::Vector2d::Zero());
        const Eigen::Vector2d x0(4, 4);
        for (const char* name : {"steepest", "cg"}) {
            const bool cg = std::string(name) == "cg";
            const QuadraticRun run = runQuadratic(q, cg ? QuadraticMethod::ConjugateGradients : QuadraticMethod::SteepestDescent, x0,
                                                  cg ? 2 : 5, 1, 5);
            const QJsonArray want = scene[name].toArray();
            QCOMPARE(qsizetype(run.points.size()), want.size());
            for (qsizetype k = 0; k < want.size(); ++k)
                QVERIFY2((run.points[std::size_t(k)] - vectorOf(want[k].toArray())).cwiseAbs().maxCoeff() < 1e-13, name);
        }
        // A third CG step has nothing left to do.
        const QuadraticRun more = runQuadratic(q, QuadraticMethod::ConjugateGradients, x0, 10, 1, 5);
        QCOMPARE(more.points.size(), std::size_t(3));
        QCOMPARE(more.outcome.stopReason, std::string("converged"));
        QVERIFY(more.points.back().norm() < 1e-14);
    }

    // 40 dimensions, eigenvalues 1 … 100: each method's A-norm errors over 30 steps equal numpy's.
    void fortyDimensions()
    {
        const QJsonObject n = gradus::test::referenceJson("cg_reference.json")["n"].toObject();
        const Quadratic q = Quadratic::dense(matrixOf(n["A"].toArray()), vectorOf(n["b"].toArray()));
        const Eigen::VectorXd xStar = q.minimizer(), x0 = Eigen::VectorXd::Zero(40);
        const QJsonObject errors = n["errors_A"].toObject();
        const std::pair<const char*, QuadraticMethod> methods[] = {{"steepest", QuadraticMethod::SteepestDescent},
                                                                   {"cg", QuadraticMethod::ConjugateGradients},
                                                                   {"gradient", QuadraticMethod::Gradient},
                                                                   {"heavy_ball", QuadraticMethod::HeavyBall},
                                                                   {"nesterov", QuadraticMethod::Nesterov}};
        for (const auto& [name, method] : methods) {
            const QuadraticRun run = runQuadratic(q, method, x0, 30, 1, 100);
            const QJsonArray want = errors[name].toArray();
            QCOMPARE(qsizetype(run.points.size()), want.size());
            for (qsizetype k = 0; k < want.size(); ++k) {
                const double got = q.energyError(run.points[std::size_t(k)], xStar), expected = want[k].toDouble();
                QVERIFY2(std::abs(got - expected) <= 1e-9 * want[0].toDouble(), qPrintable(QStringLiteral("%1 step %2").arg(name).arg(k)));
            }
        }
    }

    // The theory the lesson draws: CG's directions are A-orthogonal (pᵢᵀApⱼ = 0), steepest descent turns by
    // 90° every step, both errors stay under their bounds, and with four distinct eigenvalues CG is exact
    // after four steps in 60 dimensions.
    void theFactsOfTheLesson()
    {
        const QJsonObject n = gradus::test::referenceJson("cg_reference.json")["n"].toObject();
        const Quadratic q = Quadratic::dense(matrixOf(n["A"].toArray()), vectorOf(n["b"].toArray()));
        const Eigen::VectorXd xStar = q.minimizer(), x0 = Eigen::VectorXd::Zero(40);
        const double start = q.energyError(x0, xStar);
        const QuadraticRun cg = runQuadratic(q, QuadraticMethod::ConjugateGradients, x0, 10, 1, 100);
        for (std::size_t i = 0; i < cg.directions.size(); ++i)
            for (std::size_t j = 0; j < i; ++j) {
                const double scale = std::sqrt(cg.directions[i].dot(q.A * cg.directions[i]) * cg.directions[j].dot(q.A * cg.directions[j]));
                QVERIFY(std::abs(cg.directions[i].dot(q.A * cg.directions[j])) < 1e-10 * scale);
            }
        const QuadraticRun sd = runQuadratic(q, QuadraticMethod::SteepestDescent, x0, 10, 1, 100);
        for (std::size_t k = 1; k < sd.directions.size(); ++k)
            QVERIFY(std::abs(sd.directions[k].dot(sd.directions[k - 1])) < 1e-10 * sd.directions[k].norm() * sd.directions[k - 1].norm());
        for (int k = 0; k <= 10; ++k) {
            QVERIFY(q.energyError(sd.points[std::size_t(k)], xStar) <= steepestDescentBound(100, k) * start * (1 + 1e-12));
            QVERIFY(q.energyError(cg.points[std::size_t(k)], xStar) <= conjugateGradientBound(100, k) * start * (1 + 1e-12));
        }
        QCOMPARE(steepestDescentBound(3, 2), 0.25);
        QCOMPARE(conjugateGradientBound(9, 1), 1.0);

        // Four clusters of one eigenvalue each: the Krylov space holds x* after four steps.
        Eigen::VectorXd lambda(60);
        for (int i = 0; i < 60; ++i)
            lambda[i] = std::array{1.0, 7.0, 30.0, 100.0}[std::size_t(i % 4)];
        const Eigen::MatrixXd U = Eigen::HouseholderQR<Eigen::MatrixXd>(Eigen::MatrixXd::Random(60, 60)).householderQ();
        const Quadratic clustered = Quadratic::dense(U * lambda.asDiagonal() * U.transpose(), Eigen::VectorXd::Ones(60));
        const QuadraticRun four = runQuadratic(clustered, QuadraticMethod::ConjugateGradients, Eigen::VectorXd::Zero(60), 60, 1, 100);
        QCOMPARE(four.outcome.stopReason, std::string("converged"));
        QCOMPARE(four.points.size(), std::size_t(5)); // x₀ and four steps
        QVERIFY(clustered.energyError(four.points[4], clustered.minimizer()) < 1e-10 * clustered.energyError(four.points[0], clustered.minimizer()));
    }
};

QTEST_GUILESS_MAIN(TestQuadraticMethods)
#include "test_quadratic_methods.moc"
