#pragma once

#include "rotations_lesson.h"
#include "views/lesson_figure.h"

#include <memory>

namespace Qt3DCore {
class QTransform;
}

namespace gradus {

class ColoredMesh;
class FieldView;
class MatrixStrip;
class SceneView;

// Two 3D panes, the same aircraft turned by A then B and by B then A; a plane pane where the two
// orders coincide; the matrices A, B, AB, BA and ‖AB − BA‖.
class RotationsFigure : public FigureOf<RotationsResult> {
    Q_OBJECT
public:
    explicit RotationsFigure(QWidget* parent = nullptr);
    ~RotationsFigure() override;

    void freezeForExport(const LessonFigure* live) override;

private:
    void showResult(const RotationsResult& result) override;
    void showFrameOf(const RotationsResult& result) override;

    SceneView* scenes_[2];
    Qt3DCore::QTransform* bodies_[2];
    std::unique_ptr<ColoredMesh> worldAxes_[2];
    FieldView* plane_;
    MatrixStrip* matrices_;
};

} // namespace gradus
