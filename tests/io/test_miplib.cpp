// The MIPLIB 2017 collection table: the bundled copy parses to the published counts (712 easy,
// 127 hard, 226 open; 240 in the benchmark set), odd fields read right, broken tables refused.
#include "framework/errors.h"
#include "io/miplib_table.h"

#include <QtTest>

using namespace gradus;

class TestMiplib : public QObject {
    Q_OBJECT

private slots:
    void bundledTableMatchesThePublishedCounts()
    {
        const QVector<MiplibInstance> all = readMiplibTable(QStringLiteral(GRADUS_SOURCE_DIR "/datasets/miplib/miplib2017.csv"));
        QCOMPARE(all.size(), 1065);
        int easy = 0, hard = 0, open = 0, benchmark = 0, infeasible = 0, unbounded = 0, unknown = 0, bestKnown = 0;
        for (const MiplibInstance& i : all) {
            easy += i.status == MiplibInstance::Status::Easy;
            hard += i.status == MiplibInstance::Status::Hard;
            open += i.status == MiplibInstance::Status::Open;
            benchmark += i.inBenchmarkSet();
            infeasible += i.objectiveKind == MiplibInstance::Objective::Infeasible;
            unbounded += i.objectiveKind == MiplibInstance::Objective::Unbounded;
            unknown += i.objectiveKind == MiplibInstance::Objective::Unknown;
            bestKnown += i.objectiveKind == MiplibInstance::Objective::BestKnown;
        }
        QCOMPARE(easy, 712);
        QCOMPARE(hard, 127);
        QCOMPARE(open, 226);
        QCOMPARE(benchmark, 240);
        QCOMPARE(infeasible, 44);
        QCOMPARE(unbounded, 16);
        QCOMPARE(unknown, 12);
        QCOMPARE(bestKnown, 214);
        const MiplibInstance& first = all.front();
        QCOMPARE(first.name, QString("10teams"));
        QCOMPARE(first.variables, 2025.0);
        QCOMPARE(first.binaries, 1800.0);
        QCOMPARE(first.constraints, 230.0);
        QVERIFY(first.group.isEmpty()); // "–"
        QVERIFY(std::abs(first.objective - 924) < 1e-9);
        QVERIFY(first.tags.contains("set_partitioning"));
        // The smallest hard instance is tiny: markshare2 has 74 variables and 7 constraints.
        auto markshare = std::find_if(all.begin(), all.end(), [](const MiplibInstance& i) { return i.name == u"markshare2"; });
        QVERIFY(markshare != all.end());
        QCOMPARE(markshare->status, MiplibInstance::Status::Hard);
        QCOMPARE(markshare->variables, 74.0);
        QCOMPARE(markshare->constraints, 7.0);
        // Rounded counts such as 1e+05 are numbers.
        QVERIFY(std::any_of(all.begin(), all.end(), [](const MiplibInstance& i) { return i.variables == 1e6; }));
    }

    void oddFieldsAndBrokenTables()
    {
        const QByteArray header = "\"InstanceInst.\",\"StatusStat.\",\"VariablesVari.\",\"BinariesBina.\",\"IntegersInte.\","
                                  "\"ContinuousCont.\",\"ConstraintsCons.\",\"Nonz.Nonz.\",\"SubmitterSubm.\",\"GroupGrou.\","
                                  "\"ObjectiveObje.\",\"TagsTags.\"\n";
        const QVector<MiplibInstance> rows = parseMiplibTable(
            header + "\"a\",\"open\",\"1e+05\",\"0\",\"1e+05\",\"0\",\"169\",\"5393094\",\"Smith, J.\",\"–\",\"12.5*\",\"benchmark binary\"\n",
            "t.csv");
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].variables, 1e5);
        QCOMPARE(rows[0].submitter, QString("Smith, J.")); // a comma inside quotes
        QCOMPARE(rows[0].objectiveKind, MiplibInstance::Objective::BestKnown);
        QCOMPARE(rows[0].objective, 12.5);
        QVERIFY(rows[0].inBenchmarkSet());
        auto message = [&](const QByteArray& text) {
            try {
                parseMiplibTable(text, "t.csv");
            } catch (const InputError& error) {
                return QString(error.what());
            }
            return QString();
        };
        QVERIFY(message("name,lat,lon\nA,1,2\n").contains("no 'instance' column") || message("name,lat,lon\nA,1,2\n").contains("no 'status' column"));
        QVERIFY(message(header + "\"a\",\"solved\",\"1\",\"1\",\"0\",\"0\",\"1\",\"1\",\"\",\"\",\"1\",\"\"\n").contains("none of easy, hard, open"));
        QVERIFY(message(header + "\"a\",\"easy\",\"many\",\"1\",\"0\",\"0\",\"1\",\"1\",\"\",\"\",\"1\",\"\"\n").contains("not a count"));
        QVERIFY(message(header + "\"a\",\"easy\",\"1\",\"1\",\"0\",\"0\",\"1\",\"1\",\"\",\"\",\"about 3\",\"\"\n").contains("objective"));
        QVERIFY(message(header).contains("no instances"));
        QVERIFY(message(QByteArray("\0\1\2", 3)).contains("not a text file"));
    }
};

QTEST_GUILESS_MAIN(TestMiplib)
#include "test_miplib.moc"
