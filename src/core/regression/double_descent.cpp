#include "double_descent.h"

#include "core/compute_control.h"
#include "core/linalg/dense.h"

#include <lapacke.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

namespace gradus::core::regression {

namespace {

// numpy's random_double: 53 random bits from two 32-bit draws.
double numpyDouble(std::mt19937& mt)
{
    const std::uint32_t a = mt() >> 5, b = mt() >> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
}

} // namespace

std::vector<double> numpyLegacyNormal(std::uint32_t seed, double sigma, int n)
{
    std::mt19937 mt(seed); // numpy's init_genrand for an integer seed
    std::vector<double> out;
    out.reserve(size_t(std::max(0, n)));
    bool haveSpare = false;
    double spare = 0;
    for (int i = 0; i < n; ++i) {
        if (haveSpare) {
            haveSpare = false;
            out.push_back(sigma * spare);
            continue;
        }
        double x1, x2, r2;
        do {
            x1 = 2.0 * numpyDouble(mt) - 1.0;
            x2 = 2.0 * numpyDouble(mt) - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        const double f = std::sqrt(-2.0 * std::log(r2) / r2);
        spare = f * x1;
        haveSpare = true;
        out.push_back(sigma * f * x2);
    }
    return out;
}

std::vector<double> numpyLegacyUniform(std::uint32_t seed, double low, double high, int n)
{
    std::mt19937 mt(seed);
    std::vector<double> out;
    for (int i = 0; i < n; ++i)
        out.push_back(low + (high - low) * numpyDouble(mt));
    return out;
}

std::vector<double> linspace(double from, double to, int n)
{
    std::vector<double> out;
    if (n == 1)
        return {from};
    const double step = (to - from) / (n - 1);
    for (int i = 0; i < n; ++i)
        out.push_back(from + i * step);
    if (n > 1)
        out.back() = to; // numpy sets the end point exactly
    return out;
}

std::vector<double> chebyshevVander(const std::vector<double>& x, int degree)
{
    const size_t columns = size_t(degree) + 1;
    std::vector<double> v(x.size() * columns);
    for (size_t i = 0; i < x.size(); ++i) {
        double* row = v.data() + i * columns;
        row[0] = 1.0;
        if (degree >= 1)
            row[1] = x[i];
        for (size_t k = 2; k < columns; ++k)
            row[k] = 2.0 * x[i] * row[k - 1] - row[k - 2]; // T_k = 2x T_{k−1} − T_{k−2}
    }
    return v;
}

double evaluateChebyshev(const std::vector<double>& c, double x)
{
    // Clenshaw: b_k = c_k + 2x b_{k+1} − b_{k+2}; f = c_0 + x b_1 − b_2.
    double b1 = 0, b2 = 0;
    for (size_t k = c.size(); k-- > 1;) {
        const double b0 = c[k] + 2.0 * x * b1 - b2;
        b2 = b1;
        b1 = b0;
    }
    return c.empty() ? 0.0 : c[0] + x * b1 - b2;
}

PolynomialFit fitMinimumNorm(const std::vector<double>& x, const std::vector<double>& y, int degree, double ridge,
                             double rcond)
{
    const lapack_int m = lapack_int(x.size()), n = lapack_int(degree) + 1, k = std::min(m, n);
    if (m == 0)
        throw std::invalid_argument("no training points");
    const std::vector<double> rows = chebyshevVander(x, degree);
    // LAPACK wants column-major; chebyshevVander gives rows.
    auto columnMajor = [&] {
        std::vector<double> a(rows.size());
        for (lapack_int i = 0; i < m; ++i)
            for (lapack_int j = 0; j < n; ++j)
                a[size_t(j) * size_t(m) + size_t(i)] = rows[size_t(i) * size_t(n) + size_t(j)];
        return a;
    };
    if (ridge == 0) {
        std::vector<double> a = columnMajor();
        std::vector<double> b(size_t(std::max(m, n)), 0.0);
        std::copy(y.begin(), y.end(), b.begin());
        // Well-conditioned matrices (most degrees) take QR or LQ (dgels), several times cheaper than
        // an SVD and the same solution to rounding; then the condition number decides. Below a
        // reciprocal condition of 1e-7 the SVD (dgelsd) with pinv's truncation rule takes over, as
        // only it resolves the numerical rank. The switch changes results by ~1e-16 × cond ≤ 1e-9.
        double reciprocalCondition = 0;
        {
            const linalg::BlasGuard guard;
            const lapack_int info = LAPACKE_dgels(LAPACK_COL_MAJOR, 'N', m, n, 1, a.data(), m, b.data(), std::max(m, n));
            if (info == 0)
                LAPACKE_dtrcon(LAPACK_COL_MAJOR, '1', m >= n ? 'U' : 'L', 'N', k, a.data(), m, &reciprocalCondition);
        }
        PolynomialFit fit;
        if (reciprocalCondition >= 1e-7) {
            fit.coefficients.assign(b.begin(), b.begin() + n);
            fit.rank = int(k);
            return fit;
        }
        a = columnMajor(); // dgels overwrote it
        std::fill(b.begin(), b.end(), 0.0);
        std::copy(y.begin(), y.end(), b.begin());
        std::vector<double> s(static_cast<size_t>(k));
        lapack_int rank = 0;
        {
            const linalg::BlasGuard guard;
            if (LAPACKE_dgelsd(LAPACK_COL_MAJOR, m, n, 1, a.data(), m, b.data(), std::max(m, n), s.data(), rcond, &rank) != 0)
                throw std::runtime_error("dgelsd did not converge");
        }
        fit.coefficients.assign(b.begin(), b.begin() + n);
        fit.rank = int(rank);
        return fit;
    }
    // With a ridge, the SVD is taken of whichever of A and Aᵀ is tall (LAPACK's gesdd is several times faster
    // on tall matrices). A's row-major buffer is Aᵀ in column-major order, so the wide case needs
    // no copy. Afterwards leftᵢ is the i-th left singular vector of A (m values) and rightᵢ the
    // i-th right one (n values).
    const bool wide = m < n;
    std::vector<double> a = wide ? rows : columnMajor();
    const lapack_int tall = wide ? n : m, narrow = wide ? m : n;
    std::vector<double> s(static_cast<size_t>(k)), u(static_cast<size_t>(tall * k)), vt(static_cast<size_t>(k * narrow));
    {
        const linalg::BlasGuard guard;
        if (LAPACKE_dgesdd(LAPACK_COL_MAJOR, 'S', tall, narrow, a.data(), tall, s.data(), u.data(), tall, vt.data(), k) != 0)
            throw std::runtime_error("dgesdd did not converge");
    }
    auto left = [&](lapack_int i, lapack_int r) { // i-th left singular vector of A, entry r < m
        return wide ? vt[size_t(r) * size_t(k) + size_t(i)] : u[size_t(i) * size_t(m) + size_t(r)];
    };
    auto right = [&](lapack_int i, lapack_int j) { // i-th right singular vector of A, entry j < n
        return wide ? u[size_t(i) * size_t(n) + size_t(j)] : vt[size_t(j) * size_t(k) + size_t(i)];
    };
    // β = V · diag(σ / (σ² + λ)) · Uᵀ y, dropping σ ≤ rcond·σ_max (for λ = 0 this is pinv(A)·y).
    PolynomialFit fit;
    fit.coefficients.assign(size_t(n), 0.0);
    const double cutoff = rcond * s[0];
    for (lapack_int i = 0; i < k; ++i) {
        if (s[size_t(i)] <= cutoff)
            continue;
        ++fit.rank;
        double uty = 0;
        for (lapack_int r = 0; r < m; ++r)
            uty += left(i, r) * y[size_t(r)];
        const double scale = s[size_t(i)] / (s[size_t(i)] * s[size_t(i)] + ridge) * uty;
        for (lapack_int j = 0; j < n; ++j)
            fit.coefficients[size_t(j)] += scale * right(i, j);
    }
    return fit;
}

DoubleDescentCurve doubleDescent(const std::vector<double>& xTrain, const std::vector<double>& yTrain,
                                 const std::vector<double>& xTest, const std::vector<double>& yTest, int maxDegree,
                                 double ridge, ComputeControl* control)
{
    DoubleDescentCurve curve;
    auto mse = [](const std::vector<double>& c, const std::vector<double>& x, const std::vector<double>& y) {
        double sum = 0;
        for (size_t i = 0; i < x.size(); ++i) {
            const double r = evaluateChebyshev(c, x[i]) - y[i];
            sum += r * r;
        }
        return x.empty() ? 0.0 : sum / double(x.size());
    };
    for (int degree = 0; degree <= maxDegree; ++degree) {
        checkpoint(control, double(degree) / (maxDegree + 1));
        PolynomialFit fit = fitMinimumNorm(xTrain, yTrain, degree, ridge);
        double norm = 0;
        for (double b : fit.coefficients)
            norm += b * b;
        curve.degrees.push_back(degree);
        curve.trainMse.push_back(mse(fit.coefficients, xTrain, yTrain));
        curve.testMse.push_back(mse(fit.coefficients, xTest, yTest));
        curve.coefficientNorm.push_back(std::sqrt(norm));
        curve.coefficients.push_back(std::move(fit.coefficients));
    }
    return curve;
}

} // namespace gradus::core::regression
