#pragma once
// Settings a lab administrator puts in /etc/xdg/Gradus/gradus.conf for every user (a user's own
// ~/.config/Gradus/gradus.conf wins): which lessons the lesson list offers and how presentation mode looks.

#include <QSettings>
#include <QStringList>

namespace gradus {

class LessonRegistry;

struct LessonChoice {
    QStringList visible;  // ids in registry order
    QStringList unknown;  // ids in the settings that name no lesson
    bool ignoredEmpty = false; // the settings left nothing to show, so every lesson is offered
};

// "lessons/shown" (only these; empty = all) and then "lessons/hidden" (never these), comma-separated ids.
LessonChoice chooseLessons(const LessonRegistry& registry, const QSettings& settings);

struct PresentationDefaults {
    double textFactor = 1.25; // figure text grows by this for the back of the room
    QString theme;            // a theme name, or empty to keep the window's
    bool startPresenting = false;
};

// "presentation/textFactor" (1–3), "presentation/theme", "presentation/atStart"; out-of-range or
// malformed values fall back to the defaults.
PresentationDefaults presentationDefaults(const QSettings& settings);

} // namespace gradus
