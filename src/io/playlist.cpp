#include "playlist.h"

#include "framework/errors.h"
#include "atomic_file.h"
#include "json_file.h"
#include "framework/lesson_registry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace gradus {

namespace {
// The translation context of this file's messages (lupdate reads the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gradus::Playlist)
};
constexpr auto kFormatName = "gradus-playlist";
} // namespace

QJsonObject Playlist::toJson(const LessonRegistry& registry) const
{
    QJsonArray sessions;
    for (const Session& entry : entries)
        sessions.append(entry.toJson(registry));
    return QJsonObject{{"format", kFormatName}, {"version", kFormatVersion}, {"sessions", sessions}};
}

Playlist Playlist::fromJson(const QJsonObject& json, const LessonRegistry& registry, QStringList* problems)
{
    if (json.value("format").toString() != QLatin1String(kFormatName))
        throw InputError(Tr::tr("this is not a Gradus playlist (no \"format\": \"gradus-playlist\")"));
    if (!json.value("version").isDouble())
        throw InputError(Tr::tr("the playlist has no format version"));
    if (json.value("version").toInt() > kFormatVersion)
        throw InputError(Tr::tr("the playlist was written by a newer Gradus (format %1; this version reads up to %2)")
                             .arg(json.value("version").toInt())
                             .arg(kFormatVersion));
    if (!json.value("sessions").isArray())
        throw InputError(Tr::tr("the playlist's \"sessions\" must be a list"));
    Playlist playlist;
    const QJsonArray sessions = json.value("sessions").toArray();
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        QStringList entryProblems;
        try {
            playlist.entries.append(Session::fromJson(sessions[i].toObject(), registry, &entryProblems));
        } catch (const InputError& e) {
            entryProblems = {Tr::tr("left out: %1").arg(e.message())};
        }
        if (problems)
            for (const QString& problem : std::as_const(entryProblems))
                problems->append(Tr::tr("entry %1: %2").arg(i + 1).arg(problem));
    }
    return playlist;
}

void Playlist::save(const QString& path, const LessonRegistry& registry) const
{
    writeFileAtomically(path, QJsonDocument(toJson(registry)).toJson(QJsonDocument::Indented));
}

Playlist Playlist::load(const QString& path, const LessonRegistry& registry, QStringList* problems)
{
    return parseJsonObjectFile(path, Tr::tr("playlist"), [&](const QJsonObject& json) { return fromJson(json, registry, problems); });
}

QString describeSession(const Session& session, const LessonRegistry& registry)
{
    const Lesson& lesson = registry.get(session.lessonId);
    const ParamValues defaults = lesson.schema().defaults();
    QStringList changed;
    for (const ParamSpec& spec : lesson.schema().specs())
        if (session.params.value(spec.name) != defaults.value(spec.name))
            changed << QStringLiteral("%1 = %2").arg(spec.name, spec.format(session.params.value(spec.name)));
    return changed.isEmpty() ? lesson.title() : QStringLiteral("%1 — %2").arg(lesson.title(), changed.join(QStringLiteral(", ")));
}

} // namespace gradus
