// The reusable views on their own: what they draw, the ranges they choose, the signals they send.
#include "core/plot/colormap.h"
#include "framework/parameter.h"
#include "views/chart_panel.h"
#include "views/field_view.h"
#include "views/parameter_panel.h"
#include "views/player.h"
#include "views/figure_export.h"
#include "views/plot_style.h"
#include "views/polyline_clip.h"
#include "views/scene_view.h"
#include "views/wrapping_check_box.h"
#include "framework/lesson_registry.h"
#include "lessons/register_lessons.h"
#include "support/headless.h"
#include "support/time_factor.h"

#include <QChart>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QScreen>
#include <QSlider>
#include <QSpinBox>
#include <QValueAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QtTest>

using namespace gradus;

namespace {

QImage paint(FieldView& view, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    view.paintPlot(painter, QRectF(QPointF(0, 0), size));
    return image;
}

int colourDistance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

int differingPixels(const QImage& a, const QImage& b)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            count += colourDistance(a.pixelColor(x, y), b.pixelColor(x, y)) > 90;
    return count;
}

class PaintCounter : public QObject {
public:
    int paints = 0;
    bool eventFilter(QObject*, QEvent* event) override
    {
        paints += event->type() == QEvent::Paint;
        return false;
    }
};

} // namespace

class TestViews : public QObject {
    Q_OBJECT
private slots:
    // Where no OpenGL context can be made (here the offscreen platform: test_views_without_opengl),
    // a 3D view builds its scene but does not draw it, and says why, instead of crashing in Qt 3D's
    // renderer as its window is shown (it did, in landscape's surfaces). Under Xvfb, where OpenGL
    // works, the 3D views are tested by test_gui and test_screens.
    void aSceneWithoutOpenGLSaysWhy()
    {
        if (QGuiApplication::platformName() != u"offscreen")
            QSKIP("for a display without OpenGL (test_views_without_opengl)");
        SceneView view;
        view.setTitle(QStringLiteral("a surface"));
        view.resize(520, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QWidget* container = view.findChild<QWidget*>(QStringLiteral("scene3dContainer"));
        QVERIFY(container && !container->isVisible());
        QVERIFY(view.camera() && view.root());
        QVERIFY(view.snapshot().isNull());
        QVERIFY(view.snapshotOnScreen().isNull());
        // The stage carries the message: text-coloured pixels below the title, on the background.
        const QImage shot = view.grab().toImage();
        const int titleBottom = view.findChild<QLabel*>(QStringLiteral("sceneTitle"))->geometry().bottom();
        int textPixels = 0;
        for (int y = titleBottom + 1; y < shot.height(); ++y)
            for (int x = 0; x < shot.width(); ++x)
                textPixels += qGray(shot.pixel(x, y)) < 128;
        QVERIFY2(textPixels > 300, qPrintable(QString::number(textPixels)));
    }

    void fieldHeatMapFollowsTheColourMap()
    {
        FieldView view;
        view.setField([](double x, double) { return x; }); // rises from left to right
        view.setHomeBox({0, 1, 0, 1});
        const QImage image = paint(view, QSize(800, 600));
        // Sample just inside the plot area, half-way up: dark purple on the left, yellow on the right.
        const int y = 300;
        int left = 0;
        while (left < 400 && colourDistance(image.pixelColor(left, y), Qt::white) < 30)
            ++left;
        int right = 799;
        while (right > 400 && colourDistance(image.pixelColor(right, y), Qt::white) < 30)
            --right;
        const auto low = core::colorAt(core::ColorMapKind::Viridis, 0.0);
        const auto high = core::colorAt(core::ColorMapKind::Viridis, 1.0);
        QCOMPARE_LE(colourDistance(image.pixelColor(left + 4, y), QColor(low[0], low[1], low[2])), 40);
        QCOMPARE_LE(colourDistance(image.pixelColor(right - 4, y), QColor(high[0], high[1], high[2])), 40);
    }

    void pathsAndPointsAreDrawnWhereTheyBelong()
    {
        FieldView view;
        view.setHomeBox({-1, 1, -1, 1});
        const QColor red(220, 0, 0);
        view.setPaths({{"p", red, {QPointF(-0.5, -0.5), QPointF(0.5, 0.5)}, -1}});
        const QImage image = paint(view, QSize(600, 600));
        // The current-point marker sits at (0.5, 0.5): find a red pixel in the upper-right quadrant
        // and none in the lower-right one (the path runs from lower left to upper right).
        auto redPixels = [&](QRect area) {
            int count = 0;
            for (int y = area.top(); y <= area.bottom(); ++y)
                for (int x = area.left(); x <= area.right(); ++x)
                    if (colourDistance(image.pixelColor(x, y), red) < 60)
                        ++count;
            return count;
        };
        QVERIFY(redPixels(QRect(300, 0, 300, 300)) > 50);
        QCOMPARE(redPixels(QRect(330, 330, 270, 200)), 0);
    }

    void linesAreCutAtTheEdge()
    {
        const QRectF box(0, 0, 10, 10);
        const auto across = clipSegment(QLineF(-10, 5, 20, 5), box);
        QVERIFY(across && *across == QLineF(0, 5, 10, 5));
        QVERIFY(!clipSegment(QLineF(-10, -1, 20, -1), box)); // passes above
        QVERIFY(!clipSegment(QLineF(2, 2, qQNaN(), 3), box));
        // Towards a diverged point at 10¹²: cut at the edge, the direction kept (clamping bent it).
        const auto away = clipSegment(QLineF(5, 5, 1e12, 1e12 + 5), box);
        QVERIFY(away);
        QCOMPARE(away->p1(), QPointF(5, 5));
        QVERIFY(std::abs(away->p2().x() - 10) < 1e-9 && std::abs(away->p2().y() - 10) < 1e-6);
        // A non-finite point splits a line in two; a line that leaves and comes back is two runs.
        const QPolygonF broken{{1, 1}, {2, 2}, {qInf(), 3}, {4, 4}, {5, 5}};
        QCOMPARE(clipPolyline(broken, box), (QVector<QPolygonF>{QPolygonF{{1, 1}, {2, 2}}, QPolygonF{{4, 4}, {5, 5}}}));
        const QPolygonF excursion{{1, 5}, {5, 5}, {5, 50}, {8, 5}};
        const QVector<QPolygonF> runs = clipPolyline(excursion, box);
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0], (QPolygonF{{1, 5}, {5, 5}, {5, 10}}));
        QCOMPARE(runs[1].last(), QPointF(8, 5));
        QCOMPARE(clipPolyline(QPolygonF{{1, 1}, {2, 2}}, box).size(), 1); // inside: untouched
        QCOMPARE(clipOutline(QPolygonF{{-5, 5}, {5, -5}, {15, 5}, {5, 15}}, box).size(), 4); // a diamond round the box
    }

    // A diverged run leaves points at 10¹²: the picture must still draw (it took Qt's raster engine
    // minutes when the pen met those coordinates) and show the part of the path that is in view.
    void divergingPathDrawsQuickly()
    {
        FieldView view;
        view.setHomeBox({-1, 1, -1, 1});
        const QColor red(220, 0, 0);
        QVector<QPointF> path{{0, 0}};
        for (int k = 1; k < 2000; ++k)
            path.append(QPointF((k % 2 ? 1 : -1) * std::pow(1.02, k), (k % 3 ? 1 : -1) * std::pow(1.015, k)));
        view.setPaths({{"diverged", red, path, -1}});
        view.setOverlay({FieldShape{FieldShape::Kind::Polyline, {QPointF(0, 0), QPointF(1e12, 3e11)}, red, QString(), 2, true}});
        const QImage image = paint(view, QSize(600, 600));
        int reds = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                reds += colourDistance(image.pixelColor(x, y), red) < 80;
        QVERIFY2(reds > 100, qPrintable(QString::number(reds)));
    }

    void playingMatchesAFreshDrawing()
    {
        // A spiral of 300 steps; the view that "played" it frame by frame must look like one that
        // draws the last frame at once, and stepping back must forget what came after.
        QVector<QPointF> spiral;
        for (int k = 0; k < 300; ++k)
            spiral.append(QPointF(0.9 * std::exp(-k / 150.0) * std::cos(k / 9.0), 0.9 * std::exp(-k / 150.0) * std::sin(k / 9.0)));
        auto frameOf = [&](FieldView& view, int current) {
            view.setPaths({{"spiral", QColor(213, 94, 0), spiral, current}});
            return paint(view, QSize(500, 500));
        };
        FieldView played, fresh;
        for (FieldView* v : {&played, &fresh}) {
            v->setField([](double x, double y) { return x * x + y * y; });
            v->setHomeBox({-1, 1, -1, 1});
        }
        QImage last;
        for (int k = 0; k < 300; k += 7)
            last = frameOf(played, k);
        last = frameOf(played, 299);
        const QImage reference = frameOf(fresh, 299);
        QCOMPARE_LE(differingPixels(last, reference), 250); // joins between pieces differ by a pixel or two
        const QImage back = frameOf(played, 120);
        QCOMPARE(differingPixels(back, frameOf(fresh, 120)), 0);
        QVERIFY(differingPixels(back, reference) > 1000); // and it really is a different picture
    }

    // Five runs of 2,000 noisy steps arrive at once: the screen gets them over a few paints (no stall),
    // ends up with every step, and stops repainting once it has them.
    void longPathsReachTheScreenOverAFewPaints()
    {
        QVector<FieldPath> paths;
        for (int run = 0; run < 5; ++run) {
            FieldPath path{QStringLiteral("run %1").arg(run), style::categoricalColor(run), {}, -1};
            for (int k = 0; k < 2000; ++k) {
                const double r = 0.8 * std::exp(-k / 400.0) + 0.05 * std::sin(k * 12.9898 + run);
                path.points.append(QPointF(r * std::cos(k / 7.0 + run), r * std::sin(k / 5.0 + 2 * run)));
            }
            paths.append(path);
        }
        FieldView view;
        view.setField([](double x, double y) { return x * x + y * y; });
        view.setHomeBox({-1, 1, -1, 1});
        view.resize(600, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(50);
        PaintCounter counter;
        view.installEventFilter(&counter);
        view.setPaths(paths);
        QTRY_VERIFY_WITH_TIMEOUT(counter.paints >= 4, 5000 * gradus::test::timeFactor()); // 10,000 settled steps, 2,500 a paint
        QTest::qWait(300);
        const int settledPaints = counter.paints;
        QTest::qWait(300);
        QCOMPARE(counter.paints, settledPaints); // no endless repainting
        const QImage onScreen = view.screen()->grabWindow(view.winId()).toImage().convertToFormat(QImage::Format_RGB32);
        const QImage whole = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(onScreen.size(), whole.size());
        QCOMPARE(differingPixels(onScreen, whole), 0);
        view.removeEventFilter(&counter);
    }

    void overlayArrowsPointWhereTheyShould()
    {
        FieldView view;
        view.setHomeBox({-1, 1, -1, 1});
        const QColor green(0, 170, 0);
        view.setOverlay({{FieldShape::Kind::Arrow, {QPointF(0.2, 0), QPointF(0.9, 0)}, green, "to the right", 4.0, false}});
        const QImage image = paint(view, QSize(600, 600));
        int right = 0, left = 0;
        for (int y = 0; y < 600; ++y)
            for (int x = 0; x < 600; ++x)
                if (colourDistance(image.pixelColor(x, y), green) < 40)
                    (x > 330 ? right : left) += 1; // the plot's centre (x = 0) is near pixel 320
        QVERIFY(right > 100); // the arrow and its legend swatch are on the right half
        QCOMPARE(left, 0);
    }

    void aspectLockKeepsUnitsSquare()
    {
        FieldView view;
        view.setAspectLocked(true);
        view.setHomeBox({0, 1, 0, 1});
        view.resize(900, 400);
        QSignalSpy picked(&view, &FieldView::pointPicked);
        view.setPickEnabled(true);
        // Two clicks 100 px apart horizontally and vertically are equally far apart in data units.
        const QPoint a = view.rect().center();
        QTest::mouseClick(&view, Qt::LeftButton, {}, a);
        QTest::mouseClick(&view, Qt::LeftButton, {}, a + QPoint(100, -100));
        QCOMPARE(picked.size(), 2);
        const QPointF p = picked[0][0].toPointF(), q = picked[1][0].toPointF();
        QVERIFY(q.x() - p.x() > 0.1);
        QCOMPARE_LE(std::abs((q.x() - p.x()) - (q.y() - p.y())), 1e-9);
        // The centre of the view lies inside the home box.
        QVERIFY(p.y() > 0 && p.y() < 1);
        // Zooming with the wheel about the centre shrinks the box; double-click restores it.
        QWheelEvent wheel(QPointF(view.rect().center()), view.mapToGlobal(QPointF(view.rect().center())), QPoint(),
                          QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&view, &wheel);
        QVERIFY(view.viewBox().height() < 0.9);
        QTest::mouseDClick(&view, Qt::LeftButton, {}, view.rect().center());
        QCOMPARE(view.viewBox(), (DataBox{0, 1, 0, 1}));
    }

    void chartLogAxisDropsWhatItCannotShow()
    {
        ChartPanel panel;
        panel.setLogY(true);
        panel.setSeries({{"s", Qt::blue, {{0, 100}, {1, 1}, {2, 0}, {3, -1}, {4, qQNaN()}, {5, 0.01}}}});
        QList<QLineSeries*> lines;
        for (QAbstractSeries* series : panel.chart()->series())
            if (auto* line = qobject_cast<QLineSeries*>(series); line && line->name() == "s")
                lines << line;
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0]->count(), 3);
        auto* y = qobject_cast<QLogValueAxis*>(panel.chart()->axes(Qt::Vertical).first());
        QVERIFY(y);
        QCOMPARE_LE(std::abs(y->min() - 0.01), 1e-9);
        QCOMPARE_LE(std::abs(y->max() - 100), 1e-6);
        auto* x = qobject_cast<QValueAxis*>(panel.chart()->axes(Qt::Horizontal).first());
        QCOMPARE(x->min(), 0.0);
        QCOMPARE(x->max(), 5.0);

        panel.setLogX(true);
        panel.setSeries({{"s", Qt::blue, {{0, 1}, {3, 2}, {300, 3}}}});
        auto* logX = qobject_cast<QLogValueAxis*>(panel.chart()->axes(Qt::Horizontal).first());
        QVERIFY(logX);
        QCOMPARE_LE(std::abs(logX->min() - 1), 1e-6);
        QCOMPARE_LE(std::abs(logX->max() - 1000), 1e-3);
    }

    // A shown chart whose log range widens enough to change the label spacing (a spectrum falling to
    // float round-off after a photo's): Qt Charts must not hang laying out the labels.
    void chartLogRangeCanWidenWhileShown()
    {
        ChartPanel panel;
        panel.setLogY(true);
        panel.resize(450, 250);
        panel.show();
        QVector<ChartSeries> photo{{"R", Qt::red, {}}};
        for (int i = 1; i <= 512; ++i)
            photo[0].points.append(QPointF(i, 300 * std::pow(0.97, i) + 1e-4));
        panel.setSeries(photo);
        QCoreApplication::processEvents();
        QVector<ChartSeries> card{{"R", Qt::red, {{1, 29.7}}}};
        for (int i = 2; i <= 60; ++i)
            card[0].points.append(QPointF(i, i == 60 ? 3.4e-7 : 1.75e-6));
        QElapsedTimer clock;
        clock.start();
        panel.setSeries(card);
        QCoreApplication::processEvents();
        QCOMPARE_LT(clock.elapsed(), 5000 * gradus::test::timeFactor()); // not a speed goal: the old tick code hung here
        auto* y = qobject_cast<QLogValueAxis*>(panel.chart()->axes(Qt::Vertical).first());
        QCOMPARE_LE(y->min(), 3.4e-7);
        QCOMPARE_GE(y->max(), 29.7);

        // Values equal up to float noise (the energy a rank-1 picture keeps): a sane, narrow range.
        ChartPanel flat;
        flat.resize(450, 250);
        flat.show();
        flat.setSeries({{"kept", Qt::blue, {{1, 100 - 1e-11}, {2, 100}, {3, 100 + 1e-12}}}});
        QCoreApplication::processEvents();
        auto* linear = qobject_cast<QValueAxis*>(flat.chart()->axes(Qt::Vertical).first());
        QCOMPARE_LE(linear->min(), 95.0);
        QCOMPARE_GE(linear->max(), 105.0);
        QCOMPARE_LE(linear->max() - linear->min(), 20.0);
    }

    void chartScatterAxesAreRounded()
    {
        ChartPanel panel;
        ChartSeries points{"data", Qt::blue, {{0.13, 2.2}, {2.91, 7.4}}, false, true};
        ChartSeries wild{"line", Qt::red, {{0, -1000}, {3, 1000}}};
        wild.fitRange = false;
        panel.setSeries({points, wild});
        // Lessons fill ChartSeries by position: {name, colour, points, dashed, scatter} is a scatter.
        const QList<QAbstractSeries*> drawn = panel.chart()->series(); // the frame marker comes first
        QCOMPARE(drawn.size(), 3);
        QVERIFY(qobject_cast<QScatterSeries*>(drawn[1]));
        QCOMPARE(qobject_cast<QLineSeries*>(drawn[2])->pen().style(), Qt::SolidLine);
        auto* y = qobject_cast<QValueAxis*>(panel.chart()->axes(Qt::Vertical).first());
        // The wild line is ignored; the y range is the data's, padded and rounded to round numbers.
        QCOMPARE(y->min(), 1.0);
        QCOMPARE(y->max(), 8.0);
        QCOMPARE(y->tickType(), QValueAxis::TicksDynamic);
    }

    void playerSteppingAndPlaying()
    {
        Player player;
        QSignalSpy frames(&player, &Player::frameChanged);
        player.setFrameCount(11);
        QCOMPARE(player.frame(), 10); // a new run opens on its final state
        QCOMPARE(player.framesPerSecond(), 1.0); // 11 frames: the slowest speed, about eight seconds
        player.setFrameCount(801);
        QCOMPARE(player.framesPerSecond(), 100.0); // 801 frames in about eight seconds
        player.setFrameCount(11);
        player.first();
        QCOMPARE(player.frame(), 0);
        player.stepBack();
        QCOMPARE(player.frame(), 0); // clamped
        player.stepForward();
        player.stepForward();
        QCOMPARE(player.frame(), 2);
        player.setFrameCount(5);
        QCOMPARE(player.frame(), 2); // kept when it still exists
        player.play();
        QVERIFY(player.playing());
        QVERIFY(QTest::qWaitFor([&] { return !player.playing(); }, 5000)); // stops at the end
        QCOMPARE(player.frame(), 4);
        QVERIFY(frames.size() >= 5);
    }

    void parameterPanelEditsAreTypedAndValidated()
    {
        ParamSchema schema;
        schema.add(ParamSpec::real("lr", "Learning rate", 0.1, 1e-4, 10).logScale());
        schema.add(ParamSpec::integer("iters", "Iterations", 100, 1, 10000));
        schema.add(ParamSpec::boolean("flag", "Flag", false));
        ParameterPanel panel(schema);
        QSignalSpy edited(&panel, &ParameterPanel::valueEdited);

        ParamValues values = schema.defaults();
        values.set("lr", 0.5);
        panel.setValues(values);
        QCOMPARE(edited.size(), 0); // showing values is not editing them
        auto* lrSpin = panel.editor("lr")->findChild<QDoubleSpinBox*>();
        auto* lrSlider = panel.editor("lr")->findChild<QSlider*>();
        QCOMPARE(lrSpin->value(), 0.5);

        lrSlider->setValue(lrSlider->maximum()); // the log slider's end is the range's end
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited[0][0].toString(), QString("lr"));
        QCOMPARE(edited[0][1].toDouble(), 10.0);
        lrSlider->setValue(lrSlider->minimum());
        QCOMPARE_LE(std::abs(edited.last()[1].toDouble() - 1e-4), 1e-9);

        panel.editor("iters")->findChild<QSpinBox*>()->setValue(250);
        QCOMPARE(edited.last()[1].typeId(), QMetaType::Int);
        QCOMPARE(edited.last()[1].toInt(), 250);
        qobject_cast<QCheckBox*>(panel.editor("flag"))->setChecked(true);
        QCOMPARE(edited.last()[1].toBool(), true);
        QVERIFY(panel.editor("lr")->toolTip().contains("-s lr=0.1"));
    }

    // A check box's long label takes more lines in a narrow panel instead of widening it; a click on
    // the second line still toggles it.
    void aCheckBoxLabelWraps()
    {
        const QString label = QStringLiteral("Подобрать шаг каждому методу (честная гонка)");
        WrappingCheckBox box(label);
        const int oneLine = box.sizeHint().height();
        QCOMPARE_GE(box.sizeHint().width(), box.fontMetrics().horizontalAdvance(label));
        QCOMPARE_LT(box.minimumSizeHint().width(), box.fontMetrics().horizontalAdvance(label) / 2);
        QCOMPARE_GE(box.minimumSizeHint().width(), box.fontMetrics().horizontalAdvance(QStringLiteral("(честная")));
        QCOMPARE(box.heightForWidth(box.sizeHint().width()), oneLine);
        const int narrow = box.minimumSizeHint().width();
        QCOMPARE_GE(box.heightForWidth(narrow), oneLine + 2 * box.fontMetrics().lineSpacing() - 2);
        box.resize(narrow, box.heightForWidth(narrow));
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        QTest::mouseClick(&box, Qt::LeftButton, {}, QPoint(narrow / 2, box.height() - 4));
        QVERIFY(box.isChecked());
    }

    void parameterPanelChoiceSetsAndRelevance()
    {
        ParamSchema schema;
        schema.add(ParamSpec::choiceSet("methods", "Methods", {"gd"}, {{"gd", "GD"}, {"adam", "Adam"}}));
        schema.add(ParamSpec::real("adam.lr", "Adam's rate", 0, 0, 1).withSpecialValue("shared")
                       .relevantWhen("methods", {"adam"}).inGroup("Adam"));
        ParameterPanel panel(schema);
        panel.show();
        QSignalSpy edited(&panel, &ParameterPanel::valueEdited);
        QWidget* adamRate = panel.editor("adam.lr");
        QVERIFY(!adamRate->isVisible()); // adam is not chosen
        QCOMPARE(adamRate->findChild<QDoubleSpinBox*>()->text(), QString("shared"));
        panel.editor("methods")->findChild<QCheckBox*>("choice_adam")->setChecked(true);
        QCOMPARE(edited.last()[1].toStringList(), (QStringList{"gd", "adam"}));
        ParamValues values = schema.defaults();
        values.set("methods", QStringList{"gd", "adam"});
        panel.setValues(values);
        QVERIFY(adamRate->isVisible());
    }

    // The theme reaches every exported pixel: the page, the text and the lines.
    void themesChangeTheExportedFigure()
    {
        LessonRegistry registry;
        registerBuiltinLessons(registry);
        const Lesson& lesson = registry.get("linreg");
        const ResultPtr result = lesson.compute(lesson.schema().defaults(), nullptr);
        auto exported = [&](style::ThemeId theme, double fontScale) {
            style::setTheme(theme);
            style::setFontScale(fontScale);
            ExportFigure figure(lesson, result, QString(), QSize(1280, 720));
            figure.showFrame(result->frameCount() - 1);
            return renderWidgetImage(figure.widget(), QSize(1280, 720));
        };
        // Pixels of the loss chart's corner (page), and how many are darker than mid-grey.
        auto darkPixels = [](const QImage& image, QRect area) {
            int count = 0;
            for (int y = area.top(); y <= area.bottom(); ++y)
                for (int x = area.left(); x <= area.right(); ++x)
                    count += qGray(image.pixel(x, y)) < 128;
            return count;
        };
        const QImage light = exported(style::ThemeId::Light, 1.0);
        const QImage dark = exported(style::ThemeId::Dark, 1.0);
        const QImage contrast = exported(style::ThemeId::HighContrast, 1.0);
        const QImage large = exported(style::ThemeId::Light, 1.5);
        style::setTheme(style::ThemeId::Light);
        style::setFontScale(1.0);
        QCOMPARE(light.pixel(1275, 715), qRgb(255, 255, 255));
        QCOMPARE(dark.pixel(1275, 715), style::paletteFor(style::ThemeId::Dark).color(QPalette::Window).rgb());
        QCOMPARE(dark.pixel(1275, 715), qRgb(30, 31, 34));
        // Bold text and thicker lines: more ink in the charts' column.
        const QRect charts(720, 0, 560, 720);
        QVERIFY2(darkPixels(contrast, charts) > 1.3 * darkPixels(light, charts),
                 qPrintable(QStringLiteral("%1 vs %2").arg(darkPixels(contrast, charts)).arg(darkPixels(light, charts))));
        // Larger figure text: the loss chart's title grows.
        const QRect title(720, 360, 560, 50);
        QVERIFY2(darkPixels(large, title) > 1.5 * darkPixels(light, title),
                 qPrintable(QStringLiteral("%1 vs %2").arg(darkPixels(large, title)).arg(darkPixels(light, title))));
    }

    void darkThemeLiftsDarkInk()
    {
        style::setTheme(style::ThemeId::Dark);
        const QColor blue = style::onBackground(QColor(0, 114, 178)); // Okabe–Ito blue
        const QColor ink = style::onBackground(QColor(40, 40, 40));
        const QColor faint = style::onBackground(QColor(170, 170, 170));
        const QColor orange = style::onBackground(QColor(230, 159, 0));
        style::setTheme(style::ThemeId::Light);
        QVERIFY(blue.lightness() >= 130);
        QCOMPARE(blue.hslHue(), QColor(0, 114, 178).hslHue());
        QCOMPARE(ink.lightness(), 215);             // dark ink turns light
        QCOMPARE(faint.lightness(), 85);            // faint marks stay faint
        QCOMPARE(orange, QColor(230, 159, 0));      // light enough already
        QCOMPARE(style::onBackground(QColor(0, 114, 178)), QColor(0, 114, 178)); // light theme: kept
        QCOMPARE(style::themeFromName("High-Contrast"), std::optional(style::ThemeId::HighContrast));
        QVERIFY(!style::themeFromName("sepia"));
    }
};

QTEST_MAIN(TestViews)
#include "test_views.moc"
