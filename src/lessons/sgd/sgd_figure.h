#pragma once

#include "sgd_lesson.h"
#include "views/lesson_figure.h"

namespace gradus {

class ChartPanel;
class FieldView;

// The loss over (w₁, w₂) with every method's path, the noise ball of constant-step SGD and, for
// plain SGD, the current mini-batch's own optimum that the step pulls toward (left); the data with
// that mini-batch highlighted (top right); the distance to w* and f − f*, averaged over runs.
class SgdFigure : public FigureOf<SgdResult> {
    Q_OBJECT
public:
    explicit SgdFigure(QWidget* parent = nullptr);


private:
    void showResult(const SgdResult& result) override;
    void showFrameOf(const SgdResult& result) override;
    int stochasticIndex() const; // the first plain-SGD method, whose mini-batches are shown; −1 if none

    FieldView* map_;
    ChartPanel* data_;
    ChartPanel* distance_;
    ChartPanel* loss_;
};

} // namespace gradus
