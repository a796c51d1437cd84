// One-variable searches on an interval: Brent's method against scipy's minimize_scalar(method="bounded")
// call for call (tests/data/make_interval_search_reference.py), the golden section and dichotomy against
// their closed forms, random bracketing by its invariant.
#include "core/optim/interval_search.h"

#include "support/reference_data.h"

#include <QtTest>

#include <cmath>
#include <map>

using namespace gradus::core;

namespace {

const double kPi = 3.14159265358979323846;

// Line_search.ipynb's three functions on [0, 6].
const std::map<QString, std::function<double(double)>>& notebookFunctions()
{
    static const std::map<QString, std::function<double(double)>> functions = {
        {"sin", [](double x) { return std::sin(std::sin(std::sin(std::sqrt(x / 2)))) + 1; }},
        {"maxwell", [](double x) { return -std::sqrt(2 / kPi) * x * x * std::exp(-x * x / 8) / 8 + 1; }},
        {"polynomial", [](double x) { return (x - 2) * x * (x + 2) * (x + 2) + 10; }},
    };
    return functions;
}

} // namespace

class TestIntervalSearch : public QObject {
    Q_OBJECT

private slots:
    // The same calls as scipy: the number of them and the point returned, on every function and tolerance.
    void brentIsScipysBounded()
    {
        const QJsonObject reference = gradus::test::referenceJson("interval_search_reference.json");
        for (const auto& [name, f] : notebookFunctions()) {
            for (const QJsonValue& want : reference[name].toArray()) {
                const double tolerance = want["tolerance"].toDouble();
                const IntervalSearchRun run = searchInterval(f, 0, 6, {.method = IntervalMethod::Brent, .tolerance = tolerance});
                QVERIFY(run.converged);
                QVERIFY2(run.evaluations == want["nfev"].toInt(),
                         qPrintable(QStringLiteral("%1, tol %2: %3 calls, scipy %4").arg(name).arg(tolerance).arg(run.evaluations).arg(want["nfev"].toInt())));
                // Near the minimum f is flat to rounding: numpy's exp and ours may differ in the last bit, and
                // a tie broken the other way moves x by up to Brent's own resolution √ε·|x| (4e-8 here).
                QCOMPARE_LE(std::abs(run.minimizer - want["x"].toDouble()), 2 * (std::sqrt(2.2e-16) * std::abs(run.minimizer) + tolerance));
                QCOMPARE_LE(std::abs(run.value - want["fun"].toDouble()), 1e-12);
            }
        }
        // The inverse Maxwell's minimum is 2√2 with f = 1 − √(2/π)/e.
        const IntervalSearchRun fine = searchInterval(notebookFunctions().at("maxwell"), 0, 6, {.method = IntervalMethod::Brent, .tolerance = 1e-8});
        QCOMPARE_LE(std::abs(fine.minimizer - 2 * std::sqrt(2.0)), 1e-7);
        QCOMPARE_LE(std::abs(fine.value - (1 - std::sqrt(2 / kPi) / std::exp(1.0))), 1e-14);
    }

    // The golden section shrinks the interval by (√5 − 1)/2 per call after the first two, so it needs
    // ⌈log(tol/6)/log 0.618…⌉ iterations; dichotomy halves it, ⌈log₂(6/tol)⌉ iterations with 1 or 2 calls each.
    void goldenSectionAndDichotomyShrinkAsTheirRatios()
    {
        const double ratio = (std::sqrt(5.0) - 1) / 2;
        const auto& f = notebookFunctions().at("maxwell");
        for (const double tolerance : {1e-1, 1e-3, 1e-6, 1e-9}) {
            const IntervalSearchRun golden = searchInterval(f, 0, 6, {.method = IntervalMethod::GoldenSection, .tolerance = tolerance});
            const int iterations = int(golden.iterations.size()) - 1;
            QCOMPARE(iterations, int(std::ceil(std::log(tolerance / 6) / std::log(ratio))));
            QCOMPARE(golden.evaluations, iterations + 2);
            for (int k = 1; k <= iterations; ++k) {
                const IntervalIteration& now = golden.iterations[std::size_t(k)];
                const IntervalIteration& before = golden.iterations[std::size_t(k - 1)];
                // Exact up to the rounding of the ends (about 1e-15 of |b|), which dominates once the interval is tiny.
                QCOMPARE_LE(std::abs((now.b - now.a) - ratio * (before.b - before.a)), 1e-9 * (before.b - before.a) + 1e-14 * std::abs(now.b));
                // Within √ε·|x| ≈ 4e-8 of the minimum f is flat to rounding: only a wider interval must hold it.
                if (now.b - now.a > 1e-6)
                    QVERIFY(now.a <= 2 * std::sqrt(2.0) && 2 * std::sqrt(2.0) <= now.b);
                QCOMPARE(now.tried.size(), std::size_t(1));
            }
            const IntervalSearchRun halving = searchInterval(f, 0, 6, {.method = IntervalMethod::Dichotomy, .tolerance = tolerance});
            const int halvings = int(halving.iterations.size()) - 1;
            QCOMPARE(halvings, int(std::ceil(std::log2(6 / tolerance))));
            QCOMPARE_LE(std::abs((halving.iterations.back().b - halving.iterations.back().a) - 6 / std::pow(2.0, halvings)), 1e-12);
            QCOMPARE_LE(std::abs(halving.minimizer - 2 * std::sqrt(2.0)), tolerance + 1e-7);
            QVERIFY(halving.evaluations >= 1 + halvings && halving.evaluations <= 1 + 2 * halvings);
        }
    }

    // Random bracketing keeps the minimizer of a unimodal function inside; the same seed, the same calls.
    void randomBracketKeepsTheMinimum()
    {
        const auto& f = notebookFunctions().at("polynomial");
        const IntervalSearchRun once = searchInterval(f, 0, 6, {.method = IntervalMethod::RandomBracket, .tolerance = 1e-3, .seed = 3});
        const IntervalSearchRun again = searchInterval(f, 0, 6, {.method = IntervalMethod::RandomBracket, .tolerance = 1e-3, .seed = 3});
        const double minimizer = (1 + std::sqrt(17.0)) / 4; // f′ = 4x³ + 6x² − 8x − 8 = 2(x + 2)(2x² − x − 2)
        QVERIFY(once.converged);
        for (const IntervalIteration& it : once.iterations) {
            QVERIFY(it.a <= minimizer && minimizer <= it.b);
            QCOMPARE(it.tried.size(), std::size_t(it.evaluations == 1 ? 1 : 2));
        }
        QCOMPARE(once.evaluations, again.evaluations);
        QCOMPARE(once.minimizer, again.minimizer);
        QCOMPARE_LE(std::abs(once.minimizer - minimizer), 1e-3);
    }
};

QTEST_GUILESS_MAIN(TestIntervalSearch)
#include "test_interval_search.moc"
