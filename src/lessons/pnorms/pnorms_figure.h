#pragma once

#include "pnorms_lesson.h"
#include "views/lesson_figure.h"

#include <memory>

namespace gradus {

class ColoredMesh;
class FieldView;
class SceneView;

// The unit ball in the plane (with the non-convexity proof below p = 1 and further p overlaid),
// the dual norm's ball beside it, and the unit sphere in space (Qt 3D).
class PnormsFigure : public FigureOf<PnormsResult> {
    Q_OBJECT
public:
    explicit PnormsFigure(QWidget* parent = nullptr);
    ~PnormsFigure() override;

    void freezeForExport(const LessonFigure* live) override;

private:
    void showResult(const PnormsResult& result) override;
    void showFrameOf(const PnormsResult& result) override;
    void ensureScene();
    void showBall3D(double p);

    FieldView* ball_;
    FieldView* dual_;
    SceneView* scene_ = nullptr;
    std::unique_ptr<ColoredMesh> axes_;
    std::unique_ptr<ColoredMesh> sphere_;
    double sphereP_ = -1;
};

} // namespace gradus
