#pragma once

#include "landscape_lesson.h"
#include "views/lesson_figure.h"

namespace gradus {

class ChartPanel;
class FieldView;
class SurfaceView;

// Four maps of the loss landscape (rows: without and with dropout; columns: train and test) on one
// colour scale (around the trained or the initial weights, or on the plane of the training path),
// the training curves, and the loss along a line through the centre of the maps.
class LandscapeFigure : public FigureOf<LandscapeResult> {
    Q_OBJECT
public:
    explicit LandscapeFigure(QWidget* parent = nullptr);

    void freezeForExport(const LessonFigure* live) override;

private:
    void showResult(const LandscapeResult& result) override;
    void showFrameOf(const LandscapeResult&) override {} // one picture: no frames
    enum class Arrangement { Maps, Surfaces, Lines };
    void arrange(Arrangement arrangement);
    void showPlane(FieldView* map, const LandscapeResult& result, int model);

    FieldView* maps_[2][2];
    SurfaceView* surfaces_[2] = {nullptr, nullptr}; // made on first use: Qt 3D needs OpenGL
    ChartPanel* history_;
    ChartPanel* line_;
    ChartPanel* interpolation_; // the 1D view only
};

} // namespace gradus
