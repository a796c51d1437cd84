// Every registered lesson computes at its defaults, with every parameter at its extremes and with every
// preset; its JSON holds no NaN or infinity and names no key its page in docs/lessons does not. Its own
// executable (split from test_lessons): the sweep is most of the lessons' test time, and apart the two run
// on both cores of CI's machine.
#include "framework/errors.h"
#include "framework/lesson_registry.h"
#include "io/fashion_mnist.h"
#include "lessons/register_lessons.h"

#include "support/quick_run.h"

#include <QtTest>

using namespace gradus;

namespace {

// Non-finite numbers become null in JSON; inside arrays a null means a NaN or Inf leaked out.
void collectNullsInArrays(const QJsonValue& value, const QString& where, QStringList& found)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (array[i].isNull())
                found << QStringLiteral("%1[%2]").arg(where).arg(i);
            collectNullsInArrays(array[i], QStringLiteral("%1[%2]").arg(where).arg(i), found);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectNullsInArrays(it.value(), where + "." + it.key(), found);
    }
}

} // namespace

class TestLessonSweep : public QObject {
    Q_OBJECT

    LessonRegistry registry;
    QHash<QString, QString> lessonPages_; // docs/lessons/<id>.md, read once

    // Settings that need something from outside: a folder the user chooses, or the full Fashion-MNIST
    // (Debian's dataset-fashion-mnist, which scripts/deps.sh --with-test installs). Without it, every lesson
    // that offers it must say what to install (checked here, whichever lesson it is); with it, it must compute.
    // GRADUS_FASHION_MNIST_DIR pointing at an empty folder makes a machine without the package
    // (test_lessons' fullDatasetPresentAndAbsent).
    static bool missingOutsideData(const InputError& error)
    {
        return error.message().contains("no folder chosen") ||
               (!fullFashionMnistInstalled() && error.message().contains("apt install dataset-fashion-mnist"));
    }

    void checkComputes(const Lesson& lesson, const ParamValues& values, const QString& label, bool excuseMissingOutsideData = false)
    {
        ResultPtr result;
        try {
            result = lesson.compute(values, nullptr);
        } catch (const InputError& e) {
            if (excuseMissingOutsideData && missingOutsideData(e))
                return; // tested with real data and without it below
            QFAIL(qPrintable(label + ": " + e.message()));
        } catch (const GradusError& e) {
            QFAIL(qPrintable(label + ": " + e.message()));
        }
        QVERIFY2(result, qPrintable(label));
        QVERIFY2(result->frameCount() >= 1, qPrintable(label));
        for (int frame : {0, result->frameCount() - 1}) {
            const QJsonObject json = lesson.resultJson(*result, frame);
            QStringList nulls;
            collectNullsInArrays(json, "result", nulls);
            QVERIFY2(nulls.isEmpty(), qPrintable(label + ": non-finite values at " + nulls.mid(0, 5).join(", ")));
            const QStringList undocumented = undocumentedKeys(lesson, json);
            QVERIFY2(undocumented.isEmpty(), qPrintable(QStringLiteral("%1: docs/lessons/%2.md does not name the result's key(s) %3")
                                                            .arg(label, lesson.id(), undocumented.join(", "))));
        }
    }

    // The result's top-level keys that the lesson's page does not name (as `key`): the page is what a
    // user of `gradus data` reads to know what a number means.
    QStringList undocumentedKeys(const Lesson& lesson, const QJsonObject& json)
    {
        QString& page = lessonPages_[lesson.id()];
        if (page.isEmpty()) {
            QFile file(QStringLiteral(GRADUS_SOURCE_DIR "/docs/lessons/%1.md").arg(lesson.id()));
            if (!file.open(QIODevice::ReadOnly))
                return {QStringLiteral("(no page %1)").arg(file.fileName())};
            page = QString::fromUtf8(file.readAll());
        }
        QStringList missing;
        for (const QString& key : json.keys())
            if (!page.contains(QLatin1Char('`') + key + QLatin1Char('`')))
                missing << key;
        return missing;
    }

private slots:
    void initTestCase() { registerBuiltinLessons(registry); }

    void everyLessonComputesAtDefaultsAndExtremes()
    {
        for (const Lesson* lesson : registry.lessons()) {
            checkComputes(*lesson, lesson->schema().defaults(), lesson->id() + " defaults");
            for (const ParamSpec& spec : lesson->schema().specs()) {
                QList<QVariant> extremes;
                switch (spec.type) {
                case ParamType::Int: extremes = {int(spec.minimum), int(spec.maximum)}; break;
                case ParamType::Real: extremes = {spec.minimum, spec.maximum}; break;
                case ParamType::Point2D:
                    extremes = {QPointF(spec.minimum, spec.minimum), QPointF(spec.maximum, spec.maximum),
                                QPointF(spec.minimum, spec.maximum)};
                    break;
                case ParamType::Bool: extremes = {true, false}; break;
                case ParamType::Choice:
                    for (const ChoiceOption& option : spec.choices)
                        extremes << option.value;
                    break;
                case ParamType::ChoiceSet: {
                    QStringList all;
                    for (const ChoiceOption& option : spec.choices) {
                        extremes << QStringList{option.value};
                        all << option.value;
                    }
                    extremes << all;
                    break;
                }
                case ParamType::FilePath:
                    for (const QString& sample : spec.suggestions)
                        extremes << sample;
                    break;
                default: break; // colours and text have no extremes
                }
                for (const QVariant& value : extremes) {
                    ParamValues values = test::quickValues(*lesson, lesson->schema().defaults(), true);
                    // A parameter that only matters in some view is swept in that view.
                    // (The first of a clause's alternatives.)
                    for (const auto& clause : spec.relevance)
                        if (!clause.isEmpty() && !clause.first().second.isEmpty())
                            lesson->schema().applyAssignment(values, clause.first().first + QLatin1Char('=') + clause.first().second.first());
                    lesson->schema().setValue(values, spec.name, value);
                    const QString label = QStringLiteral("%1 %2=%3").arg(lesson->id(), spec.name, spec.format(value));
                    checkComputes(*lesson, values, label, true);
                }
            }
        }
    }

    void everyPresetApplies()
    {
        int count = 0;
        for (const Lesson* lesson : registry.lessons()) {
            QStringList ids;
            for (const LessonPreset& preset : lesson->presets()) {
                QVERIFY2(!ids.contains(preset.id), qPrintable(preset.id));
                ids << preset.id;
                ParamValues values;
                try {
                    values = lesson->presetValues(preset.id);
                } catch (const GradusError& e) {
                    QFAIL(qPrintable(lesson->id() + "/" + preset.id + ": " + e.message()));
                }
                QVERIFY2(!(values == lesson->schema().defaults()) || preset.assignments.isEmpty(), qPrintable(preset.id));
                checkComputes(*lesson, test::quickValues(*lesson, values, false), lesson->id() + " preset " + preset.id);
                ++count;
            }
        }
        QVERIFY(count >= 10);
        QVERIFY_THROWS_EXCEPTION(UsageError, registry.get("linreg").presetValues("no-such-preset"));
    }
};

QTEST_GUILESS_MAIN(TestLessonSweep)
#include "test_lesson_sweep.moc"
