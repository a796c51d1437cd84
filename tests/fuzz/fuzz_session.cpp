// Session (.gradus) and playlist (.gradus-playlist) files: JSON, then every lesson's parameters.
#include "framework/lesson_registry.h"
#include "framework/playlist.h"
#include "framework/session.h"
#include "fuzz_support.h"
#include "lessons/register_lessons.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace gradus;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::ensureApplication();
    static LessonRegistry registry = [] {
        LessonRegistry lessons;
        registerBuiltinLessons(lessons);
        return lessons;
    }();
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytesOf(data, size));
    if (!document.isObject())
        return 0;
    QStringList problems;
    fuzz::runOne([&] {
        const Session session = Session::fromJson(document.object(), registry, &problems);
        (void)session.toJson(registry); // what was read must write back
    });
    return fuzz::runOne([&] { (void)Playlist::fromJson(document.object(), registry, &problems); });
}
