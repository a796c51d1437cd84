#pragma once

#include "training_lesson.h"
#include "views/lesson_figure.h"

namespace gradus {

class ChartPanel;

// Compare: the loss (training solid, test dashed) and the accuracy against epochs or training time, a
// marker at the frame's epoch. Sweep: the training loss and the test accuracy after the frame's epoch
// against the learning rate, one line per method.
class TrainingFigure : public FigureOf<TrainingResult> {
    Q_OBJECT
public:
    explicit TrainingFigure(QWidget* parent = nullptr);

private:
    void showResult(const TrainingResult& result) override;
    void showFrameOf(const TrainingResult& result) override;
    void showSweepFrame(const TrainingResult& result);

    ChartPanel* loss_;
    ChartPanel* accuracy_;
};

} // namespace gradus
