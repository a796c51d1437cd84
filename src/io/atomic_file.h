#pragma once

#include <QByteArray>
#include <QString>

namespace gradus {

// Writes all of data or nothing: a failed or interrupted write leaves any old file untouched.
// Throws InputError with the reason on failure.
void writeFileAtomically(const QString& path, const QByteArray& data);

} // namespace gradus
