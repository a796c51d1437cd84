// The user's formula: parsing, values, exact derivatives, and errors that say where and what.
#include "core/functions/formula.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace gradus::core;

namespace {

std::size_t errorPosition(const std::string& text, std::string* message = nullptr)
{
    try {
        Formula f(text);
    } catch (const FormulaError& e) {
        if (message)
            *message = e.what();
        return e.position();
    }
    return std::string::npos;
}

} // namespace

class TestFormula : public QObject {
    Q_OBJECT
private slots:
    void values()
    {
        const Vec2 p{0.7, -1.3};
        const double x = p[0], y = p[1];
        const std::vector<std::pair<std::string, double>> cases = {
            {"x + 2*y", x + 2 * y},
            {"x^2 + 3*y^2", x * x + 3 * y * y},
            {"-x^2", -x * x},
            {"2^-1", 0.5},
            {"2^3^2", 512}, // right-associative
            {"x**2", x * x},
            {"2x + 3(y - 1)", 2 * x + 3 * (y - 1)},
            {"2sin(x)", 2 * std::sin(x)},
            {"sin(x)*y^2 + exp(-x^2)", std::sin(x) * y * y + std::exp(-x * x)},
            {"|y| + abs(x)", std::abs(y) + std::abs(x)},
            {"pi * e", M_PI * std::exp(1.0)},
            {"1e-3 * x", 1e-3 * x},
            {"sqrt(x^2 + y^2)", std::hypot(x, y)},
            {"ln(x) + log(2)", std::log(x) + std::log(2.0)},
            {"x / y / 2", x / y / 2},
            {"atan(y) - tanh(x) + cosh(y)", std::atan(y) - std::tanh(x) + std::cosh(y)},
            {"  x  ", x},
        };
        for (const auto& [text, expected] : cases)
            QVERIFY2(std::abs(Formula(text).value(p) - expected) <= 1e-12 * std::max(1.0, std::abs(expected)), text.c_str());
    }

    void derivativesByHand()
    {
        // f = sin(x)·y² + exp(−x²): ∂x = cos x·y² − 2x·e^{−x²}, ∂y = 2y·sin x,
        // ∂xx = −sin x·y² + (4x² − 2)e^{−x²}, ∂xy = 2y·cos x, ∂yy = 2 sin x.
        const Formula f("sin(x)*y^2 + exp(-x^2)");
        const double x = 0.4, y = 1.7, e = std::exp(-x * x);
        const Vec2 g = f.gradient({x, y});
        const Sym2 h = f.hessian({x, y});
        QCOMPARE_LE(std::abs(g[0] - (std::cos(x) * y * y - 2 * x * e)), 1e-13);
        QCOMPARE_LE(std::abs(g[1] - 2 * y * std::sin(x)), 1e-13);
        QCOMPARE_LE(std::abs(h.xx - (-std::sin(x) * y * y + (4 * x * x - 2) * e)), 1e-13);
        QCOMPARE_LE(std::abs(h.xy - 2 * y * std::cos(x)), 1e-13);
        QCOMPARE_LE(std::abs(h.yy - 2 * std::sin(x)), 1e-13);
        // x^y through exp(y·log x): ∂x = y·x^{y−1}, ∂y = x^y·ln x, ∂xy = x^{y−1}(1 + y ln x).
        const Formula power("x^y");
        const Vec2 q{1.5, 2.5};
        QCOMPARE_LE(std::abs(power.gradient(q)[0] - 2.5 * std::pow(1.5, 1.5)), 1e-12);
        QCOMPARE_LE(std::abs(power.gradient(q)[1] - std::pow(1.5, 2.5) * std::log(1.5)), 1e-12);
        QCOMPARE_LE(std::abs(power.hessian(q).xy - std::pow(1.5, 1.5) * (1 + 2.5 * std::log(1.5))), 1e-12);
        // A constant exponent keeps x^3 exact at negative x.
        QCOMPARE(Formula("x^3").gradient({-2, 0})[0], 12.0);
        QCOMPARE(Formula("x^-2").value({-2, 0}), 0.25);
    }

    void derivativesMatchFiniteDifferences()
    {
        const std::vector<std::string> formulas = {"(x^2 + y - 11)^2 + (x + y^2 - 7)^2", "tan(x/3) * asin(y/4) + acos(x/5)",
                                                   "sinh(x) * cosh(y) / (1 + x^2 + y^2)", "sqrt(2 + x) * log(3 + y)",
                                                   "x*y*exp(-(x^2+y^2)/2)"};
        std::mt19937_64 rng(3);
        std::uniform_real_distribution<double> u(-1.2, 1.2);
        for (const std::string& text : formulas) {
            const Formula f(text);
            for (int trial = 0; trial < 20; ++trial) {
                const Vec2 p{u(rng), u(rng)};
                const double h = 1e-5;
                const Vec2 g = f.gradient(p);
                const Sym2 H = f.hessian(p);
                const double fx = (f.value({p[0] + h, p[1]}) - f.value({p[0] - h, p[1]})) / (2 * h);
                const double fy = (f.value({p[0], p[1] + h}) - f.value({p[0], p[1] - h})) / (2 * h);
                const Vec2 gx = f.gradient({p[0] + h, p[1]}) - f.gradient({p[0] - h, p[1]});
                const Vec2 gy = f.gradient({p[0], p[1] + h}) - f.gradient({p[0], p[1] - h});
                const double scale = 1 + std::abs(f.value(p)) + norm(g) + std::abs(H.xx) + std::abs(H.yy);
                QVERIFY2(std::abs(g[0] - fx) < 1e-6 * scale && std::abs(g[1] - fy) < 1e-6 * scale, text.c_str());
                QVERIFY2(std::abs(H.xx - gx[0] / (2 * h)) < 1e-5 * scale, text.c_str());
                QVERIFY2(std::abs(H.xy - gy[0] / (2 * h)) < 1e-5 * scale, text.c_str());
                QVERIFY2(std::abs(H.yy - gy[1] / (2 * h)) < 1e-5 * scale, text.c_str());
            }
        }
    }

    void undefinedPointsAreNaNNotCrashes()
    {
        QVERIFY(std::isnan(Formula("log(x)").value({-1, 0})));
        QVERIFY(std::isnan(Formula("sqrt(x)").gradient({-1, 0})[0]));
        QVERIFY(std::isinf(Formula("1/x").value({0, 0})));
        QVERIFY(!std::isfinite(Formula("1/x").hessian({0, 0}).xx));
    }

    void errorsSayWhereAndWhat()
    {
        std::string message;
        QCOMPARE(errorPosition("sin(x*y", &message), std::size_t(7));
        QVERIFY(message.find("expected ')' after the argument of sin") != std::string::npos);
        QCOMPARE(errorPosition("x + ", &message), std::size_t(4));
        QVERIFY(message.find("ends too early") != std::string::npos);
        QCOMPARE(errorPosition("2x + foo(y)", &message), std::size_t(5));
        QVERIFY(message.find("unknown name 'foo'") != std::string::npos);
        QCOMPARE(errorPosition("x y", &message), std::size_t(2));
        QVERIFY(message.find("expected an operator") != std::string::npos);
        QCOMPARE(errorPosition("(x + 1))", &message), std::size_t(7));
        QVERIFY(message.find("unmatched ')'") != std::string::npos);
        QCOMPARE(errorPosition("", &message), std::size_t(0));
        QVERIFY(message.find("empty") != std::string::npos);
        QCOMPARE(errorPosition("sin x", &message), std::size_t(3));
        QVERIFY(message.find("expected '(' after the function sin") != std::string::npos);
        QCOMPARE(errorPosition("|x", &message), std::size_t(2));
        QCOMPARE(errorPosition("x # 2", &message), std::size_t(2));
        QCOMPARE(errorPosition("z + 1", &message), std::size_t(0));
    }

    // Nesting is bounded: the fuzzer's 3,000 opening brackets overflowed the stack (the parser
    // recurses). 199 levels of anything still parse; beyond 200 the formula is refused where it
    // goes too deep.
    void deepNestingIsRefusedNotACrash()
    {
        const auto nested = [](const std::string& open, int levels, const std::string& close) {
            std::string text;
            for (int k = 0; k < levels; ++k)
                text += open;
            text += "x";
            for (int k = 0; k < levels; ++k)
                text += close;
            return text;
        };
        QCOMPARE(Formula(nested("(", 199, ")")).value({0.5, 0}), 0.5);
        QCOMPARE(Formula(nested("-", 199, "")).value({0.5, 0}), -0.5);
        std::string message;
        for (const std::string& deep : {nested("(", 3000, ")"), nested("-", 5000, ""), nested("|", 300, "|"),
                                        nested("sin(", 250, ")"), nested("2^", 400, "")}) {
            QVERIFY(errorPosition(deep, &message) != std::string::npos);
            QVERIFY2(message.find("more than 200 deep") != std::string::npos, message.c_str());
        }
        QCOMPARE(errorPosition(nested("(", 201, ")"), &message), std::size_t(200));
    }
};

QTEST_APPLESS_MAIN(TestFormula)
#include "test_formula.moc"
