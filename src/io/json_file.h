#pragma once

#include "framework/errors.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QString>

namespace gradus {

// Reads a file that must hold one JSON object (a session, a playlist). `kind` names it in the
// messages ("session file"). Throws InputError when the file is missing, larger than maxBytes,
// unreadable, not JSON or not an object.
QJsonObject readJsonObjectFile(const QString& path, const QString& kind, qint64 maxBytes = 16 * 1024 * 1024);

// Reads the JSON object in `path` into something with `parse(json)`; an InputError that parse throws
// about the contents gets the file's name in front, so the user knows which file to fix.
template <typename Parse>
auto parseJsonObjectFile(const QString& path, const QString& kind, Parse&& parse)
{
    const QJsonObject json = readJsonObjectFile(path, kind);
    try {
        return parse(json);
    } catch (const InputError& error) {
        throw InputError(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), error.message()));
    }
}

} // namespace gradus
