#pragma once

#include "views/lesson_figure.h"

namespace gradus {

class ChartPanel;
struct DoubleDescentResult;

// The training points, the true function and the degree-D fit (left); train and test error against
// the degree with the interpolation threshold (top right); the coefficient norm (bottom right).
class DoubleDescentFigure : public LessonFigure {
    Q_OBJECT
public:
    explicit DoubleDescentFigure(QWidget* parent = nullptr);

    void setResult(const ResultPtr& result) override;

private:
    void showFrame() override;

    std::shared_ptr<const DoubleDescentResult> result_;
    ChartPanel* fit_;
    ChartPanel* error_;
    ChartPanel* norm_;
};

} // namespace gradus
