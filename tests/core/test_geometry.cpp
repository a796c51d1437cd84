// p-norms and their unit balls: boundary points at norm 1, convexity, the non-convexity witness,
// dual exponents, the 3D mesh on the sphere with outward normals and sharp patches. Rotation
// matrices: orthogonal with determinant 1, the textbook products, commutators, axis and angle.
#include "core/geometry/pnorm.h"
#include "core/geometry/rotation.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace gradus::core;

class TestGeometry : public QObject {
    Q_OBJECT

private slots:
    void normsOfKnownPoints()
    {
        QCOMPARE(pNorm(Vec2{3, -4}, 2), 5.0);
        QCOMPARE(pNorm(Vec2{3, -4}, 1), 7.0);
        QCOMPARE(pNorm(Vec2{3, -4}, kInfinity), 4.0);
        QVERIFY(std::abs(pNorm(Vec2{1, 1}, 0.5) - 4.0) < 1e-14);   // (1 + 1)^2
        QVERIFY(std::abs(pNorm(std::array<double, 3>{1, 2, 2}, 2) - 3.0) < 1e-15);
        // Large p neither overflows nor underflows: ‖(1e200, 1e200)‖_1000 = 1e200 · 2^(1/1000).
        QVERIFY(std::abs(pNorm(Vec2{1e200, 1e200}, 1000) / (1e200 * std::pow(2.0, 1e-3)) - 1) < 1e-14);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, pNorm(Vec2{1, 0}, 0));
    }

    void boundaryLiesOnTheUnitSphere()
    {
        for (double p : {0.1, 0.25, 0.5, 0.8, 1.0, 1.5, 2.0, 3.0, 7.3, 50.0, kInfinity}) {
            const std::vector<Vec2> boundary = unitSphere2D(p);
            QVERIFY(boundary.size() > 500);
            QCOMPARE(boundary.front(), boundary.back()); // closed
            QCOMPARE(boundary.front(), (Vec2{1, 0}));
            for (const Vec2& q : boundary)
                QVERIFY2(std::abs(pNorm(q, p) - 1) < 1e-9, qPrintable(QStringLiteral("p = %1: ‖(%2, %3)‖ = %4").arg(p).arg(q[0]).arg(q[1]).arg(pNorm(q, p), 0, 'g', 17)));
            // Counter-clockwise: the shoelace area is positive, and it is the ball's area,
            // 4Γ(1 + 1/p)²/Γ(1 + 2/p) (2 for the diamond, π for the disc, 4 for the square).
            double area = 0;
            for (std::size_t k = 0; k + 1 < boundary.size(); ++k)
                area += boundary[k][0] * boundary[k + 1][1] - boundary[k + 1][0] * boundary[k][1];
            area /= 2;
            const double exact = std::isinf(p) ? 4.0 : 4 * std::pow(std::tgamma(1 + 1 / p), 2) / std::tgamma(1 + 2 / p);
            QVERIFY2(std::abs(area - exact) < 4e-3 * exact, qPrintable(QStringLiteral("p = %1: area %2 vs %3").arg(p).arg(area).arg(exact)));
        }
        // Corners are vertices: the axis points for p ≤ 1, the diagonal ones for ∞.
        auto contains = [](const std::vector<Vec2>& list, const Vec2& point) {
            return std::find(list.begin(), list.end(), point) != list.end();
        };
        for (double p : {0.5, 1.0})
            for (const Vec2& corner : {Vec2{1, 0}, Vec2{0, 1}, Vec2{-1, 0}, Vec2{0, -1}})
                QVERIFY(contains(unitSphere2D(p), corner));
        for (const Vec2& corner : {Vec2{1, 1}, Vec2{-1, 1}, Vec2{-1, -1}, Vec2{1, -1}})
            QVERIFY(contains(unitSphere2D(kInfinity), corner));
    }

    void convexityAndTheWitness()
    {
        QVERIFY(!ballIsConvex(0.99));
        QVERIFY(ballIsConvex(1));
        QVERIFY(ballIsConvex(kInfinity));
        for (double p : {0.2, 0.5, 0.9}) {
            const NonConvexityWitness w = nonConvexityWitness(p);
            QVERIFY(std::abs(pNorm(w.a, p) - 1) < 1e-15 && std::abs(pNorm(w.b, p) - 1) < 1e-15);
            QVERIFY(std::abs(w.midpointNorm - std::pow(2.0, 1 / p - 1)) < 1e-12);
            QVERIFY(w.midpointNorm > 1);
        }
        // At p = 1 the midpoint is on the sphere: no witness to be had.
        QCOMPARE(nonConvexityWitness(1).midpointNorm, 1.0);
    }

    void dualExponents()
    {
        QCOMPARE(dualExponent(2), 2.0);
        QCOMPARE(dualExponent(1.5), 3.0);
        QCOMPARE(dualExponent(3), 1.5);
        QVERIFY(std::isinf(dualExponent(1)));
        QCOMPARE(dualExponent(kInfinity), 1.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, dualExponent(0.5));
        // Hölder: max ⟨x, y⟩ over the p-sphere equals ‖y‖_q.
        const Vec2 y{0.3, -1.7};
        for (double p : {1.0, 1.5, 2.0, 4.0, kInfinity}) {
            double best = 0;
            for (const Vec2& x : unitSphere2D(p, 4096))
                best = std::max(best, dot(x, y));
            QVERIFY2(std::abs(best - pNorm(y, dualExponent(p))) < 1e-5, qPrintable(QString::number(p)));
        }
    }

    void sphereMeshIn3D()
    {
        for (double p : {0.4, 1.0, 2.0, 3.5, kInfinity}) {
            const SphereMesh mesh = unitSphere3D(p, 24);
            QCOMPARE(mesh.positions.size(), mesh.normals.size());
            QCOMPARE(mesh.indices.size() % 3, std::size_t(0));
            QVERIFY(*std::max_element(mesh.indices.begin(), mesh.indices.end()) < mesh.positions.size());
            for (std::size_t k = 0; k < mesh.positions.size(); ++k) {
                const auto& q = mesh.positions[k];
                const double norm = pNorm(std::array<double, 3>{q[0], q[1], q[2]}, p);
                QVERIFY2(std::abs(norm - 1) < 1e-5, qPrintable(QStringLiteral("p = %1: %2").arg(p).arg(norm, 0, 'g', 10))); // float storage
                const auto& n = mesh.normals[k];
                QVERIFY(std::abs(std::sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]) - 1) < 1e-5);
                QVERIFY(n[0] * q[0] + n[1] * q[1] + n[2] * q[2] >= -1e-6); // outward
            }
            // Every triangle is wound counter-clockwise seen from outside: its normal points away
            // from the centre (degenerate triangles at the poles aside).
            int outward = 0, inward = 0;
            for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
                const auto& a = mesh.positions[mesh.indices[t]];
                const auto& b = mesh.positions[mesh.indices[t + 1]];
                const auto& c = mesh.positions[mesh.indices[t + 2]];
                const double u[3] = {b[0] - a[0], b[1] - a[1], b[2] - a[2]}, v[3] = {c[0] - a[0], c[1] - a[1], c[2] - a[2]};
                const double n[3] = {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
                const double side = n[0] * (a[0] + b[0] + c[0]) + n[1] * (a[1] + b[1] + c[1]) + n[2] * (a[2] + b[2] + c[2]);
                outward += side > 1e-12;
                inward += side < -1e-12;
            }
            QCOMPARE(inward, 0);
            QVERIFY(outward > int(mesh.indices.size() / 3) * 9 / 10);
        }
        // p = 1: every face normal is one of the octahedron's eight, (±1, ±1, ±1)/√3 — flat faces,
        // so the edges between them stay sharp.
        const SphereMesh octahedron = unitSphere3D(1, 12);
        for (const auto& n : octahedron.normals)
            for (float c : n)
                QVERIFY2(std::abs(std::abs(c) - 1 / std::sqrt(3.0f)) < 1e-4, qPrintable(QString::number(c)));
    }

    void rotationsAreOrthogonalWithDeterminantOne()
    {
        std::mt19937_64 random(5);
        std::normal_distribution<double> normal;
        for (int trial = 0; trial < 200; ++trial) {
            const Vec3 axis{normal(random), normal(random), normal(random)};
            const double angle = 4 * normal(random);
            const Mat3 r = rotationAbout(axis, angle);
            const Mat3 shouldBeIdentity = r * r.transposed();
            for (int i = 0; i < 3; ++i)
                for (int j = 0; j < 3; ++j)
                    QVERIFY(std::abs(shouldBeIdentity(i, j) - (i == j)) < 1e-14);
            QVERIFY(std::abs(r.determinant() - 1) < 1e-14);
            // The axis stays put, and the angle comes back.
            const double n = std::sqrt(axis[0] * axis[0] + axis[1] * axis[1] + axis[2] * axis[2]);
            for (int i = 0; i < 3; ++i)
                QVERIFY(std::abs(r(i, 0) * axis[0] + r(i, 1) * axis[1] + r(i, 2) * axis[2] - axis[std::size_t(i)]) < 1e-13 * n);
            const AxisAngle back = axisAngleOf(r);
            const double wrapped = std::abs(std::remainder(angle, 2 * M_PI));
            QVERIFY2(std::abs(back.radians - wrapped) < 1e-7, qPrintable(QStringLiteral("%1 vs %2").arg(back.radians).arg(wrapped)));
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rotationAbout({0, 0, 0}, 1));
    }

    void quarterTurnsByHand()
    {
        // Rx(90°) = [1 0 0; 0 0 −1; 0 1 0], Ry(90°) = [0 0 1; 0 1 0; −1 0 0], exactly.
        const Mat3 a = rotationAbout({1, 0, 0}, M_PI / 2), b = rotationAbout({0, 1, 0}, M_PI / 2);
        QCOMPARE(a.m, (std::array<double, 9>{1, 0, 0, 0, 0, -1, 0, 1, 0}));
        QCOMPARE(b.m, (std::array<double, 9>{0, 0, 1, 0, 1, 0, -1, 0, 0}));
        QCOMPARE((a * b).m, (std::array<double, 9>{0, 0, 1, 1, 0, 0, 0, 1, 0}));
        QCOMPARE((b * a).m, (std::array<double, 9>{0, 1, 0, 0, 0, -1, -1, 0, 0}));
        // AB − BA = [0 −1 1; 1 0 1; 1 1 0]: six entries of magnitude 1.
        QCOMPARE(commutatorNorm(a, b), std::sqrt(6.0));
        // The seed's "up" (−90° about x) and "right" (90° about y) do not commute either.
        QCOMPARE(commutatorNorm(rotationAbout({1, 0, 0}, -M_PI / 2), b), std::sqrt(6.0));
        // Turns about one axis commute; so do half turns about perpendicular axes; the plane's always.
        QVERIFY(commutatorNorm(rotationAbout({1, 2, 3}, 0.3), rotationAbout({2, 4, 6}, 1.1)) < 1e-15);
        QVERIFY(commutatorNorm(rotationAbout({1, 0, 0}, M_PI), rotationAbout({0, 1, 0}, M_PI)) < 1e-15);
        QVERIFY(commutatorNorm(planeRotation(35 * M_PI / 180), planeRotation(55 * M_PI / 180)) < 1e-15);
        const Mat3 ninety = planeRotation(35 * M_PI / 180) * planeRotation(55 * M_PI / 180);
        QVERIFY(std::abs(ninety(0, 1) + 1) < 1e-15 && std::abs(ninety(1, 0) - 1) < 1e-15 && std::abs(ninety(0, 0)) < 1e-15);
        // Small turns nearly commute: the commutator shrinks like the product of the angles.
        const double small = commutatorNorm(rotationAbout({1, 0, 0}, 1e-3), rotationAbout({0, 1, 0}, 1e-3));
        QVERIFY(std::abs(small / 1e-6 - std::sqrt(2.0)) < 1e-3);
    }
};

QTEST_GUILESS_MAIN(TestGeometry)
#include "test_geometry.moc"
