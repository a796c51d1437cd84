#pragma once

#include "views/lesson_figure.h"

namespace gradus {

class ChartPanel;
class FieldView;
class SurfaceView;
struct LandscapeResult;

// Four maps of the loss landscape (rows: without and with dropout; columns: train and test) on one
// colour scale, the training curves, and the loss along a line through the trained weights.
class LandscapeFigure : public LessonFigure {
    Q_OBJECT
public:
    explicit LandscapeFigure(QWidget* parent = nullptr);

    void setResult(const ResultPtr& result) override;
    void freezeForExport(const LessonFigure* live) override;

private:
    void showFrame() override {}
    enum class Arrangement { Maps, Surfaces, Lines };
    void arrange(Arrangement arrangement);

    std::shared_ptr<const LandscapeResult> result_;
    FieldView* maps_[2][2];
    SurfaceView* surfaces_[2] = {nullptr, nullptr}; // made on first use: Qt 3D needs OpenGL
    ChartPanel* history_;
    ChartPanel* line_;
    ChartPanel* interpolation_; // the 1D view only
};

} // namespace gradus
