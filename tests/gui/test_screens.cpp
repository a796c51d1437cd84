// Every lesson on the screens lecturers have (ctest runs this under a virtual screen of each size:
// 1024 × 768, 1366 × 768, 1920 × 1080, and 3840 × 2160 at QT_SCALE_FACTOR=2; the Russian interface,
// GRADUS_TEST_LANGUAGE=ru, on the first two):
// - the first start fills a projector-sized screen and leaves a large one's desktop around the window;
// - no widget of the parameter panel lies outside its visible area horizontally (it reflows, never
//   needing a horizontal scroll bar);
// - from 1366 × 768 up, no figure cuts short any text it paints (views report what they elide);
// - presentation mode covers the whole screen.
// Screenshots of every lesson are kept in the build folder (screens-WxH/) to look at.
#include "app/lesson_page.h"
#include "app/main_window.h"
#include "framework/language.h"
#include "framework/lesson_registry.h"
#include "lessons/register_lessons.h"
#include "support/private_settings.h"
#include "support/wait_for_result.h"
#include "views/chart_panel.h"
#include "views/field_view.h"
#include "views/parameter_panel.h"
#include "views/text_fit.h"

#include <QDir>
#include <QScreen>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QtTest>

using namespace gradus;
using gradus::test::waitForResult;

namespace {

// Widgets of the panel that stick out of its scroll area's visible width.
QStringList outsidePanel(const ParameterPanel& panel)
{
    QStringList outside;
    const auto* scroll = panel.findChild<QScrollArea*>();
    const QWidget* viewport = scroll ? scroll->viewport() : &panel;
    for (const QWidget* widget : panel.findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget == viewport || !viewport->isAncestorOf(widget) || widget->width() <= 0)
            continue;
        const QPoint left = widget->mapTo(viewport, QPoint(0, 0));
        if (left.x() < 0 || left.x() + widget->width() > viewport->width() + 1)
            outside << QStringLiteral("%1 '%2' spans x %3…%4 of %5").arg(widget->metaObject()->className(), widget->objectName())
                           .arg(left.x()).arg(left.x() + widget->width()).arg(viewport->width());
    }
    return outside;
}

} // namespace

class TestScreens : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QSize screen_;
    QString language_ = QStringLiteral("en");

private slots:
    void initTestCase()
    {
        gradus::test::usePrivateSettings(dir, "GradusScreensTest");
        QVERIFY(QGuiApplication::primaryScreen());
        screen_ = QGuiApplication::primaryScreen()->size();
        const QString language = qEnvironmentVariable("GRADUS_TEST_LANGUAGE");
        if (!language.isEmpty() && language != u"en") {
            QVERIFY2(installLanguage(language), qPrintable(language));
            language_ = language;
        }
        qInfo("screen %dx%d logical pixels, device pixel ratio %.2f", screen_.width(), screen_.height(),
              QGuiApplication::primaryScreen()->devicePixelRatio());
    }

    // The check sees a widget that sticks out.
    void theCheckSeesAWidgetOutside()
    {
        ParamSchema schema;
        schema.add(ParamSpec::text("name", "A name", "x"));
        ParameterPanel panel(schema);
        panel.resize(300, 200);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(outsidePanel(panel).isEmpty());
        panel.editor("name")->setMinimumWidth(600);
        panel.resize(300, 200);
        QTest::qWait(20);
        QVERIFY(!outsidePanel(panel).isEmpty());
    }

    // The views report what they cut short, and only that: a long title, legend entry or axis title in a
    // small view is reported; the same view made large reports nothing.
    void theViewsReportWhatTheyCutShort()
    {
        const QString title = QStringLiteral("Gradient descent, step 60: loss 1.2345e-05, stable below 2/λ_max = 0.2451");
        QWidget host;
        auto* field = new FieldView(&host);
        field->setTitle(title);
        auto* chart = new ChartPanel(&host);
        chart->setSeries({ChartSeries{title, Qt::red, {{0, 1}, {1, 2}}}});
        chart->setAxisTitles(title, QStringLiteral("f"));
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        field->setGeometry(0, 0, 180, 160);
        chart->setGeometry(200, 0, 180, 160);
        QTest::qWait(50);
        QVERIFY(field->grab().width() > 0); // painted at this size
        QVERIFY2(field->elidedTexts().contains(title), qPrintable(field->elidedTexts().join(" | ")));
        QVERIFY2(chart->elidedTexts().contains(title), qPrintable(chart->elidedTexts().join(" | ")));
        QVERIFY(elidedTextsUnder(&host).size() >= 2);
        field->setGeometry(0, 0, 1400, 600);
        chart->setGeometry(0, 600, 1400, 600);
        host.resize(1500, 1300);
        QTest::qWait(50);
        QVERIFY(field->grab().width() > 0);
        QVERIFY2(field->elidedTexts().isEmpty(), qPrintable(field->elidedTexts().join(" | ")));
        QVERIFY2(chart->elidedTexts().isEmpty(), qPrintable(chart->elidedTexts().join(" | ")));
    }

    void everyLessonFits()
    {
        LessonRegistry registry;
        registerBuiltinLessons(registry);
        MainWindow window(registry);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        if (available.width() <= 1440) {
            QVERIFY(window.isMaximized());
            QCOMPARE(window.frameGeometry().width(), available.width());
        } else {
            QVERIFY(!window.isMaximized());
            QVERIFY(window.width() >= available.width() * 0.8 && window.frameGeometry().width() <= available.width());
        }
        const QString shots = QCoreApplication::applicationDirPath() +
                              QStringLiteral("/screens-%1x%2-%3").arg(screen_.width() * window.devicePixelRatio()).arg(screen_.height() * window.devicePixelRatio()).arg(language_);
        QDir().mkpath(shots);
        const bool textMustFit = screen_.width() >= 1366;
        QStringList problems;
        for (const Lesson* lesson : registry.lessons()) {
            LessonPage* page = window.showLesson(lesson->id());
            QVERIFY(waitForResult(page));
            QTest::qWait(100); // charts fit their text after the result's last change
            // Painted now, so that every view has reported what this picture cut short.
            const QPixmap shot = window.grab();
            for (const QString& problem : outsidePanel(*page->parameterPanel()))
                problems << lesson->id() + ": panel: " + problem;
            if (window.frameGeometry().width() > available.width() || window.frameGeometry().height() > available.height())
                problems << QStringLiteral("%1: the window grew to %2×%3 (figure at least %4 wide, side panel %5)").arg(lesson->id()).arg(window.width()).arg(window.height()).arg(page->figure()->minimumSizeHint().width()).arg(page->parameterPanel()->minimumSizeHint().width());
            if (textMustFit)
                for (const QWidget* view : page->figure()->findChildren<QWidget*>()) {
                    const auto* report = dynamic_cast<const ReportsElidedText*>(view);
                    if (!report || !view->isVisible())
                        continue;
                    for (const QString& text : report->elidedTexts())
                        problems << lesson->id() + ": figure cuts short: " + text;
                }
            shot.save(shots + "/" + lesson->id() + ".png");
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("on %1×%2 in %3:\n").arg(screen_.width()).arg(screen_.height()).arg(language_) + problems.join("\n")));
        window.setPresenting(true);
        QVERIFY2(QTest::qWaitFor([&] { return window.geometry() == window.screen()->geometry(); }, 5000),
                 qPrintable(QStringLiteral("presenting in %1,%2 %3×%4 (at least %5×%6)").arg(window.x()).arg(window.y()).arg(window.width()).arg(window.height())
                                .arg(window.minimumSizeHint().width()).arg(window.minimumSizeHint().height())));
        window.setPresenting(false);
    }
};

QTEST_MAIN(TestScreens)
#include "test_screens.moc"
