#include "session.h"

#include "framework/errors.h"
#include "atomic_file.h"
#include "json_file.h"
#include "framework/lesson_registry.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace gradus {

namespace {
// The translation context of this file's messages (lupdate reads the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gradus::Session)
};
constexpr auto kFormatName = "gradus-session";
} // namespace

QJsonObject Session::toJson(const LessonRegistry& registry) const
{
    const Lesson& lesson = registry.get(lessonId);
    return QJsonObject{{"format", kFormatName},
                       {"version", kFormatVersion},
                       {"lesson", lessonId},
                       {"params", lesson.schema().toJson(params)},
                       {"frame", frame}};
}

Session Session::fromJson(const QJsonObject& json, const LessonRegistry& registry, QStringList* problems)
{
    if (json.value("format").toString() != QLatin1String(kFormatName))
        throw InputError(Tr::tr("this is not a Gradus session file (no \"format\": \"gradus-session\")"));
    const QJsonValue version = json.value("version");
    if (!version.isDouble())
        throw InputError(Tr::tr("the session file has no format version"));
    if (version.toInt() > kFormatVersion)
        throw InputError(Tr::tr("the session file was written by a newer Gradus (format %1; this version reads up to %2)")
                             .arg(version.toInt())
                             .arg(kFormatVersion));
    const QString lessonId = json.value("lesson").toString();
    const Lesson* lesson = registry.find(lessonId);
    if (!lesson)
        throw InputError(Tr::tr("the session names an unknown lesson '%1'").arg(lessonId));
    if (!json.value("params").isObject() && !json.value("params").isUndefined())
        throw InputError(Tr::tr("the session's \"params\" must be an object"));

    Session session;
    session.lessonId = lessonId;
    session.params = lesson->schema().fromJson(json.value("params").toObject(), problems);
    const QJsonValue frame = json.value("frame");
    if (frame.isDouble())
        session.frame = frame.toInt();
    else if (!frame.isUndefined() && problems)
        problems->append(Tr::tr("\"frame\" must be a number; the last frame is shown"));
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!QStringList{"format", "version", "lesson", "params", "frame"}.contains(it.key()) && problems)
            problems->append(Tr::tr("unknown key '%1' ignored").arg(it.key()));
    return session;
}

void Session::save(const QString& path, const LessonRegistry& registry) const
{
    writeFileAtomically(path, QJsonDocument(toJson(registry)).toJson(QJsonDocument::Indented));
}

Session Session::load(const QString& path, const LessonRegistry& registry, QStringList* problems)
{
    return parseJsonObjectFile(path, Tr::tr("session file"), [&](const QJsonObject& json) { return fromJson(json, registry, problems); });
}

} // namespace gradus
