#include "chart_panel.h"

#include "core/plot/ticks.h"
#include "plot_style.h"

#include <QChart>
#include <QChartView>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace gradus {

namespace {

// Ticks at round numbers (1, 2, 5 × 10^k) with labels that show just the digits they need.
void applyNiceTicks(QValueAxis& axis, double lo, double hi)
{
    const double step = core::niceStep(lo, hi, 5);
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

ChartPanel::ChartPanel(QWidget* parent) : QWidget(parent), chart_(new QChart), view_(new QChartView(chart_, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setBackgroundBrush(Qt::white); // no grey frame around the chart in exports
    view_->setFrameShape(QFrame::NoFrame);
    chart_->setTitleFont(style::titleFont());
    chart_->legend()->setFont(style::labelFont());
    chart_->legend()->setAlignment(Qt::AlignTop);
    chart_->setMargins(QMargins(4, 4, 8, 4));
    chart_->setBackgroundRoundness(0);
    chart_->setAnimationOptions(QChart::NoAnimation);

    marker_ = new QLineSeries;
    QPen markerPen(QColor(90, 90, 90), 1.5, Qt::DashLine);
    marker_->setPen(markerPen);
    chart_->addSeries(marker_);
    for (QLegendMarker* legendMarker : chart_->legend()->markers(marker_))
        legendMarker->setVisible(false);
    rebuildAxes();
}

void ChartPanel::setTitle(const QString& title) { chart_->setTitle(title); }

void ChartPanel::setAxisTitles(const QString& x, const QString& y)
{
    xTitle_ = x;
    yTitle_ = y;
    xAxis_->setTitleText(x);
    yAxis_->setTitleText(y);
}

void ChartPanel::setLogY(bool logarithmic)
{
    if (logY_ == logarithmic)
        return;
    logY_ = logarithmic;
    rebuildAxes();
}

void ChartPanel::rebuildAxes()
{
    for (QAbstractAxis* axis : chart_->axes())
        chart_->removeAxis(axis), delete axis;
    auto* x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%g"));
    xAxis_ = x;
    if (logY_) {
        auto* y = new QLogValueAxis;
        y->setBase(10);
        y->setLabelFormat(QStringLiteral("%.0e"));
        yAxis_ = y;
    } else {
        auto* y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%g"));
        yAxis_ = y;
    }
    for (QAbstractAxis* axis : {xAxis_, yAxis_}) {
        axis->setLabelsFont(style::tickFont());
        axis->setTitleFont(style::labelFont());
        axis->setGridLineColor(QColor(0, 0, 0, 30));
    }
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
    for (QXYSeries* series : series_) {
        chart_->removeSeries(series);
        delete series;
    }
    series_.clear();

    double xMin = INFINITY, xMax = -INFINITY, yMin = INFINITY, yMax = -INFINITY;
    bool anyScatter = false;
    for (const ChartSeries& spec : input) {
        anyScatter = anyScatter || spec.scatter;
        QList<QPointF> points;
        points.reserve(spec.points.size());
        for (const QPointF& p : spec.points) {
            if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || (logY_ && p.y() <= 0))
                continue;
            points.append(p);
            if (!spec.fitRange)
                continue;
            xMin = std::min(xMin, p.x());
            xMax = std::max(xMax, p.x());
            yMin = std::min(yMin, p.y());
            yMax = std::max(yMax, p.y());
        }
        QXYSeries* series = nullptr;
        if (spec.scatter) {
            auto* scatter = new QScatterSeries;
            scatter->setMarkerSize(9);
            scatter->setColor(spec.color);
            scatter->setBorderColor(Qt::white);
            series = scatter;
        } else {
            series = new QLineSeries;
            series->setPen(QPen(spec.color, 2.5, spec.dashed ? Qt::DashLine : Qt::SolidLine));
        }
        series->setName(spec.name);
        series->replace(points);
        chart_->addSeries(series);
        series->attachAxis(xAxis_);
        series->attachAxis(yAxis_);
        series_.append(series);
    }
    if (!(xMin <= xMax)) {
        xMin = 0, xMax = 1, yMin = logY_ ? 0.1 : 0, yMax = 1;
    }
    if (xMax == xMin)
        xMax = xMin + 1;
    if (anyScatter) { // keep markers at the edges whole
        const double pad = 0.03 * (xMax - xMin);
        xMin -= pad;
        xMax += pad;
    }
    if (logY_) {
        // Decade bounds, nudged outwards so rounding cannot drop the end labels.
        yMin = std::pow(10.0, std::floor(std::log10(yMin))) * (1 - 1e-9);
        yMax = std::pow(10.0, std::ceil(std::log10(yMax))) * (1 + 1e-9);
        if (yMax <= yMin)
            yMax = yMin * 10;
    } else {
        const double pad = yMax > yMin ? 0.05 * (yMax - yMin) : 1.0;
        yMin -= pad;
        yMax += pad;
    }
    if (auto* x = qobject_cast<QValueAxis*>(xAxis_)) {
        if (anyScatter) // data axes: round limits; iteration axes keep their exact extent
            roundOutward(*x, xMin, xMax);
        else
            applyNiceTicks(*x, xMin, xMax);
    }
    if (auto* y = qobject_cast<QValueAxis*>(yAxis_))
        roundOutward(*y, yMin, yMax);
    xMin_ = xMin, xMax_ = xMax, yMin_ = yMin, yMax_ = yMax;
    xAxis_->setRange(xMin, xMax);
    yAxis_->setRange(yMin, yMax);
    updateMarker();
}

void ChartPanel::setSeriesPoints(int index, const QVector<QPointF>& input)
{
    if (index < 0 || index >= series_.size())
        return;
    QList<QPointF> points;
    points.reserve(input.size());
    for (const QPointF& p : input)
        if (std::isfinite(p.x()) && std::isfinite(p.y()) && !(logY_ && p.y() <= 0))
            points.append(p);
    series_[index]->replace(points);
}

void ChartPanel::setSeriesName(int index, const QString& name)
{
    if (index >= 0 && index < series_.size())
        series_[index]->setName(name);
}

void ChartPanel::setMarkerX(double x)
{
    markerX_ = x;
    updateMarker();
}

void ChartPanel::updateMarker()
{
    if (!std::isfinite(markerX_)) {
        marker_->clear();
        return;
    }
    marker_->replace(QList<QPointF>{{markerX_, yMin_}, {markerX_, yMax_}});
}

} // namespace gradus
