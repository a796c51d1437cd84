#include "linear_text.h"
#include "wide_integer.h"

#include <cctype>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace gradus::core::mip {

namespace {

// Coefficients are read as integers in millionths: up to six decimals stay exact.
constexpr int kDecimals = 6;
constexpr Wide kScale = 1'000'000;

std::string trimmed(const std::string& text)
{
    const auto begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos)
        return {};
    return text.substr(begin, text.find_last_not_of(" \t\r\n") - begin + 1);
}

// A linear expression c_x·x + c_y·y + c_1, coefficients in millionths.
struct Linear {
    Wide x = 0, y = 0, constant = 0;
};

class ExpressionReader {
public:
    ExpressionReader(const std::string& text, std::string context) : text_(text), context_(std::move(context)) {}

    [[noreturn]] void fail(const std::string& what) const
    {
        throw std::invalid_argument(context_ + " '" + trimmed(text_) + "': " + what);
    }

    void skipSpaces()
    {
        while (at_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[at_])))
            ++at_;
    }
    bool atEnd()
    {
        skipSpaces();
        return at_ >= text_.size();
    }
    bool accept(const std::string& token)
    {
        skipSpaces();
        if (text_.compare(at_, token.size(), token) != 0)
            return false;
        at_ += token.size();
        return true;
    }

    // Reads terms until something that is not part of an expression (a relation or the end).
    Linear expression()
    {
        Linear sum;
        bool first = true;
        while (true) {
            skipSpaces();
            int sign = 1;
            if (accept("+")) {
            } else if (accept("-") || accept("−")) {
                sign = -1;
            } else if (!first) {
                break;
            }
            skipSpaces();
            Wide coefficient = kScale;
            bool haveNumber = false;
            if (at_ < text_.size() && (std::isdigit(static_cast<unsigned char>(text_[at_])) || text_[at_] == '.')) {
                coefficient = number();
                haveNumber = true;
                accept("*");
            }
            skipSpaces();
            const char c = at_ < text_.size() ? char(std::tolower(static_cast<unsigned char>(text_[at_]))) : '\0';
            if (c == 'x' || c == 'y') {
                ++at_;
                (c == 'x' ? sum.x : sum.y) += sign * coefficient;
            } else if (haveNumber) {
                sum.constant += sign * coefficient;
            } else {
                fail(at_ < text_.size() ? "expected a number, x or y at '" + text_.substr(at_) + "'"
                                        : "expected a number, x or y at the end");
            }
            first = false;
        }
        return sum;
    }

    const std::string& rest() const { return text_; }
    std::size_t position() const { return at_; }

private:
    Wide number()
    {
        Wide whole = 0, fraction = 0;
        int decimals = 0;
        bool digits = false;
        while (at_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[at_]))) {
            whole = whole * 10 + (text_[at_++] - '0');
            digits = true;
            if (whole > Wide(1'000'000'000'000))
                fail("a coefficient is too large (at most 10¹²)");
        }
        // A decimal point, or a decimal comma as a Russian-locale spreadsheet writes it.
        if (at_ + 1 <= text_.size() && at_ < text_.size() && (text_[at_] == '.' || text_[at_] == ',') &&
            at_ + 1 < text_.size() && std::isdigit(static_cast<unsigned char>(text_[at_ + 1]))) {
            ++at_;
            while (at_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[at_]))) {
                if (++decimals > kDecimals)
                    fail("at most six decimals are allowed in a coefficient");
                fraction = fraction * 10 + (text_[at_++] - '0');
                digits = true;
            }
        }
        if (!digits)
            fail("expected a number");
        Wide scale = kScale;
        for (int k = 0; k < decimals; ++k)
            scale /= 10;
        return whole * kScale + fraction * scale;
    }

    std::string text_;
    std::string context_;
    std::size_t at_ = 0;
};

std::vector<std::string> statements(const std::string& text)
{
    std::vector<std::string> list;
    std::string current;
    for (char c : text) {
        if (c == ';' || c == '\n') {
            if (!trimmed(current).empty())
                list.push_back(trimmed(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!trimmed(current).empty())
        list.push_back(trimmed(current));
    return list;
}

// lhs − rhs ≤ 0 as an integer row, divided by the gcd of all three numbers (exact, not rounded).
Constraint2D rowOf(const Linear& lhs, const Linear& rhs, ExpressionReader& reader)
{
    Wide a = lhs.x - rhs.x, b = lhs.y - rhs.y, c = rhs.constant - lhs.constant;
    if (a == 0 && b == 0)
        reader.fail("a constraint needs x or y");
    const Wide g = gcdWide(gcdWide(a, b), c);
    a /= g, b /= g, c /= g;
    const Wide limit = 1'000'000'000;
    if (a > limit || a < -limit || b > limit || b < -limit || c > limit * 1000 || c < -limit * 1000)
        reader.fail("the coefficients are too large or have too many significant digits");
    return {std::int64_t(a), std::int64_t(b), std::int64_t(c)};
}

std::string termText(std::int64_t coefficient, const char* variable, bool first)
{
    std::string text;
    if (coefficient < 0)
        text += first ? "−" : " − ";
    else if (!first)
        text += " + ";
    const std::int64_t magnitude = coefficient < 0 ? -coefficient : coefficient;
    if (magnitude != 1)
        text += std::to_string(magnitude);
    return text + variable;
}

} // namespace

std::string constraintText(const Constraint2D& c)
{
    // Rows with a single negative coefficient read better as "x ≥ 3" than "−x ≤ −3".
    const bool flip = (c.a <= 0 && c.b <= 0);
    const std::int64_t a = flip ? -c.a : c.a, b = flip ? -c.b : c.b, rhs = flip ? -c.rhs : c.rhs;
    std::string text;
    if (a != 0)
        text += termText(a, "x", true);
    if (b != 0)
        text += termText(b, "y", text.empty());
    text += flip ? " ≥ " : " ≤ ";
    text += rhs < 0 ? "−" + std::to_string(-rhs) : std::to_string(rhs);
    return text;
}

ParsedProgram2D parseProgram2D(const std::string& objectiveText, const std::string& constraintsText)
{
    ParsedProgram2D parsed;
    std::string objective = trimmed(objectiveText);
    std::string lowered;
    for (char c : objective)
        lowered += char(std::tolower(static_cast<unsigned char>(c)));
    for (const char* word : {"maximize", "minimize", "max", "min"})
        if (lowered.rfind(word, 0) == 0) {
            parsed.minimize = lowered[1] == 'i';
            objective = objective.substr(std::string(word).size());
            break;
        }
    {
        ExpressionReader reader(objective, "objective");
        if (reader.atEnd())
            reader.fail("write the objective as e.g. 'max 3x + 2y'");
        const Linear f = reader.expression();
        if (!reader.atEnd())
            reader.fail("unexpected '" + objective.substr(reader.position()) + "'");
        if (f.constant != 0)
            reader.fail("the objective is an expression in x and y without a constant");
        const double sign = parsed.minimize ? -1.0 : 1.0;
        parsed.program.cx = sign * double(f.x) / double(kScale);
        parsed.program.cy = sign * double(f.y) / double(kScale);
    }
    const std::vector<std::string> rows = statements(constraintsText);
    if (rows.empty())
        throw std::invalid_argument("no constraints: write them as e.g. '2x + 3y <= 12; x >= 0; y >= 0'");
    for (const std::string& row : rows) {
        ExpressionReader reader(row, "constraint");
        const Linear lhs = reader.expression();
        enum class Relation { Less, Greater, Equal } relation;
        if (reader.accept("<=") || reader.accept("≤") || reader.accept("=<"))
            relation = Relation::Less;
        else if (reader.accept(">=") || reader.accept("≥") || reader.accept("=>"))
            relation = Relation::Greater;
        else if (reader.accept("==") || reader.accept("="))
            relation = Relation::Equal;
        else if (reader.accept("<") || reader.accept(">"))
            reader.fail("strict inequalities are not allowed in a linear program: use <= or >=");
        else
            reader.fail("expected <=, >= or = after the left-hand side");
        const Linear rhs = reader.expression();
        if (!reader.atEnd())
            reader.fail("unexpected '" + row.substr(reader.position()) + "'");
        if (relation != Relation::Greater)
            parsed.program.constraints.push_back(rowOf(lhs, rhs, reader));
        if (relation != Relation::Less)
            parsed.program.constraints.push_back(rowOf(rhs, lhs, reader));
    }
    if (parsed.program.constraints.size() > 40)
        throw std::invalid_argument("at most 40 constraints: this view is for small programs");
    for (const Constraint2D& c : parsed.program.constraints)
        parsed.constraintTexts.push_back(constraintText(c));
    return parsed;
}

} // namespace gradus::core::mip
