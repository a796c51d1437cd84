// Session (.gradus) and playlist (.gradus-playlist) files: JSON, then every lesson's parameters.
#include "io/playlist.h"
#include "io/session.h"
#include "fuzz_support.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace gradus;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::ensureApplication();
    const LessonRegistry& registry = fuzz::builtinLessons();
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
