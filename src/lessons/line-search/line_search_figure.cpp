#include "line_search_figure.h"

#include "lessons/common/run_legend.h"
#include "lessons/common/surface_map.h"
#include "views/chart_panel.h"
#include "views/field_view.h"
#include "views/plot_style.h"

#include <QGridLayout>

#include <algorithm>
#include <cmath>

namespace gradus {

namespace {

QColor methodColor(const QString& key)
{
    if (key == u"random")
        return QColor(120, 120, 120);
    if (key == u"dichotomy")
        return QColor(0, 158, 115);
    if (key == u"golden")
        return QColor(230, 159, 0);
    if (key == u"brent")
        return QColor(0, 114, 178);
    return QColor(40, 40, 40);
}

const QColor kCurveColor(40, 40, 40);
const QColor kArmijoColor(0, 114, 178);
const QColor kWolfeColor(0, 158, 115);
const QColor kBacktrackingColor(213, 94, 0);
const QColor kWolfeTrialColor(153, 68, 170);

QColor stepRuleColor(const QString& rule)
{
    if (rule == u"fixed")
        return QColor(213, 94, 0);
    if (rule == u"backtracking")
        return QColor(0, 114, 178);
    return QColor(0, 158, 115);
}

QVector<QPointF> sampled(const std::function<double(double)>& f, double from, double to, int count = 400)
{
    QVector<QPointF> points;
    for (int i = 0; i <= count; ++i) {
        const double x = from + (to - from) * i / count;
        points.append(QPointF(x, f(x)));
    }
    return points;
}

// The value range of a sampled curve, for placing bars under it.
std::pair<double, double> valueRange(const QVector<QPointF>& points)
{
    double low = INFINITY, high = -INFINITY;
    for (const QPointF& p : points)
        if (std::isfinite(p.y()))
            low = std::min(low, p.y()), high = std::max(high, p.y());
    if (!(low <= high))
        return {0, 1};
    return {low, high > low ? high : low + 1};
}

} // namespace

LineSearchFigure::LineSearchFigure(QWidget* parent) : FigureOf(parent)
{
    function_ = new ChartPanel(this);
    function_->setLegendOnRight(true);
    lengths_ = new ChartPanel(this);
    lengths_->setLogY(true);
    lengths_->setTitle(tr("Interval length against calls of f"));
    lengths_->setAxisTitles(tr("calls of f"), tr("b − a"));
    lengths_->setLegendVisible(false);
    sweep_ = new ChartPanel(this);
    sweep_->setLogX(true);
    sweep_->setTitle(tr("Calls needed for a tolerance"));
    sweep_->setAxisTitles(tr("tolerance"), tr("calls of f"));
    sweep_->setLegendVisible(false);
    sweep_->setYFloor(0);
    slope_ = new ChartPanel(this);
    slope_->setTitle(tr("The slope φ′(α) and the curvature condition"));
    slope_->setAxisTitles(QStringLiteral("α"), QStringLiteral("φ′(α)"));
    slope_->setLegendOnRight(true);

    mapsArea_ = new QWidget(this);
    auto* maps = newPaneGrid(mapsArea_);
    for (const char* rule : {"fixed", "backtracking", "exact"}) {
        auto* map = new FieldView(mapsArea_);
        map->setAxisTitles(QStringLiteral("x"), QStringLiteral("y"));
        map->setPickEnabled(true);
        connect(map, &FieldView::pointPicked, this, [this](QPointF p) { emitPickedPoint(QStringLiteral("start"), p); });
        maps->addWidget(map, 0, int(maps_.size()));
        registerView(QStringLiteral("map_%1").arg(QLatin1String(rule)), map);
        maps_.append(map);
    }
    progress_ = new ChartPanel(this);
    progress_->setLogY(true);
    progress_->setAxisTitles(QStringLiteral("k"), QStringLiteral("f(x_k) − f*"));
    progress_->setLegendOnRight(true);

    addPane(QStringLiteral("function"), function_, {.row = 0, .column = 0, .columnSpan = 2});
    placeInGrid(mapsArea_, {.row = 0, .column = 0, .columnSpan = 2}); // its maps are panes of their own
    addPane(QStringLiteral("progress"), progress_, {.row = 1, .column = 0, .columnSpan = 2});
    addPane(QStringLiteral("lengths"), lengths_, {.row = 1, .column = 0});
    addPane(QStringLiteral("sweep"), sweep_, {.row = 1, .column = 1});
    addPane(QStringLiteral("slope"), slope_, {.row = 1, .column = 0, .columnSpan = 2});
    setRowWeights({3, 2});
}

void LineSearchFigure::showResult(const LineSearchLessonResult& r)
{
    const bool descent = r.mode == LineSearchMode::Descent;
    function_->setVisible(!descent);
    lengths_->setVisible(r.mode == LineSearchMode::Exact);
    sweep_->setVisible(r.mode == LineSearchMode::Exact);
    slope_->setVisible(r.mode == LineSearchMode::Inexact);
    mapsArea_->setVisible(descent);
    progress_->setVisible(descent);
    if (descent)
        showDescent(r);
    else
        r.exact ? showExact(r) : showInexact(r);
}

void LineSearchFigure::showDescent(const LineSearchLessonResult& r)
{
    const double fMin = r.surface->minimumValue();
    const bool bounded = std::isfinite(fMin);
    QVector<ChartSeries> series;
    for (std::size_t i = 0; i < r.descents.size(); ++i) {
        const StepRuleRun& d = r.descents[i];
        FieldView* map = maps_[qsizetype(i)];
        showSurfaceOnMap(*map, r.surface, i == 0);
        map->setTitle(stepRuleName(d, r.fixedStep));
        QVector<QPointF> excess;
        for (std::size_t k = 0; k < d.run.values.size(); ++k)
            excess.append(QPointF(double(k), bounded ? d.run.values[k] - fMin : d.run.values[k]));
        // Calls, short enough for the legend of a projector-sized chart.
        const QString calls = d.rule == u"fixed" ? tr("∇f ×%1").arg(d.gradientCalls)
                                                 : tr("f ×%1, ∇f ×%2").arg(d.valueCalls).arg(d.gradientCalls);
        series.append(ChartSeries::line(QStringLiteral("%1: %2").arg(stepRuleName(d, r.fixedStep), calls), stepRuleColor(d.rule), excess));
    }
    progress_->setLogY(bounded);
    progress_->setAxisTitles(QStringLiteral("k"), bounded ? QStringLiteral("f(x_k) − f*") : QStringLiteral("f(x_k)"));
    progress_->setTitle(tr("%1: the value against the step").arg(r.surfaceLabel));
    progress_->setSeries(series);
}

void LineSearchFigure::showDescentFrame(const LineSearchLessonResult& r)
{
    for (std::size_t i = 0; i < r.descents.size(); ++i) {
        const StepRuleRun& d = r.descents[i];
        const int last = std::min<int>(frame_, int(d.run.points.size()) - 1);
        QVector<QPointF> points;
        for (const core::Vec2& p : d.run.points)
            points.append(QPointF(p[0], p[1]));
        // The title names the rule, so the path needs no legend row; the subtitle says where it is, or why it
        // stopped.
        maps_[qsizetype(i)]->setPaths({{QString(), stepRuleColor(d.rule), points, last}});
        maps_[qsizetype(i)]->setSubtitle(runLegend(tr("step %1").arg(last), d.run, frame_));
    }
}

void LineSearchFigure::showExact(const LineSearchLessonResult& r)
{
    const QVector<QPointF> curve = sampled(r.slice.value, r.from, r.to);
    QVector<ChartSeries> series{ChartSeries::line(r.slice.label, kCurveColor, curve)};
    fixedSeries_ = 1;
    // Per method: its interval as a bar under the curve (at its own level, spanning the whole interval here
    // so that the axes make room for it), then the points it tried at this iteration.
    const auto [low, high] = valueRange(curve);
    barLevels_.clear();
    for (const IntervalMethodRun& m : r.runs) {
        barLevels_.append(low - 0.06 * (high - low) * (barLevels_.size() + 1));
        series.append(ChartSeries::line(intervalMethodName(m.key), methodColor(m.key),
                                        {QPointF(r.from, barLevels_.last()), QPointF(r.to, barLevels_.last())}));
        series.append(ChartSeries::markers(QString(), methodColor(m.key)));
    }
    function_->setSeries(series);
    function_->setAxisTitles(QStringLiteral("x"), QStringLiteral("f(x)"));

    QVector<ChartSeries> lengths, sweep;
    for (const IntervalMethodRun& m : r.runs) {
        QVector<QPointF> points, calls;
        for (const core::IntervalIteration& it : m.run.iterations)
            points.append(QPointF(it.evaluations, it.b - it.a));
        lengths.append(ChartSeries::line(intervalMethodName(m.key), methodColor(m.key), points));
        for (std::size_t i = 0; i < r.sweepTolerances.size(); ++i)
            calls.append(QPointF(r.sweepTolerances[i], m.callsForTolerance[i]));
        ChartSeries line = ChartSeries::line(intervalMethodName(m.key), methodColor(m.key), calls);
        sweep.append(line);
        sweep.append(ChartSeries::markers(QString(), methodColor(m.key), calls));
    }
    lengths_->setSeries(lengths);
    sweep_->setSeries(sweep);
}

void LineSearchFigure::showInexact(const LineSearchLessonResult& r)
{
    const QVector<QPointF> curve = sampled(r.slice.value, 0, r.to);
    const auto [low, high] = valueRange(curve);
    const double gap = 0.05 * (high - low);
    QVector<QPointF> decrease{QPointF(0, r.phi0), QPointF(r.to, r.phi0 + r.conditions.c1 * r.to * r.slope0)};
    QVector<QPointF> tangent{QPointF(0, r.phi0), QPointF(r.to, r.phi0 + r.to * r.slope0)};
    QVector<ChartSeries> series{
        ChartSeries::line(r.slice.label, kCurveColor, curve),
        ChartSeries::line(tr("sufficient decrease φ(0) + c₁αφ′(0), c₁ = %1").arg(style::formatValue(r.conditions.c1)), kArmijoColor, decrease)
            .withDashes().ignoredByTheAxes(),
        ChartSeries::line(tr("tangent φ(0) + αφ′(0)"), QColor(120, 120, 120), tangent).withDots().ignoredByTheAxes(),
    };
    // The accepted sets as bars under the curve.
    series += ChartSeries::bars(tr("α accepted by Armijo"), kArmijoColor, r.armijoIntervals, low - gap);
    series += ChartSeries::bars(tr("α accepted by strong Wolfe, c₂ = %1").arg(style::formatValue(r.conditions.c2)), kWolfeColor,
                                r.wolfeIntervals, low - 2 * gap);
    fixedSeries_ = int(series.size());
    series.append(ChartSeries::markers(tr("backtracking's trials"), kBacktrackingColor));
    series.append(ChartSeries::markers(tr("Wolfe search's trials"), kWolfeTrialColor).withSquareMarkers());
    function_->setSeries(series);
    function_->setAxisTitles(QStringLiteral("α"), QStringLiteral("φ(α)"));

    const double band = r.conditions.c2 * std::abs(r.slope0);
    slope_->setSeries({ChartSeries::line(QStringLiteral("φ′(α)"), kCurveColor, sampled(r.slice.slope, 0, r.to)),
                       ChartSeries::line(tr("±c₂|φ′(0)|"), kWolfeColor, {QPointF(0, band), QPointF(r.to, band)}).withDashes(),
                       ChartSeries::line(QString(), kWolfeColor, {QPointF(0, -band), QPointF(r.to, -band)}).withDashes()});
}

void LineSearchFigure::showFrameOf(const LineSearchLessonResult& r)
{
    if (r.mode == LineSearchMode::Descent) {
        showDescentFrame(r);
        return;
    }
    if (r.exact) {
        for (std::size_t m = 0; m < r.runs.size(); ++m) {
            const IntervalMethodRun& run = r.runs[m];
            const int k = std::min<int>(frame_, int(run.run.iterations.size()) - 1);
            const core::IntervalIteration& it = run.run.iterations[std::size_t(k)];
            const double y = barLevels_[qsizetype(m)];
            const int index = fixedSeries_ + 2 * int(m);
            function_->setSeriesPoints(index, {QPointF(it.a, y), QPointF(it.b, y)});
            function_->setSeriesName(index, tr("%1: %2 calls").arg(intervalMethodName(run.key)).arg(it.evaluations));
            QVector<QPointF> tried;
            for (double x : it.tried)
                tried.append(QPointF(x, r.slice.value(x)));
            function_->setSeriesPoints(index + 1, tried);
        }
        function_->setTitle(tr("%1, iteration %2: each bar is the interval that still holds the minimum").arg(r.slice.functionLabel).arg(frame_));
        return;
    }
    const auto trialPoints = [&](const core::LineSearchResult& search) {
        QVector<QPointF> points;
        for (int i = 0; i < std::min<int>(frame_ + 1, int(search.trials.size())); ++i)
            points.append(QPointF(search.trials[std::size_t(i)].alpha, search.trials[std::size_t(i)].value));
        return points;
    };
    function_->setSeriesPoints(fixedSeries_, trialPoints(r.backtracking));
    function_->setSeriesPoints(fixedSeries_ + 1, trialPoints(r.wolfe));
    const auto outcome = [&](const core::LineSearchResult& search) {
        if (frame_ + 1 < int(search.trials.size()))
            return tr("trial %1").arg(frame_ + 1);
        return search.alpha > 0 ? tr("α = %1 after %2 calls").arg(style::formatValue(search.alpha)).arg(search.trials.size())
                                : tr("no step found");
    };
    function_->setSeriesName(fixedSeries_, tr("backtracking: %1").arg(outcome(r.backtracking)));
    function_->setSeriesName(fixedSeries_ + 1, tr("Wolfe search: %1").arg(outcome(r.wolfe)));
    function_->setTitle(tr("%1: φ(0) = %2, φ′(0) = %3").arg(r.slice.functionLabel, style::formatValue(r.phi0), style::formatValue(r.slope0)));
}

} // namespace gradus
