#pragma once
// Lesson `newton`: Newton's method against gradient descent. In 2D, the direction fields of −∇f and
// −H⁻¹∇f over a map of the Hessian's signature (Newton points to maxima and saddles where H is not
// positive definite); in 1D, the iterates with their tangent parabolas.

#include "core/functions/functions_1d.h"
#include "core/functions/test_functions.h"
#include "core/optim/direction_morph.h"
#include "core/optim/run.h"
#include "framework/lesson.h"

#include <memory>

namespace gradus {

enum class HessianClass { PositiveDefinite = 0, Indefinite = 1, NegativeDefinite = 2, Singular = 3 };
HessianClass classifyHessian(const core::Sym2& h);

struct NewtonResult : LessonResult {
    bool oneDimensional = false;
    int iterations = 0;
    // 2D
    std::shared_ptr<const core::TestFunction> function;
    QString functionLabel;
    core::Trajectory gradientDescent, newton;
    double learningRate = 0;
    bool overlaid = false;
    // The turning field (layout=morph): what the ideal direction points at, and the frames of each stage.
    std::vector<core::Vec2> morphTargets;
    int framesPerMorphStage = 0;
    bool morphing() const { return framesPerMorphStage > 0; }
    // 1D
    std::shared_ptr<const core::Function1D> function1D;
    core::Newton1DRun newton1D;

    int frameCount() const override
    {
        return morphing() ? core::kMorphSegments * framesPerMorphStage : iterations + 1;
    }
};

class NewtonLesson : public LessonOf<NewtonResult> {
    Q_DECLARE_TR_FUNCTIONS(gradus::NewtonLesson)

public:
    NewtonLesson();

    QString id() const override { return QStringLiteral("newton"); }
    QString title() const override;
    QString topic() const override;
    QString summary() const override;
    QList<LessonPreset> presets() const override;
    ResultPtr compute(const ParamValues& params, core::ComputeControl* control) const override;
    QJsonObject toJson(const NewtonResult& result, int frame) const override;
    LessonFigure* createFigure(QWidget* parent) const override;

    static constexpr int kGridNodes = 21; // per side, for the data export of the direction fields

};

} // namespace gradus
