#pragma once
// Minimum-norm polynomial regression on Chebyshev features, degree by degree: the double-descent
// curve (train and test error and the coefficient norm against the degree).

#include <cstdint>
#include <vector>

namespace gradus::core {
class ComputeControl;
}

namespace gradus::core::regression {

// numpy's legacy generator: np.random.seed(seed) then np.random.normal(0, sigma, n) (Mersenne
// Twister, 53-bit doubles, the polar Box–Muller with the second value kept), so the seed notebook's
// noise is reproduced exactly.
std::vector<double> numpyLegacyNormal(std::uint32_t seed, double sigma, int n);
// numpy.random.seed(seed); numpy.random.uniform(low, high, n).
std::vector<double> numpyLegacyUniform(std::uint32_t seed, double low, double high, int n);
std::vector<double> linspace(double from, double to, int n);

// numpy.polynomial.chebyshev.chebvander(x, degree): row i is T₀(xᵢ) … T_degree(xᵢ), row-major.
std::vector<double> chebyshevVander(const std::vector<double>& x, int degree);

struct PolynomialFit {
    std::vector<double> coefficients; // Chebyshev coefficients β₀ … β_D
    int rank = 0;                     // numerical rank of the feature matrix used
};
// argmin ‖β‖ among the minimizers of ‖Aβ − y‖² (+ ridge·‖β‖²), A = chebvander(x, degree), through
// the SVD (LAPACK dgesdd): singular values at or below rcond·σ_max are treated as zero, numpy.linalg.pinv's rule
// (rcond 1e-15 by default).
PolynomialFit fitMinimumNorm(const std::vector<double>& x, const std::vector<double>& y, int degree, double ridge = 0,
                             double rcond = 1e-15);
// Σ βⱼ Tⱼ(x) by Clenshaw's recurrence.
double evaluateChebyshev(const std::vector<double>& coefficients, double x);

struct DoubleDescentCurve {
    std::vector<int> degrees;
    std::vector<double> trainMse, testMse, coefficientNorm;
    std::vector<std::vector<double>> coefficients; // per degree
};
DoubleDescentCurve doubleDescent(const std::vector<double>& xTrain, const std::vector<double>& yTrain,
                                 const std::vector<double>& xTest, const std::vector<double>& yTest, int maxDegree,
                                 double ridge, ComputeControl* control);

} // namespace gradus::core::regression
