// The Russian translation (translations/gradus_ru.ts): every translated message keeps the
// placeholders (%1, %2, …, %n) of its English source, menus keep an accelerator, and the built-in
// translation loads and turns the lesson list Russian.
#include "framework/language.h"
#include "framework/lesson_registry.h"
#include "lessons/register_lessons.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message {
    QString context, source;
    QStringList translations; // one, or the plural forms
    bool finished = false;
};

QList<Message> readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            current = Message{context, {}, {}, false};
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            current.finished = xml.attributes().value("type").isEmpty();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (current.translations.isEmpty() && !text.isEmpty())
                current.translations << text;
            messages << current;
        } else if (xml.name() == u"numerusform") {
            current.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void placeholdersAndAcceleratorsSurvive()
    {
        const QList<Message> messages = readTs(QStringLiteral(GRADUS_SOURCE_DIR "/translations/gradus_ru.ts"));
        QVERIFY(messages.size() > 1000);
        int finished = 0;
        for (const Message& message : messages) {
            if (!message.finished)
                continue;
            ++finished;
            QVERIFY2(!message.translations.isEmpty(), qPrintable(message.source));
            for (const QString& translation : message.translations) {
                QVERIFY2(placeholders(translation) == placeholders(message.source),
                         qPrintable(QStringLiteral("%1: '%2' → '%3'").arg(message.context, message.source, translation)));
                // "&File" needs an accelerator in Russian too (a lone & of "A & B" excepted).
                const bool accelerator = message.source.contains(QRegularExpression(QStringLiteral("&[^ &]")));
                if (accelerator)
                    QVERIFY2(translation.contains(QRegularExpression(QStringLiteral("&[^ &]"))), qPrintable(translation));
            }
        }
        qInfo("%d of %lld messages translated", finished, qlonglong(messages.size()));
    }

    void russianTurnsTheLessonListRussian()
    {
        QVERIFY(gradus::pickLanguage({"ru-RU", "en-US"}) == u"ru");
        QVERIFY(gradus::pickLanguage({"de-DE", "fr"}) == u"en");
        QVERIFY(gradus::pickLanguage({"uk", "ru_RU"}) == u"ru");
        QVERIFY(gradus::installLanguage(QStringLiteral("ru")));
        QCOMPARE(gradus::uiLanguage(), QStringLiteral("ru"));
        gradus::LessonRegistry registry;
        gradus::registerBuiltinLessons(registry);
        QCOMPARE(registry.get("linreg").title(), QStringLiteral("Линейная регрессия градиентным спуском"));
        QCOMPARE(registry.get("linreg").topic(), QStringLiteral("Основы"));
        // The explanation comes in Russian where there is one, in English otherwise.
        QVERIFY(registry.get("linreg").explanationHtml().contains(QStringLiteral("Градиентный спуск")));
        QVERIFY(!registry.get("mip").explanationHtml().isEmpty());
        QVERIFY(!gradus::installLanguage(QStringLiteral("xx")));
    }

    // Every lesson explains itself in both languages, and so does the help.
    void everyExplanationInBothLanguages()
    {
        gradus::LessonRegistry registry;
        gradus::registerBuiltinLessons(registry);
        QStringList stems{QStringLiteral(":/help/help")};
        for (const gradus::Lesson* lesson : registry.lessons())
            stems << QStringLiteral(":/lessons/") + lesson->id();
        static const QRegularExpression cyrillic(QStringLiteral("[а-яА-Я]{4}"));
        for (const QString& stem : stems) {
            for (const char* language : {"en", "ru"}) {
                QFile file(QStringLiteral("%1.%2.html").arg(stem, QLatin1String(language)));
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
                const QString html = QString::fromUtf8(file.readAll());
                QVERIFY2(html.size() > 500, qPrintable(file.fileName()));
                QCOMPARE(html.contains(cyrillic), QByteArray(language) == "ru");
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
