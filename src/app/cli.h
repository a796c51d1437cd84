#pragma once
// The command line: the same lessons without a window.
//   gradus list [--json] | params LESSON [--json] | render LESSON … -o FILE | data LESSON … [-o FILE]

#include <QStringList>

QT_BEGIN_NAMESPACE
class QTextStream;
QT_END_NAMESPACE

namespace gradus {

class LessonRegistry;

enum class CliMode {
    Gui,        // no subcommand: open the window (possibly with --session)
    Console,    // list, params, data, --help, --version: QCoreApplication is enough
    Rendering,  // render: needs QApplication (widgets), offscreen when there is no display
};

// Decides from the arguments (without the program name) which application object main() creates.
CliMode cliModeFor(const QStringList& args);

// Runs a console or rendering command; returns the process exit code
// (0 ok, 1 internal error, 2 usage, 3 input/output file problem).
int runCli(const QStringList& args, const LessonRegistry& registry, QTextStream& out, QTextStream& err);

QString cliUsage();

} // namespace gradus
