#pragma once
// A playlist: the sessions a lecturer clicks through in class (.gradus-playlist, JSON).

#include "session.h"

#include <QList>

namespace gradus {

struct Playlist {
    static constexpr int kFormatVersion = 1;

    QList<Session> entries;

    QJsonObject toJson(const LessonRegistry& registry) const;
    // Throws InputError when the JSON is not a Gradus playlist or is of a newer format. An entry
    // that cannot be opened (unknown lesson, …) is left out and listed in `problems` with its number,
    // so that the rest of the lecture still plays.
    static Playlist fromJson(const QJsonObject& json, const LessonRegistry& registry, QStringList* problems);

    void save(const QString& path, const LessonRegistry& registry) const; // atomic; InputError on failure
    static Playlist load(const QString& path, const LessonRegistry& registry, QStringList* problems);
};

// "Linear regression by gradient descent — lr = 0.3, iters = 40": the lesson and what differs from
// its defaults, for lists.
QString describeSession(const Session& session, const LessonRegistry& registry);

} // namespace gradus
