#pragma once
// The two text formats of linear and integer programs that solvers exchange, read and written by
// Gradus itself (no solver library in the program: CBC runs as a separate program, cbc_solver.h).
// - MPS, fixed or free (names without blanks), with the MARKER, RANGES and BOUNDS conventions of
//   COIN-OR's reader, which the cbc program uses: an integer column between markers without an upper
//   bound is binary; an UP bound below zero on a column whose lower bound is 0 makes the lower bound
//   −∞; OBJSENSE MAX. SOS and quadratic sections are refused by name.
// - CPLEX LP: Minimize/Maximize, Subject To (ranges as `lo <= expr <= up`), Bounds, Generals,
//   Binaries, End; `\` starts a comment.
// Readers throw std::invalid_argument with the line and what is wrong; they never read past their text.

#include "mip_model.h"

#include <string>

namespace gradus::core::mip {

// `name` is used when the text does not name the model (MPS NAME card, or always for LP).
LinearModel readMpsText(const std::string& text, const std::string& name);
LinearModel readLpText(const std::string& text, const std::string& name);

// Free MPS as the cbc program reads it: a minimization (a maximization's objective is negated),
// columns C1…Cn and rows R1…Rm (its own names, so nothing in the user's names can upset the format),
// integers between markers with explicit bounds, infinities as MI / PL / FR.
std::string writeMps(const LinearModel& model);

} // namespace gradus::core::mip
