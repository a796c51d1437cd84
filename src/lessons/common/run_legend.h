#pragma once
// The legend entry of an optimizer's path on a map, shared by every lesson that draws trajectories.

#include "core/optim/run.h"

#include <QString>

namespace gradus {

// "name: f = …" while the path is playing; once the frame reaches its end, why it stopped early if it
// did: "name: diverged at step k", "name: stopped, the Hessian is singular".
QString runLegend(const QString& name, const core::Trajectory& run, int frame);

// A stop reason of core::runMethod in words.
QString stopReasonText(const std::string& reason);

} // namespace gradus
