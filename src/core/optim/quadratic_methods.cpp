#include "quadratic_methods.h"

#include <cmath>

namespace gradus::core {

namespace {

using Eigen::VectorXd;

constexpr double kPi = 3.14159265358979323846;

// Each rule proposes the next point from the current one, keeping what it carries between steps.
class GradientStep {
public:
    GradientStep(const Quadratic& q, double mu, double L) : q_(q), alpha_(2 / (mu + L)) {}
    Proposal<VectorXd> operator()(const VectorXd& x, VectorXd& direction)
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
    Proposal<VectorXd> operator()(const VectorXd& x, VectorXd& direction)
    {
        const VectorXd g = q_.gradient(x);
        const double curvature = g.dot(q_.A * g);
        if (!(curvature > 0))
            return Proposal<VectorXd>::stopHere("converged"); // g = 0: at the minimum
        direction = -g;
        return Proposal<VectorXd>::to(x - (g.squaredNorm() / curvature) * g);
    }

private:
    const Quadratic& q_;
};

// α = rᵀr/pᵀAp, x₊ = x + αp, r₊ = r − αAp, β = r₊ᵀr₊/rᵀr, p₊ = r₊ + βp.
class ConjugateGradientStep {
public:
    ConjugateGradientStep(const Quadratic& q, const VectorXd& x0) : q_(q), r_(q.b - q.A * x0), p_(r_), tolerance_(1e-12 * r_.norm()) {}
    Proposal<VectorXd> operator()(const VectorXd& x, VectorXd& direction)
    {
        const double rr = r_.squaredNorm();
        if (!(std::sqrt(rr) > tolerance_))
            return Proposal<VectorXd>::stopHere("converged");
        const VectorXd Ap = q_.A * p_;
        const double alpha = rr / p_.dot(Ap);
        direction = p_;
        Proposal<VectorXd> next = Proposal<VectorXd>::to(x + alpha * p_);
        r_ -= alpha * Ap;
        p_ = r_ + (r_.squaredNorm() / rr) * p_;
        return next;
    }

private:
    const Quadratic& q_;
    VectorXd r_, p_;
    double tolerance_;
};

// Heavy ball and Nesterov: two-step methods that remember the previous point.
class MomentumStep {
public:
    MomentumStep(const Quadratic& q, const VectorXd& x0, double alpha, double beta, bool lookAhead)
        : q_(q), previous_(x0), alpha_(alpha), beta_(beta), lookAhead_(lookAhead)
    {
    }
    Proposal<VectorXd> operator()(const VectorXd& x, VectorXd& direction)
    {
        const VectorXd momentum = beta_ * (x - previous_);
        const VectorXd at = lookAhead_ ? VectorXd(x + momentum) : x;
        VectorXd next = at - alpha_ * q_.gradient(at);
        if (!lookAhead_)
            next += momentum;
        direction = next - x;
        previous_ = x;
        return Proposal<VectorXd>::to(std::move(next));
    }

private:
    const Quadratic& q_;
    VectorXd previous_;
    double alpha_, beta_;
    bool lookAhead_;
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
        loop, x0, [&](int, const VectorXd& x) { return rule(x, direction); },
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
    return std::sqrt(std::max(0.0, e.dot(A * e)));
}

QuadraticRun runQuadratic(const Quadratic& problem, QuadraticMethod method, const Eigen::VectorXd& x0, int steps, double mu, double L,
                          ComputeControl* control)
{
    const double rootMu = std::sqrt(mu), rootL = std::sqrt(L);
    switch (method) {
    case QuadraticMethod::Gradient:
        return runRule(GradientStep(problem, mu, L), x0, steps, control);
    case QuadraticMethod::SteepestDescent:
        return runRule(SteepestDescentStep(problem), x0, steps, control);
    case QuadraticMethod::ConjugateGradients:
        return runRule(ConjugateGradientStep(problem, x0), x0, steps, control);
    case QuadraticMethod::HeavyBall: {
        const double beta = std::pow((rootL - rootMu) / (rootL + rootMu), 2);
        return runRule(MomentumStep(problem, x0, 4 / ((rootL + rootMu) * (rootL + rootMu)), beta, false), x0, steps, control);
    }
    case QuadraticMethod::Nesterov: {
        const double rootKappa = std::sqrt(L / mu);
        return runRule(MomentumStep(problem, x0, 1 / L, (rootKappa - 1) / (rootKappa + 1), true), x0, steps, control);
    }
    }
    return {};
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
