#include "lesson_registry.h"

#include "errors.h"

#include <QCoreApplication>

namespace gradus {

void LessonRegistry::add(std::unique_ptr<Lesson> lesson)
{
    Q_ASSERT_X(!find(lesson->id()), "LessonRegistry::add", "lesson id registered twice");
    lessons_.push_back(std::move(lesson));
}

const Lesson* LessonRegistry::find(const QString& id) const
{
    for (const auto& lesson : lessons_)
        if (lesson->id() == id)
            return lesson.get();
    return nullptr;
}

const Lesson& LessonRegistry::get(const QString& id) const
{
    if (const Lesson* lesson = find(id))
        return *lesson;
    QStringList ids;
    for (const auto& lesson : lessons_)
        ids << lesson->id();
    throw UsageError(QCoreApplication::translate("gradus::LessonRegistry", "unknown lesson '%1'; available: %2")
                         .arg(id, ids.join(QStringLiteral(", "))));
}

QList<const Lesson*> LessonRegistry::lessons() const
{
    QList<const Lesson*> list;
    for (const auto& lesson : lessons_)
        list << lesson.get();
    return list;
}

} // namespace gradus
