#pragma once

#include "regularization_lesson.h"
#include "views/lesson_figure.h"

#include <QPointF>
#include <QVector>

namespace gradus {

class ChartPanel;
class FieldView;

// Constraint mode: the loss's level lines over the L1 diamond (left) and the L2 disc (right), the
// unconstrained solution moving along its path, the constrained solution red when sparse, and the
// level line through it (tangent to the ball). Path mode: Lasso and Ridge coefficients against α.
class RegularizationFigure : public FigureOf<RegularizationResult> {
    Q_OBJECT
public:
    explicit RegularizationFigure(QWidget* parent = nullptr);


private:
    void showResult(const RegularizationResult& result) override;
    void showFrameOf(const RegularizationResult& result) override;
    void showConstraint();
    void showPaths();

    FieldView* l1_;
    FieldView* l2_;
    ChartPanel* lasso_;
    ChartPanel* ridge_;
    QVector<QPointF> unconstrainedPath_; // ŵ over all frames, built once per result
};

} // namespace gradus
