#pragma once
// Lesson `regularization`: why an L1 constraint gives sparse solutions and an L2 one does not —
// least squares over the diamond and over the disc as the data's true weights sweep a circle, with
// the share of frames whose solution has a zero coordinate — and the Lasso and Ridge coefficient
// paths on real data, where Lasso's coefficients reach exactly zero one by one.

#include "core/regression/regularization.h"
#include "framework/lesson.h"

namespace gradus {

struct ConstrainedFrame {
    core::LeastSquares2D loss;
    core::Vec2 truth{0, 0}, unconstrained{0, 0}, l1{0, 0}, l2{0, 0};
    double designAngle = 0; // degrees the design is turned by in this frame (the notebook's motion)
    bool sparseL1 = false, sparseL2 = false;
    int sparseL1SoFar = 0, sparseL2SoFar = 0; // frames 0 … this one with a sparse solution
};

struct RegularizationResult : LessonResult {
    bool pathMode = false;
    // Constraint mode.
    core::DesignWithNoise design;
    double radius = 1;
    QVector<ConstrainedFrame> frames;
    QString dataSource; // the CSV's name, empty for generated data
    // Path mode.
    QStringList featureNames;
    core::CoefficientPath lasso, ridge;

    int frameCount() const override { return pathMode ? int(lasso.penalties.size()) : int(frames.size()); }
    QString frameLabel(int frame) const override;
};

class RegularizationLesson : public LessonOf<RegularizationResult> {
    Q_DECLARE_TR_FUNCTIONS(gradus::RegularizationLesson)

public:
    RegularizationLesson();

    QString id() const override { return QStringLiteral("regularization"); }
    QString title() const override;
    QString topic() const override;
    QString summary() const override;
    QList<LessonPreset> presets() const override;
    ResultPtr compute(const ParamValues& params, core::ComputeControl* control) const override;
    QJsonObject toJson(const RegularizationResult& result, int frame) const override;
    LessonFigure* createFigure(QWidget* parent) const override;
};

// A coordinate counts as zero when it is within 1e-12 of it (the 2D solver's corners are exact).
bool isSparse(const core::Vec2& w);

} // namespace gradus
