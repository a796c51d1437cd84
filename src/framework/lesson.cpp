#include "lesson.h"

#include "language.h"

#include "errors.h"

#include <QCoreApplication>
#include <QFile>


namespace gradus {

QString Lesson::explanationHtml() const
{
    const QString html = localizedHtml(QStringLiteral(":/lessons/") + id());
    return html.isEmpty() ? QStringLiteral("<p>%1</p>").arg(summary().toHtmlEscaped()) : html;
}

int Lesson::frameFromParams(const ParamValues& params) const
{
    const ParamSpec* spec = frameParameter().isEmpty() ? nullptr : schema().find(frameParameter());
    return spec ? params.integer(spec->name) - int(spec->minimum) : -1;
}

void Lesson::setFrameInParams(ParamValues& params, int frame) const
{
    if (const ParamSpec* spec = frameParameter().isEmpty() ? nullptr : schema().find(frameParameter()))
        params.set(spec->name, frame + int(spec->minimum));
}

ParamValues Lesson::presetValues(const QString& presetId) const
{
    QStringList ids;
    for (const LessonPreset& preset : presets()) {
        if (preset.id == presetId) {
            ParamValues values = schema().defaults();
            for (const QString& assignment : preset.assignments)
                schema().applyAssignment(values, assignment);
            return values;
        }
        ids << preset.id;
    }
    throw UsageError(QCoreApplication::translate("gradus::Lesson", "lesson '%1' has no preset '%2'; its presets: %3")
                         .arg(id(), presetId, ids.isEmpty() ? QStringLiteral("none") : ids.join(QStringLiteral(", "))));
}

} // namespace gradus
