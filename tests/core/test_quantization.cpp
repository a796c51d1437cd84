// Kashin's representation and scalar quantization (the quantization lesson's core): the truncation
// algorithm step by step against numpy (tests/data/make_quantization_reference.py), its bound and
// exactness, Lloyd's k-means against scikit-learn, and the storage-for-error trade the paper reports.
#include "core/quantization/kashin.h"
#include "core/quantization/scalar_quantizer.h"

#include "support/reference_data.h"

#include <QtTest>

#include <Eigen/Dense>

#include <cmath>
#include <random>

using namespace gradus::core::quantization;
using gradus::test::referenceJson;
using gradus::test::toVector;

namespace {

Matrix rowsToMatrix(const QJsonArray& rows)
{
    Matrix m(rows.size(), rows.first().toArray().size());
    for (int i = 0; i < m.rows(); ++i)
        for (int j = 0; j < m.cols(); ++j)
            m(i, j) = rows[i].toArray()[j].toDouble();
    return m;
}

// Student's t with 3 degrees of freedom: a bulk with outliers, as the weights of a language model.
Matrix heavyTailed(int rows, int cols, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::student_t_distribution<double> t(3.0);
    Matrix m(rows, cols);
    for (int j = 0; j < cols; ++j)
        for (int i = 0; i < rows; ++i)
            m(i, j) = t(rng);
    return m;
}

} // namespace

class TestQuantization : public QObject {
    Q_OBJECT

private slots:
    void dctBasisIsScipysOrthonormalDct()
    {
        const Matrix expected = rowsToMatrix(referenceJson("quantization_reference.json")["dct4"].toArray());
        const Matrix q = dctBasis(4);
        QVERIFY2((q - expected).cwiseAbs().maxCoeff() < 1e-15, "DCT-II basis differs from scipy's");
        QVERIFY((dctBasis(9).transpose() * dctBasis(9) - Matrix::Identity(9, 9)).cwiseAbs().maxCoeff() < 1e-13);
    }

    void randomOrthogonalIsOrthogonalAndRepeatable()
    {
        const Matrix q = randomOrthogonal(40, 7);
        QVERIFY((q.transpose() * q - Matrix::Identity(40, 40)).cwiseAbs().maxCoeff() < 1e-13);
        QCOMPARE(randomOrthogonal(40, 7), q);
        QVERIFY((randomOrthogonal(40, 8) - q).cwiseAbs().maxCoeff() > 0.1);
    }

    void kashinStepsAsNumpy()
    {
        const QJsonObject ref = referenceJson("quantization_reference.json");
        const Matrix x = rowsToMatrix(ref["x"].toArray());
        const KroneckerBasis basis{dctBasis(int(x.rows())), dctBasis(int(x.cols()))};
        KashinSettings settings;
        settings.eta = ref["eta"].toDouble();
        settings.delta = ref["delta"].toDouble();
        const KashinDecomposition k = kashinDecompose(x, basis, settings);
        const std::vector<double> residuals = toVector(ref["residuals"].toArray());
        QCOMPARE(k.steps.size(), residuals.size());
        for (std::size_t i = 0; i < residuals.size(); ++i)
            QVERIFY2(std::abs(k.steps[i].relativeResidual - residuals[i]) < 1e-12 + 1e-9 * residuals[i],
                     qPrintable(QStringLiteral("step %1: %2 vs numpy %3").arg(i).arg(k.steps[i].relativeResidual).arg(residuals[i])));
        QVERIFY((k.u - rowsToMatrix(ref["u"].toArray())).cwiseAbs().maxCoeff() < 1e-12);
        QVERIFY((k.v - rowsToMatrix(ref["v"].toArray())).cwiseAbs().maxCoeff() < 1e-12);
        QVERIFY(k.converged);
    }

    // The representation is exact once converged, and both factors stay under Lyubarskii and
    // Vershynin's bound ‖X‖_F / ((1 − η)√(2δN)), which for a heavy-tailed matrix is far below ‖X‖∞.
    void kashinIsExactAndBoundedOnAHeavyTailedMatrix_data()
    {
        QTest::addColumn<QString>("basisName");
        QTest::newRow("dct") << QStringLiteral("dct");
        QTest::newRow("random orthogonal") << QStringLiteral("random");
    }
    void kashinIsExactAndBoundedOnAHeavyTailedMatrix()
    {
        QFETCH(QString, basisName);
        const Matrix x = heavyTailed(96, 64, 11);
        const KroneckerBasis basis = basisName == u"dct" ? KroneckerBasis{dctBasis(96), dctBasis(64)}
                                                         : KroneckerBasis{randomOrthogonal(96, 1), randomOrthogonal(64, 2)};
        KashinSettings settings;
        settings.eta = 0.6;
        settings.delta = 1.0;
        const KashinDecomposition k = kashinDecompose(x, basis, settings, true);
        QVERIFY(k.converged);
        QVERIFY((x - k.u - synthesize(basis, k.v)).cwiseAbs().maxCoeff() < 1e-12 * x.cwiseAbs().maxCoeff());
        const double bound = x.norm() / ((1 - 0.6) * std::sqrt(2 * 1.0 * 2 * double(x.size())));
        QCOMPARE(k.bound, bound);
        QVERIFY(k.u.cwiseAbs().maxCoeff() <= bound);
        QVERIFY(k.v.cwiseAbs().maxCoeff() <= bound);
        QVERIFY2(bound < x.cwiseAbs().maxCoeff() / 4, qPrintable(QStringLiteral("bound %1, ‖X‖∞ %2").arg(bound).arg(x.cwiseAbs().maxCoeff())));
        // The residual falls at least by η per step, as the uncertainty principle promises.
        for (std::size_t i = 1; i < k.steps.size(); ++i)
            QVERIFY(k.steps[i].relativeResidual <= 0.6 * k.steps[i - 1].relativeResidual + 1e-15);
        QCOMPARE(k.uHistory.size(), k.steps.size());
        QCOMPARE(k.uHistory.back(), k.u);
    }

    // Truncating too early (level ‖X‖_F/√N, δ = 1, with η = ½) leaves a residual that does not fall:
    // the algorithm says so instead of claiming an exact representation.
    void kashinReportsNoConvergence()
    {
        const Matrix x = heavyTailed(32, 32, 3);
        KashinSettings settings;
        settings.eta = 0.5;
        settings.delta = 1.0;
        settings.iterations = 40;
        const KashinDecomposition k = kashinDecompose(x, {dctBasis(32), dctBasis(32)}, settings);
        QVERIFY(!k.converged);
        QVERIFY(k.steps.back().relativeResidual > 1e-3);
    }

    void lloydAsScikitLearn()
    {
        const QJsonObject ref = referenceJson("quantization_reference.json");
        const std::vector<double> values = toVector(ref["kmeans_values"].toArray());
        const Codebook book = lloydCentroids(Eigen::Map<const Eigen::VectorXd>(values.data(), Eigen::Index(values.size())),
                                             toVector(ref["kmeans_init"].toArray()));
        const std::vector<double> expected = toVector(ref["kmeans_centroids"].toArray());
        QCOMPARE(book.levels.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(std::abs(book.levels[i] - expected[i]) < 1e-12, qPrintable(QStringLiteral("centroid %1: %2 vs %3").arg(i).arg(book.levels[i]).arg(expected[i])));
    }

    void uniformLevelsAndNearest()
    {
        Eigen::MatrixXd values(1, 4);
        values << -1, 0.2, 0.5, 2;
        const Codebook book = uniformCodebook(values, 2); // levels −1, 0, 1, 2
        QCOMPARE(book.levels, (std::vector<double>{-1, 0, 1, 2}));
        QCOMPARE(book.nearest(0.5), 0.0); // a tie goes to the lower level
        QCOMPARE(book.nearest(0.51), 1.0);
        QCOMPARE(book.nearest(-7), -1.0);
        QCOMPARE(uniformCodebook(Eigen::MatrixXd::Constant(2, 2, 3.0), 4).levels, std::vector<double>{3.0});
        for (const Codebook& one : {uniformCodebook(values, 0), kMeansCodebook(values, 0)}) { // no bits: the mean
            QCOMPARE(one.levels.size(), std::size_t(1));
            QVERIFY(std::abs(one.levels[0] - 0.425) < 1e-15);
        }
    }

    // What the paper reports (Merkulov et al. 2024): at the same number of stored bits per entry (the
    // bits of U and of V both counted), Kashin + centroids has a smaller error than direct uniform
    // quantization of a matrix with outliers, whose few large entries stretch the uniform grid.
    void kashinBeatsDirectUniformAtFewBits()
    {
        const Matrix x = heavyTailed(128, 128, 5);
        const KroneckerBasis basis{randomOrthogonal(128, 1), randomOrthogonal(128, 2)};
        KashinSettings settings;
        settings.eta = 0.6;
        settings.delta = 1.0;
        const KashinDecomposition k = kashinDecompose(x, basis, settings);
        for (int bits = 2; bits <= 4; ++bits) {
            const int bitsU = (bits + 1) / 2, bitsV = bits / 2;
            const Matrix kashin = kMeansCodebook(k.u, bitsU).apply(k.u) + synthesize(basis, kMeansCodebook(k.v, bitsV).apply(k.v));
            const double errorKashin = relativeError(x, kashin);
            const double errorUniform = relativeError(x, uniformCodebook(x, bits).apply(x));
            qInfo("%d bits: Kashin + centroids %.4f, direct uniform %.4f, direct k-means %.4f", bits, errorKashin, errorUniform,
                  relativeError(x, kMeansCodebook(x, bits).apply(x)));
            QVERIFY(errorKashin < errorUniform);
        }
    }
};

QTEST_APPLESS_MAIN(TestQuantization)
#include "test_quantization.moc"
