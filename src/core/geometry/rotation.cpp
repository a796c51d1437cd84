#include "rotation.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace gradus::core {

Mat3 Mat3::operator*(const Mat3& other) const
{
    Mat3 product;
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j) {
            double sum = 0;
            for (int k = 0; k < 3; ++k)
                sum += (*this)(i, k) * other(k, j);
            product(i, j) = sum;
        }
    return product;
}

Mat3 Mat3::operator-(const Mat3& other) const
{
    Mat3 difference;
    for (std::size_t k = 0; k < 9; ++k)
        difference.m[k] = m[k] - other.m[k];
    return difference;
}

Mat3 Mat3::transposed() const
{
    Mat3 t;
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            t(i, j) = (*this)(j, i);
    return t;
}

double Mat3::determinant() const
{
    const Mat3& a = *this;
    return a(0, 0) * (a(1, 1) * a(2, 2) - a(1, 2) * a(2, 1)) - a(0, 1) * (a(1, 0) * a(2, 2) - a(1, 2) * a(2, 0)) +
           a(0, 2) * (a(1, 0) * a(2, 1) - a(1, 1) * a(2, 0));
}

double Mat3::frobeniusNorm() const
{
    double sum = 0;
    for (double v : m)
        sum += v * v;
    return std::sqrt(sum);
}

Mat3 rotationAbout(const Vec3& axis, double radians)
{
    const double length = std::sqrt(axis[0] * axis[0] + axis[1] * axis[1] + axis[2] * axis[2]);
    if (!(length > 0) || !std::isfinite(length))
        throw std::invalid_argument("a rotation axis must be a nonzero vector");
    const double x = axis[0] / length, y = axis[1] / length, z = axis[2] / length;
    // Exact zeros and ones at multiples of 90°: cos(π/2) is 6e-17, which would smear every product.
    const double turns = radians / (M_PI / 2);
    double c = std::cos(radians), s = std::sin(radians);
    if (std::abs(turns - std::round(turns)) < 1e-12) {
        static constexpr double kCos[4] = {1, 0, -1, 0}, kSin[4] = {0, 1, 0, -1};
        const int quarter = int(((long long)std::llround(turns) % 4 + 4) % 4);
        c = kCos[quarter], s = kSin[quarter];
    }
    const double t = 1 - c;
    Mat3 r;
    r.m = {t * x * x + c,     t * x * y - s * z, t * x * z + s * y,
           t * x * y + s * z, t * y * y + c,     t * y * z - s * x,
           t * x * z - s * y, t * y * z + s * x, t * z * z + c};
    return r;
}

Mat3 planeRotation(double radians) { return rotationAbout({0, 0, 1}, radians); }

double commutatorNorm(const Mat3& a, const Mat3& b) { return (a * b - b * a).frobeniusNorm(); }

AxisAngle axisAngleOf(const Mat3& r)
{
    AxisAngle result;
    const double cosine = std::clamp((r(0, 0) + r(1, 1) + r(2, 2) - 1) / 2, -1.0, 1.0);
    result.radians = std::acos(cosine);
    Vec3 axis{r(2, 1) - r(1, 2), r(0, 2) - r(2, 0), r(1, 0) - r(0, 1)};
    double length = std::sqrt(axis[0] * axis[0] + axis[1] * axis[1] + axis[2] * axis[2]);
    if (length < 1e-9 && result.radians > M_PI / 2) {
        // Near 180°: the axis is the column of R + I with the largest norm.
        int best = 0;
        for (int k = 1; k < 3; ++k)
            if (r(k, k) > r(best, best))
                best = k;
        for (int i = 0; i < 3; ++i)
            axis[std::size_t(i)] = r(i, best) + (i == best ? 1 : 0);
        length = std::sqrt(axis[0] * axis[0] + axis[1] * axis[1] + axis[2] * axis[2]);
    }
    if (length > 1e-12)
        result.axis = {axis[0] / length, axis[1] / length, axis[2] / length};
    return result;
}

} // namespace gradus::core
