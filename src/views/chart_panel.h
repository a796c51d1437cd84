#pragma once
// A thin wrapper over Qt Charts for per-iteration curves: linear or log axes, named series, a
// vertical marker at the current iteration and ranges chosen from the data.

#include <QColor>
#include <QLineF>
#include <QPointF>
#include <QString>
#include <QVector>
#include <QWidget>

#include "views/text_fit.h"

#include <optional>
#include <utility>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLineSeries;
class QXYSeries;
class QAbstractAxis;
QT_END_NAMESPACE

namespace gradus {

class ChartPanel;

// The current-iteration marker, drawn over the chart view (see ChartPanel::setMarkerX).
class MarkerOverlay : public QWidget {
public:
    MarkerOverlay(const ChartPanel* panel, QWidget* parent) : QWidget(parent), panel_(panel) {}

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    const ChartPanel* panel_;
};

struct ChartSeries {
    QString name; // empty: no row in the legend
    QColor color;
    QVector<QPointF> points;
    bool dashed = false;
    bool scatter = false;  // markers only, for data points
    bool fitRange = true;  // false: the axes ignore this series (e.g. a line that may fly off)
    bool squareMarkers = false; // scatter: squares instead of circles (tells apart series that share a colour)
    bool dotted = false;        // a third line style (e.g. a rate beside two losses)

    // Named builders: ChartSeries::line(tr("test"), colour).withDashes(), ChartSeries::markers(tr("data"), colour, points)
    static ChartSeries line(QString name, QColor color, QVector<QPointF> points = {})
    {
        ChartSeries series;
        series.name = std::move(name);
        series.color = color;
        series.points = std::move(points);
        return series;
    }
    static ChartSeries markers(QString name, QColor color, QVector<QPointF> points = {})
    {
        ChartSeries series = line(std::move(name), color, std::move(points));
        series.scatter = true;
        return series;
    }
    // Bin counts as the outline of their bars: bin b spans [low + b·width, low + (b + 1)·width].
    static ChartSeries histogram(QString name, QColor color, const QVector<double>& counts, double low, double width)
    {
        ChartSeries series = line(std::move(name), color);
        series.points.append(QPointF(low, 0));
        for (int b = 0; b < counts.size(); ++b) {
            series.points.append(QPointF(low + b * width, counts[b]));
            series.points.append(QPointF(low + (b + 1) * width, counts[b]));
        }
        series.points.append(QPointF(low + counts.size() * width, 0));
        return series;
    }
    // Horizontal bars at height y, one series per [lo, hi] (a Qt Charts line has no gaps: a point that cannot
    // be drawn is left out and its neighbours joined); only the first bar has the legend's row. At least one
    // series, empty when there are no bars, so that callers can count on the series that follow.
    static QVector<ChartSeries> bars(const QString& name, QColor color, const std::vector<std::pair<double, double>>& runs, double y)
    {
        QVector<ChartSeries> out;
        for (const auto& [lo, hi] : runs)
            out.append(line(out.isEmpty() ? name : QString(), color, {QPointF(lo, y), QPointF(hi, y)}));
        if (out.isEmpty())
            out.append(line(name, color));
        return out;
    }
    ChartSeries& withDashes() { dashed = true; return *this; }
    ChartSeries& withDots() { dotted = true; return *this; }
    ChartSeries& withSquareMarkers() { squareMarkers = true; return *this; }
    ChartSeries& ignoredByTheAxes() { fitRange = false; return *this; }
};

class ChartPanel : public QWidget, public ReportsElidedText {
    Q_OBJECT
public:
    explicit ChartPanel(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setAxisTitles(const QString& x, const QString& y);
    void setLogX(bool logarithmic);
    void setLogY(bool logarithmic);
    // Points with a non-finite coordinate, or ≤ 0 on a log axis, are left out (a gap, not a crash).
    void setSeries(const QVector<ChartSeries>& series);
    // Replaces one series' points, keeping the axes: cheap enough for every animation frame.
    void setSeriesPoints(int index, const QVector<QPointF>& points);
    void setSeriesName(int index, const QString& name);
    void setMarkerX(double x); // NaN hides the marker
    // The y axis never goes above the ceiling or below the floor (e.g. 0 and 100 for a percentage).
    void setYCeiling(double ceiling) { yCeiling_ = ceiling; }
    void setYFloor(double floor) { yFloor_ = floor; }
    // Legend on top (default) or on the right, where long or many names fit.
    void setLegendOnRight(bool right);
    void setLegendVisible(bool visible);

    QChart* chart() const { return chart_; }
    // Fits the text now if a change is waiting for it (exports draw without an event loop in between).
    void fitNow();
    // The marker in the chart view's coordinates; none when hidden or outside the plot.
    std::optional<QLineF> markerLine() const;
    QSize sizeHint() const override { return {640, 360}; }
    // Small charts fit their text (fewer ticks, smaller type); the figure decides how small.
    QSize minimumSizeHint() const override { return {160, 130}; }
    // Text Qt Charts shows shortened or not at all, as laid out now (whole texts; "a tick label" for ticks).
    QStringList elidedTexts() const override { return findElided(false); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Colours and fonts of the current theme (again after it changes).
    void applyStyle();
    void rebuildAxes();
    void updateMarker();
    bool drawable(const QPointF& p) const;
    void scheduleFit();
    // Fits the text to the chart's size.
    void fitToSize();
    void spaceTicks();
    QStringList layOutAndFindElided();
    // Where fitting puts the legend: Qt Charts lays a legend above the plot in one row; beside the plot, or
    // under it (in the chart's bottom margin), one entry per line.
    enum class LegendPlace { Above, Beside, Below };
    void placeLegend(LegendPlace place);
    QStringList findElided(bool markWithToolTips) const;

    QChart* chart_;
    QChartView* view_;
    QLineSeries* marker_;
    QVector<QXYSeries*> series_;
    QList<QColor> seriesColors_; // as the lesson chose them; drawn through style::onBackground
    QAbstractAxis* xAxis_ = nullptr;
    QAbstractAxis* yAxis_ = nullptr;
    QString title_, xTitle_, yTitle_;
    double textFactor_ = 1.0;  // of the designed text size, after fitting
    double legendFactor_ = 1.0; // the same for the legend
    bool legendOnRight_ = false; // as the lesson asked
    bool fitPending_ = false;
    bool logX_ = false;
    bool logY_ = false;
    double markerX_ = qQNaN();
    MarkerOverlay* markerOverlay_ = nullptr;
    std::optional<double> drawnMarkerX_; // where the overlay last drew the line
    double yMin_ = 0, yMax_ = 1, xMin_ = 0, xMax_ = 1;
    double yCeiling_ = qQNaN();
    double yFloor_ = qQNaN();
};

} // namespace gradus
