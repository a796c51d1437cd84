#pragma once

#include "acceleration_lesson.h"
#include "views/lesson_figure.h"

namespace gradus {

class ChartPanel;
class FieldView;

// Counterexample: f with the points each method visited so far and, under it, heavy ball's cycling starts;
// the phase plot (x_{k−1}, x_k), where a cycle of period 3 is a triangle; f(x_k) against k. Against κ: the
// map of ½(x² + κy²) with the paths at the frame's κ, the iterations to ε against κ (log–log) with the
// slopes 1 and ½ drawn, and the errors at that κ. Flow: gradient descent's steps and the gradient flow's
// trajectory on the level ellipses, and both values against t = kα. Chebyshev: the paths on the map, the
// residual polynomials |P_k(λ)| on [μ, L] at the frame's k, and the errors against k with the Chebyshev and
// gradient bounds. Lower bound: the coordinates of x_k (zero beyond the k-th) beside x*, and f(x_k) − f*
// against k above the floor no first-order method can pass.
QColor accelerationMethodColor(const QString& key);

class AccelerationFigure : public FigureOf<AccelerationResult> {
    Q_OBJECT
public:
    explicit AccelerationFigure(QWidget* parent = nullptr);

private:
    void showResult(const AccelerationResult& result) override;
    void showFrameOf(const AccelerationResult& result) override;
    void showCounterexample(const AccelerationResult& result);
    void showSweep(const AccelerationResult& result);
    void showFlow(const AccelerationResult& result);
    void showFlowFrame(const AccelerationResult& result);
    void showChebyshev(const AccelerationResult& result);
    void showChebyshevFrame(const AccelerationResult& result);
    void showLowerBound(const AccelerationResult& result);
    void showLowerBoundFrame(const AccelerationResult& result);

    ChartPanel* function_;
    ChartPanel* phase_;
    ChartPanel* values_;
    FieldView* map_;
    ChartPanel* iterations_;
    ChartPanel* errors_;
    FieldView* flowMap_;
    ChartPanel* flowValues_;
    FieldView* chebyshevMap_;
    ChartPanel* polynomials_;
    ChartPanel* chebyshevErrors_;
    ChartPanel* coordinates_;
    ChartPanel* gaps_;
    int fixedSeries_ = 0; // of function_ and phase_, before the per-method ones
};

} // namespace gradus
