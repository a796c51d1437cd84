#pragma once

namespace gradus {
class LessonRegistry;
// Every built-in lesson is added here, in the order of the lesson list.
void registerBuiltinLessons(LessonRegistry& registry);
} // namespace gradus
