// Two-variable integer programs: the exact LP relaxation, branch and bound against brute-force
// enumeration on random instances (both node orders), Gomory cuts that keep every lattice point and
// cut off the LP optimum, and the reader of programs as people write them.
#include "core/mip/integer_program_2d.h"
#include "core/mip/linear_text.h"

#include <QtTest>

#include <random>

using namespace gradus::core::mip;

namespace {

// max 5x + 4y, 6x + 4y ≤ 24, x + 2y ≤ 6, x, y ≥ 0 (Taha's paint factory): LP (3, 3/2) = 21,
// the integer optimum (4, 0) = 20, far from the rounded LP point.
IntegerProgram2D paintFactory()
{
    return {{{6, 4, 24}, {1, 2, 6}, {-1, 0, 0}, {0, -1, 0}}, 5, 4};
}

// max y, −x + y ≤ 1, 3x + 2y ≤ 12, 2x + 3y ≤ 12, x, y ≥ 0 (Conforti, Cornuéjols, Zambelli, ch. 1):
// LP (1.8, 2.8), integer optimum 2.
IntegerProgram2D textbookCuts()
{
    return {{{-1, 1, 1}, {3, 2, 12}, {2, 3, 12}, {-1, 0, 0}, {0, -1, 0}}, 0, 1};
}

IntegerProgram2D randomProgram(std::mt19937& rng)
{
    std::uniform_int_distribution<int> coefficient(-9, 9), rhs(-25, 60), count(2, 5), objective(-6, 6);
    IntegerProgram2D program;
    program.constraints = {{-1, 0, 0}, {0, -1, 0}, {1, 0, 15}, {0, 1, 15}};
    const int extra = count(rng);
    for (int k = 0; k < extra; ++k) {
        Constraint2D c{coefficient(rng), coefficient(rng), rhs(rng)};
        if (c.a == 0 && c.b == 0)
            c.a = 1;
        program.constraints.push_back(c);
    }
    program.cx = objective(rng);
    program.cy = objective(rng);
    return program;
}

} // namespace

class TestMip2d : public QObject {
    Q_OBJECT

private slots:
    void lpRelaxationIsExact()
    {
        const LpSolution2D lp = solveLp(paintFactory().constraints, 5, 4);
        QCOMPARE(lp.status, LpStatus::Optimal);
        QCOMPARE(lp.point.x, std::int64_t(3 * 2));
        QCOMPARE(lp.point.y, std::int64_t(3));
        QCOMPARE(lp.point.denominator, std::int64_t(2));
        QCOMPARE(lp.value, 21.0);
        const LpSolution2D cuts = solveLp(textbookCuts().constraints, 0, 1);
        QCOMPARE(cuts.point.x, std::int64_t(9));
        QCOMPARE(cuts.point.y, std::int64_t(14));
        QCOMPARE(cuts.point.denominator, std::int64_t(5));
    }

    void unboundedAndInfeasible()
    {
        const std::vector<Constraint2D> strip = {{0, 1, 1}, {0, -1, 0}, {-1, 0, 0}};
        QCOMPARE(solveLp(strip, 1, 0).status, LpStatus::Unbounded);
        // Bounded optimum on an unbounded region.
        const LpSolution2D left = solveLp(strip, -1, 0);
        QCOMPARE(left.status, LpStatus::Optimal);
        QCOMPARE(left.value, 0.0);
        QCOMPARE(solveLp({{1, 0, 1}, {-1, 0, -2}}, 1, 1).status, LpStatus::Infeasible);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, enumerateLattice({strip, 1, 0}));
    }

    void textbookBranchAndBound()
    {
        for (NodeOrder order : {NodeOrder::DepthFirst, NodeOrder::BestBound}) {
            const BranchAndBound run = branchAndBound(paintFactory(), order);
            QVERIFY(run.feasible);
            QCOMPARE(run.bestValue, 20.0);
            QCOMPARE(run.bestX, std::int64_t(4));
            QCOMPARE(run.bestY, std::int64_t(0));
            // The root branches on y (x = 3 is integral) into y ≤ 1 and y ≥ 2.
            QCOMPARE(run.nodes[0].fate, BranchNode::Fate::Branched);
            QCOMPARE(run.nodes[0].branchVariable, 1);
            QCOMPARE(boundText(run.nodes[1].variable, run.nodes[1].upper, run.nodes[1].value), std::string("y ≤ 1"));
            QCOMPARE(boundText(run.nodes[2].variable, run.nodes[2].upper, run.nodes[2].value), std::string("y ≥ 2"));
            // Every node was processed once, and the last step leaves nothing open.
            QVERIFY(run.steps.back().openNodes.empty());
            QCOMPARE(run.steps.back().bestBound, 20.0);
            for (const BranchNode& node : run.nodes)
                QVERIFY(node.fate != BranchNode::Fate::Pending);
        }
        const Enumeration all = enumerateLattice(paintFactory());
        QCOMPARE(all.bestValue, 20.0);
        QCOMPARE(int(all.feasiblePoints.size()), 5 + 4 + 3 + 1); // rows y = 0, 1, 2, 3
    }

    void branchAndBoundEqualsEnumeration()
    {
        std::mt19937 rng(2026);
        int feasible = 0, branched = 0;
        for (int trial = 0; trial < 400; ++trial) {
            const IntegerProgram2D program = randomProgram(rng);
            const Enumeration truth = enumerateLattice(program);
            for (NodeOrder order : {NodeOrder::DepthFirst, NodeOrder::BestBound}) {
                const BranchAndBound run = branchAndBound(program, order);
                QVERIFY(!run.hitNodeLimit);
                QCOMPARE(run.feasible, truth.feasible);
                if (truth.feasible) {
                    QCOMPARE(run.bestValue, truth.bestValue);
                    QVERIFY(satisfies(program.constraints, run.bestX, run.bestY));
                }
                branched += run.nodes.size() > 1;
            }
            feasible += truth.feasible;
        }
        // The sample must exercise both outcomes and real branching, or the test proves little.
        QVERIFY(feasible > 100);
        QVERIFY(feasible < 400);
        QVERIFY(branched > 100);
    }

    void gomoryCutsAreValidAndCutOff()
    {
        const CuttingPlanes textbook = addGomoryCuts(textbookCuts().constraints, 0, 1, 20);
        QVERIFY(!textbook.cuts.empty());
        QVERIFY(textbook.solutions.back().point.isIntegral());
        QCOMPARE(textbook.solutions.back().value, 2.0);

        std::mt19937 rng(7);
        int cutsChecked = 0, closed = 0;
        for (int trial = 0; trial < 400; ++trial) {
            const IntegerProgram2D program = randomProgram(rng);
            const Enumeration truth = enumerateLattice(program);
            const CuttingPlanes planes = addGomoryCuts(program.constraints, program.cx, program.cy, 30);
            for (std::size_t k = 0; k < planes.cuts.size(); ++k) {
                const Constraint2D& cut = planes.cuts[k];
                const RationalPoint cutOff = planes.solutions[k].point;
                QVERIFY2(double(cut.a) * cutOff.xValue() + double(cut.b) * cutOff.yValue() > double(cut.rhs) + 1e-9,
                         "a Gomory cut must cut off the LP optimum it was read from");
                for (const auto& [x, y] : truth.feasiblePoints)
                    QVERIFY2(satisfies({cut}, x, y), "a Gomory cut must keep every feasible lattice point");
                ++cutsChecked;
            }
            const LpSolution2D& last = planes.solutions.back();
            if (truth.feasible && last.status == LpStatus::Optimal && last.point.isIntegral()) {
                QCOMPARE(last.value, truth.bestValue);
                ++closed;
            }
        }
        qInfo("%d cuts checked, %d programs closed by cuts", cutsChecked, closed);
        QVERIFY(cutsChecked > 100);
        QVERIFY(closed > 50);
    }

    void readsProgramsAsWritten()
    {
        const ParsedProgram2D parsed = parseProgram2D("max 3x + 2y", "2x + 3.5y <= 12; x - y >= -2\nx>=0; y ≥ 0");
        QCOMPARE(parsed.program.cx, 3.0);
        QCOMPARE(parsed.program.cy, 2.0);
        QCOMPARE(parsed.minimize, false);
        const std::vector<Constraint2D> expected = {{4, 7, 24}, {-1, 1, 2}, {-1, 0, 0}, {0, -1, 0}};
        QVERIFY(parsed.program.constraints == expected);
        QCOMPARE(parsed.constraintTexts[0], std::string("4x + 7y ≤ 24"));
        QCOMPARE(parsed.constraintTexts[1], std::string("−x + y ≤ 2"));
        QCOMPARE(parsed.constraintTexts[2], std::string("x ≥ 0"));

        const ParsedProgram2D other = parseProgram2D("min x - 2*y", "x + y = 4; 2,5x <= 5; 3 >= y");
        QCOMPARE(other.minimize, true);
        QCOMPARE(other.program.cx, -1.0);
        QCOMPARE(other.program.cy, 2.0);
        const std::vector<Constraint2D> rows = {{1, 1, 4}, {-1, -1, -4}, {1, 0, 2}, {0, 1, 3}};
        QVERIFY(other.program.constraints == rows);
    }

    void badProgramsSayWhy()
    {
        const auto message = [](const std::string& objective, const std::string& constraints) {
            try {
                parseProgram2D(objective, constraints);
            } catch (const std::invalid_argument& e) {
                return QString::fromStdString(e.what());
            }
            return QString();
        };
        QVERIFY(message("max x", "2x + <= 3").contains("expected a number, x or y"));
        QVERIFY(message("max x", "x < 3").contains("strict inequalities"));
        QVERIFY(message("max x", "").contains("no constraints"));
        QVERIFY(message("max x", "x + y").contains("expected <=, >= or ="));
        QVERIFY(message("max x", "3 <= 4").contains("needs x or y"));
        QVERIFY(message("", "x <= 1").contains("objective"));
        QVERIFY(message("max x + 1", "x <= 1").contains("without a constant"));
        QVERIFY(message("max x", "x <= 1.1234567").contains("six decimals"));
        QVERIFY(message("max x", "x <= 99999999999999").contains("too large"));
        QVERIFY(message("max x", "x <= 2 z").contains("unexpected"));
    }
};

QTEST_APPLESS_MAIN(TestMip2d)
#include "test_mip2d.moc"
