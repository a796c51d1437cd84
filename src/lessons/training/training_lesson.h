#pragma once
// Lesson `training`: the landscape lesson's networks on Fashion-MNIST trained with SGD, heavy-ball momentum,
// Nesterov, Adam, AdamW and Lion from the same initial weights on the same batches: the training and test
// loss and accuracy against epochs or against training time; and a learning-rate sweep per method (the loss
// after the frame's epoch against the learning rate, on log axes). Runs are cached on disk and drawn as they
// come.

#include "core/models/training.h"
#include "framework/lesson.h"

#include <QCoreApplication>

#include <vector>

namespace gradus {

// One method trained with one learning rate.
struct TrainingCurve {
    QString method; // sgd, momentum, nesterov, adam, adamw, lion
    double lr = 0;
    std::vector<core::models::EpochRecord> history; // epoch 0 (before training) … the last
    bool diverged = false;
    bool fromCache = false;
};

enum class TrainingMode { Compare, Sweep };

struct TrainingResult : LessonResult {
    TrainingMode mode = TrainingMode::Compare;
    bool againstSeconds = false; // compare: the x axis is the training time, not the epoch
    QString modelName, dataSource;
    int trainSize = 0, testSize = 0, epochs = 0, batch = 0;
    bool fullDataMissing = false, sizesReduced = false;
    std::vector<TrainingCurve> runs; // compare: one per method; sweep: per method, its learning rates ascending
    bool complete = false;           // false in the snapshots drawn while training

    int frameCount() const override { return epochs + 1; }
    QString notice() const override;
    // The record of a run at the frame's epoch (its last one if it diverged earlier).
    static const core::models::EpochRecord& recordAt(const TrainingCurve& run, int frame);
};

class TrainingLesson : public LessonOf<TrainingResult> {
    Q_DECLARE_TR_FUNCTIONS(gradus::TrainingLesson)

public:
    TrainingLesson();

    QString id() const override { return QStringLiteral("training"); }
    QString title() const override;
    QString topic() const override;
    QString summary() const override;
    QList<LessonPreset> presets() const override;
    ResultPtr compute(const ParamValues& params, core::ComputeControl* control) const override;
    QJsonObject toJson(const TrainingResult& result, int frame) const override;
    LessonFigure* createFigure(QWidget* parent) const override;
    // Two epochs on 100 + 100 images and two learning rates: every setting in seconds.
    QuickRun quickRun() const override
    {
        return {.caps = {"epochs=2", "train_size=100", "test_size=100", "lr_points=2"}, .smallerInputs = {}};
    }

    // sgd, momentum, nesterov, adam, adamw, lion → "SGD", … (translated)
    static QString methodName(const QString& key);
    // The sweep's learning rates around `centre`: `points` values evenly spaced in log over `decades`.
    static std::vector<double> sweepRates(double centre, int points, double decades);
};

} // namespace gradus
