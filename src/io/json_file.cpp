#include "json_file.h"

#include "framework/errors.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace gradus {

QJsonObject readJsonObjectFile(const QString& path, const QString& kind, qint64 maxBytes)
{
    auto tr = [](const char* text) { return QCoreApplication::translate("gradus::io", text); };
    QFile file(path);
    if (!file.exists())
        throw InputError(tr("%1 '%2' does not exist").arg(kind, path));
    if (file.size() > maxBytes)
        throw InputError(tr("'%1' is too large to be a %2").arg(path, kind));
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(tr("cannot read '%1': %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw InputError(tr("'%1' is not valid JSON (at byte %2: %3)").arg(path).arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        throw InputError(tr("'%1' is not a Gradus %2").arg(path, kind));
    return document.object();
}

} // namespace gradus
