#pragma once

#include "line_search_lesson.h"
#include "views/lesson_figure.h"

namespace gradus {

class ChartPanel;
class FieldView;

// On an interval: φ with every method's interval and the points it tried at this iteration, the intervals'
// lengths against the calls, and the calls each method needs for a tolerance. Along a direction: φ with the
// sufficient-decrease line and the α the conditions accept, backtracking's and the Wolfe search's trials;
// φ′ with the curvature condition's band. On a surface: one map per step rule with its descent so far, and
// f(x_k) − f* of all three against k.
class LineSearchFigure : public FigureOf<LineSearchLessonResult> {
    Q_OBJECT
public:
    explicit LineSearchFigure(QWidget* parent = nullptr);

private:
    void showResult(const LineSearchLessonResult& result) override;
    void showFrameOf(const LineSearchLessonResult& result) override;
    void showExact(const LineSearchLessonResult& result);
    void showInexact(const LineSearchLessonResult& result);
    void showDescent(const LineSearchLessonResult& result);
    void showDescentFrame(const LineSearchLessonResult& result);

    ChartPanel* function_;
    ChartPanel* lengths_;
    ChartPanel* sweep_;
    ChartPanel* slope_;
    QWidget* mapsArea_;
    QVector<FieldView*> maps_; // fixed step, backtracking, exact
    ChartPanel* progress_;
    int fixedSeries_ = 0; // series of function_ that stay from frame to frame
    QVector<double> barLevels_; // on an interval: the height of each method's bar
};

} // namespace gradus
