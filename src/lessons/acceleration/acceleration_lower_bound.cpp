// The acceleration lesson's picture of Nesterov's lower bound: on his "worst function in the world"
// (core/optim/worst_quadratic.h) from x₀ = 0, no method whose steps combine the gradients it has seen can
// have touched more than the first k coordinates after k steps, so none can beat the best point there.
#include "acceleration_lesson.h"

#include "core/compute_control.h"
#include "framework/json_numbers.h"

#include <QJsonArray>

#include <algorithm>

namespace gradus {

namespace {

constexpr KeyedQuadraticMethod kKeyedQuadraticMethods[] = {
    {"gd-1/L", core::QuadraticMethod::Gradient},
    {"nesterov", core::QuadraticMethod::NesterovConvex},
    {"cg", core::QuadraticMethod::ConjugateGradients},
};

double value(const core::Quadratic& q, const Eigen::VectorXd& x) { return 0.5 * x.dot(q.apply(x)) - q.b.dot(x); }

} // namespace

void AccelerationLesson::addLowerBoundParams()
{
    schema_.add(ParamSpec::integer("lb_steps", tr("Steps k"), 50, 1, 400)
                    .withHelp(tr("The function is built for this many steps: it has n = 2k + 1 variables, and "
                                 "Nesterov's bound 3L‖x₀ − x*‖²/(32(k + 1)²) holds at the last step."))
                    .inGroup(tr("Lower bound")).relevantWhen("mode", {"lower-bound"}));
}

void AccelerationLesson::computeLowerBound(AccelerationResult& r, const ParamValues& params, core::ComputeControl* control) const
{
    r.iterations = params.integer("lb_steps");
    r.worst = core::WorstQuadratic{.n = 2 * r.iterations + 1, .L = 1};
    r.mu = 0;
    r.L = r.worst.L;
    const core::Quadratic problem = r.worst.problem();
    // Gradient descent with 1/L: its guarantee f(x_k) − f* ≤ L‖x₀ − x*‖²/(2k) is for that step.
    core::QuadraticRunSettings settings{.steps = r.iterations, .mu = 0, .L = r.L};
    settings.step = 1 / r.L;
    const int methods = int(std::size(kKeyedQuadraticMethods));
    for (int m = 0; m < methods; ++m) {
        core::ComputeStage stage(control, double(m) / methods, double(m + 1) / methods);
        const KeyedQuadraticMethod& method = kKeyedQuadraticMethods[m];
        QuadraticPathRun run{QString::fromLatin1(method.key),
                             core::runQuadratic(problem, method.method, Eigen::VectorXd::Zero(r.worst.n), settings, stage.get()).points,
                             {}, {}, {}};
        for (const Eigen::VectorXd& x : run.points)
            run.gaps.push_back(value(problem, x) - r.worst.minimum());
        r.quadraticRuns.push_back(std::move(run));
    }
}

QJsonObject AccelerationLesson::lowerBoundJson(const AccelerationResult& r, int frame) const
{
    const double fStar = r.worst.minimum(), distance = r.worst.startDistanceSquared();
    QJsonObject values, current;
    const int k = std::clamp(frame, 0, r.iterations);
    for (const QuadraticPathRun& run : r.quadraticRuns) {
        values[run.key] = jsonNumbers(run.gaps);
        const std::size_t at = std::size_t(AccelerationResult::stepAt(run, k));
        const Eigen::VectorXd& x = run.points[at];
        current[run.key] = QJsonObject{{"x", jsonNumbers(std::vector<double>(x.data(), x.data() + x.size()))},
                                       {"nonzero", int((x.array() != 0).count())},
                                       {"gap", jsonNumber(run.gaps[at])}};
    }
    std::vector<double> floor, nesterovBound, gradientBound;
    for (int step = 0; step <= r.iterations; ++step) {
        floor.push_back(r.worst.krylovFloor(step));
        nesterovBound.push_back(2 * r.L * distance / ((step + 1.0) * (step + 1.0)));
        // At k = 0, smoothness alone gives f(x₀) − f* ≤ L/2·‖x₀ − x*‖², the same formula at k = 1.
        gradientBound.push_back(r.L * distance / (2.0 * std::max(step, 1)));
    }
    const Eigen::VectorXd xStar = r.worst.minimizer();
    return {{"mode", "lower-bound"},
            {"n", r.worst.n},
            {"L", r.L},
            {"steps", r.iterations},
            {"f_star", fStar},
            {"start_distance_squared", distance},
            {"x_star", jsonNumbers(std::vector<double>(xStar.data(), xStar.data() + xStar.size()))},
            {"values", values},
            {"lower_bound", QJsonObject{{"krylov_floor", jsonNumbers(floor)},
                                        {"textbook_at_last_step", r.worst.textbookBound(r.iterations)}}},
            {"upper_bounds", QJsonObject{{"gd-1/L", jsonNumbers(gradientBound)}, {"nesterov", jsonNumbers(nesterovBound)}}},
            {"current", QJsonObject{{"step", k}, {"methods", current}}},
            {"frame", frame}};
}

} // namespace gradus
