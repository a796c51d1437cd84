// The acceleration lesson's picture of Chebyshev acceleration (the course's chebyshev_gd.py): on the rotated
// quadratic diag(1, κ), gradient descent, heavy ball, the Chebyshev recurrence and gradient steps of sizes
// 1/λᵢ at the Chebyshev nodes, with each method's residual polynomial P_k(λ) on [μ, L].
#include "acceleration_lesson.h"

#include "core/compute_control.h"
#include "core/optim/chebyshev.h"
#include "framework/json_numbers.h"

#include <QJsonArray>

#include <cmath>

namespace gradus {

namespace {

constexpr KeyedQuadraticMethod kKeyedQuadraticMethods[] = {
    {"gd", core::QuadraticMethod::Gradient},
    {"heavy-ball", core::QuadraticMethod::HeavyBall},
    {"chebyshev-steps", core::QuadraticMethod::ChebyshevSteps},
    // Last, so that it is drawn on top: after N steps its polynomial and the steps' are the same curve.
    {"chebyshev", core::QuadraticMethod::Chebyshev},
};

core::ScheduleOrder scheduleOrder(const QString& name)
{
    if (name == u"large-first")
        return core::ScheduleOrder::LargeStepsFirst;
    if (name == u"small-first")
        return core::ScheduleOrder::SmallStepsFirst;
    return core::ScheduleOrder::Fractal;
}

QJsonArray pointsJson(const std::vector<Eigen::VectorXd>& points)
{
    QJsonArray out;
    for (const Eigen::VectorXd& p : points)
        out.append(jsonNumbers(std::vector<double>(p.data(), p.data() + p.size())));
    return out;
}

} // namespace

void AccelerationLesson::addChebyshevParams()
{
    // chebyshev_gd.py: Q = rotation by 30°, A = Q·diag(1, κ)·Qᵀ, x₀ = (3, 3), κ up to 100.
    const QString group = tr("Chebyshev acceleration");
    schema_.add(ParamSpec::real("cheb_kappa", tr("Condition number κ"), 100, 1, 1e4, 2).logScale()
                    .withHelp(tr("f = ½xᵀAx with A's eigenvalues μ = 1 and L = κ."))
                    .inGroup(group).relevantWhen("mode", {"chebyshev"}));
    schema_.add(ParamSpec::real("cheb_angle", tr("Valley angle"), 30, -90, 90, 1).withUnit(tr("°"))
                    .inGroup(group).relevantWhen("mode", {"chebyshev"}));
    schema_.add(ParamSpec::point("cheb_start", tr("Start x₀"), QPointF(3, 3), -10, 10, 3)
                    .withHelp(tr("Click on the map to choose."))
                    .inGroup(group).relevantWhen("mode", {"chebyshev"}));
    schema_.add(ParamSpec::integer("cheb_iters", tr("Steps"), 16, 1, 400)
                    .withHelp(tr("Steps of each method; the player shows them one by one."))
                    .inGroup(group).relevantWhen("mode", {"chebyshev"}));
    QList<ChoiceOption> periods;
    for (int n = 4; n <= 128; n *= 2)
        periods.append({QString::number(n), QString::number(n)});
    schema_.add(ParamSpec::choice("period", tr("Nodes N"), "8", periods)
                    .withHelp(tr("The gradient steps use the sizes 1/λᵢ at the N roots of the Chebyshev polynomial "
                                 "T_N on [μ, L], then start over; after each N steps they reach the Chebyshev "
                                 "polynomial of degree N."))
                    .inGroup(group).relevantWhen("mode", {"chebyshev"}));
    schema_.add(ParamSpec::choice("order", tr("Order of the steps"), "fractal",
                                  {{"fractal", tr("fractal (stable)")}, {"large-first", tr("largest first")},
                                   {"small-first", tr("smallest first")}})
                    .withHelp(tr("In exact arithmetic the order does not matter after N steps. In floating point, "
                                 "the largest steps taken together multiply the error along L by about κ each, and "
                                 "rounding errors grow with them; the fractal order mixes large and small steps."))
                    .inGroup(group).relevantWhen("mode", {"chebyshev"}));
}

void AccelerationLesson::computeChebyshev(AccelerationResult& r, const ParamValues& params, core::ComputeControl* control) const
{
    const double kappa = params.real("cheb_kappa");
    r.mu = 1;
    r.L = kappa;
    r.A = core::rotatedQuadratic2D(r.mu, r.L, params.real("cheb_angle"));
    r.iterations = params.integer("cheb_iters");
    r.scheduleOrder = params.text("order");
    r.stepSchedule = core::chebyshevStepSchedule(r.mu, r.L, params.text("period").toInt(), scheduleOrder(r.scheduleOrder));
    const QPointF start = params.point("cheb_start");
    const Eigen::VectorXd x0 = Eigen::Vector2d(start.x(), start.y());
    const core::Quadratic problem = core::Quadratic::dense(r.A, Eigen::VectorXd::Zero(2));
    core::QuadraticRunSettings settings{.steps = r.iterations, .mu = r.mu, .L = r.L};
    settings.stepSchedule = r.stepSchedule;
    constexpr int samples = AccelerationResult::kLambdaSamples;
    for (int i = 0; i < samples; ++i)
        r.lambdas.push_back(r.mu + (r.L - r.mu) * i / (samples - 1));
    const int methods = int(std::size(kKeyedQuadraticMethods));
    for (int m = 0; m < methods; ++m) {
        core::ComputeStage stage(control, double(m) / methods, double(m + 1) / methods);
        const KeyedQuadraticMethod& method = kKeyedQuadraticMethods[m];
        QuadraticPathRun run{QString::fromLatin1(method.key), core::runQuadratic(problem, method.method, x0, settings).points, {}, {}, {}};
        for (const Eigen::VectorXd& x : run.points)
            run.errors.push_back(x0.norm() > 0 ? x.norm() / x0.norm() : 0.0);
        run.residuals.assign(run.points.size(), std::vector<double>(r.lambdas.size()));
        for (std::size_t i = 0; i < r.lambdas.size(); ++i) {
            if (i % 32 == 0)
                core::checkpoint(stage.get(), double(i) / double(r.lambdas.size()));
            const core::Quadratic scalar = core::Quadratic::withDiagonal(Eigen::VectorXd::Constant(1, r.lambdas[i]), Eigen::VectorXd::Zero(1));
            const std::vector<Eigen::VectorXd> p = core::runQuadratic(scalar, method.method, Eigen::VectorXd::Ones(1), settings).points;
            for (std::size_t k = 0; k < run.points.size(); ++k)
                run.residuals[k][i] = k < p.size() ? p[k][0] : NAN;
        }
        r.quadraticRuns.push_back(std::move(run));
    }
}

QJsonObject AccelerationLesson::chebyshevJson(const AccelerationResult& r, int frame) const
{
    const int k = std::clamp(frame, 0, r.iterations);
    QJsonObject paths, errors, growth, polynomials{{"lambda", jsonNumbers(r.lambdas)}}, current;
    for (const QuadraticPathRun& run : r.quadraticRuns) {
        paths[run.key] = pointsJson(run.points);
        errors[run.key] = jsonNumbers(run.errors);
        growth[run.key] = jsonNumber(*std::max_element(run.errors.begin(), run.errors.end()));
        const int at = AccelerationResult::stepAt(run, k);
        polynomials[run.key] = jsonNumbers(run.residuals[std::size_t(at)]);
        current[run.key] = QJsonObject{{"step", at}, {"error", jsonNumber(run.errors[std::size_t(at)])}};
    }
    std::vector<double> chebyshevBound, gradientBound;
    QJsonArray constants;
    core::ChebyshevConstants recurrence(r.mu, r.L);
    for (int step = 0; step <= r.iterations; ++step) {
        chebyshevBound.push_back(core::chebyshevBound(r.mu, r.L, step));
        gradientBound.push_back(core::steepestDescentBound(r.L / r.mu, step));
        if (step < r.iterations) {
            const core::ChebyshevConstants::Step s = recurrence.next();
            constants.append(QJsonObject{{"alpha", s.alpha}, {"beta", s.beta}});
        }
    }
    return {{"mode", "chebyshev"},
            {"mu", r.mu},
            {"L", r.L},
            {"A", QJsonArray{QJsonArray{r.A(0, 0), r.A(0, 1)}, QJsonArray{r.A(1, 0), r.A(1, 1)}}},
            {"period", int(r.stepSchedule.size())},
            {"order", r.scheduleOrder},
            {"step_schedule", jsonNumbers(r.stepSchedule)},
            {"chebyshev_constants", constants},
            {"paths", paths},
            {"errors", errors},
            {"bounds", QJsonObject{{"chebyshev", jsonNumbers(chebyshevBound)}, {"gd", jsonNumbers(gradientBound)}}},
            {"max_growth", growth},
            {"polynomials", polynomials},
            {"current", current},
            {"frame", frame}};
}

} // namespace gradus
