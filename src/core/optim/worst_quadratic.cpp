#include "worst_quadratic.h"

#include <algorithm>

namespace gradus::core {

Quadratic WorstQuadratic::problem() const
{
    Eigen::MatrixXd A = Eigen::MatrixXd::Zero(n, n);
    for (int i = 0; i < n; ++i) {
        A(i, i) = L / 2;
        if (i + 1 < n)
            A(i, i + 1) = A(i + 1, i) = -L / 4;
    }
    Eigen::VectorXd b = Eigen::VectorXd::Zero(n);
    b[0] = L / 4;
    return Quadratic::dense(std::move(A), std::move(b));
}

Eigen::VectorXd WorstQuadratic::minimizer() const
{
    Eigen::VectorXd x(n);
    for (int i = 0; i < n; ++i)
        x[i] = 1 - double(i + 1) / (n + 1);
    return x;
}

double WorstQuadratic::minimum() const { return -L / 8 * n / (n + 1.0); }

double WorstQuadratic::startDistanceSquared() const { return n * (2.0 * n + 1) / (6.0 * (n + 1)); }

double WorstQuadratic::krylovFloor(int k) const
{
    return k >= n ? 0.0 : L / 8 * (1.0 / (std::max(k, 0) + 1) - 1.0 / (n + 1));
}

double WorstQuadratic::textbookBound(int k) const { return 3 * L * startDistanceSquared() / (32.0 * (k + 1) * (k + 1)); }

} // namespace gradus::core
