#pragma once

#include "views/lesson_figure.h"

namespace gradus {

class ChartPanel;
class FieldView;
struct NewtonResult;

// 2D: −∇f and −H⁻¹∇f direction fields over the Hessian's signature (side by side or overlaid),
// with both paths. 1D: f with the iterates and the tangent parabola of the current one; |f − f*|.
class NewtonFigure : public LessonFigure {
    Q_OBJECT
public:
    explicit NewtonFigure(QWidget* parent = nullptr);

    void setResult(const ResultPtr& result) override;

private:
    void showResult2D();
    void showResult1D();
    void showFrame() override;

    std::shared_ptr<const NewtonResult> result_;
    FieldView* gradientMap_;
    FieldView* newtonMap_;
    ChartPanel* function1D_;
    ChartPanel* error1D_;
};

} // namespace gradus
