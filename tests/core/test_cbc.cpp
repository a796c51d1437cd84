// Solving with CBC, run as the cbc program: the MIPLIB 3 instances that come with Gradus reach their
// published optima; a knapsack equals dynamic programming; the market-split generator follows its
// definition; infeasible, unbounded and broken models say so; the time limit and a stop request end a
// hard solve promptly, the stop keeping the best solution; without the program the user is told what to
// install. Our MPS and LP readers follow the conventions of COIN-OR's, and what we write reads back.
#include "core/mip/cbc_solver.h"
#include "core/mip/isolated_read.h"
#include "core/mip/mip_model.h"
#include "core/mip/model_formats.h"
#include "support/time_factor.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <csignal>
#include <functional>

#include <unistd.h>
#include <chrono>
#include <cmath>
#include <limits>

using namespace gradus::core::mip;

namespace {

const QString kSamples = QStringLiteral(GRADUS_SOURCE_DIR "/datasets/miplib3/");

LinearModel fromText(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    QFile file(dir.filePath(name));
    file.open(QIODevice::WriteOnly);
    file.write(text);
    file.close();
    return readModelFile(file.fileName().toStdString());
}

QString complaint(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    try {
        fromText(dir, name, text);
    } catch (const std::invalid_argument& e) {
        return QString::fromStdString(e.what());
    }
    return QString();
}

const QByteArray kSmallMps = "NAME          SMALL\n"
                             "ROWS\n"
                             " N  COST\n"
                             " L  LIM1\n"
                             "COLUMNS\n"
                             "    MARKER                 'MARKER'                 'INTORG'\n"
                             "    X         COST          -1.0   LIM1           2.0\n"
                             "    Y         COST          -1.0   LIM1           2.0\n"
                             "    MARKER                 'MARKER'                 'INTEND'\n"
                             "RHS\n"
                             "    RHS       LIM1           3.0\n"
                             "BOUNDS\n"
                             " UP BND       X              5.0\n"
                             " UP BND       Y              5.0\n"
                             "ENDATA\n";

} // namespace

class TestCbc : public QObject {
    Q_OBJECT

private slots:
    void miplib3Optima_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("optimum");
        QTest::addColumn<int>("variables");
        QTest::addColumn<int>("constraints");
        // Published optima of MIPLIB 3 (Bixby et al. 1998).
        QTest::newRow("p0033") << "p0033" << 3089.0 << 33 << 16;
        QTest::newRow("p0201") << "p0201" << 7615.0 << 201 << 133;
        QTest::newRow("p0548") << "p0548" << 8691.0 << 548 << 176;
        QTest::newRow("lseu") << "lseu" << 1120.0 << 89 << 28;
    }

    void miplib3Optima()
    {
        QFETCH(QString, name);
        QFETCH(double, optimum);
        QFETCH(int, variables);
        QFETCH(int, constraints);
        const QString path = kSamples + name + ".mps";
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const LinearModel model = readModelFile(path.toStdString());
        QCOMPARE(model.variables(), variables);
        QCOMPARE(model.constraints(), constraints);
        QCOMPARE(model.integerVariables(), variables); // all binary
        SolveOptions options;
        options.timeLimit = 120;
        const SolveReport report = solveWithCbc(model, options);
        QCOMPARE(report.status, SolveStatus::Optimal);
        QCOMPARE(std::round(report.objective), optimum);
        QVERIFY(std::abs(report.objective - optimum) < 1e-6);
        QVERIFY(report.lpRelaxation < optimum); // a minimization: the relaxation bounds from below
        QVERIFY(!report.history.empty());
        QCOMPARE(report.history.back().incumbent, report.objective);
    }

    void knapsackEqualsDynamicProgramming()
    {
        const LinearModel model = makeKnapsack(60, 11);
        QCOMPARE(model.variables(), 60);
        QVERIFY(model.maximize);
        // Dynamic programming over the capacity.
        const int capacity = int(model.rowUpper[0]);
        std::vector<double> best(std::size_t(capacity) + 1, 0);
        for (const auto& [item, weight] : model.rows[0])
            for (int c = capacity; c >= int(weight); --c)
                best[std::size_t(c)] = std::max(best[std::size_t(c)], best[std::size_t(c - int(weight))] + model.objective[std::size_t(item)]);
        SolveOptions options;
        const SolveReport report = solveWithCbc(model, options);
        QCOMPARE(report.status, SolveStatus::Optimal);
        QCOMPARE(report.objective, best.back());
        QVERIFY(report.lpRelaxation >= report.objective); // a maximization: the relaxation bounds from above
        double weight = 0;
        for (const auto& [item, w] : model.rows[0])
            weight += w * std::round(report.solution[std::size_t(item)]);
        QVERIFY(weight <= capacity);
    }

    void marketSplitFollowsTheDefinition()
    {
        for (int m : {2, 3, 4, 6}) {
            const MarketSplit split = makeMarketSplit(m, 7);
            QCOMPARE(split.n, 10 * (m - 1));
            QCOMPARE(split.model.variables(), split.n + 2 * m);
            QCOMPARE(split.model.constraints(), m);
            QCOMPARE(split.model.integerVariables(), split.n);
            for (int i = 0; i < m; ++i) {
                long sum = 0;
                for (int value : split.a[std::size_t(i)]) {
                    QVERIFY(value >= 0 && value <= 99);
                    sum += value;
                }
                QCOMPARE(split.d[std::size_t(i)], int(sum / 2));
                QCOMPARE(split.model.rowLower[std::size_t(i)], double(split.d[std::size_t(i)]));
                QCOMPARE(split.model.rowUpper[std::size_t(i)], double(split.d[std::size_t(i)]));
            }
        }
        // Same seed, same instance; another seed, another one.
        QVERIFY(makeMarketSplit(3, 1).a == makeMarketSplit(3, 1).a);
        QVERIFY(makeMarketSplit(3, 1).a != makeMarketSplit(3, 2).a);
        // m = 2: the optimum is the smallest total deviation, checked by listing all 2^10 choices.
        const MarketSplit small = makeMarketSplit(2, 5);
        double best = std::numeric_limits<double>::infinity();
        for (int mask = 0; mask < (1 << small.n); ++mask) {
            double deviation = 0;
            for (int i = 0; i < 2; ++i) {
                long sum = 0;
                for (int j = 0; j < small.n; ++j)
                    sum += (mask >> j & 1) * small.a[std::size_t(i)][std::size_t(j)];
                deviation += std::abs(double(sum - small.d[std::size_t(i)]));
            }
            best = std::min(best, deviation);
        }
        const SolveReport report = solveWithCbc(small.model, SolveOptions{});
        QCOMPARE(report.status, SolveStatus::Optimal);
        QCOMPARE(std::round(report.objective), best);
    }

    void infeasibleUnboundedAndBrokenModels()
    {
        QTemporaryDir dir;
        const LinearModel small = fromText(dir, "small.mps", kSmallMps);
        QCOMPARE(small.variables(), 2);
        const SolveReport ok = solveWithCbc(small, SolveOptions{});
        QCOMPARE(ok.status, SolveStatus::Optimal);
        QCOMPARE(ok.objective, -1.0); // 2x + 2y ≤ 3 with integers: x + y ≤ 1
        QCOMPARE(ok.lpRelaxation, -1.5);

        const LinearModel infeasible = fromText(dir, "infeasible.lp", "Minimize\n obj: x + y\nSubject To\n c1: x + y >= 3\n c2: x + y <= 2\nBounds\n 0 <= x <= 5\n 0 <= y <= 5\nGenerals\n x y\nEnd\n");
        QCOMPARE(solveWithCbc(infeasible, SolveOptions{}).status, SolveStatus::Infeasible);
        // Integer-infeasible although the relaxation is feasible: 2x = 1.
        const LinearModel parity = fromText(dir, "parity.lp", "Minimize\n obj: x\nSubject To\n c1: 2 x = 1\nBounds\n 0 <= x <= 5\nGenerals\n x\nEnd\n");
        QCOMPARE(solveWithCbc(parity, SolveOptions{}).status, SolveStatus::Infeasible);
        const LinearModel unbounded = fromText(dir, "unbounded.lp", "Maximize\n obj: x + y\nSubject To\n c1: x - y <= 2\nGenerals\n x y\nEnd\n");
        QCOMPARE(solveWithCbc(unbounded, SolveOptions{}).status, SolveStatus::Unbounded);

        QCOMPARE(complaint(dir, "empty.mps", QByteArray()), QString("the MPS file is empty"));
        QCOMPARE(complaint(dir, "truncated.mps", kSmallMps.left(120)), QString("the MPS file is broken: line 7: a COLUMNS line is a column name and one or two pairs of row and value"));
        QCOMPARE(complaint(dir, "cut.mps", kSmallMps.left(kSmallMps.indexOf("BOUNDS"))), QString("the MPS file ends before its ENDATA line: it may be cut short"));
        QCOMPARE(complaint(dir, "section.mps", QByteArray(kSmallMps).replace("BOUNDS", "BANANAS")), QString("the MPS file is broken: line 12: unknown section 'BANANAS'"));
        QCOMPARE(complaint(dir, "row.mps", QByteArray(kSmallMps).replace("RHS       LIM1", "RHS       LIM9")), QString("the MPS file is broken: line 11: unknown row 'LIM9'"));
        QCOMPARE(complaint(dir, "number.mps", QByteArray(kSmallMps).replace(" UP BND       X              5.0", " UP BND       X              5,0")),
                 QString("the MPS file is broken: line 13: '5,0' is not a number"));
        QVERIFY(complaint(dir, "sos.mps", QByteArray(kSmallMps).replace("BOUNDS", "SOS")).contains("Gradus solves linear integer programs only"));
        QVERIFY(complaint(dir, "garbage.lp", "this is not a model\n").contains("starts with its objective"));
        QVERIFY(complaint(dir, "empty.lp", "").contains("the LP file is empty"));
        QCOMPARE(complaint(dir, "relation.lp", "Minimize\n obj: x\nSubject To\n c1: x + y 3\nEnd\n"),
                 QString("the LP file is broken: line 4: expected a relation (<=, >= or =), found '3'"));
        QCOMPARE(complaint(dir, "quadratic.lp", "Minimize\n obj: [ x^2 ]\nEnd\n"),
                 QString("the LP file is broken: line 2: quadratic terms are not supported: Gradus solves linear integer programs only"));
        QVERIFY(complaint(dir, "binary.mps", QByteArray("\x1f\x8b\x08\x00\x00garbage", 13)).startsWith("the file cannot be unpacked ("));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, readModelFile("/no/such/file.mps"));
        // Found by fuzzing COIN-OR's reader, which Gradus once used: it looped for ever when a Generals section
        // ran to the end of the file, and divided by zero on a ranged row without variables.
        QVERIFY(complaint(dir, "endless.lp", "Maximize\n obj: x\nSubject To\n c1: x <= 8\nGeneral\nx\n").contains("does not finish with an End line"));
        QCOMPARE(complaint(dir, "divide.lp", "Maximize\n obj: 5\nSubject To\n c1: <= z <= 10\nGeneral\n x y\nEnd\n"),
                 QString("the LP file is broken: line 4: a constraint without variables"));
    }

    // What COIN-OR's MPS reader (and so the cbc program) makes of the format's corners, checked against cbc
    // itself while writing the reader: integers between markers without bounds are binary, and any bound
    // line ends that; UP below zero on a column at its default lower bound makes the lower bound −∞.
    void mpsConventions()
    {
        const std::string text = "NAME          CORNERS\n"
                                 "OBJSENSE\n    MAX\n"
                                 "ROWS\n N  COST\n N  FREE1\n L  LE\n G  GE\n E  EQP\n E  EQN\n"
                                 "COLUMNS\n"
                                 "    M1  'MARKER'  'INTORG'\n"
                                 "    B   COST  1   LE  1\n"
                                 "    I   COST  2   GE  1\n"
                                 "    I   FREE1 9\n"
                                 "    M2  'MARKER'  'INTEND'\n"
                                 "    N   COST  3   EQP 1\n"
                                 "    F   EQN   1\n"
                                 "RHS\n    LE  4   GE  2\n    RHS EQP 5   EQN 6\n    RHS COST 10\n"
                                 "RANGES\n    RNG LE 3   GE 2\n    RNG EQP 1.5   EQN -2\n"
                                 "BOUNDS\n LO BND I 0\n UP BND N -7\n FR BND F\n"
                                 "ENDATA\n";
        const LinearModel model = readMpsText(text, "fallback");
        QCOMPARE(QString::fromStdString(model.name), QString("CORNERS"));
        QVERIFY(model.maximize);
        QCOMPARE(model.variables(), 4);
        QCOMPARE(model.constraints(), 4); // the free row FREE1 constrains nothing
        QVERIFY(model.objective == std::vector<double>({1, 2, 3, 0}));
        QVERIFY(model.integer == std::vector<bool>({true, true, false, false}));
        const double inf = std::numeric_limits<double>::infinity();
        QVERIFY(model.lower == std::vector<double>({0, 0, -inf, -inf}));
        QVERIFY(model.upper == std::vector<double>({1, inf, -7, inf}));
        // L: [rhs − |R|, rhs]; G: [rhs, rhs + |R|]; E: R > 0 [rhs, rhs + R], R < 0 [rhs + R, rhs].
        QVERIFY(model.rowLower == std::vector<double>({1, 2, 5, 4}));
        QVERIFY(model.rowUpper == std::vector<double>({4, 4, 6.5, 6}));
        QCOMPARE(model.rows[0].size(), std::size_t(1));
        QCOMPARE(model.rows[1], (std::vector<std::pair<int, double>>{{1, 1.0}}));
    }

    void lpForms()
    {
        const std::string text = "\\ every form the lesson's users write\n"
                                 "Maximize\n obj: 3 x + 2y - z + 4\n"
                                 "Subject To\n"
                                 " c1: x + y + z <= 10\n"
                                 " c2: -2 <= x - y <= 2.5e0\n"
                                 " 3 x\n  + 2 z >= 1 \\ a row over two lines\n"
                                 " c4: x + 2 = 5\n"
                                 " c5: 8 >= y\n"
                                 "Bounds\n x <= 4\n -inf <= z <= 7\n y free\n w = 2\n"
                                 "Generals\n x\nBinaries\n b\nEnd\n";
        const LinearModel model = readLpText(text, "forms");
        QVERIFY(model.maximize);
        QCOMPARE(model.variables(), 5); // x, y, z, then w and b from the bounds and binaries
        QVERIFY(model.columnNames == std::vector<std::string>({"x", "y", "z", "w", "b"}));
        QVERIFY(model.objective == std::vector<double>({3, 2, -1, 0, 0}));
        const double inf = std::numeric_limits<double>::infinity();
        QVERIFY(model.lower == std::vector<double>({0, -inf, -inf, 2, 0}));
        QVERIFY(model.upper == std::vector<double>({4, inf, 7, 2, 1}));
        QVERIFY(model.integer == std::vector<bool>({true, false, false, false, true}));
        QCOMPARE(model.constraints(), 5);
        QVERIFY(model.rowLower == std::vector<double>({-inf, -2, 1, 3, -inf}));
        QVERIFY(model.rowUpper == std::vector<double>({10, 2.5, inf, 3, 8}));
        QCOMPARE(model.rows[1], (std::vector<std::pair<int, double>>{{0, 1.0}, {1, -1.0}}));
        QCOMPARE(model.rows[2], (std::vector<std::pair<int, double>>{{0, 3.0}, {2, 2.0}}));
    }

    // What Gradus hands to cbc reads back as the same model (a maximization's objective negated, as cbc
    // minimizes), whatever its bounds and ranges.
    void writtenMpsReadsBack()
    {
        const double inf = std::numeric_limits<double>::infinity();
        LinearModel corners;
        corners.maximize = true;
        corners.objective = {1, -2.5, 1e-7, 0, 3};
        corners.lower = {0, -inf, -3, 2, -inf};
        corners.upper = {1, 4, inf, 2, -1};
        corners.integer = {true, false, true, false, true};
        corners.rows = {{{0, 1}, {1, 0.1}, {4, 1}}, {{2, 1}}, {{1, 1}, {3, -1}}, {{0, 2}}};
        corners.rowLower = {-inf, 1, -1, 0};
        corners.rowUpper = {7, inf, 1, 0};
        for (const LinearModel& model : {corners, makeKnapsack(40, 2), makeMarketSplit(4, 3).model}) {
            const LinearModel back = readMpsText(writeMps(model), "back");
            QVERIFY(!back.maximize);
            QCOMPARE(back.variables(), model.variables());
            for (int j = 0; j < model.variables(); ++j) {
                QCOMPARE(back.objective[std::size_t(j)], (model.maximize ? -1 : 1) * model.objective[std::size_t(j)]);
                QCOMPARE(back.lower[std::size_t(j)], model.lower[std::size_t(j)]);
                QCOMPARE(back.upper[std::size_t(j)], model.upper[std::size_t(j)]);
                QCOMPARE(back.integer[std::size_t(j)], model.integer[std::size_t(j)]);
            }
            QVERIFY(back.rows == model.rows);
            QVERIFY(back.rowLower == model.rowLower);
            QVERIFY(back.rowUpper == model.rowUpper);
        }
    }

    // Without the cbc program the solve says what to install; nothing else needs it.
    void missingProgramSaysWhatToInstall()
    {
        qputenv("GRADUS_CBC", "/nonexistent/cbc");
        QString message;
        try {
            solveWithCbc(makeKnapsack(10, 1), SolveOptions{});
        } catch (const SolverMissing& e) {
            message = QString::fromStdString(e.what());
        }
        const std::string version = cbcProgramVersion();
        qunsetenv("GRADUS_CBC");
        QCOMPARE(message, QString("the mixed-integer solver CBC is not installed: install Debian's coinor-cbc (sudo apt install coinor-cbc)"));
        QVERIFY(version.empty());
        QVERIFY(!cbcProgram().empty());
        QCOMPARE(QString::fromStdString(cbcProgramVersion()).count('.'), 2); // "2.10.8"
    }

    // The readers run in a child process: its model comes back whole, its crash or hang is a message.
    void readerInAChildProcess()
    {
        const LinearModel knapsack = makeKnapsack(50, 3);
        const LinearModel back = readInChildProcess([&] { return knapsack; }, 10);
        QCOMPARE(back.name, knapsack.name);
        QCOMPARE(back.maximize, true);
        QVERIFY(back.objective == knapsack.objective && back.lower == knapsack.lower && back.upper == knapsack.upper);
        QVERIFY(back.integer == knapsack.integer && back.rows == knapsack.rows);
        QVERIFY(back.rowLower == knapsack.rowLower && back.rowUpper == knapsack.rowUpper);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, deserializeModel(serializeModel(knapsack).substr(0, 100)));

        auto message = [](const std::function<LinearModel()>& read, int seconds) {
            try {
                readInChildProcess(read, seconds);
            } catch (const std::invalid_argument& e) {
                return QString::fromStdString(e.what());
            }
            return QString();
        };
        QCOMPARE(message([]() -> LinearModel { throw std::invalid_argument("no such section"); }, 10), QString("no such section"));
        QVERIFY(message([]() -> LinearModel { std::raise(SIGSEGV); return {}; }, 10).contains("crashed"));
        const auto start = std::chrono::steady_clock::now();
        QVERIFY(message([]() -> LinearModel { for (;;) ::pause(); }, 1).contains("did not finish within 1 s"));
        QVERIFY(std::chrono::steady_clock::now() - start < std::chrono::seconds(5 * gradus::test::timeFactor()));
    }

    void timeLimitAndStopEndAHardSolve()
    {
        // Market split with m = 5 (40 binaries) takes CBC far longer than a second.
        const MarketSplit hard = makeMarketSplit(5, 1);
        SolveOptions limited;
        limited.timeLimit = 1.0;
        auto start = std::chrono::steady_clock::now();
        const SolveReport timed = solveWithCbc(hard.model, limited);
        double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        QCOMPARE(timed.status, SolveStatus::TimeLimit);
        QVERIFY2(elapsed < 10 * gradus::test::timeFactor(), qPrintable(QString::number(elapsed)));

        SolveOptions stopping;
        int reports = 0;
        stopping.reportInterval = 0.05;
        stopping.onProgress = [&](const SolveProgress& progress) {
            ++reports;
            // Stop once half a second has gone and a solution is known (on a loaded machine the first one may
            // come later), so that what Stop keeps can be checked.
            return progress.seconds < 0.5 || std::isnan(progress.incumbent);
        };
        start = std::chrono::steady_clock::now();
        const SolveReport stopped = solveWithCbc(hard.model, stopping);
        elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        QCOMPARE(stopped.status, SolveStatus::Stopped);
        QVERIFY(reports >= 2);
        // cbc, stopped by SIGINT, still wrote its best solution: the values give the objective it reports.
        QVERIFY(std::isfinite(stopped.objective));
        QCOMPARE(stopped.solution.size(), std::size_t(hard.model.variables()));
        double value = 0;
        for (int j = 0; j < hard.model.variables(); ++j)
            value += hard.model.objective[std::size_t(j)] * stopped.solution[std::size_t(j)];
        QVERIFY2(std::abs(value - stopped.objective) < 1e-6, qPrintable(QString("%1 vs %2").arg(value).arg(stopped.objective)));
        QVERIFY2(elapsed < 10 * gradus::test::timeFactor(), qPrintable(QString::number(elapsed)));
        qInfo("stopped after %.2f s, %d progress reports, %ld nodes", elapsed, reports, stopped.nodes);
        // The history's times increase and its bound never passes the incumbent (a minimization).
        for (std::size_t k = 1; k < stopped.history.size(); ++k)
            QVERIFY(stopped.history[k].seconds >= stopped.history[k - 1].seconds);
        for (const SolveProgress& p : stopped.history)
            if (!std::isnan(p.incumbent) && !std::isnan(p.bestBound))
                QVERIFY(p.bestBound <= p.incumbent + 1e-6);
    }
};

QTEST_APPLESS_MAIN(TestCbc)
#include "test_cbc.moc"
