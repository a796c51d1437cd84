#pragma once
// Lesson `cg`: conjugate gradients against steepest descent (and the constant-step methods) on a quadratic
// ½xᵀAx − bᵀx. In 2D, the course's picture: the paths over the level ellipses, steepest descent zig-zagging
// and CG done in two steps along conjugate diameters. In n dimensions, a spectrum the user picks: the
// A-norm errors against the textbook bounds, CG's finite termination and its clusters, and how rounding
// spoils the conjugacy of its directions.

#include "core/optim/quadratic_methods.h"
#include "framework/lesson.h"
#include "lessons/common/quadratic_method_names.h"

#include <QStringList>

#include <algorithm>

#include <vector>

namespace gradus {

// One method's run on the lesson's quadratic, with what the figure and the JSON show of it.
struct QuadraticMethodRun {
    QString key;  // the JSON's and the `methods` parameter's name: sd, cg, gd, heavy-ball, nesterov
    core::QuadraticMethod method;
    core::QuadraticRun run;
    std::vector<double> errorsA; // ‖x_k − x*‖_A for every point of the run
};

struct CgResult : LessonResult {
    bool twoDimensional = true;
    core::Quadratic problem;
    Eigen::VectorXd minimizer;
    std::vector<double> spectrum; // ascending
    double mu = 1, L = 1;         // the spectrum's extremes, which the constants and bounds use
    QString spectrumKind;
    int iterations = 0;
    int restartEvery = 0;
    std::vector<QuadraticMethodRun> runs;
    // CG's directions' A-conjugacy (core::conjugacyMatrix) for its first directions (at most kConjugacyShown).
    Eigen::MatrixXd conjugacy;

    double kappa() const { return L / mu; }
    // How many of CG's directions the conjugacy shows at `frame`, and the largest |C_ij|, i ≠ j, among them.
    int conjugacyShown(int frame) const { return std::clamp(frame, 0, int(conjugacy.rows())); }
    double worstConjugacy(int shown) const
    {
        const Eigen::MatrixXd block = conjugacy.topLeftCorner(shown, shown);
        return shown > 1 ? (block - Eigen::MatrixXd(block.diagonal().asDiagonal())).cwiseAbs().maxCoeff() : 0.0;
    }
    const QuadraticMethodRun* find(const QString& key) const;
    int frameCount() const override { return iterations + 1; }
};

class CgLesson : public LessonOf<CgResult> {
    Q_DECLARE_TR_FUNCTIONS(gradus::CgLesson)

public:
    CgLesson();

    QString id() const override { return QStringLiteral("cg"); }
    QString title() const override;
    QString topic() const override;
    QString summary() const override;
    QList<LessonPreset> presets() const override;
    ResultPtr compute(const ParamValues& params, core::ComputeControl* control) const override;
    QJsonObject toJson(const CgResult& result, int frame) const override;
    LessonFigure* createFigure(QWidget* parent) const override;

    // The conjugacy matrix is k × k for k directions: beyond this many the picture and the JSON would
    // only grow, not show more.
    static constexpr int kConjugacyShown = 300;
    // "Steps to tolerance": the first k with ‖x_k − x*‖_A ≤ this × ‖x₀ − x*‖_A.
    static constexpr double kRelativeTolerance = 1e-6;
};

} // namespace gradus
