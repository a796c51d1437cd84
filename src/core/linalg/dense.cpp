#include "dense.h"

#include "core/compute_control.h"

#include <cblas.h>
#include <lapacke.h>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace gradus::core::linalg {

namespace {

void checkLapack(lapack_int info, const char* routine)
{
    if (info < 0)
        throw std::logic_error(std::string(routine) + ": invalid argument " + std::to_string(-info));
    if (info > 0)
        throw std::runtime_error(std::string(routine) + " did not converge");
}

} // namespace

bool blasTakesConcurrentCalls()
{
    // 1: OpenBLAS's own pthreads server, built thread-safe; 0 (serial build) and 2 (OpenMP) are not (dense.h).
    static const bool concurrent = openblas_get_parallel() == 1;
    return concurrent;
}

BlasGuard::BlasGuard()
{
    useSingleThreadedBlas();
    static std::mutex mutex;
    if (!blasTakesConcurrentCalls())
        lock_ = std::unique_lock(mutex);
}

// OpenBLAS's idle threads wait for work by spinning. Beside any other busy process on a two-core lab
// machine a threaded call then crawls: with five low-priority processes running, bench_linalg's
// 1080×1920 gesdd took 8.6 s threaded and 0.6 s on one thread, 512×512 1.9 s against 50 ms, and CBC's
// small dense factorizations kept test_lessons past its 5-minute limit. On a quiet machine two threads
// saved only about a quarter, and the computation already runs beside the GUI thread.
void useSingleThreadedBlas()
{
    // The pthread and serial builds take the count process-wide; the OpenMP build takes it per calling thread
    // (omp_set_num_threads), so each thread that calls BLAS sets it once.
    thread_local bool set = false;
    if (!set) {
        openblas_set_num_threads(1);
        set = true;
    }
}

Svd thinSvd(const MatrixF& a)
{
    // OpenBLAS's gesdd is markedly faster on tall matrices (1920×1080: 0.47 s, its transpose 0.60 s;
    // 1920×210: 25 ms, its transpose 93 ms): decompose the tall orientation and swap u and v.
    if (a.rows() < a.cols()) {
        Svd t = thinSvd(MatrixF(a.transpose()));
        std::swap(t.u, t.v);
        return t;
    }
    const lapack_int m = lapack_int(a.rows()), n = lapack_int(a.cols()), k = std::min(m, n);
    Svd out;
    out.s.resize(k);
    out.u.resize(m, k);
    MatrixF vt(k, n);
    if (k == 0) {
        out.v.resize(n, 0);
        return out;
    }
    MatrixF work = a; // gesdd overwrites its input
    const BlasGuard guard;
    checkLapack(LAPACKE_sgesdd(LAPACK_COL_MAJOR, 'S', m, n, work.data(), m, out.s.data(), out.u.data(), m,
                               vt.data(), k),
                "sgesdd");
    out.v = vt.transpose();
    return out;
}

VectorF singularValues(const MatrixF& a)
{
    const lapack_int m = lapack_int(a.rows()), n = lapack_int(a.cols()), k = std::min(m, n);
    VectorF s(k);
    if (k == 0)
        return s;
    MatrixF work = a;
    float unused = 0;
    const BlasGuard guard;
    checkLapack(LAPACKE_sgesdd(LAPACK_COL_MAJOR, 'N', m, n, work.data(), m, s.data(), &unused, 1, &unused, 1),
                "sgesdd");
    return s;
}

MatrixF multiply(const MatrixF& a, bool transposeA, const MatrixF& b, bool transposeB)
{
    const Eigen::Index m = transposeA ? a.cols() : a.rows();
    const Eigen::Index inner = transposeA ? a.rows() : a.cols();
    const Eigen::Index innerB = transposeB ? b.cols() : b.rows();
    const Eigen::Index n = transposeB ? b.rows() : b.cols();
    if (inner != innerB)
        throw std::logic_error("multiply: inner dimensions differ");
    MatrixF c(m, n);
    if (m == 0 || n == 0)
        return c;
    if (inner == 0) {
        c.setZero();
        return c;
    }
    const BlasGuard guard;
    cblas_sgemm(CblasColMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                int(m), int(n), int(inner), 1.0f, a.data(), int(std::max<Eigen::Index>(1, a.rows())),
                b.data(), int(std::max<Eigen::Index>(1, b.rows())), 0.0f, c.data(), int(std::max<Eigen::Index>(1, m)));
    return c;
}

MatrixF reconstruct(const Svd& svd, int k)
{
    k = std::clamp(k, 0, svd.rank());
    MatrixF scaled = svd.u.leftCols(k) * svd.s.head(k).asDiagonal();
    return multiply(scaled, false, MatrixF(svd.v.leftCols(k)), true);
}

MatrixF rangeBasisByLu(MatrixF a)
{
    const lapack_int m = lapack_int(a.rows()), n = lapack_int(a.cols());
    if (n == 0 || m == 0)
        return a;
    // With fewer independent columns than columns (a flat grey picture has rank 1), the pivots past
    // the rank are rounding noise and L can overflow: then QR, which is stable whatever the rank.
    const MatrixF original = a;
    std::vector<lapack_int> pivots(size_t(std::min(m, n)));
    lapack_int info = 0;
    {
        const BlasGuard guard;
        info = LAPACKE_sgetrf(LAPACK_COL_MAJOR, m, n, a.data(), m, pivots.data());
    }
    if (info < 0)
        throw std::logic_error("sgetrf: invalid argument");
    MatrixF l = a.triangularView<Eigen::StrictlyLower>();
    l.diagonal().setOnes();
    for (lapack_int i = lapack_int(pivots.size()) - 1; i >= 0; --i) // P·L: undo the row swaps
        if (pivots[size_t(i)] - 1 != i)
            l.row(i).swap(l.row(pivots[size_t(i)] - 1));
    const float growth = l.cwiseAbs().maxCoeff();
    if (info > 0 || !std::isfinite(growth) || growth > 1e6f)
        return orthonormalColumns(original);
    return l;
}

MatrixF orthonormalColumns(MatrixF a)
{
    const lapack_int m = lapack_int(a.rows()), n = lapack_int(a.cols());
    if (n == 0 || m == 0)
        return a;
    if (m < n)
        throw std::logic_error("orthonormalColumns: more columns than rows");
    VectorF tau(n);
    const BlasGuard guard;
    checkLapack(LAPACKE_sgeqrf(LAPACK_COL_MAJOR, m, n, a.data(), m, tau.data()), "sgeqrf");
    checkLapack(LAPACKE_sorgqr(LAPACK_COL_MAJOR, m, n, n, a.data(), m, tau.data()), "sorgqr");
    return a;
}

Svd randomizedSvd(const MatrixF& a, int rank, const RandomizedSvdOptions& options, ComputeControl* control)
{
    const int m = int(a.rows()), n = int(a.cols());
    const int full = std::min(m, n);
    rank = std::clamp(rank, 0, full);
    const int sketch = std::min(full, rank + std::max(0, options.oversamples));
    if (rank == 0)
        return Svd{MatrixF(m, 0), VectorF(0), MatrixF(n, 0)};
    if (sketch >= full) { // nothing to gain from sketching
        Svd svd = thinSvd(a);
        svd.u.conservativeResize(Eigen::NoChange, rank);
        svd.v.conservativeResize(Eigen::NoChange, rank);
        svd.s.conservativeResize(rank);
        return svd;
    }
    const int iterations = options.powerIterations >= 0 ? options.powerIterations : (rank < 0.1 * full ? 7 : 4);

    std::mt19937_64 generator(options.seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    MatrixF omega(n, sketch);
    for (Eigen::Index i = 0; i < omega.size(); ++i)
        omega.data()[i] = normal(generator);

    const int steps = 2 * iterations + 3;
    int done = 0;
    checkpoint(control, 0.0);
    MatrixF q = multiply(a, false, omega, false);
    q = iterations > 0 ? rangeBasisByLu(std::move(q)) : orthonormalColumns(std::move(q));
    checkpoint(control, double(++done) / steps);
    for (int it = 0; it < iterations; ++it) {
        // Between the products only the span matters: LU is as good as QR there and several times
        // cheaper (scikit-learn's power_iteration_normalizer="LU"); the last basis is orthonormal.
        MatrixF z = rangeBasisByLu(multiply(a, true, q, false));
        checkpoint(control, double(++done) / steps);
        q = multiply(a, false, z, false);
        q = it + 1 < iterations ? rangeBasisByLu(std::move(q)) : orthonormalColumns(std::move(q));
        checkpoint(control, double(++done) / steps);
    }
    const MatrixF b = multiply(q, true, a, false); // sketch × n
    checkpoint(control, double(++done) / steps);
    Svd small = thinSvd(b);
    Svd out;
    out.u = multiply(q, false, MatrixF(small.u.leftCols(rank)), false);
    out.s = small.s.head(rank);
    out.v = small.v.leftCols(rank);
    checkpoint(control, 1.0);
    return out;
}

double tailEnergy(const VectorF& s, int k)
{
    double sum = 0;
    for (Eigen::Index i = std::max(0, k); i < s.size(); ++i)
        sum += double(s[i]) * double(s[i]);
    return sum;
}

} // namespace gradus::core::linalg
