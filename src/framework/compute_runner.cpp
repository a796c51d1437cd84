#include "compute_runner.h"

#include "background_pool.h"
#include "core/compute_control.h"
#include "errors.h"
#include "partial_result.h"

#include <QPointer>
#include <QtConcurrent>

#include <atomic>
#include <mutex>

namespace gradus {

struct ComputeRunner::Job : core::ComputeControl, PartialResultSink {
    std::atomic<bool> cancel{false};
    std::atomic<int> progressPermille{0};
    // Written by the worker before it posts completion; read on the GUI thread afterwards.
    ResultPtr result;
    QString error;
    bool wasCancelled = false;
    double seconds = 0;

    std::mutex partialMutex;
    ResultPtr partial; // the newest snapshot not yet shown

    bool cancelRequested() const override { return cancel.load(std::memory_order_relaxed); }
    void publishPartial(ResultPtr snapshot) override
    {
        const std::lock_guard<std::mutex> lock(partialMutex);
        partial = std::move(snapshot);
    }
    ResultPtr takePartial()
    {
        const std::lock_guard<std::mutex> lock(partialMutex);
        return std::exchange(partial, nullptr);
    }
    void reportProgress(double fraction) override
    {
        progressPermille.store(int(std::clamp(fraction, 0.0, 1.0) * 1000), std::memory_order_relaxed);
    }
};

ComputeRunner::ComputeRunner(const Lesson& lesson, QObject* parent) : QObject(parent), lesson_(lesson)
{
    progressTimer_.setInterval(100);
    connect(&progressTimer_, &QTimer::timeout, this, &ComputeRunner::pollProgress);
    slowTimer_.setSingleShot(true);
    slowTimer_.setInterval(kSlowJobMilliseconds);
    connect(&slowTimer_, &QTimer::timeout, this, [this] {
        if (current_)
            emit slowJobStarted();
    });
}

ComputeRunner::~ComputeRunner()
{
    // Receivers may already be half destroyed when the runner goes with its parent.
    blockSignals(true);
    cancel();
    waitForIdle();
}

void ComputeRunner::request(const ParamValues& params)
{
    const bool wasBusy = busy();
    if (current_)
        current_->cancel = true;
    auto job = std::make_shared<Job>();
    current_ = job;
    QPointer<ComputeRunner> self(this);
    const Lesson* lesson = &lesson_;
    running_.append(QtConcurrent::run(&backgroundPool(), [job, params, lesson, self] {
        QElapsedTimer clock;
        clock.start();
        try {
            job->result = lesson->compute(params, job.get());
        } catch (const core::Cancelled&) {
            job->wasCancelled = true;
        } catch (const GradusError& e) {
            job->error = e.message();
        } catch (const std::exception& e) {
            job->error = QString::fromUtf8(e.what());
        }
        job->seconds = clock.nsecsElapsed() * 1e-9;
        // The destructor waits for every job, so the runner outlives this call.
        QMetaObject::invokeMethod(self.data(), [self, job] {
            if (self)
                self->onJobDone(job);
        }, Qt::QueuedConnection);
    }));
    if (!wasBusy) {
        slowTimer_.start();
        progressTimer_.start();
        emit busyChanged(true);
    }
}

void ComputeRunner::cancel()
{
    if (current_)
        current_->cancel = true;
}

void ComputeRunner::waitForIdle()
{
    for (QFuture<void>& future : running_)
        future.waitForFinished();
    running_.clear();
    // Deliver the queued completions so that the state is final when this returns.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void ComputeRunner::onJobDone(const std::shared_ptr<Job>& job)
{
    running_.removeIf([](const QFuture<void>& future) { return future.isFinished(); });
    if (job != current_)
        return; // superseded: a newer request owns the display
    current_.reset();
    slowTimer_.stop();
    progressTimer_.stop();
    if (job->wasCancelled)
        emit cancelled();
    else if (!job->error.isEmpty())
        emit failed(job->error);
    else
        emit finished(job->result, job->seconds);
    emit busyChanged(false);
}

void ComputeRunner::pollProgress()
{
    if (!current_)
        return;
    emit progressChanged(current_->progressPermille.load(std::memory_order_relaxed) / 1000.0);
    if (ResultPtr snapshot = current_->takePartial())
        emit partialResult(snapshot);
}

} // namespace gradus
