#pragma once
// The classic 2D test functions of optimization, with analytic gradients and Hessians.

#include "objective.h"

#include <memory>
#include <string>
#include <vector>

namespace gradus::core {

// Names as the CLI spells them.
const std::vector<std::string>& testFunctionNames();

struct QuadraticShape {
    double conditionNumber = 10; // ratio of the Hessian's eigenvalues (≥ 1)
    double angleDegrees = 30;    // rotation of the valley from the x axis
};

// Null for an unknown name. `shape` is used by "quadratic" only.
std::unique_ptr<TestFunction> makeTestFunction(const std::string& name, const QuadraticShape& shape = {});

// The user's formula (see formula.h) on the box [−extent, extent]², started at (extent/2, extent/2).
// Its minimum is unknown: minima() is empty and minimumValue() NaN. Throws FormulaError.
std::unique_ptr<TestFunction> makeFormulaFunction(const std::string& text, double extent);

} // namespace gradus::core
