#include "pnorm.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace gradus::core {

namespace {

// (sgn w)|w|^m: the superellipse's coordinate function.
double signedPower(double w, double m) { return std::copysign(std::pow(std::abs(w), m), w); }

template <std::size_t N>
double normOf(const std::array<double, N>& x, double p)
{
    if (!(p > 0))
        throw std::invalid_argument("p must be positive");
    double largest = 0;
    for (double v : x)
        largest = std::max(largest, std::abs(v));
    if (std::isinf(p) || largest == 0)
        return largest;
    // Scaled by the largest coordinate, so that large p neither overflows nor underflows.
    double sum = 0;
    for (double v : x)
        sum += std::pow(std::abs(v) / largest, p);
    return largest * std::pow(sum, 1 / p);
}

} // namespace

double pNorm(const Vec2& x, double p) { return normOf(x, p); }
double pNorm(const std::array<double, 3>& x, double p) { return normOf(x, p); }

double dualExponent(double p)
{
    if (p < 1)
        throw std::invalid_argument("the dual exponent needs p ≥ 1");
    if (p == 1)
        return kInfinity;
    if (std::isinf(p))
        return 1;
    return p / (p - 1);
}

std::vector<Vec2> unitSphere2D(double p, int perQuadrant)
{
    if (!(p > 0))
        throw std::invalid_argument("p must be positive");
    perQuadrant = std::max(perQuadrant, 2);
    std::vector<Vec2> points;
    points.reserve(std::size_t(4 * perQuadrant + 1));
    if (std::isinf(p)) {
        // The square from (1, 0) counter-clockwise, corners included, edges sampled evenly.
        const Vec2 corners[5] = {{1, 1}, {-1, 1}, {-1, -1}, {1, -1}, {1, 1}};
        const int half = std::max(perQuadrant / 2, 1);
        for (int k = 0; k < half; ++k)
            points.push_back({1, double(k) / half});
        for (int side = 0; side < 4; ++side) {
            const int steps = side == 3 ? half : 2 * half; // the last side stops at (1, 0)
            for (int k = 0; k < steps; ++k) {
                const double s = double(k) / (2 * half);
                const Vec2& a = corners[side];
                const Vec2& b = corners[side + 1];
                points.push_back({a[0] + s * (b[0] - a[0]), a[1] + s * (b[1] - a[1])});
            }
        }
        points.push_back(points.front());
        return points;
    }
    const double m = 2 / p;
    for (int quadrant = 0; quadrant < 4; ++quadrant)
        for (int k = 0; k < perQuadrant; ++k) {
            const double t = (quadrant + double(k) / perQuadrant) * M_PI / 2;
            // Exact zeros on the axes: cos(π/2) is 6e-17, not 0.
            const double c = k == 0 && quadrant % 2 == 1 ? 0.0 : k == 0 ? (quadrant == 0 ? 1.0 : -1.0) : std::cos(t);
            const double s = k == 0 && quadrant % 2 == 0 ? 0.0 : k == 0 ? (quadrant == 1 ? 1.0 : -1.0) : std::sin(t);
            points.push_back({signedPower(c, m), signedPower(s, m)});
        }
    points.push_back(points.front());
    return points;
}

NonConvexityWitness nonConvexityWitness(double p)
{
    NonConvexityWitness witness;
    witness.midpointNorm = pNorm(witness.midpoint, p);
    return witness;
}

SphereMesh unitSphere3D(double p, int perPatch)
{
    if (!(p > 0))
        throw std::invalid_argument("p must be positive");
    perPatch = std::max(perPatch, 2);
    SphereMesh mesh;
    auto addQuad = [&mesh](std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t d) {
        mesh.indices.insert(mesh.indices.end(), {a, b, c, a, c, d});
    };
    if (std::isinf(p)) {
        // Six faces of the cube, each an n × n grid with its own vertices and flat normal.
        for (int axis = 0; axis < 3; ++axis)
            for (int sign : {-1, 1}) {
                const auto base = std::uint32_t(mesh.positions.size());
                const int u = (axis + 1) % 3, v = (axis + 2) % 3;
                for (int j = 0; j <= perPatch; ++j)
                    for (int i = 0; i <= perPatch; ++i) {
                        std::array<float, 3> position{}, normal{};
                        position[std::size_t(axis)] = float(sign);
                        position[std::size_t(u)] = float(-1 + 2.0 * i / perPatch);
                        position[std::size_t(v)] = float(-1 + 2.0 * j / perPatch);
                        normal[std::size_t(axis)] = float(sign);
                        mesh.positions.push_back(position);
                        mesh.normals.push_back(normal);
                    }
                const int row = perPatch + 1;
                for (int j = 0; j < perPatch; ++j)
                    for (int i = 0; i < perPatch; ++i) {
                        const std::uint32_t a = base + std::uint32_t(j * row + i), b = a + 1, c = a + std::uint32_t(row) + 1,
                                            d = a + std::uint32_t(row);
                        // u × v = +axis: counter-clockwise from outside when sign > 0.
                        sign > 0 ? addQuad(a, b, c, d) : addQuad(a, d, c, b);
                    }
            }
        return mesh;
    }
    // Octant patches: x = cᵥ^m c_u^m, y = cᵥ^m s_u^m, z = sᵥ^m with u, v ∈ [0, π/2] and m = 2/p,
    // then mirrored by the octant's signs; |x|^p + |y|^p + |z|^p = cos²v + sin²v = 1.
    const double m = 2 / p;
    auto power = [m](double w) { return std::pow(std::max(w, 0.0), m); };
    for (int octant = 0; octant < 8; ++octant) {
        const float sx = octant & 1 ? -1.0f : 1.0f, sy = octant & 2 ? -1.0f : 1.0f, sz = octant & 4 ? -1.0f : 1.0f;
        const auto base = std::uint32_t(mesh.positions.size());
        const int row = perPatch + 1;
        std::vector<std::array<double, 3>> patch;
        for (int j = 0; j <= perPatch; ++j)
            for (int i = 0; i <= perPatch; ++i) {
                const double u = M_PI / 2 * i / perPatch, v = M_PI / 2 * j / perPatch;
                const double cu = i == perPatch ? 0.0 : std::cos(u), su = i == 0 ? 0.0 : std::sin(u);
                const double cv = j == perPatch ? 0.0 : std::cos(v), sv = j == 0 ? 0.0 : std::sin(v);
                patch.push_back({power(cv) * power(cu), power(cv) * power(su), power(sv)});
            }
        // Normals: area-weighted sums of the patch's own triangle normals, so that the shading of
        // one face does not leak across an edge (and the collapsed row at the pole, where every u
        // meets, takes its neighbours' normal). The gradient of Σ|xᵢ|^p is infinite on the axes for
        // p < 1; the mesh's own geometry is not.
        std::vector<std::array<double, 3>> sums(patch.size(), {0, 0, 0});
        auto addTriangle = [&](std::size_t a, std::size_t b, std::size_t c) {
            const auto &pa = patch[a], &pb = patch[b], &pc = patch[c];
            const double u[3] = {pb[0] - pa[0], pb[1] - pa[1], pb[2] - pa[2]};
            const double v[3] = {pc[0] - pa[0], pc[1] - pa[1], pc[2] - pa[2]};
            const double n[3] = {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
            for (std::size_t k : {a, b, c})
                for (int d = 0; d < 3; ++d)
                    sums[k][std::size_t(d)] += n[d];
        };
        for (int j = 0; j < perPatch; ++j)
            for (int i = 0; i < perPatch; ++i) {
                const auto a = std::size_t(j * row + i), b = a + 1, c = a + std::size_t(row) + 1, d = a + std::size_t(row);
                addTriangle(a, b, c);
                addTriangle(a, c, d);
            }
        for (std::size_t k = 0; k < patch.size(); ++k) {
            const auto& q = patch[k];
            std::array<double, 3> n = sums[k];
            double length = std::sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
            if (!(length > 0) && k >= std::size_t(row)) {
                // A vertex of degenerate triangles only (a corner of the collapsed row): it shares
                // the point and the normal of its neighbour in the row below.
                n = sums[k - std::size_t(row)];
                length = std::sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
            }
            if (!(length > 0))
                n = q, length = 1;
            mesh.positions.push_back({sx * float(q[0]), sy * float(q[1]), sz * float(q[2])});
            mesh.normals.push_back({sx * float(n[0] / length), sy * float(n[1] / length), sz * float(n[2] / length)});
        }
        // Mirroring an odd number of axes turns the winding over.
        const bool flipped = (octant & 1) ^ ((octant >> 1) & 1) ^ ((octant >> 2) & 1);
        for (int j = 0; j < perPatch; ++j)
            for (int i = 0; i < perPatch; ++i) {
                const std::uint32_t a = base + std::uint32_t(j * row + i), b = a + 1, c = a + std::uint32_t(row) + 1,
                                    d = a + std::uint32_t(row);
                flipped ? addQuad(a, d, c, b) : addQuad(a, b, c, d);
            }
    }
    return mesh;
}

} // namespace gradus::core
