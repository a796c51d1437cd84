// Settings files (~/.config/Gradus/gradus.conf, the lab's /etc/xdg/Gradus/gradus.conf): what Gradus reads
// from them — lessons shown and hidden, presentation defaults, theme and language names.
#include "framework/lab_settings.h"
#include "framework/language.h"
#include "framework/lesson_registry.h"
#include "fuzz_support.h"
#include "lessons/register_lessons.h"
#include "views/plot_style.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace gradus;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::ensureApplication();
    static LessonRegistry registry = [] {
        LessonRegistry lessons;
        registerBuiltinLessons(lessons);
        return lessons;
    }();
    static const QString path = QDir::temp().filePath(QStringLiteral("gradus-fuzz-%1.conf").arg(getpid()));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    return fuzz::runOne([&] {
        const QSettings settings(path, QSettings::IniFormat);
        const LessonChoice choice = chooseLessons(registry, settings);
        if (choice.visible.isEmpty())
            __builtin_trap(); // the lesson list must never be empty
        (void)presentationDefaults(settings);
        (void)style::themeFromName(settings.value("appearance/theme").toString());
        (void)settings.value("appearance/fontScale", 1.0).toDouble();
        (void)pickLanguage({settings.value("appearance/language").toString()});
    });
}
