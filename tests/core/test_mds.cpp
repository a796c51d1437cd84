// MDS of the European cities: haversine distances, the seed's objective and its gradient, scipy's
// Nelder–Mead reproduced step by step, gradient descent reaching BFGS's stationary point, SMACOF,
// classical MDS and Procrustes (tests/data/make_mds_reference.py made the references with scipy).
#include "core/mds/mds.h"
#include "core/optim/nelder_mead.h"

#include "support/reference_data.h"

#include <QFile>
#include <QtTest>

#include <Eigen/Dense>

#include <cmath>

using namespace gradus::core::mds;

namespace {

struct City {
    QString name;
    double lat, lon;
};

QVector<City> cities()
{
    QFile file(QStringLiteral(GRADUS_SOURCE_DIR "/datasets/cities/cities_europe_1m.csv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing datasets/cities/cities_europe_1m.csv");
    QVector<City> list;
    file.readLine();
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(',');
        if (fields.size() >= 6)
            list.append({QString::fromUtf8(fields[1]), fields[4].toDouble(), fields[5].toDouble()});
    }
    return list;
}

Eigen::MatrixXd scaledDistances(int n)
{
    const QVector<City> all = cities();
    Eigen::MatrixXd d(n, n);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            d(i, j) = haversineKm(all[i].lat, all[i].lon, all[j].lat, all[j].lon);
    return d / d.maxCoeff();
}

} // namespace

class TestMds : public QObject {
    Q_OBJECT

private slots:
    void haversineDistances()
    {
        const QVector<City> all = cities();
        QCOMPARE(all.size(), 34);
        auto km = [&all](const QString& a, const QString& b) {
            const City *p = nullptr, *q = nullptr;
            for (const City& c : all) {
                if (c.name == a)
                    p = &c;
                if (c.name == b)
                    q = &c;
            }
            return haversineKm(p->lat, p->lon, q->lat, q->lon);
        };
        QCOMPARE(std::round(km("London", "Paris") * 10) / 10, 343.8);
        QCOMPARE(std::round(km("Moscow", "Istanbul") * 10) / 10, 1756.1);
        QCOMPARE(std::round(km("Madrid", "Moscow") * 10) / 10, 3440.1);
        const QJsonObject ref = gradus::test::referenceJson("mds_reference.json")["km"].toObject();
        QVERIFY(std::abs(km("London", "Madrid") - ref["London-Madrid"].toDouble()) < 1e-9);
        QVERIFY(std::abs(km("Berlin", "Saint Petersburg") - ref["Berlin-Saint Petersburg"].toDouble()) < 1e-9);
    }

    void objectiveAndGradient()
    {
        const Eigen::MatrixXd d = scaledDistances(15);
        const Layout x = randomStart(15, 7);
        const Layout g = stressGradient(d, x);
        for (int k = 0; k < x.size(); ++k) {
            Layout plus = x, minus = x;
            plus[k] += 1e-6, minus[k] -= 1e-6;
            const double numeric = (stress(d, plus) - stress(d, minus)) / 2e-6;
            QVERIFY2(std::abs(numeric - g[k]) < 1e-6 * std::max(1.0, std::abs(g[k])), qPrintable(QString::number(k)));
        }
        // Two points at distance 1 for a table that says 0.5: f = 2 · 0.5² over the two orders.
        Eigen::MatrixXd two(2, 2);
        two << 0, 0.5, 0.5, 0;
        Layout pair(4);
        pair << 0, 0, 1, 0;
        QCOMPARE(stress(two, pair), 0.5);
    }

    void nelderMeadFollowsScipy()
    {
        const QJsonObject ref = gradus::test::referenceJson("mds_reference.json")["nelder_mead_6"].toObject();
        const Eigen::MatrixXd d = scaledDistances(6);
        const Layout start = randomStart(6, 42);
        const std::vector<double> refStart = gradus::test::toVector(ref["start"].toArray());
        for (int k = 0; k < start.size(); ++k)
            QCOMPARE(start[k], refStart[std::size_t(k)]); // numpy's generator, bit for bit
        const MdsRun run = nelderMead(d, start);
        const std::vector<double> best = gradus::test::toVector(ref["best_by_iteration"].toArray());
        QCOMPARE(run.history.size(), best.size() + 1); // the start, then one per iteration
        for (std::size_t k = 0; k < best.size(); ++k)
            QVERIFY2(std::abs(run.history[k + 1] - best[k]) <= 1e-12 * std::max(1.0, best[k]), qPrintable(QString::number(k)));
        const std::vector<double> x = gradus::test::toVector(ref["x"].toArray());
        for (std::size_t k = 0; k < x.size(); ++k)
            QVERIFY(std::abs(run.iterates.back()[Eigen::Index(k)] - x[k]) < 1e-12);
        QCOMPARE(run.evaluations, long(ref["nfev"].toInt()));
        QCOMPARE(int(run.iterates.size()) - 1, ref["nit"].toInt()); // one callback per iteration, the last cut short by the budget
    }

    void gradientDescentReachesBfgsStationaryPoint()
    {
        const QJsonObject ref = gradus::test::referenceJson("mds_reference.json")["bfgs"].toObject();
        for (int n : {6, 15, 34}) {
            const Eigen::MatrixXd d = scaledDistances(n);
            const Layout start = randomStart(n, 42);
            const MdsRun run = gradientDescent(d, start, 0.2 / n, 100000, false);
            QCOMPARE(QString::fromStdString(run.stopReason), QString("converged"));
            const double fStar = ref[QString::number(n)].toObject()["f"].toDouble();
            QVERIFY2(std::abs(run.history.back() - fStar) <= 1e-6 * fStar,
                     qPrintable(QStringLiteral("%1 cities: %2 vs %3 after %4 steps").arg(n).arg(run.history.back(), 0, 'g', 12).arg(fStar, 0, 'g', 12).arg(run.iterates.size())));
            QVERIFY(fStar > 0); // a sphere does not lie flat: the stress cannot reach zero
        }
    }

    // Too long a fixed step: the run stops at the step that multiplies f by 10⁸, keeps the finite
    // layouts before it, and says which step that was.
    void gradientDescentMarksDivergence()
    {
        const Eigen::MatrixXd d = scaledDistances(15);
        const Layout start = randomStart(15, 42);
        for (double lr : {10.0, 1.0}) {
            const MdsRun run = gradientDescent(d, start, lr, 20000, false);
            QCOMPARE(QString::fromStdString(run.stopReason), QString("diverged"));
            QCOMPARE(int(run.iterates.size()), run.divergedAtStep);
            for (double f : run.history)
                QVERIFY(std::isfinite(f) && f <= kDivergenceFactor * run.history.front());
            const Layout next = run.iterates.back() - lr * stressGradient(d, run.iterates.back());
            const double blownUp = stress(d, next);
            QVERIFY2(!(blownUp <= kDivergenceFactor * run.history.front()), qPrintable(QString::number(blownUp)));
        }
        QCOMPARE(gradientDescent(d, start, 0.2 / 15, 20000, false).divergedAtStep, -1);
    }

    void smacofNeverIncreasesTheStress()
    {
        const Eigen::MatrixXd d = scaledDistances(15);
        const MdsRun run = smacof(d, randomStart(15, 42), 500);
        for (std::size_t k = 1; k < run.history.size(); ++k)
            QVERIFY(run.history[k] <= run.history[k - 1] * (1 + 1e-12));
        QVERIFY(run.history.back() < 0.01 * run.history.front());
    }

    void classicalMdsAndProcrustesOnAFlatMap()
    {
        // Distances of points in a plane: classical MDS recovers them up to a rigid motion, and
        // Procrustes lays the copy exactly over the original.
        Layout truth(10);
        truth << 0, 0, 3, 1, -1, 4, 2, -2, 5, 3;
        Eigen::MatrixXd d(5, 5);
        for (int i = 0; i < 5; ++i)
            for (int j = 0; j < 5; ++j)
                d(i, j) = std::hypot(truth[2 * i] - truth[2 * j], truth[2 * i + 1] - truth[2 * j + 1]);
        const Layout aligned = alignTo(classicalMds(d), truth);
        QVERIFY((aligned - truth).norm() < 1e-9);
        QVERIFY(stress(d, classicalMds(d)) < 1e-18);
        // A rotated, reflected and shifted copy comes back exactly.
        Layout copy(10);
        for (int i = 0; i < 5; ++i) {
            const double x = truth[2 * i], y = truth[2 * i + 1];
            copy[2 * i] = -(0.6 * x - 0.8 * y) + 7;   // rotate, then reflect x, then shift
            copy[2 * i + 1] = 0.8 * x + 0.6 * y - 2;
        }
        QVERIFY((alignTo(copy, truth) - truth).norm() < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestMds)
#include "test_mds.moc"
