#pragma once
// Dense single-precision linear algebra for images and datasets: the thin SVD (LAPACK gesdd), the
// randomized SVD of Halko, Martinsson and Tropp, and matrix products, all through OpenBLAS.
// Why not Eigen for these: the distributed binary is built for generic x86-64, where Eigen's kernels
// use SSE2 only, while OpenBLAS picks AVX2/FMA kernels at run time and uses every core
// (bench/results: BDCSVD vs gesdd). Eigen holds the matrices and does the cheap glue.

#include <Eigen/Core>

#include <cstdint>
#include <mutex>

namespace gradus::core {
class ComputeControl;
}

namespace gradus::core::linalg {

using MatrixF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic>; // column-major
using VectorF = Eigen::VectorXf;

// The one rule for BLAS and LAPACK in Gradus: every call (here, in core/regression, in core/models) holds a
// BlasGuard while it runs. The guard puts OpenBLAS on one thread, once per process (dense.cpp says why), and
// serializes the calls when the OpenBLAS that was loaded cannot take calls from several threads at once.
// Debian's default variant (libopenblas0-pthread) can: test_core_blas_threads runs sgemm and sgesdd from six
// threads at once and gets the serial results bit for bit (0 of 2,400 differ), so the landscape's grid threads
// and the svd jobs run side by side. The serial variant cannot (2 of 2,400 products wrong, relative error 0.38),
// nor the OpenMP one (openblas_set_num_threads holds only for the calling thread: the other threads' calls ran on
// every core, 20 times slower, until each thread sets its own count); a machine may select either with
// update-alternatives, so the guard asks openblas_get_parallel() which one it got.
class BlasGuard {
public:
    BlasGuard();
    BlasGuard(const BlasGuard&) = delete;
    BlasGuard& operator=(const BlasGuard&) = delete;

private:
    std::unique_lock<std::mutex> lock_; // engaged only for a variant that needs it
};
template <class Call>
auto withBlas(Call&& call)
{
    const BlasGuard guard;
    return call();
}

// True for an OpenBLAS that may be called from several threads at once (the pthread variant).
bool blasTakesConcurrentCalls();

// Puts OpenBLAS on one thread (once per calling thread: the OpenMP build keeps the count per thread); BlasGuard
// calls it.
void useSingleThreadedBlas();

// A ≈ u · diag(s) · vᵀ with s sorted in decreasing order; u is m×k, v is n×k.
struct Svd {
    MatrixF u;
    VectorF s;
    MatrixF v;
    int rank() const { return int(s.size()); }
};

// All min(m, n) singular triplets (LAPACK sgesdd, divide and conquer; numpy.linalg.svd's routine).
// Throws std::runtime_error when LAPACK reports that it did not converge.
Svd thinSvd(const MatrixF& a);
// Only the singular values (sgesdd with jobz = 'N'): much cheaper than the vectors.
VectorF singularValues(const MatrixF& a);

struct RandomizedSvdOptions {
    int oversamples = 10;      // scikit-learn's n_oversamples
    int powerIterations = -1;  // -1: scikit-learn's "auto", 7 when rank < 0.1·min(m, n), else 4
    std::uint64_t seed = 0;
};
// The leading `rank` singular triplets by randomized range finding with power iterations
// (Halko et al. 2011, Algorithm 4.4, re-orthonormalized by QR each half-step). Accurate to the
// float precision for images, whose spectra decay. Checks for cancellation between iterations.
Svd randomizedSvd(const MatrixF& a, int rank, const RandomizedSvdOptions& options = {}, ComputeControl* control = nullptr);

// op(a) · op(b) with op = transpose when asked (BLAS sgemm).
MatrixF multiply(const MatrixF& a, bool transposeA, const MatrixF& b, bool transposeB);
// u.leftCols(k) · diag(s.head(k)) · v.leftCols(k)ᵀ
MatrixF reconstruct(const Svd& svd, int k);
// A basis of the column space of a (m×n, m ≥ n, full column rank): P·L of its LU factorization.
// Not orthonormal, but cheap; keeps power iterations from collapsing onto the top singular vector.
MatrixF rangeBasisByLu(MatrixF a);
// Orthonormal basis of the columns of a (m×n, m ≥ n) by Householder QR (sgeqrf + sorgqr).
MatrixF orthonormalColumns(MatrixF a);

// Σᵢ σᵢ² for i ≥ k, accumulated in double: the squared Frobenius error of the best rank-k
// approximation (Eckart–Young–Mirsky) when s holds every singular value.
double tailEnergy(const VectorF& s, int k);

} // namespace gradus::core::linalg
