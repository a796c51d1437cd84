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
#include "views/figure_export.h"
#include "views/image_view.h"
#include "views/parameter_panel.h"
#include "views/plot_style.h"
#include "views/scene_view.h"
#include "views/search_tree_view.h"
#include "views/text_fit.h"

#include <QDir>
#include <QPainter>
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
        auto* tree = new SearchTreeView(&host);
        tree->setTitle(title);
        const QString node = QStringLiteral("LP 20.5\nx = (2.5, 1)");
        tree->setNodes({TreeNode{.parent = -1, .edgeLabel = {}, .text = node, .state = TreeNode::State::Branched},
                        TreeNode{.parent = 0, .edgeLabel = QStringLiteral("x ≤ 2"), .text = node},
                        TreeNode{.parent = 0, .edgeLabel = QStringLiteral("x ≥ 3"), .text = node, .state = TreeNode::State::Current}});
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        field->setGeometry(0, 0, 180, 160);
        chart->setGeometry(200, 0, 180, 160);
        tree->setGeometry(400, 0, 200, 160);
        QTest::qWait(50);
        QVERIFY(field->grab().width() > 0 && tree->grab().width() > 0); // painted at this size
        QVERIFY2(field->elidedTexts().contains(title), qPrintable(field->elidedTexts().join(" | ")));
        QVERIFY2(chart->elidedTexts().contains(title), qPrintable(chart->elidedTexts().join(" | ")));
        QVERIFY2(tree->elidedTexts().contains(title), qPrintable(tree->elidedTexts().join(" | ")));
        QVERIFY(elidedTextsUnder(&host).size() >= 3);
        field->setGeometry(0, 0, 1400, 600);
        chart->setGeometry(0, 600, 1400, 600);
        tree->setGeometry(0, 1200, 1400, 600);
        host.resize(1500, 1900);
        QTest::qWait(50);
        QVERIFY(field->grab().width() > 0 && tree->grab().width() > 0);
        QVERIFY2(field->elidedTexts().isEmpty(), qPrintable(field->elidedTexts().join(" | ")));
        QVERIFY2(chart->elidedTexts().isEmpty(), qPrintable(chart->elidedTexts().join(" | ")));
        QVERIFY2(tree->elidedTexts().isEmpty(), qPrintable(tree->elidedTexts().join(" | ")));
    }

    // On a HiDPI screen pictures are made at the screen's device pixels, not enlarged from logical ones: the
    // 3D scenes render at their window's device size, and a photo larger than its view is shown from a
    // preview with at least as many pixels as the view has device pixels.
    void picturesAtDeviceResolution()
    {
        const double ratio = QGuiApplication::primaryScreen()->devicePixelRatio();
        if (ratio <= 1)
            QSKIP("for a HiDPI screen (test_screens_3840x2160)");
        LessonRegistry registry;
        registerBuiltinLessons(registry);
        MainWindow window(registry);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        LessonPage* rotations = window.showLesson(QStringLiteral("rotations"));
        QVERIFY(waitForResult(rotations));
        int scenes = 0;
        for (SceneView* scene : rotations->figure()->findChildren<SceneView*>()) {
            if (!scene->isVisible())
                continue;
            const QWidget* container = nullptr;
            for (const QWidget* child : scene->findChildren<QWidget*>())
                if (child->inherits("QWindowContainer"))
                    container = child;
            QVERIFY(container);
            const QImage frame = scene->snapshotOnScreen();
            QVERIFY(!frame.isNull());
            QCOMPARE_GE(frame.width(), int(container->width() * ratio) - 2);
            QCOMPARE_GE(frame.height(), int(container->height() * ratio) - 2);
            ++scenes;
        }
        QCOMPARE_GE(scenes, 1);

        LessonPage* svd = window.showLesson(QStringLiteral("svd-image"));
        QVERIFY(waitForResult(svd));
        window.setPresenting(true); // the figure on the whole screen: the photo's view larger than 1024 device pixels
        QVERIFY(QTest::qWaitFor([&] { return window.geometry() == window.screen()->geometry(); }, 5000 * gradus::test::timeFactor()));
        QImage photo(2400, 1800, QImage::Format_RGB32);
        for (int y = 0; y < photo.height(); ++y)
            for (int x = 0; x < photo.width(); ++x)
                photo.setPixel(x, y, qRgb((x * 7) % 256, (y * 5) % 256, ((x + y) * 3) % 256));
        QVERIFY(svd->openPastedImage(photo));
        QVERIFY(waitForResult(svd));
        const ImageView* largest = nullptr;
        for (const ImageView* view : svd->figure()->findChildren<ImageView*>())
            if (view->isVisible() && (!largest || view->width() * view->height() > largest->width() * largest->height()))
                largest = view;
        QVERIFY(largest);
        const int deviceSide = int(std::max(largest->width(), largest->height()) * ratio);
        // The preview comes from a background job (the comparison below says what came, if not in time).
        (void)QTest::qWaitFor([&] { return std::max(largest->image().width(), largest->image().height()) >= deviceSide; }, 20000 * gradus::test::timeFactor());
        qInfo("svd-image: view %dx%d logical, picture %dx%d", largest->width(), largest->height(), largest->image().width(), largest->image().height());
        QCOMPARE_GE(std::max(largest->image().width(), largest->image().height()), deviceSide);
        window.setPresenting(false);
    }

    // An export is made at its own pixel ratio, not the screen's: a field view rendered for export on a 200 %
    // screen is, pixel for pixel, the same view painted straight into an image of ratio 1 (its heat map,
    // contours and paths were cached at the screen's ratio, and the contours came out half as wide).
    void exportsIgnoreTheScreensScale()
    {
        if (QGuiApplication::primaryScreen()->devicePixelRatio() <= 1)
            QSKIP("for a HiDPI screen (test_screens_3840x2160)");
        FieldView view;
        view.setField([](double x, double y) { return x * x + 3 * y * y; });
        view.setHomeBox(DataBox{-2, 2, -1.5, 1.5});
        view.setContourLevels({0.5, 1, 2, 4, 8});
        view.setPaths({FieldPath{.name = {}, .color = Qt::red, .points = {{-1.8, 1.2}, {-0.5, 0.4}, {0, 0}}}});
        const QSize size(400, 300);
        const QImage exported = renderWidgetImage(view, size);
        QImage painted(size, QImage::Format_ARGB32_Premultiplied);
        painted.fill(style::background());
        {
            QPainter painter(&painted);
            view.paintPlot(painter, QRectF(QPointF(0, 0), QSizeF(size)));
        }
        painted.convertTo(QImage::Format_RGB32);
        int differing = 0;
        for (int y = 0; y < size.height(); ++y)
            for (int x = 0; x < size.width(); ++x)
                differing += exported.pixel(x, y) != painted.pixel(x, y);
        QCOMPARE(differing, 0);
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
        // Each lesson as it opens, then its other pictures (those that need no solver run and no 3D).
        QList<std::tuple<QString, QString, QString>> states;
        for (const Lesson* lesson : registry.lessons())
            states.append({lesson->id(), QString(), QString()});
        states += {{"optimizers", "view", "surface"}, {"newton", "mode", "1d"},     {"mip", "view", "relaxation"},
                   {"landscape", "view", "lines"},    {"pnorms", "view", "both"}, {"regularization", "mode", "path"}};
        for (const auto& [id, name, value] : states) {
            LessonPage* page = window.showLesson(id);
            if (!name.isEmpty()) {
                ParamValues values = page->lesson().schema().defaults();
                values.set(name, value);
                page->setParams(values);
            }
            QVERIFY(waitForResult(page));
            QTest::qWait(100); // charts fit their text after the result's last change
            const QString state = name.isEmpty() ? id : QStringLiteral("%1 (%2=%3)").arg(id, name, value);
            // Painted now, so that every view has reported what this picture cut short.
            const QPixmap shot = window.grab();
            for (const QString& problem : outsidePanel(*page->parameterPanel()))
                problems << state + ": panel: " + problem;
            if (window.frameGeometry().width() > available.width() || window.frameGeometry().height() > available.height())
                problems << QStringLiteral("%1: the window grew to %2×%3 (figure at least %4 wide, side panel %5)").arg(state).arg(window.width()).arg(window.height()).arg(page->figure()->minimumSizeHint().width()).arg(page->parameterPanel()->minimumSizeHint().width());
            if (textMustFit)
                for (const QWidget* view : page->figure()->findChildren<QWidget*>()) {
                    const auto* report = dynamic_cast<const ReportsElidedText*>(view);
                    if (!report || !view->isVisible())
                        continue;
                    for (const QString& text : report->elidedTexts())
                        problems << state + ": figure cuts short: " + text;
                }
            shot.save(shots + "/" + (name.isEmpty() ? id : id + "-" + value) + ".png");
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("on %1×%2 in %3:\n").arg(screen_.width()).arg(screen_.height()).arg(language_) + problems.join("\n")));
        window.setPresenting(true);
        QVERIFY2(QTest::qWaitFor([&] { return window.geometry() == window.screen()->geometry(); }, 5000 * gradus::test::timeFactor()),
                 qPrintable(QStringLiteral("presenting in %1,%2 %3×%4 (at least %5×%6)").arg(window.x()).arg(window.y()).arg(window.width()).arg(window.height())
                                .arg(window.minimumSizeHint().width()).arg(window.minimumSizeHint().height())));
        window.setPresenting(false);
    }
};

QTEST_MAIN(TestScreens)
#include "test_screens.moc"
