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

} // namespace gradus::core
