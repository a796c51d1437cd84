// The training lesson: the same initial weights and batches for every method (the losses before training
// agree to the bit), the sweep's learning rates, the cache (a second compute reads every run back unchanged),
// the learning-rate valley (a rate far too large ends worse than the middle one), and the message when no
// method is chosen. The update rules themselves are checked against numpy in tests/core/test_update_rules.cpp.
#include "framework/errors.h"
#include "framework/lesson_registry.h"
#include "io/training_cache.h"
#include "lessons/register_lessons.h"
#include "lessons/training/training_lesson.h"

#include <QtTest>

#include <cmath>

using namespace gradus;

class TestTrainingLesson : public QObject {
    Q_OBJECT

    LessonRegistry registry;

    const Lesson& lesson() const { return registry.get("training"); }
    ParamValues values(const QStringList& assignments) const
    {
        ParamValues v = lesson().schema().defaults();
        lesson().schema().applyAssignments(v, assignments);
        return v;
    }
    QJsonObject json(const QStringList& assignments, int frame = 0) const
    {
        return lesson().resultJson(*lesson().compute(values(assignments), nullptr), frame);
    }

private slots:
    void initTestCase()
    {
        registerBuiltinLessons(registry);
        QStandardPaths::setTestModeEnabled(true); // the weights cache goes to a test folder
        QDir(TrainingCache::defaultFolder()).removeRecursively();
    }
    void cleanupTestCase() { QStandardPaths::setTestModeEnabled(false); }

    void sweepRates()
    {
        const std::vector<double> rates = TrainingLesson::sweepRates(1e-3, 7, 3);
        QCOMPARE(rates.size(), std::size_t(7));
        for (int i = 0; i < 7; ++i)
            QCOMPARE_LE(std::abs(rates[std::size_t(i)] - std::pow(10.0, -4.5 + 0.5 * i)), 1e-15 * rates[std::size_t(i)]);
    }

    void sameStartSameBatchesAndTheCache()
    {
        const QStringList small{"epochs=3", "train_size=300", "test_size=300"};
        const QJsonObject r = json(small, 3);
        QCOMPARE(r["mode"].toString(), QString("compare"));
        QCOMPARE(r["train_size"].toInt(), 300);
        const QJsonArray runs = r["runs"].toArray();
        QCOMPARE(runs.size(), 6);
        const QStringList methods{"sgd", "momentum", "nesterov", "adam", "adamw", "lion"};
        const double before = runs[0]["history"]["train_loss"][0].toDouble();
        QVERIFY(std::abs(before - std::log(10.0)) < 0.5); // an untrained net guesses about evenly among 10 classes
        for (int m = 0; m < 6; ++m) {
            const QJsonObject run = runs[m].toObject();
            QCOMPARE(run["method"].toString(), methods[m]);
            QCOMPARE(run["from_cache"].toBool(), false);
            const QJsonObject history = run["history"].toObject();
            QCOMPARE(history["train_loss"].toArray().size(), 4);
            QCOMPARE(history["train_loss"][0].toDouble(), before); // the same initial weights
            QCOMPARE_LT(history["train_loss"][3].toDouble(), before); // every rule learns at its default rate
            QCOMPARE_GE(history["seconds"][3].toDouble(), history["seconds"][1].toDouble());
        }
        QCOMPARE(runs[3]["lr"].toDouble(), 1e-3);
        // Read back from the cache: the same numbers.
        const QJsonObject again = json(small, 3);
        for (int m = 0; m < 6; ++m) {
            QCOMPARE(again["runs"][m]["from_cache"].toBool(), true);
            QCOMPARE(again["runs"][m]["history"]["test_loss"], runs[m]["history"]["test_loss"]);
        }
    }

    // SGD at rates 10^{-3} … 10: after 3 epochs the middle rate beats the smallest (which hardly moves) and the
    // largest (which overshoots or diverges); best_lr names the least loss among them.
    void sweepHasAValley()
    {
        const QJsonObject r = json({"mode=sweep", "methods=sgd", "epochs=3", "train_size=300", "test_size=300", "lr_points=5", "lr_span=4"}, 3);
        const QJsonArray runs = r["runs"].toArray();
        QCOMPARE(runs.size(), 5);
        std::vector<double> loss;
        double bestLoss = INFINITY, bestRate = 0;
        for (int i = 0; i < 5; ++i) {
            QCOMPARE_LE(std::abs(runs[i]["lr"].toDouble() - std::pow(10.0, -3 + i)), 1e-15 * std::pow(10.0, -3 + i));
            loss.push_back(runs[i]["history"]["train_loss"].toArray().last().toDouble());
            if (loss.back() < bestLoss)
                bestLoss = loss.back(), bestRate = runs[i]["lr"].toDouble();
        }
        qInfo("SGD after 3 epochs: %g %g %g %g %g", loss[0], loss[1], loss[2], loss[3], loss[4]);
        QCOMPARE_LT(loss[2], loss[0]);
        QCOMPARE_LT(loss[2], loss[4]);
        QCOMPARE(r["best_lr"]["sgd"].toDouble(), bestRate);
    }

    void noMethodSaysWhatToDo()
    {
        ParamValues v = values({});
        v.set("methods", QStringList{});
        QString message;
        try {
            lesson().compute(v, nullptr);
        } catch (const InputError& e) {
            message = e.message();
        }
        QCOMPARE(message, QString("No method is chosen: tick at least one under Methods."));
    }
};

QTEST_GUILESS_MAIN(TestTrainingLesson)
#include "test_training_lesson.moc"
