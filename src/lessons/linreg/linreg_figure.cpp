#include "linreg_figure.h"

#include "linreg_lesson.h"
#include "views/chart_panel.h"
#include "views/field_view.h"
#include "views/plot_style.h"

#include <algorithm>
#include <cmath>

namespace gradus {

namespace {

const QColor kPathColor(213, 94, 0);   // vermilion: stands out on viridis
const QColor kDataColor(0, 114, 178);
const QColor kOptimumColor(255, 255, 255);
constexpr std::size_t kMaxScatterPoints = 5000;

// A box around the start, the optimum and the path, padded, that a diverging path cannot blow up.
DataBox homeBoxFor(const LinRegResult& result)
{
    const core::Vec2 optimum = result.problem->optimum();
    const core::Vec2 start = result.path.points.front();
    const double startDistance = std::hypot(start[0] - optimum[0], start[1] - optimum[1]);
    const double reach = std::max(3.0 * startDistance, 1e-6);
    double x0 = std::min(start[0], optimum[0]), x1 = std::max(start[0], optimum[0]);
    double y0 = std::min(start[1], optimum[1]), y1 = std::max(start[1], optimum[1]);
    for (const core::Vec2& p : result.path.points) {
        if (std::hypot(p[0] - optimum[0], p[1] - optimum[1]) > reach)
            continue;
        x0 = std::min(x0, p[0]), x1 = std::max(x1, p[0]);
        y0 = std::min(y0, p[1]), y1 = std::max(y1, p[1]);
    }
    const double span = std::max({x1 - x0, y1 - y0, 1e-3 * (1 + std::abs(optimum[0]) + std::abs(optimum[1]))});
    const double pad = 0.15 * span;
    return {x0 - pad, x1 + pad, y0 - pad, y1 + pad};
}

// Excess-loss levels a factor 4 apart: on a quadratic, each contour is half the size of the last.
QVector<double> contourLevelsFor(const LinRegResult& result)
{
    const double floor = result.problem->optimalLoss();
    const double top = std::max(result.problem->excessLoss(result.path.points.front()), 1e-12);
    QVector<double> levels;
    for (int k = -3; k <= 14; ++k)
        levels.append(floor + top * std::pow(4.0, -k));
    return levels;
}

} // namespace

LinRegFigure::LinRegFigure(QWidget* parent) : FigureOf(parent)
{
    landscape_ = new FieldView(this);
    landscape_->setAxisTitles(tr("slope w"), tr("intercept b"));
    landscape_->setAspectLocked(true);
    landscape_->setPickEnabled(true);
    landscape_->setToolTip(tr("Click to start gradient descent from that point. Drag to pan, scroll to zoom, double-click to reset."));
    scatter_ = new ChartPanel(this);
    scatter_->setAxisTitles(QStringLiteral("x"), QStringLiteral("y"));
    lossChart_ = new ChartPanel(this);
    lossChart_->setLogY(true);
    lossChart_->setTitle(tr("Excess loss L(w, b) − L*"));
    lossChart_->setAxisTitles(tr("step"), QString());

    addPane(QStringLiteral("landscape"), landscape_, {.row = 0, .column = 0, .rowSpan = 2});
    addPane(QStringLiteral("data"), scatter_, {.row = 0, .column = 1});
    addPane(QStringLiteral("loss"), lossChart_, {.row = 1, .column = 1});
    setColumnWeights({11, 9});

    connect(landscape_, &FieldView::pointPicked, this, [this](QPointF p) { emitPickedPoint(QStringLiteral("start"), p); });
}

void LinRegFigure::showResult(const LinRegResult& r)
{
    const core::LinRegProblem* problem = r.problem.get();
    // The result keeps the problem alive for as long as the sampler exists.
    auto keepAlive = r.problem;
    landscape_->setField([keepAlive](double w, double b) { return keepAlive->loss({w, b}); },
                         FieldView::ColorScale::LogAboveFloor, problem->optimalLoss());
    landscape_->setContourLevels(contourLevelsFor(r));
    if (r.showDirections)
        landscape_->setDirectionField([keepAlive](double w, double b) {
            const core::Vec2 g = keepAlive->gradient({w, b});
            return QPointF(-g[0], -g[1]);
        });
    else
        landscape_->setDirectionField({});
    landscape_->setHomeBox(homeBoxFor(r));
    const core::Vec2 optimum = problem->optimum();
    landscape_->setPoints({{QPointF(optimum[0], optimum[1]),
                            tr("optimum (%1, %2)").arg(style::formatValue(optimum[0]), style::formatValue(optimum[1])),
                            kOptimumColor, FieldPoint::Shape::Star}});
    landscape_->setAxisTitles(r.standardized ? tr("slope w (standardized x)") : tr("slope w"), tr("intercept b"));

    QVector<QPointF> excess;
    excess.reserve(int(r.path.points.size()));
    for (std::size_t k = 0; k < r.path.points.size(); ++k)
        excess.append(QPointF(double(k), problem->excessLoss(r.path.points[k])));
    lossChart_->setSeries({{tr("gradient descent"), kPathColor, excess}});

    // A scatter of more points than pixels only slows every frame down: show an even subsample.
    const std::size_t count = r.data.x.size();
    const std::size_t stride = (count + kMaxScatterPoints - 1) / kMaxScatterPoints;
    QVector<QPointF> points;
    points.reserve(int(count / stride + 1));
    xLow_ = INFINITY, xHigh_ = -INFINITY;
    for (std::size_t i = 0; i < count; ++i) {
        xLow_ = std::min(xLow_, r.data.x[i]);
        xHigh_ = std::max(xHigh_, r.data.x[i]);
        if (i % stride == 0)
            points.append(QPointF(r.data.x[i], r.data.y[i]));
    }
    QString dataName = r.dataSource.isEmpty() ? tr("data") : r.dataSource;
    if (stride > 1)
        dataName += tr(" (%1 of %2 points shown)").arg(points.size()).arg(count);
    ChartSeries current{tr("step"), kPathColor, {}};
    current.fitRange = false; // a diverging line must not squash the data
    scatter_->setSeries({{dataName, kDataColor, points, false, true},
                         ChartSeries::line(tr("least squares"), QColor(60, 60, 60), lineThrough(problem->optimum())).withDashes(),
                         current});
    showFrame();
}

QVector<QPointF> LinRegFigure::lineThrough(const core::Vec2& theta) const
{
    return {{xLow_, result_->predict(theta, xLow_)}, {xHigh_, result_->predict(theta, xHigh_)}};
}

void LinRegFigure::showFrameOf(const LinRegResult& r)
{
    const core::LinRegProblem& problem = *r.problem;
    const core::Vec2 theta = r.path.points[std::size_t(frame_)];

    const QVector<QPointF> path = toPointList(r.path.points);
    landscape_->setPaths({{tr("gradient descent, step %1: L = %2").arg(frame_).arg(style::formatValue(r.path.loss[std::size_t(frame_)])),
                           kPathColor, path, frame_}});

    const double lrMax = problem.largestStableStep();
    landscape_->setTitle(tr("Loss L(w, b) and the gradient descent path"));
    landscape_->setSubtitle(tr("learning rate %1 · stable below 2/λ_max = %2")
                                .arg(style::formatValue(r.learningRate), style::formatValue(lrMax)));
    if (r.path.diverged)
        landscape_->setNote(tr("diverged at step %1: learning rate > 2/λ_max").arg(r.path.divergedAtStep));
    else if (r.learningRate > lrMax)
        landscape_->setNote(tr("learning rate above 2/λ_max: the error grows every step"));
    else if (!problem.optimumUnique())
        landscape_->setNote(tr("all x are equal: a whole line of optima"));
    else
        landscape_->setNote(QString());

    scatter_->setSeriesPoints(2, lineThrough(theta));
    scatter_->setSeriesName(2, tr("step %1").arg(frame_));
    scatter_->setTitle(tr("Data and the line at step %1").arg(frame_));
    lossChart_->setMarkerX(frame_);
}

} // namespace gradus
