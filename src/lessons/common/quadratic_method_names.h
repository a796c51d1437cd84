#pragma once
// The keys and names the legends give the methods on a quadratic (core::QuadraticMethod), shared by the
// lessons that race them (cg, acceleration).

#include "core/optim/quadratic_methods.h"

#include <QString>

namespace gradus {

// A method as a lesson's parameters and JSON call it.
struct KeyedQuadraticMethod {
    const char* key;
    core::QuadraticMethod method;
};

// sd, cg, gd, gd-1/L, heavy-ball, nesterov, chebyshev, chebyshev-steps → "steepest descent", …; any other key
// as it is.
QString quadraticMethodName(const QString& key);

} // namespace gradus
