// Lab-wide settings: which lessons are offered, presentation defaults, and the fall-backs for bad values.
#include "framework/lab_settings.h"
#include "lessons/register_lessons.h"
#include "framework/lesson_registry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace gradus;

class TestLabSettings : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    LessonRegistry registry;

    QSettings fromText(const QByteArray& ini)
    {
        static int count = 0;
        const QString path = dir.filePath(QString("lab%1.conf").arg(++count));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(ini);
        file.close();
        return QSettings(path, QSettings::IniFormat);
    }

private slots:
    void initTestCase() { registerBuiltinLessons(registry); }

    void everyLessonByDefault()
    {
        QSettings empty = fromText("");
        const LessonChoice choice = chooseLessons(registry, empty);
        QCOMPARE(choice.visible.size(), registry.lessons().size());
        QCOMPARE(choice.visible.first(), registry.lessons().first()->id());
        QVERIFY(choice.unknown.isEmpty());
        QVERIFY(!choice.ignoredEmpty);
    }

    void hiddenAndShown()
    {
        QSettings hidden = fromText("[lessons]\nhidden=mip, landscape\n");
        QStringList visible = chooseLessons(registry, hidden).visible;
        QCOMPARE(visible.size(), registry.lessons().size() - 2);
        QVERIFY(!visible.contains("mip") && !visible.contains("landscape"));

        // Only the shown ones, in the registry's order whatever the order written; hidden wins over shown.
        QSettings shown = fromText("[lessons]\nshown=sgd, linreg ,newton\nhidden=newton\n");
        QCOMPARE(chooseLessons(registry, shown).visible, (QStringList{"linreg", "sgd"}));

        QSettings single = fromText("[lessons]\nshown=svd-image\n");
        QCOMPARE(chooseLessons(registry, single).visible, QStringList{"svd-image"});
    }

    void unknownAndEmptyChoices()
    {
        QSettings typo = fromText("[lessons]\nhidden=mip, lineg\nshown=\n");
        const LessonChoice choice = chooseLessons(registry, typo);
        QCOMPARE(choice.unknown, QStringList{"lineg"});
        QVERIFY(choice.visible.contains("linreg"));

        // Hiding everything would leave an empty program: every lesson is offered and that is said.
        QSettings none = fromText("[lessons]\nshown=nothing\n");
        const LessonChoice all = chooseLessons(registry, none);
        QVERIFY(all.ignoredEmpty);
        QCOMPARE(all.visible.size(), registry.lessons().size());
        QCOMPARE(all.unknown, QStringList{"nothing"});
    }

    void presentationDefaultsAndBadValues()
    {
        QSettings empty = fromText("");
        PresentationDefaults defaults = presentationDefaults(empty);
        QCOMPARE(defaults.textFactor, 1.25);
        QVERIFY(defaults.theme.isEmpty());
        QVERIFY(!defaults.startPresenting);

        QSettings lab = fromText("[presentation]\ntextFactor=1.6\ntheme=high-contrast\natStart=true\n");
        defaults = presentationDefaults(lab);
        QCOMPARE(defaults.textFactor, 1.6);
        QCOMPARE(defaults.theme, QString("high-contrast"));
        QVERIFY(defaults.startPresenting);

        for (const char* bad : {"textFactor=huge\n", "textFactor=0.5\n", "textFactor=9\n"}) {
            QSettings settings = fromText(QByteArray("[presentation]\n") + bad);
            QCOMPARE(presentationDefaults(settings).textFactor, 1.25);
        }
    }
};

QTEST_GUILESS_MAIN(TestLabSettings)
#include "test_lab_settings.moc"
