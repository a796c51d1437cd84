#pragma once
// Lesson `double-descent`: minimum-norm polynomial regression on Chebyshev features, degree by
// degree — train and test error fall, explode at the interpolation threshold D + 1 = n_train, and
// fall again; the coefficient norm explains the peak. The degree is the player's frame.

#include "core/regression/double_descent.h"
#include "framework/lesson.h"

#include <functional>

namespace gradus {

struct DoubleDescentResult : LessonResult {
    std::vector<double> xTrain, yTrain, xTest, yTest;
    core::regression::DoubleDescentCurve curve;
    std::function<double(double)> truth; // the noiseless function; empty for the user's data
    QString dataSource;
    double ridge = 0;

    int frameCount() const override { return int(curve.degrees.size()); }
    QString frameLabel(int frame) const override;
    int threshold() const { return int(xTrain.size()) - 1; } // the degree where D + 1 = n_train
};

class DoubleDescentLesson : public LessonOf<DoubleDescentResult> {
    Q_DECLARE_TR_FUNCTIONS(gradus::DoubleDescentLesson)

public:
    DoubleDescentLesson();

    QString id() const override { return QStringLiteral("double-descent"); }
    QString title() const override;
    QString topic() const override;
    QString summary() const override;
    QList<LessonPreset> presets() const override;
    QString frameParameter() const override { return QStringLiteral("degree"); }
    ResultPtr compute(const ParamValues& params, core::ComputeControl* control) const override;
    QJsonObject toJson(const DoubleDescentResult& result, int frame) const override;
    LessonFigure* createFigure(QWidget* parent) const override;
};

} // namespace gradus
