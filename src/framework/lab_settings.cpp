#include "lab_settings.h"

#include "lesson_registry.h"

namespace gradus {
namespace {

QStringList idList(const QSettings& settings, const QString& key)
{
    // An INI line "hidden=mip, landscape" reads as a list; "hidden=mip" as a single string.
    QStringList ids;
    for (const QString& item : settings.value(key).toStringList())
        for (const QString& id : item.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!id.trimmed().isEmpty())
                ids << id.trimmed();
    return ids;
}

} // namespace

LessonChoice chooseLessons(const LessonRegistry& registry, const QSettings& settings)
{
    const QStringList shown = idList(settings, QStringLiteral("lessons/shown"));
    const QStringList hidden = idList(settings, QStringLiteral("lessons/hidden"));
    LessonChoice choice;
    for (const QString& id : shown + hidden)
        if (!registry.find(id) && !choice.unknown.contains(id))
            choice.unknown << id;
    for (const Lesson* lesson : registry.lessons())
        if ((shown.isEmpty() || shown.contains(lesson->id())) && !hidden.contains(lesson->id()))
            choice.visible << lesson->id();
    if (choice.visible.isEmpty()) {
        choice.ignoredEmpty = true;
        for (const Lesson* lesson : registry.lessons())
            choice.visible << lesson->id();
    }
    return choice;
}

PresentationDefaults presentationDefaults(const QSettings& settings)
{
    PresentationDefaults defaults;
    bool ok = false;
    const double factor = settings.value(QStringLiteral("presentation/textFactor")).toDouble(&ok);
    if (ok && factor >= 1.0 && factor <= 3.0)
        defaults.textFactor = factor;
    defaults.theme = settings.value(QStringLiteral("presentation/theme")).toString().trimmed();
    defaults.startPresenting = settings.value(QStringLiteral("presentation/atStart"), false).toBool();
    return defaults;
}

} // namespace gradus
