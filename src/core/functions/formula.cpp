#include "formula.h"

#include <cctype>
#include <cmath>

namespace gradus::core {

namespace {

enum class Op { Number, X, Y, Add, Subtract, Multiply, Divide, Power, Negate, Function };
enum class Fn { Sin, Cos, Tan, Asin, Acos, Atan, Sinh, Cosh, Tanh, Exp, Log, Sqrt, Abs };

struct Instruction {
    Op op;
    double number = 0;  // Number; for Power: the constant exponent when constantExponent
    Fn function = Fn::Sin;
    bool constantExponent = false;
};

struct FunctionName {
    const char* name;
    Fn fn;
};
constexpr FunctionName kFunctions[] = {{"sin", Fn::Sin},   {"cos", Fn::Cos},   {"tan", Fn::Tan},   {"asin", Fn::Asin},
                                       {"acos", Fn::Acos}, {"atan", Fn::Atan}, {"sinh", Fn::Sinh}, {"cosh", Fn::Cosh},
                                       {"tanh", Fn::Tanh}, {"exp", Fn::Exp},   {"log", Fn::Log},   {"ln", Fn::Log},
                                       {"sqrt", Fn::Sqrt}, {"abs", Fn::Abs}};

// Value, first and second derivatives of a scalar function φ at u.
struct Derivatives {
    double value, first, second;
};

Derivatives differentiate(Fn fn, double u)
{
    switch (fn) {
    case Fn::Sin: return {std::sin(u), std::cos(u), -std::sin(u)};
    case Fn::Cos: return {std::cos(u), -std::sin(u), -std::cos(u)};
    case Fn::Tan: {
        const double t = std::tan(u), s = 1 + t * t;
        return {t, s, 2 * t * s};
    }
    case Fn::Asin: {
        const double r = 1 - u * u;
        return {std::asin(u), 1 / std::sqrt(r), u / std::pow(r, 1.5)};
    }
    case Fn::Acos: {
        const double r = 1 - u * u;
        return {std::acos(u), -1 / std::sqrt(r), -u / std::pow(r, 1.5)};
    }
    case Fn::Atan: {
        const double r = 1 + u * u;
        return {std::atan(u), 1 / r, -2 * u / (r * r)};
    }
    case Fn::Sinh: return {std::sinh(u), std::cosh(u), std::sinh(u)};
    case Fn::Cosh: return {std::cosh(u), std::sinh(u), std::cosh(u)};
    case Fn::Tanh: {
        const double t = std::tanh(u), s = 1 - t * t;
        return {t, s, -2 * t * s};
    }
    case Fn::Exp: {
        const double e = std::exp(u);
        return {e, e, e};
    }
    case Fn::Log: return {std::log(u), 1 / u, -1 / (u * u)};
    case Fn::Sqrt: {
        const double s = std::sqrt(u);
        return {s, 0.5 / s, -0.25 / (s * u)};
    }
    case Fn::Abs: return {std::abs(u), u > 0 ? 1.0 : (u < 0 ? -1.0 : 0.0), 0.0};
    }
    return {NAN, NAN, NAN};
}

// A value with its gradient and Hessian in (x, y): the arithmetic of second-order forward-mode AD.
struct Jet {
    double v = 0, gx = 0, gy = 0, hxx = 0, hxy = 0, hyy = 0;

    static Jet constant(double c) { return {c}; }
    // φ(a) by the chain rule: ∇ = φ′∇a, H = φ″∇a∇aᵀ + φ′H_a.
    Jet apply(const Derivatives& d) const
    {
        return {d.value,
                d.first * gx,
                d.first * gy,
                d.second * gx * gx + d.first * hxx,
                d.second * gx * gy + d.first * hxy,
                d.second * gy * gy + d.first * hyy};
    }
};

Jet operator+(const Jet& a, const Jet& b) { return {a.v + b.v, a.gx + b.gx, a.gy + b.gy, a.hxx + b.hxx, a.hxy + b.hxy, a.hyy + b.hyy}; }
Jet operator-(const Jet& a, const Jet& b) { return {a.v - b.v, a.gx - b.gx, a.gy - b.gy, a.hxx - b.hxx, a.hxy - b.hxy, a.hyy - b.hyy}; }
Jet operator*(const Jet& a, const Jet& b)
{
    return {a.v * b.v,
            a.gx * b.v + a.v * b.gx,
            a.gy * b.v + a.v * b.gy,
            a.hxx * b.v + 2 * a.gx * b.gx + a.v * b.hxx,
            a.hxy * b.v + a.gx * b.gy + a.gy * b.gx + a.v * b.hxy,
            a.hyy * b.v + 2 * a.gy * b.gy + a.v * b.hyy};
}
Jet reciprocal(const Jet& a) { return a.apply({1 / a.v, -1 / (a.v * a.v), 2 / (a.v * a.v * a.v)}); }
Jet power(const Jet& base, double c)
{
    // u^c with its derivatives; integer powers of negative numbers stay real.
    return base.apply({std::pow(base.v, c), c * std::pow(base.v, c - 1), c * (c - 1) * std::pow(base.v, c - 2)});
}

class Parser {
public:
    explicit Parser(const std::string& text) : text_(text) {}

    std::vector<Instruction> parse()
    {
        skipBlanks();
        if (position_ >= text_.size())
            fail("the formula is empty: type an expression in x and y, e.g. x^2 + 3*y^2");
        expression();
        skipBlanks();
        if (position_ < text_.size()) {
            if (text_[position_] == ')')
                fail("unmatched ')'");
            fail("expected an operator (+ − * / ^) or the end, found '" + std::string(1, text_[position_]) + "'");
        }
        return std::move(code_);
    }

private:
    [[noreturn]] void fail(const std::string& message) const { throw FormulaError(position_, message); }

    void skipBlanks()
    {
        while (position_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[position_])))
            ++position_;
    }
    bool accept(const char* token)
    {
        skipBlanks();
        const std::size_t length = std::char_traits<char>::length(token);
        if (text_.compare(position_, length, token) == 0) {
            position_ += length;
            return true;
        }
        return false;
    }

    // Every nesting (brackets, signs, powers, arguments) passes through unary(): counting there keeps
    // the recursion — and the stack — bounded whatever the text.
    class Nesting {
    public:
        explicit Nesting(Parser& parser) : parser_(parser)
        {
            if (++parser_.depth_ > kMaxDepth)
                parser_.fail("the formula nests brackets, signs or powers more than " + std::to_string(kMaxDepth) +
                             " deep; write it more simply");
        }
        ~Nesting() { --parser_.depth_; }
        Nesting(const Nesting&) = delete;
        Nesting& operator=(const Nesting&) = delete;

    private:
        Parser& parser_;
    };
    static constexpr int kMaxDepth = 200;

    void expression()
    {
        term();
        for (;;) {
            if (accept("+")) {
                term();
                emit({Op::Add});
            } else if (accept("-")) {
                term();
                emit({Op::Subtract});
            } else {
                return;
            }
        }
    }

    void term()
    {
        unary();
        for (;;) {
            skipBlanks();
            if (text_.compare(position_, 2, "**") != 0 && accept("*")) {
                unary();
                emit({Op::Multiply});
            } else if (accept("/")) {
                unary();
                emit({Op::Divide});
            } else {
                return;
            }
        }
    }

    void unary()
    {
        const Nesting nesting(*this);
        if (accept("-")) {
            unary();
            emit({Op::Negate});
        } else if (accept("+")) {
            unary();
        } else {
            powerExpression();
        }
    }

    void powerExpression()
    {
        primary();
        if (accept("^") || accept("**")) {
            const std::size_t exponentStart = code_.size();
            unary(); // right-associative: 2^-x and x^y^z = x^(y^z)
            // A constant exponent (the common x^2) keeps derivatives exact where the base is ≤ 0.
            if (code_.size() == exponentStart + 1 && code_.back().op == Op::Number) {
                const double c = code_.back().number;
                code_.pop_back();
                emit({Op::Power, c, Fn::Sin, true});
            } else {
                emit({Op::Power});
            }
        }
    }

    void primary()
    {
        skipBlanks();
        if (position_ >= text_.size())
            fail("the formula ends too early: expected a number, x, y, a function or '('");
        const char c = text_[position_];
        if (std::isdigit(static_cast<unsigned char>(c)) || c == '.') {
            number();
            // Implicit multiplication: 2x, 3(x + 1), 2sin(x).
            skipBlanks();
            if (position_ < text_.size() &&
                (std::isalpha(static_cast<unsigned char>(text_[position_])) || text_[position_] == '(')) {
                powerExpression();
                emit({Op::Multiply});
            }
            return;
        }
        if (c == '(') {
            ++position_;
            expression();
            if (!accept(")"))
                fail("expected ')' to close the '(' ");
            return;
        }
        if (c == '|') {
            ++position_;
            expression();
            if (!accept("|"))
                fail("expected '|' to close the absolute value");
            emit({Op::Function, 0, Fn::Abs});
            return;
        }
        if (std::isalpha(static_cast<unsigned char>(c))) {
            identifier();
            return;
        }
        fail("expected a number, x, y, a function or '(', found '" + std::string(1, c) + "'");
    }

    void number()
    {
        const char* begin = text_.c_str() + position_;
        char* end = nullptr;
        const double value = std::strtod(begin, &end);
        if (end == begin)
            fail("malformed number");
        position_ += std::size_t(end - begin);
        emit({Op::Number, value});
    }

    void identifier()
    {
        const std::size_t start = position_;
        while (position_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[position_])) || text_[position_] == '_'))
            ++position_;
        const std::string name = text_.substr(start, position_ - start);
        if (name == "x") return emit({Op::X});
        if (name == "y") return emit({Op::Y});
        if (name == "pi") return emit({Op::Number, M_PI});
        if (name == "e") return emit({Op::Number, std::exp(1.0)});
        for (const FunctionName& f : kFunctions) {
            if (name != f.name)
                continue;
            if (!accept("(")) {
                position_ = start + name.size();
                fail("expected '(' after the function " + name);
            }
            expression();
            if (!accept(")"))
                fail("expected ')' after the argument of " + name);
            return emit({Op::Function, 0, f.fn});
        }
        position_ = start;
        fail("unknown name '" + name + "': use x, y, pi, e or a function such as sin, exp, log, sqrt");
    }

    void emit(Instruction instruction)
    {
        // Fold "-3" into a number, so that x^-2 keeps its constant exponent.
        if (instruction.op == Op::Negate && !code_.empty() && code_.back().op == Op::Number) {
            code_.back().number = -code_.back().number;
            return;
        }
        code_.push_back(instruction);
    }

    const std::string& text_;
    std::size_t position_ = 0;
    int depth_ = 0;
    std::vector<Instruction> code_;
};

template <class T>
T evaluate(const std::vector<Instruction>& code, const Vec2& p, std::vector<T>& stack);

template <>
double evaluate<double>(const std::vector<Instruction>& code, const Vec2& p, std::vector<double>& stack)
{
    stack.clear();
    for (const Instruction& in : code) {
        switch (in.op) {
        case Op::Number: stack.push_back(in.number); break;
        case Op::X: stack.push_back(p[0]); break;
        case Op::Y: stack.push_back(p[1]); break;
        case Op::Negate: stack.back() = -stack.back(); break;
        case Op::Function: stack.back() = differentiate(in.function, stack.back()).value; break;
        case Op::Power:
            if (in.constantExponent) {
                stack.back() = std::pow(stack.back(), in.number);
                break;
            }
            [[fallthrough]];
        default: {
            const double b = stack.back();
            stack.pop_back();
            double& a = stack.back();
            switch (in.op) {
            case Op::Add: a += b; break;
            case Op::Subtract: a -= b; break;
            case Op::Multiply: a *= b; break;
            case Op::Divide: a /= b; break;
            case Op::Power: a = std::pow(a, b); break;
            default: break;
            }
        }
        }
    }
    return stack.back();
}

template <>
Jet evaluate<Jet>(const std::vector<Instruction>& code, const Vec2& p, std::vector<Jet>& stack)
{
    stack.clear();
    for (const Instruction& in : code) {
        switch (in.op) {
        case Op::Number: stack.push_back(Jet::constant(in.number)); break;
        case Op::X: stack.push_back({p[0], 1, 0, 0, 0, 0}); break;
        case Op::Y: stack.push_back({p[1], 0, 1, 0, 0, 0}); break;
        case Op::Negate: stack.back() = Jet::constant(0) - stack.back(); break;
        case Op::Function: stack.back() = stack.back().apply(differentiate(in.function, stack.back().v)); break;
        case Op::Power:
            if (in.constantExponent) {
                stack.back() = power(stack.back(), in.number);
                break;
            }
            [[fallthrough]];
        default: {
            const Jet b = stack.back();
            stack.pop_back();
            Jet& a = stack.back();
            switch (in.op) {
            case Op::Add: a = a + b; break;
            case Op::Subtract: a = a - b; break;
            case Op::Multiply: a = a * b; break;
            case Op::Divide: a = a * reciprocal(b); break;
            case Op::Power: { // a^b = exp(b·log a)
                const Jet exponent = b * a.apply(differentiate(Fn::Log, a.v));
                a = exponent.apply(differentiate(Fn::Exp, exponent.v));
                break;
            }
            default: break;
            }
        }
        }
    }
    return stack.back();
}

thread_local std::vector<double> valueStack;
thread_local std::vector<Jet> jetStack;

} // namespace

struct Formula::Program {
    std::vector<Instruction> code;
};

Formula::Formula(const std::string& text) : text_(text), program_(std::make_unique<Program>())
{
    program_->code = Parser(text_).parse();
}

Formula::~Formula() = default;
Formula::Formula(Formula&&) noexcept = default;
Formula& Formula::operator=(Formula&&) noexcept = default;

double Formula::value(const Vec2& p) const { return evaluate<double>(program_->code, p, valueStack); }

Vec2 Formula::gradient(const Vec2& p) const
{
    const Jet j = evaluate<Jet>(program_->code, p, jetStack);
    return {j.gx, j.gy};
}

Sym2 Formula::hessian(const Vec2& p) const
{
    const Jet j = evaluate<Jet>(program_->code, p, jetStack);
    return {j.hxx, j.hxy, j.hyy};
}

} // namespace gradus::core
