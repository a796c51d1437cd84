#pragma once

#include "cg_lesson.h"
#include "views/lesson_figure.h"

namespace gradus {

class ChartPanel;
class FieldView;

// 2D: steepest descent (and the constant-step methods) and CG with its conjugate diameters over the level
// ellipses. nD: the spectrum and the A-conjugacy of CG's directions. Both: the A-norm errors against the bounds.
class CgFigure : public FigureOf<CgResult> {
    Q_OBJECT
public:
    explicit CgFigure(QWidget* parent = nullptr);

private:
    void showResult(const CgResult& result) override;
    void showFrameOf(const CgResult& result) override;
    void showMaps(const CgResult& result);
    void showSpectrum(const CgResult& result);
    void showConjugacy(const CgResult& result);

    FieldView* steepestMap_;
    FieldView* cgMap_;
    ChartPanel* spectrum_;
    FieldView* conjugacy_;
    ChartPanel* errors_;
};

} // namespace gradus
