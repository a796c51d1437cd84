#pragma once

#include "core/mip/cbc_solver.h"

#include <QCoreApplication>
#include <QString>

namespace gradus {
inline QString versionString() { return QStringLiteral(GRADUS_VERSION); }

// The solver that Gradus runs as a separate program (never linked: its licence, the EPL, does not combine
// with the GPL), as About and --version name it.
inline QString cbcVersionLine()
{
    const std::string version = core::mip::cbcProgramVersion();
    if (version.empty())
        return QCoreApplication::translate("gradus::Version", "The mip lesson's solver, the cbc program (Debian package coinor-cbc), is not installed.");
    return QCoreApplication::translate("gradus::Version", "Integer programs are solved by the cbc program, CBC %1 (a separate program under the EPL-1.0).")
        .arg(QString::fromStdString(version));
}
} // namespace gradus
