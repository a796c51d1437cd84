#include "kashin.h"

#include "core/compute_control.h"

#include <Eigen/QR>

#include <cmath>
#include <numbers>
#include <random>

namespace gradus::core::quantization {

Matrix dctBasis(int n)
{
    Matrix q(n, n);
    for (int k = 0; k < n; ++k) {
        const double scale = std::sqrt((k == 0 ? 1.0 : 2.0) / n);
        for (int i = 0; i < n; ++i)
            q(i, k) = scale * std::cos(std::numbers::pi * (2 * i + 1) * k / (2.0 * n));
    }
    return q;
}

Matrix randomOrthogonal(int n, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    Matrix g(n, n);
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i)
            g(i, j) = normal(rng);
    const Eigen::HouseholderQR<Matrix> qr(g);
    Matrix q = qr.householderQ();
    const Matrix r = qr.matrixQR().triangularView<Eigen::Upper>();
    for (int j = 0; j < n; ++j)
        if (r(j, j) < 0)
            q.col(j) = -q.col(j);
    return q;
}

Matrix synthesize(const KroneckerBasis& basis, const Matrix& v) { return basis.left * v * basis.right.transpose(); }

namespace {

Matrix clipped(const Matrix& a, double level) { return a.cwiseMax(-level).cwiseMin(level); }

double maxAbs(const Matrix& a) { return a.size() ? a.cwiseAbs().maxCoeff() : 0.0; }

} // namespace

KashinDecomposition kashinDecompose(const Matrix& x, const KroneckerBasis& basis, const KashinSettings& settings, bool keepHistory,
                                    ComputeControl* control)
{
    KashinDecomposition result;
    result.u = Matrix::Zero(x.rows(), x.cols());
    result.v = Matrix::Zero(x.rows(), x.cols());
    result.norm = x.norm();
    const double frameSize = 2.0 * double(x.size()); // N: the frame [I, Q] has two vectors per entry
    // Lyubarskii–Vershynin clip the Parseval frame's coefficients c = Φᵀr = (r, Qᵀr)/√2 at M and add
    // them to a; here U = a_I/√2 and V = a_Q/√2 directly, so both the coefficients (r/2, Qᵀr/2) and the
    // level M/√2 carry that factor, and what is taken off the residual is U-step + Q·V-step.
    double level = result.norm / std::sqrt(2.0 * settings.delta * frameSize);
    result.bound = level / (1.0 - settings.eta);
    const double stopAt = settings.tolerance * result.norm;

    Matrix residual = x;
    result.steps.push_back({0, 0, 1.0, level});
    if (keepHistory) {
        result.uHistory.push_back(result.u);
        result.vHistory.push_back(result.v);
    }
    if (result.norm == 0) {
        result.converged = true;
        return result;
    }
    for (int k = 0; k < settings.iterations; ++k) {
        checkpoint(control, double(k) / settings.iterations);
        const Matrix stepU = clipped(0.5 * residual, level);
        const Matrix stepV = clipped(0.5 * (basis.left.transpose() * residual * basis.right), level);
        result.u += stepU;
        result.v += stepV;
        residual -= stepU + synthesize(basis, stepV);
        const double remaining = residual.norm();
        result.steps.push_back({maxAbs(result.u), maxAbs(result.v), remaining / result.norm, level});
        if (keepHistory) {
            result.uHistory.push_back(result.u);
            result.vHistory.push_back(result.v);
        }
        level *= settings.eta;
        if (remaining <= stopAt) {
            result.converged = true;
            break;
        }
    }
    return result;
}

} // namespace gradus::core::quantization
