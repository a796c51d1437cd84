#pragma once

#include <QJsonObject>
#include <QString>

namespace gradus {

// Reads a file that must hold one JSON object (a session, a playlist). `kind` names it in the
// messages ("session file"). Throws InputError when the file is missing, larger than maxBytes,
// unreadable, not JSON or not an object.
QJsonObject readJsonObjectFile(const QString& path, const QString& kind, qint64 maxBytes = 16 * 1024 * 1024);

} // namespace gradus
