#pragma once

#include "views/lesson_figure.h"

namespace gradus {

class ChartPanel;
class FieldView;
class NumberTable;
struct MdsResult;

// One map per method (or all on one), laid over the true positions with error segments and city
// names; the objective against operations spent; the seed's table for 6, 15 and 34 cities.
class MdsFigure : public LessonFigure {
    Q_OBJECT
public:
    explicit MdsFigure(QWidget* parent = nullptr);

    void setResult(const ResultPtr& result) override;

private:
    void showFrame() override;
    FieldView* map(int index);

    std::shared_ptr<const MdsResult> result_;
    QVector<FieldView*> maps_;
    ChartPanel* loss_;
    NumberTable* table_;
    QWidget* mapsArea_;
};

} // namespace gradus
