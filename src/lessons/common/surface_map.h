#pragma once
// A test surface on a map, as every lesson that runs methods on one draws it: the heat map (logarithmic
// above the minimum where there is one), its contour lines, its box, and a star at each minimum. Also the
// quadratic ½xᵀAx, which the acceleration lesson's pictures share.

#include "core/functions/objective.h"

#include <Eigen/Dense>

#include <memory>

namespace gradus {

class FieldView;
struct DataBox;

// The star of the first minimum is labelled "minimum f* = …" (or "local minimum f = …" where the infimum
// is not attained) when `labelMinimum`.
// The map keeps `function` for as long as it shows it (it samples again when zoomed).
void showSurfaceOnMap(FieldView& map, std::shared_ptr<const core::TestFunction> function, bool labelMinimum = true);

// f = ½xᵀAx (A positive definite) over `box`: a linear heat map and 14 contour levels spaced for its valley.
void showQuadraticOnMap(FieldView& map, const Eigen::Matrix2d& A, const DataBox& box);

} // namespace gradus
