// PCA and Fisher's LDA directions for two classes against scikit-learn
// (tests/data/make_pca_lda_reference.py), on clouds our generator reproduces from numpy's seed.
#include "core/linalg/two_class.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "support/reference_data.h"

#include <QtTest>

#include <cmath>

using namespace gradus::core;

namespace {

QJsonObject reference() { return gradus::test::referenceJson("pca_lda_reference.json"); }

Vec2 vec(const QJsonValue& v) { return {v.toArray()[0].toDouble(), v.toArray()[1].toDouble()}; }

// Equal up to sign.
bool sameDirection(const Vec2& a, const Vec2& b, double tolerance)
{
    return norm(a - b) < tolerance || norm(a + b) < tolerance;
}

} // namespace

class TestTwoClass : public QObject {
    Q_OBJECT

private slots:
    void cloudsMatchNumpysDraws()
    {
        const QJsonObject ref = reference();
        const TwoClassData data = makeTwoClouds(100, 100, 2, 3, 0.5, 30, 42);
        const QJsonArray points = ref["points"].toArray();
        QCOMPARE(data.points.size(), std::size_t(points.size()));
        for (std::size_t i = 0; i < data.points.size(); ++i) {
            QVERIFY(norm(data.points[i] - vec(points[qsizetype(i)])) < 1e-12);
            QCOMPARE(data.labels[i], ref["labels"].toArray()[qsizetype(i)].toInt());
        }
    }

    void directionsMatchScikitLearn()
    {
        const QJsonObject ref = reference();
        const TwoClassData data = makeTwoClouds(100, 100, 2, 3, 0.5, 30, 42);
        QVERIFY(norm(meanOf(data.points) - vec(ref["mean"])) < 1e-12);
        const Vec2 pca = pcaDirection(data.points), lda = ldaDirection(data);
        QVERIFY(std::abs(norm(pca) - 1) < 1e-15 && std::abs(norm(lda) - 1) < 1e-15);
        QVERIFY(sameDirection(pca, vec(ref["pca_direction"]), 1e-12));
        QVERIFY(sameDirection(lda, vec(ref["lda_direction"]), 1e-9));
        QVERIFY(std::abs(projectedVariance(data.points, pca) / ref["explained_variance"].toDouble() - 1) < 1e-12);
        QVERIFY(std::abs(fisherRatio(data, pca) / ref["fisher_ratio_pca"].toDouble() - 1) < 1e-9);
        QVERIFY(std::abs(fisherRatio(data, lda) / ref["fisher_ratio_lda"].toDouble() - 1) < 1e-9);
        // The seed's point: LDA's ratio is two hundred times PCA's here.
        QVERIFY(fisherRatio(data, lda) > 100 * fisherRatio(data, pca));
    }

    void extremaOverAllDirections()
    {
        const TwoClassData data = makeTwoClouds(50, 50, 1.5, 2, 0.7, -65, 3);
        const Vec2 pca = pcaDirection(data.points), lda = ldaDirection(data);
        for (int k = 0; k < 3600; ++k) {
            const double a = M_PI * k / 3600;
            const Vec2 d{std::cos(a), std::sin(a)};
            QVERIFY(projectedVariance(data.points, d) <= projectedVariance(data.points, pca) * (1 + 1e-12));
            QVERIFY(fisherRatio(data, d) <= fisherRatio(data, lda) * (1 + 1e-12));
        }
    }

    void unequalSizes()
    {
        const TwoClassData data = makeTwoClouds(30, 170, 2, 3, 0.5, 30, 9);
        QCOMPARE(std::count(data.labels.begin(), data.labels.end(), 0), 30);
        QCOMPARE(std::count(data.labels.begin(), data.labels.end(), 1), 170);
        // Class A takes the first 60 draws: its points are those of a 30 + 30 set with the same seed.
        const TwoClassData equal = makeTwoClouds(30, 30, 2, 3, 0.5, 30, 9);
        for (std::size_t i = 0; i < 30; ++i)
            QCOMPARE(data.points[i], equal.points[i]);
    }

    void degenerateInput()
    {
        TwoClassData oneClass{{{0, 0}, {1, 1}, {2, 0}}, {0, 0, 0}};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ldaDirection(oneClass));
        TwoClassData onALine{{{0, 0}, {1, 0}, {2, 0}, {3, 0}}, {0, 0, 1, 1}};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ldaDirection(onALine));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeTwoClouds(1, 5, 1, 1, 1, 0, 0));
    }
};

QTEST_GUILESS_MAIN(TestTwoClass)
#include "test_two_class.moc"
