#pragma once
// The language of the interface: Russian or English (the course the lessons come from is taught in
// Russian). Chosen once at start-up, from the settings ("appearance/language": "ru", "en", or empty
// for the system's) or the system locale; the translations are built into the program.

#include <QString>
#include <QStringList>

namespace gradus {

// "en" or "ru": the first of `preferred` (BCP 47 names, e.g. QLocale::uiLanguages()) that Gradus has.
QString pickLanguage(const QStringList& preferred);
// Loads Gradus's translation (and Qt's own, for standard dialogs) for `language` into the
// application; false when a translation is missing (the interface stays English).
bool installLanguage(const QString& language);
// The language installed, "en" before installLanguage.
QString uiLanguage();
// The text of the resource `<stem>.<language>.html` in the interface's language, or the English one
// (`<stem>.en.html`); empty when neither exists. E.g. stem ":/lessons/linreg".
QString localizedHtml(const QString& stem);
// The languages the interface comes in, as (code, name in that language).
QList<std::pair<QString, QString>> availableLanguages();

} // namespace gradus
