#include "linreg.h"

#include "compute_control.h"
#include "optim/descent.h"

#include <Eigen/Dense>

#include <cmath>
#include <random>
#include <stdexcept>

namespace gradus::core {

XYData makeLinearData(int n, double w, double b, double noise, double xMin, double xMax, std::uint64_t seed)
{
    if (n < 0)
        throw std::invalid_argument("number of points must not be negative");
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> uniformX(std::min(xMin, xMax), std::max(xMin, xMax));
    std::normal_distribution<double> gaussian(0.0, 1.0);
    XYData data;
    data.x.reserve(n);
    data.y.reserve(n);
    for (int i = 0; i < n; ++i) {
        const double x = uniformX(rng);
        data.x.push_back(x);
        data.y.push_back(w * x + b + noise * gaussian(rng));
    }
    return data;
}

Standardization standardizationOf(const std::vector<double>& x)
{
    Standardization s;
    if (x.empty())
        return s;
    double mean = 0;
    for (double v : x)
        mean += v;
    mean /= double(x.size());
    double var = 0;
    for (double v : x)
        var += (v - mean) * (v - mean);
    var /= double(x.size());
    s.shift = mean;
    s.scale = var > 0 ? std::sqrt(var) : 1.0;
    return s;
}

std::vector<double> applyStandardization(const std::vector<double>& x, const Standardization& s)
{
    std::vector<double> out(x.size());
    for (std::size_t i = 0; i < x.size(); ++i)
        out[i] = (x[i] - s.shift) / s.scale;
    return out;
}

LinRegProblem::LinRegProblem(const std::vector<double>& x, const std::vector<double>& y)
{
    if (x.size() != y.size())
        throw std::invalid_argument("x and y must have the same number of values");
    if (x.empty())
        throw std::invalid_argument("linear regression needs at least one point");
    n_ = x.size();

    Eigen::Map<const Eigen::VectorXd> xs(x.data(), Eigen::Index(n_));
    Eigen::Map<const Eigen::VectorXd> ys(y.data(), Eigen::Index(n_));
    const double scale = 2.0 / double(n_);
    h11_ = scale * xs.squaredNorm();
    h12_ = scale * xs.sum();
    h22_ = 2.0;

    // Least squares through a rank-revealing factorization of the design matrix [x 1], which is
    // better conditioned than the normal equations and gives the minimum-norm answer when x is constant.
    Eigen::MatrixXd design(Eigen::Index(n_), 2);
    design.col(0) = xs;
    design.col(1).setOnes();
    Eigen::CompleteOrthogonalDecomposition<Eigen::MatrixXd> cod(design);
    const Eigen::Vector2d theta = cod.solve(ys);
    optimum_ = {theta(0), theta(1)};
    optimumUnique_ = cod.rank() == 2;
    optimalLoss_ = (design * theta - ys).squaredNorm() / double(n_);
}

double LinRegProblem::excessLoss(const Vec2& theta) const
{
    // L is quadratic, so L − L* = ½·dᵀHd with d = θ − θ*: no cancellation near the optimum.
    const double d1 = theta[0] - optimum_[0];
    const double d2 = theta[1] - optimum_[1];
    return 0.5 * (h11_ * d1 * d1 + 2.0 * h12_ * d1 * d2 + h22_ * d2 * d2);
}

double LinRegProblem::loss(const Vec2& theta) const { return optimalLoss_ + excessLoss(theta); }

Vec2 LinRegProblem::gradient(const Vec2& theta) const
{
    // ∇L(θ) = H(θ − θ*), since the normal equations give Hθ* = (2/n)·[Σxy, Σy].
    const double d1 = theta[0] - optimum_[0];
    const double d2 = theta[1] - optimum_[1];
    return {h11_ * d1 + h12_ * d2, h12_ * d1 + h22_ * d2};
}

Vec2 LinRegProblem::hessianEigenvalues() const
{
    const double mean = 0.5 * (h11_ + h22_);
    const double radius = std::hypot(0.5 * (h11_ - h22_), h12_);
    return {mean - radius, mean + radius};
}

double LinRegProblem::largestStableStep() const { return 2.0 / hessianEigenvalues()[1]; }

DescentPath gradientDescent(const LinRegProblem& problem, const Vec2& start, double lr, int iterations,
                            ComputeControl* control, double divergenceBound)
{
    DescentPath path;
    path.points.reserve(std::size_t(std::max(iterations, 0)) + 1);
    path.loss.reserve(path.points.capacity());
    path.points.push_back(start);
    path.loss.push_back(problem.loss(start));

    const DescentLoop loop{.steps = iterations,
                           .divergence = {.farthest = divergenceBound},
                           .startValue = path.loss.front(),
                           .checkpointEvery = 1024,
                           .control = control};
    const DescentOutcome outcome = descend(
        loop, start,
        [&](int, const Vec2& theta) {
            const Vec2 g = problem.gradient(theta);
            const Vec2 next{theta[0] - lr * g[0], theta[1] - lr * g[1]};
            Proposal<Vec2> proposal = Proposal<Vec2>::to(next, problem.loss(next));
            if (g[0] == 0.0 && g[1] == 0.0)
                proposal.thenStop("converged");
            return proposal;
        },
        [&](int, const Proposal<Vec2>& step) {
            path.points.push_back(step.next);
            path.loss.push_back(step.value);
        });
    static_cast<DescentOutcome&>(path) = outcome;
    return path;
}

} // namespace gradus::core
