#pragma once
// p-norms and their unit balls: ‖x‖_p = (Σ|xᵢ|^p)^(1/p) for p > 0 (a quasinorm for p < 1: the
// triangle inequality fails and the ball is not convex), ‖x‖_∞ = max|xᵢ|.

#include "core/vec2.h"

#include <array>
#include <cstdint>
#include <limits>
#include <vector>

namespace gradus::core {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

double pNorm(const Vec2& x, double p);
double pNorm(const std::array<double, 3>& x, double p);

// The conjugate exponent q with 1/p + 1/q = 1 (p ≥ 1; 1 ↔ ∞).
double dualExponent(double p);

// The ball is convex exactly when ‖·‖_p is a norm, p ≥ 1.
inline bool ballIsConvex(double p) { return p >= 1; }

// A closed polyline on the unit sphere of ‖·‖_p in the plane, counter-clockwise from (1, 0); the
// last point repeats the first. The corners (on the axes for p ≤ 1, on the diagonals for p = ∞)
// are vertices, and points crowd where the curve bends (x = (sgn cos t)|cos t|^(2/p), y likewise
// with sin, which lies on the sphere for every t). `perQuadrant` segments per quadrant.
std::vector<Vec2> unitSphere2D(double p, int perQuadrant = 256);

// For p < 1: two points of the unit sphere whose midpoint lies outside the ball, the proof that
// it is not convex — (1, 0), (0, 1) and the midpoint with its quasinorm 2^(1/p − 1) > 1.
struct NonConvexityWitness {
    Vec2 a{1, 0}, b{0, 1}, midpoint{0.5, 0.5};
    double midpointNorm = 1;
};
NonConvexityWitness nonConvexityWitness(double p);

// The unit sphere of ‖·‖_p in 3D as a triangle mesh: eight octant patches (a superellipsoid
// parametrization, exact for every vertex) or, for p = ∞, the cube's six faces. Vertices are
// not shared between patches or faces, so edges and corners at p ≤ 1 and p = ∞ stay sharp.
struct SphereMesh {
    std::vector<std::array<float, 3>> positions;
    std::vector<std::array<float, 3>> normals; // unit, outward
    std::vector<std::uint32_t> indices;         // triangles, counter-clockwise seen from outside
};
SphereMesh unitSphere3D(double p, int perPatch = 48);

} // namespace gradus::core
