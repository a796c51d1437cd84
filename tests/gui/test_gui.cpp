// The main window under a display (Xvfb in CI; offscreen when there is none): every lesson opens
// and paints a real picture, the panel and the picture drive the computation, export and sessions work.
#include "app/animation_dialog.h"
#include "app/export_dialog.h"
#include "app/help_dialog.h"
#include "app/lesson_page.h"
#include "app/playlist_panel.h"
#include "app/main_window.h"
#include "core/compute_control.h"
#include "framework/compute_runner.h"
#include "framework/lesson_registry.h"
#include "lessons/eigenimages/eigenimages_lesson.h"
#include "lessons/mip/mip_solve.h"
#include "lessons/register_lessons.h"
#include "lessons/svd-image/svd_image_lesson.h"
#include "views/animation_export.h"
#include "views/chart_panel.h"
#include "views/figure_export.h"
#include "views/plot_style.h"
#include "views/field_view.h"
#include "views/image_view.h"
#include "io/image_file.h"
#include "views/parameter_panel.h"
#include "views/player.h"
#include "views/scene_view.h"
#include "views/surface_view.h"
#include "support/headless.h"
#include "support/private_settings.h"
#include "support/wait_for_result.h"

#include <QAbstractButton>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QTextBrowser>
#include <QMenuBar>
#include <QImageReader>
#include <QProgressDialog>
#include <QComboBox>
#include <QMessageBox>
#include <QScatterSeries>
#include <QXYSeries>
#include <QTimer>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QLineEdit>
#include <QImage>
#include <QLabel>
#include <QTreeWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace gradus;
using gradus::test::waitForResult;

namespace {

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

// With GRADUS_SCREENSHOT_DIR set, the suite leaves pictures of what it saw there, to look at.
void keepScreenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("GRADUS_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        widget->grab().save(QDir(folder).filePath(name + ".png"));
}

// A lesson that takes seconds, to see the progress bar and the cancel button at work.
class SlowLesson : public Lesson {
public:
    SlowLesson() { schema_.add(ParamSpec::integer("ms", "Milliseconds", 4000, 0, 100000)); }
    QString id() const override { return "slow"; }
    QString title() const override { return "Slow"; }
    QString topic() const override { return "Test"; }
    QString summary() const override { return "Takes its time"; }
    const ParamSchema& schema() const override { return schema_; }
    ResultPtr compute(const ParamValues& params, core::ComputeControl* control) const override
    {
        const int ms = params.integer("ms");
        for (int i = 0; i < ms; ++i) {
            core::checkpoint(control, double(i) / ms);
            QThread::msleep(1);
        }
        return std::make_shared<LessonResult>();
    }
    QJsonObject resultJson(const LessonResult&, int) const override { return {}; }
    LessonFigure* createFigure(QWidget* parent) const override { return new BlankFigure(parent); }

private:
    class BlankFigure : public LessonFigure {
    public:
        using LessonFigure::LessonFigure;
        void setResult(const ResultPtr&) override {}
        void showFrame() override {}
    };
    ParamSchema schema_;
};

} // namespace

class TestGui : public QObject {
    Q_OBJECT

    LessonRegistry registry;
    std::unique_ptr<MainWindow> window;
    QTemporaryDir dir;

    // Opens a lesson with one parameter changed from what it shows; null if it does not finish.
    LessonPage* showWith(const QString& lessonId, const QString& name, const QVariant& value)
    {
        LessonPage* page = window->showLesson(lessonId);
        if (!waitForResult(page))
            return nullptr;
        ParamValues values = page->params();
        values.set(name, value);
        page->setParams(values);
        return waitForResult(page) ? page : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        gradus::test::usePrivateSettings(dir, "GradusTest");
        registerBuiltinLessons(registry);
        QElapsedTimer clock;
        clock.start();
        window = std::make_unique<MainWindow>(registry);
        window->resize(1600, 1000);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(waitForResult(window->currentPage()));
        qInfo("window to first result: %lld ms", clock.elapsed());
    }

    void everyLessonPaintsAPicture()
    {
        for (const Lesson* lesson : registry.lessons()) {
            LessonPage* page = window->showLesson(lesson->id());
            QVERIFY(page);
            QVERIFY(waitForResult(page));
            QTest::qWait(50);
            const QImage shot = page->figure()->grab().toImage();
            QVERIFY(shot.width() > 400 && shot.height() > 300);
            QVERIFY2(distinctColours(shot) > 150, qPrintable(lesson->id()));
            keepScreenshot(window.get(), "window-" + lesson->id());
        }
    }

    void exportWritesEveryFormat()
    {
        LessonPage* page = window->showLesson("linreg");
        QVERIFY(waitForResult(page));
        const QString png = dir.filePath("linreg.png");
        page->exportFigure(png, QSize(1280, 720), QString());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1280, 720));
        QVERIFY(distinctColours(image) > 150);
        const QString solo = dir.filePath("landscape.png");
        page->exportFigure(solo, QSize(800, 800), "landscape");
        QCOMPARE(QImage(solo).size(), QSize(800, 800));
        for (const char* name : {"linreg.svg", "linreg.pdf"}) {
            page->exportFigure(dir.filePath(name), QSize(1920, 1080), QString());
            QVERIFY(QFileInfo(dir.filePath(name)).size() > 1000);
        }
    }

    void exportDialogPresetsAndMemory()
    {
        ExportDialog dialog("linreg", {"landscape", "data", "loss"}, QSize(900, 600));
        auto* preset = dialog.findChild<QComboBox*>("presetCombo");
        auto* view = dialog.findChild<QComboBox*>("viewCombo");
        auto* path = dialog.findChild<QLineEdit*>("pathEdit");
        QVERIFY(preset && view && path);
        QVERIFY(path->text().endsWith("linreg.png"));
        preset->setCurrentIndex(2); // 4:3 projector
        QCOMPARE(dialog.pixelSize(), QSize(1024, 768));
        QCOMPARE(view->count(), 4);
        view->setCurrentIndex(3);
        QCOMPARE(dialog.viewName(), QString("loss"));
        dialog.show();
        keepScreenshot(&dialog, "export-dialog");
        path->setText(dir.filePath("slide.svg"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        // The next dialog starts where this one ended.
        ExportDialog next("linreg", {}, QSize(900, 600));
        QCOMPARE(next.pixelSize(), QSize(1024, 768));
        QCOMPARE(next.path(), dir.filePath("linreg.svg"));
    }

    // The numbered PNG frames are the figure export of the same iterations, pixel for pixel; the GIF
    // holds one picture per iteration, close to them; the MP4 has every video frame.
    void animationFramesAreTheFigureExports()
    {
        LessonPage* page = window->showLesson("linreg");
        QVERIFY(waitForResult(page));
        AnimationRequest request;
        request.pixelSize = QSize(640, 360);
        request.lastFrame = 20;
        request.timing = {10, 10, 0}; // one video frame per iteration
        request.path = dir.filePath("linreg-frames/");
        QVERIFY(window->exportAnimation(request));
        QCOMPARE(QDir(dir.filePath("linreg-frames")).entryList(QDir::Files).size(), 21);
        for (int frame : {0, 7, 20}) {
            const QString png = dir.filePath(QStringLiteral("figure-%1.png").arg(frame));
            exportLessonFigure(page->lesson(), page->result(), frame, QString(), png, request.pixelSize);
            const QImage exported(png);
            const QImage animated(dir.filePath(QStringLiteral("linreg-frames/frame-%1.png").arg(frame + 1, 5, 10, QChar('0'))));
            QCOMPARE(animated.convertToFormat(QImage::Format_RGB32), exported.convertToFormat(QImage::Format_RGB32));
        }

        request.path = dir.filePath("linreg.gif");
        request.dither = false;
        QVERIFY(window->exportAnimation(request));
        QImageReader gif(request.path);
        QCOMPARE(gif.imageCount(), 21);
        QCOMPARE(gif.size(), request.pixelSize);
        QImage seventh;
        for (int i = 0; i <= 7; ++i)
            seventh = gif.read();
        const QImage exported(dir.filePath("figure-7.png"));
        int close = 0;
        for (int y = 0; y < exported.height(); ++y)
            for (int x = 0; x < exported.width(); ++x) {
                const QRgb a = seventh.pixel(x, y), b = exported.pixel(x, y);
                close += std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b)) <= 24;
            }
        QVERIFY2(close > 0.98 * exported.width() * exported.height(), qPrintable(QString::number(close)));

        request.path = dir.filePath("linreg.mp4");
        request.timing = {30, 10, 1}; // 3 video frames per iteration, then 1 s on the last
        QVERIFY(window->exportAnimation(request));
        QVERIFY(QFileInfo(request.path).size() > 10000); // decoded frame by frame in test_io_animation
        QVERIFY(window->findChild<QLabel*>("statusText")->text().contains("93 frames, 3.1 s (H.264)"));
    }

    // 3D scenes are captured anew for every picture: the aircraft turns from frame to frame.
    void animationOfA3DScene()
    {
        if (QGuiApplication::platformName() == u"offscreen")
            QSKIP("Qt 3D needs OpenGL, which the offscreen platform lacks; the suite runs under Xvfb in CI");
        LessonPage* page = window->showLesson("rotations");
        QVERIFY(waitForResult(page));
        AnimationRequest request;
        request.pixelSize = QSize(640, 360);
        request.lastFrame = 60; // the first turn
        request.timing = {16, 61, 0}; // the 61 frames of the turn in 1 s at 16 fps: 16 pictures
        request.path = dir.filePath("rotations-frames/");
        QVERIFY(window->exportAnimation(request));
        const QStringList files = QDir(request.path).entryList(QDir::Files);
        QCOMPARE(files.size(), 16);
        const QImage first(request.path + files.first()), middle(request.path + files[8]), last(request.path + files.last());
        auto differing = [](const QImage& a, const QImage& b) {
            int count = 0;
            for (int y = 0; y < a.height(); y += 2)
                for (int x = 0; x < a.width() / 2; x += 2) // the left pane: the first 3D scene
                    count += std::abs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))) > 40;
            return count;
        };
        QVERIFY(distinctColours(middle) > 150);
        QVERIFY2(differing(first, middle) > 500 && differing(middle, last) > 500,
                 qPrintable(QStringLiteral("%1, %2").arg(differing(first, middle)).arg(differing(middle, last))));
    }

    void animationExportCancelsWithoutAFile()
    {
        LessonPage* page = window->showLesson("linreg");
        QVERIFY(waitForResult(page));
        QTemporaryDir target;
        AnimationRequest request;
        request.path = target.filePath("slow.gif");
        request.pixelSize = QSize(1920, 1080);
        request.timing = {30, 10, 0};
        bool sawProgress = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto* progress = window->findChild<QProgressDialog*>("animationProgress"); progress && progress->isVisible()) {
                sawProgress = progress->value() > 0 && progress->maximum() == 61;
                progress->cancel();
            }
        });
        poll.start(50);
        QVERIFY(!window->exportAnimation(request));
        poll.stop();
        QVERIFY(sawProgress);
        QCOMPARE(QDir(target.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        QVERIFY(window->findChild<QLabel*>("statusText")->text().contains("cancelled"));
    }

    void animationDialogSummarizesAndRemembers()
    {
        LessonPage* page = window->showLesson("linreg");
        QVERIFY(waitForResult(page));
        AnimationDialog dialog("linreg", {"landscape"}, *page->result(), 10);
        auto* summary = dialog.findChild<QLabel*>("summaryLabel");
        auto* fps = dialog.findChild<QSpinBox*>("fpsSpin");
        auto* path = dialog.findChild<QLineEdit*>("pathEdit");
        QVERIFY(summary && fps && path);
        QVERIFY(path->text().endsWith("linreg.mp4"));
        QCOMPARE(dialog.request().pixelSize, QSize(1280, 720));
        // 61 iterations at 10 it/s and 30 fps: 183 frames, plus one second held.
        QVERIFY2(summary->text().contains("213 video frames: 7.1 s"), qPrintable(summary->text()));
        fps->setValue(25);
        QVERIFY2(summary->text().contains("178 video frames: 7.1 s"), qPrintable(summary->text()));
        dialog.show();
        keepScreenshot(&dialog, "animation-dialog");
        path->setText(dir.filePath("clip.gif"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        AnimationDialog next("linreg", {}, *page->result(), 10);
        QCOMPARE(next.request().path, dir.filePath("linreg.gif"));
        QCOMPARE(next.request().timing.framesPerSecond, 25.0);
    }

    void copyFigurePutsAPictureOnTheClipboard()
    {
        LessonPage* page = window->showLesson("linreg");
        QVERIFY(waitForResult(page));
        QSettings().setValue("export/size", QSize(1024, 768));
        QGuiApplication::clipboard()->clear();
        window->copyFigure();
        const QImage copied = QGuiApplication::clipboard()->image();
        QCOMPARE(copied.size(), QSize(1024, 768));
        QVERIFY(distinctColours(copied) > 150);
    }

    // Presentation mode: only the figure and its player; Page Down walks the playlist (or the
    // lessons), +/− change the speed, Esc gives everything back.
    void presentationModeKeys()
    {
        LessonPage* page = window->showLesson("linreg");
        QVERIFY(waitForResult(page));
        QTest::qWait(100);
        QVERIFY(window->menuBar()->isVisible());
        const double scale = style::fontScale();
        window->setPresenting(true);
        QTest::qWait(200);
        QVERIFY(!window->menuBar()->isVisible());
        QVERIFY(page->sidePanelWidth() == 0);
        QCOMPARE(style::fontScale(), scale * 1.25);
        keepScreenshot(window.get(), "presentation");

        const double speed = page->player()->framesPerSecond();
        QTest::keyClick(window.get(), Qt::Key_Plus);
        QVERIFY(page->player()->framesPerSecond() > speed);
        QTest::keyClick(window.get(), Qt::Key_Minus);
        QCOMPARE(page->player()->framesPerSecond(), speed);

        // Without a playlist Page Down opens the next lesson of the list, still without its panel.
        QTest::keyClick(window.get(), Qt::Key_PageDown);
        LessonPage* next = window->currentPage();
        QCOMPARE(next->lesson().id(), QString("optimizers"));
        QVERIFY(waitForResult(next));
        QCOMPARE(next->sidePanelWidth(), 0);
        QTest::keyClick(window.get(), Qt::Key_PageUp);
        QCOMPARE(window->currentPage()->lesson().id(), QString("linreg"));

        // With a playlist it walks the sessions, parameters and frame included.
        Playlist lecture;
        ParamValues steep = registry.get("linreg").schema().defaults();
        steep.set("lr", 0.27);
        lecture.entries = {Session{"newton", registry.get("newton").schema().defaults(), -1}, Session{"linreg", steep, 5}};
        const QString path = dir.filePath("lecture.gradus-playlist");
        lecture.save(path, registry);
        QVERIFY(window->openPlaylist(path));
        QCOMPARE(window->currentPage()->lesson().id(), QString("newton"));
        QTest::keyClick(window.get(), Qt::Key_PageDown);
        LessonPage* second = window->currentPage();
        QCOMPARE(second->lesson().id(), QString("linreg"));
        QCOMPARE(second->params().real("lr"), 0.27);
        QVERIFY(waitForResult(second));
        QCOMPARE(second->player()->frame(), 5);
        QVERIFY(!window->stepLecture(1)); // the end of the lecture

        QTest::keyClick(window.get(), Qt::Key_Escape);
        QVERIFY(!window->presenting());
        QVERIFY(window->menuBar()->isVisible());
        QCOMPARE(style::fontScale(), scale);
        QVERIFY(second->sidePanelWidth() > 0);
        window->playlistPanel()->setPlaylist({});
        second->setParams(registry.get("linreg").schema().defaults());
        QVERIFY(waitForResult(second));
        second->player()->last();
    }

    // A lab's gradus.conf (system scope) hides lessons and styles presentation mode; the user's file wins.
    void labSettingsHideLessonsAndStylePresentation()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::SystemScope, dir.filePath("system"));
        {
            QSettings lab(QSettings::SystemScope);
            lab.setValue("lessons/hidden", QStringList{"mip", "landscape", "no-such-lesson"});
            lab.setValue("presentation/textFactor", 1.5);
            lab.setValue("presentation/theme", "dark");
            QSettings user;
            user.setValue("presentation/textFactor", 2.0);
        }
        auto labWindow = std::make_unique<MainWindow>(registry);
        QStringList listed;
        auto* list = labWindow->findChild<QTreeWidget*>();
        QVERIFY(list);
        for (QTreeWidgetItemIterator it(list); *it; ++it)
            if (!(*it)->data(0, Qt::UserRole).toString().isEmpty())
                listed << (*it)->data(0, Qt::UserRole).toString();
        QCOMPARE(listed.size(), registry.lessons().size() - 2);
        QVERIFY(!listed.contains("mip") && !listed.contains("landscape") && listed.contains("linreg"));
        QTRY_VERIFY_WITH_TIMEOUT(labWindow->findChild<QLabel*>("statusText")->text().contains("no-such-lesson"), 5000 * test::timeFactor());
        QVERIFY(labWindow->showLesson("mip")); // a session naming a hidden lesson still opens it

        const double scale = style::fontScale();
        const style::ThemeId theme = style::theme().id;
        labWindow->setPresenting(true);
        QCOMPARE(style::fontScale(), scale * 2.0);
        QCOMPARE(style::theme().id, style::ThemeId::Dark);
        labWindow->setPresenting(false);
        QCOMPARE(style::fontScale(), scale);
        QCOMPARE(style::theme().id, theme);
        labWindow.reset();
        QFile::remove(QSettings(QSettings::SystemScope).fileName());
        QSettings().remove("presentation");
    }

    void helpListsEveryShortcutAndTheCredits()
    {
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_F1);
        auto* help = window->findChild<HelpDialog*>();
        QVERIFY(help && help->isVisible());
        const QString keys = help->findChild<QTextBrowser*>("keysText")->toPlainText();
        for (const char* shortcut : {"Ctrl+E", "Ctrl+Shift+A", "Ctrl+Shift+C", "F11", "Ctrl+Shift+L", "F1", "Page Down"})
            QVERIFY2(keys.contains(shortcut), shortcut);
        QVERIFY(keys.contains("Export animation"));
        const QString about = help->findChild<QTextBrowser*>("aboutText")->toPlainText();
        QVERIFY2(about.contains("OpenCV 4.") && about.contains("CBC 2.") && about.contains("Eigen 3.4"), qPrintable(about));
        const QString credits = help->findChild<QTextBrowser*>("creditsText")->toPlainText();
        QVERIFY(credits.contains("Fashion-MNIST") && credits.contains("MIPLIB 2017") && credits.contains("GeoNames"));
        keepScreenshot(help, "help");
        help->close();
    }

    void panelEditRecomputes()
    {
        LessonPage* page = window->showLesson("linreg");
        QVERIFY(waitForResult(page));
        auto* spin = page->parameterPanel()->editor("lr")->findChild<QDoubleSpinBox*>();
        QVERIFY(spin);
        const ResultPtr before = page->result();
        spin->setValue(0.05);
        QCOMPARE(page->params().real("lr"), 0.05);
        QVERIFY(QTest::qWaitFor([page, before] { return !page->runner().busy() && page->result() != before; }, 5000 * test::timeFactor()));
        page->setParams(registry.get("linreg").schema().defaults());
        QVERIFY(waitForResult(page));
        QCOMPARE(spin->value(), 0.25);
    }

    void presetsFromTheComboAndTheKeys()
    {
        LessonPage* page = window->showLesson("optimizers");
        QVERIFY(waitForResult(page));
        auto* presets = page->findChild<QComboBox*>("presetBox");
        QVERIFY(presets);
        const int index = presets->findData("saddle-escape");
        QVERIFY(index > 0);
        presets->setCurrentIndex(index);
        emit presets->activated(index);
        QCOMPARE(page->params().text("function"), QString("saddle"));
        QVERIFY(waitForResult(page));
        // Digit keys choose presets in list order.
        QApplication::setActiveWindow(window.get());
        QTest::keyClick(window.get(), Qt::Key_1);
        QCOMPARE(page->params().list("methods"), (QStringList{"gd", "adam"}));
        QVERIFY(waitForResult(page));
        keepScreenshot(window.get(), "window-optimizers-preset");
        page->setParams(registry.get("optimizers").schema().defaults());
        QVERIFY(waitForResult(page));
    }

    void clickOnTheMapSetsTheStart()
    {
        LessonPage* page = window->showLesson("linreg");
        QVERIFY(waitForResult(page));
        auto* map = page->figure()->findChild<FieldView*>();
        QVERIFY(map);
        const QPointF before = page->params().point("start");
        QTest::mouseClick(map, Qt::LeftButton, {}, map->rect().center());
        const QPointF after = page->params().point("start");
        QVERIFY(after != before);
        // The centre of the plot area is near the centre of the visible box.
        const DataBox box = map->viewBox();
        QCOMPARE_LE(std::abs(after.x() - 0.5 * (box.x0 + box.x1)), 0.25 * box.width());
        QVERIFY(waitForResult(page));
        page->setParams(registry.get("linreg").schema().defaults());
        QVERIFY(waitForResult(page));
    }

    void playerKeys()
    {
        LessonPage* page = window->showLesson("linreg");
        QVERIFY(waitForResult(page));
        // Shortcuts act only in the active window; Xvfb has no window manager to activate it.
        QApplication::setActiveWindow(window.get());
        QCOMPARE(QApplication::activeWindow(), window.get());
        Player* player = page->player();
        QCOMPARE(player->frame(), player->frameCount() - 1); // opens on the final state
        QTest::keyClick(window.get(), Qt::Key_Home);
        QCOMPARE(player->frame(), 0);
        QTest::keyClick(window.get(), Qt::Key_Right);
        QTest::keyClick(window.get(), Qt::Key_Right);
        QCOMPARE(player->frame(), 2);
        QTest::keyClick(window.get(), Qt::Key_Left);
        QCOMPARE(player->frame(), 1);
        QTest::keyClick(window.get(), Qt::Key_Space);
        QVERIFY(player->playing());
        QVERIFY(QTest::qWaitFor([player] { return player->frame() > 2; }, 3000 * test::timeFactor()));
        QTest::keyClick(window.get(), Qt::Key_Space);
        QVERIFY(!player->playing());
        QTest::keyClick(window.get(), Qt::Key_End);
        QCOMPARE(player->frame(), player->frameCount() - 1);
    }

    void sessionRoundTrip()
    {
        LessonPage* page = window->showLesson("linreg");
        QVERIFY(waitForResult(page));
        ParamValues values = page->params();
        registry.get("linreg").schema().applyAssignment(values, "lr=0.15");
        registry.get("linreg").schema().applyAssignment(values, "iters=30");
        page->setParams(values, 12);
        QVERIFY(waitForResult(page));
        QCOMPARE(page->frame(), 12);
        const QString path = dir.filePath("lesson.gradus");
        QVERIFY(window->saveSession(path));

        page->setParams(registry.get("linreg").schema().defaults());
        QVERIFY(waitForResult(page));
        QVERIFY(window->openSession(path, false));
        QVERIFY(waitForResult(page));
        QCOMPARE(page->params().real("lr"), 0.15);
        QCOMPARE(page->params().integer("iters"), 30);
        QCOMPARE(page->frame(), 12);

        QFile broken(dir.filePath("broken.gradus"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ this is not json");
        broken.close();
        QVERIFY(!window->openSession(broken.fileName(), false));
        QCOMPARE(page->params().real("lr"), 0.15); // nothing lost
    }

    void svdRankMovesThePlayerWithoutRecomputing()
    {
        LessonPage* page = window->showLesson("svd-image");
        QVERIFY(waitForResult(page));
        const ResultPtr before = page->result();
        QCOMPARE(page->player()->frame(), 49); // rank 50 by default
        auto* spin = page->parameterPanel()->editor("rank")->findChild<QSpinBox*>();
        QVERIFY(spin);
        spin->setValue(12);
        QCOMPARE(page->player()->frame(), 11);
        QVERIFY(!page->runner().busy());
        QCOMPARE(page->result(), before);
        page->player()->stepForward();
        QCOMPARE(page->params().integer("rank"), 13);
        QCOMPARE(spin->value(), 13);
        keepScreenshot(window.get(), "window-svd-rank13");
        spin->setValue(50);
    }

    // The charts and layer thumbnails of a result come one per turn of the event loop; an export
    // must not catch them half-done.
    void svdResultArrivesInStepsAndExportsWhole()
    {
        LessonPage* page = window->showLesson("svd-image");
        QVERIFY(waitForResult(page));
        const auto* result = dynamic_cast<const SvdImageResult*>(page->result().get());
        QVERIFY(result);
        const int values = int(result->svd->factors.front().s.size());
        const int layers = std::min(result->layerCount, result->frameCount());
        QVERIFY(values > 100);
        QVERIFY(layers > 0);
        auto plotted = [](const LessonFigure& figure, const char* view) {
            QList<int> counts;
            for (QAbstractSeries* series : figure.view(view)->findChild<QChartView*>()->chart()->series())
                if (auto* line = qobject_cast<QXYSeries*>(series); line && line->count() > 0)
                    counts << line->count();
            return counts;
        };
        auto thumbnails = [](const LessonFigure& figure) {
            return figure.view("layers")->findChildren<QWidget*>(Qt::FindDirectChildrenOnly).size();
        };
        const Lesson& lesson = registry.get("svd-image");
        const QList<int> wholeSpectrum(result->svd->matrixCount(), values);

        std::unique_ptr<LessonFigure> exported(lesson.createFigure(nullptr));
        exported->setResult(page->result());
        exported->setFrame(9);
        QVERIFY(plotted(*exported, "spectrum").isEmpty()); // not yet: the steps are queued
        exported->freezeForExport(nullptr);
        QCOMPARE(plotted(*exported, "spectrum"), wholeSpectrum);
        QCOMPARE(plotted(*exported, "energy"), wholeSpectrum);
        QCOMPARE(thumbnails(*exported), layers);

        std::unique_ptr<LessonFigure> shown(lesson.createFigure(nullptr));
        shown->setResult(page->result());
        shown->setFrame(9);
        QTRY_COMPARE_WITH_TIMEOUT(thumbnails(*shown), layers, 5000 * test::timeFactor());
        QCOMPARE(plotted(*shown, "spectrum"), wholeSpectrum);
        QCOMPARE(plotted(*shown, "energy"), wholeSpectrum);
    }

    // On screen the preview of a new result and its first picture are made off the GUI thread: the
    // picture appears when they are ready, and it is the right one.
    void svdPreviewArrivesFromTheBackground()
    {
        LessonPage* page = window->showLesson("svd-image");
        QVERIFY(waitForResult(page));
        const auto* result = dynamic_cast<const SvdImageResult*>(page->result().get());
        QVERIFY(result);
        QCOMPARE(result->svd->width, 512); // the default picture: its preview is 512 × 512 at every size
        std::unique_ptr<LessonFigure> figure(registry.get("svd-image").createFigure(nullptr));
        figure->resize(1280, 720);
        figure->show();
        figure->setResult(page->result());
        figure->setFrame(9);
        const auto* approximation = qobject_cast<const ImageView*>(figure->view("approximation"));
        const auto* difference = qobject_cast<const ImageView*>(figure->view("difference"));
        QVERIFY(approximation && difference);
        QVERIFY(approximation->image().isNull()); // not drawn on the GUI thread
        QTRY_VERIFY_WITH_TIMEOUT(!approximation->image().isNull(), 5000 * test::timeFactor());
        QTRY_VERIFY_WITH_TIMEOUT(!difference->image().isNull(), 5000 * test::timeFactor()); // once the original at preview size is ready too
        core::SvdImagePreview expected(*result->svd, 512);
        QCOMPARE(approximation->image().convertToFormat(QImage::Format_RGB32),
                 toQImage(expected.at(result->ranksAt(9))).convertToFormat(QImage::Format_RGB32));
        figure->setFrame(29); // and the rank still moves on the GUI thread, at once
        core::SvdImagePreview rank30(*result->svd, 512);
        // 20 layers added to rank 10 against 30 from nothing: float round-off moves a level at most.
        const QImage shown = approximation->image().convertToFormat(QImage::Format_RGB32);
        const QImage fresh = toQImage(rank30.at(result->ranksAt(29))).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(shown.size(), fresh.size());
        int largest = 0;
        for (int y = 0; y < shown.height(); ++y)
            for (int x = 0; x < shown.width(); ++x) {
                const QRgb a = shown.pixel(x, y), b = fresh.pixel(x, y);
                largest = std::max({largest, std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                                    std::abs(qBlue(a) - qBlue(b))});
            }
        QCOMPARE_LE(largest, 1);
    }

    void svdOpensDroppedAndPastedPictures()
    {
        LessonPage* page = window->showLesson("svd-image");
        QVERIFY(waitForResult(page));
        QImage picture(90, 60, QImage::Format_RGB888);
        for (int y = 0; y < 60; ++y)
            for (int x = 0; x < 90; ++x)
                picture.setPixelColor(x, y, QColor(x * 2, y * 4, 128));
        const QString path = dir.filePath("card.png");
        QVERIFY(picture.save(path));
        const ResultPtr before = page->result();
        QVERIFY(page->openFile(path));
        QCOMPARE(page->params().text("image"), path);
        QVERIFY(QTest::qWaitFor([page, before] { return !page->runner().busy() && page->result() != before; }, 5000 * test::timeFactor()));
        QCOMPARE(page->result()->frameCount(), 60);
        QCOMPARE(page->player()->frame(), 49);

        const ResultPtr fromFile = page->result();
        QVERIFY(page->openPastedImage(picture.scaled(45, 30)));
        QVERIFY(page->params().text("image").contains("pasted"));
        QVERIFY(QTest::qWaitFor([page, fromFile] { return !page->runner().busy() && page->result() != fromFile; }, 5000 * test::timeFactor()));
        QCOMPARE(page->result()->frameCount(), 30);
        QCOMPARE(page->params().integer("rank"), 30); // clamped to what the picture has

        const QString saved = dir.filePath("compressed.png");
        page->savePicture("compressed", saved);
        QCOMPARE(QImage(saved).size(), QSize(45, 30));
        page->setParams(registry.get("svd-image").schema().defaults());
        QVERIFY(waitForResult(page));
    }

    void svdOffersToScaleDownBigPictures()
    {
        LessonPage* page = window->showLesson("svd-image");
        QVERIFY(waitForResult(page));
        // A 1.5 MP picture against a 1 MP limit: the same offer as 30 MP against the default 24 MP,
        // and light enough for a loaded CI machine.
        ParamValues limited = registry.get("svd-image").schema().defaults();
        limited.set("max_pixels", 1e6);
        page->setParams(limited);
        QVERIFY(waitForResult(page));
        QImage big(1500, 1000, QImage::Format_Grayscale8);
        big.fill(90);
        const QString path = dir.filePath("big.png");
        QVERIFY(big.save(path));
        QString offered;
        // Answers the dialog as soon as it is up (polling: on a loaded machine it may take a while).
        auto answer = [this, &offered](const QString& button) {
            auto* poll = new QTimer(this);
            poll->setInterval(50);
            connect(poll, &QTimer::timeout, poll, [poll, &offered, button] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                if (!box)
                    return;
                offered = box->text();
                for (QAbstractButton* b : box->buttons())
                    if (b->text().startsWith(button))
                        b->click();
                poll->deleteLater();
            });
            poll->start();
        };
        answer("Cancel");
        QVERIFY(!page->openFile(path) || page->params().text("image") != path);
        QVERIFY2(offered.contains("1500×1000 pixels (1.5 megapixels)"), qPrintable(offered));
        QCOMPARE(page->params().text("image"), QStringLiteral("astronaut"));

        answer("Scale down");
        QSignalSpy errors(page, &LessonPage::errorMessage);
        page->openFile(path);
        QCOMPARE(page->params().text("image"), path);
        QCOMPARE(page->params().real("max_pixels"), 1e6);
        QVERIFY(QTest::qWaitFor([page] { return !page->runner().busy(); }, 60000));
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().first().toString()));
        const auto* result = dynamic_cast<const SvdImageResult*>(page->result().get());
        QVERIFY(result);
        QVERIFY(double(result->svd->width) * result->svd->height <= 1e6);
        QVERIFY(result->source->notes.join(' ').contains("downscaled from 1500×1000 to 1224×816"));
        page->setParams(registry.get("svd-image").schema().defaults());
        QVERIFY(waitForResult(page));
    }

    void eigenimagesClickOnTheMapPicksThePicture()
    {
        LessonPage* page = window->showLesson("eigenimages");
        QVERIFY(waitForResult(page));
        auto* panel = qobject_cast<ChartPanel*>(page->figure()->view("scatter"));
        QVERIFY(panel);
        QScatterSeries* series = nullptr;
        for (QAbstractSeries* s : panel->chart()->series())
            if ((series = qobject_cast<QScatterSeries*>(s)) && series->count() > 0)
                break;
        QVERIFY(series);
        auto* view = panel->findChild<QChartView*>();
        QVERIFY(view);
        // The last point of the first class: not picture #0, which is selected already.
        const QPointF point = series->at(series->count() - 1);
        const QPoint at = view->mapFromScene(panel->chart()->mapToScene(panel->chart()->mapToPosition(point, series)));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QVERIFY(QTest::qWaitFor([page] { return page->params().integer("sample") != 0; }, 3000 * test::timeFactor()));
        QVERIFY(waitForResult(page));
        QCOMPARE(static_cast<const EigenimagesResult&>(*page->result()).sample, page->params().integer("sample"));
        keepScreenshot(window.get(), "window-eigenimages-picked");
        page->setParams(registry.get("eigenimages").schema().defaults());
        QVERIFY(waitForResult(page));
    }

    void badDataFileKeepsThePicture()
    {
        LessonPage* page = window->showLesson("linreg");
        QVERIFY(waitForResult(page));
        const ResultPtr before = page->result();
        QSignalSpy errors(page, &LessonPage::errorMessage);
        ParamValues values = page->params();
        values.set("data", dir.filePath("missing.csv"));
        page->setParams(values);
        QVERIFY(errors.wait(5000));
        QVERIFY(errors[0][0].toString().contains("does not exist"));
        keepScreenshot(window.get(), "window-bad-data");
        QCOMPARE(page->result(), before);
    }

    // The bad-input corpus in the window: every file the command line refuses (exit 3) gives the same
    // message in the status bar, and the picture before it stays.
    void badInputCorpusKeepsThePicture()
    {
        const QString bad = QStringLiteral(GRADUS_TEST_DATA_DIR "/bad/");
        QFile table(bad + "expected.tsv");
        QVERIFY(table.open(QIODevice::ReadOnly | QIODevice::Text));
        int tried = 0;
        while (!table.atEnd()) {
            const QStringList row = QString::fromUtf8(table.readLine()).trimmed().split('\t');
            if (row.size() != 5 || row[0].startsWith('#') || row[3] != "3" || !row[2].startsWith('@'))
                continue;
            const QString path = bad + row[2].mid(1);
            auto* status = window->findChild<QLabel*>("statusText");
            if (row[1] == "--session") {
                QVERIFY(!window->openSession(path, false));
                QVERIFY2(status->text().contains(row[4]), qPrintable(row[2] + ": " + status->text()));
                ++tried;
                continue;
            }
            LessonPage* page = window->showLesson(row[0]);
            QVERIFY(waitForResult(page));
            const ResultPtr before = page->result();
            QSignalSpy errors(page, &LessonPage::errorMessage);
            ParamValues values = page->params();
            values.set(row[1], path);
            if (row[0] == "mip")
                values.set("view", QStringLiteral("solve")); // the command line implies it with mps=
            page->setParams(values);
            QVERIFY2(errors.wait(20000 * test::timeFactor()), qPrintable(row[2]));
            QVERIFY2(errors[0][0].toString().contains(row[4]), qPrintable(row[2] + ": " + errors[0][0].toString()));
            QVERIFY2(status->text().contains(row[4]), qPrintable(row[2] + ": " + status->text()));
            QCOMPARE(page->result(), before);
            page->setParams(page->lesson().schema().defaults());
            QVERIFY(waitForResult(page));
            ++tried;
        }
        QVERIFY2(tried >= 15, qPrintable(QString::number(tried)));
    }

    void surfaceView3D()
    {
        if (QGuiApplication::platformName() == u"offscreen")
            QSKIP("Qt 3D needs OpenGL, which the offscreen platform lacks; the suite runs under Xvfb in CI");
        LessonPage* page = showWith("optimizers", "view", QStringLiteral("surface"));
        QVERIFY(page);
        ParamValues values = page->params();
        auto* surface = page->figure()->findChild<SurfaceView*>();
        QVERIFY(surface);
        QVERIFY(QTest::qWaitFor([surface] { return surface->isVisible(); }, 3000 * test::timeFactor()));
        // The captured frame is the right way up: it matches what the screen shows, not its mirror.
        // The screen and the capture are compared until they agree, because the first frames reach the
        // screen at an unknown time (much later under the sanitizers, and on a loaded machine).
        auto* container = surface->findChild<QWidget*>(QStringLiteral("scene3dContainer"));
        QVERIFY(container);
        auto difference = [](const QImage& a, const QImage& b) {
            double sum = 0;
            for (int y = 0; y < a.height(); y += 3)
                for (int x = 0; x < a.width(); x += 3)
                    sum += std::abs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y)));
            return sum;
        };
        QImage frame;
        double straight = 0, mirrored = 0;
        const bool upright = QTest::qWaitFor(
            [&] {
                frame = surface->snapshot();
                if (frame.isNull())
                    return false;
                const QPoint corner = container->mapToGlobal(QPoint(0, 0));
                const QImage screen = QGuiApplication::primaryScreen()
                                          ->grabWindow(0, corner.x(), corner.y(), container->width(), container->height())
                                          .toImage()
                                          .convertToFormat(QImage::Format_RGB32);
                const QImage captured = frame.scaled(screen.size()).convertToFormat(QImage::Format_RGB32);
                straight = difference(captured, screen);
                mirrored = difference(captured.mirrored(false, true), screen);
                return straight < 0.5 * mirrored;
            },
            15000 * test::timeFactor());
        QVERIFY2(!frame.isNull(), "no frame captured from the 3D view");
        QVERIFY2(distinctColours(frame) > 100, qPrintable(QString::number(distinctColours(frame))));
        QVERIFY2(upright, qPrintable(QStringLiteral("%1 vs mirrored %2").arg(straight).arg(mirrored)));
        keepScreenshot(window.get(), "window-optimizers-surface");
        // Rosenbrock's box is [−2, 2] × [−1, 3]; f reaches 2509 at (−2, −1), and the height shows
        // four decades of f − f* below that.
        const QStringList expectedLabels{"-2", "-1", "0", "1", "2", "-1", "0", "1", "2", "3",
                                         "1", "10", "100", "1000", "x", "y", "f − f*"};
        QCOMPARE(surface->axisLabels(), expectedLabels);
        // Grid lines darken many pixels of the surface.
        auto darkPixels = [](const QImage& image) {
            int count = 0;
            for (int y = 0; y < image.height(); y += 2)
                for (int x = 0; x < image.width(); x += 2)
                    count += qGray(image.pixel(x, y)) < 50;
            return count;
        };
        values.set("wireframe", true);
        page->setParams(values);
        QVERIFY(waitForResult(page));
        QTest::qWait(400);
        const QImage gridded = surface->snapshot();
        QVERIFY2(darkPixels(gridded) > darkPixels(frame) + 200,
                 qPrintable(QStringLiteral("%1 vs %2").arg(darkPixels(gridded)).arg(darkPixels(frame))));
        // The export shows the captured frame where the 3D view is.
        const QString png = dir.filePath("surface.png");
        page->exportFigure(png, QSize(1600, 900), "surface");
        const QImage exported(png);
        QCOMPARE(exported.size(), QSize(1600, 900));
        QVERIFY(distinctColours(exported) > 100);
        page->setParams(registry.get("optimizers").schema().defaults());
        QVERIFY(waitForResult(page));
    }

    void rotationsEndDifferentlyInSpaceOnly()
    {
        if (QGuiApplication::platformName() == u"offscreen")
            QSKIP("Qt 3D needs OpenGL, which the offscreen platform lacks; the suite runs under Xvfb in CI");
        LessonPage* page = window->showLesson("rotations");
        QVERIFY(waitForResult(page));
        const QList<SceneView*> scenes = page->figure()->findChildren<SceneView*>();
        QCOMPARE(scenes.size(), 2);
        QVERIFY(QTest::qWaitFor([&] { return scenes[0]->isVisible() && scenes[1]->isVisible(); }, 3000 * test::timeFactor()));
        auto differingPixels = [&] {
            QTest::qWait(400); // a few frames for the new orientation to be drawn
            const QImage a = scenes[0]->snapshot();
            if (a.isNull())
                return -1;
            const QImage b = scenes[1]->snapshot().scaled(a.size()); // the panes may differ by a pixel
            int count = 0;
            for (int y = 0; y < a.height(); y += 2)
                for (int x = 0; x < a.width(); x += 2)
                    count += std::abs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))) > 40;
            return count;
        };
        // It opens on the last frame: up-then-right and right-then-up leave the aircraft differently.
        QCOMPARE(page->player()->frame(), page->player()->frameCount() - 1);
        const int seed = differingPixels();
        keepScreenshot(window.get(), "window-rotations");
        // At the first frame nothing has turned yet: the two panes show the same picture.
        page->player()->setFrame(0);
        const int start = differingPixels();
        QVERIFY2(seed > 1000 && start >= 0 && start < seed / 6, qPrintable(QStringLiteral("%1 vs %2").arg(seed).arg(start)));
        // Two turns about the same axis commute: the panes end alike.
        ParamValues values = page->params();
        values.set("a_axis", QStringLiteral("z"));
        values.set("b_axis", QStringLiteral("z"));
        page->setParams(values);
        QVERIFY(waitForResult(page));
        page->player()->setFrame(page->player()->frameCount() - 1);
        const int sameAxis = differingPixels();
        QVERIFY2(sameAxis >= 0 && sameAxis < seed / 6, qPrintable(QStringLiteral("%1 vs %2").arg(sameAxis).arg(seed)));
        page->setParams(registry.get("rotations").schema().defaults());
        QVERIFY(waitForResult(page));
    }

    void infinityShowsAsASymbol()
    {
        LessonPage* page = window->showLesson("pnorms");
        QVERIFY(waitForResult(page));
        auto* editor = page->findChild<QWidget*>(QStringLiteral("param_p"));
        QVERIFY(editor);
        auto* spin = editor->findChild<QDoubleSpinBox*>();
        QVERIFY(spin);
        ParamValues values = page->params();
        registry.get("pnorms").schema().applyAssignment(values, "p=inf");
        page->setParams(values);
        QVERIFY(waitForResult(page));
        QVERIFY(QTest::qWaitFor([spin] { return spin->text() == QStringLiteral("∞"); }, 2000 * test::timeFactor()));
        QVERIFY(QTest::qWaitFor([page] { return page->player()->frame() == page->player()->frameCount() - 1; }, 2000 * test::timeFactor()));
        // Typing a round value shows exactly that ball (its own frame), not a neighbour's.
        spin->setValue(2.0);
        QVERIFY(QTest::qWaitFor([page] { return page->params().real("p") == 2.0; }, 2000 * test::timeFactor()));
        QCOMPARE(registry.get("pnorms").frameFromParams(page->params()), page->player()->frame());
        page->setParams(registry.get("pnorms").schema().defaults());
        QVERIFY(waitForResult(page));
    }

    // A theme chosen in the window reaches a 3D scene already on screen: its background turns dark.
    void themeSwitchReachesTheScene()
    {
        if (QGuiApplication::platformName() == u"offscreen")
            QSKIP("Qt 3D needs OpenGL, which the offscreen platform lacks; the suite runs under Xvfb in CI");
        LessonPage* page = showWith("pnorms", "view", QStringLiteral("space"));
        QVERIFY(page);
        auto* scene = page->figure()->findChild<SceneView*>();
        QVERIFY(scene && QTest::qWaitFor([scene] { return scene->isVisible(); }, 3000 * test::timeFactor()));
        QTest::qWait(400);
        auto corner = [scene] {
            const QImage frame = scene->snapshot();
            return frame.isNull() ? -1 : qGray(frame.pixel(3, 3));
        };
        QVERIFY2(corner() > 200, "the light theme's scene is white");
        window->findChild<QAction*>("theme-dark")->trigger();
        QTest::qWait(400);
        const int dark = corner();
        keepScreenshot(window.get(), "window-dark-scene");
        window->findChild<QAction*>("theme-light")->trigger();
        QTest::qWait(200);
        QVERIFY2(dark >= 0 && dark < 60, qPrintable(QString::number(dark)));
        QCOMPARE(QSettings().value("appearance/theme").toString(), QStringLiteral("light"));
        page->setParams(registry.get("pnorms").schema().defaults());
        QVERIFY(waitForResult(page));
    }

    void pnormsBallInSpace()
    {
        if (QGuiApplication::platformName() == u"offscreen")
            QSKIP("Qt 3D needs OpenGL, which the offscreen platform lacks; the suite runs under Xvfb in CI");
        LessonPage* page = showWith("pnorms", "view", QStringLiteral("both"));
        QVERIFY(page);
        ParamValues values = page->params();
        auto* scene = page->figure()->findChild<SceneView*>();
        QVERIFY(scene);
        QVERIFY(QTest::qWaitFor([scene] { return scene->isVisible(); }, 3000 * test::timeFactor()));
        QTest::qWait(500);
        // The quasinorm ball (p = 0.5) is drawn in orange: many pixels of the frame are orange-ish.
        auto orange = [](const QImage& image) {
            int count = 0;
            for (int y = 0; y < image.height(); y += 2)
                for (int x = 0; x < image.width(); x += 2) {
                    const QColor c = image.pixelColor(x, y);
                    count += c.red() > c.blue() + 40 && c.red() > c.green();
                }
            return count;
        };
        const QImage quasi = scene->snapshot();
        QVERIFY(!quasi.isNull());
        QVERIFY2(orange(quasi) > 500, qPrintable(QString::number(orange(quasi))));
        keepScreenshot(window.get(), "window-pnorms-space");
        // Moving p to 2 redraws the sphere in blue.
        values.set("p", 2.0);
        page->setParams(values);
        QTest::qWait(500);
        const QImage sphere = scene->snapshot();
        QVERIFY2(orange(sphere) < orange(quasi) / 10, qPrintable(QStringLiteral("%1 vs %2").arg(orange(sphere)).arg(orange(quasi))));
        page->setParams(registry.get("pnorms").schema().defaults());
        QVERIFY(waitForResult(page));
    }

    void slowComputationShowsProgressAndCancels()
    {
        LessonRegistry slowRegistry;
        slowRegistry.add(std::make_unique<SlowLesson>());
        MainWindow slowWindow(slowRegistry);
        slowWindow.show();
        auto* progress = slowWindow.findChild<QProgressBar*>("computeProgress");
        auto* cancel = slowWindow.findChild<QPushButton*>("cancelCompute");
        auto* status = slowWindow.findChild<QLabel*>("statusText");
        QVERIFY(progress && cancel && status);
        QVERIFY(!progress->isVisible()); // not for the first half second
        QVERIFY(QTest::qWaitFor([&] { return progress->isVisible() && cancel->isVisible(); }, 3000 * test::timeFactor()));
        QVERIFY(QTest::qWaitFor([&] { return progress->value() > 0; }, 3000 * test::timeFactor()));
        keepScreenshot(&slowWindow, "window-progress");
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !progress->isVisible(); }, 3000 * test::timeFactor()));
        QVERIFY(status->text().contains("cancelled"));
        QVERIFY(!slowWindow.currentPage()->runner().busy());
    }

    void landscapeSurfacesSideBySide()
    {
        LessonPage* page = window->showLesson("landscape");
        QVERIFY(waitForResult(page));
        const Lesson& lesson = registry.get("landscape");
        ParamValues values = lesson.schema().defaults();
        for (const char* assignment : {"view=surface", "epochs=3", "resolution=9"})
            lesson.schema().applyAssignment(values, assignment);
        const ResultPtr before = page->result();
        page->setParams(values);
        QVERIFY(QTest::qWaitFor([&] { return !page->runner().busy() && page->result() != before; }, 60000));
        QTest::qWait(300);
        const QList<SurfaceView*> surfaces = page->figure()->findChildren<SurfaceView*>();
        QCOMPARE(surfaces.size(), 2);
        for (SurfaceView* surface : surfaces)
            QVERIFY(surface->isVisible() && surface->width() > 300);
        // The maps give way to the surfaces; the export captures both scenes.
        for (FieldView* map : page->figure()->findChildren<FieldView*>())
            QVERIFY(!map->isVisible());
        const QString png = dir.filePath("landscape-3d.png");
        page->exportFigure(png, QSize(1280, 720), QString());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1280, 720));
        // Both surface panes hold the colour map (viridis greens and blues), not blank capture stand-ins.
        for (const QRect pane : {QRect(0, 0, 640, 400), QRect(640, 0, 640, 400)})
            QVERIFY2(distinctColours(image.copy(pane)) > 150, qPrintable(QString::number(distinctColours(image.copy(pane)))));
        keepScreenshot(window.get(), "window-landscape-3d");
    }

    void mipSolveIsLiveAndStops()
    {
        LessonPage* page = window->showLesson("mip");
        QVERIFY(waitForResult(page));
        const Lesson& lesson = registry.get("mip");
        ParamValues values = lesson.schema().defaults();
        // Market split with m = 5 (40 binaries) runs far longer than this test waits.
        for (const char* assignment : {"view=market-split", "largest_m=5", "knapsack_items=1000", "time_limit=300"})
            lesson.schema().applyAssignment(values, assignment);
        QSignalSpy snapshots(&page->runner(), &ComputeRunner::partialResult);
        const ResultPtr before = page->result();
        page->setParams(values);
        // The figure follows the solve while it runs; the page keeps its last final result.
        QVERIFY(QTest::qWaitFor([&] { return snapshots.count() >= 20; }, 30000));
        QVERIFY(page->runner().busy());
        QCOMPARE(page->result(), before);
        const auto latest = std::dynamic_pointer_cast<const MipSolveResult>(snapshots.last().at(0).value<ResultPtr>());
        QVERIFY(latest && !latest->complete);
        QCOMPARE(latest->runs.last().family, QString("market split"));
        keepScreenshot(window.get(), "window-mip-solving");
        // Stop ends CBC promptly and keeps what it found.
        auto* cancel = window->findChild<QPushButton*>("cancelCompute");
        QVERIFY(cancel && cancel->isVisible());
        QCOMPARE(cancel->text(), QString("Stop")); // a solver keeps what it found; other lessons cancel
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !page->runner().busy(); }, 5000 * test::timeFactor()));
        qInfo("stopped %lld ms after the click", clock.elapsed());
        const auto stopped = std::dynamic_pointer_cast<const MipSolveResult>(page->result());
        QVERIFY(stopped && stopped->stopped && stopped->complete);
        QCOMPARE(lesson.resultJson(*stopped, 0)["stopped"].toBool(), true);
        QCOMPARE(QString(core::mip::solveStatusName(stopped->runs.last().report.status)), QString("stopped"));
    }

    void cleanupTestCase() { window.reset(); }
};

QTEST_MAIN(TestGui)
#include "test_gui.moc"
