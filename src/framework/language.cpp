#include "language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QTranslator>

namespace gradus {

namespace {
QString installed = QStringLiteral("en");
}

QList<std::pair<QString, QString>> availableLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("ru"), QStringLiteral("Русский")}};
}

QString pickLanguage(const QStringList& preferred)
{
    for (const QString& name : preferred) {
        const QString code = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        for (const auto& [available, title] : availableLanguages())
            if (code == available)
                return available;
    }
    return QStringLiteral("en");
}

bool installLanguage(const QString& language)
{
    if (language == u"en") {
        installed = language;
        return true;
    }
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(QStringLiteral(":/i18n/gradus_%1.qm").arg(language))) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own strings (standard buttons, file dialogs), when Debian's qt6-translations-l10n is there.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    installed = language;
    return true;
}

QString uiLanguage() { return installed; }

QString localizedHtml(const QString& stem)
{
    for (const QString& language : {installed, QStringLiteral("en")}) {
        QFile file(QStringLiteral("%1.%2.html").arg(stem, language));
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    return {};
}

} // namespace gradus
