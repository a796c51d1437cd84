#pragma once
// The names the legends give the methods on a quadratic (core::QuadraticMethod), shared by the lessons that
// race them (cg, acceleration).

#include <QString>

namespace gradus {

// sd, cg, gd, heavy-ball, nesterov → "steepest descent", …; any other key as it is.
QString quadraticMethodName(const QString& key);

} // namespace gradus
