#pragma once
// Settings of one test run only: neither the user's nor an earlier run's.

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

namespace gradus::test {

inline void usePrivateSettings(const QTemporaryDir& dir, const char* organization)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath("settings"));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath("settings"));
    QCoreApplication::setOrganizationName(QString::fromLatin1(organization));
}

} // namespace gradus::test
