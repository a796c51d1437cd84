#pragma once
// A 2D scalar field f(x, y) as a heat map with contour lines, optimizer paths and labelled points,
// with axes, legend, pan/zoom and click-to-pick. paintPlot() is the one paint path for the screen
// and for every export format.

#include "core/plot/colormap.h"
#include "core/plot/contours.h"
#include "core/vec2.h"
#include "views/text_fit.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QPolygonF>
#include <QPointF>
#include <QString>
#include <QVector>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace gradus {

struct DataBox {
    double x0 = -1, x1 = 1, y0 = -1, y1 = 1;
    double width() const { return x1 - x0; }
    double height() const { return y1 - y0; }
    bool operator==(const DataBox&) const = default;
};

struct FieldPath {
    QString name;
    QColor color;
    QVector<QPointF> points;
    int current = -1; // draw points[0..current]; -1 draws all
};

struct FieldPoint {
    enum class Shape { Circle, Star, Cross };
    enum class LabelPlacement { Legend, BesideMarker, HoverOnly };
    QPointF position;
    QString label;
    QColor color;
    Shape shape = Shape::Circle;
    LabelPlacement labelPlacement = LabelPlacement::Legend;
    double scale = 1; // marker size relative to the usual (e.g. 0.6 for a thousand points); below 0.55 labels may cover it
};

// Annotations drawn over the paths: arrows (points[0] → points[1]), closed polygons, open
// polylines, rectangles (points[0] and points[1] are opposite corners). Labels go to the legend,
// where they cannot collide.
struct FieldShape {
    enum class Kind { Arrow, Polygon, Polyline, Rectangle };
    Kind kind = Kind::Arrow;
    QVector<QPointF> points;
    QColor color;
    QString label;
    double width = 2.5;
    bool dashed = false;
    QColor fill = Qt::transparent; // Polygon: the inside (drawn under the outline)
    bool casing = true;            // a white halo under the line, so it reads on any background
    bool underneath = false;       // drawn before the paths and points (a region, level lines), not over them

    // Named builders, so that a shape reads as what it is:
    //   FieldShape::polygon(region, colour).withLabel(tr("waiting nodes")).withFill(tint).withDashes().beneathPaths()
    static FieldShape arrow(QPointF from, QPointF to, QColor color) { return of(Kind::Arrow, {from, to}, color); }
    static FieldShape polygon(QVector<QPointF> corners, QColor color) { return of(Kind::Polygon, std::move(corners), color); }
    static FieldShape polyline(QVector<QPointF> points, QColor color) { return of(Kind::Polyline, std::move(points), color); }
    static FieldShape rectangle(QPointF corner, QPointF opposite, QColor color) { return of(Kind::Rectangle, {corner, opposite}, color); }
    FieldShape& withLabel(QString text) { label = std::move(text); return *this; }
    FieldShape& withWidth(double pixels) { width = pixels; return *this; }
    FieldShape& withDashes(bool on = true) { dashed = on; return *this; }
    FieldShape& withFill(QColor inside) { fill = inside; return *this; }
    FieldShape& withoutCasing() { casing = false; return *this; }
    FieldShape& beneathPaths() { underneath = true; return *this; }

private:
    static FieldShape of(Kind kind, QVector<QPointF> points, QColor color)
    {
        FieldShape shape;
        shape.kind = kind;
        shape.points = std::move(points);
        shape.color = color;
        return shape;
    }
};

class FieldView : public QWidget, public ReportsElidedText {
    Q_OBJECT
public:
    using Sampler = std::function<double(double x, double y)>;
    // A direction at (x, y); only its direction is drawn (arrows of equal length), (0, 0) or
    // non-finite draws nothing.
    using VectorSampler = std::function<QPointF(double x, double y)>;
    enum class ColorScale {
        Linear,
        LogAboveFloor, // colour by log10(f − floor): resolves the valley of a quadratic and its rim at once
        Categorical,   // the sampler returns a class 0, 1, 2 …; each class has its colour (setCategories)
    };

    explicit FieldView(QWidget* parent = nullptr);

    // The value that colour (and the 3D view's height) follows: log10(v − floor) for LogAboveFloor.
    static double scaledValue(ColorScale scale, double floor, double v)
    {
        return scale == ColorScale::LogAboveFloor ? std::log10(std::max(v - floor, 1e-300)) : v;
    }

    // The sampler is called on the GUI thread while painting; it must be cheap (an O(1) formula).
    void setField(Sampler sampler, ColorScale scale = ColorScale::Linear, double floor = 0.0);
    // The box shown initially and after "reset view"; changing it resets pan and zoom.
    void setHomeBox(const DataBox& box);
    void setContourLevels(QVector<double> levels);
    // A plain page (the theme's background) under shapes, points and paths: nothing sampled; dark
    // colours are lifted on the dark theme.
    void setBlankBackground();
    // Colours of the classes for ColorScale::Categorical.
    void setCategories(QVector<QColor> colors);
    // Contours of another function than the coloured one (e.g. f over a map of its Hessian's signature).
    void setContourField(Sampler sampler);
    void setContourColor(const QColor& color);
    // An arrow field on a grid of about one arrow per 42 pixels; an empty function removes it.
    void setDirectionField(VectorSampler field, const QColor& color = QColor(255, 255, 255, 200));
    // A further arrow field on the same grid, e.g. Newton's directions beside the gradient's.
    void addDirectionField(VectorSampler field, const QColor& color);
    void setPaths(QVector<FieldPath> paths);
    void setPoints(QVector<FieldPoint> points);
    void setOverlay(QVector<FieldShape> shapes);
    // Further legend rows, e.g. the meaning of a categorical map's colours.
    void setLegendKeys(QVector<QPair<QString, QColor>> keys);
    void setTitle(const QString& title);
    void setSubtitle(const QString& subtitle); // a second, smaller title line
    void setAxisTitles(const QString& x, const QString& y);
    void setNote(const QString& text); // shown in the plot corner, e.g. "diverged at step 12"
    void setAspectLocked(bool locked);
    // Coordinates are log10 of the values: ticks at whole powers, labelled 10ⁿ, and the hover
    // readout shows the values themselves.
    void setLogAxes(bool logarithmic);
    void setPickEnabled(bool enabled);
    void setColorMap(core::ColorMapKind kind);
    // Fixes the values at the two ends of the colour map (before the scale's log), so that several
    // views share one colour scale; NaN, NaN returns to each view's own range.
    void setColorRange(double low, double high);

    DataBox viewBox() const { return view_; }
    void resetView();
    void paintPlot(QPainter& painter, const QRectF& target);

    QSize sizeHint() const override { return {640, 480}; }
    QSize minimumSizeHint() const override { return {170, 140}; } // three side by side fit a 1024-pixel screen
    QStringList elidedTexts() const override { return elided_.texts(); }

signals:
    void pointPicked(QPointF position);

protected:
    void paintEvent(QPaintEvent*) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override; // tooltips: the whole text where some was cut short

private:
    struct Layout;
    Layout layoutFor(const QRectF& target) const;
    void ensureRaster(const Layout& layout, double devicePixelRatio);
    void drawHeatMap(QPainter& painter, const Layout& layout);
    void paintHeatMapLayer(QPainter& painter, const Layout& layout);
    void drawDirectionField(QPainter& painter, const Layout& layout);
    void drawPaths(QPainter& painter, const Layout& layout);
    void drawPoints(QPainter& painter, const Layout& layout);
    void drawOverlay(QPainter& painter, const Layout& layout, bool underneath);
    void drawAxes(QPainter& painter, const Layout& layout);
    void drawLegend(QPainter& painter, const Layout& layout);
    QVector<QPair<QString, QColor>> legendEntries() const;
    struct LegendLayout {
        QFont font;
        QVector<FittedText> entries;
        QRectF box;
    };
    static constexpr double kLegendSwatch = 14, kLegendPadding = 8;
    LegendLayout legendLayout(const Layout& layout, const QVector<QPair<QString, QColor>>& entries) const;
    QRectF legendBox(const Layout& layout, const QVector<QPair<QString, QColor>>& entries) const;
    QRectF legendCorner(const Layout& layout, const QSizeF& size) const;
    void drawHoverReadout(QPainter& painter, const Layout& layout);
    void invalidateRaster();

    Sampler sampler_;
    bool blank_ = false; // setBlankBackground: no field, the page's colour
    // A lesson's colour as drawn: lifted on the dark theme's blank page (style::onBackground).
    QColor ink(const QColor& color) const;
    Sampler contourSampler_;
    QVector<QColor> categories_;
    QColor contourColor_{255, 255, 255, 150};
    QVector<QPair<VectorSampler, QColor>> directionFields_;
    ColorScale scale_ = ColorScale::Linear;
    double floor_ = 0;
    core::ColorMapKind colorMap_ = core::ColorMapKind::Viridis;
    DataBox home_;
    DataBox view_;
    QVector<double> levels_;
    QVector<FieldPath> paths_;
    QVector<FieldPoint> points_;
    QVector<FieldShape> overlay_;
    QVector<QPair<QString, QColor>> legendKeys_;
    QString title_, subtitle_, xTitle_, yTitle_, note_;
    bool aspectLocked_ = false;
    double colorLow_ = NAN, colorHigh_ = NAN;
    bool logAxes_ = false;
    bool pickEnabled_ = false;

    // Raster cache: the sampled grid, its colours and contour segments for one box and resolution.
    struct Raster {
        DataBox box;
        int nx = 0, ny = 0;
        QImage image;
        QVector<QVector<core::Segment>> contours;
        bool nothingDefined = false; // the function is NaN or infinite at every sample
        bool valid = false;
        int generation = 0; // changes whenever the raster is rebuilt
    } raster_;

    // The heat map with its contours, drawn once per raster and plot size for screen painting.
    struct Background {
        QImage image;
        QRectF plot;
        int generation = -1;
    } background_;

    // Per path: its settled part (all but the newest steps), drawn once as the animation advances.
    struct PathLayer {
        QImage image;
        int settled = 0;
        qsizetype count = -1;
        QColor color;
        QPointF first, middle, lastPoint; // with count and colour: is it still the same path?
        int generation = -1;
        QRectF plot;
    };
    QVector<PathLayer> pathLayers_;
    // Labels beside markers, drawn once with their halo (by text, font and pixel ratio).
    QHash<QString, QImage> labelSprites_;

    // Mouse interaction (screen only).
    std::optional<QPointF> pressPosition_;
    DataBox pressView_;
    bool dragging_ = false;
    std::optional<QPointF> hover_;
    ElidedTexts elided_; // in the last paint
};

// A path's points as Qt points, for FieldPath and the charts.
QVector<QPointF> toPointList(const std::vector<core::Vec2>& points);

// The filled head of an arrow ending at `tip` and pointing along the unit vector `unit`.
QPolygonF arrowHead(const QPointF& tip, const QPointF& unit, double length, double halfWidth);

// Contour levels that show a function's shape over a box: geometric above `floor` (the minimum) when
// logarithmic, so both the rim and the bottom of a valley get lines; evenly spaced otherwise.
QVector<double> suggestedContourLevels(const FieldView::Sampler& f, const DataBox& box, double floor, bool logarithmic,
                                       int count = 16);

} // namespace gradus
