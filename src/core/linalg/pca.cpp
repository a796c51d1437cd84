#include "pca.h"

#include "core/compute_control.h"

#include <lapacke.h>

#include <algorithm>
#include <stdexcept>

namespace gradus::core::linalg {

namespace {

// scikit-learn's svd_flip with u_based_decision: the score column's largest |entry| is positive.
// `scores` is anything proportional to them column by column (U of the SVD will do).
void flipSigns(MatrixF& components, const MatrixF& scores)
{
    for (Eigen::Index i = 0; i < components.rows(); ++i) {
        Eigen::Index at = 0;
        scores.col(i).cwiseAbs().maxCoeff(&at);
        if (scores(at, i) < 0)
            components.row(i) *= -1.0f;
    }
}

} // namespace

Pca fitPca(const MatrixF& samples, int k, PcaSolver solver, ComputeControl* control)
{
    const Eigen::Index n = samples.rows(), d = samples.cols();
    if (n < 2 || d < 1)
        throw std::invalid_argument("PCA needs at least two samples");
    k = std::clamp<int>(k, 1, int(std::min(n, d)));
    Pca out;
    out.mean = samples.cast<double>().colwise().mean().cast<float>().transpose();
    MatrixF centred = samples.rowwise() - out.mean.transpose();
    out.totalVariance = double(centred.cast<double>().squaredNorm()) / double(n - 1);
    checkpoint(control, 0.1);

    if (solver == PcaSolver::Auto)
        solver = d <= 2000 ? PcaSolver::Covariance : PcaSolver::Randomized;
    if (solver == PcaSolver::Covariance) {
        MatrixF covariance = multiply(centred, true, centred, false); // d × d, ×(n − 1)
        checkpoint(control, 0.6);
        VectorF eigenvalues(d);
        if (const lapack_int info = withBlas([&] {
                return LAPACKE_ssyevd(LAPACK_COL_MAJOR, 'V', 'U', lapack_int(d), covariance.data(), lapack_int(d),
                                      eigenvalues.data());
            });
            info != 0)
            throw std::runtime_error("ssyevd did not converge");
        // Ascending order from LAPACK: the last k are the leading ones.
        out.components.resize(k, d);
        out.singularValues.resize(k);
        for (int i = 0; i < k; ++i) {
            const Eigen::Index column = d - 1 - i;
            out.components.row(i) = covariance.col(column).transpose();
            out.singularValues[i] = std::sqrt(std::max(0.0f, eigenvalues[column]));
        }
        flipSigns(out.components, multiply(centred, false, out.components, true));
    } else {
        RandomizedSvdOptions options;
        options.seed = 0;
        ComputeStage stage(control, 0.1, 0.9);
        const Svd svd = randomizedSvd(centred, k, options, stage.get());
        out.components = svd.v.transpose();
        out.singularValues = svd.s;
        out.randomized = true;
        flipSigns(out.components, svd.u);
    }
    out.explainedVariance = out.singularValues.array().square() / float(n - 1);
    out.explainedVarianceRatio = out.explainedVariance / float(std::max(out.totalVariance, 1e-300));
    checkpoint(control, 1.0);
    return out;
}

MatrixF transform(const Pca& pca, const MatrixF& samples)
{
    const MatrixF centred = samples.rowwise() - pca.mean.transpose();
    return multiply(centred, false, pca.components, true);
}

VectorF reconstructSample(const Pca& pca, const VectorF& scores, int k)
{
    k = std::clamp<int>(k, 0, int(std::min<Eigen::Index>(scores.size(), pca.components.rows())));
    return pca.mean + pca.components.topRows(k).transpose() * scores.head(k);
}

} // namespace gradus::core::linalg
