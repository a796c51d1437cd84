#include "run_legend.h"

#include "views/plot_style.h"

#include <QCoreApplication>

#include <algorithm>

namespace gradus {

QString stopReasonText(const std::string& reason)
{
    if (reason == "singular-hessian")
        return QCoreApplication::translate("RunLegend", "the Hessian is singular");
    if (reason == "line-search-failed")
        return QCoreApplication::translate("RunLegend", "the line search found no decrease");
    return QString::fromStdString(reason);
}

QString runLegend(const QString& name, const core::Trajectory& run, int frame)
{
    const int last = int(run.points.size()) - 1;
    if (frame >= last && run.diverged)
        return QCoreApplication::translate("RunLegend", "%1: diverged at step %2").arg(name).arg(run.divergedAtStep);
    if (frame >= last && run.stopReason != "iterations" && run.stopReason != "converged")
        return QCoreApplication::translate("RunLegend", "%1: stopped, %2").arg(name, stopReasonText(run.stopReason));
    const int at = std::clamp(frame, 0, last);
    return QCoreApplication::translate("RunLegend", "%1: f = %2").arg(name, style::formatValue(run.values[std::size_t(at)]));
}

} // namespace gradus
