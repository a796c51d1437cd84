#pragma once

#include "core/linreg.h"
#include "linreg_lesson.h"
#include "views/lesson_figure.h"

namespace gradus {

class ChartPanel;
class FieldView;

// Loss landscape with the descent path (left), the data with the current line and the excess loss
// per step (right).
class LinRegFigure : public FigureOf<LinRegResult> {
    Q_OBJECT
public:
    explicit LinRegFigure(QWidget* parent = nullptr);


private:
    void showResult(const LinRegResult& result) override;
    void showFrameOf(const LinRegResult& result) override;
    QVector<QPointF> lineThrough(const core::Vec2& theta) const; // across the data's x range

    double xLow_ = 0, xHigh_ = 1;
    FieldView* landscape_;
    ChartPanel* scatter_;
    ChartPanel* lossChart_;
};

} // namespace gradus
