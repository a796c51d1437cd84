#pragma once
// A function f(x, y) typed by the user, e.g. "sin(x)*y^2 + exp(-x^2)", with exact first and second
// derivatives by forward-mode automatic differentiation (no finite differences anywhere).
//
// Grammar: numbers (1, 2.5, 1e-3), the variables x and y, the constants pi and e, + − * / ^ (also **),
// parentheses, |…| for the absolute value, implicit multiplication after a number ("2x", "3(x+1)"),
// and the functions sin cos tan asin acos atan sinh cosh tanh exp log (= ln) sqrt abs.

#include "objective.h"

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace gradus::core {

// A formula that does not parse. position is the 0-based character index where reading stopped.
class FormulaError : public std::runtime_error {
public:
    FormulaError(std::size_t position, const std::string& message)
        : std::runtime_error(message), position_(position)
    {
    }
    std::size_t position() const { return position_; }

private:
    std::size_t position_;
};

class Formula final : public Objective2D {
public:
    // Throws FormulaError.
    explicit Formula(const std::string& text);
    ~Formula() override;
    Formula(Formula&&) noexcept;
    Formula& operator=(Formula&&) noexcept;

    const std::string& text() const { return text_; }
    double value(const Vec2& p) const override;
    Vec2 gradient(const Vec2& p) const override;
    Sym2 hessian(const Vec2& p) const override;

    struct Program; // compiled postfix code

private:
    std::string text_;
    std::unique_ptr<Program> program_;
};

} // namespace gradus::core
