#pragma once

#include "double_descent_lesson.h"
#include "views/lesson_figure.h"

namespace gradus {

class ChartPanel;

// The training points, the true function and the degree-D fit (left); train and test error against
// the degree with the interpolation threshold (top right); the coefficient norm (bottom right).
class DoubleDescentFigure : public FigureOf<DoubleDescentResult> {
    Q_OBJECT
public:
    explicit DoubleDescentFigure(QWidget* parent = nullptr);


private:
    void showResult(const DoubleDescentResult& result) override;
    void showFrameOf(const DoubleDescentResult& result) override;

    ChartPanel* fit_;
    ChartPanel* error_;
    ChartPanel* norm_;
};

} // namespace gradus
