// PCA against scikit-learn on the bundled Fashion-MNIST subset (tests/data/make_pca_reference.py):
// both solvers, components up to sign (ours follow sklearn's svd_flip, so signs agree too),
// explained variance and its ratio, scores; and the reconstruction identity.
#include "core/linalg/pca.h"
#include "io/idx_file.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "support/reference_data.h"

#include <QtTest>

using namespace gradus;
using namespace gradus::core::linalg;

namespace {

QJsonObject reference() { return gradus::test::referenceJson("pca_reference.json"); }

MatrixF samplesOf(const LabelledImages& images, int onlyLabel = -1)
{
    std::vector<int> rows;
    for (int i = 0; i < images.count; ++i)
        if (onlyLabel < 0 || images.labels[size_t(i)] == onlyLabel)
            rows.push_back(i);
    const int d = images.rows * images.cols;
    MatrixF x(Eigen::Index(rows.size()), d);
    for (size_t r = 0; r < rows.size(); ++r)
        for (int j = 0; j < d; ++j)
            x(Eigen::Index(r), j) = images.pixels[size_t(rows[r]) * size_t(d) + size_t(j)] / 255.0f;
    return x;
}

void compare(const Pca& pca, const QJsonObject& want, const MatrixF& x, bool exactSigns, const char* label)
{
    const QJsonArray variance = want["explained_variance"].toArray();
    const QJsonArray ratio = want["explained_variance_ratio"].toArray();
    const QJsonArray sigma = want["singular_values"].toArray();
    for (qsizetype i = 0; i < variance.size(); ++i) {
        QVERIFY2(std::abs(pca.explainedVariance[i] - variance[i].toDouble()) < 1e-3 * variance[0].toDouble(),
                 qPrintable(QStringLiteral("%1 variance %2: %3 vs %4").arg(label).arg(i).arg(pca.explainedVariance[i]).arg(variance[i].toDouble())));
        QVERIFY2(std::abs(pca.explainedVarianceRatio[i] - ratio[i].toDouble()) < 1e-4, label);
        QVERIFY2(std::abs(pca.singularValues[i] - sigma[i].toDouble()) < 1e-3 * sigma[0].toDouble(), label);
    }
    QVERIFY(std::abs(pca.mean.sum() - want["mean_sum"].toDouble()) < 1e-3);
    const QJsonArray heads = want["components_head"].toArray();
    for (qsizetype i = 0; i < heads.size(); ++i) {
        const QJsonArray row = heads[i].toArray();
        double dot = 0;
        for (qsizetype j = 0; j < row.size(); ++j)
            dot += pca.components(i, j) * row[j].toDouble();
        // Unit vectors: |cos| = 1 when they agree up to sign; sklearn's sign convention gives +1.
        QVERIFY2(std::abs(std::abs(dot) - 1) < 2e-3, qPrintable(QStringLiteral("%1 component %2: cos %3").arg(label).arg(i).arg(dot)));
        if (exactSigns)
            QVERIFY2(dot > 0, qPrintable(QStringLiteral("%1 component %2 has the opposite sign").arg(label).arg(i)));
    }
    const QJsonArray scores = want["scores_first_sample"].toArray();
    const MatrixF ours = transform(pca, x.topRows(1));
    for (qsizetype i = 0; i < std::min<qsizetype>(5, scores.size()); ++i)
        QVERIFY2(std::abs(std::abs(ours(0, i)) - std::abs(scores[i].toDouble())) < 1e-3 * (1 + std::abs(scores[i].toDouble())), label);
}

} // namespace

class TestPca : public QObject {
    Q_OBJECT

    LabelledImages subset;
    QJsonObject want;

private slots:
    void initTestCase()
    {
        subset = readLabelledImages(GRADUS_SOURCE_DIR "/datasets/fashion-mnist/subset-images-idx3-ubyte.gz",
                                    GRADUS_SOURCE_DIR "/datasets/fashion-mnist/subset-labels-idx1-ubyte.gz");
        want = reference();
    }

    void subsetIsWhatTheReferenceSaw()
    {
        QCOMPARE(subset.count, 2000);
        QCOMPARE(subset.rows, 28);
        QCOMPARE(subset.cols, 28);
        std::vector<int> counts(10, 0);
        for (std::uint8_t label : subset.labels)
            ++counts[label];
        const QJsonArray expected = want["label_counts"].toArray();
        for (int c = 0; c < 10; ++c)
            QCOMPARE(counts[size_t(c)], expected[c].toInt());
    }

    void covarianceSolverMatchesScikitLearn()
    {
        const MatrixF x = samplesOf(subset);
        const Pca pca = fitPca(x, 20, PcaSolver::Covariance);
        QVERIFY(!pca.randomized);
        QCOMPARE(pca.components.rows(), 20);
        QCOMPARE(pca.components.cols(), 784);
        compare(pca, want["all"].toObject(), x, true, "covariance");
        // Orthonormal rows.
        const MatrixF gram = pca.components * pca.components.transpose();
        QVERIFY((gram - MatrixF::Identity(20, 20)).cwiseAbs().maxCoeff() < 1e-4);
    }

    void randomizedSolverMatchesScikitLearn()
    {
        const MatrixF x = samplesOf(subset);
        const Pca pca = fitPca(x, 20, PcaSolver::Randomized);
        QVERIFY(pca.randomized);
        compare(pca, want["all"].toObject(), x, true, "randomized");
    }

    void oneClass()
    {
        const MatrixF x = samplesOf(subset, 0);
        QCOMPARE(x.rows(), 200);
        compare(fitPca(x, 10), want["class_0"].toObject(), x, true, "class 0");
    }

    void allComponentsReconstructExactly()
    {
        const MatrixF x = samplesOf(subset).topRows(50);
        const Pca pca = fitPca(x, 784, PcaSolver::Covariance); // rank ≤ 49 after centring
        QCOMPARE(pca.components.rows(), 50);
        const MatrixF scores = transform(pca, x.topRows(1));
        const VectorF back = reconstructSample(pca, scores.row(0).transpose(), 49);
        QVERIFY((back - x.row(0).transpose()).cwiseAbs().maxCoeff() < 1e-3);
        QVERIFY((reconstructSample(pca, scores.row(0).transpose(), 0) - pca.mean).cwiseAbs().maxCoeff() == 0.0f);
    }
};

QTEST_APPLESS_MAIN(TestPca)
#include "test_pca.moc"
