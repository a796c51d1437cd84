#include "app/cli.h"
#include "app/main_window.h"
#include "app/version.h"
#include "framework/language.h"
#include "framework/lesson_registry.h"
#include "lessons/register_lessons.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// The command line promises one-line errors on stderr: Qt's own chatter (runtime directory,
// platform plugin notes) is dropped unless GRADUS_DEBUG is set.
void quietQtMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg || qEnvironmentVariableIsSet("GRADUS_DEBUG"))
        std::fprintf(stderr, "gradus: qt: %s\n", qPrintable(message));
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Gradus"));
    QCoreApplication::setApplicationName(QStringLiteral("gradus"));
    QCoreApplication::setApplicationVersion(gradus::versionString());
}

// Console commands need only QCoreApplication; render needs QApplication for the widgets it draws.
// The language: the one chosen in the settings (GUI only: scripts should not depend on them), else
// the system's.
void chooseLanguage(bool fromSettings)
{
    const QString chosen = fromSettings ? QSettings().value("appearance/language").toString() : QString();
    gradus::installLanguage(chosen.isEmpty() ? gradus::pickLanguage(QLocale::system().uiLanguages()) : chosen);
}

template <class Application>
int runCommand(int argc, char** argv, const QStringList& args)
{
    Application app(argc, argv);
    describeApplication();
    chooseLanguage(false);
    gradus::LessonRegistry registry;
    gradus::registerBuiltinLessons(registry);
    QTextStream out(stdout), err(stderr);
    return gradus::runCli(args, registry, out, err);
}

int runGui(int argc, char** argv, const QStringList& args)
{
    QTextStream err(stderr);
    QString sessionPath;
    if (args.size() == 1 && args[0] != u"--session") {
        sessionPath = args[0]; // gradus FILE.gradus or FILE.gradus-playlist
    } else if (!args.isEmpty()) {
        if (args.size() != 2) {
            err << "gradus: error: --session needs exactly one file (see gradus --help)" << Qt::endl;
            return 2;
        }
        sessionPath = args[1];
    }
    if (!hasDisplay()) {
        err << "gradus: error: no display to open the window on (DISPLAY is not set); "
               "use 'gradus render' or 'gradus data' without a display"
            << Qt::endl;
        return 1;
    }
    QApplication app(argc, argv);
    describeApplication();
    chooseLanguage(true);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gradus.svg")));
    gradus::LessonRegistry registry;
    gradus::registerBuiltinLessons(registry);
    gradus::MainWindow window(registry);
    if (sessionPath.endsWith(u".gradus-playlist"))
        window.openPlaylist(sessionPath);
    else if (!sessionPath.isEmpty())
        window.openSession(sessionPath, false);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const gradus::CliMode mode = gradus::cliModeFor(args);
    if (mode != gradus::CliMode::Gui)
        qInstallMessageHandler(quietQtMessages);
    switch (mode) {
    case gradus::CliMode::Console:
        return runCommand<QCoreApplication>(argc, argv, args);
    case gradus::CliMode::Rendering:
        // 2D figures render without a display; pick the offscreen platform rather than failing.
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return runCommand<QApplication>(argc, argv, args);
    case gradus::CliMode::Gui:
        break;
    }
    return runGui(argc, argv, args);
}
