#pragma once
// Rotations of space and of the plane as matrices: about an axis by an angle (Rodrigues), their
// products in both orders and the commutator AB − BA that measures how much the order matters.

#include <array>

namespace gradus::core {

using Vec3 = std::array<double, 3>;

// A 3×3 matrix, row-major.
struct Mat3 {
    std::array<double, 9> m{1, 0, 0, 0, 1, 0, 0, 0, 1};

    double operator()(int row, int column) const { return m[std::size_t(3 * row + column)]; }
    double& operator()(int row, int column) { return m[std::size_t(3 * row + column)]; }
    Mat3 operator*(const Mat3& other) const;
    Mat3 operator-(const Mat3& other) const;
    Mat3 transposed() const;
    double determinant() const;
    double frobeniusNorm() const;
};

// The rotation by `radians` about the unit vector along `axis` (counter-clockwise seen from the
// axis's tip, right-handed); throws for a zero axis.
Mat3 rotationAbout(const Vec3& axis, double radians);
// The rotation of the plane by `radians`, embedded as a rotation about z.
Mat3 planeRotation(double radians);
// The rotation by `fraction` of the way from the identity to rotationAbout(axis, radians).
inline Mat3 partialRotation(const Vec3& axis, double radians, double fraction) { return rotationAbout(axis, radians * fraction); }

// ‖AB − BA‖_F.
double commutatorNorm(const Mat3& a, const Mat3& b);

// Axis and angle of a rotation matrix (angle in [0, π]); for the identity the axis is (1, 0, 0).
struct AxisAngle {
    Vec3 axis{1, 0, 0};
    double radians = 0;
};
AxisAngle axisAngleOf(const Mat3& rotation);

} // namespace gradus::core
