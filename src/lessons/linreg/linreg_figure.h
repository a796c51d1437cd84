#pragma once

#include "core/linreg.h"
#include "views/lesson_figure.h"

namespace gradus {

class ChartPanel;
class FieldView;
struct LinRegResult;

// Loss landscape with the descent path (left), the data with the current line and the excess loss
// per step (right).
class LinRegFigure : public LessonFigure {
    Q_OBJECT
public:
    explicit LinRegFigure(QWidget* parent = nullptr);

    void setResult(const ResultPtr& result) override;

private:
    void showFrame() override;
    QVector<QPointF> lineThrough(const core::Vec2& theta) const; // across the data's x range

    std::shared_ptr<const LinRegResult> result_;
    double xLow_ = 0, xHigh_ = 1;
    FieldView* landscape_;
    ChartPanel* scatter_;
    ChartPanel* lossChart_;
};

} // namespace gradus
