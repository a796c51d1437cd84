#include "field_view.h"

#include "text_fit.h"


#include "core/plot/ticks.h"
#include "plot_style.h"
#include "polyline_clip.h"

#include <QBackingStore>
#include <QFontMetricsF>
#include <QMouseEvent>
#include <QHash>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace gradus {

struct FieldView::Layout {
    QRectF target;
    QRectF plot;
    FittedText title, subtitle; // fitted to the target's width
    DataBox box; // the visible box after the aspect lock

    QPointF toPixel(double x, double y) const
    {
        return {plot.left() + (x - box.x0) / box.width() * plot.width(),
                plot.bottom() - (y - box.y0) / box.height() * plot.height()};
    }
    QPointF toPixel(const QPointF& p) const { return toPixel(p.x(), p.y()); }
    QPointF toData(const QPointF& pixel) const
    {
        return {box.x0 + (pixel.x() - plot.left()) / plot.width() * box.width(),
                box.y0 + (plot.bottom() - pixel.y()) / plot.height() * box.height()};
    }
};

namespace {
constexpr int kMaxRasterSide = 900;
constexpr double kPixelsPerSample = 2.0;

// The pixel ratio of what is painted on. QPainter::device() is the widget itself even while QWidget::render
// redirects it into an export's image: its ratio is the screen's (2 on a 200 % screen), where the export's
// is its own, and layers cached at the screen's drew an export made there with contours half as wide.
double targetPixelRatio(const QPainter& painter)
{
    if (const QPaintEngine* engine = painter.paintEngine(); engine && engine->paintDevice())
        return engine->paintDevice()->devicePixelRatioF();
    return painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
}

// A marker far outside the picture is clipped away; only coordinates that overflow the raster
// engine (diverging runs) must be kept from it. Lines are cut with clipPolyline instead.
QPointF clampToDrawable(const QPointF& p)
{
    constexpr double limit = 1e6;
    return {std::clamp(p.x(), -limit, limit), std::clamp(p.y(), -limit, limit)};
}
} // namespace

FieldView::FieldView(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::ClickFocus);
    setToolTip(tr("Drag to pan, scroll to zoom, double-click to reset the view."));
}

void FieldView::setColorRange(double low, double high)
{
    if ((low == colorLow_ || (std::isnan(low) && std::isnan(colorLow_))) && (high == colorHigh_ || (std::isnan(high) && std::isnan(colorHigh_))))
        return;
    colorLow_ = low;
    colorHigh_ = high;
    raster_.valid = false;
    update();
}

void FieldView::setField(Sampler sampler, ColorScale scale, double floor)
{
    blank_ = false;
    sampler_ = std::move(sampler);
    scale_ = scale;
    floor_ = floor;
    invalidateRaster();
}

void FieldView::setCategories(QVector<QColor> colors)
{
    categories_ = std::move(colors);
    invalidateRaster();
}

void FieldView::setContourField(Sampler sampler)
{
    contourSampler_ = std::move(sampler);
    invalidateRaster();
}

void FieldView::setContourColor(const QColor& color)
{
    contourColor_ = color;
    update();
}

void FieldView::setLogAxes(bool logarithmic)
{
    logAxes_ = logarithmic;
    update();
}

namespace {

// "10³", "10⁻²": a power of ten as it is written.
QString powerOfTen(int exponent)
{
    static const QString superscripts = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString digits;
    for (const QChar c : QString::number(std::abs(exponent)))
        digits += superscripts[c.digitValue()];
    return QStringLiteral("10") + (exponent < 0 ? QStringLiteral("⁻") : QString()) + digits;
}

} // namespace

void FieldView::setBlankBackground()
{
    setField(nullptr, ColorScale::Categorical);
    blank_ = true;
}

QColor FieldView::ink(const QColor& color) const { return blank_ ? style::onBackground(color) : color; }

void FieldView::setHomeBox(const DataBox& box)
{
    if (box == home_)
        return;
    home_ = box;
    resetView();
}

void FieldView::resetView()
{
    view_ = home_;
    invalidateRaster();
}

void FieldView::setContourLevels(QVector<double> levels)
{
    levels_ = std::move(levels);
    invalidateRaster();
}

void FieldView::setDirectionField(VectorSampler field, const QColor& color)
{
    directionFields_.clear();
    if (field)
        directionFields_.append({std::move(field), color});
    update();
}

void FieldView::addDirectionField(VectorSampler field, const QColor& color)
{
    directionFields_.append({std::move(field), color});
    update();
}

void FieldView::setPaths(QVector<FieldPath> paths)
{
    paths_ = std::move(paths);
    update();
}

void FieldView::setPoints(QVector<FieldPoint> points)
{
    points_ = std::move(points);
    update();
}

void FieldView::setOverlay(QVector<FieldShape> shapes)
{
    overlay_ = std::move(shapes);
    update();
}

void FieldView::setLegendKeys(QVector<QPair<QString, QColor>> keys)
{
    legendKeys_ = std::move(keys);
    update();
}

void FieldView::setTitle(const QString& title)
{
    title_ = title;
    update();
}

void FieldView::setSubtitle(const QString& subtitle)
{
    subtitle_ = subtitle;
    update();
}

void FieldView::setAxisTitles(const QString& x, const QString& y)
{
    xTitle_ = x;
    yTitle_ = y;
    update();
}

void FieldView::setNote(const QString& text)
{
    note_ = text;
    update();
}

void FieldView::setAspectLocked(bool locked)
{
    aspectLocked_ = locked;
    invalidateRaster();
}

void FieldView::setPickEnabled(bool enabled)
{
    pickEnabled_ = enabled;
    setCursor(enabled ? Qt::CrossCursor : Qt::ArrowCursor);
}

void FieldView::setColorMap(core::ColorMapKind kind)
{
    colorMap_ = kind;
    invalidateRaster();
}

void FieldView::invalidateRaster()
{
    raster_.valid = false;
    update();
}

FieldView::Layout FieldView::layoutFor(const QRectF& target) const
{
    const QFontMetricsF ticks(style::tickFont());
    const QFontMetricsF labels(style::labelFont());
    const double left = ticks.horizontalAdvance(QStringLiteral("−0.000")) + labels.height() + 14;
    const double bottom = ticks.height() + labels.height() + 14;
    Layout layout;
    layout.target = target;
    double top = 10;
    if (!title_.isEmpty()) {
        layout.title = fitText(title_, style::titleFont(), target.width() - 8);
        top = layout.title.height() + 12;
        if (!subtitle_.isEmpty()) {
            layout.subtitle = fitText(subtitle_, style::labelFont(), target.width() - 8);
            top += layout.subtitle.height() + 2;
        }
    }
    const double right = 16;

    layout.plot = target.adjusted(left, top, -right, -bottom);
    if (layout.plot.width() < 10 || layout.plot.height() < 10)
        layout.plot = target;
    layout.box = view_;
    if (aspectLocked_ && layout.plot.width() > 0 && layout.plot.height() > 0) {
        const double unitsPerPixel = std::max(view_.width() / layout.plot.width(), view_.height() / layout.plot.height());
        const double cx = 0.5 * (view_.x0 + view_.x1);
        const double cy = 0.5 * (view_.y0 + view_.y1);
        const double halfW = 0.5 * unitsPerPixel * layout.plot.width();
        const double halfH = 0.5 * unitsPerPixel * layout.plot.height();
        layout.box = {cx - halfW, cx + halfW, cy - halfH, cy + halfH};
    }
    return layout;
}

void FieldView::ensureRaster(const Layout& layout, double devicePixelRatio)
{
    const int nx = std::clamp(int(layout.plot.width() * devicePixelRatio / kPixelsPerSample), 8, kMaxRasterSide);
    const int ny = std::clamp(int(layout.plot.height() * devicePixelRatio / kPixelsPerSample), 8, kMaxRasterSide);
    if (raster_.valid && raster_.box == layout.box && raster_.nx == nx && raster_.ny == ny)
        return;
    const int generation = raster_.generation + 1;
    raster_ = {};
    raster_.generation = generation;
    raster_.box = layout.box;
    raster_.nx = nx;
    raster_.ny = ny;
    raster_.valid = true;
    if (!sampler_)
        return;

    // Sample at cell centres of the image so that pixels and contour lines line up.
    core::GridField grid;
    grid.nx = nx;
    grid.ny = ny;
    const double dx = layout.box.width() / nx;
    const double dy = layout.box.height() / ny;
    grid.x0 = layout.box.x0 + 0.5 * dx;
    grid.x1 = layout.box.x1 - 0.5 * dx;
    grid.y0 = layout.box.y0 + 0.5 * dy;
    grid.y1 = layout.box.y1 - 0.5 * dy;
    grid.values.resize(std::size_t(nx) * ny);
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i)
            grid.values[std::size_t(j) * nx + i] = sampler_(grid.x(i), grid.y(j));

    auto colourCoordinate = [this](double v) { return scaledValue(scale_, floor_, v); };
    double lo = INFINITY, hi = -INFINITY;
    for (double v : grid.values) {
        if (!std::isfinite(v))
            continue;
        const double c = colourCoordinate(v);
        lo = std::min(lo, c);
        hi = std::max(hi, c);
    }
    raster_.nothingDefined = !(lo <= hi);
    if (scale_ == ColorScale::LogAboveFloor)
        lo = std::max(lo, hi - 8); // eight decades are enough to see; below is the same dark colour
    if (std::isfinite(colorLow_) && std::isfinite(colorHigh_)) {
        lo = colourCoordinate(colorLow_);
        hi = colourCoordinate(colorHigh_);
    }
    const double span = hi > lo ? hi - lo : 1.0;

    raster_.image = QImage(nx, ny, QImage::Format_RGB32);
    for (int j = 0; j < ny; ++j) {
        auto* row = reinterpret_cast<QRgb*>(raster_.image.scanLine(ny - 1 - j));
        for (int i = 0; i < nx; ++i) {
            const double v = grid.values[std::size_t(j) * nx + i];
            if (!std::isfinite(v)) {
                row[i] = qRgb(255, 0, 255); // marks points where f is undefined
                continue;
            }
            if (scale_ == ColorScale::Categorical) {
                const int category = int(v);
                row[i] = category >= 0 && category < categories_.size() ? categories_[category].rgb() : qRgb(128, 128, 128);
                continue;
            }
            const core::Rgb rgb = core::colorAt(colorMap_, (colourCoordinate(v) - lo) / span);
            row[i] = qRgb(rgb[0], rgb[1], rgb[2]);
        }
    }
    if (contourSampler_) {
        for (int j = 0; j < ny; ++j)
            for (int i = 0; i < nx; ++i)
                grid.values[std::size_t(j) * nx + i] = contourSampler_(grid.x(i), grid.y(j));
    }
    const std::vector<double> levels(levels_.begin(), levels_.end());
    for (const std::vector<core::Segment>& segments : core::contourSegments(grid, levels))
        raster_.contours.append(QVector<core::Segment>(segments.begin(), segments.end()));
}

void FieldView::drawHeatMap(QPainter& painter, const Layout& layout)
{
    painter.fillRect(layout.plot, blank_ ? style::background() : style::plotBackground());
    if (!sampler_)
        return;
    const double ratio = targetPixelRatio(painter);
    ensureRaster(layout, ratio);
    // On a raster device the map and its contours are drawn once into a cached image, so that
    // playing an animation only blits it and draws the paths. SVG and PDF get real vector contours.
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    if (!raster) {
        paintHeatMapLayer(painter, layout);
        return;
    }
    const QSize pixels = (layout.plot.size() * ratio).toSize();
    if (background_.generation != raster_.generation || background_.image.size() != pixels ||
        background_.plot != layout.plot) {
        background_.image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        background_.image.setDevicePixelRatio(ratio);
        background_.image.fill(Qt::transparent);
        QPainter layer(&background_.image);
        layer.translate(-layout.plot.topLeft());
        paintHeatMapLayer(layer, layout);
        background_.generation = raster_.generation;
        background_.plot = layout.plot;
    }
    painter.drawImage(layout.plot.topLeft(), background_.image);
}

void FieldView::paintHeatMapLayer(QPainter& painter, const Layout& layout)
{
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(layout.plot, raster_.image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    // In logical pixels, as every other line (a cosmetic pen's 1.1 device pixels are half as wide on a 200 % screen).
    painter.setPen(QPen(contourColor_, 1.1));
    for (const auto& segments : raster_.contours) {
        QVector<QLineF> lines;
        lines.reserve(segments.size());
        for (const core::Segment& s : segments)
            lines.append(QLineF(layout.toPixel(s.xa, s.ya), layout.toPixel(s.xb, s.yb)));
        painter.drawLines(lines);
    }
    if (raster_.nothingDefined) {
        // A formula such as 1/(x-x): say why the map is one flat colour instead of leaving it unexplained.
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * 1.2);
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.fillRect(layout.plot, QColor(255, 255, 255, 150));
        painter.drawText(layout.plot.adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("The function is undefined (NaN or ±∞) everywhere in this view.\n"
                            "Check the formula, or move the view."));
    }
    painter.restore();
}

void FieldView::drawDirectionField(QPainter& painter, const Layout& layout)
{
    constexpr double spacing = 42, length = 26, head = 7;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const int columns = std::max(1, int(layout.plot.width() / spacing));
    const int rows = std::max(1, int(layout.plot.height() / spacing));
    for (const auto& [field, color] : directionFields_) {
        painter.setPen(QPen(color, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(color);
        for (int j = 0; j < rows; ++j) {
            for (int i = 0; i < columns; ++i) {
                const QPointF centre(layout.plot.left() + (i + 0.5) * layout.plot.width() / columns,
                                     layout.plot.top() + (j + 0.5) * layout.plot.height() / rows);
                const QPointF at = layout.toData(centre);
                const QPointF v = field(at.x(), at.y());
                // Data units to pixels (y flips), then normalise: only the direction is shown.
                const QPointF pixel(v.x() * layout.plot.width() / layout.box.width(),
                                    -v.y() * layout.plot.height() / layout.box.height());
                const double norm = std::hypot(pixel.x(), pixel.y());
                if (!std::isfinite(norm) || norm == 0)
                    continue;
                const QPointF unit = pixel / norm;
                const QPointF tail = centre - unit * (length / 2), tip = centre + unit * (length / 2);
                painter.drawLine(tail, tip - unit * head * 0.8);
                painter.drawPolygon(arrowHead(tip, unit, head, 0.5 * head));
            }
        }
    }
    painter.restore();
}

namespace {

constexpr int kFreshSteps = 48;         // the newest steps fade in from the settled colour
constexpr double kSettledAlpha = 0.7;   // opacity of everything older
constexpr int kMaxMarkedPoints = 400;   // beyond this, dots on every iterate are only clutter
// On screen, a new result's settled paths are drawn at most this many steps per paint (about 10 ms of
// stroking), so five runs of 2,000 noisy steps appear over a few frames instead of in one long stall.
constexpr int kSettledStepsPerPaint = 2500;

// Pixels of points[from..to], leaving out points closer than 0.75 px to the last one kept: a
// converged run of ten thousand steps draws as a few hundred.
QPolygonF pathPixels(const QVector<QPointF>& points, int from, int to, const std::function<QPointF(const QPointF&)>& map)
{
    QPolygonF pixels;
    pixels.reserve(std::min(to - from + 1, 4096));
    for (int k = from; k <= to; ++k) {
        const QPointF p = map(points[k]);
        if (k == from || k == to || !(QLineF(pixels.last(), p).length() < 0.75)) // NaN breaks the line: kept
            pixels.append(p);
    }
    return pixels;
}

// Lines are cut this far outside the plot, so that their round caps and casings end out of sight.
constexpr double kClipMargin = 64;

QRectF clipBounds(const QRectF& plot) { return plot.adjusted(-kClipMargin, -kClipMargin, kClipMargin, kClipMargin); }

void drawRuns(QPainter& painter, const QVector<QPolygonF>& runs)
{
    for (const QPolygonF& run : runs)
        painter.drawPolyline(run);
}

// Opaque lines only: stroking a long wide polyline as one outline costs far more than linearly in
// its self-crossings (2,000 SGD steps: 70 ms against 30 ms in pieces of 12). Translucent pieces would
// darken where they overlap, so callers fade the whole layer instead.
void drawRunsInPieces(QPainter& painter, const QVector<QPolygonF>& runs)
{
    constexpr int kPiece = 12;
    for (const QPolygonF& run : runs)
        for (qsizetype from = 0; from + 1 < run.size(); from += kPiece)
            painter.drawPolyline(run.constData() + from, int(std::min<qsizetype>(kPiece + 1, run.size() - from)));
}

// A white casing keeps the line readable on every colour of the map and on a washed-out projector.
// `opaqueLayer`: drawn opaque and in pieces, for a layer that is faded as a whole.
void drawCased(QPainter& painter, const QPolygonF& pixels, QColor color, const QRectF& bounds, bool opaqueLayer = false)
{
    const QVector<QPolygonF> runs = clipPolyline(pixels, bounds);
    const auto draw = opaqueLayer ? drawRunsInPieces : drawRuns;
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(style::halo(opaqueLayer ? 255 : 170), style::lineWidth(5.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    draw(painter, runs);
    painter.setPen(QPen(color, style::lineWidth(2.8), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    draw(painter, runs);
}

} // namespace

void FieldView::drawPaths(QPainter& painter, const Layout& layout)
{
    const auto map = [&layout](const QPointF& p) { return layout.toPixel(p); };
    const auto marker = [&layout](const QPointF& p) { return clampToDrawable(layout.toPixel(p)); };
    const QRectF bounds = clipBounds(layout.plot);
    const double ratio = targetPixelRatio(painter);
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    // Exports and grabs render into their own image and get every step at once.
    const bool onScreen = raster && backingStore() && painter.paintEngine()->paintDevice() == backingStore()->paintDevice();
    int stepsLeft = onScreen ? kSettledStepsPerPaint : std::numeric_limits<int>::max();
    bool layerBehind = false;
    if (pathLayers_.size() < paths_.size())
        pathLayers_.resize(paths_.size());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (qsizetype i = 0; i < paths_.size(); ++i) {
        const FieldPath& path = paths_[i];
        const int last = path.current < 0 ? int(path.points.size()) - 1
                                           : std::min(path.current, int(path.points.size()) - 1);
        if (last < 0)
            continue;
        const QColor color = ink(path.color);
        const int settled = std::max(0, last - kFreshSteps);

        // Everything but the newest steps looks the same from frame to frame: on screen it is kept
        // in a layer that grows as the animation plays, so a frame costs the new steps only.
        if (raster) {
            PathLayer& layer = pathLayers_[i];
            const QSize pixels = (layout.plot.size() * ratio).toSize();
            const QPointF middle = path.points[path.points.size() / 2];
            const bool samePath = layer.count == path.points.size() && layer.color == color &&
                                  layer.first == path.points.first() && layer.middle == middle &&
                                  layer.lastPoint == path.points.last();
            if (!samePath || layer.generation != raster_.generation || layer.plot != layout.plot ||
                layer.image.size() != pixels || settled < layer.settled) {
                layer.image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
                layer.image.setDevicePixelRatio(ratio);
                layer.image.fill(Qt::transparent);
                layer.settled = 0;
                layer.count = path.points.size();
                layer.color = color;
                layer.first = path.points.first();
                layer.middle = middle;
                layer.lastPoint = path.points.last();
                layer.generation = raster_.generation;
                layer.plot = layout.plot;
            }
            const int reach = int(std::min<qint64>(settled, qint64(layer.settled) + stepsLeft));
            if (reach > layer.settled) {
                QPainter onLayer(&layer.image);
                onLayer.setRenderHint(QPainter::Antialiasing, true);
                onLayer.translate(-layout.plot.topLeft());
                drawCased(onLayer, pathPixels(path.points, layer.settled, reach, map), color, bounds, true);
                stepsLeft -= reach - layer.settled;
                layer.settled = reach;
            }
            layerBehind = layerBehind || layer.settled < settled;
            painter.save();
            painter.setOpacity(kSettledAlpha);
            painter.drawImage(layout.plot.topLeft(), layer.image);
            painter.restore();
        } else if (settled > 0) { // vector output: translucent lines, as the layer is faded on screen
            QColor settledColor = color;
            settledColor.setAlphaF(kSettledAlpha);
            drawCased(painter, pathPixels(path.points, 0, settled, map), settledColor, bounds);
        }

        // The newest steps, fading in from the settled colour to solid.
        const QPolygonF fresh = pathPixels(path.points, settled, last, map);
        painter.setPen(QPen(style::halo(170), style::lineWidth(5.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        drawRuns(painter, clipPolyline(fresh, bounds));
        for (qsizetype k = 1; k < fresh.size(); ++k) {
            const std::optional<QLineF> visible = clipSegment(QLineF(fresh[k - 1], fresh[k]), bounds);
            if (!visible)
                continue;
            QColor fading = color;
            fading.setAlphaF(kSettledAlpha + (1 - kSettledAlpha) * double(k) / (fresh.size() - 1));
            painter.setPen(QPen(fading, style::lineWidth(2.8), Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(*visible);
        }
        if (last < kMaxMarkedPoints) {
            painter.setPen(QPen(Qt::white, 0.8));
            painter.setBrush(color);
            for (int k = 0; k < last; ++k)
                if (const QPointF c = marker(path.points[k]); isFinite(c))
                    painter.drawEllipse(c, 3.0, 3.0);
        }
        painter.setPen(QPen(Qt::white, 2.0));
        painter.setBrush(color);
        if (const QPointF c = marker(path.points[last]); isFinite(c))
            painter.drawEllipse(c, 7.0, 7.0);
    }
    painter.restore();
    if (layerBehind)
        update(); // the rest of the settled steps in the next paint
}

namespace {

// One marker drawn at `c` (stars, crosses, circles with a dark rim that keeps light markers visible).
void drawMarker(QPainter& painter, const QPointF& c, FieldPoint::Shape shape, const QColor& color, double scale)
{
    painter.save();
    painter.translate(c);
    painter.scale(scale, scale);
    painter.translate(-c);
    painter.setPen(QPen(QColor(20, 20, 20), 1.5));
    painter.setBrush(color);
    switch (shape) {
    case FieldPoint::Shape::Star: {
        QPainterPath star;
        for (int k = 0; k < 10; ++k) {
            const double radius = k % 2 == 0 ? 11.0 : 4.5;
            const double angle = -M_PI / 2 + k * M_PI / 5;
            const QPointF p = c + QPointF(radius * std::cos(angle), radius * std::sin(angle));
            if (k == 0)
                star.moveTo(p);
            else
                star.lineTo(p);
        }
        star.closeSubpath();
        painter.drawPath(star);
        break;
    }
    case FieldPoint::Shape::Cross:
        painter.setPen(QPen(color, 3.0));
        painter.drawLine(c + QPointF(-7, -7), c + QPointF(7, 7));
        painter.drawLine(c + QPointF(-7, 7), c + QPointF(7, -7));
        break;
    case FieldPoint::Shape::Circle:
        painter.drawEllipse(c, 6.0, 6.0);
        break;
    }
    painter.restore();
}

void drawHaloText(QPainter& painter, const QPointF& origin, const QFont& font, const QString& text)
{
    QPainterPath path;
    path.addText(origin, font, text);
    painter.strokePath(path, QPen(style::halo(220), 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.fillPath(path, style::textColor());
}

} // namespace

void FieldView::drawPoints(QPainter& painter, const Layout& layout)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(style::labelFont());
    // On a raster device every marker of one shape and colour is the same picture: draw it once and
    // stamp it (hundreds of points then cost what a few do). Vector exports keep real shapes.
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    const double ratio = targetPixelRatio(painter);
    constexpr int kSpriteHalf = 13; // logical pixels around the centre: the star's 11 plus its rim
    QHash<QPair<int, QRgb>, QImage> sprites;
    for (const FieldPoint& point : points_) {
        const QPointF c = clampToDrawable(layout.toPixel(point.position));
        if (raster && points_.size() > 16) {
            QImage& sprite = sprites[{int(point.shape) + 16 * int(std::lround(point.scale * 100)), ink(point.color).rgba()}];
            if (sprite.isNull()) {
                const int side = int(std::ceil(2 * kSpriteHalf * ratio));
                sprite = QImage(side, side, QImage::Format_ARGB32_Premultiplied);
                sprite.setDevicePixelRatio(ratio);
                sprite.fill(Qt::transparent);
                QPainter stamp(&sprite);
                stamp.setRenderHint(QPainter::Antialiasing, true);
                drawMarker(stamp, QPointF(kSpriteHalf, kSpriteHalf), point.shape, ink(point.color), point.scale);
            }
            painter.drawImage(c - QPointF(kSpriteHalf, kSpriteHalf), sprite);
        } else {
            drawMarker(painter, c, point.shape, ink(point.color), point.scale);
        }
    }
    // Labels beside their markers, placed so that none covers another label or a marker: each tries
    // the four corners around its point, then above and below; one that fits nowhere is left out
    // rather than piled on (the legend and the hover readout still name every point).
    const QFontMetricsF metrics(painter.font());
    // Labels keep clear of the legend, drawn over them later.
    QVector<QRectF> taken = {legendBox(layout, legendEntries())};
    // Among a few hundred markers a label keeps clear of them; in a crowd (a thousand instances) it
    // could find no room, so there it only keeps clear of other labels. Background dots (scale
    // below 0.55, e.g. lattice points) may be covered.
    const auto obstacles = std::count_if(points_.begin(), points_.end(), [](const FieldPoint& p) { return p.scale >= 0.55; });
    if (obstacles <= 300)
        for (const FieldPoint& point : points_) {
            if (point.scale < 0.55)
                continue;
            const QPointF c = layout.toPixel(point.position);
            taken.append(QRectF(c - QPointF(6, 6), QSizeF(12, 12)));
        }
    for (const FieldPoint& point : points_) {
        if (point.labelPlacement != FieldPoint::LabelPlacement::BesideMarker || point.label.isEmpty())
            continue;
        const QPointF c = clampToDrawable(layout.toPixel(point.position));
        const double width = metrics.horizontalAdvance(point.label), height = metrics.height();
        const QRectF candidates[] = {
            QRectF(c.x() + 9, c.y() - 8 - height * 0.8, width, height), QRectF(c.x() + 9, c.y() + 2, width, height),
            QRectF(c.x() - 9 - width, c.y() - 8 - height * 0.8, width, height), QRectF(c.x() - 9 - width, c.y() + 2, width, height),
            QRectF(c.x() - width / 2, c.y() - 10 - height, width, height), QRectF(c.x() - width / 2, c.y() + 9, width, height)};
        const QRectF own(c - QPointF(6, 6), QSizeF(12, 12));
        for (const QRectF& box : candidates) {
            if (!layout.plot.contains(box))
                continue;
            const bool free = std::none_of(taken.begin(), taken.end(), [&](const QRectF& other) {
                return other != own && other.intersects(box.adjusted(-1, -1, 1, 1));
            });
            if (!free)
                continue;
            // Dark text on a light halo reads on every colour of the map. Stroking the halo is the
            // costly part, so on a raster device each label is drawn once and stamped after that.
            const QPointF origin(box.left(), box.top() + metrics.ascent());
            if (raster) {
                const QString key = point.label + QLatin1Char('\x1f') + painter.font().toString() + QString::number(ratio);
                if (labelSprites_.size() > 1024 && !labelSprites_.contains(key))
                    labelSprites_.clear(); // labels that change every frame must not pile up
                QImage& sprite = labelSprites_[key];
                if (sprite.isNull()) {
                    const QSizeF size(width + 8, height + 8);
                    sprite = QImage((size * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
                    sprite.setDevicePixelRatio(ratio);
                    sprite.fill(Qt::transparent);
                    QPainter stamp(&sprite);
                    stamp.setRenderHint(QPainter::Antialiasing, true);
                    drawHaloText(stamp, QPointF(4, 4 + metrics.ascent()), painter.font(), point.label);
                }
                painter.drawImage(origin - QPointF(4, 4 + metrics.ascent()), sprite);
            } else {
                drawHaloText(painter, origin, painter.font(), point.label);
            }
            taken.append(box);
            break;
        }
    }
    painter.restore();
}

void FieldView::drawOverlay(QPainter& painter, const Layout& layout, bool underneath)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(style::labelFont());
    for (const FieldShape& shape : overlay_) {
        if (shape.points.size() < 2 || shape.underneath != underneath)
            continue;
        QPolygonF pixels;
        for (const QPointF& p : shape.points)
            pixels << layout.toPixel(p);
        const QRectF bounds = clipBounds(layout.plot);
        // Round joins on a dense curve cost an arc per vertex in the stroker and look the same as
        // bevels there; a few-cornered shape keeps them.
        const Qt::PenJoinStyle join = shape.points.size() > 12 ? Qt::BevelJoin : Qt::RoundJoin;
        QPen casing(style::halo(200), shape.width + 3, Qt::SolidLine, Qt::RoundCap, join);
        QPen pen(ink(shape.color), shape.width, shape.dashed ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap, join);
        switch (shape.kind) {
        case FieldShape::Kind::Arrow: {
            if (!insideBounds(pixels.mid(0, 2), bounds)) { // its head is out of sight: the shaft alone
                const QVector<QPolygonF> shaft = clipPolyline(pixels.mid(0, 2), bounds);
                painter.setBrush(Qt::NoBrush);
                for (const QPen& p : {casing, pen}) {
                    painter.setPen(p);
                    drawRuns(painter, shaft);
                }
                break;
            }
            const QPointF tail = pixels[0], tip = pixels[1];
            const QPointF d = tip - tail;
            const double length = std::hypot(d.x(), d.y());
            if (length < 1)
                break;
            const QPointF unit = d / length;
            const double head = std::min(12.0, 0.4 * length);
            for (const QPen& p : {casing, pen}) {
                painter.setPen(p);
                painter.setBrush(Qt::NoBrush);
                painter.drawLine(tail, tip - unit * head * 0.7);
            }
            painter.setPen(QPen(style::halo(200), 1.5));
            painter.setBrush(ink(shape.color));
            painter.drawPolygon(arrowHead(tip, unit, head, 0.45 * head));
            break;
        }
        case FieldShape::Kind::Polygon: {
            const bool whole = insideBounds(pixels, bounds);
            if (shape.fill.alpha() > 0) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(shape.fill);
                painter.drawPolygon(whole ? pixels : pixels.intersected(QPolygonF(bounds)));
            }
            painter.setBrush(Qt::NoBrush);
            const QVector<QPolygonF> outline = whole ? QVector<QPolygonF>{} : clipOutline(pixels, bounds);
            for (const QPen& p : shape.casing ? QVector<QPen>{casing, pen} : QVector<QPen>{pen}) {
                painter.setPen(p);
                if (whole)
                    painter.drawPolygon(pixels);
                drawRuns(painter, outline);
            }
            break;
        }
        case FieldShape::Kind::Polyline: {
            const QVector<QPolygonF> runs = clipPolyline(pixels, bounds);
            if (shape.casing) {
                painter.setPen(casing);
                drawRuns(painter, runs);
            }
            painter.setPen(pen);
            drawRuns(painter, runs);
            break;
        }
        case FieldShape::Kind::Rectangle: {
            if (!isFinite(pixels[0]) || !isFinite(pixels[1]))
                break;
            const QRectF box = QRectF(pixels[0], pixels[1]).normalized().intersected(bounds); // its cut sides stay out of sight
            for (const QPen& p : {casing, pen}) {
                painter.setPen(p);
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(box);
            }
            break;
        }
        }
    }
    painter.restore();
}

void FieldView::drawAxes(QPainter& painter, const Layout& layout)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(style::axisColor(), style::lineWidth(1.2)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(layout.plot);

    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setFont(style::tickFont());
    const QFontMetricsF metrics(style::tickFont());
    const int xTarget = std::max(2, int(layout.plot.width() / 100));
    const int yTarget = std::max(2, int(layout.plot.height() / 70));
    // On log axes the ticks stand at whole powers of ten.
    auto ticks = [this](double lo, double hi, int target) {
        if (!logAxes_)
            return core::niceTicks(lo, hi, target);
        std::vector<double> list;
        const double step = std::max(1.0, std::ceil(core::niceStep(lo, hi, target)));
        for (double p = std::ceil(lo / step) * step; p <= hi; p += step)
            list.push_back(p);
        return list;
    };
    auto tickText = [this](double value, double step) {
        return logAxes_ ? powerOfTen(int(std::lround(value))) : style::formatTick(value, step);
    };
    const double xStep = core::niceStep(layout.box.x0, layout.box.x1, xTarget);
    for (double x : ticks(layout.box.x0, layout.box.x1, xTarget)) {
        const double px = layout.toPixel(x, layout.box.y0).x();
        painter.drawLine(QPointF(px, layout.plot.bottom()), QPointF(px, layout.plot.bottom() + 5));
        const QString text = tickText(x, xStep);
        const double w = metrics.horizontalAdvance(text);
        painter.drawText(QPointF(px - w / 2, layout.plot.bottom() + 6 + metrics.ascent()), text);
    }
    const double yStep = core::niceStep(layout.box.y0, layout.box.y1, yTarget);
    for (double y : ticks(layout.box.y0, layout.box.y1, yTarget)) {
        const double py = layout.toPixel(layout.box.x0, y).y();
        painter.drawLine(QPointF(layout.plot.left() - 5, py), QPointF(layout.plot.left(), py));
        const QString text = tickText(y, yStep);
        const double w = metrics.horizontalAdvance(text);
        painter.drawText(QPointF(layout.plot.left() - 8 - w, py + metrics.ascent() / 2 - 1), text);
    }

    if (!xTitle_.isEmpty()) {
        const FittedText fitted = fitText(xTitle_, style::labelFont(), layout.target.width() - 8, 1);
        const QFontMetricsF metrics(fitted.font);
        painter.setFont(fitted.font);
        const double w = metrics.horizontalAdvance(fitted.lines.first());
        const QPointF baseline(std::max(layout.target.left() + 4, layout.plot.center().x() - w / 2), layout.target.bottom() - metrics.descent() - 3);
        painter.drawText(baseline, fitted.lines.first());
        if (fitted.elided)
            elided_.add(xTitle_, QRectF(baseline.x(), baseline.y() - metrics.ascent(), w, metrics.height()));
    }
    if (!yTitle_.isEmpty()) {
        const FittedText fitted = fitText(yTitle_, style::labelFont(), layout.target.height() - 8, 1);
        const QFontMetricsF metrics(fitted.font);
        painter.save();
        painter.setFont(fitted.font);
        painter.translate(layout.target.left() + metrics.ascent() + 2, layout.plot.center().y());
        painter.rotate(-90);
        painter.drawText(QPointF(-metrics.horizontalAdvance(fitted.lines.first()) / 2, 0), fitted.lines.first());
        painter.restore();
        if (fitted.elided)
            elided_.add(yTitle_, QRectF(layout.target.left(), layout.target.top(), metrics.height() + 4, layout.target.height()));
    }
    if (!title_.isEmpty()) {
        // Each line centred; the subtitle right below the title.
        double y = layout.target.top() + 4;
        auto drawLines = [&](const FittedText& fitted, const QString& whole) {
            const QFontMetricsF metrics(fitted.font);
            painter.setFont(fitted.font);
            const double first = y;
            for (const QString& line : fitted.lines) {
                painter.drawText(QPointF(layout.target.center().x() - metrics.horizontalAdvance(line) / 2, y + metrics.ascent()), line);
                y += metrics.height();
            }
            if (fitted.elided)
                elided_.add(whole, QRectF(layout.target.left(), first, layout.target.width(), y - first));
        };
        drawLines(layout.title, title_);
        if (!subtitle_.isEmpty()) {
            y += 2;
            drawLines(layout.subtitle, subtitle_);
        }
    }
    painter.restore();
}

QVector<QPair<QString, QColor>> FieldView::legendEntries() const
{
    QVector<QPair<QString, QColor>> entries;
    for (const FieldPath& path : paths_)
        if (!path.name.isEmpty())
            entries.append({path.name, ink(path.color)});
    for (const FieldPoint& point : points_)
        if (!point.label.isEmpty() && point.labelPlacement == FieldPoint::LabelPlacement::Legend)
            entries.append({point.label, ink(point.color)});
    for (const FieldShape& shape : overlay_)
        if (!shape.label.isEmpty())
            entries.append({shape.label, ink(shape.color)});
    entries += legendKeys_;
    if (!note_.isEmpty())
        entries.append({note_, style::errorColor()});
    return entries;
}


// The legend's text at full size if it fits inside the plot, else a step or two smaller; entries that
// still do not fit take two lines, and only then are they elided.
FieldView::LegendLayout FieldView::legendLayout(const Layout& layout, const QVector<QPair<QString, QColor>>& entries) const
{
    LegendLayout legend;
    if (entries.isEmpty())
        return legend;
    const double textRoom = layout.plot.width() - 16 - kLegendSwatch - 3 * kLegendPadding;
    for (const double factor : {1.0, 0.9, kMinimumTextFactor}) {
        legend.font = style::scaledFont(style::labelFont(), factor);
        const QFontMetricsF metrics(legend.font);
        double widest = 0;
        for (const auto& entry : entries)
            widest = std::max(widest, metrics.horizontalAdvance(entry.first));
        legend.entries.clear();
        if (widest <= textRoom || factor == kMinimumTextFactor) {
            for (const auto& entry : entries)
                legend.entries.append(widest <= textRoom ? FittedText{legend.font, {entry.first}, false}
                                                         : wrapText(entry.first, legend.font, textRoom, 2));
            break;
        }
    }
    const QFontMetricsF metrics(legend.font);
    double width = 0, height = kLegendPadding;
    for (const FittedText& entry : legend.entries) {
        for (const QString& line : entry.lines)
            width = std::max(width, metrics.horizontalAdvance(line));
        height += entry.lines.size() * metrics.height() + 4;
    }
    width = std::min(width + kLegendSwatch + 3 * kLegendPadding, layout.plot.width() - 16);
    legend.box = legendCorner(layout, QSizeF(width, height));
    return legend;
}

// The plot's corner where the legend hides least of what is drawn: paths (the whole path, not the part
// played so far, so that the legend stays put while they play), marked points and overlaid lines. Top
// right unless another corner hides less.
QRectF FieldView::legendCorner(const Layout& layout, const QSizeF& size) const
{
    const QRectF plot = layout.plot;
    const double left = plot.left() + 8, right = plot.right() - size.width() - 8;
    const double top = plot.top() + 8, bottom = plot.bottom() - size.height() - 8;
    const std::array<QRectF, 4> corners = {QRectF(QPointF(right, top), size), QRectF(QPointF(left, top), size),
                                           QRectF(QPointF(right, bottom), size), QRectF(QPointF(left, bottom), size)};
    std::array<int, 4> hidden{};
    const auto countLine = [&](const QVector<QPointF>& points, int weight) {
        // Sampled along each segment, a few thousand samples at most: a line may cross a corner between its vertices.
        const qsizetype stride = std::max<qsizetype>(1, points.size() / 1000);
        for (qsizetype i = 0; i < points.size(); i += stride) {
            const QPointF a = layout.toPixel(points[i]);
            const QPointF b = layout.toPixel(points[std::min(i + stride, points.size() - 1)]);
            for (int t = 0; t < 4; ++t) {
                const QPointF sample = a + (b - a) * (t / 4.0);
                for (std::size_t c = 0; c < corners.size(); ++c)
                    hidden[c] += corners[c].contains(sample) ? weight : 0;
            }
        }
    };
    for (const FieldPath& path : paths_)
        countLine(path.points, 1);
    for (const FieldShape& shape : overlay_)
        countLine(shape.points, 1);
    for (const FieldPoint& point : points_)
        for (std::size_t c = 0; c < corners.size(); ++c)
            hidden[c] += corners[c].adjusted(-6, -6, 6, 6).contains(layout.toPixel(point.position)) ? 8 : 0;
    return corners[std::size_t(std::min_element(hidden.begin(), hidden.end()) - hidden.begin())];
}

QRectF FieldView::legendBox(const Layout& layout, const QVector<QPair<QString, QColor>>& entries) const
{
    return legendLayout(layout, entries).box;
}

void FieldView::drawLegend(QPainter& painter, const Layout& layout)
{
    const QVector<QPair<QString, QColor>> entries = legendEntries();
    if (entries.isEmpty())
        return;
    const LegendLayout legend = legendLayout(layout, entries);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(legend.font);
    const QFontMetricsF metrics(legend.font);
    const QRectF& box = legend.box;
    painter.setPen(QPen(style::gridColor(), 1));
    painter.setBrush(style::halo(225));
    painter.drawRoundedRect(box, 4, 4);
    double y = box.top() + kLegendPadding / 2;
    for (int k = 0; k < entries.size(); ++k) {
        const FittedText& text = legend.entries[k];
        const double entryHeight = text.lines.size() * metrics.height() + 4;
        const double firstLine = metrics.height() + 4;
        painter.setPen(QPen(QColor(0, 0, 0, 110), 1));
        painter.setBrush(entries[k].second);
        painter.drawRoundedRect(QRectF(box.left() + kLegendPadding, y + (firstLine - kLegendSwatch) / 2, kLegendSwatch, kLegendSwatch), 3, 3);
        painter.setPen(entries[k].second == style::errorColor() ? style::errorColor() : style::textColor());
        for (int line = 0; line < text.lines.size(); ++line)
            painter.drawText(QPointF(box.left() + 2 * kLegendPadding + kLegendSwatch,
                                     y + line * metrics.height() + (firstLine + metrics.ascent() - metrics.descent()) / 2),
                             text.lines[line]);
        if (text.elided)
            elided_.add(entries[k].first, QRectF(box.left(), y, box.width(), entryHeight));
        y += entryHeight;
    }
    painter.restore();
}

void FieldView::drawHoverReadout(QPainter& painter, const Layout& layout)
{
    if (!hover_ || !layout.plot.contains(*hover_))
        return;
    const QPointF p = layout.toData(*hover_);
    auto shown = [this](double v) { return style::formatValue(logAxes_ ? std::pow(10.0, v) : v); };
    QString text = QStringLiteral("(%1, %2)").arg(shown(p.x()), shown(p.y()));
    // The value under the cursor: of the contoured function when the colours show something else;
    // a plain categorical backdrop (a white page under shapes) has no value worth showing.
    if (contourSampler_)
        text += QStringLiteral("  f = %1").arg(style::formatValue(contourSampler_(p.x(), p.y())));
    else if (sampler_ && scale_ != ColorScale::Categorical)
        text += QStringLiteral("  f = %1").arg(style::formatValue(sampler_(p.x(), p.y())));
    // The name of a labelled point under the cursor, also when its label had no room on the map.
    double nearest = 14;
    for (const FieldPoint& point : points_) {
        const QPointF offset = layout.toPixel(point.position) - *hover_;
        const double distance = std::hypot(offset.x(), offset.y());
        if (!point.label.isEmpty() && distance < nearest) {
            nearest = distance;
            text = point.label + QStringLiteral("  ") + QStringLiteral("(%1, %2)").arg(shown(point.position.x()), shown(point.position.y()));
        }
    }
    painter.save();
    painter.setFont(style::tickFont());
    const QFontMetricsF metrics(style::tickFont());
    const QRectF box(layout.plot.left() + 6, layout.plot.bottom() - metrics.height() - 10,
                     metrics.horizontalAdvance(text) + 12, metrics.height() + 6);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style::halo(210));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(style::textColor());
    painter.drawText(box.adjusted(6, 3, -6, -3), Qt::AlignLeft | Qt::AlignVCenter, text);
    painter.restore();
}

void FieldView::paintPlot(QPainter& painter, const QRectF& target)
{
    elided_.clear();
    const Layout layout = layoutFor(target);
    painter.fillRect(target, style::background());
    drawHeatMap(painter, layout);
    painter.save();
    painter.setClipRect(layout.plot);
    drawDirectionField(painter, layout);
    drawOverlay(painter, layout, true);
    drawPaths(painter, layout);
    drawPoints(painter, layout);
    drawOverlay(painter, layout, false);
    painter.restore();
    drawAxes(painter, layout);
    drawLegend(painter, layout);
}

void FieldView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paintPlot(painter, rect());
    drawHoverReadout(painter, layoutFor(rect()));
}

bool FieldView::event(QEvent* event)
{
    return showElidedToolTip(this, event, elided_) || QWidget::event(event);
}

void FieldView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    pressPosition_ = event->position();
    pressView_ = view_;
    dragging_ = false;
}

void FieldView::mouseMoveEvent(QMouseEvent* event)
{
    hover_ = event->position();
    if (pressPosition_ && (event->buttons() & Qt::LeftButton)) {
        const QPointF delta = event->position() - *pressPosition_;
        if (!dragging_ && delta.manhattanLength() > 4)
            dragging_ = true;
        if (dragging_) {
            const Layout layout = layoutFor(rect());
            const double dx = -delta.x() / layout.plot.width() * layout.box.width();
            const double dy = delta.y() / layout.plot.height() * layout.box.height();
            view_ = {pressView_.x0 + dx, pressView_.x1 + dx, pressView_.y0 + dy, pressView_.y1 + dy};
            invalidateRaster();
            return;
        }
    }
    update();
}

void FieldView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !pressPosition_)
        return;
    const bool wasClick = !dragging_;
    pressPosition_.reset();
    dragging_ = false;
    const Layout layout = layoutFor(rect());
    if (wasClick && pickEnabled_ && layout.plot.contains(event->position()))
        emit pointPicked(layout.toData(event->position()));
}

void FieldView::mouseDoubleClickEvent(QMouseEvent*) { resetView(); }

void FieldView::wheelEvent(QWheelEvent* event)
{
    const Layout layout = layoutFor(rect());
    if (!layout.plot.contains(event->position()))
        return;
    const QPointF anchor = layout.toData(event->position());
    const double factor = std::pow(0.85, event->angleDelta().y() / 120.0);
    // Zoom the (aspect-corrected) visible box about the cursor so the point under it stays put.
    const DataBox& b = layout.box;
    view_ = {anchor.x() + (b.x0 - anchor.x()) * factor, anchor.x() + (b.x1 - anchor.x()) * factor,
             anchor.y() + (b.y0 - anchor.y()) * factor, anchor.y() + (b.y1 - anchor.y()) * factor};
    invalidateRaster();
    event->accept();
}

void FieldView::leaveEvent(QEvent*)
{
    hover_.reset();
    update();
}

QVector<double> suggestedContourLevels(const FieldView::Sampler& f, const DataBox& box, double floor, bool logarithmic,
                                       int count)
{
    constexpr int kSamples = 64;
    double lo = INFINITY, hi = -INFINITY;
    for (int j = 0; j < kSamples; ++j)
        for (int i = 0; i < kSamples; ++i) {
            const double v = f(box.x0 + box.width() * i / (kSamples - 1), box.y0 + box.height() * j / (kSamples - 1));
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
    QVector<double> levels;
    if (!(hi > lo) || count < 2)
        return levels;
    if (logarithmic) {
        // From the top of the box down six decades above the floor.
        const double top = hi - floor;
        if (!(top > 0))
            return levels;
        for (int k = 0; k < count; ++k)
            levels.append(floor + top * std::pow(10.0, -6.0 * (k + 0.5) / count));
    } else {
        for (int k = 1; k <= count; ++k)
            levels.append(lo + (hi - lo) * k / (count + 1));
    }
    return levels;
}

QVector<QPointF> toPointList(const std::vector<core::Vec2>& points)
{
    QVector<QPointF> list;
    list.reserve(qsizetype(points.size()));
    for (const core::Vec2& p : points)
        list.append(QPointF(p[0], p[1]));
    return list;
}

QPolygonF arrowHead(const QPointF& tip, const QPointF& unit, double length, double halfWidth)
{
    const QPointF normal(-unit.y(), unit.x());
    return {tip, tip - unit * length + normal * halfWidth, tip - unit * length - normal * halfWidth};
}

} // namespace gradus
