#pragma once
// The choice of a 2D function shared by the lessons that run methods on a surface (optimizers,
// newton): declared once here, so both lessons offer the same functions, formula and box.

#include "core/functions/test_functions.h"
#include "core/optim/run.h"
#include "framework/parameter.h"

#include <memory>

namespace gradus {

// Adds function, kappa, angle (quadratic), formula, extent (formula) to the schema, in `group`, shown
// while any of `shownWhenAny` holds (a parameter with one of its values; always, when it is empty).
void addSurfaceParams(ParamSchema& schema, const QString& defaultFunction, const QString& group,
                      const QList<QPair<QString, QStringList>>& shownWhenAny = {});

// The function the parameters describe. Throws UsageError for a formula that does not parse,
// naming the position and what was expected.
std::shared_ptr<const core::TestFunction> makeSurface(const ParamValues& params);

// The `start` parameter, or the function's own start when it is "auto".
core::Vec2 surfaceStart(const core::TestFunction& function, const ParamValues& params);
// Run settings for `iterations` steps from `start`, where leaving a box a thousand times the
// picture's size counts as divergence.
core::RunSettings surfaceRunSettings(const core::TestFunction& function, const core::Vec2& start, int iterations);

// Translated display name ("Rosenbrock (1−x)² + 100(y−x²)²", or the formula itself).
QString surfaceLabel(const core::TestFunction& function, const ParamValues* params = nullptr);
QString surfaceLabel(const QString& functionName);

} // namespace gradus
