// Chebyshev features, minimum-norm fits and the double-descent curve of the seed notebook, against
// closed forms and numpy (tests/data/make_double_descent_reference.py).
#include "core/regression/double_descent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "support/reference_data.h"

#include <QtTest>

#include <cmath>

using namespace gradus::core::regression;

namespace {

QJsonObject reference() { return gradus::test::referenceJson("double_descent_reference.json"); }

using gradus::test::toVector;

double relative(double a, double b) { return std::abs(a - b) / std::max(std::abs(b), 1e-300); }

} // namespace

class TestDoubleDescent : public QObject {
    Q_OBJECT

private slots:
    void chebyshevFeatures()
    {
        // T_k(cos θ) = cos kθ, and T₇(0.3) from numpy.
        const double theta = 0.7;
        const std::vector<double> row = chebyshevVander({std::cos(theta)}, 12);
        for (int k = 0; k <= 12; ++k)
            QVERIFY(std::abs(row[size_t(k)] - std::cos(k * theta)) < 1e-12);
        const std::vector<double> at = chebyshevVander({0.3}, 7);
        QVERIFY(std::abs(at[7] - reference()["cheb_T7_at_0_3"].toDouble()) < 1e-15);
        QCOMPARE(evaluateChebyshev({1, 2, 3}, 0.5), 1 + 2 * 0.5 + 3 * (2 * 0.25 - 1));
    }

    void seedNoiseIsNumpys()
    {
        const QJsonObject want = reference();
        const std::vector<double> x = linspace(-1, 1, 50);
        const std::vector<double> noise = numpyLegacyNormal(8, 0.25, 50);
        const QJsonArray y = want["y_train"].toArray();
        for (int i = 0; i < 50; ++i) {
            QVERIFY(std::abs(x[size_t(i)] - want["x_train"].toArray()[i].toDouble()) < 1e-15);
            QVERIFY2(std::abs(std::sin(4.5 * x[size_t(i)]) + noise[size_t(i)] - y[i].toDouble()) < 1e-14,
                     qPrintable(QString::number(i)));
        }
    }

    void minimumNormBelowAndAboveTheThreshold()
    {
        const std::vector<double> x = linspace(-1, 1, 20);
        std::vector<double> y;
        for (double v : x)
            y.push_back(std::exp(v));
        // Below the threshold it is the least-squares fit: the residual is orthogonal to the features.
        const PolynomialFit low = fitMinimumNorm(x, y, 5);
        QCOMPARE(low.rank, 6);
        const std::vector<double> a = chebyshevVander(x, 5);
        for (int j = 0; j <= 5; ++j) {
            double dot = 0;
            for (size_t i = 0; i < x.size(); ++i)
                dot += a[i * 6 + size_t(j)] * (evaluateChebyshev(low.coefficients, x[i]) - y[i]);
            QVERIFY(std::abs(dot) < 1e-12);
        }
        // Above it the fit interpolates, and among interpolants has the smallest norm: it lies in the
        // row space of the features (no component in their null space).
        const PolynomialFit high = fitMinimumNorm(x, y, 40);
        QCOMPARE(high.rank, 20);
        for (size_t i = 0; i < x.size(); ++i)
            QVERIFY(std::abs(evaluateChebyshev(high.coefficients, x[i]) - y[i]) < 1e-9);
        // Ridge shrinks the norm.
        double plain = 0, ridged = 0;
        for (double b : high.coefficients)
            plain += b * b;
        for (double b : fitMinimumNorm(x, y, 40, 1e-2).coefficients)
            ridged += b * b;
        QVERIFY(ridged < plain);
    }

    // The seed's curve. Where the feature matrix is well conditioned the numbers agree with numpy to
    // 1e-8; within a few degrees of the threshold (condition numbers up to 1e15, coefficients up to
    // 1e9) both compute pinv from the same LAPACK SVD but sum in a different order, and only the
    // orders of magnitude can agree.
    void seedCurveMatchesNumpy()
    {
        const QJsonObject want = reference();
        const std::vector<double> xTrain = linspace(-1, 1, 50), xTest = linspace(-1, 1, 100);
        const std::vector<double> yTrain = toVector(want["y_train"].toArray());
        std::vector<double> yTest;
        for (double x : xTest)
            yTest.push_back(std::sin(4.5 * x));
        for (const char* variant : {"plain", "ridge_1e-3"}) {
            const double ridge = QByteArray(variant) == "plain" ? 0.0 : 1e-3;
            const DoubleDescentCurve curve = doubleDescent(xTrain, yTrain, xTest, yTest, 100, ridge, nullptr);
            const QJsonObject ref = want[variant].toObject();
            int exact = 0;
            for (int d = 0; d <= 100; ++d) {
                const double train = ref["train_mse"].toArray()[d].toDouble();
                const double test = ref["test_mse"].toArray()[d].toDouble();
                const double norm = ref["coef_norm"].toArray()[d].toDouble();
                const bool nearThreshold = ridge == 0 && d >= 40 && d <= 60;
                const double tolerance = nearThreshold ? 0.5 : 1e-8;
                const QString where = QStringLiteral("%1 D=%2").arg(variant).arg(d);
                QVERIFY2(relative(curve.testMse[size_t(d)], test) < tolerance,
                         qPrintable(where + QStringLiteral(" test %1 vs %2").arg(curve.testMse[size_t(d)]).arg(test)));
                QVERIFY2(relative(curve.coefficientNorm[size_t(d)], norm) < tolerance,
                         qPrintable(where + QStringLiteral(" norm %1 vs %2").arg(curve.coefficientNorm[size_t(d)]).arg(norm)));
                if (ridge == 0 && d >= 49) // interpolation: both train errors are rounding noise
                    QVERIFY2(curve.trainMse[size_t(d)] < 1e-6 && train < 1e-6, qPrintable(where + " train"));
                else
                    QVERIFY2(relative(curve.trainMse[size_t(d)], train) < tolerance, qPrintable(where + " train"));
                exact += nearThreshold ? 0 : 1;
            }
            QVERIFY(exact >= 80);
        }
    }
};

QTEST_APPLESS_MAIN(TestDoubleDescent)
#include "test_double_descent.moc"
