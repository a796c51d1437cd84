#include "test_functions.h"

#include "formula.h"

#include <cmath>
#include <limits>

namespace gradus::core {

namespace {

constexpr double kPi = 3.14159265358979323846;

// f = ½·(u² + κ·v²), (u, v) = (x, y) rotated by −θ: a valley along the direction θ.
class Quadratic final : public TestFunction {
public:
    explicit Quadratic(const QuadraticShape& shape)
    {
        const double kappa = std::max(1.0, shape.conditionNumber);
        const double t = shape.angleDegrees * kPi / 180.0, c = std::cos(t), s = std::sin(t);
        // H = Rᵀ·diag(1, κ)·R with R = [[c, s], [−s, c]].
        h_ = {c * c + kappa * s * s, c * s - kappa * s * c, s * s + kappa * c * c};
    }
    std::string name() const override { return "quadratic"; }
    double value(const Vec2& x) const override { return 0.5 * dot(x, h_ * x); }
    Vec2 gradient(const Vec2& x) const override { return h_ * x; }
    Sym2 hessian(const Vec2&) const override { return h_; }
    std::vector<Vec2> minima() const override { return {{0, 0}}; }
    double minimumValue() const override { return 0; }
    Box2 defaultBox() const override { return {-5, 5, -5, 5}; }
    Vec2 defaultStart() const override { return {-4, 3}; }

private:
    Sym2 h_;
};

class Rosenbrock final : public TestFunction {
public:
    std::string name() const override { return "rosenbrock"; }
    double value(const Vec2& p) const override
    {
        const double x = p[0], y = p[1];
        return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
    }
    Vec2 gradient(const Vec2& p) const override
    {
        const double x = p[0], y = p[1];
        return {-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)};
    }
    Sym2 hessian(const Vec2& p) const override
    {
        const double x = p[0], y = p[1];
        return {2 - 400 * y + 1200 * x * x, -400 * x, 200};
    }
    std::vector<Vec2> minima() const override { return {{1, 1}}; }
    double minimumValue() const override { return 0; }
    Box2 defaultBox() const override { return {-2, 2, -1, 3}; }
    Vec2 defaultStart() const override { return {-1.5, 2.0}; }
};

class Himmelblau final : public TestFunction {
public:
    std::string name() const override { return "himmelblau"; }
    double value(const Vec2& p) const override
    {
        const double u = p[0] * p[0] + p[1] - 11, v = p[0] + p[1] * p[1] - 7;
        return u * u + v * v;
    }
    Vec2 gradient(const Vec2& p) const override
    {
        const double x = p[0], y = p[1], u = x * x + y - 11, v = x + y * y - 7;
        return {4 * x * u + 2 * v, 2 * u + 4 * y * v};
    }
    Sym2 hessian(const Vec2& p) const override
    {
        const double x = p[0], y = p[1], u = x * x + y - 11, v = x + y * y - 7;
        return {4 * u + 8 * x * x + 2, 4 * x + 4 * y, 2 + 4 * v + 8 * y * y};
    }
    std::vector<Vec2> minima() const override
    {
        return {{3.0, 2.0}, {-2.805118086952745, 3.131312518250573}, {-3.779310253377747, -3.283185991286170},
                {3.584428340330492, -1.848126526964404}};
    }
    double minimumValue() const override { return 0; }
    Box2 defaultBox() const override { return {-5, 5, -5, 5}; }
    Vec2 defaultStart() const override { return {-0.5, -0.5}; }
};

// (cᵢ − x + x·yⁱ)² summed over i = 1, 2, 3 with c = 1.5, 2.25, 2.625.
class Beale final : public TestFunction {
public:
    std::string name() const override { return "beale"; }
    double value(const Vec2& p) const override
    {
        double f = 0;
        for (int i = 1; i <= 3; ++i) {
            const double t = kC[i - 1] - p[0] + p[0] * std::pow(p[1], i);
            f += t * t;
        }
        return f;
    }
    Vec2 gradient(const Vec2& p) const override
    {
        const double x = p[0], y = p[1];
        Vec2 g{0, 0};
        for (int i = 1; i <= 3; ++i) {
            const double t = kC[i - 1] - x + x * std::pow(y, i);
            g[0] += 2 * t * (std::pow(y, i) - 1);
            g[1] += 2 * t * i * x * std::pow(y, i - 1);
        }
        return g;
    }
    Sym2 hessian(const Vec2& p) const override
    {
        const double x = p[0], y = p[1];
        Sym2 h;
        for (int i = 1; i <= 3; ++i) {
            const double t = kC[i - 1] - x + x * std::pow(y, i);
            const double tx = std::pow(y, i) - 1, ty = i * x * std::pow(y, i - 1);
            const double txy = i * std::pow(y, i - 1), tyy = i == 1 ? 0.0 : i * (i - 1) * x * std::pow(y, i - 2);
            h.xx += 2 * tx * tx;
            h.xy += 2 * (ty * tx + t * txy);
            h.yy += 2 * (ty * ty + t * tyy);
        }
        return h;
    }
    std::vector<Vec2> minima() const override { return {{3, 0.5}}; }
    double minimumValue() const override { return 0; }
    Box2 defaultBox() const override { return {-4.5, 4.5, -4.5, 4.5}; }
    Vec2 defaultStart() const override { return {1.0, 1.5}; }

private:
    static constexpr double kC[3] = {1.5, 2.25, 2.625};
};

class Booth final : public TestFunction {
public:
    std::string name() const override { return "booth"; }
    double value(const Vec2& p) const override
    {
        const double a = p[0] + 2 * p[1] - 7, b = 2 * p[0] + p[1] - 5;
        return a * a + b * b;
    }
    Vec2 gradient(const Vec2& p) const override { return {10 * p[0] + 8 * p[1] - 34, 8 * p[0] + 10 * p[1] - 38}; }
    Sym2 hessian(const Vec2&) const override { return {10, 8, 10}; }
    std::vector<Vec2> minima() const override { return {{1, 3}}; }
    double minimumValue() const override { return 0; }
    Box2 defaultBox() const override { return {-10, 10, -10, 10}; }
    Vec2 defaultStart() const override { return {-7, -7}; }
};

class Rastrigin final : public TestFunction {
public:
    std::string name() const override { return "rastrigin"; }
    double value(const Vec2& p) const override
    {
        return 20 + p[0] * p[0] - 10 * std::cos(2 * kPi * p[0]) + p[1] * p[1] - 10 * std::cos(2 * kPi * p[1]);
    }
    Vec2 gradient(const Vec2& p) const override
    {
        return {2 * p[0] + 20 * kPi * std::sin(2 * kPi * p[0]), 2 * p[1] + 20 * kPi * std::sin(2 * kPi * p[1])};
    }
    Sym2 hessian(const Vec2& p) const override
    {
        return {2 + 40 * kPi * kPi * std::cos(2 * kPi * p[0]), 0, 2 + 40 * kPi * kPi * std::cos(2 * kPi * p[1])};
    }
    std::vector<Vec2> minima() const override { return {{0, 0}}; }
    double minimumValue() const override { return 0; }
    Box2 defaultBox() const override { return {-5.12, 5.12, -5.12, 5.12}; }
    Vec2 defaultStart() const override { return {2.7, 2.2}; }
};

// −20·exp(−0.2·r) − exp(½(cos 2πx + cos 2πy)) + e + 20 with r = √(½(x² + y²)).
class Ackley final : public TestFunction {
public:
    std::string name() const override { return "ackley"; }
    double value(const Vec2& p) const override
    {
        const double r = std::sqrt(0.5 * (p[0] * p[0] + p[1] * p[1]));
        return -20 * std::exp(-0.2 * r) - std::exp(0.5 * (std::cos(2 * kPi * p[0]) + std::cos(2 * kPi * p[1]))) +
               std::exp(1.0) + 20;
    }
    Vec2 gradient(const Vec2& p) const override
    {
        const double x = p[0], y = p[1], r = std::sqrt(0.5 * (x * x + y * y));
        const double e = cosineTerm(p);
        // The cone term has no gradient at the origin; its subgradient 0 is the natural choice.
        const double g = r > 0 ? 2 * std::exp(-0.2 * r) / r : 0.0;
        return {x * g + kPi * std::sin(2 * kPi * x) * e, y * g + kPi * std::sin(2 * kPi * y) * e};
    }
    Sym2 hessian(const Vec2& p) const override
    {
        const double x = p[0], y = p[1], r = std::sqrt(0.5 * (x * x + y * y));
        const double e = cosineTerm(p);
        Sym2 h;
        if (r > 0) {
            // ∂f₁/∂x = x·g(r) with g = 2e^{−0.2r}/r, ∂r/∂x = x/(2r).
            const double g = 2 * std::exp(-0.2 * r) / r;
            const double dg = 2 * std::exp(-0.2 * r) * (-0.2 / r - 1 / (r * r));
            h.xx = g + x * dg * 0.5 * x / r;
            h.xy = x * dg * 0.5 * y / r;
            h.yy = g + y * dg * 0.5 * y / r;
        }
        const double sx = std::sin(2 * kPi * x), sy = std::sin(2 * kPi * y);
        h.xx += (2 * kPi * kPi * std::cos(2 * kPi * x) - kPi * kPi * sx * sx) * e;
        h.xy += -kPi * kPi * sx * sy * e;
        h.yy += (2 * kPi * kPi * std::cos(2 * kPi * y) - kPi * kPi * sy * sy) * e;
        return h;
    }
    std::vector<Vec2> minima() const override { return {{0, 0}}; }
    double minimumValue() const override { return 0; }
    Box2 defaultBox() const override { return {-5, 5, -5, 5}; }
    Vec2 defaultStart() const override { return {3.3, 2.4}; }

private:
    static double cosineTerm(const Vec2& p)
    {
        return std::exp(0.5 * (std::cos(2 * kPi * p[0]) + std::cos(2 * kPi * p[1])));
    }
};

// f = A·B, A = 1 + a²·p(x, y), B = 30 + b²·q(x, y), a = x + y + 1, b = 2x − 3y.
class GoldsteinPrice final : public TestFunction {
public:
    std::string name() const override { return "goldstein-price"; }
    double value(const Vec2& v) const override
    {
        const Parts s = parts(v);
        return s.A * s.B;
    }
    Vec2 gradient(const Vec2& v) const override
    {
        const Parts s = parts(v);
        return {s.Ax * s.B + s.A * s.Bx, s.Ay * s.B + s.A * s.By};
    }
    Sym2 hessian(const Vec2& v) const override
    {
        const Parts s = parts(v);
        return {s.Axx * s.B + 2 * s.Ax * s.Bx + s.A * s.Bxx, s.Axy * s.B + s.Ax * s.By + s.Ay * s.Bx + s.A * s.Bxy,
                s.Ayy * s.B + 2 * s.Ay * s.By + s.A * s.Byy};
    }
    std::vector<Vec2> minima() const override { return {{0, -1}}; }
    double minimumValue() const override { return 3; }
    Box2 defaultBox() const override { return {-2, 2, -2, 2}; }
    Vec2 defaultStart() const override { return {-1.2, 1.2}; }

private:
    struct Parts {
        double A, Ax, Ay, Axx, Axy, Ayy, B, Bx, By, Bxx, Bxy, Byy;
    };
    static Parts parts(const Vec2& v)
    {
        const double x = v[0], y = v[1];
        const double a = x + y + 1;
        const double p = 19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y;
        const double px = -14 + 6 * x + 6 * y, py = -14 + 6 * x + 6 * y, pxx = 6, pxy = 6, pyy = 6;
        const double b = 2 * x - 3 * y, bx = 2, by = -3;
        const double q = 18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y;
        const double qx = -32 + 24 * x - 36 * y, qy = 48 - 36 * x + 54 * y, qxx = 24, qxy = -36, qyy = 54;
        Parts s;
        s.A = 1 + a * a * p;
        s.Ax = 2 * a * p + a * a * px;
        s.Ay = 2 * a * p + a * a * py;
        s.Axx = 2 * p + 4 * a * px + a * a * pxx;
        s.Axy = 2 * p + 2 * a * py + 2 * a * px + a * a * pxy;
        s.Ayy = 2 * p + 4 * a * py + a * a * pyy;
        s.B = 30 + b * b * q;
        s.Bx = 2 * b * bx * q + b * b * qx;
        s.By = 2 * b * by * q + b * b * qy;
        s.Bxx = 2 * bx * bx * q + 4 * b * bx * qx + b * b * qxx;
        s.Bxy = 2 * bx * by * q + 2 * b * bx * qy + 2 * b * by * qx + b * b * qxy;
        s.Byy = 2 * by * by * q + 4 * b * by * qy + b * b * qyy;
        return s;
    }
};

class Saddle final : public TestFunction {
public:
    std::string name() const override { return "saddle"; }
    double value(const Vec2& p) const override { return p[0] * p[0] - p[1] * p[1]; }
    Vec2 gradient(const Vec2& p) const override { return {2 * p[0], -2 * p[1]}; }
    Sym2 hessian(const Vec2&) const override { return {2, 0, -2}; }
    std::vector<Vec2> minima() const override { return {}; }
    double minimumValue() const override { return -std::numeric_limits<double>::infinity(); }
    Box2 defaultBox() const override { return {-2, 2, -2, 2}; }
    Vec2 defaultStart() const override { return {-1.8, 0.001}; }
};

class MonkeySaddle final : public TestFunction {
public:
    std::string name() const override { return "monkey-saddle"; }
    double value(const Vec2& p) const override { return p[0] * p[0] * p[0] - 3 * p[0] * p[1] * p[1]; }
    Vec2 gradient(const Vec2& p) const override
    {
        return {3 * p[0] * p[0] - 3 * p[1] * p[1], -6 * p[0] * p[1]};
    }
    Sym2 hessian(const Vec2& p) const override { return {6 * p[0], -6 * p[1], -6 * p[0]}; }
    std::vector<Vec2> minima() const override { return {}; }
    double minimumValue() const override { return -std::numeric_limits<double>::infinity(); }
    Box2 defaultBox() const override { return {-2, 2, -2, 2}; }
    Vec2 defaultStart() const override { return {1.5, 0.5}; }
};

// w·exp(−½ dᵀMd), d = p − centre, M = Rᵀ·diag(1/σx², 1/σy²)·R with R the counter-clockwise rotation by θ:
// a Gaussian bump with its own widths along axes turned by θ.
class RotatedGaussian {
public:
    RotatedGaussian(double weight, Vec2 centre, double sigmaX, double sigmaY, double theta) : weight_(weight), centre_(centre)
    {
        const double c = std::cos(theta), s = std::sin(theta), a = 1 / (sigmaX * sigmaX), b = 1 / (sigmaY * sigmaY);
        // (x_r, y_r) = (c·dx − s·dy, s·dx + c·dy), so x_r²·a + y_r²·b = dᵀ M d with:
        m_ = {a * c * c + b * s * s, (b - a) * c * s, a * s * s + b * c * c};
    }
    double value(const Vec2& p) const
    {
        const Vec2 d = p - centre_;
        return weight_ * std::exp(-0.5 * dot(d, m_ * d));
    }
    // ∇ = −value·M d.
    Vec2 gradient(const Vec2& p) const
    {
        const Vec2 md = m_ * (p - centre_);
        return -value(p) * md;
    }
    // H = value·(M d (M d)ᵀ − M).
    Sym2 hessian(const Vec2& p) const
    {
        const Vec2 md = m_ * (p - centre_);
        const double v = value(p);
        return {v * (md[0] * md[0] - m_.xx), v * (md[0] * md[1] - m_.xy), v * (md[1] * md[1] - m_.yy)};
    }

private:
    double weight_;
    Vec2 centre_;
    Sym2 m_;
};

// The course's picture of Newton's directions (Newton_convergence.ipynb): a well at the origin between two
// bumps, f = −1.5·G(0, 0; 1, 1; 0) + G(−1, −1; 1.5, 2; π/6) + G(1, 1; 2, 1.5; −π/4). Its one local minimum is
// near the origin; f → 0⁺ far away (the wide bumps outlast the narrow well), so the infimum 0 is not attained
// and the box's corners lie lower than the well's bottom.
class Peaks final : public TestFunction {
public:
    std::string name() const override { return "peaks"; }
    double value(const Vec2& p) const override
    {
        double sum = 0;
        for (const RotatedGaussian& g : parts_)
            sum += g.value(p);
        return sum;
    }
    Vec2 gradient(const Vec2& p) const override
    {
        Vec2 sum{0, 0};
        for (const RotatedGaussian& g : parts_)
            sum = sum + g.gradient(p);
        return sum;
    }
    Sym2 hessian(const Vec2& p) const override
    {
        Sym2 sum;
        for (const RotatedGaussian& g : parts_) {
            const Sym2 h = g.hessian(p);
            sum = {sum.xx + h.xx, sum.xy + h.xy, sum.yy + h.yy};
        }
        return sum;
    }
    std::vector<Vec2> minima() const override { return {}; } // the infimum is not attained
    std::vector<Vec2> localMinima() const override { return {kWellBottom}; }
    double minimumValue() const override { return 0; }
    Box2 defaultBox() const override { return {-3, 3, -3, 3}; }
    Vec2 defaultStart() const override { return {-1, 1}; } // in the well's basin for every method here

private:
    // Newton's method from (0.05, −0.04) until the gradient is below 1e-15 (tests/data/make_newton_morph_reference.py).
    static constexpr Vec2 kWellBottom{0.0517465527611587, -0.03905290717814844};
    const RotatedGaussian parts_[3] = {{-1.5, {0, 0}, 1, 1, 0},
                                       {1, {-1, -1}, 1.5, 2, kPi / 6},
                                       {1, {1, 1}, 2, 1.5, -kPi / 4}};
};

class FormulaFunction final : public TestFunction {
public:
    FormulaFunction(const std::string& text, double extent) : formula_(text), extent_(extent) {}
    std::string name() const override { return "formula"; }
    double value(const Vec2& p) const override { return formula_.value(p); }
    Vec2 gradient(const Vec2& p) const override { return formula_.gradient(p); }
    Sym2 hessian(const Vec2& p) const override { return formula_.hessian(p); }
    std::vector<Vec2> minima() const override { return {}; }
    double minimumValue() const override { return std::numeric_limits<double>::quiet_NaN(); }
    Box2 defaultBox() const override { return {-extent_, extent_, -extent_, extent_}; }
    Vec2 defaultStart() const override { return {0.5 * extent_, 0.5 * extent_}; }

private:
    Formula formula_;
    double extent_;
};

} // namespace

std::unique_ptr<TestFunction> makeFormulaFunction(const std::string& text, double extent)
{
    return std::make_unique<FormulaFunction>(text, extent);
}

const std::vector<std::string>& testFunctionNames()
{
    static const std::vector<std::string> names = {"rosenbrock", "himmelblau", "beale",  "booth",         "rastrigin",
                                                   "ackley",     "goldstein-price", "quadratic", "saddle", "monkey-saddle",
                                                   "peaks"};
    return names;
}

std::unique_ptr<TestFunction> makeTestFunction(const std::string& name, const QuadraticShape& shape)
{
    if (name == "quadratic") return std::make_unique<Quadratic>(shape);
    if (name == "rosenbrock") return std::make_unique<Rosenbrock>();
    if (name == "himmelblau") return std::make_unique<Himmelblau>();
    if (name == "beale") return std::make_unique<Beale>();
    if (name == "booth") return std::make_unique<Booth>();
    if (name == "rastrigin") return std::make_unique<Rastrigin>();
    if (name == "ackley") return std::make_unique<Ackley>();
    if (name == "goldstein-price") return std::make_unique<GoldsteinPrice>();
    if (name == "saddle") return std::make_unique<Saddle>();
    if (name == "monkey-saddle") return std::make_unique<MonkeySaddle>();
    if (name == "peaks") return std::make_unique<Peaks>();
    return nullptr;
}

} // namespace gradus::core
