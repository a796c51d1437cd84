#pragma once

#include <QString>

namespace gradus {
inline QString versionString() { return QStringLiteral(GRADUS_VERSION); }
} // namespace gradus
