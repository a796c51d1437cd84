#pragma once

#include "pca_lda_lesson.h"
#include "views/lesson_figure.h"

namespace gradus {

class ChartPanel;
class FieldView;

// The two classes with PCA's and LDA's directions and a turning line onto which every point drops
// its perpendicular; the per-class histograms of both projections; the variance of the
// projections and the Fisher ratio against the turning line's angle.
class PcaLdaFigure : public FigureOf<PcaLdaResult> {
    Q_OBJECT
public:
    explicit PcaLdaFigure(QWidget* parent = nullptr);


private:
    void showResult(const PcaLdaResult& result) override;
    void showFrameOf(const PcaLdaResult& result) override;

    FieldView* scatter_;
    ChartPanel* pcaHistogram_;
    ChartPanel* ldaHistogram_;
    ChartPanel* byAngle_;
};

} // namespace gradus
