// The worker that runs compute(): results arrive, newer requests supersede older ones,
// cancellation and failures are reported, the GUI thread is never blocked.
#include "core/compute_control.h"
#include "framework/compute_runner.h"
#include "framework/errors.h"
#include "views/lesson_figure.h"
#include "support/time_factor.h"

#include <QtTest>

#include <thread>

using namespace gradus;

namespace {

struct CountResult : LessonResult {
    int value = 0;
};

// Counts to `steps`, one millisecond per step, checking for cancellation on the way.
class CountingLesson : public Lesson {
public:
    CountingLesson()
    {
        schema_.add(ParamSpec::integer("steps", "Steps", 5, 0, 100000));
        schema_.add(ParamSpec::boolean("fail", "Fail", false));
    }
    QString id() const override { return "count"; }
    QString title() const override { return "Count"; }
    QString topic() const override { return "Test"; }
    QString summary() const override { return "Counts"; }
    const ParamSchema& schema() const override { return schema_; }
    ResultPtr compute(const ParamValues& params, core::ComputeControl* control) const override
    {
        if (params.boolean("fail"))
            throw InputError("the input is bad");
        auto result = std::make_shared<CountResult>();
        const int steps = params.integer("steps");
        for (int i = 0; i < steps; ++i) {
            core::checkpoint(control, double(i) / steps);
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            ++result->value;
        }
        return result;
    }
    QJsonObject resultJson(const LessonResult&, int) const override { return {}; }
    LessonFigure* createFigure(QWidget*) const override { return nullptr; }

private:
    ParamSchema schema_;
};

ParamValues withSteps(const Lesson& lesson, int steps, bool fail = false)
{
    ParamValues values = lesson.schema().defaults();
    values.set("steps", steps);
    values.set("fail", fail);
    return values;
}

} // namespace

class TestRunner : public QObject {
    Q_OBJECT
private slots:
    void deliversTheResult()
    {
        CountingLesson lesson;
        ComputeRunner runner(lesson);
        QSignalSpy finished(&runner, &ComputeRunner::finished);
        runner.request(withSteps(lesson, 20));
        QVERIFY(runner.busy());
        QVERIFY(finished.wait(5000));
        QCOMPARE(std::static_pointer_cast<const CountResult>(finished[0][0].value<ResultPtr>())->value, 20);
        QVERIFY(finished[0][1].toDouble() >= 0.015);
        QVERIFY(!runner.busy());
    }

    void newerRequestSupersedesTheRunningOne()
    {
        CountingLesson lesson;
        ComputeRunner runner(lesson);
        QSignalSpy finished(&runner, &ComputeRunner::finished);
        QSignalSpy cancelled(&runner, &ComputeRunner::cancelled);
        runner.request(withSteps(lesson, 100000)); // would take 100 s
        runner.request(withSteps(lesson, 10));
        runner.request(withSteps(lesson, 30));
        QVERIFY(finished.wait(5000));
        runner.waitForIdle();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(std::static_pointer_cast<const CountResult>(finished[0][0].value<ResultPtr>())->value, 30);
        QCOMPARE(cancelled.size(), 0); // superseded jobs are dropped silently
    }

    void cancelStopsALongJob()
    {
        CountingLesson lesson;
        ComputeRunner runner(lesson);
        QSignalSpy cancelled(&runner, &ComputeRunner::cancelled);
        QSignalSpy slow(&runner, &ComputeRunner::slowJobStarted);
        QSignalSpy progress(&runner, &ComputeRunner::progressChanged);
        QElapsedTimer clock;
        clock.start();
        runner.request(withSteps(lesson, 100000));
        QVERIFY(slow.wait(3000 * gradus::test::timeFactor())); // a progress bar is due after half a second
        QVERIFY(!progress.isEmpty());
        runner.cancel();
        QVERIFY(cancelled.wait(3000 * gradus::test::timeFactor()));
        QVERIFY(clock.elapsed() < 10000 * gradus::test::timeFactor());
        QVERIFY(!runner.busy());
    }

    void failureIsAMessage()
    {
        CountingLesson lesson;
        ComputeRunner runner(lesson);
        QSignalSpy failed(&runner, &ComputeRunner::failed);
        runner.request(withSteps(lesson, 5, true));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed[0][0].toString(), QString("the input is bad"));
    }

    void destroyingARunnerWithAJobIsSafe()
    {
        CountingLesson lesson;
        auto runner = std::make_unique<ComputeRunner>(lesson);
        runner->request(withSteps(lesson, 100000));
        QTest::qWait(20);
        runner.reset(); // cancels and waits; must neither hang nor crash
    }
};

QTEST_GUILESS_MAIN(TestRunner)
#include "test_runner.moc"
