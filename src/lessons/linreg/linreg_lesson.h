#pragma once
// Lesson `linreg`: gradient descent for two-parameter linear regression — the data with the
// current line, the loss landscape over (w, b) with the descent path, and L − L* per step.

#include "core/linreg.h"
#include "framework/lesson.h"

#include <memory>

namespace gradus {

struct LinRegResult : LessonResult {
    core::XYData data;                  // as loaded or generated (original x)
    bool standardized = false;
    core::Standardization standardization;
    std::shared_ptr<const core::LinRegProblem> problem; // on the (possibly standardized) x
    core::DescentPath path;
    double learningRate = 0;
    QString dataSource;                 // file name, or empty for generated data
    bool showDirections = false;        // draw the field of −∇L directions on the map

    int frameCount() const override { return int(path.points.size()); }
    // y of the model with parameters theta at the original x.
    double predict(const core::Vec2& theta, double x) const;
};

class LinRegLesson : public LessonOf<LinRegResult> {
    Q_DECLARE_TR_FUNCTIONS(gradus::LinRegLesson)

public:
    LinRegLesson();

    QString id() const override { return QStringLiteral("linreg"); }
    QString title() const override;
    QString topic() const override;
    QString summary() const override;
    QList<LessonPreset> presets() const override;
    ResultPtr compute(const ParamValues& params, core::ComputeControl* control) const override;
    QJsonObject toJson(const LinRegResult& result, int frame) const override;
    LessonFigure* createFigure(QWidget* parent) const override;
};

} // namespace gradus
