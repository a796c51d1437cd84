#pragma once
// What the MPS and LP readers share: lines of a text, numbers as the formats write them, and errors that
// name the line.

#include <cmath>
#include <cstdlib>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::core::mip::text {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Solvers write infinity as 1e30 (COIN-OR) or larger.
inline double infiniteBeyond1e30(double value)
{
    if (value >= 1e30)
        return kInfinity;
    if (value <= -1e30)
        return -kInfinity;
    return value;
}

inline std::string lower(std::string_view word)
{
    std::string result(word);
    for (char& c : result)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return result;
}

// A whole token as a finite number ("1", "-2.5e3", "+.5"); nothing when it is not one.
inline std::optional<double> number(std::string_view token)
{
    if (token.empty() || token.size() > 64)
        return std::nullopt;
    const std::string copy(token);
    char* end = nullptr;
    const double value = std::strtod(copy.c_str(), &end);
    if (end != copy.c_str() + copy.size() || !std::isfinite(value))
        return std::nullopt;
    // strtod also reads "inf", "nan" and hexadecimal numbers, which neither format has.
    for (char c : copy)
        if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E'))
            return std::nullopt;
    return value;
}

inline std::vector<std::string_view> words(std::string_view line)
{
    std::vector<std::string_view> result;
    std::size_t at = 0;
    while (at < line.size()) {
        while (at < line.size() && std::isspace(static_cast<unsigned char>(line[at])))
            ++at;
        const std::size_t start = at;
        while (at < line.size() && !std::isspace(static_cast<unsigned char>(line[at])))
            ++at;
        if (at > start)
            result.push_back(line.substr(start, at - start));
    }
    return result;
}

// Calls visit(lineNumber, line) for each line, without its line ending.
template <typename Visit>
void forEachLine(const std::string& text, Visit&& visit)
{
    std::size_t start = 0;
    int number = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::string_view line(text.data() + start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        visit(++number, line);
        start = end + 1;
    }
}

[[noreturn]] inline void failAt(const char* format, int line, const std::string& what)
{
    throw std::invalid_argument(std::string(format) + ": line " + std::to_string(line) + ": " + what);
}

inline std::string quoted(std::string_view word)
{
    constexpr std::size_t kShown = 40;
    return "'" + std::string(word.substr(0, kShown)) + (word.size() > kShown ? "…'" : "'");
}

} // namespace gradus::core::mip::text
