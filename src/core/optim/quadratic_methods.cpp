#include "quadratic_methods.h"

#include "chebyshev.h"
#include "momentum_1d.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

namespace gradus::core {

namespace {

using Eigen::VectorXd;

constexpr double kPi = 3.14159265358979323846;

// Each rule proposes the next point from the current one, keeping what it carries between steps.
class GradientStep {
public:
    GradientStep(const Quadratic& q, double alpha) : q_(q), alpha_(alpha) {}
    Proposal<VectorXd> operator()(int, const VectorXd& x, VectorXd& direction)
    {
        direction = -q_.gradient(x);
        return Proposal<VectorXd>::to(x + alpha_ * direction);
    }

private:
    const Quadratic& q_;
    double alpha_;
};

class SteepestDescentStep {
public:
    explicit SteepestDescentStep(const Quadratic& q) : q_(q) {}
    Proposal<VectorXd> operator()(int, const VectorXd& x, VectorXd& direction)
    {
        const VectorXd g = q_.gradient(x);
        const double curvature = g.dot(q_.apply(g));
        if (!(curvature > 0))
            return Proposal<VectorXd>::stopHere("converged"); // g = 0: at the minimum
        direction = -g;
        return Proposal<VectorXd>::to(x - (g.squaredNorm() / curvature) * g);
    }

private:
    const Quadratic& q_;
};

// α = rᵀr/pᵀAp, x₊ = x + αp, r₊ = r − αAp, β = r₊ᵀr₊/rᵀr, p₊ = r₊ + βp.
// A restart every r steps makes p₊ = r₊ (a steepest-descent step), which forgets the directions whose
// conjugacy rounding has spoilt.
class ConjugateGradientStep {
public:
    ConjugateGradientStep(const Quadratic& q, const VectorXd& x0, int restartEvery)
        : q_(q), r_(q.b - q.apply(x0)), p_(r_), tolerance_(1e-12 * r_.norm()), restartEvery_(restartEvery)
    {
    }
    Proposal<VectorXd> operator()(int step, const VectorXd& x, VectorXd& direction)
    {
        const double rr = r_.squaredNorm();
        if (!(std::sqrt(rr) > tolerance_))
            return Proposal<VectorXd>::stopHere("converged");
        const VectorXd Ap = q_.apply(p_);
        const double alpha = rr / p_.dot(Ap);
        direction = p_;
        Proposal<VectorXd> next = Proposal<VectorXd>::to(x + alpha * p_);
        r_ -= alpha * Ap;
        if (restartEvery_ > 0 && step % restartEvery_ == 0)
            p_ = r_;
        else
            p_ = r_ + (r_.squaredNorm() / rr) * p_;
        return next;
    }

private:
    const Quadratic& q_;
    VectorXd r_, p_;
    double tolerance_;
    int restartEvery_;
};

// Heavy ball and Nesterov: two-step methods that remember the previous point; `constants(step)` gives
// their α and β, fixed or varying with the step.
template <class Constants>
class MomentumStep {
public:
    MomentumStep(const Quadratic& q, const VectorXd& x0, Constants constants, bool lookAhead)
        : q_(q), previous_(x0), constants_(std::move(constants)), lookAhead_(lookAhead)
    {
    }
    Proposal<VectorXd> operator()(int step, const VectorXd& x, VectorXd& direction)
    {
        const auto [alpha, beta] = constants_(step);
        const VectorXd momentum = beta * (x - previous_);
        const VectorXd at = lookAhead_ ? VectorXd(x + momentum) : x;
        VectorXd next = at - alpha * q_.gradient(at);
        if (!lookAhead_)
            next += momentum;
        direction = next - x;
        previous_ = x;
        return Proposal<VectorXd>::to(std::move(next));
    }

private:
    const Quadratic& q_;
    VectorXd previous_;
    Constants constants_;
    bool lookAhead_;
};

template <class Constants>
MomentumStep<Constants> momentumStep(const Quadratic& q, const VectorXd& x0, Constants constants, bool lookAhead)
{
    return MomentumStep<Constants>(q, x0, std::move(constants), lookAhead);
}

// Nesterov's 1983 sequence for convex f (FISTA without the prox): f(x_k) − f* ≤ 2L‖x₀ − x*‖²/(k + 1)².
class ConvexNesterovConstants {
public:
    explicit ConvexNesterovConstants(double L) : alpha_(1 / L) {}
    MomentumConstants operator()(int step)
    {
        // Beck & Teboulle's indexing: y₁ = x₀ and y₂ = x₁ + 0·(x₁ − x₀), so the first two steps have no
        // momentum, and the bound holds for x_k as counted here.
        if (step == 1)
            return {alpha_, 0};
        const double next = (1 + std::sqrt(1 + 4 * t_ * t_)) / 2;
        const MomentumConstants c{alpha_, (t_ - 1) / next};
        t_ = next;
        return c;
    }

private:
    double alpha_;
    double t_ = 1;
};

class ScheduledGradientStep {
public:
    ScheduledGradientStep(const Quadratic& q, std::vector<double> steps) : q_(q), steps_(std::move(steps)) {}
    Proposal<VectorXd> operator()(int step, const VectorXd& x, VectorXd& direction)
    {
        direction = -q_.gradient(x);
        return Proposal<VectorXd>::to(x + steps_[std::size_t(step - 1) % steps_.size()] * direction);
    }

private:
    const Quadratic& q_;
    std::vector<double> steps_;
};

template <class Rule>
QuadraticRun runRule(Rule rule, const VectorXd& x0, int steps, ComputeControl* control)
{
    QuadraticRun run;
    run.points.push_back(x0);
    DescentLoop loop;
    loop.steps = steps;
    loop.control = control;
    loop.checkpointEvery = 16;
    VectorXd direction;
    run.outcome = descend(
        loop, x0, [&](int step, const VectorXd& x) { return rule(step, x, direction); },
        [&](int, const Proposal<VectorXd>& accepted) {
            run.points.push_back(accepted.next);
            run.directions.push_back(direction);
        });
    return run;
}

} // namespace

double Quadratic::energyError(const Eigen::VectorXd& x, const Eigen::VectorXd& xStar) const
{
    const VectorXd e = x - xStar;
    return std::sqrt(std::max(0.0, e.dot(apply(e))));
}

QuadraticRun runQuadratic(const Quadratic& problem, QuadraticMethod method, const Eigen::VectorXd& x0,
                          const QuadraticRunSettings& settings, ComputeControl* control)
{
    const int steps = settings.steps;
    const double mu = settings.mu, L = settings.L;
    switch (method) {
    case QuadraticMethod::Gradient:
        return runRule(GradientStep(problem, settings.step > 0 ? settings.step : 2 / (mu + L)), x0, steps, control);
    case QuadraticMethod::SteepestDescent:
        return runRule(SteepestDescentStep(problem), x0, steps, control);
    case QuadraticMethod::ConjugateGradients:
        return runRule(ConjugateGradientStep(problem, x0, settings.restartEvery), x0, steps, control);
    case QuadraticMethod::HeavyBall: {
        const MomentumConstants c = heavyBallConstants(mu, L);
        return runRule(momentumStep(problem, x0, [c](int) { return c; }, false), x0, steps, control);
    }
    case QuadraticMethod::Nesterov: {
        const MomentumConstants c = nesterovConstants(mu, L);
        return runRule(momentumStep(problem, x0, [c](int) { return c; }, true), x0, steps, control);
    }
    case QuadraticMethod::NesterovConvex:
        return runRule(momentumStep(problem, x0, ConvexNesterovConstants(L), true), x0, steps, control);
    case QuadraticMethod::Chebyshev:
        return runRule(momentumStep(problem, x0, [c = ChebyshevConstants(mu, L)](int) mutable {
                           const ChebyshevConstants::Step s = c.next();
                           return MomentumConstants{s.alpha, s.beta};
                       }, false), x0, steps, control);
    case QuadraticMethod::ChebyshevSteps:
        if (settings.stepSchedule.empty())
            throw std::invalid_argument("ChebyshevSteps needs a step schedule");
        return runRule(ScheduledGradientStep(problem, settings.stepSchedule), x0, steps, control);
    }
    return {};
}

Eigen::MatrixXd conjugacyMatrix(const Quadratic& problem, const std::vector<Eigen::VectorXd>& directions, int count)
{
    count = std::clamp(count, 0, int(directions.size()));
    if (count == 0)
        return {};
    Eigen::MatrixXd D(problem.dimension(), count);
    for (int j = 0; j < count; ++j)
        D.col(j) = directions[std::size_t(j)];
    Eigen::MatrixXd C = D.transpose() * problem.apply(D);
    const Eigen::VectorXd scale = C.diagonal().cwiseMax(0).cwiseSqrt().cwiseInverse();
    return scale.asDiagonal() * C * scale.asDiagonal();
}

std::vector<double> quadraticSpectrum(const SpectrumSettings& s)
{
    const int n = std::max(s.n, 1);
    const auto evenly = [](double low, double high, int count, int i) {
        return count > 1 ? low + (high - low) * i / (count - 1) : low;
    };
    std::vector<double> lambda;
    lambda.reserve(std::size_t(n));
    switch (s.kind) {
    case SpectrumKind::Uniform:
        for (int i = 0; i < n; ++i)
            lambda.push_back(evenly(s.mu, s.L, n, i));
        break;
    case SpectrumKind::Clustered: {
        const int clusters = std::clamp(s.clusters, 1, n);
        for (int c = 0; c < clusters; ++c) {
            const double centre = clusters > 1 ? s.mu * std::pow(s.L / s.mu, double(c) / (clusters - 1)) : s.mu;
            const int members = n / clusters + (c < n % clusters ? 1 : 0);
            for (int i = 0; i < members; ++i)
                lambda.push_back(centre * std::pow(1 + s.clusterWidth, evenly(-1, 1, members, i)));
        }
        break;
    }
    case SpectrumKind::Outliers: {
        const int outliers = std::clamp(s.outliers, 0, n - 1), bulk = n - outliers;
        for (int i = 0; i < bulk; ++i)
            lambda.push_back(evenly(s.mu, std::min(10 * s.mu, s.L), bulk, i));
        for (int i = 0; i < outliers; ++i)
            lambda.push_back(evenly(s.L / 2, s.L, outliers, i));
        break;
    }
    case SpectrumKind::Random: {
        std::mt19937_64 generator(s.seed);
        lambda.push_back(s.mu);
        for (int i = 1; i < n - 1; ++i)
            lambda.push_back(s.mu + (s.L - s.mu) * std::generate_canonical<double, 53>(generator));
        if (n > 1)
            lambda.push_back(s.L);
        break;
    }
    case SpectrumKind::Strakos:
        for (int i = 0; i < n; ++i)
            lambda.push_back(s.mu + evenly(0, 1, n, i) * (s.L - s.mu) * std::pow(s.rho, n - 1 - i));
        break;
    }
    std::sort(lambda.begin(), lambda.end());
    return lambda;
}

double steepestDescentBound(double kappa, int k) { return std::pow((kappa - 1) / (kappa + 1), k); }

double conjugateGradientBound(double kappa, int k)
{
    const double root = std::sqrt(kappa);
    return 2 * std::pow((root - 1) / (root + 1), k);
}

Eigen::MatrixXd rotatedQuadratic2D(double mu, double L, double degrees)
{
    const double t = degrees * kPi / 180, c = std::cos(t), s = std::sin(t);
    Eigen::Matrix2d q;
    q << c, -s, s, c;
    return q * Eigen::Vector2d(mu, L).asDiagonal() * q.transpose();
}

} // namespace gradus::core
