#pragma once

#include "views/lesson_figure.h"
#include "views/field_view.h"

namespace gradus {

class ChartPanel;
struct MethodRun;
struct OptimizersResult;

// The contour map with every method's path (left); f − f* and ‖∇f‖ per iteration (right).
class OptimizersFigure : public LessonFigure {
    Q_OBJECT
public:
    explicit OptimizersFigure(QWidget* parent = nullptr);

    void setResult(const ResultPtr& result) override;
    void freezeForExport(const LessonFigure* live) override;

private:
    void showFrame() override;
    QVector<FieldShape> anatomyOverlay() const;
    static QString labelWithRate(const MethodRun& entry);

    std::shared_ptr<const OptimizersResult> result_;
    FieldView* map_;
    class SurfaceView* surface_ = nullptr; // created on first use: it needs OpenGL
    ChartPanel* valueChart_;
    ChartPanel* gradientChart_;
};

} // namespace gradus
