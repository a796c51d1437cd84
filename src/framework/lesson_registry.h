#pragma once
// Every built-in lesson, registered in one place (lessons/register_lessons.cpp).

#include "lesson.h"

#include <memory>
#include <vector>

namespace gradus {

class LessonRegistry {
public:
    void add(std::unique_ptr<Lesson> lesson);
    const Lesson* find(const QString& id) const;
    // Throws UsageError listing the known ids when there is no such lesson.
    const Lesson& get(const QString& id) const;
    QList<const Lesson*> lessons() const;

private:
    std::vector<std::unique_ptr<Lesson>> lessons_;
};

} // namespace gradus
