#pragma once

#include "views/lesson_figure.h"

class QStackedLayout;

namespace gradus {

class FieldView;
class NumberTable;
class RelaxationPane;
class SolvePane;
struct MipResult;
struct MipRelaxationResult;

// Two pages, one per kind of result: the collection as variables against constraints (log–log),
// easy / hard / open by colour and marker shape, the smallest hard and open instances named,
// clicking an instance shows its row; and the two-variable program with branch and bound.
class MipFigure : public LessonFigure {
    Q_OBJECT
public:
    explicit MipFigure(QWidget* parent = nullptr);

    void setResult(const ResultPtr& result) override;

private:
    void showFrame() override;
    void showMiplib();
    void showInstance(int index);

    std::shared_ptr<const MipResult> result_;
    std::shared_ptr<const MipRelaxationResult> relaxation_;
    QStackedLayout* pages_;
    QWidget* miplibPage_;
    FieldView* scatter_;
    NumberTable* details_;
    RelaxationPane* relaxationPane_;
    SolvePane* solvePane_;
};

} // namespace gradus
