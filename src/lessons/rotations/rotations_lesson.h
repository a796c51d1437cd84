#pragma once
// Lesson `rotations`: AB ≠ BA made visible — an aircraft turned first by A then by B beside the same
// aircraft turned by B then A (Qt 3D), while in the plane two rotations commute; the matrices and
// ‖AB − BA‖.

#include "core/geometry/rotation.h"
#include "framework/lesson.h"

namespace gradus {

struct RotationStep {
    core::Vec3 axis{1, 0, 0};
    double radians = 0;
    QString label; // "90° about x"
};

struct RotationsResult : LessonResult {
    RotationStep a, b;
    double planeA = 0, planeB = 0; // radians
    int steps = 60;                // frames per rotation
    bool showPlane = true;

    int frameCount() const override { return 2 * steps + 1; }
    QString frameLabel(int frame) const override;
    // How far along the first and the second rotation a frame is (0 … 1 each).
    std::pair<double, double> progress(int frame) const;
    core::Mat3 matrixA() const { return core::rotationAbout(a.axis, a.radians); }
    core::Mat3 matrixB() const { return core::rotationAbout(b.axis, b.radians); }
    // The orientation at `frame` when A comes first (ends at BA) or B does (ends at AB).
    core::Mat3 aThenB(int frame) const;
    core::Mat3 bThenA(int frame) const;
};

class RotationsLesson : public LessonOf<RotationsResult> {
    Q_DECLARE_TR_FUNCTIONS(gradus::RotationsLesson)

public:
    RotationsLesson();

    QString id() const override { return QStringLiteral("rotations"); }
    QString title() const override;
    QString topic() const override;
    QString summary() const override;
    QList<LessonPreset> presets() const override;
    ResultPtr compute(const ParamValues& params, core::ComputeControl* control) const override;
    QJsonObject toJson(const RotationsResult& result, int frame) const override;
    LessonFigure* createFigure(QWidget* parent) const override;
    bool needsOpenGL(const ParamValues&) const override { return true; }
    QSize preferredFigureSize() const override { return {1600, 900}; }

private:
    RotationStep stepFrom(const ParamValues& params, const QString& prefix) const;
};

} // namespace gradus
