#pragma once

#include "views/lesson_figure.h"

namespace gradus {

class ChartPanel;
class FieldView;
struct SgdResult;

// The loss over (w₁, w₂) with every method's path, the noise ball of constant-step SGD and, for
// plain SGD, the current mini-batch's own optimum that the step pulls toward (left); the data with
// that mini-batch highlighted (top right); the distance to w* and f − f*, averaged over runs.
class SgdFigure : public LessonFigure {
    Q_OBJECT
public:
    explicit SgdFigure(QWidget* parent = nullptr);

    void setResult(const ResultPtr& result) override;

private:
    void showFrame() override;
    int stochasticIndex() const; // the first plain-SGD method, whose mini-batches are shown; −1 if none

    std::shared_ptr<const SgdResult> result_;
    FieldView* map_;
    ChartPanel* data_;
    ChartPanel* distance_;
    ChartPanel* loss_;
};

} // namespace gradus
