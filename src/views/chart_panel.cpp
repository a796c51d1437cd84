#include "chart_panel.h"

#include <QGraphicsLayout>

#include "core/plot/ticks.h"
#include "plot_style.h"
#include "text_fit.h"

#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QTextDocumentFragment>
#include <QTimer>

#include <QChart>
#include <QChartView>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLegend>
#include <QPainter>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace gradus {

namespace {
const QMargins kChartMargins(4, 4, 8, 4);
} // namespace

namespace {

// Ticks at round numbers (1, 2, 5 × 10^k) with labels that show just the digits they need.
void applyNiceTicks(QValueAxis& axis, double lo, double hi, int target = 5)
{
    const double step = core::niceStep(lo, hi, target);
    axis.setTickType(QValueAxis::TicksDynamic);
    axis.setTickAnchor(0.0);
    axis.setTickInterval(step);
    const int decimals = std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 0, 8);
    axis.setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}

// Widens [lo, hi] to the neighbouring round numbers and ticks it.
void roundOutward(QValueAxis& axis, double& lo, double& hi)
{
    const double step = core::niceStep(lo, hi, 5);
    lo = std::floor(lo / step + 1e-9) * step;
    hi = std::ceil(hi / step - 1e-9) * step;
    if (hi <= lo)
        hi = lo + step;
    applyNiceTicks(axis, lo, hi);
}

} // namespace

namespace {

void styleAxis(QAbstractAxis* axis, double textFactor)
{
    axis->setLabelsFont(style::scaledFont(style::tickFont(), textFactor));
    axis->setTitleFont(style::scaledFont(style::labelFont(), textFactor));
    axis->setLabelsBrush(style::textColor());
    axis->setTitleBrush(style::textColor());
    axis->setLinePenColor(style::axisColor());
    axis->setGridLineColor(style::gridColor());
}

} // namespace

ChartPanel::ChartPanel(QWidget* parent) : QWidget(parent), chart_(new QChart), view_(new QChartView(chart_, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setFrameShape(QFrame::NoFrame);
    view_->setMinimumSize(0, 0);
    chart_->legend()->setAlignment(Qt::AlignTop);
    chart_->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries); // squares and circles stay apart
    chart_->setMargins(kChartMargins);
    chart_->setBackgroundRoundness(0);
    chart_->setAnimationOptions(QChart::NoAnimation);

    // An empty series on the axes: what maps data coordinates to the chart for the marker overlay.
    marker_ = new QLineSeries;
    chart_->addSeries(marker_);
    for (QLegendMarker* legendMarker : chart_->legend()->markers(marker_))
        legendMarker->setVisible(false);
    rebuildAxes();

    // The marker is drawn over the chart, not as a series: moving it repaints two thin strips instead
    // of the whole chart (while playing, the charts were the slowest part of a frame).
    markerOverlay_ = new MarkerOverlay(this, view_->viewport());
    markerOverlay_->setAttribute(Qt::WA_TransparentForMouseEvents);
    view_->viewport()->installEventFilter(this);
    applyStyle();
    connect(&style::notifier(), &style::StyleNotifier::changed, this, &ChartPanel::applyStyle);
}

void ChartPanel::applyStyle()
{
    view_->setBackgroundBrush(style::background()); // no grey frame around the chart in exports
    chart_->setBackgroundBrush(style::background());
    chart_->setBackgroundPen(Qt::NoPen);
    chart_->setTitleFont(style::scaledFont(style::titleFont(), textFactor_));
    chart_->setTitleBrush(style::textColor());
    chart_->legend()->setFont(style::scaledFont(style::labelFont(), legendFactor_));
    chart_->legend()->setLabelColor(style::textColor());
    for (QAbstractAxis* axis : chart_->axes())
        styleAxis(axis, textFactor_);
    for (qsizetype i = 0; i < series_.size(); ++i) {
        const QColor color = style::onBackground(seriesColors_[i]);
        if (auto* scatter = qobject_cast<QScatterSeries*>(series_[i])) {
            scatter->setColor(color);
            scatter->setBorderColor(style::background());
        } else {
            QPen pen = series_[i]->pen();
            pen.setColor(color);
            pen.setWidthF(style::lineWidth(2.5));
            series_[i]->setPen(pen);
        }
    }
    markerOverlay_->update();
}

bool ChartPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == view_->viewport() && event->type() == QEvent::Resize) {
        markerOverlay_->setGeometry(view_->viewport()->rect());
        fitToSize();
    }
    return QWidget::eventFilter(watched, event);
}

std::optional<QLineF> ChartPanel::markerLine() const
{
    if (!std::isfinite(markerX_) || series_.isEmpty() || (logX_ && markerX_ <= 0))
        return std::nullopt;
    const QPointF top = view_->mapFromScene(chart_->mapToScene(chart_->mapToPosition({markerX_, yMax_}, marker_)));
    const QPointF bottom = view_->mapFromScene(chart_->mapToScene(chart_->mapToPosition({markerX_, yMin_}, marker_)));
    const QRectF plot = view_->mapFromScene(chart_->mapToScene(chart_->plotArea())).boundingRect();
    if (top.x() < plot.left() - 1 || top.x() > plot.right() + 1)
        return std::nullopt;
    return QLineF(top, bottom);
}

void MarkerOverlay::paintEvent(QPaintEvent*)
{
    const std::optional<QLineF> line = panel_->markerLine();
    if (!line)
        return;
    QPainter painter(this);
    painter.setPen(QPen(style::mutedColor(), style::lineWidth(1.5), Qt::DashLine));
    painter.drawLine(*line);
}

void ChartPanel::setTitle(const QString& title)
{
    title_ = title;
    chart_->setTitle(title);
    scheduleFit();
}

void ChartPanel::setAxisTitles(const QString& x, const QString& y)
{
    xTitle_ = x;
    yTitle_ = y;
    xAxis_->setTitleText(x);
    yAxis_->setTitleText(y);
    scheduleFit();
}

void ChartPanel::setLogX(bool logarithmic)
{
    if (logX_ == logarithmic)
        return;
    logX_ = logarithmic;
    rebuildAxes();
}

void ChartPanel::setLogY(bool logarithmic)
{
    if (logY_ == logarithmic)
        return;
    logY_ = logarithmic;
    rebuildAxes();
}

namespace {
QAbstractAxis* makeAxis(bool logarithmic, double textFactor)
{
    QAbstractAxis* axis = nullptr;
    if (logarithmic) {
        auto* log = new QLogValueAxis;
        log->setBase(10);
        log->setLabelFormat(QStringLiteral("%.0e"));
        axis = log;
    } else {
        auto* linear = new QValueAxis;
        linear->setLabelFormat(QStringLiteral("%g"));
        axis = linear;
    }
    styleAxis(axis, textFactor);
    return axis;
}

// Decade bounds, nudged outwards so that rounding cannot drop the end labels. Values more than
// eighteen decades below the top are rounding noise (f − f* of a converged run): cut off.
void decadeBounds(double& lo, double& hi)
{
    lo = std::max(lo, hi * 1e-18);
    lo = std::pow(10.0, std::floor(std::log10(lo))) * (1 - 1e-9);
    hi = std::pow(10.0, std::ceil(std::log10(hi))) * (1 + 1e-9);
    if (hi <= lo * 1.5)
        hi = lo * 10;
}

// A range narrower than float noise (e.g. 100 % energy kept, give or take 1e-12) would ask Qt Charts
// for millions of tick labels, which hangs it: such a range becomes a small one around the value.
void widenIfFlat(double& lo, double& hi)
{
    const double scale = std::max({std::abs(lo), std::abs(hi), 1e-300});
    if (hi - lo > 1e-6 * scale)
        return;
    const double middle = 0.5 * (lo + hi);
    const double half = middle == 0 ? 1.0 : 0.05 * std::abs(middle);
    lo = middle - half;
    hi = middle + half;
}

// A label every 10^k decades so that a wide range gets at most about `labels` labels.
void spaceLogLabels(QAbstractAxis* axis, double lo, double hi, int labels = 8)
{
    if (auto* log = qobject_cast<QLogValueAxis*>(axis)) {
        const double decades = std::log10(hi / lo);
        log->setBase(std::pow(10.0, std::max(1.0, std::ceil(decades / labels))));
        // Plain numbers (1, 10, 100) read faster than exponents where they stay short.
        log->setLabelFormat(lo >= 1e-3 && hi <= 1e5 ? QStringLiteral("%g") : QStringLiteral("%.0e"));
    }
}
} // namespace

namespace {

// Long series are reduced to the first, lowest, highest and last point of each of 400 buckets
// along x: the drawn envelope is the same at any plot width, and painting stays fast.
QList<QPointF> decimated(const QList<QPointF>& points)
{
    constexpr int kBuckets = 400;
    if (points.size() <= 4 * kBuckets)
        return points;
    QList<QPointF> out;
    out.reserve(4 * kBuckets);
    const qsizetype size = points.size();
    for (int b = 0; b < kBuckets; ++b) {
        const qsizetype from = size * b / kBuckets, to = size * (b + 1) / kBuckets;
        if (from >= to)
            continue;
        qsizetype low = from, high = from;
        for (qsizetype i = from; i < to; ++i) {
            if (points[i].y() < points[low].y())
                low = i;
            if (points[i].y() > points[high].y())
                high = i;
        }
        for (qsizetype i : {from, std::min(low, high), std::max(low, high), to - 1})
            if (out.isEmpty() || out.last() != points[i])
                out.append(points[i]);
    }
    return out;
}

} // namespace

bool ChartPanel::drawable(const QPointF& p) const
{
    return std::isfinite(p.x()) && std::isfinite(p.y()) && !(logX_ && p.x() <= 0) && !(logY_ && p.y() <= 0);
}

void ChartPanel::rebuildAxes()
{
    for (QAbstractAxis* axis : chart_->axes()) {
        chart_->removeAxis(axis);
        delete axis;
    }
    xAxis_ = makeAxis(logX_, textFactor_);
    yAxis_ = makeAxis(logY_, textFactor_);
    xAxis_->setTitleText(xTitle_);
    yAxis_->setTitleText(yTitle_);
    chart_->addAxis(xAxis_, Qt::AlignBottom);
    chart_->addAxis(yAxis_, Qt::AlignLeft);
    for (QXYSeries* series : series_) {
        series->attachAxis(xAxis_);
        series->attachAxis(yAxis_);
    }
    marker_->attachAxis(xAxis_);
    marker_->attachAxis(yAxis_);
}

void ChartPanel::setSeries(const QVector<ChartSeries>& input)
{
    // The same kinds of series as before (a new result of the same lesson) are refilled in place:
    // removing and adding them rebuilds Qt Charts' items, which for 2,000 scatter markers took 40 ms
    // of the GUI thread.
    const auto sameKind = [](const QXYSeries* series, const ChartSeries& spec) {
        const auto* scatter = qobject_cast<const QScatterSeries*>(series);
        if (!spec.scatter)
            return !scatter;
        return scatter && (scatter->markerShape() == QScatterSeries::MarkerShapeRectangle) == spec.squareMarkers;
    };
    bool reuse = series_.size() == input.size();
    for (int i = 0; reuse && i < input.size(); ++i)
        reuse = sameKind(series_[i], input[i]);
    if (!reuse) {
        for (QXYSeries* series : series_) {
            chart_->removeSeries(series);
            delete series;
        }
        series_.clear();
    }
    seriesColors_.clear();

    double xMin = INFINITY, xMax = -INFINITY, yMin = INFINITY, yMax = -INFINITY;
    bool anyScatter = false;
    for (int i = 0; i < input.size(); ++i) {
        const ChartSeries& spec = input[i];
        anyScatter = anyScatter || spec.scatter;
        QList<QPointF> points;
        points.reserve(spec.points.size());
        for (const QPointF& p : spec.points) {
            if (!drawable(p))
                continue;
            points.append(p);
            if (!spec.fitRange)
                continue;
            xMin = std::min(xMin, p.x());
            xMax = std::max(xMax, p.x());
            yMin = std::min(yMin, p.y());
            yMax = std::max(yMax, p.y());
        }
        QXYSeries* series = reuse ? series_[i] : nullptr;
        if (spec.scatter) {
            auto* scatter = series ? static_cast<QScatterSeries*>(series) : new QScatterSeries;
            scatter->setMarkerSize(9);
            if (spec.squareMarkers)
                scatter->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
            scatter->setColor(style::onBackground(spec.color));
            scatter->setBorderColor(style::background());
            series = scatter;
        } else {
            if (!series)
                series = new QLineSeries;
            series->setPen(QPen(style::onBackground(spec.color), style::lineWidth(2.5), spec.dotted ? Qt::DotLine : spec.dashed ? Qt::DashLine : Qt::SolidLine));
        }
        series->setName(spec.name);
        series->replace(spec.scatter ? points : decimated(points));
        if (!reuse) {
            chart_->addSeries(series);
            series->attachAxis(xAxis_);
            series->attachAxis(yAxis_);
            series_.append(series);
        }
        // A series without a name (the points that go with a named one) has no row in the legend.
        for (QLegendMarker* legendMarker : chart_->legend()->markers(series))
            legendMarker->setVisible(!spec.name.isEmpty());
        seriesColors_.append(spec.color);
    }
    if (!(xMin <= xMax)) { // nothing drawable: an empty frame with sane axes
        xMin = logX_ ? 1 : 0, xMax = logX_ ? 10 : 1;
        yMin = logY_ ? 0.1 : 0, yMax = 1;
    }
    if (logX_) {
        decadeBounds(xMin, xMax);
        spaceLogLabels(xAxis_, xMin, xMax);
    } else {
        widenIfFlat(xMin, xMax);
        if (anyScatter) { // keep markers at the edges whole
            const double pad = 0.03 * (xMax - xMin);
            xMin -= pad;
            xMax += pad;
        }
    }
    if (logY_) {
        // The ceiling and floor before the decades: decadeBounds drops what lies far below the top, which
        // would otherwise be measured from a top that the ceiling then cuts away.
        if (yMax > yCeiling_ && yCeiling_ > 0)
            yMax = yCeiling_;
        if (yMin < yFloor_ && yFloor_ > 0)
            yMin = yFloor_;
        if (!(yMin < yMax))
            yMin = yMax / 10;
        decadeBounds(yMin, yMax);
        spaceLogLabels(yAxis_, yMin, yMax);
    } else {
        widenIfFlat(yMin, yMax);
        const double pad = 0.05 * (yMax - yMin);
        yMin -= pad;
        yMax += pad;
    }
    if (auto* x = qobject_cast<QValueAxis*>(xAxis_)) {
        if (anyScatter) // data axes: round limits; iteration axes keep their exact extent
            roundOutward(*x, xMin, xMax);
        else
            applyNiceTicks(*x, xMin, xMax);
    }
    if (yMax > yCeiling_) // NaN compares false
        yMax = std::max(yCeiling_, yMin + 1e-9);
    if (yMin < yFloor_)
        yMin = std::min(yFloor_, yMax - 1e-9);
    if (auto* y = qobject_cast<QValueAxis*>(yAxis_)) {
        roundOutward(*y, yMin, yMax);
        if (yMax > yCeiling_) { // a ceiling that is not on a tick
            yMax = yCeiling_;
            applyNiceTicks(*y, yMin, yMax);
        }
    }
    xMin_ = xMin, xMax_ = xMax, yMin_ = yMin, yMax_ = yMax;
    xAxis_->setRange(xMin, xMax);
    yAxis_->setRange(yMin, yMax);
    // Qt Charts 6.4 lays out the markers of replaced series only at the chart's next geometry
    // change: a chart refreshed in place (a solver's live progress) showed no legend until then.
    if (QGraphicsLayout* legendLayout = chart_->legend()->layout())
        legendLayout->invalidate();
    markerOverlay_->update(); // the axes moved: the line may be anywhere now
    updateMarker();
    scheduleFit();
}

void ChartPanel::setSeriesPoints(int index, const QVector<QPointF>& input)
{
    if (index < 0 || index >= series_.size())
        return;
    QList<QPointF> points;
    points.reserve(input.size());
    for (const QPointF& p : input)
        if (drawable(p))
            points.append(p);
    series_[index]->replace(points);
}

void ChartPanel::setSeriesName(int index, const QString& name)
{
    // No fit here: a renamed series (an animation's every frame) keeps the chart's text as it is, so that
    // playing stays cheap and each frame looks like the figure's export of it.
    if (index >= 0 && index < series_.size())
        series_[index]->setName(name);
}

void ChartPanel::setLegendVisible(bool visible)
{
    chart_->legend()->setVisible(visible);
    scheduleFit();
}

void ChartPanel::setLegendOnRight(bool right)
{
    legendOnRight_ = right;
    placeLegend(right ? LegendPlace::Beside : LegendPlace::Above);
    scheduleFit();
}

namespace {

bool looksElided(const QString& text) { return text.endsWith(u"...") || text.endsWith(u'…'); }

// What an elided text kept of the whole one.
QString keptBeforeEllipsis(const QString& elided) { return elided.chopped(elided.endsWith(u'…') ? 1 : 3); }

// The chart's own text items (title, axis titles, tick labels, legend labels) as Qt Charts laid them out.
QList<QGraphicsTextItem*> textItems(const QChart& chart)
{
    QList<QGraphicsTextItem*> items;
    if (chart.scene())
        for (QGraphicsItem* item : chart.scene()->items())
            if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
                items << text;
    return items;
}

// A title on two lines (rich text), broken at the space nearest its middle.
QString twoLines(const QString& text)
{
    int best = -1;
    for (int i = 0; i < text.size(); ++i)
        if (text[i] == u' ' && (best < 0 || std::abs(i - text.size() / 2) < std::abs(best - text.size() / 2)))
            best = i;
    return best < 0 ? text : text.left(best).toHtmlEscaped() + QStringLiteral("<br>") + text.mid(best + 1).toHtmlEscaped();
}

} // namespace

void ChartPanel::scheduleFit()
{
    // Many changes come at once (series, names, titles): fit once after them.
    if (fitPending_)
        return;
    fitPending_ = true;
    QTimer::singleShot(0, this, &ChartPanel::fitNow);
}

void ChartPanel::fitNow()
{
    if (!fitPending_)
        return;
    fitPending_ = false;
    fitToSize();
}

void ChartPanel::spaceTicks()
{
    // Fewer labels in a small chart: about one per 80 pixels across and one per 40 up.
    const QRectF plot = chart_->plotArea();
    const int across = std::clamp(int(plot.width() / 80), 2, 5), up = std::clamp(int(plot.height() / 40), 2, 5);
    if (auto* x = qobject_cast<QValueAxis*>(xAxis_))
        applyNiceTicks(*x, x->min(), x->max(), across);
    else
        spaceLogLabels(xAxis_, xMin_, xMax_, std::min(across + 1, 8));
    if (auto* y = qobject_cast<QValueAxis*>(yAxis_))
        applyNiceTicks(*y, y->min(), y->max(), up);
    else
        spaceLogLabels(yAxis_, yMin_, yMax_, std::min(up + 2, 8));
}

QStringList ChartPanel::layOutAndFindElided()
{
    spaceTicks();
    if (QGraphicsLayout* layout = chart_->layout()) {
        layout->invalidate();
        layout->activate();
    }
    spaceTicks(); // the plot area now known
    if (QGraphicsLayout* layout = chart_->layout()) {
        layout->invalidate();
        layout->activate();
    }
    return findElided(true);
}

QStringList ChartPanel::findElided(bool markWithToolTips) const
{
    // Every text the chart should show must be there whole: Qt Charts ends what it shortens with "...", and
    // drops what has no room even for that. A coloured title is rich text; its plain letters are shown.
    QStringList expected{QTextDocumentFragment::fromHtml(title_).toPlainText(), xTitle_, yTitle_};
    if (chart_->legend()->isVisible())
        for (const QXYSeries* series : std::as_const(series_))
            expected << series->name();
    QStringList shown;
    for (QGraphicsTextItem* item : textItems(*chart_)) {
        shown << item->toPlainText().simplified();
        if (markWithToolTips)
            item->setToolTip(QString());
    }
    QStringList elided;
    for (const QString& text : std::as_const(expected)) {
        const QString whole = text.simplified();
        if (whole.isEmpty() || shown.contains(whole))
            continue;
        elided << text;
        // The whole text over what is left of it.
        for (QGraphicsTextItem* item : textItems(*chart_)) {
            const QString part = item->toPlainText().simplified();
            if (markWithToolTips && looksElided(part) && whole.startsWith(keptBeforeEllipsis(part)) && part.size() > 3)
                item->setToolTip(text);
        }
    }
    for (const QString& text : std::as_const(shown))
        if (looksElided(text) && !elided.contains(tr("a tick label"))) {
            bool known = false;
            for (const QString& whole : std::as_const(elided))
                known = known || whole.simplified().startsWith(keptBeforeEllipsis(text));
            if (!known)
                elided << tr("a tick label");
        }
    return elided;
}

void ChartPanel::fitToSize()
{
    if (view_->viewport()->size().isEmpty())
        return;
    // The view gives the chart its new size only after its viewport heard of it (we are called from there).
    if (chart_->size() != QSizeF(view_->size()))
        chart_->resize(view_->size());
    // Text that does not fit steps down in size, the legend moves beside the plot, the title takes a
    // second line; only what still does not fit is left elided (and listed, with tooltips).
    // The legend's type shrinks only when a name in it does not fit.
    bool legendShrinks = false;
    const LegendPlace asked = legendOnRight_ ? LegendPlace::Beside : LegendPlace::Above;
    const auto tryLayout = [this, &legendShrinks](double factor, LegendPlace legendPlace, bool titleWrapped) {
        const double legendFactor = legendShrinks ? factor : 1.0;
        if (factor != textFactor_ || legendFactor != legendFactor_) {
            textFactor_ = factor;
            legendFactor_ = legendFactor;
            applyStyle();
            // Qt Charts 6.4 measures a legend label when its name is set: measure again in the new type.
            for (QXYSeries* series : std::as_const(series_)) {
                const QString name = series->name();
                series->setName(QString());
                series->setName(name);
            }
        }
        placeLegend(legendPlace);
        xAxis_->setTitleText(xTitle_);
        yAxis_->setTitleText(yTitle_);
        chart_->setTitle(titleWrapped && !Qt::mightBeRichText(title_) ? twoLines(title_) : title_);
        return layOutAndFindElided();
    };
    // Always from the designed size: the same content at the same size looks the same, whatever came before
    // (an exported animation frame is the figure's export of that frame).
    QStringList elided;
    for (const double factor : {1.0, 0.9, kMinimumTextFactor}) {
        elided = tryLayout(factor, asked, false);
        if (elided.isEmpty())
            return;
        for (const QXYSeries* series : std::as_const(series_))
            legendShrinks = legendShrinks || elided.contains(series->name());
    }
    const QString plainTitle = QTextDocumentFragment::fromHtml(title_).toPlainText();
    const bool titleWrapped = elided.contains(plainTitle);
    if (titleWrapped)
        elided = tryLayout(kMinimumTextFactor, asked, true);
    const bool nameCut = std::any_of(series_.cbegin(), series_.cend(), [&](const QXYSeries* series) { return elided.contains(series->name()); });
    if (!legendOnRight_ && nameCut) {
        // A wide chart can spare width beside the plot, a tall one height under it.
        const bool wide = chart_->size().width() > 2.5 * chart_->size().height();
        const QStringList moved = tryLayout(kMinimumTextFactor, wide ? LegendPlace::Beside : LegendPlace::Below, titleWrapped);
        if (moved.size() < elided.size())
            elided = moved;
        else
            elided = tryLayout(kMinimumTextFactor, asked, titleWrapped);
    }
    // Axis titles on two lines, where Qt Charts gives them the room (it does not in a short chart).
    for (auto [axis, title] : {std::pair{xAxis_, xTitle_}, std::pair{yAxis_, yTitle_}}) {
        if (!elided.contains(title))
            continue;
        axis->setTitleText(twoLines(title));
        const QStringList wrapped = layOutAndFindElided();
        if (wrapped.size() < elided.size())
            elided = wrapped;
        else {
            axis->setTitleText(title);
            elided = layOutAndFindElided();
        }
    }
}

void ChartPanel::placeLegend(LegendPlace place)
{
    QLegend* legend = chart_->legend();
    if (place != LegendPlace::Below) {
        if (!legend->isAttachedToChart()) {
            legend->attachToChart();
            chart_->setMargins(kChartMargins);
        }
        legend->setAlignment(place == LegendPlace::Beside ? Qt::AlignRight : Qt::AlignTop);
        return;
    }
    legend->detachFromChart();
    legend->setAlignment(Qt::AlignLeft); // a detached legend aligned to a side lists its entries one per line
    const QSizeF wanted = legend->effectiveSizeHint(Qt::PreferredSize);
    const int height = int(std::ceil(wanted.height()));
    chart_->setMargins(kChartMargins + QMargins(0, 0, 0, height));
    const QRectF chartArea(QPointF(0, 0), chart_->size());
    legend->setGeometry(QRectF(chartArea.left() + kChartMargins.left(), chartArea.bottom() - kChartMargins.bottom() - height,
                               chartArea.width() - kChartMargins.left() - kChartMargins.right(), height));
}

void ChartPanel::setMarkerX(double x)
{
    markerX_ = x;
    updateMarker();
}

void ChartPanel::updateMarker()
{
    // Only the strips around the old and the new line need painting.
    const std::optional<QLineF> line = markerLine();
    const int h = markerOverlay_->height();
    if (drawnMarkerX_)
        markerOverlay_->update(QRect(int(*drawnMarkerX_) - 3, 0, 7, h));
    if (line)
        markerOverlay_->update(QRect(int(line->x1()) - 3, 0, 7, h));
    drawnMarkerX_ = line ? std::optional<double>(line->x1()) : std::nullopt;
}

} // namespace gradus
