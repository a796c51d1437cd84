#pragma once

#include "optimizers_lesson.h"
#include "views/lesson_figure.h"
#include "views/field_view.h"

namespace gradus {

class ChartPanel;
struct MethodRun;

// The contour map with every method's path (left); f − f* and ‖∇f‖ per iteration (right).
class OptimizersFigure : public FigureOf<OptimizersResult> {
    Q_OBJECT
public:
    explicit OptimizersFigure(QWidget* parent = nullptr);

    void freezeForExport(const LessonFigure* live) override;

private:
    void showResult(const OptimizersResult& result) override;
    void showFrameOf(const OptimizersResult& result) override;
    QVector<FieldShape> anatomyOverlay() const;
    static QString labelWithRate(const MethodRun& entry);

    FieldView* map_;
    class SurfaceView* surface_ = nullptr; // created on first use: it needs OpenGL
    ChartPanel* valueChart_;
    ChartPanel* gradientChart_;
};

} // namespace gradus
