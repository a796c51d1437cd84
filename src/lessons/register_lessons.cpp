#include "register_lessons.h"

#include "framework/lesson_registry.h"
#include "linreg/linreg_lesson.h"

namespace gradus {

void registerBuiltinLessons(LessonRegistry& registry)
{
    registry.add(std::make_unique<LinRegLesson>());
}

} // namespace gradus
