#pragma once

#include "eigenimages_lesson.h"
#include "views/lesson_figure.h"

QT_BEGIN_NAMESPACE
class QFrame;
class QLabel;
QT_END_NAMESPACE

namespace gradus {

class ChartPanel;
class ImageView;

// Mean picture | the leading components as a grid (diverging map) | the chosen picture and its
// rebuild from k components; explained variance (each and cumulative) with k marked; the set on
// PC1/PC2 coloured by class, where a click picks the picture to rebuild.
class EigenimagesFigure : public FigureOf<EigenimagesResult> {
    Q_OBJECT
public:
    explicit EigenimagesFigure(QWidget* parent = nullptr);


protected:
    void leaveEvent(QEvent* event) override;

private:
    void showResult(const EigenimagesResult& result) override;
    void showFrameOf(const EigenimagesResult& result) override;
    void connectScatter();

    std::vector<int> shownSamples_; // the samples drawn on the scatter (a subsample of big sets)
    ImageView* mean_;
    ImageView* grid_;
    ImageView* original_;
    ImageView* rebuilt_;
    ChartPanel* variance_;
    ChartPanel* scatter_;
    QFrame* hoverBox_;    // the hovered picture, beside the cursor
    QLabel* hoverPicture_;
    QLabel* hoverCaption_;
};

} // namespace gradus
