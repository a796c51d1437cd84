// Session files: round trip, and clear errors for files that are not sessions.
#include "framework/errors.h"
#include "framework/lesson_registry.h"
#include "io/playlist.h"
#include "io/session.h"
#include "lessons/register_lessons.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace gradus;

class TestSession : public QObject {
    Q_OBJECT

    LessonRegistry registry;
    QTemporaryDir dir;

    QString write(const QString& name, const QByteArray& contents)
    {
        QFile file(dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(contents);
        return file.fileName();
    }

    QString loadError(const QString& path)
    {
        try {
            QStringList problems;
            Session::load(path, registry, &problems);
        } catch (const InputError& e) {
            return e.message();
        }
        return QString();
    }

private slots:
    void initTestCase()
    {
        registerBuiltinLessons(registry);
        QVERIFY(dir.isValid());
    }

    void roundTrip()
    {
        const Lesson& lesson = registry.get("linreg");
        Session session;
        session.lessonId = "linreg";
        session.params = lesson.schema().defaults();
        lesson.schema().applyAssignment(session.params, "lr=0.33");
        lesson.schema().applyAssignment(session.params, "start=1.5,-2");
        lesson.schema().applyAssignment(session.params, "standardize=true");
        session.frame = 17;
        const QString path = dir.filePath("a.gradus");
        session.save(path, registry);

        QStringList problems;
        const Session loaded = Session::load(path, registry, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(loaded.lessonId, QString("linreg"));
        QCOMPARE(loaded.frame, 17);
        QCOMPARE(loaded.params, session.params);

        // The file is readable JSON with the format marker and version.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json["format"].toString(), QString("gradus-session"));
        QCOMPARE(json["version"].toInt(), 1);
        QCOMPARE(json["params"].toObject()["lr"].toDouble(), 0.33);
    }

    void brokenFilesGiveClearErrors()
    {
        QVERIFY(loadError(dir.filePath("missing.gradus")).contains("does not exist"));
        QVERIFY(loadError(write("garbage.gradus", "{ not json")).contains("not valid JSON"));
        QVERIFY(loadError(write("array.gradus", "[1, 2]")).contains("not a Gradus session"));
        QVERIFY(loadError(write("other.gradus", R"({"format": "something"})")).contains("not a Gradus session"));
        QVERIFY(loadError(write("noversion.gradus", R"({"format": "gradus-session", "lesson": "linreg"})"))
                    .contains("no format version"));
        QVERIFY(loadError(write("newer.gradus", R"({"format": "gradus-session", "version": 99, "lesson": "linreg"})"))
                    .contains("newer Gradus"));
        QVERIFY(loadError(write("lesson.gradus", R"({"format": "gradus-session", "version": 1, "lesson": "zzz"})"))
                    .contains("unknown lesson 'zzz'"));
        QVERIFY(loadError(write("params.gradus", R"({"format": "gradus-session", "version": 1, "lesson": "linreg", "params": 3})"))
                    .contains("\"params\""));
    }

    void partlyWrongSessionStillOpens()
    {
        const QString path = write("partly.gradus", R"({"format": "gradus-session", "version": 1, "lesson": "linreg",
            "params": {"lr": "fast", "iters": 12, "colour": "red"}, "frame": "last", "extra": 1})");
        QStringList problems;
        const Session session = Session::load(path, registry, &problems);
        QCOMPARE(problems.size(), 4);
        QCOMPARE(session.params.integer("iters"), 12);
        QCOMPARE(session.params.real("lr"), registry.get("linreg").schema().defaults().real("lr"));
        QCOMPARE(session.frame, -1);
    }

    void saveFailsCleanly()
    {
        Session session{"linreg", registry.get("linreg").schema().defaults(), 0};
        QVERIFY_THROWS_EXCEPTION(InputError, session.save(dir.filePath("no/such/folder/x.gradus"), registry));
    }

    void playlistRoundTripAndDescriptions()
    {
        const Lesson& linreg = registry.get("linreg");
        ParamValues fast = linreg.schema().defaults();
        linreg.schema().applyAssignment(fast, "lr=0.27");
        linreg.schema().applyAssignment(fast, "iters=40");
        Playlist playlist;
        playlist.entries = {Session{"linreg", fast, 12}, Session{"newton", registry.get("newton").schema().defaults(), -1}};
        const QString path = dir.filePath("lecture.gradus-playlist");
        playlist.save(path, registry);
        QStringList problems;
        const Playlist back = Playlist::load(path, registry, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(back.entries.size(), 2);
        QCOMPARE(back.entries[0].frame, 12);
        QCOMPARE(back.entries[0].params.real("lr"), 0.27);
        QCOMPARE(describeSession(back.entries[0], registry), linreg.title() + " — lr = 0.27, iters = 40");
        QCOMPARE(describeSession(back.entries[1], registry), registry.get("newton").title());
    }

    void playlistKeepsWhatItCanOpen()
    {
        const QString path = write("broken.gradus-playlist", R"({"format": "gradus-playlist", "version": 1, "sessions": [
            {"format": "gradus-session", "version": 1, "lesson": "no-such-lesson"},
            {"format": "gradus-session", "version": 1, "lesson": "linreg", "params": {"lr": 99}},
            {"format": "gradus-session", "version": 1, "lesson": "sgd"}]})");
        QStringList problems;
        const Playlist playlist = Playlist::load(path, registry, &problems);
        QCOMPARE(playlist.entries.size(), 2); // the unknown lesson is left out, the rest plays
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems[0].startsWith("entry 1: left out: ") && problems[0].contains("no-such-lesson"), qPrintable(problems[0]));
        QVERIFY2(problems[1].startsWith("entry 2: ") && problems[1].contains("lr"), qPrintable(problems[1]));

        auto error = [&](const QByteArray& text) {
            try {
                Playlist::load(write("bad.gradus-playlist", text), registry, nullptr);
            } catch (const InputError& e) {
                return e.message();
            }
            return QString();
        };
        QVERIFY(error(R"({"format": "gradus-session", "version": 1})").contains("not a Gradus playlist"));
        QVERIFY(error(R"({"format": "gradus-playlist", "version": 7, "sessions": []})").contains("newer Gradus"));
        QVERIFY(error(R"({"format": "gradus-playlist", "version": 1, "sessions": {}})").contains("must be a list"));
        QVERIFY(error("[1, 2]").contains("is not a Gradus playlist"));
        QVERIFY(error("{ no").contains("not valid JSON"));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "test_session.moc"
