#include "regularization.h"

#include "double_descent.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace gradus::core {

Vec2 LeastSquares2D::minimizer() const
{
    Vec2 w{0, 0};
    if (!gram.solve(moment, w))
        throw std::invalid_argument("the design matrix has rank below 2: the least-squares solution is not unique");
    return w;
}

LeastSquares2D makeLeastSquares2D(const std::vector<Vec2>& rows, const std::vector<double>& y)
{
    if (rows.size() != y.size())
        throw std::invalid_argument("rows and responses differ in number");
    LeastSquares2D loss;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Vec2& x = rows[i];
        loss.gram.xx += x[0] * x[0];
        loss.gram.xy += x[0] * x[1];
        loss.gram.yy += x[1] * x[1];
        loss.moment[0] += x[0] * y[i];
        loss.moment[1] += x[1] * y[i];
        loss.constant += y[i] * y[i];
    }
    return loss;
}

Vec2 solveInL1Ball(const LeastSquares2D& loss, double t)
{
    if (!(t > 0))
        throw std::invalid_argument("the radius must be positive");
    const Vec2 free = loss.minimizer();
    if (std::abs(free[0]) + std::abs(free[1]) <= t)
        return free;
    const Vec2 corners[4] = {{t, 0}, {0, t}, {-t, 0}, {0, -t}};
    Vec2 best = corners[0];
    double bestValue = loss.value(best);
    for (int k = 0; k < 4; ++k) {
        const Vec2& a = corners[k];
        const Vec2& b = corners[(k + 1) % 4];
        if (const double v = loss.value(a); v < bestValue)
            best = a, bestValue = v;
        // Along the edge w(s) = a + s(b − a): L'(s) = 2dᵀ(G(a + sd) − m) = 0.
        const Vec2 d = b - a;
        const double curvature = dot(d, loss.gram * d);
        if (!(curvature > 0))
            continue;
        const double s = -dot(d, loss.gram * a - loss.moment) / curvature;
        if (s > 0 && s < 1) {
            const Vec2 w = a + s * d;
            const double v = loss.value(w);
            if (v < bestValue)
                best = w, bestValue = v;
        }
    }
    return best;
}

Vec2 solveInL2Ball(const LeastSquares2D& loss, double t, double* multiplier)
{
    if (!(t > 0))
        throw std::invalid_argument("the radius must be positive");
    const Vec2 free = loss.minimizer();
    if (multiplier)
        *multiplier = 0;
    if (norm(free) <= t)
        return free;
    // In G's eigenbasis: ‖w(μ)‖² = Σ cᵢ²/(λᵢ + μ)², decreasing in μ ≥ 0 from ‖free‖² > t² to 0.
    Eigen::Matrix2d g;
    g << loss.gram.xx, loss.gram.xy, loss.gram.xy, loss.gram.yy;
    const Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d> eigen(g);
    const Eigen::Vector2d lambda = eigen.eigenvalues();
    const Eigen::Vector2d c = eigen.eigenvectors().transpose() * Eigen::Vector2d(loss.moment[0], loss.moment[1]);
    auto radius = [&](double mu) { return std::hypot(c[0] / (lambda[0] + mu), c[1] / (lambda[1] + mu)); };
    // φ(μ) = 1/‖w(μ)‖ − 1/t is increasing and nearly linear: Newton from the left converges fast.
    double low = 0, high = c.norm() / t; // ‖w(high)‖ ≤ ‖c‖/high = t
    double mu = 0;
    for (int iteration = 0; iteration < 200; ++iteration) {
        const double r = radius(mu);
        const double phi = 1 / r - 1 / t;
        if (phi < 0)
            low = mu;
        else
            high = mu;
        // dφ/dμ = (Σ cᵢ²/(λᵢ + μ)³) / r³
        const double slope = (c[0] * c[0] / std::pow(lambda[0] + mu, 3) + c[1] * c[1] / std::pow(lambda[1] + mu, 3)) / (r * r * r);
        double next = mu - phi / slope;
        if (!(next > low && next < high))
            next = 0.5 * (low + high);
        if (std::abs(next - mu) <= 1e-15 * std::max(1.0, mu))
            break;
        mu = next;
    }
    if (multiplier)
        *multiplier = mu;
    const Eigen::Vector2d w = eigen.eigenvectors() * Eigen::Vector2d(c[0] / (lambda[0] + mu), c[1] / (lambda[1] + mu));
    return {w[0], w[1]};
}

std::vector<double> DesignWithNoise::responses(const Vec2& w) const
{
    std::vector<double> y(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        y[i] = dot(rows[i], w) + noise[i];
    return y;
}

DesignWithNoise makeDesignWithNoise(int samples, double s1, double s2, double sigma, std::uint32_t seed)
{
    if (samples < 2)
        throw std::invalid_argument("at least two samples are needed");
    const std::vector<double> draws = regression::numpyLegacyNormal(seed, 1.0, 3 * samples + 1);
    // U: the Q of a Gaussian samples × 2 matrix (Gram–Schmidt twice is exact enough for two columns).
    Eigen::MatrixXd gaussian(samples, 2);
    for (int i = 0; i < samples; ++i)
        gaussian(i, 0) = draws[std::size_t(2 * i)], gaussian(i, 1) = draws[std::size_t(2 * i + 1)];
    const Eigen::HouseholderQR<Eigen::MatrixXd> qr(gaussian);
    const Eigen::MatrixXd u = qr.householderQ() * Eigen::MatrixXd::Identity(samples, 2);
    const double angle = M_PI * draws[std::size_t(3 * samples)];
    Eigen::Matrix2d v;
    v << std::cos(angle), -std::sin(angle), std::sin(angle), std::cos(angle);
    const Eigen::MatrixXd x = u * Eigen::Vector2d(s1, s2).asDiagonal() * v.transpose();
    DesignWithNoise design;
    for (int i = 0; i < samples; ++i) {
        design.rows.push_back({x(i, 0), x(i, 1)});
        design.noise.push_back(sigma * draws[std::size_t(2 * samples + i)]);
    }
    return design;
}

std::vector<Vec2> levelEllipse(const LeastSquares2D& loss, const Vec2& centre, double level, int points)
{
    const double excess = level - loss.value(centre);
    Eigen::Matrix2d g;
    g << loss.gram.xx, loss.gram.xy, loss.gram.xy, loss.gram.yy;
    const Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d> eigen(g);
    if (!(excess > 0) || !(eigen.eigenvalues()[0] > 1e-12 * std::max(1.0, eigen.eigenvalues()[1])))
        return {};
    std::vector<Vec2> ellipse;
    for (int k = 0; k <= points; ++k) {
        const double angle = 2 * M_PI * k / points;
        const Eigen::Vector2d offset = eigen.eigenvectors() * Eigen::Vector2d(std::sqrt(excess / eigen.eigenvalues()[0]) * std::cos(angle),
                                                                              std::sqrt(excess / eigen.eigenvalues()[1]) * std::sin(angle));
        ellipse.push_back({centre[0] + offset[0], centre[1] + offset[1]});
    }
    return ellipse;
}

DesignWithNoise makeNotebookDesign(int samples, double s1, double s2, double sigma, std::uint32_t seed)
{
    if (samples < 2)
        throw std::invalid_argument("at least two samples are needed");
    const std::vector<double> draws = regression::numpyLegacyNormal(seed, 1.0, 3 * samples);
    Eigen::MatrixXd x0(samples, 2); // randn(samples, 2) fills row by row
    for (int i = 0; i < samples; ++i)
        x0(i, 0) = draws[std::size_t(2 * i)], x0(i, 1) = draws[std::size_t(2 * i + 1)];
    // Paired sign flips of (uᵢ, vᵢ) leave U·S·Vᵀ unchanged: any SVD gives numpy's X.
    const Eigen::JacobiSVD<Eigen::MatrixXd> svd(x0, Eigen::ComputeThinU | Eigen::ComputeThinV);
    const Eigen::MatrixXd x = svd.matrixU() * Eigen::Vector2d(s1, s2).asDiagonal() * svd.matrixV().transpose();
    DesignWithNoise design;
    for (int i = 0; i < samples; ++i) {
        design.rows.push_back({x(i, 0), x(i, 1)});
        design.noise.push_back(sigma * draws[std::size_t(2 * samples + i)]);
    }
    return design;
}

DesignWithNoise rotatedDesign(const DesignWithNoise& design, double theta)
{
    DesignWithNoise turned = design;
    const double c = std::cos(theta), s = std::sin(theta);
    for (Vec2& row : turned.rows)
        row = {c * row[0] - s * row[1], s * row[0] + c * row[1]};
    return turned;
}

std::vector<double> projectOntoL1Ball(std::vector<double> v, double t)
{
    if (!(t > 0))
        throw std::invalid_argument("the radius must be positive");
    double total = 0;
    for (double x : v)
        total += std::abs(x);
    if (total <= t)
        return v;
    std::vector<double> magnitudes(v.size());
    std::transform(v.begin(), v.end(), magnitudes.begin(), [](double x) { return std::abs(x); });
    std::sort(magnitudes.begin(), magnitudes.end(), std::greater<>());
    // θ = (Σ_{i≤ρ} uᵢ − t)/ρ for the largest ρ with u_ρ > (Σ_{i≤ρ} uᵢ − t)/ρ.
    double cumulative = 0, threshold = 0;
    for (std::size_t k = 0; k < magnitudes.size(); ++k) {
        cumulative += magnitudes[k];
        const double candidate = (cumulative - t) / double(k + 1);
        if (magnitudes[k] > candidate)
            threshold = candidate;
    }
    for (double& x : v)
        x = std::copysign(std::max(std::abs(x) - threshold, 0.0), x);
    return v;
}

Regression standardized(const Regression& data)
{
    Regression out = data;
    const std::size_t n = data.rows.size();
    if (n < 2)
        throw std::invalid_argument("at least two rows are needed");
    const double meanY = std::accumulate(data.y.begin(), data.y.end(), 0.0) / double(n);
    for (double& v : out.y)
        v -= meanY;
    for (int j = 0; j < data.features(); ++j) {
        double mean = 0;
        for (const auto& row : data.rows)
            mean += row[std::size_t(j)];
        mean /= double(n);
        double variance = 0;
        for (const auto& row : data.rows)
            variance += (row[std::size_t(j)] - mean) * (row[std::size_t(j)] - mean);
        const double deviation = std::sqrt(variance / double(n));
        if (!(deviation > 0))
            throw std::invalid_argument("a column is constant: it cannot be standardized");
        for (auto& row : out.rows)
            row[std::size_t(j)] = (row[std::size_t(j)] - mean) / deviation;
    }
    return out;
}

namespace {

Eigen::MatrixXd designMatrix(const Regression& data)
{
    Eigen::MatrixXd x(Eigen::Index(data.rows.size()), data.features());
    for (std::size_t i = 0; i < data.rows.size(); ++i)
        for (int j = 0; j < data.features(); ++j)
            x(Eigen::Index(i), j) = data.rows[i][std::size_t(j)];
    return x;
}

} // namespace

std::vector<double> lassoPenaltyGrid(const Regression& data, int count, double ratio)
{
    const Eigen::MatrixXd x = designMatrix(data);
    const Eigen::VectorXd y = Eigen::Map<const Eigen::VectorXd>(data.y.data(), Eigen::Index(data.y.size()));
    const double largest = (x.transpose() * y).cwiseAbs().maxCoeff() / double(data.rows.size());
    std::vector<double> alphas(std::size_t(std::max(count, 1)));
    for (int k = 0; k < count; ++k)
        alphas[std::size_t(k)] = largest * std::pow(ratio, count > 1 ? double(k) / (count - 1) : 0.0);
    return alphas;
}

CoefficientPath lassoPath(const Regression& data, const std::vector<double>& alphas)
{
    const Eigen::MatrixXd x = designMatrix(data);
    const Eigen::VectorXd y = Eigen::Map<const Eigen::VectorXd>(data.y.data(), Eigen::Index(data.y.size()));
    const double n = double(x.rows());
    const Eigen::Index d = x.cols();
    const Eigen::VectorXd columnNorms = x.colwise().squaredNorm().transpose();
    Eigen::VectorXd w = Eigen::VectorXd::Zero(d);
    Eigen::VectorXd residual = y;
    CoefficientPath path;
    path.penalties = alphas;
    for (double alpha : alphas) {
        // Minimizing over wⱼ alone: wⱼ = S(xⱼᵀ(r + xⱼwⱼ), nα)/‖xⱼ‖² with S the soft threshold.
        for (int sweep = 0; sweep < 100000; ++sweep) {
            double largestChange = 0, largestCoefficient = 0;
            for (Eigen::Index j = 0; j < d; ++j) {
                if (!(columnNorms[j] > 0))
                    continue;
                const double old = w[j];
                const double rho = x.col(j).dot(residual) + columnNorms[j] * old;
                // Within rounding of the threshold counts as below it: at α_max = max|Xᵀy|/n, n·α_max
                // may differ from |xⱼᵀy| in the last bit, and the coefficient must stay exactly 0.
                const double excess = std::abs(rho) - n * alpha;
                const double shrunk = excess > 1e-12 * std::abs(rho) ? std::copysign(excess, rho) / columnNorms[j] : 0.0;
                if (shrunk != old) {
                    residual -= (shrunk - old) * x.col(j);
                    w[j] = shrunk;
                }
                largestChange = std::max(largestChange, std::abs(shrunk - old));
                largestCoefficient = std::max(largestCoefficient, std::abs(shrunk));
            }
            if (largestChange <= 1e-13 * std::max(largestCoefficient, 1e-300))
                break;
        }
        path.coefficients.emplace_back(w.data(), w.data() + d);
    }
    return path;
}

CoefficientPath ridgePath(const Regression& data, const std::vector<double>& alphas)
{
    const Eigen::MatrixXd x = designMatrix(data);
    const Eigen::VectorXd y = Eigen::Map<const Eigen::VectorXd>(data.y.data(), Eigen::Index(data.y.size()));
    const Eigen::MatrixXd gram = x.transpose() * x;
    const Eigen::VectorXd moment = x.transpose() * y;
    CoefficientPath path;
    path.penalties = alphas;
    for (double alpha : alphas) {
        const Eigen::MatrixXd regularized = gram + alpha * Eigen::MatrixXd::Identity(x.cols(), x.cols());
        const Eigen::VectorXd w = regularized.ldlt().solve(moment);
        path.coefficients.emplace_back(w.data(), w.data() + w.size());
    }
    return path;
}

} // namespace gradus::core
