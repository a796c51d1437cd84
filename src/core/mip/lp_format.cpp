// CPLEX LP files (model_formats.h).
#include "format_text.h"
#include "model_formats.h"

#include <array>
#include <unordered_map>

namespace gradus::core::mip {

namespace {

using text::kInfinity;

constexpr const char* kBroken = "the LP file is broken";
constexpr const char* kShape = "Minimize or Maximize, then Subject To, Bounds, Generals and End";

enum class Section { None, Objective, Constraints, Bounds, Generals, Binaries, End };

struct Token {
    enum Kind { Number, Name, Relation, Colon, Plus, Minus } kind;
    std::string text;
    double value = 0; // Number
    int line = 0;
};

bool nameStart(char c)
{
    return std::isalpha(static_cast<unsigned char>(c)) || std::string_view("!\"#$%&()/,;?@_`'{}|~").find(c) != std::string_view::npos;
}

bool nameCharacter(char c) { return nameStart(c) || std::isdigit(static_cast<unsigned char>(c)) || c == '.'; }

// The section a line starts, and how many characters its keyword takes; Section::None when it starts none.
std::pair<Section, std::size_t> sectionKeyword(std::string_view line)
{
    const auto words = text::words(line);
    if (words.empty())
        return {Section::None, 0};
    const std::string first = text::lower(words[0]);
    const auto end = [&](std::size_t count) { return std::size_t(words[count - 1].data() + words[count - 1].size() - line.data()); };
    if (words.size() >= 2) {
        const std::string second = text::lower(words[1]);
        if ((first == "subject" && second == "to") || (first == "such" && second == "that"))
            return {Section::Constraints, end(2)};
    }
    static const std::array<std::pair<const char*, Section>, 20> keywords{{
        {"minimize", Section::Objective}, {"minimise", Section::Objective}, {"minimum", Section::Objective}, {"min", Section::Objective},
        {"maximize", Section::Objective}, {"maximise", Section::Objective}, {"maximum", Section::Objective}, {"max", Section::Objective},
        {"st", Section::Constraints},     {"s.t.", Section::Constraints},    {"st.", Section::Constraints},   {"bounds", Section::Bounds},
        {"bound", Section::Bounds},       {"general", Section::Generals},    {"generals", Section::Generals}, {"gen", Section::Generals},
        {"integers", Section::Generals},  {"binary", Section::Binaries},     {"binaries", Section::Binaries}, {"bin", Section::Binaries},
    }};
    for (const auto& [word, section] : keywords)
        if (first == word)
            return {section, end(1)};
    if (first == "end")
        return {Section::End, end(1)};
    return {Section::None, 0};
}

class LpReader {
public:
    explicit LpReader(std::string name) { model_.name = std::move(name); }

    void line(int number, std::string_view line)
    {
        line_ = number;
        if (const auto comment = line.find('\\'); comment != std::string_view::npos)
            line = line.substr(0, comment);
        const auto words = text::words(line);
        if (section_ == Section::End || words.empty())
            return;
        const std::string first = text::lower(words[0]);
        if (first == "semi-continuous" || first == "semis" || first == "semi" || first == "sos")
            fail("semi-continuous and SOS sections are not supported: Gradus solves linear integer programs only");
        const auto [section, skip] = sectionKeyword(line);
        if (section != Section::None) {
            if (section_ == Section::None && section != Section::Objective)
                fail(std::string("an LP file starts with its objective: ") + kShape);
            finishSection();
            if (section == Section::Objective)
                model_.maximize = first.rfind("max", 0) == 0;
            section_ = section;
            line = line.substr(skip);
        } else if (section_ == Section::None) {
            fail(std::string("an LP file starts with its objective: ") + kShape);
        }
        tokenize(line);
    }

    LinearModel finish()
    {
        if (section_ == Section::None)
            throw std::invalid_argument(std::string("the LP file is empty: it starts with ") + kShape);
        if (section_ != Section::End)
            throw std::invalid_argument("the LP file does not finish with an End line: it may be cut short (LP files end with End)");
        if (model_.variables() == 0)
            throw std::invalid_argument("no variables in the LP file");
        return std::move(model_);
    }

private:
    [[noreturn]] void fail(const std::string& what) const { text::failAt(kBroken, line_, what); }
    [[noreturn]] void failAt(const Token& token, const std::string& what) const { text::failAt(kBroken, token.line, what); }

    void tokenize(std::string_view line)
    {
        std::size_t at = 0;
        while (at < line.size()) {
            const char c = line[at];
            if (std::isspace(static_cast<unsigned char>(c))) {
                ++at;
                continue;
            }
            Token token{Token::Name, {}, 0, line_};
            const std::size_t start = at;
            if (c == '<' || c == '>' || c == '=') {
                ++at;
                if (at < line.size() && (line[at] == '=' || line[at] == '<' || line[at] == '>'))
                    ++at;
                token.kind = Token::Relation;
                token.text = std::string(line.substr(start, at - start));
                if (token.text == "<" || token.text == "=<")
                    token.text = "<=";
                else if (token.text == ">" || token.text == "=>")
                    token.text = ">=";
                else if (token.text != "<=" && token.text != ">=" && token.text != "=")
                    fail("unknown relation " + text::quoted(token.text));
            } else if (c == ':') {
                ++at;
                token.kind = Token::Colon;
            } else if (c == '+' || c == '-') {
                ++at;
                token.kind = c == '+' ? Token::Plus : Token::Minus;
            } else if (std::isdigit(static_cast<unsigned char>(c)) || (c == '.' && at + 1 < line.size() && std::isdigit(static_cast<unsigned char>(line[at + 1])))) {
                while (at < line.size() && (std::isdigit(static_cast<unsigned char>(line[at])) || line[at] == '.'))
                    ++at;
                if (at < line.size() && (line[at] == 'e' || line[at] == 'E')) {
                    std::size_t exponent = at + 1;
                    if (exponent < line.size() && (line[exponent] == '+' || line[exponent] == '-'))
                        ++exponent;
                    if (exponent < line.size() && std::isdigit(static_cast<unsigned char>(line[exponent]))) {
                        at = exponent;
                        while (at < line.size() && std::isdigit(static_cast<unsigned char>(line[at])))
                            ++at;
                    }
                }
                token.kind = Token::Number;
                token.text = std::string(line.substr(start, at - start));
                const auto value = text::number(token.text);
                if (!value)
                    fail(text::quoted(token.text) + " is not a number");
                token.value = text::infiniteBeyond1e30(*value);
            } else if (nameStart(c)) {
                while (at < line.size() && nameCharacter(line[at]))
                    ++at;
                token.text = std::string(line.substr(start, at - start));
            } else if (c == '[' || c == '^') {
                fail("quadratic terms are not supported: Gradus solves linear integer programs only");
            } else {
                fail("unexpected character " + text::quoted(line.substr(at, 1)));
            }
            tokens_.push_back(std::move(token));
        }
    }

    int columnFor(const std::string& name)
    {
        if (const auto found = columns_.find(name); found != columns_.end())
            return found->second;
        const int index = model_.addColumn(name, 0, 0, kInfinity, false);
        columns_.emplace(name, index);
        return index;
    }

    static bool isInfinity(const Token& token)
    {
        if (token.kind != Token::Name)
            return false;
        const std::string word = text::lower(token.text);
        return word == "inf" || word == "infinity";
    }

    bool at(Token::Kind kind) const { return next_ < tokens_.size() && tokens_[next_].kind == kind; }
    const Token& take(Token::Kind kind, const char* what)
    {
        if (!at(kind)) {
            if (next_ < tokens_.size())
                failAt(tokens_[next_], std::string("expected ") + what + ", found " + text::quoted(tokens_[next_].text));
            fail(std::string("expected ") + what + " before the next section");
        }
        return tokens_[next_++];
    }

    // A signed number, or ±inf.
    double signedValue()
    {
        double sign = 1;
        while (at(Token::Plus) || at(Token::Minus))
            sign *= tokens_[next_++].kind == Token::Minus ? -1 : 1;
        if (next_ < tokens_.size() && isInfinity(tokens_[next_])) {
            ++next_;
            return sign * kInfinity;
        }
        return sign * take(Token::Number, "a number").value;
    }

    // A "name:" label, skipped.
    void label()
    {
        if (next_ + 1 < tokens_.size() && tokens_[next_].kind == Token::Name && tokens_[next_ + 1].kind == Token::Colon)
            next_ += 2;
    }

    // Terms up to a relation or the end: coefficients by column, and the sum of the constants.
    std::pair<std::vector<std::pair<int, double>>, double> linear()
    {
        std::vector<std::pair<int, double>> terms;
        std::unordered_map<int, std::size_t> where;
        double constant = 0;
        bool first = true;
        while (next_ < tokens_.size() && !at(Token::Relation)) {
            // A new term starts with a sign, except the first; in the constraints, a label starts the next row.
            if (!first && !at(Token::Plus) && !at(Token::Minus))
                break;
            double sign = 1;
            while (at(Token::Plus) || at(Token::Minus))
                sign *= tokens_[next_++].kind == Token::Minus ? -1 : 1;
            double coefficient = 1;
            bool hasNumber = false;
            if (at(Token::Number)) {
                coefficient = tokens_[next_++].value;
                hasNumber = true;
            }
            if (at(Token::Name) && !isInfinity(tokens_[next_])) {
                const int column = columnFor(tokens_[next_++].text);
                const auto [slot, fresh] = where.emplace(column, terms.size());
                if (fresh)
                    terms.push_back({column, 0});
                terms[slot->second].second += sign * coefficient;
            } else if (hasNumber) {
                constant += sign * coefficient;
            } else if (next_ < tokens_.size()) {
                failAt(tokens_[next_], "expected a term, found " + text::quoted(tokens_[next_].text));
            } else {
                fail("a sign without a term");
            }
            first = false;
        }
        return {terms, constant};
    }

    void objective()
    {
        label();
        const auto [terms, constant] = linear();
        (void)constant; // a constant in the objective does not change the solution
        if (next_ < tokens_.size())
            failAt(tokens_[next_], "unexpected " + text::quoted(tokens_[next_].text) + " in the objective");
        for (const auto& [column, value] : terms)
            model_.objective[std::size_t(column)] += value;
    }

    void constraints()
    {
        while (next_ < tokens_.size()) {
            label();
            double lower = -kInfinity, upper = kInfinity;
            // "lo <= expression <= up", or a constant first: "3 >= x + y".
            const std::size_t start = next_;
            bool valueFirst = false;
            if (at(Token::Number) || at(Token::Plus) || at(Token::Minus)) {
                std::size_t probe = next_;
                while (probe < tokens_.size() && (tokens_[probe].kind == Token::Plus || tokens_[probe].kind == Token::Minus))
                    ++probe;
                valueFirst = probe + 1 < tokens_.size() && (tokens_[probe].kind == Token::Number || isInfinity(tokens_[probe])) &&
                             tokens_[probe + 1].kind == Token::Relation;
            }
            if (valueFirst) {
                const double value = signedValue();
                const std::string relation = take(Token::Relation, "a relation").text;
                (relation == "<=" ? lower : relation == ">=" ? upper : lower) = value;
                if (relation == "=")
                    upper = value;
            }
            auto [terms, constant] = linear();
            if (terms.empty())
                failAt(tokens_[std::min(start, tokens_.size() - 1)], "a constraint without variables");
            if (!valueFirst || at(Token::Relation)) {
                const std::string relation = take(Token::Relation, "a relation (<=, >= or =)").text;
                const double value = signedValue() - constant;
                if (relation == "<=")
                    upper = value;
                else if (relation == ">=")
                    lower = value;
                else
                    lower = upper = value;
            } else {
                lower -= constant;
                upper -= constant;
            }
            if (lower > upper)
                fail("a constraint whose lower side is above its upper side");
            model_.rows.push_back(std::move(terms));
            model_.rowLower.push_back(lower);
            model_.rowUpper.push_back(upper);
        }
    }

    void bounds()
    {
        while (next_ < tokens_.size()) {
            const Token& start = tokens_[next_];
            if (start.kind == Token::Name && !isInfinity(start)) {
                const int column = columnFor(take(Token::Name, "a variable").text);
                if (at(Token::Name) && text::lower(tokens_[next_].text) == "free") {
                    ++next_;
                    model_.lower[std::size_t(column)] = -kInfinity;
                    model_.upper[std::size_t(column)] = kInfinity;
                    continue;
                }
                const std::string relation = take(Token::Relation, "a relation or 'free' after the variable").text;
                setBound(column, relation, signedValue(), false);
                continue;
            }
            const double value = signedValue();
            const std::string relation = take(Token::Relation, "a relation").text;
            const int column = columnFor(take(Token::Name, "a variable").text);
            setBound(column, relation, value, true);
            if (at(Token::Relation)) {
                const std::string second = take(Token::Relation, "a relation").text;
                setBound(column, second, signedValue(), false);
            }
        }
    }

    // "x relation value", or "value relation x" when valueFirst.
    void setBound(int column, const std::string& relation, double value, bool valueFirst)
    {
        double& lower = model_.lower[std::size_t(column)];
        double& upper = model_.upper[std::size_t(column)];
        if (relation == "=") {
            lower = upper = value;
        } else if ((relation == "<=") != valueFirst) {
            upper = value;
        } else {
            lower = value;
        }
    }

    void integers(bool binary)
    {
        for (; next_ < tokens_.size(); ++next_) {
            const Token& token = tokens_[next_];
            if (token.kind != Token::Name)
                failAt(token, "expected a variable name, found " + text::quoted(token.text));
            const std::size_t column = std::size_t(columnFor(token.text));
            model_.integer[column] = true;
            if (binary) {
                model_.lower[column] = 0;
                model_.upper[column] = 1;
            }
        }
    }

    void finishSection()
    {
        next_ = 0;
        switch (section_) {
        case Section::Objective: objective(); break;
        case Section::Constraints: constraints(); break;
        case Section::Bounds: bounds(); break;
        case Section::Generals: integers(false); break;
        case Section::Binaries: integers(true); break;
        default: break;
        }
        tokens_.clear();
    }

    LinearModel model_;
    Section section_ = Section::None;
    int line_ = 0;
    std::vector<Token> tokens_;
    std::size_t next_ = 0;
    std::unordered_map<std::string, int> columns_;
};

} // namespace

LinearModel readLpText(const std::string& text, const std::string& name)
{
    LpReader reader(name);
    text::forEachLine(text, [&](int number, std::string_view line) { reader.line(number, line); });
    return reader.finish();
}

} // namespace gradus::core::mip
