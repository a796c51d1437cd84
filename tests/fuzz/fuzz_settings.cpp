// Settings files (~/.config/Gradus/gradus.conf, the lab's /etc/xdg/Gradus/gradus.conf): what Gradus reads
// from them — lessons shown and hidden, presentation defaults, theme and language names.
#include "framework/lab_settings.h"
#include "framework/language.h"
#include "fuzz_support.h"
#include "views/plot_style.h"

using namespace gradus;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::ensureApplication();
    const QString path = fuzz::inputAsFile(data, size, QStringLiteral(".conf"));
    if (path.isEmpty())
        return 0;
    fuzz::runOne([&] {
        const QSettings settings(path, QSettings::IniFormat);
        const LessonChoice choice = chooseLessons(fuzz::builtinLessons(), settings);
        if (choice.visible.isEmpty())
            __builtin_trap(); // the lesson list must never be empty
        (void)presentationDefaults(settings);
        (void)style::themeFromName(settings.value("appearance/theme").toString());
        (void)settings.value("appearance/fontScale", 1.0).toDouble();
        (void)pickLanguage({settings.value("appearance/language").toString()});
    });
    QFile::remove(path);
    return 0;
}
