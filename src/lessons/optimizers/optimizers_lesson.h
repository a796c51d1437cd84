#pragma once
// Lesson `optimizers`: first-order, second-order, quasi-Newton and derivative-free methods racing
// on a 2D test function — paths on the contour map, f − f* and ‖∇f‖ per iteration.

#include "core/functions/test_functions.h"
#include "core/optim/run.h"
#include "framework/lesson.h"

#include <QColor>

#include <memory>

namespace gradus {

struct MethodRun {
    QString name;       // as on the CLI: "adam"
    QString label;      // translated: "Adam"
    QColor color;
    double learningRate = 0;
    QString schedule;   // "constant", "step", "cosine", "warmup"
    core::Hyperparameters hyper;
    bool usesLearningRate = true;
    bool tuned = false;
    std::vector<std::pair<double, double>> tuning; // (learning rate, final f) of every rate tried
    core::Trajectory run;
};

struct OptimizersResult : LessonResult {
    std::shared_ptr<const core::TestFunction> function;
    QString functionLabel; // translated, or the user's formula
    std::vector<MethodRun> runs;
    int iterations = 0;
    QString anatomyMethod; // whose steps to take apart on the map; empty for none
    bool surface = false;  // show the 3D surface instead of the contour map
    bool wireframe = false;
    double gradientNoise = 0; // σ of the Gaussian noise on every gradient the methods see

    int frameCount() const override { return iterations + 1; }
};

class OptimizersLesson : public LessonOf<OptimizersResult> {
    Q_DECLARE_TR_FUNCTIONS(gradus::OptimizersLesson)

public:
    OptimizersLesson();

    QString id() const override { return QStringLiteral("optimizers"); }
    QString title() const override;
    QString topic() const override;
    QString summary() const override;
    QList<LessonPreset> presets() const override;
    ResultPtr compute(const ParamValues& params, core::ComputeControl* control) const override;
    QJsonObject toJson(const OptimizersResult& result, int frame) const override;
    LessonFigure* createFigure(QWidget* parent) const override;
    bool needsOpenGL(const ParamValues& params) const override { return params.text("view") == u"surface"; }

    // Translated name and fixed colour of a method, the same in every run and export.
    static QString methodLabel(const QString& method);
    static QColor methodColor(const QString& method);
    // The learning rates "tune" tries: a log grid from 1e-5 to 1, four per decade.
    static std::vector<double> tuningGrid();

};

} // namespace gradus
