#include "json_file.h"

#include "framework/errors.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace gradus {

namespace {
// The translation context of this file's messages (lupdate reads the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gradus::JsonFile)
};
} // namespace

QJsonObject readJsonObjectFile(const QString& path, const QString& kind, qint64 maxBytes)
{
    QFile file(path);
    if (!file.exists())
        throw InputError(Tr::tr("%1 '%2' does not exist").arg(kind, path));
    if (file.size() > maxBytes)
        throw InputError(Tr::tr("'%1' is too large to be a %2").arg(path, kind));
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(Tr::tr("cannot read '%1': %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw InputError(Tr::tr("'%1' is not valid JSON (at byte %2: %3)").arg(path).arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        throw InputError(Tr::tr("'%1' is not a Gradus %2").arg(path, kind));
    return document.object();
}

} // namespace gradus
