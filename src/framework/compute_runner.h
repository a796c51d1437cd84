#pragma once
// Runs a lesson's compute() on a worker thread. A newer request supersedes the running one
// (which is asked to cancel and whose result is dropped), so the GUI never waits on stale work.

#include "lesson.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QTimer>

#include <memory>

namespace gradus {

class ComputeRunner : public QObject {
    Q_OBJECT
public:
    // Jobs that outlast this get a progress bar in the GUI.
    static constexpr int kSlowJobMilliseconds = 500;

    explicit ComputeRunner(const Lesson& lesson, QObject* parent = nullptr);
    ~ComputeRunner() override;

    void request(const ParamValues& params);
    void cancel();
    bool busy() const { return current_ != nullptr; }
    // Blocks until no job is running (for tests and shutdown).
    void waitForIdle();

signals:
    void slowJobStarted();             // a job has run for kSlowJobMilliseconds
    void progressChanged(double fraction);
    // A snapshot the running job published (see partial_result.h), at most every 100 ms.
    void partialResult(gradus::ResultPtr snapshot);
    void finished(gradus::ResultPtr result, double computeSeconds);
    void failed(const QString& message);
    void cancelled();
    void busyChanged(bool busy);

private:
    struct Job;
    void onJobDone(const std::shared_ptr<Job>& job);
    void pollProgress();

    const Lesson& lesson_;
    std::shared_ptr<Job> current_;
    QList<QFuture<void>> running_;
    QTimer progressTimer_;
    QTimer slowTimer_;
};

} // namespace gradus
