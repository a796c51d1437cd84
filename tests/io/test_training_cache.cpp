// The cache of trained weights: a round trip keeps every number, and anything that is not exactly
// what was written — another network's size, a truncated or foreign file — is a miss, not a crash.
#include "io/training_cache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace gradus;
using namespace gradus::core::models;

class TestTrainingCache : public QObject {
    Q_OBJECT

    static TrainingRun sample()
    {
        TrainingRun run;
        run.initial = {0.5f, -1.25f, 3.0f};
        run.trained = {0.25f, -1.0f, 2.75f};
        run.history = {{0, {2.3, 0.1}, {2.31, 0.09}}, {1, {0.7, 0.8}, {0.9, 0.75}}};
        run.checkpoints = {{1, {0.25f, -1.0f, 2.75f}}};
        run.diverged = false;
        return run;
    }

private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        const TrainingCache cache(dir.filePath("training"));
        const QString key = TrainingCache::keyFor("mlp lr=0.01");
        QCOMPARE(key.size(), 32);
        QVERIFY(key != TrainingCache::keyFor("mlp lr=0.02"));
        QVERIFY(!cache.load(key, 3));
        QVERIFY(cache.save(key, sample()));
        const auto loaded = cache.load(key, 3);
        QVERIFY(loaded);
        QVERIFY(loaded->initial == sample().initial);
        QVERIFY(loaded->trained == sample().trained);
        QCOMPARE(int(loaded->history.size()), 2);
        QCOMPARE(loaded->history[1].epoch, 1);
        QCOMPARE(loaded->history[1].test.loss, 0.9);
        QCOMPARE(loaded->history[1].train.accuracy, 0.8);
        QCOMPARE(int(loaded->checkpoints.size()), 1); // the map of the training trajectory needs them
        QCOMPARE(loaded->checkpoints[0].epoch, 1);
        QVERIFY(loaded->checkpoints[0].theta == sample().trained);
    }

    void anythingElseIsAMiss()
    {
        QTemporaryDir dir;
        const TrainingCache cache(dir.filePath("training"));
        const QString key = TrainingCache::keyFor("cnn");
        QVERIFY(cache.save(key, sample()));
        QVERIFY(!cache.load(key, 4)); // another network
        QFile file(cache.pathFor(key));
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray bytes = file.readAll();
        file.resize(bytes.size() - 3); // truncated
        file.close();
        QVERIFY(!cache.load(key, 3));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("not a weights file at all, but long enough to have a header");
        file.close();
        QVERIFY(!cache.load(key, 3));
        // A folder that cannot be created: saving says so, nothing throws.
        const TrainingCache nowhere("/proc/no/such/folder");
        QVERIFY(!nowhere.save(key, sample()));
    }

    // A lab machine sees many students: the folder stays under its limit, and the run used most
    // recently stays even if it was trained first.
    void theFolderStaysUnderItsLimit()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath("training");
        const qint64 fileSize = [&] {
            const TrainingCache probe(folder);
            probe.save(TrainingCache::keyFor("probe"), sample());
            const qint64 size = QFileInfo(probe.pathFor(TrainingCache::keyFor("probe"))).size();
            QFile::remove(probe.pathFor(TrainingCache::keyFor("probe")));
            return size;
        }();
        const TrainingCache cache(folder, 3 * fileSize); // room for three runs
        const QDateTime start = QDateTime::currentDateTime().addSecs(-100);
        for (int k = 0; k < 5; ++k) {
            const QString key = TrainingCache::keyFor(QStringLiteral("run %1").arg(k));
            QVERIFY(cache.save(key, sample()));
            // Distinct times, one second apart, as if saved over a lesson.
            QFile file(cache.pathFor(key));
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.setFileTime(start.addSecs(k), QFileDevice::FileModificationTime);
            if (k == 2) // run 0 is used again before runs 3 and 4 come
                QVERIFY(cache.load(TrainingCache::keyFor("run 0"), 3));
        }
        QStringList kept;
        for (int k = 0; k < 5; ++k)
            if (QFile::exists(cache.pathFor(TrainingCache::keyFor(QStringLiteral("run %1").arg(k)))))
                kept << QString::number(k);
        QCOMPARE(kept, (QStringList{"0", "3", "4"}));
    }
};

QTEST_APPLESS_MAIN(TestTrainingCache)
#include "test_training_cache.moc"
