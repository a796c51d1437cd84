#include "chebyshev.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace gradus::core {

namespace {
constexpr double kPi = 3.14159265358979323846;

// T_k(z) for any real z: cos(k·acos z) inside [−1, 1], ±cosh(k·acosh|z|) outside.
double chebyshevT(int k, double z)
{
    if (std::abs(z) <= 1)
        return std::cos(k * std::acos(z));
    const double magnitude = std::cosh(k * std::acosh(std::abs(z)));
    return z < 0 && k % 2 == 1 ? -magnitude : magnitude;
}
} // namespace

double chebyshevResidual(double mu, double L, int k, double lambda)
{
    if (k == 0)
        return 1;
    if (!(L > mu))
        return 1 - lambda / L; // one step of 1/L: exact for the single eigenvalue
    const double sigma = (L + mu) / (L - mu), z = (L + mu - 2 * lambda) / (L - mu);
    const double denominator = chebyshevT(k, sigma);
    // Beyond double's range the ratio is below 1e-300 inside [μ, L]: zero to every purpose here.
    return std::isfinite(denominator) ? chebyshevT(k, z) / denominator : 0.0;
}

double chebyshevBound(double mu, double L, int k)
{
    if (!(L > mu))
        return k == 0 ? 1 : 0;
    const double root = std::sqrt(L / mu), q = (root - 1) / (root + 1);
    const double qk = std::pow(q, k);
    return 2 * qk / (1 + qk * qk);
}

ChebyshevConstants::Step ChebyshevConstants::next()
{
    const int k = step_++;
    if (k == 0) {
        ratio_ = (L_ - mu_) / (L_ + mu_); // t₀/t₁ = 1/σ
        return {2 / (L_ + mu_), 0};
    }
    // t_{k+1} = 2σt_k − t_{k−1}, so t_k/t_{k+1} = (L − μ)/(2(L + μ) − (L − μ)·t_{k−1}/t_k); written so that
    // μ = L gives the step 2/(L + μ) = 1/L and no momentum instead of 0/0.
    const double previous = ratio_;
    const double denominator = 2 * (L_ + mu_) - (L_ - mu_) * previous;
    ratio_ = (L_ - mu_) / denominator;
    return {4 / denominator, previous * ratio_};
}

std::vector<double> chebyshevNodes(double mu, double L, int N)
{
    std::vector<double> nodes;
    for (int i = 1; i <= N; ++i)
        nodes.push_back((L + mu) / 2 - (L - mu) / 2 * std::cos((2 * i - 1) * kPi / (2 * N)));
    return nodes;
}

std::vector<int> fractalOrder(int N)
{
    if (N < 1 || (N & (N - 1)) != 0)
        throw std::invalid_argument("the fractal order needs a power of two");
    std::vector<int> order{1};
    while (int(order.size()) < N) {
        const int n = int(order.size());
        std::vector<int> doubled;
        for (int i : order) {
            doubled.push_back(i);
            doubled.push_back(2 * n + 1 - i);
        }
        order = std::move(doubled);
    }
    return order;
}

std::vector<double> chebyshevStepSchedule(double mu, double L, int N, ScheduleOrder order)
{
    const std::vector<double> nodes = chebyshevNodes(mu, L, N);
    std::vector<double> steps;
    switch (order) {
    case ScheduleOrder::Fractal:
        for (int i : fractalOrder(N))
            steps.push_back(1 / nodes[std::size_t(i - 1)]);
        break;
    case ScheduleOrder::LargeStepsFirst:
        for (double node : nodes)
            steps.push_back(1 / node);
        break;
    case ScheduleOrder::SmallStepsFirst:
        for (auto node = nodes.rbegin(); node != nodes.rend(); ++node)
            steps.push_back(1 / *node);
        break;
    }
    return steps;
}

} // namespace gradus::core
