#pragma once

#include "newton_lesson.h"
#include "views/lesson_figure.h"

namespace gradus {

class ChartPanel;
class FieldView;

// 2D: −∇f and −H⁻¹∇f direction fields over the Hessian's signature (side by side or overlaid),
// with both paths, or one field turning from the ideal direction into −∇f and −H⁻¹∇f. 1D: f with the iterates and the tangent parabola of the current one; |f − f*|.
class NewtonFigure : public FigureOf<NewtonResult> {
    Q_OBJECT
public:
    explicit NewtonFigure(QWidget* parent = nullptr);


private:
    void showResult2D();
    void showResult1D();
    void showMorphResult();
    void showMorphFrame();
    void showResult(const NewtonResult& result) override;
    void showFrameOf(const NewtonResult& result) override;

    FieldView* gradientMap_;
    FieldView* newtonMap_;
    ChartPanel* function1D_;
    ChartPanel* error1D_;
};

} // namespace gradus
