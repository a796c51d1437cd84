#pragma once
// A saved session: which lesson, every parameter value and the player frame, as JSON (.gradus).

#include "framework/parameter.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace gradus {

class LessonRegistry;

struct Session {
    static constexpr int kFormatVersion = 1;

    QString lessonId;
    ParamValues params;
    int frame = -1; // -1: the last frame

    QJsonObject toJson(const LessonRegistry& registry) const;
    // Throws InputError when the JSON is not a Gradus session, is of a newer format or names an
    // unknown lesson. Unknown parameters and bad values are listed in `problems` and replaced by
    // defaults, so that the rest of the session still opens.
    static Session fromJson(const QJsonObject& json, const LessonRegistry& registry, QStringList* problems);

    void save(const QString& path, const LessonRegistry& registry) const; // atomic; InputError on failure
    static Session load(const QString& path, const LessonRegistry& registry, QStringList* problems);
};

} // namespace gradus
