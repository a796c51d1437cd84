#include "acceleration_figure.h"

#include "lessons/common/surface_map.h"
#include "views/chart_panel.h"
#include "views/field_view.h"
#include "views/plot_style.h"

#include <algorithm>
#include <cmath>

namespace gradus {

namespace {

const QColor kCurveColor(40, 40, 40);
const QColor kGuideColor(120, 120, 120);

// The points x_0 … x_last as (x, f(x)), and as the phase pairs (x_{k−1}, x_k).
QVector<QPointF> onTheCurve(const std::vector<double>& points, int last)
{
    QVector<QPointF> out;
    for (int k = 0; k <= last; ++k)
        out.append(QPointF(points[std::size_t(k)], core::LessardFunction::value(points[std::size_t(k)])));
    return out;
}

QVector<QPointF> phasePairs(const std::vector<double>& points, int last)
{
    QVector<QPointF> out;
    for (int k = 1; k <= last; ++k)
        out.append(QPointF(points[std::size_t(k - 1)], points[std::size_t(k)]));
    return out;
}

} // namespace

QColor accelerationMethodColor(const QString& key)
{
    if (key == u"gd" || key == u"gd-1/L")
        return QColor(213, 94, 0);
    if (key == u"heavy-ball")
        return QColor(0, 114, 178);
    if (key == u"chebyshev")
        return QColor(204, 60, 150);
    if (key == u"chebyshev-steps")
        return QColor(140, 110, 0);
    if (key == u"cg")
        return QColor(100, 40, 150);
    return QColor(0, 158, 115); // nesterov
}

AccelerationFigure::AccelerationFigure(QWidget* parent) : FigureOf(parent)
{
    function_ = new ChartPanel(this);
    function_->setAxisTitles(QStringLiteral("x"), QStringLiteral("f(x)"));
    function_->setLegendOnRight(false);
    phase_ = new ChartPanel(this);
    phase_->setTitle(tr("Phase plot: a cycle of period 3 is a triangle"));
    phase_->setAxisTitles(QStringLiteral("x_{k−1}"), QStringLiteral("x_k"));
    phase_->setLegendVisible(false);
    values_ = new ChartPanel(this);
    values_->setLogY(true);
    values_->setAxisTitles(QStringLiteral("k"), QStringLiteral("f(x_k) − f*"));
    values_->setLegendOnRight(true);

    map_ = new FieldView(this);
    map_->setAxisTitles(QStringLiteral("x"), QStringLiteral("y"));
    map_->setAspectLocked(true);
    map_->setColorMap(core::ColorMapKind::Light);
    map_->setContourColor(QColor(60, 60, 60, 120));
    iterations_ = new ChartPanel(this);
    iterations_->setLogX(true);
    iterations_->setLogY(true);
    iterations_->setAxisTitles(QStringLiteral("κ = L/μ"), tr("iterations to ε"));
    iterations_->setLegendOnRight(false);
    errors_ = new ChartPanel(this);
    errors_->setLogY(true);
    errors_->setAxisTitles(QStringLiteral("k"), QStringLiteral("‖x_k − x*‖ / ‖x₀ − x*‖"));
    errors_->setLegendOnRight(true);

    // The maps of ½xᵀAx where a click chooses the start (the point parameter `param`).
    const auto startMap = [this](const QString& param, const QString& toolTip) {
        auto* map = new FieldView(this);
        map->setAxisTitles(QStringLiteral("x₁"), QStringLiteral("x₂"));
        map->setAspectLocked(true);
        map->setPickEnabled(true);
        map->setColorMap(core::ColorMapKind::Light);
        map->setContourColor(QColor(60, 60, 60, 120));
        map->setToolTip(toolTip);
        connect(map, &FieldView::pointPicked, this, [this, param](QPointF p) { emitPickedPoint(param, p); });
        return map;
    };
    flowMap_ = startMap(QStringLiteral("flow_start"), tr("Click to start both there."));
    flowValues_ = new ChartPanel(this);
    flowValues_->setLogY(true);
    flowValues_->setAxisTitles(QStringLiteral("t = kα"), QStringLiteral("f − f*"));
    flowValues_->setLegendOnRight(false);

    chebyshevMap_ = startMap(QStringLiteral("cheb_start"), tr("Click to start every method there."));
    polynomials_ = new ChartPanel(this);
    polynomials_->setLogY(true);
    polynomials_->setAxisTitles(QStringLiteral("λ"), QStringLiteral("|P_k(λ)|"));
    polynomials_->setLegendOnRight(true);
    chebyshevErrors_ = new ChartPanel(this);
    chebyshevErrors_->setLogY(true);
    chebyshevErrors_->setAxisTitles(QStringLiteral("k"), QStringLiteral("‖x_k − x*‖ / ‖x₀ − x*‖"));
    chebyshevErrors_->setLegendOnRight(true);
    coordinates_ = new ChartPanel(this);
    coordinates_->setAxisTitles(QStringLiteral("i"), QStringLiteral("x_k,i"));
    coordinates_->setLegendOnRight(false);
    gaps_ = new ChartPanel(this);
    gaps_->setLogX(true);
    gaps_->setLogY(true);
    gaps_->setAxisTitles(QStringLiteral("k"), QStringLiteral("f(x_k) − f*"));
    gaps_->setLegendOnRight(true);

    addPane(QStringLiteral("function"), function_, {.row = 0, .column = 0});
    addPane(QStringLiteral("phase"), phase_, {.row = 0, .column = 1});
    addPane(QStringLiteral("values"), values_, {.row = 1, .column = 0, .columnSpan = 2});
    addPane(QStringLiteral("map"), map_, {.row = 0, .column = 0});
    addPane(QStringLiteral("iterations"), iterations_, {.row = 0, .column = 1});
    addPane(QStringLiteral("errors"), errors_, {.row = 1, .column = 0, .columnSpan = 2});
    addPane(QStringLiteral("flow_map"), flowMap_, {.row = 0, .column = 0, .rowSpan = 2});
    addPane(QStringLiteral("flow_values"), flowValues_, {.row = 0, .column = 1, .rowSpan = 2});
    addPane(QStringLiteral("chebyshev_map"), chebyshevMap_, {.row = 0, .column = 0, .rowSpan = 2});
    addPane(QStringLiteral("polynomials"), polynomials_, {.row = 0, .column = 1});
    addPane(QStringLiteral("chebyshev_errors"), chebyshevErrors_, {.row = 1, .column = 1});
    addPane(QStringLiteral("coordinates"), coordinates_, {.row = 0, .column = 0, .rowSpan = 2});
    addPane(QStringLiteral("gaps"), gaps_, {.row = 0, .column = 1, .rowSpan = 2});
    setRowWeights({3, 2});
}

void AccelerationFigure::showResult(const AccelerationResult& r)
{
    for (QWidget* pane : std::initializer_list<QWidget*>{function_, phase_, values_})
        pane->setVisible(r.mode == AccelerationMode::Counterexample);
    for (QWidget* pane : std::initializer_list<QWidget*>{map_, iterations_, errors_})
        pane->setVisible(r.mode == AccelerationMode::Kappa);
    for (QWidget* pane : std::initializer_list<QWidget*>{flowMap_, flowValues_})
        pane->setVisible(r.mode == AccelerationMode::Flow);
    for (QWidget* pane : std::initializer_list<QWidget*>{chebyshevMap_, polynomials_, chebyshevErrors_})
        pane->setVisible(r.mode == AccelerationMode::Chebyshev);
    for (QWidget* pane : std::initializer_list<QWidget*>{coordinates_, gaps_})
        pane->setVisible(r.mode == AccelerationMode::LowerBound);
    switch (r.mode) {
    case AccelerationMode::Counterexample: showCounterexample(r); break;
    case AccelerationMode::Kappa: showSweep(r); break;
    case AccelerationMode::Flow: showFlow(r); break;
    case AccelerationMode::Chebyshev: showChebyshev(r); break;
    case AccelerationMode::LowerBound: showLowerBound(r); break;
    }
}

void AccelerationFigure::showCounterexample(const AccelerationResult& r)
{
    using core::LessardFunction;
    QVector<QPointF> curve;
    for (int i = 0; i <= 400; ++i) {
        const double x = -4 + 8.0 * i / 400;
        curve.append(QPointF(x, LessardFunction::value(x)));
    }
    // The pieces meet at x = 1 and x = 2; the cycling starts are bars under the curve (each widened by half
    // the grid's spacing, so that a single start still shows).
    const double top = LessardFunction::value(4), below = -0.06 * top;
    std::vector<std::pair<double, double>> starts;
    for (const auto& [lo, hi] : r.cyclingStarts)
        starts.push_back({lo - 0.005, hi + 0.005});
    QVector<ChartSeries> series{
        ChartSeries::line(tr("f (L = 25, μ = 1)"), kCurveColor, curve),
        ChartSeries::line(QString(), kGuideColor, {QPointF(1, 0), QPointF(1, top)}).withDashes(),
        ChartSeries::line(QString(), kGuideColor, {QPointF(2, 0), QPointF(2, top)}).withDashes(),
    };
    series += ChartSeries::bars(tr("heavy ball cycles from here"), accelerationMethodColor(QStringLiteral("heavy-ball")), starts, below);
    QVector<ChartSeries> phase;
    const CounterexampleRun& heavy = r.runs.front();
    if (heavy.fate.cycle) {
        const std::vector<double>& c = *heavy.fate.cycle;
        phase.append(ChartSeries::line(tr("heavy ball's cycle"), kGuideColor,
                                       {QPointF(c[0], c[1]), QPointF(c[1], c[2]), QPointF(c[2], c[0]), QPointF(c[0], c[1])}).withDashes());
    } else {
        phase.append(ChartSeries::line(QString(), kGuideColor));
    }
    // Each whole run faintly, so that the axes hold all of it from the first frame on.
    for (const CounterexampleRun& run : r.runs) {
        // Mixed with white rather than transparent: the chart's ink ignores a colour's alpha.
        const QColor c = accelerationMethodColor(run.key);
        const QColor faint((c.red() + 3 * 255) / 4, (c.green() + 3 * 255) / 4, (c.blue() + 3 * 255) / 4);
        phase.append(ChartSeries::line(QString(), faint, phasePairs(run.points, int(run.points.size()) - 1)));
    }
    fixedSeries_ = int(series.size());
    QVector<ChartSeries> values;
    for (const CounterexampleRun& run : r.runs) {
        series.append(ChartSeries::line(quadraticMethodName(run.key), accelerationMethodColor(run.key)));
        series.append(ChartSeries::markers(QString(), accelerationMethodColor(run.key)));
        phase.append(ChartSeries::line(quadraticMethodName(run.key), accelerationMethodColor(run.key)));
        QVector<QPointF> f;
        for (std::size_t k = 0; k < run.points.size(); ++k)
            f.append(QPointF(double(k), LessardFunction::value(run.points[k])));
        // Nesterov's step 1/L lands exactly on the minimum once y is on the piece 25x²/2, whose curvature is L.
        const auto exact = std::find(run.points.begin(), run.points.end(), 0.0);
        const QString fate = exact != run.points.end() ? tr("x = 0 exactly at step %1").arg(exact - run.points.begin())
                             : run.fate.converged    ? tr("converges")
                             : run.fate.cycle        ? tr("cycles for ever")
                             : run.fate.diverged     ? tr("diverges")
                                                     : tr("neither, in 2,000 steps");
        values.append(ChartSeries::line(QStringLiteral("%1: %2").arg(quadraticMethodName(run.key), fate), accelerationMethodColor(run.key), f));
    }
    values.append(ChartSeries::line(tr("f(1) = 12.5 and f(2) = 38"), kGuideColor, {QPointF(0, 12.5), QPointF(r.iterations, 12.5)})
                      .withDots().ignoredByTheAxes());
    values.append(ChartSeries::line(QString(), kGuideColor, {QPointF(0, 38), QPointF(r.iterations, 38)}).withDots().ignoredByTheAxes());
    const CounterexampleRun& nesterov = r.runs.back();
    values_->setTitle(tr("The value at each step: heavy ball α = %1, β = %2; Nesterov α = %3, β = %4")
                          .arg(style::formatValue(heavy.constants.alpha), style::formatValue(heavy.constants.beta),
                               style::formatValue(nesterov.constants.alpha), style::formatValue(nesterov.constants.beta)));
    function_->setSeries(series);
    phase_->setSeries(phase);
    values_->setSeries(values);
}

void AccelerationFigure::showSweep(const AccelerationResult& r)
{
    QVector<ChartSeries> series;
    for (const KappaSweepRun& m : r.sweepRuns) {
        QVector<QPointF> points;
        for (std::size_t i = 0; i < r.kappas.size(); ++i)
            if (m.iterationsToEps[i] > 0)
                points.append(QPointF(r.kappas[i], m.iterationsToEps[i]));
        series.append(ChartSeries::line(tr("%1: slope %2").arg(quadraticMethodName(m.key), style::formatValue(m.slope)), accelerationMethodColor(m.key), points));
        series.append(ChartSeries::markers(QString(), accelerationMethodColor(m.key), points));
    }
    // Guides of slope 1 and ½ through the textbook counts at κ = 10: (κ + 1)/2 · log(1/ε) and √κ/2 · log(1/ε).
    const double logEps = std::log(1 / r.eps), last = r.kappas.back();
    series.append(ChartSeries::line(QString(), kGuideColor, {QPointF(10, 5.5 * logEps), QPointF(last, 5.5 * logEps * last / 10)})
                      .withDots().ignoredByTheAxes());
    series.append(ChartSeries::line(QString(), kGuideColor, {QPointF(10, std::sqrt(10.0) / 2 * logEps), QPointF(last, std::sqrt(last) / 2 * logEps)})
                      .withDashes().ignoredByTheAxes());
    iterations_->setSeries(series);
    iterations_->setTitle(tr("Iterations to ε = %1 (dotted: ∝ κ, dashed: ∝ √κ)").arg(style::formatValue(r.eps)));
}

void AccelerationFigure::showFlow(const AccelerationResult& r)
{
    const Eigen::Matrix2d A = r.A;
    const double half = 1.2 * std::max(1.0, r.flowAtSteps.front().cwiseAbs().maxCoeff());
    showQuadraticOnMap(*flowMap_, A, DataBox{-half, half, -half, half});
    QVector<QPointF> flowTimes, descentTimes;
    for (std::size_t k = 0; k < r.flowAtSteps.size(); ++k)
        flowTimes.append(QPointF(double(k) * r.flowStep, 0.5 * r.flowAtSteps[k].dot(A * r.flowAtSteps[k])));
    for (std::size_t k = 0; k < r.descent.points.size(); ++k)
        descentTimes.append(QPointF(double(k) * r.flowStep, r.descent.values[k]));
    // The flow's value between the steps too, so that its curve is smooth.
    QVector<QPointF> flowCurve;
    for (std::size_t i = 0; i < r.flowCurve.size(); ++i)
        flowCurve.append(QPointF(r.flowStep * double(i) / AccelerationResult::kFlowSamples, 0.5 * r.flowCurve[i].dot(A * r.flowCurve[i])));
    QVector<ChartSeries> series{ChartSeries::line(tr("flow ẋ = −∇f"), kCurveColor, flowCurve),
                                ChartSeries::markers(QString(), kCurveColor, flowTimes),
                                ChartSeries::line(tr("descent, α = %1").arg(style::formatValue(r.flowStep)), accelerationMethodColor(QStringLiteral("gd")), descentTimes),
                                ChartSeries::markers(QString(), accelerationMethodColor(QStringLiteral("gd")), descentTimes)};
    if (r.partingStep >= 0) {
        const double t = r.partingStep * r.flowStep;
        series.append(ChartSeries::line(tr("part at step %1").arg(r.partingStep), kGuideColor,
                                        {QPointF(t, flowTimes.front().y()), QPointF(t, flowTimes.back().y())})
                          .withDots().ignoredByTheAxes());
    }
    flowValues_->setSeries(series);
    flowValues_->setTitle(tr("The value against time: step k of descent at t = kα"));
}

void AccelerationFigure::showFlowFrame(const AccelerationResult& r)
{
    const int k = std::clamp(frame_, 0, int(r.descent.points.size()) - 1);
    QVector<QPointF> descent, flow;
    for (const core::Vec2& p : r.descent.points)
        descent.append(QPointF(p[0], p[1]));
    for (const Eigen::Vector2d& p : r.flowCurve)
        flow.append(QPointF(p[0], p[1]));
    flowMap_->setPaths({{tr("gradient flow"), kCurveColor, flow, k * AccelerationResult::kFlowSamples},
                        {tr("descent, α = %1").arg(style::formatValue(r.flowStep)), accelerationMethodColor(QStringLiteral("gd")), descent, k}});
    flowMap_->setPoints({{QPointF(0, 0), tr("minimum x*"), QColor(40, 40, 40), FieldPoint::Shape::Star}});
    const double gap = (Eigen::Vector2d(r.descent.points[std::size_t(k)][0], r.descent.points[std::size_t(k)][1]) - r.flowAtSteps[std::size_t(k)]).norm();
    flowMap_->setTitle(tr("Step %1, t = %2: descent is %3 from the flow").arg(k).arg(style::formatValue(k * r.flowStep), style::formatValue(gap)));
    flowValues_->setMarkerX(k * r.flowStep);
}

void AccelerationFigure::showFrameOf(const AccelerationResult& r)
{
    if (r.mode == AccelerationMode::Flow) {
        showFlowFrame(r);
        return;
    }
    if (r.mode == AccelerationMode::Chebyshev) {
        showChebyshevFrame(r);
        return;
    }
    if (r.mode == AccelerationMode::LowerBound) {
        showLowerBoundFrame(r);
        return;
    }
    if (r.mode == AccelerationMode::Counterexample) {
        for (std::size_t m = 0; m < r.runs.size(); ++m) {
            const CounterexampleRun& run = r.runs[m];
            const int last = std::min<int>(frame_, int(run.points.size()) - 1);
            const QVector<QPointF> visited = onTheCurve(run.points, last);
            function_->setSeriesPoints(fixedSeries_ + 2 * int(m), visited);
            function_->setSeriesPoints(fixedSeries_ + 2 * int(m) + 1, visited.mid(std::max<qsizetype>(0, visited.size() - 3)));
            phase_->setSeriesPoints(1 + int(r.runs.size() + m), phasePairs(run.points, last));
        }
        function_->setTitle(tr("Step %1 from x₀ = %2: the last three points are marked").arg(frame_).arg(style::formatValue(r.runs.front().points.front())));
        values_->setMarkerX(frame_);
        return;
    }
    const int at = std::clamp(frame_, 0, int(r.kappas.size()) - 1);
    const double kappa = r.kappas[std::size_t(at)];
    showQuadraticOnMap(*map_, Eigen::Vector2d(1, kappa).asDiagonal().toDenseMatrix(), DataBox{-1.3, 1.3, -1.3, 1.3});
    map_->setPoints({{QPointF(0, 0), tr("minimum x*"), QColor(40, 40, 40), FieldPoint::Shape::Star}});
    QVector<FieldPath> paths;
    QVector<ChartSeries> errors;
    for (const KappaSweepRun& m : r.sweepRuns) {
        QVector<QPointF> points;
        for (const Eigen::Vector2d& p : m.paths[std::size_t(at)])
            points.append(QPointF(p[0], p[1]));
        paths.append({quadraticMethodName(m.key), accelerationMethodColor(m.key), points});
        QVector<QPointF> error;
        for (const auto& [k, e] : m.errors[std::size_t(at)])
            if (e > 0)
                error.append(QPointF(k, e));
        const int needed = m.iterationsToEps[std::size_t(at)];
        errors.append(ChartSeries::line(needed >= 0 ? tr("%1: %2 steps").arg(quadraticMethodName(m.key)).arg(needed)
                                                    : tr("%1: not within the cap").arg(quadraticMethodName(m.key)),
                                        accelerationMethodColor(m.key), error));
    }
    map_->setPaths(paths);
    map_->setTitle(tr("f = ½(x² + κy²), κ = %1: the first steps").arg(style::formatValue(kappa)));
    errors_->setSeries(errors);
    errors_->setTitle(tr("Distance to the minimum at κ = %1").arg(style::formatValue(kappa)));
    iterations_->setMarkerX(kappa);
}

} // namespace gradus
