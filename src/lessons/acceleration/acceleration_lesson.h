#pragma once
// Lesson `acceleration`: momentum, Nesterov, and where momentum fails. On quadratics diag(μ = 1, κ), the
// iterations each method needs to reach ε against κ (log–log: gradient descent's slope 1, heavy ball's and
// Nesterov's ½), with the paths and errors at one κ. On Lessard, Recht & Packard's smooth strongly convex
// function, heavy ball with the constants that are optimal for quadratics locks into a cycle of period 3
// from some starts, while Nesterov converges: the function, the phase plot (x_{k−1}, x_k), the values, and
// the starts that cycle. Gradient descent as a discretized gradient flow: GD's steps beside the flow's exact
// trajectory on a quadratic, aligned at t = kα, and the step where they part. Chebyshev acceleration: the
// residual polynomials P_k(λ) of gradient descent, heavy ball, the Chebyshev recurrence and gradient steps
// of sizes 1/λᵢ (Chebyshev nodes, in an order that is stable or not) on [μ, L], with their paths and errors.
// Nesterov's lower-bound quadratic: the least error any first-order method can have after k steps, against
// gradient descent's, Nesterov's and conjugate gradients' (which attain it).

#include "core/optim/momentum_1d.h"
#include "core/optim/quadratic_methods.h"
#include "core/optim/run.h"
#include "core/optim/worst_quadratic.h"
#include "framework/lesson.h"
#include "lessons/common/quadratic_method_names.h"

#include <QString>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace gradus {

// One method on the quadratics of growing κ.
struct KappaSweepRun {
    QString key; // gd, heavy-ball, nesterov
    core::QuadraticMethod method;
    std::vector<int> iterationsToEps; // per κ: the first k with ‖x_k − x*‖ ≤ ε‖x₀ − x*‖ (−1: not within the cap)
    double slope = NAN;               // of log iterations against log κ, fitted over κ ≥ 10
    // Per κ, for the picture at that κ: the path's first kPathShown points, and (k, ‖x_k − x*‖/‖x₀ − x*‖)
    // at up to kErrorSamples evenly spaced k from 0 to the iterations it needed.
    std::vector<std::vector<Eigen::Vector2d>> paths;
    std::vector<std::vector<std::pair<int, double>>> errors;
};

// One method on Lessard's function.
struct CounterexampleRun {
    QString key; // heavy-ball, nesterov
    core::MomentumConstants constants;
    std::vector<double> points; // x₀, x₁, …
    core::MomentumFate fate;    // after 2,000 steps
};

// One method's run on a quadratic of the chebyshev or lower-bound picture.
struct QuadraticPathRun {
    QString key; // gd, heavy-ball, chebyshev, chebyshev-steps; gd-1/L, nesterov, cg
    std::vector<Eigen::VectorXd> points; // x₀, x₁, … (shorter than the steps if it overflowed)
    // chebyshev: P_k(λ) at the result's λ grid for k = 0 … points − 1, found by running the same method on
    // ½λx² from x₀ = 1 (the method's error on the eigenvector of λ, whatever its rule).
    std::vector<std::vector<double>> residuals{};
    std::vector<double> errors{}; // chebyshev: ‖x_k − x*‖/‖x₀ − x*‖ (x* = 0)
    std::vector<double> gaps{};   // lower-bound: f(x_k) − f*
};

enum class AccelerationMode { Counterexample, Kappa, Flow, Chebyshev, LowerBound };

struct AccelerationResult : LessonResult {
    AccelerationMode mode = AccelerationMode::Counterexample;
    // mode=kappa
    std::vector<double> kappas;
    double eps = 1e-6;
    std::vector<KappaSweepRun> sweepRuns;
    // mode=counterexample
    std::vector<CounterexampleRun> runs;
    std::vector<std::pair<double, double>> cyclingStarts; // heavy ball's starts in [−4, 4] that end in a cycle
    int iterations = 0; // counterexample and flow: the steps
    // mode=flow: f = ½xᵀAx, gradient descent with step α, and the flow ẋ = −Ax, x(t) = e^{−At}x₀, exactly.
    Eigen::Matrix2d A;
    double flowStep = 0.1;
    core::Trajectory descent;               // its points x_k
    std::vector<Eigen::Vector2d> flowAtSteps; // x(kα), k = 0 … iterations
    std::vector<Eigen::Vector2d> flowCurve;   // x(t) at kFlowSamples points per step, for drawing
    int partingStep = -1;                     // the first k with ‖x_k − x(kα)‖ > kParting·‖x₀‖, or −1
    // mode=chebyshev (A, iterations above) and mode=lower-bound (iterations above)
    std::vector<QuadraticPathRun> quadraticRuns;
    double mu = 1, L = 1;
    std::vector<double> lambdas;       // chebyshev: the grid on [μ, L] for the residual polynomials
    std::vector<double> stepSchedule;  // chebyshev: one period of the steps 1/λᵢ in the chosen order
    QString scheduleOrder;             // fractal, large-first, small-first
    core::WorstQuadratic worst;        // lower-bound

    int frameCount() const override { return mode == AccelerationMode::Kappa ? int(kappas.size()) : iterations + 1; }
    // The last step a run reached at or before `frame` (runs that overflowed end early).
    static int stepAt(const QuadraticPathRun& run, int frame) { return std::clamp(frame, 0, int(run.points.size()) - 1); }
    static constexpr int kFlowSamples = 20;
    static constexpr int kLambdaSamples = 241;
    static constexpr double kParting = 0.05;
};

class AccelerationLesson : public LessonOf<AccelerationResult> {
    Q_DECLARE_TR_FUNCTIONS(gradus::AccelerationLesson)

public:
    AccelerationLesson();

    QString id() const override { return QStringLiteral("acceleration"); }
    QString title() const override;
    QString topic() const override;
    QString summary() const override;
    QList<LessonPreset> presets() const override;
    QuickRun quickRun() const override;
    ResultPtr compute(const ParamValues& params, core::ComputeControl* control) const override;
    QJsonObject toJson(const AccelerationResult& result, int frame) const override;
    LessonFigure* createFigure(QWidget* parent) const override;

    // The quadratic at one κ of the sweep: ½(x² + κy²), from (1, 1), minimum at 0.
    static core::Quadratic sweepProblem(double kappa);
    static constexpr int kPathShown = 30; // the first steps show the character; later ones pile up
    static constexpr int kErrorSamples = 1500;
    // Where the cycling starts are looked for: this many evenly spaced x₀ on [−4, 4].
    static constexpr int kStartSamples = 801;

private:
    void computeSweep(AccelerationResult& result, const ParamValues& params, core::ComputeControl* control) const;
    void computeCounterexample(AccelerationResult& result, const ParamValues& params, core::ComputeControl* control) const;
    void computeFlow(AccelerationResult& result, const ParamValues& params, core::ComputeControl* control) const;
    void computeChebyshev(AccelerationResult& result, const ParamValues& params, core::ComputeControl* control) const;
    void computeLowerBound(AccelerationResult& result, const ParamValues& params, core::ComputeControl* control) const;
    void addChebyshevParams();
    void addLowerBoundParams();
    QJsonObject chebyshevJson(const AccelerationResult& result, int frame) const;
    QJsonObject lowerBoundJson(const AccelerationResult& result, int frame) const;
    QJsonObject flowJson(const AccelerationResult& result, int frame) const;
    QJsonObject sweepJson(const AccelerationResult& result, int frame) const;
    QJsonObject counterexampleJson(const AccelerationResult& result, int frame) const;
};

} // namespace gradus
