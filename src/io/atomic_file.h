#pragma once

#include <QByteArray>
#include <QString>

namespace gradus {

// Writes all of data or nothing: a failed or interrupted write leaves any old file untouched.
// Throws InputError with the reason on failure.
void writeFileAtomically(const QString& path, const QByteArray& data);

// "cannot write PATH: …" saying what the user can do: a missing or read-only folder, a full disk (when
// fewer than bytesNeeded, or almost no bytes, are free there), or else the system's reason.
QString cannotWriteMessage(const QString& path, const QString& systemReason, qint64 bytesNeeded = -1);

// True when the disk holding folder has almost nothing left (for writers that cannot see their own errors).
bool diskNearlyFull(const QString& folder);

} // namespace gradus
