#pragma once

#include "views/lesson_figure.h"

namespace gradus {

class ChartPanel;
class FieldView;
struct PcaLdaResult;

// The two classes with PCA's and LDA's directions and a turning line onto which every point drops
// its perpendicular; the per-class histograms of both projections; the variance of the
// projections and the Fisher ratio against the turning line's angle.
class PcaLdaFigure : public LessonFigure {
    Q_OBJECT
public:
    explicit PcaLdaFigure(QWidget* parent = nullptr);

    void setResult(const ResultPtr& result) override;

private:
    void showFrame() override;

    std::shared_ptr<const PcaLdaResult> result_;
    FieldView* scatter_;
    ChartPanel* pcaHistogram_;
    ChartPanel* ldaHistogram_;
    ChartPanel* byAngle_;
};

} // namespace gradus
