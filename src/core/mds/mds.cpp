#include "mds.h"

#include "core/optim/descent.h"
#include "core/optim/nelder_mead.h"
#include "core/regression/double_descent.h"

#include <Eigen/Dense>

#include <chrono>
#include <limits>
#include <cmath>
#include <stdexcept>

namespace gradus::core::mds {

namespace {

int pointsIn(const Eigen::MatrixXd& d, const Layout& x)
{
    if (d.rows() != d.cols() || x.size() != 2 * d.rows())
        throw std::invalid_argument("the layout and the distance table differ in size");
    return int(d.rows());
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

double haversineKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double toRadians = M_PI / 180;
    const double phi1 = lat1 * toRadians, phi2 = lat2 * toRadians;
    const double dPhi = (lat2 - lat1) * toRadians, dLambda = (lon2 - lon1) * toRadians;
    const double h = std::sin(dPhi / 2) * std::sin(dPhi / 2) + std::cos(phi1) * std::cos(phi2) * std::sin(dLambda / 2) * std::sin(dLambda / 2);
    return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

double stress(const Eigen::MatrixXd& d, const Layout& x)
{
    const int n = pointsIn(d, x);
    double sum = 0;
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) {
            const double r = d(i, j) - std::hypot(x[2 * i] - x[2 * j], x[2 * i + 1] - x[2 * j + 1]);
            sum += r * r;
        }
    return 2 * sum; // every unordered pair appears twice among the ordered ones
}

Layout stressGradient(const Eigen::MatrixXd& d, const Layout& x)
{
    const int n = pointsIn(d, x);
    Layout g = Layout::Zero(x.size());
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) {
            const double dx = x[2 * i] - x[2 * j], dy = x[2 * i + 1] - x[2 * j + 1];
            const double length = std::hypot(dx, dy);
            if (!(length > 0))
                continue; // coincident points: 0 is a subgradient
            // d/dxᵢ of 2(Dᵢⱼ − ‖xᵢ − xⱼ‖)² = 4(‖xᵢ − xⱼ‖ − Dᵢⱼ)(xᵢ − xⱼ)/‖xᵢ − xⱼ‖
            const double scale = 4 * (length - d(i, j)) / length;
            g[2 * i] += scale * dx, g[2 * i + 1] += scale * dy;
            g[2 * j] -= scale * dx, g[2 * j + 1] -= scale * dy;
        }
    return g;
}

MdsRun gradientDescent(const Eigen::MatrixXd& d, const Layout& start, double lr, int maxIterations, bool backtracking,
                       double tolerance)
{
    const auto clock = std::chrono::steady_clock::now();
    const int n = pointsIn(d, start);
    MdsRun run;
    run.method = "gd";
    run.iterates.push_back(start), run.history.push_back(stress(d, start)), run.flops.push_back(0);
    run.evaluations = 1;
    Layout g = stressGradient(d, start); // at the last accepted layout
    const double startNorm = g.norm();
    double spent = 0;                     // operations of the step being proposed
    const DescentLoop loop{.steps = maxIterations, .divergence = {.growth = kDivergenceFactor}, .startValue = run.history.front()};
    const DescentOutcome outcome = descend(
        loop, start,
        [&](int, const Layout& x) {
            if (!(g.norm() > tolerance * startNorm))
                return Proposal<Layout>::stopHere("converged");
            const double f = run.history.back();
            double step = lr;
            spent = gradientStepFlops(n);
            Layout next = x - step * g;
            double fNext = stress(d, next);
            if (backtracking)
                while (fNext > f - 1e-4 * step * g.squaredNorm() && step > 1e-12) {
                    step /= 2;
                    next = x - step * g;
                    fNext = stress(d, next);
                    spent += functionFlops(n);
                }
            return Proposal<Layout>::to(std::move(next), fNext);
        },
        [&](int, const Proposal<Layout>& accepted) {
            g = stressGradient(d, accepted.next);
            ++run.evaluations;
            run.iterates.push_back(accepted.next), run.history.push_back(accepted.value);
            run.flops.push_back(run.flops.back() + spent);
        });
    static_cast<DescentOutcome&>(run) = outcome;
    run.seconds = secondsSince(clock);
    return run;
}

MdsRun nelderMead(const Eigen::MatrixXd& d, const Layout& start, int maxIterations)
{
    const auto clock = std::chrono::steady_clock::now();
    const int n = pointsIn(d, start);
    const int variables = 2 * n;
    const int cap = maxIterations > 0 ? maxIterations : 200 * variables;
    MdsRun run;
    run.method = "nelder-mead";
    auto f = [&d](const NelderMeadSimplex::Point& p) { return stress(d, Eigen::Map<const Layout>(p.data(), Eigen::Index(p.size()))); };
    run.iterates.push_back(start), run.history.push_back(stress(d, start)), run.flops.push_back(0);
    const NelderMeadResult result = minimizeNelderMead(
        f, NelderMeadSimplex::Point(start.data(), start.data() + start.size()), cap,
        maxIterations > 0 ? std::numeric_limits<long>::max() : 200L * variables, [&](const NelderMeadSimplex& simplex) {
            run.iterates.push_back(Eigen::Map<const Layout>(simplex.best().data(), variables));
            run.history.push_back(simplex.bestValue());
            run.flops.push_back(double(simplex.evaluations()) * functionFlops(n));
        });
    run.evaluations = result.evaluations;
    run.stopReason = result.converged ? "converged (scipy's xatol and fatol)" : "iteration or evaluation limit";
    run.seconds = secondsSince(clock);
    return run;
}

MdsRun smacof(const Eigen::MatrixXd& d, const Layout& start, int maxIterations, double tolerance)
{
    const auto clock = std::chrono::steady_clock::now();
    const int n = pointsIn(d, start);
    MdsRun run;
    run.method = "smacof";
    run.iterates.push_back(start), run.history.push_back(stress(d, start)), run.flops.push_back(0);
    using Points = Eigen::Matrix<double, Eigen::Dynamic, 2, Eigen::RowMajor>; // a layout's n rows (x, y)
    Eigen::MatrixXd b(n, n);
    // The Guttman transform never increases the stress: the loop's rule only catches a non-finite one.
    const DescentLoop loop{.steps = maxIterations, .startValue = run.history.front()};
    const DescentOutcome outcome = descend(
        loop, start,
        [&](int, const Layout& flat) {
            const Eigen::MatrixXd x = Eigen::Map<const Points>(flat.data(), n, 2);
            for (int i = 0; i < n; ++i)
                for (int j = 0; j < n; ++j) {
                    const double length = (x.row(i) - x.row(j)).norm();
                    b(i, j) = i != j && length > 0 ? -d(i, j) / length : 0.0;
                }
            for (int i = 0; i < n; ++i)
                b(i, i) = -b.row(i).sum();
            Layout next(2 * n);
            Eigen::Map<Points>(next.data(), n, 2) = b * x / double(n);
            const double f = run.history.back(), fNext = stress(d, next);
            Proposal<Layout> proposal = Proposal<Layout>::to(std::move(next), fNext);
            if (f - fNext <= tolerance * f)
                proposal.thenStop("converged");
            return proposal;
        },
        [&](int, const Proposal<Layout>& accepted) {
            run.iterates.push_back(accepted.next), run.history.push_back(accepted.value);
            run.flops.push_back(run.flops.back() + gradientStepFlops(n));
            ++run.evaluations;
        });
    static_cast<DescentOutcome&>(run) = outcome;
    run.seconds = secondsSince(clock);
    return run;
}

Layout classicalMds(const Eigen::MatrixXd& d)
{
    const Eigen::Index n = d.rows();
    const Eigen::MatrixXd j = Eigen::MatrixXd::Identity(n, n) - Eigen::MatrixXd::Constant(n, n, 1.0 / double(n));
    const Eigen::MatrixXd b = -0.5 * j * d.cwiseProduct(d) * j;
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(b);
    Layout x(2 * n);
    for (int axis = 0; axis < 2; ++axis) {
        const Eigen::Index k = n - 1 - axis; // eigenvalues ascend
        const double scale = std::sqrt(std::max(eigen.eigenvalues()[k], 0.0));
        for (Eigen::Index i = 0; i < n; ++i)
            x[2 * i + axis] = scale * eigen.eigenvectors()(i, k);
    }
    return x;
}

Layout alignTo(const Layout& x, const Layout& target)
{
    const Eigen::Index n = x.size() / 2;
    using Points = Eigen::Matrix<double, Eigen::Dynamic, 2, Eigen::RowMajor>;
    const Points a = Eigen::Map<const Points>(x.data(), n, 2), b = Eigen::Map<const Points>(target.data(), n, 2);
    const Eigen::RowVector2d meanA = a.colwise().mean(), meanB = b.colwise().mean();
    const Points ca = a.rowwise() - meanA, cb = b.rowwise() - meanB;
    const Eigen::JacobiSVD<Eigen::Matrix2d> svd(ca.transpose() * cb, Eigen::ComputeFullU | Eigen::ComputeFullV);
    const Eigen::Matrix2d rotation = svd.matrixU() * svd.matrixV().transpose(); // may reflect: allowed
    const Points moved = (ca * rotation).rowwise() + meanB;
    return Eigen::Map<const Layout>(moved.data(), 2 * n);
}

Layout randomStart(int n, std::uint32_t seed)
{
    const std::vector<double> u = regression::numpyLegacyUniform(seed, 0.0, 1.0, 2 * n);
    return Eigen::Map<const Layout>(u.data(), 2 * n);
}

} // namespace gradus::core::mds
