#pragma once
// Lesson `sgd`: why SGD with a constant step does not converge on linear regression — each step
// pulls toward its own mini-batch's optimum, so the iterate settles in a "noise ball" around w* —
// and what fixes it: decreasing steps, bigger batches, variance reduction (SAG, SVRG, SAGA).

#include "core/optim/stochastic.h"
#include "framework/lesson.h"

namespace gradus {

struct SgdMethodRun {
    QString id;    // CLI name
    QString label; // legend
    QString shortLabel; // chart legend
    core::StochasticMethod method;
    int batch = 1;
    core::StochasticRun run;                      // seed 0: the path on the map
    std::vector<double> meanDistance, meanLoss;   // averaged over the seeds, per iteration
};

struct SgdResult : LessonResult {
    core::LeastSquares2 problem;
    core::Vec2 optimum{0, 0};
    QVector<SgdMethodRun> methods;
    double lr = 0.1;
    int seeds = 1;
    bool perEvaluation = true; // the chart's x axis: gradient evaluations (true) or iterations
    double noiseBallRadius = 0; // √E‖w − w*‖² for constant-step SGD (0 when it is not shown)
    QString dataSource;

    int frameCount() const override;
};

class SgdLesson : public LessonOf<SgdResult> {
    Q_DECLARE_TR_FUNCTIONS(gradus::SgdLesson)

public:
    SgdLesson();

    QString id() const override { return QStringLiteral("sgd"); }
    QString title() const override;
    QString topic() const override;
    QString summary() const override;
    QList<LessonPreset> presets() const override;
    ResultPtr compute(const ParamValues& params, core::ComputeControl* control) const override;
    QJsonObject toJson(const SgdResult& result, int frame) const override;
    LessonFigure* createFigure(QWidget* parent) const override;
};

} // namespace gradus
