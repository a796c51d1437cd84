#pragma once

#include "quantization_lesson.h"
#include "views/lesson_figure.h"

namespace gradus {

class ChartPanel;
class ImageView;
class NumberTable;

// Top: X, the two parts U_k and Q₁V_kQ₂ᵀ after step k, and X stored at the chosen bits by Kashin +
// centroids, on one colour scale. Middle: histograms of the entries of X, U_k and V_k with their
// centroids. Bottom: the decomposition's steps, the error against bits per entry for the four ways
// of storing X (and, for a network's layer, the network's test accuracy with the layer stored each way),
// and the numbers at the chosen bits.
class QuantizationFigure : public FigureOf<QuantizationResult> {
    Q_OBJECT
public:
    explicit QuantizationFigure(QWidget* parent = nullptr);

private:
    void showResult(const QuantizationResult& result) override;
    void showFrameOf(const QuantizationResult& result) override;
    void showNumbers(const QuantizationResult& result);
    void showAccuracy(const QuantizationResult& result);

    ImageView* matrixX_;
    ImageView* partU_;
    ImageView* partV_;
    ImageView* stored_;
    ChartPanel* histogramX_;
    ChartPanel* histogramU_;
    ChartPanel* histogramV_;
    NumberTable* numbers_;
    ChartPanel* steps_;
    ChartPanel* errors_;
    ChartPanel* accuracy_; // a network's layer only
    float colorLimit_ = 1; // ± this many units are the saturated ends of the colour scale
    double histogramRange_ = 1;
};

} // namespace gradus
