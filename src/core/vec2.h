#pragma once
// Points, gradients and Hessians of functions of two variables, without a matrix library:
// the 2D lessons need nothing bigger and these stay cheap to compile.

#include <array>
#include <algorithm>
#include <cmath>

namespace gradus::core {

using Vec2 = std::array<double, 2>;

inline Vec2 operator+(const Vec2& a, const Vec2& b) { return {a[0] + b[0], a[1] + b[1]}; }
inline Vec2 operator-(const Vec2& a, const Vec2& b) { return {a[0] - b[0], a[1] - b[1]}; }
inline Vec2 operator*(double s, const Vec2& a) { return {s * a[0], s * a[1]}; }
inline double dot(const Vec2& a, const Vec2& b) { return a[0] * b[0] + a[1] * b[1]; }
inline double norm(const Vec2& a) { return std::hypot(a[0], a[1]); }
inline bool isFinite(const Vec2& a) { return std::isfinite(a[0]) && std::isfinite(a[1]); }

// A symmetric 2×2 matrix [[xx, xy], [xy, yy]].
struct Sym2 {
    double xx = 0, xy = 0, yy = 0;

    double determinant() const { return xx * yy - xy * xy; }
    Vec2 operator*(const Vec2& v) const { return {xx * v[0] + xy * v[1], xy * v[0] + yy * v[1]}; }
    // Ascending eigenvalues.
    Vec2 eigenvalues() const
    {
        const double mean = 0.5 * (xx + yy);
        const double radius = std::hypot(0.5 * (xx - yy), xy);
        return {mean - radius, mean + radius};
    }
    // Solves this·x = b; returns false when the matrix is singular (relative to its size).
    bool solve(const Vec2& b, Vec2& x) const
    {
        const double det = determinant();
        const double scale = std::max({std::abs(xx), std::abs(yy), std::abs(xy), 1e-300});
        if (!std::isfinite(det) || std::abs(det) <= 1e-14 * scale * scale)
            return false;
        x = {(yy * b[0] - xy * b[1]) / det, (xx * b[1] - xy * b[0]) / det};
        return true;
    }
};

} // namespace gradus::core
