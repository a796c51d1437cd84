#include "cli.h"

#include "core/compute_control.h"
#include "core/library_versions.h"
#include "framework/errors.h"
#include "framework/lesson_registry.h"
#include "io/session.h"
#include "io/atomic_file.h"
#include "io/image_file.h"
#include "version.h"
#include "views/animation_export.h"
#include "views/figure_export.h"
#include "views/plot_style.h"
#include "io/animation_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

#include <unistd.h>


namespace gradus {

namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gradus::Cli)
};


struct Invocation {
    QString command;
    QString lessonId;
    QStringList assignments;
    QString sessionPath;
    QString preset;
    QString output;
    QString view;
    QString picture;
    int frame = -1;
    QSize size{1920, 1080};
    bool sizeGiven = false;
    bool json = false;
    // animate and gallery
    core::AnimationTiming timing;
    int firstFrame = 0;
    int lastFrame = -1;
    bool dither = true;
    QString animations; // gallery: empty = figures only, else "mp4" or "gif"
    // render, animate, gallery: the look of the figures (light unless asked: scripts stay reproducible)
    style::ThemeId theme = style::ThemeId::Light;
    double fontScale = 1.0;
};

double numberInRange(const QString& text, const QString& option, double low, double high)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !(value >= low && value <= high))
        throw UsageError(Tr::tr("%1 needs a number from %2 to %3, not '%4'").arg(option).arg(low).arg(high).arg(text));
    return value;
}

QString takeValue(const QStringList& args, int& i, const QString& option)
{
    if (i + 1 >= args.size())
        throw UsageError(Tr::tr("option %1 needs a value").arg(option));
    return args[++i];
}

Invocation parse(const QStringList& args)
{
    Invocation inv;
    inv.command = args.value(0);
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d+)[xX×](\\d+)$"));
    for (int i = 1; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == u"-s" || arg == u"--set") {
            inv.assignments << takeValue(args, i, arg);
        } else if (arg.startsWith(u"--set=")) {
            inv.assignments << arg.mid(6);
        } else if (arg.startsWith(u"-s") && arg.size() > 2 && !arg.startsWith(u"--")) {
            inv.assignments << arg.mid(2);
        } else if (arg == u"-o" || arg == u"--output") {
            inv.output = takeValue(args, i, arg);
        } else if (arg == u"--json") {
            inv.json = true;
        } else if (arg == u"--session") {
            inv.sessionPath = takeValue(args, i, arg);
        } else if (arg == u"--preset") {
            inv.preset = takeValue(args, i, arg);
        } else if (arg == u"--view") {
            inv.view = takeValue(args, i, arg);
        } else if (arg == u"--picture") {
            inv.picture = takeValue(args, i, arg);
        } else if (arg == u"--frame") {
            const QString text = takeValue(args, i, arg);
            bool ok = false;
            inv.frame = text.toInt(&ok);
            if (!ok || inv.frame < -1)
                throw UsageError(Tr::tr("--frame needs a frame number (0 = the start, -1 = the last), not '%1'").arg(text));
        } else if (arg == u"--size") {
            const QString text = takeValue(args, i, arg);
            const auto match = sizePattern.match(text);
            if (!match.hasMatch())
                throw UsageError(Tr::tr("--size needs WIDTHxHEIGHT in pixels, e.g. 1920x1080, not '%1'").arg(text));
            inv.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
            inv.sizeGiven = true;
        } else if (arg == u"--fps") {
            inv.timing.framesPerSecond = numberInRange(takeValue(args, i, arg), arg, 1, 120);
        } else if (arg == u"--speed") {
            inv.timing.itemsPerSecond = numberInRange(takeValue(args, i, arg), arg, 0.01, 100000);
        } else if (arg == u"--hold") {
            inv.timing.holdSeconds = numberInRange(takeValue(args, i, arg), arg, 0, 600);
        } else if (arg == u"--frames") {
            static const QRegularExpression rangePattern(QStringLiteral("^(\\d*):(-?\\d*)$"));
            const QString text = takeValue(args, i, arg);
            const auto match = rangePattern.match(text);
            if (!match.hasMatch())
                throw UsageError(Tr::tr("--frames needs FIRST:LAST, e.g. 0:40, 10: or :-1 (the last), not '%1'").arg(text));
            inv.firstFrame = match.captured(1).isEmpty() ? 0 : match.captured(1).toInt();
            inv.lastFrame = match.captured(2).isEmpty() ? -1 : match.captured(2).toInt();
        } else if (arg == u"--theme") {
            const QString name = takeValue(args, i, arg);
            const auto theme = style::themeFromName(name);
            if (!theme)
                throw UsageError(Tr::tr("--theme must be light, dark or high-contrast, not '%1'").arg(name));
            inv.theme = *theme;
        } else if (arg == u"--font-scale") {
            inv.fontScale = numberInRange(takeValue(args, i, arg), arg, 0.5, 3);
        } else if (arg == u"--no-dither") {
            inv.dither = false;
        } else if (arg == u"--animations" || arg == u"--animations=mp4") {
            inv.animations = QStringLiteral("mp4");
        } else if (arg == u"--animations=gif") {
            inv.animations = QStringLiteral("gif");
        } else if (arg.startsWith(u"-") && arg != u"-") {
            throw UsageError(Tr::tr("unknown option '%1' (see gradus --help)").arg(arg));
        } else if (inv.lessonId.isEmpty()) {
            inv.lessonId = arg;
        } else {
            throw UsageError(Tr::tr("unexpected argument '%1' (see gradus --help)").arg(arg));
        }
    }
    return inv;
}

ParamValues resolveParams(const Lesson& lesson, const Invocation& inv, const LessonRegistry& registry, QTextStream& err)
{
    if (!inv.preset.isEmpty() && !inv.sessionPath.isEmpty())
        throw UsageError(Tr::tr("--preset and --session both set every parameter; give one of them"));
    ParamValues values = inv.preset.isEmpty() ? lesson.schema().defaults() : lesson.presetValues(inv.preset);
    if (!inv.sessionPath.isEmpty()) {
        QStringList problems;
        const Session session = Session::load(inv.sessionPath, registry, &problems);
        if (session.lessonId != lesson.id())
            throw UsageError(Tr::tr("the session is for lesson '%1', not '%2'").arg(session.lessonId, lesson.id()));
        for (const QString& problem : problems)
            err << "gradus: warning: " << problem << Qt::endl;
        values = session.params;
    }
    lesson.schema().applyAssignments(values, inv.assignments);
    return values;
}

const Lesson& requireLesson(const Invocation& inv, const LessonRegistry& registry)
{
    if (inv.lessonId.isEmpty())
        throw UsageError(Tr::tr("'%1' needs a lesson id (see gradus list)").arg(inv.command));
    return registry.get(inv.lessonId);
}

int resolveFrame(const Invocation& inv, const Lesson& lesson, const ParamValues& params, const LessonResult& result)
{
    const int count = result.frameCount();
    const int named = lesson.frameFromParams(params);
    if (named >= 0 && inv.frame == -1) {
        // Left at its default, the frame parameter follows the run (e.g. a smaller max_degree).
        const ParamSpec* spec = lesson.schema().find(lesson.frameParameter());
        if (named >= count && spec && params.value(spec->name) == spec->defaultValue)
            return count - 1;
        if (named >= count)
            throw UsageError(Tr::tr("%1=%2 is more than this run has: at most %3")
                                 .arg(lesson.frameParameter())
                                 .arg(params.integer(lesson.frameParameter()))
                                 .arg(count - 1 + params.integer(lesson.frameParameter()) - named));
        return named;
    }
    if (inv.frame == -1)
        return count - 1;
    if (inv.frame >= count)
        throw UsageError(Tr::tr("frame %1 does not exist: this run has %2 frame(s), 0 to %3").arg(inv.frame).arg(count).arg(count - 1));
    return inv.frame;
}

void requireDisplayFor(const Lesson& lesson, const ParamValues& params)
{
    if (lesson.needsOpenGL(params) && QGuiApplication::platformName() == u"offscreen")
        throw EnvironmentError(Tr::tr("lesson '%1' draws in 3D with OpenGL here, which needs a display; "
                                  "run it on a desktop or under xvfb-run (e.g. xvfb-run -a gradus render …)")
                                   .arg(lesson.id()));
}

int commandList(const Invocation& inv, const LessonRegistry& registry, QTextStream& out)
{
    if (inv.json) {
        QJsonArray lessons;
        for (const Lesson* lesson : registry.lessons())
            lessons.append(QJsonObject{{"id", lesson->id()}, {"title", lesson->title()}, {"topic", lesson->topic()},
                                       {"summary", lesson->summary()}});
        out << QJsonDocument(lessons).toJson(QJsonDocument::Indented);
        return 0;
    }
    int width = 0;
    for (const Lesson* lesson : registry.lessons())
        width = std::max(width, int(lesson->id().size()));
    for (const Lesson* lesson : registry.lessons())
        out << lesson->id().leftJustified(width + 2) << lesson->title() << "\n"
            << QString(width + 2, QLatin1Char(' ')) << lesson->summary() << "\n";
    return 0;
}

int commandParams(const Invocation& inv, const LessonRegistry& registry, QTextStream& out)
{
    const Lesson& lesson = requireLesson(inv, registry);
    if (inv.json) {
        QJsonArray params, presets;
        for (const ParamSpec& spec : lesson.schema().specs())
            params.append(spec.describeJson());
        for (const LessonPreset& preset : lesson.presets())
            presets.append(QJsonObject{{"id", preset.id}, {"title", preset.title},
                                       {"assignments", QJsonArray::fromStringList(preset.assignments)}});
        out << QJsonDocument(QJsonObject{{"lesson", lesson.id()}, {"params", params}, {"presets", presets}})
                   .toJson(QJsonDocument::Indented);
        return 0;
    }
    out << lesson.id() << ": " << lesson.title() << "\n\n";
    for (const ParamSpec& spec : lesson.schema().specs()) {
        out << "  -s " << spec.name << "=" << spec.format(spec.defaultValue) << "\n";
        out << "      " << spec.label;
        if (!spec.unit.isEmpty())
            out << " (" << spec.unit << ")";
        out << "; " << paramTypeName(spec.type) << ", " << spec.describeAccepted() << "\n";
        if (!spec.help.isEmpty())
            out << "      " << spec.help << "\n";
    }
    if (!lesson.presets().isEmpty()) {
        out << "\n" << Tr::tr("Presets (--preset ID):") << "\n";
        for (const LessonPreset& preset : lesson.presets())
            out << "  " << preset.id.leftJustified(24) << preset.title << "\n";
    }
    return 0;
}

// The result, with what the user should know about it on stderr (stdout may be the JSON).
ResultPtr computeNoting(const Lesson& lesson, const ParamValues& params, QTextStream& err)
{
    ResultPtr result = lesson.compute(params, nullptr);
    if (const QString notice = result->notice(); !notice.isEmpty())
        err << "gradus: " << Tr::tr("note: %1").arg(notice) << "\n" << Qt::flush;
    return result;
}

int commandData(const Invocation& inv, const LessonRegistry& registry, QTextStream& out, QTextStream& err)
{
    const Lesson& lesson = requireLesson(inv, registry);
    const ParamValues params = resolveParams(lesson, inv, registry, err);
    QElapsedTimer clock;
    clock.start();
    const ResultPtr result = computeNoting(lesson, params, err);
    const double computeSeconds = clock.nsecsElapsed() * 1e-9;
    const int frame = resolveFrame(inv, lesson, params, *result);
    const QJsonObject json{{"lesson", lesson.id()},
                           {"gradus_version", versionString()},
                           {"params", lesson.schema().toJson(params)},
                           {"frame", frame},
                           {"frames", result->frameCount()},
                           {"result", lesson.resultJson(*result, frame)},
                           {"timing", QJsonObject{{"compute_s", computeSeconds}}}};
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (inv.output.isEmpty() || inv.output == u"-") {
        out << QString::fromUtf8(bytes);
    } else {
        writeFileAtomically(inv.output, bytes);
    }
    return 0;
}

int commandRender(const Invocation& inv, const LessonRegistry& registry, QTextStream& err)
{
    const Lesson& lesson = requireLesson(inv, registry);
    if (inv.output.isEmpty())
        throw UsageError(Tr::tr("render needs an output file: -o FILE.png, .svg or .pdf"));
    if (inv.picture.isEmpty())
        exportFormatForPath(inv.output); // reject a bad extension before the (possibly long) compute
    const ParamValues params = resolveParams(lesson, inv, registry, err);
    requireDisplayFor(lesson, params);
    const ResultPtr result = computeNoting(lesson, params, err);
    const int frame = resolveFrame(inv, lesson, params, *result);
    if (!inv.picture.isEmpty())
        saveLessonPicture(lesson, result, frame, inv.picture, inv.output);
    else
        exportLessonFigure(lesson, result, frame, inv.view, inv.output, inv.size);
    return 0;
}

AnimationRequest animationRequest(const Invocation& inv, const QString& path)
{
    AnimationRequest request;
    request.path = path;
    request.pixelSize = inv.sizeGiven ? inv.size : QSize(1280, 720);
    request.viewName = inv.view;
    request.timing = inv.timing;
    request.firstFrame = inv.firstFrame;
    request.lastFrame = inv.lastFrame;
    request.dither = inv.dither;
    return request;
}

// Writes the animation, with a progress line on a terminal; returns the summary line.
QString writeAnimation(const Lesson& lesson, const ResultPtr& result, const AnimationRequest& request, QTextStream& err)
{
    const bool terminal = isatty(STDERR_FILENO);
    AnimationExport animation(lesson, result, request);
    while (animation.renderNext()) {
        if (terminal)
            err << "\r" << Tr::tr("gradus: drawing picture %1 of %2").arg(animation.picturesDone()).arg(animation.pictureCount())
                << Qt::flush;
    }
    animation.finish();
    if (terminal)
        err << "\r\033[K" << Qt::flush;
    const int frames = animation.videoFrameCount();
    return Tr::tr("%1: %2 frames at %3 fps (%4 s), %5 pictures, %6")
        .arg(request.path)
        .arg(frames)
        .arg(request.timing.framesPerSecond)
        .arg(frames / request.timing.framesPerSecond, 0, 'f', 1)
        .arg(animation.pictureCount())
        .arg(animation.encoding());
}

int commandAnimate(const Invocation& inv, const LessonRegistry& registry, QTextStream& out, QTextStream& err)
{
    const Lesson& lesson = requireLesson(inv, registry);
    if (inv.output.isEmpty())
        throw UsageError(Tr::tr("animate needs an output: -o FILE.mp4, FILE.gif or FOLDER/ for PNG frames"));
    const AnimationRequest request = animationRequest(inv, inv.output);
    checkAnimationTarget(request.path, request.pixelSize); // before the (possibly long) compute
    const ParamValues params = resolveParams(lesson, inv, registry, err);
    requireDisplayFor(lesson, params);
    const ResultPtr result = computeNoting(lesson, params, err);
    out << writeAnimation(lesson, result, request, err) << "\n";
    return 0;
}

// Every lesson's default figure (and animation) in a folder, with an index.html to browse them.
int commandGallery(const Invocation& inv, const LessonRegistry& registry, QTextStream& out, QTextStream& err)
{
    if (inv.output.isEmpty())
        throw UsageError(Tr::tr("gallery needs a folder: -o FOLDER"));
    if (!inv.lessonId.isEmpty())
        throw UsageError(Tr::tr("gallery renders every lesson; it takes no lesson id"));
    const QDir folder(inv.output);
    if (!QDir().mkpath(folder.absolutePath()))
        throw InputError(Tr::tr("cannot create the folder '%1'").arg(inv.output));
    const QSize size = inv.sizeGiven ? inv.size : QSize(1920, 1080);
    QString entries;
    int failures = 0;
    for (const Lesson* lesson : registry.lessons()) {
        const QString id = lesson->id();
        QString media, note;
        try {
            const ParamValues params = lesson->schema().defaults();
            requireDisplayFor(*lesson, params);
            const ResultPtr result = lesson->compute(params, nullptr);
            exportLessonFigure(*lesson, result, result->frameCount() - 1, QString(), folder.filePath(id + ".png"), size);
            media = QStringLiteral("<a href=\"%1.png\"><img src=\"%1.png\" alt=\"%2\"></a>").arg(id, lesson->title().toHtmlEscaped());
            out << folder.filePath(id + ".png") << "\n";
            if (!inv.animations.isEmpty() && result->frameCount() > 1) {
                const QString name = id + "." + inv.animations;
                out << writeAnimation(*lesson, result, animationRequest(inv, folder.filePath(name)), err) << "\n";
                media += inv.animations == u"gif"
                             ? QStringLiteral("<img src=\"%1\" alt=\"%2\">").arg(name, lesson->title().toHtmlEscaped())
                             : QStringLiteral("<video src=\"%1\" controls loop muted playsinline></video>").arg(name);
            }
        } catch (const GradusError& e) {
            ++failures;
            err << "gradus: warning: " << id << ": " << e.message() << Qt::endl;
            note = QStringLiteral("<p class=\"problem\">%1</p>").arg(e.message().toHtmlEscaped());
        }
        entries += QStringLiteral("<section id=\"%1\"><h2>%2</h2><p>%3</p>%4%5<pre>gradus render %1 -o %1.png</pre></section>\n")
                       .arg(id, lesson->title().toHtmlEscaped(), lesson->summary().toHtmlEscaped(), media, note);
    }
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>\n"
                       "<style>body{font-family:sans-serif;max-width:1000px;margin:auto;padding:1em}"
                       "img,video{max-width:100%;display:block;margin:.5em 0;border:1px solid #ccc}"
                       ".problem{color:#a00}pre{color:#555}</style></head><body>\n<h1>%2</h1>\n<p>%3</p>\n%4</body></html>\n")
            .arg(Tr::tr("en"), Tr::tr("Gradus gallery"), Tr::tr("Every lesson with its default parameters, Gradus %1.").arg(versionString()),
                 entries);
    writeFileAtomically(folder.filePath(QStringLiteral("index.html")), html.toUtf8());
    out << folder.filePath(QStringLiteral("index.html")) << "\n";
    if (failures == registry.lessons().size())
        throw EnvironmentError(Tr::tr("no lesson could be rendered"));
    return 0;
}

} // namespace

QString cliUsage()
{
    return Tr::tr("Usage:\n"
              "  gradus                               open the workbench\n"
              "  gradus [--session] FILE.gradus       open a saved session (or a .gradus-playlist)\n"
              "  gradus list [--json]                 the lessons: id, title, summary\n"
              "  gradus params LESSON [--json]        a lesson's parameters, defaults and ranges\n"
              "  gradus render LESSON [--preset ID | --session FILE] [-s NAME=VALUE]... [--frame N]\n"
              "                [--size WxH] [--view NAME] -o FILE.{png,svg,pdf}\n"
              "  gradus render LESSON ... --picture NAME -o FILE.{png,jpg,…}   a picture at its own resolution\n"
              "  gradus animate LESSON [--preset ID | --session FILE] [-s NAME=VALUE]... [--frames A:B] [--fps N]\n"
              "                [--speed IT_PER_S] [--hold SECONDS] [--size WxH] [--view NAME] [--no-dither]\n"
              "                -o FILE.{mp4,gif} | -o FOLDER/ (numbered PNG frames)\n"
              "  gradus data LESSON [--preset ID | --session FILE] [-s NAME=VALUE]... [--frame N] [-o FILE.json]\n"
              "  gradus gallery -o FOLDER [--size WxH] [--animations[=mp4|gif]]   every lesson's figure + index.html\n"
              "  gradus --version | --help\n"
              "render, animate and gallery also take --theme light|dark|high-contrast and --font-scale X\n"
              "(figure text size, 0.5 to 3).\n"
              "\n"
              "--frame N picks an iteration (default: the last, or what the lesson's frame parameter names,\n"
              "e.g. -s rank=50); --size is in pixels (default 1920x1080). --picture saves a lesson's own\n"
              "picture, e.g. svd-image's 'compressed' rank-r image.\n"
              "animate plays the run at --speed iterations per second (default: the whole run in about 8 s)\n"
              "into a video of --fps frames per second (default 30), holds the last frame --hold seconds\n"
              "(default 1); --frames limits it to iterations A to B; --size defaults to 1280x720 there.\n"
              "Exit codes: 0 success, 1 internal error, 2 usage error, 3 input/output file error.\n");
}

CliMode cliModeFor(const QStringList& args)
{
    // A session or playlist given alone (as the desktop's "open with" does) opens in the window.
    if (args.isEmpty() || args.first() == u"--session" ||
        (args.size() == 1 && (args.first().endsWith(u".gradus") || args.first().endsWith(u".gradus-playlist"))))
        return CliMode::Gui;
    if (args.first() == u"render" || args.first() == u"animate" || args.first() == u"gallery")
        return CliMode::Rendering;
    return CliMode::Console; // known commands, and anything else so that it gets a usage error
}

int runCli(const QStringList& args, const LessonRegistry& registry, QTextStream& out, QTextStream& err)
{
    try {
        const QString command = args.value(0);
        if (command == u"--help" || command == u"-h" || command == u"help") {
            out << cliUsage();
            return 0;
        }
        if (command == u"--version" || command == u"-v") {
            out << "gradus " << versionString() << "\n"
                << "Qt " << qVersion() << " (built with " << QT_VERSION_STR << "), OpenCV " << openCvVersion() << ", Eigen "
                << QString::fromStdString(core::eigenVersion()) << ", " << QString::fromStdString(core::openBlasVersion()) << "\n"
                << cbcVersionLine() << "\n"
                << "License GPL-3.0-or-later: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
                << "This is free software: you are free to change and redistribute it. There is NO WARRANTY.\n";
            return 0;
        }
        const Invocation inv = parse(args);
        if (cliModeFor(args) == CliMode::Rendering) {
            style::setTheme(inv.theme);
            style::setFontScale(inv.fontScale);
        }
        if (command == u"list")
            return commandList(inv, registry, out);
        if (command == u"params")
            return commandParams(inv, registry, out);
        if (command == u"data")
            return commandData(inv, registry, out, err);
        if (command == u"render")
            return commandRender(inv, registry, err);
        if (command == u"animate")
            return commandAnimate(inv, registry, out, err);
        if (command == u"gallery")
            return commandGallery(inv, registry, out, err);
        throw UsageError(Tr::tr("unknown command '%1' (commands: list, params, render, animate, data, gallery; see gradus --help)")
                             .arg(command));
    } catch (const GradusError& e) {
        err << "gradus: error: " << e.message() << Qt::endl;
        return e.exitCode();
    } catch (const std::exception& e) {
        err << "gradus: error: internal error: " << e.what() << Qt::endl;
        return 1;
    }
}

} // namespace gradus
