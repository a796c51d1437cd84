#pragma once
// Principal component analysis of a data matrix (one sample per row), with scikit-learn's
// conventions so that results can be compared with sklearn.decomposition.PCA: components are unit
// rows, explained_variance uses n − 1, and signs follow svd_flip (the largest |entry| of each
// component's scores is positive).

#include "dense.h"

namespace gradus::core::linalg {

struct Pca {
    VectorF mean;                    // d
    MatrixF components;              // k × d, orthonormal rows
    VectorF singularValues;          // k, of the centred data
    VectorF explainedVariance;       // k: σ² / (n − 1)
    VectorF explainedVarianceRatio;  // k: of the total variance
    double totalVariance = 0;        // Σ over all features of the sample variance
    bool randomized = false;
};

enum class PcaSolver {
    Auto,       // covariance eigendecomposition when d ≤ 2,000, else randomized
    Covariance, // d × d covariance (one sgemm) and LAPACK ssyevd: exact, fast for d up to a few thousand
    Randomized, // randomized SVD of the centred data (Halko et al.), for large d and k ≪ d
};

Pca fitPca(const MatrixF& samples, int components, PcaSolver solver = PcaSolver::Auto, ComputeControl* control = nullptr);

// Scores of the samples (n × k): (x − mean) · componentsᵀ.
MatrixF transform(const Pca& pca, const MatrixF& samples);
// mean + Σ_{i<k} scoreᵢ · componentᵢ for one sample's scores.
VectorF reconstructSample(const Pca& pca, const VectorF& scores, int k);

} // namespace gradus::core::linalg
