#pragma once
// Reading a two-variable integer program as a person writes it: an objective such as
// "max 3x + 2y" and constraints such as "2x + 3.5y <= 12; x - y >= -2; x >= 0" (separated by
// semicolons or new lines; ≤ ≥ = also accepted). Decimal coefficients are scaled to integers
// row by row, so the program stays exact.

#include "integer_program_2d.h"

#include <string>

namespace gradus::core::mip {

struct ParsedProgram2D {
    IntegerProgram2D program; // always a maximization (a "min" objective is negated)
    bool minimize = false;
    std::vector<std::string> constraintTexts; // one per row of program.constraints, tidied
};

// Throws std::invalid_argument with a message that quotes the offending constraint and says what
// was expected.
ParsedProgram2D parseProgram2D(const std::string& objective, const std::string& constraints);

// "3x + 2y ≤ 12" for a row.
std::string constraintText(const Constraint2D& c);

} // namespace gradus::core::mip
