#pragma once

#include "mip_lesson.h"
#include "views/lesson_figure.h"

class QStackedLayout;

namespace gradus {

class FieldView;
class NumberTable;
class RelaxationPane;
class SolvePane;

// Two pages, one per kind of result: the collection as variables against constraints (log–log),
// easy / hard / open by colour and marker shape, the smallest hard and open instances named,
// clicking an instance shows its row; and the two-variable program with branch and bound.
class MipFigure : public FigureOf<MipResult, MipRelaxationResult, MipSolveResult> {
    Q_OBJECT
public:
    explicit MipFigure(QWidget* parent = nullptr);

private:
    void showResult(const std::shared_ptr<const MipResult>& result) override;
    void showResult(const std::shared_ptr<const MipRelaxationResult>& result) override;
    void showResult(const std::shared_ptr<const MipSolveResult>& result) override;
    void showFrameOf(const MipResult&) override {} // one picture
    void showFrameOf(const MipRelaxationResult& result) override;
    void showFrameOf(const MipSolveResult&) override {} // live while it solves, then one picture
    void showInstance(const MipResult& collection, int index);

    QStackedLayout* pages_;
    QWidget* miplibPage_;
    FieldView* scatter_;
    NumberTable* details_;
    RelaxationPane* relaxationPane_;
    SolvePane* solvePane_;
};

} // namespace gradus
