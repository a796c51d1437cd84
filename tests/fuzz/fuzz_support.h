#pragma once
// Shared by the libFuzzer harnesses: the Qt application they need once, and the rule of what counts as a
// finding. A loader that rejects its input with its own error (InputError, FormulaError, …) is doing its
// job; a crash, a sanitizer report, a hang (-timeout) or runaway memory (-rss_limit_mb) is a finding.

#include "framework/errors.h"
#include "framework/lesson_registry.h"
#include "lessons/register_lessons.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <exception>

namespace gradus::fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "gradus-fuzz";
    static char* argv[] = {name, nullptr};
    if (!QCoreApplication::instance()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        static QGuiApplication app(argc, argv);
    }
}

inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// Every built-in lesson, registered once per process.
inline const LessonRegistry& builtinLessons()
{
    static const LessonRegistry registry = [] {
        LessonRegistry lessons;
        registerBuiltinLessons(lessons);
        return lessons;
    }();
    return registry;
}

// The input as a file (for loaders that take a path), in the temporary folder under a name of this
// process ending in `suffix`; empty when it cannot be written.
inline QString inputAsFile(const std::uint8_t* data, std::size_t size, const QString& suffix)
{
    const QString path = QDir::temp().filePath(QStringLiteral("gradus-fuzz-%1%2").arg(getpid()).arg(suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
        return {};
    return path;
}

// Runs one input: rejections by the loader's own errors are expected outcomes.
template <typename Body>
int runOne(Body&& body)
{
    try {
        body();
    } catch (const GradusError&) {
    } catch (const std::exception&) { // the core's parsers report with std::invalid_argument and friends
    }
    return 0;
}

} // namespace gradus::fuzz
