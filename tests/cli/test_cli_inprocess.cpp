// runCli() called in-process with lessons made for the test: behaviour that no built-in lesson
// triggers yet (an OpenGL lesson without a display, an unexpected exception in a lesson).
#include "app/cli.h"
#include "framework/lesson_registry.h"
#include "views/lesson_figure.h"

#include <QApplication>
#include <QTextStream>
#include <QtTest>

using namespace gradus;

namespace {

class FakeLesson : public Lesson {
public:
    FakeLesson(QString id, bool openGL, bool throwsInternally) : id_(std::move(id)), openGL_(openGL), throws_(throwsInternally) {}
    QString id() const override { return id_; }
    QString title() const override { return id_; }
    QString topic() const override { return "Test"; }
    QString summary() const override { return "A test lesson"; }
    const ParamSchema& schema() const override { return schema_; }
    ResultPtr compute(const ParamValues&, core::ComputeControl*) const override
    {
        if (throws_)
            throw std::logic_error("invariant broken");
        return std::make_shared<LessonResult>();
    }
    QJsonObject resultJson(const LessonResult&, int) const override { return {{"ok", true}}; }
    LessonFigure* createFigure(QWidget*) const override { return nullptr; }
    bool needsOpenGL(const ParamValues&) const override { return openGL_; }

private:
    QString id_;
    bool openGL_, throws_;
    ParamSchema schema_;
};

struct Outcome {
    int code;
    QString out, err;
};

Outcome run(const LessonRegistry& registry, const QStringList& args)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    const int code = runCli(args, registry, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

} // namespace

class TestCliInProcess : public QObject {
    Q_OBJECT
private slots:
    // What main() starts for which arguments: a session or playlist alone opens the window (the
    // desktop's "open with"), every command gets the application object it needs.
    void modesForArguments()
    {
        QCOMPARE(cliModeFor({}), CliMode::Gui);
        QCOMPARE(cliModeFor({"--session", "a.gradus"}), CliMode::Gui);
        QCOMPARE(cliModeFor({"lecture.gradus"}), CliMode::Gui);
        QCOMPARE(cliModeFor({"week3.gradus-playlist"}), CliMode::Gui);
        QCOMPARE(cliModeFor({"render", "linreg"}), CliMode::Rendering);
        QCOMPARE(cliModeFor({"animate", "linreg"}), CliMode::Rendering);
        QCOMPARE(cliModeFor({"gallery"}), CliMode::Rendering);
        QCOMPARE(cliModeFor({"list"}), CliMode::Console);
        QCOMPARE(cliModeFor({"notes.txt"}), CliMode::Console); // an unknown command: a usage error
    }

    void openGLLessonWithoutDisplaySaysSo()
    {
        LessonRegistry registry;
        registry.add(std::make_unique<FakeLesson>("surface", true, false));
        const Outcome outcome = run(registry, {"render", "surface", "-o", QDir::temp().filePath("never.png")});
        QCOMPARE(outcome.code, 1);
        QVERIFY2(outcome.err.startsWith("gradus: error: lesson 'surface' draws in 3D with OpenGL"), qPrintable(outcome.err));
        QVERIFY(outcome.err.contains("xvfb-run"));
        // data needs no OpenGL.
        QCOMPARE(run(registry, {"data", "surface"}).code, 0);
    }

    void unexpectedFailureIsAnInternalError()
    {
        LessonRegistry registry;
        registry.add(std::make_unique<FakeLesson>("broken", false, true));
        const Outcome outcome = run(registry, {"data", "broken"});
        QCOMPARE(outcome.code, 1);
        QCOMPARE(outcome.err, QString("gradus: error: internal error: invariant broken\n"));
    }
};

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // the situation under test: no display
    QApplication app(argc, argv);
    TestCliInProcess test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_cli_inprocess.moc"
