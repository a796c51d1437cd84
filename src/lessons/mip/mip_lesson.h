#pragma once
// Lesson `mip` (first part of issue 10): the unpredictable difficulty of mixed-integer programs — the
// MIPLIB 2017 collection as variables against constraints, easy / hard / open, where some tiny
// instances are unsolved and some huge ones are easy.

#include "framework/lesson.h"
#include "io/miplib_table.h"
#include "mip_relaxation.h"
#include "mip_solve.h"

namespace gradus {

struct MipResult : LessonResult {
    QVector<MiplibInstance> instances; // after the filters
    int total = 0;                     // before them
    int counts[3] = {0, 0, 0};         // easy, hard, open among the shown
    QVector<int> highlighted;          // indices into instances: the smallest hard and open ones
    QString source, filter;
};

// Three views, three kinds of result: the collection, the two-variable relaxation, a CBC solve.
class MipLesson : public LessonOf<MipResult, MipRelaxationResult, MipSolveResult> {
    Q_DECLARE_TR_FUNCTIONS(gradus::MipLesson)

public:
    MipLesson();

    QString id() const override { return QStringLiteral("mip"); }
    QString title() const override;
    QString topic() const override;
    QString summary() const override;
    QList<LessonPreset> presets() const override;
    ResultPtr compute(const ParamValues& params, core::ComputeControl* control) const override;
    LessonFigure* createFigure(QWidget* parent) const override;
    bool stopKeepsResult(const ParamValues& params) const override;
    // A solve stopped after a second is still a complete result (status "time_limit").
    QuickRun quickRun() const override
    {
        return {.caps = {"time_limit=1"}, .smallerInputs = {"knapsack_items=1000", "largest_m=3"}};
    }

protected:
    QJsonObject toJson(const MipResult& result, int frame) const override;
    QJsonObject toJson(const MipRelaxationResult& result, int frame) const override { return MipRelaxation::json(result, frame); }
    QJsonObject toJson(const MipSolveResult& result, int) const override { return MipSolve::json(result); }
};

} // namespace gradus
