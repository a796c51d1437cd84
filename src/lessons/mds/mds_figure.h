#pragma once

#include "mds_lesson.h"
#include "views/lesson_figure.h"

namespace gradus {

class ChartPanel;
class FieldView;
class NumberTable;

// One map per method (or all on one), laid over the true positions with error segments and city
// names; the objective against operations spent; the seed's table for 6, 15 and 34 cities.
class MdsFigure : public FigureOf<MdsResult> {
    Q_OBJECT
public:
    explicit MdsFigure(QWidget* parent = nullptr);


private:
    void showResult(const MdsResult& result) override;
    void showFrameOf(const MdsResult& result) override;
    FieldView* map(int index);

    QVector<FieldView*> maps_;
    ChartPanel* loss_;
    NumberTable* table_;
    QWidget* mapsArea_;
};

} // namespace gradus
