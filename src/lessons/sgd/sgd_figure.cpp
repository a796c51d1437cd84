#include "sgd_figure.h"

#include "core/regression/regularization.h"
#include "sgd_lesson.h"
#include "views/chart_panel.h"
#include "views/field_view.h"
#include "views/plot_style.h"


#include <cmath>

namespace gradus {

namespace {

const QColor kBatchColor(213, 94, 0);
const QColor kDataColor(150, 150, 150);

DataBox boxAround(const SgdResult& r)
{
    double x0 = r.optimum[0], x1 = x0, y0 = r.optimum[1], y1 = y0;
    for (const SgdMethodRun& m : r.methods)
        for (const core::Vec2& p : m.run.points) {
            if (!core::isFinite(p) || std::hypot(p[0] - r.optimum[0], p[1] - r.optimum[1]) > 1e3)
                continue;
            x0 = std::min(x0, p[0]), x1 = std::max(x1, p[0]);
            y0 = std::min(y0, p[1]), y1 = std::max(y1, p[1]);
        }
    const double span = std::max({x1 - x0, y1 - y0, 0.5});
    // Extra room at the top right, where the legend sits.
    return {x0 - 0.15 * span, x1 + 0.6 * span, y0 - 0.15 * span, y1 + 0.6 * span};
}

} // namespace

SgdFigure::SgdFigure(QWidget* parent) : FigureOf(parent)
{
    map_ = new FieldView(this);
    map_->setAxisTitles(tr("slope w₁"), tr("intercept w₂"));
    map_->setAspectLocked(true);
    map_->setPickEnabled(true);
    map_->setToolTip(tr("Click to start every method there. Drag to pan, scroll to zoom, double-click to reset."));
    data_ = new ChartPanel(this);
    data_->setAxisTitles(QStringLiteral("x"), QStringLiteral("y"));
    distance_ = new ChartPanel(this);
    distance_->setTitle(tr("Distance to w*, mean over runs"));
    distance_->setLogY(true);
    loss_ = new ChartPanel(this);
    loss_->setTitle(tr("f(w) − f*, mean over runs"));
    loss_->setLogY(true);
    loss_->setLegendVisible(false); // the same methods and colours as the chart above
    addPane(QStringLiteral("map"), map_, {.row = 0, .column = 0, .rowSpan = 3});
    addPane(QStringLiteral("data"), data_, {.row = 0, .column = 1});
    addPane(QStringLiteral("distance"), distance_, {.row = 1, .column = 1});
    addPane(QStringLiteral("loss"), loss_, {.row = 2, .column = 1});
    setColumnWeights({11, 9});
    connect(map_, &FieldView::pointPicked, this, [this](QPointF p) { emitPickedPoint(QStringLiteral("start"), p); });
}

int SgdFigure::stochasticIndex() const
{
    for (int i = 0; i < result_->methods.size(); ++i)
        if (result_->methods[i].id == u"sgd")
            return i;
    return -1;
}

void SgdFigure::showResult(const SgdResult& r)
{
    const core::LeastSquares2::Surface surface = r.problem.surface();
    const double best = surface.minimum;
    map_->setField([surface](double a, double b) { return surface({a, b}); }, FieldView::ColorScale::LogAboveFloor, best);
    const DataBox box = boxAround(r);
    map_->setHomeBox(box);
    QVector<double> levels;
    const double top = std::max(surface({box.x0, box.y0}), surface({box.x1, box.y1})) - best;
    for (int k = 0; k < 16; ++k)
        levels.append(best + top * std::pow(0.5, k));
    map_->setContourLevels(levels);

    QVector<ChartSeries> distances, losses;
    for (int i = 0; i < r.methods.size(); ++i) {
        const SgdMethodRun& m = r.methods[i];
        ChartSeries d{m.shortLabel, style::categoricalColor(i), {}}, l{m.shortLabel, style::categoricalColor(i), {}};
        for (size_t k = 0; k < m.meanDistance.size(); ++k) {
            const double x = r.perEvaluation ? m.run.gradientEvaluations[std::min(k, m.run.gradientEvaluations.size() - 1)] : double(k);
            d.points.append(QPointF(x, m.meanDistance[k]));
            l.points.append(QPointF(x, m.meanLoss[k]));
        }
        distances.append(d);
        losses.append(l);
    }
    const QString axis = r.perEvaluation ? tr("gradient evaluations") : tr("iteration");
    distance_->setAxisTitles(QString(), QString());
    distance_->setSeries(distances);
    loss_->setAxisTitles(axis, QString());
    loss_->setSeries(losses);

    ChartSeries points{r.dataSource.isEmpty() ? tr("data") : r.dataSource, kDataColor, {}};
    points.scatter = true;
    for (int i = 0; i < r.problem.size() && i < 5000; ++i)
        points.points.append(QPointF(r.problem.x[size_t(i)], r.problem.y[size_t(i)]));
    ChartSeries batch{tr("current mini-batch"), kBatchColor, {}};
    batch.scatter = true;
    ChartSeries line{tr("current model"), style::categoricalColor(std::max(0, stochasticIndex())), {}};
    line.fitRange = false;
    ChartSeries batchLine = ChartSeries::line(tr("the mini-batch's own best line"), kBatchColor).withDashes();
    batchLine.fitRange = false;
    data_->setSeries({points, batch, line, batchLine});
    showFrame();
}

void SgdFigure::showFrameOf(const SgdResult& r)
{
    const int frame = frame_;
    QVector<FieldPath> paths;
    QVector<FieldPoint> marks{{QPointF(r.optimum[0], r.optimum[1]), tr("optimum w*"), Qt::white, FieldPoint::Shape::Star}};
    QVector<FieldShape> shapes;
    for (int i = 0; i < r.methods.size(); ++i) {
        const SgdMethodRun& m = r.methods[i];
        const int last = int(m.run.points.size()) - 1;
        const QString name = m.run.diverged && frame >= last ? tr("%1: diverged at step %2").arg(m.label).arg(m.run.divergedAtStep) : m.label;
        FieldPath path{name, style::categoricalColor(i), {}, std::min(frame, last)};
        for (const core::Vec2& p : m.run.points)
            path.points.append(QPointF(p[0], p[1]));
        paths.append(path);
    }
    if (r.noiseBallRadius > 0) {
        FieldShape ball;
        ball.kind = FieldShape::Kind::Polygon;
        ball.dashed = true;
        ball.width = 2;
        ball.color = Qt::white;
        ball.label = tr("noise ball √E‖w − w*‖² = %1 (theory)").arg(style::formatValue(r.noiseBallRadius));
        for (int k = 0; k < 72; ++k) {
            const double t = 2 * M_PI * k / 72;
            ball.points.append(QPointF(r.optimum[0] + r.noiseBallRadius * std::cos(t), r.optimum[1] + r.noiseBallRadius * std::sin(t)));
        }
        shapes.append(ball);
    }
    // Plain SGD: the mini-batch of the next step, and the optimum of that mini-batch alone.
    const int sgd = stochasticIndex();
    QVector<QPointF> batchPoints, model, batchModel;
    if (sgd >= 0) {
        const core::StochasticRun& run = r.methods[sgd].run;
        const int step = std::min(frame, int(run.batches.size()) - 1);
        if (step >= 0) {
            const std::vector<int>& batch = run.batches[size_t(step)];
            for (int i : batch)
                batchPoints.append(QPointF(r.problem.x[size_t(i)], r.problem.y[size_t(i)]));
            core::Vec2 target{0, 0};
            const core::Vec2 from = run.points[size_t(step)];
            if (r.problem.batchOptimum(batch, target)) {
                marks.append({QPointF(target[0], target[1]), tr("this mini-batch's optimum"), kBatchColor, FieldPoint::Shape::Star});
                // The mini-batch's own loss through w_k: the step is perpendicular to this level line.
                std::vector<core::Vec2> rows;
                std::vector<double> ys;
                for (int i : batch) {
                    rows.push_back({r.problem.x[size_t(i)], 1.0});
                    ys.push_back(r.problem.y[size_t(i)]);
                }
                const core::LeastSquares2D batchLoss = core::makeLeastSquares2D(rows, ys);
                QVector<QPointF> level;
                for (const core::Vec2& p : core::levelEllipse(batchLoss, target, batchLoss.value(from)))
                    level.append(QPointF(p[0], p[1]));
                if (!level.isEmpty())
                    shapes.append(FieldShape::polygon(level, kBatchColor).withLabel(tr("the mini-batch's level line through w_k")).withWidth(1.5));
                if (!r.problem.x.empty()) { // the optimum as a line on the data chart
                    const auto [lo, hi] = std::minmax_element(r.problem.x.begin(), r.problem.x.end());
                    batchModel = {QPointF(*lo, target[0] * *lo + target[1]), QPointF(*hi, target[0] * *hi + target[1])};
                }
            }
            // The step itself, −η∇f_B(w_k): from this iterate to the next.
            if (size_t(step + 1) < run.points.size()) {
                const core::Vec2 to = run.points[size_t(step + 1)];
                shapes.append(FieldShape::arrow(QPointF(from[0], from[1]), QPointF(to[0], to[1]), kBatchColor)
                                  .withLabel(tr("step −η∇f_B(w_k) of this mini-batch")));
            }
        }
        const core::Vec2 w = run.points[size_t(std::min(frame, int(run.points.size()) - 1))];
        model = {QPointF(-0.6, w[0] * -0.6 + w[1]), QPointF(0.6, w[0] * 0.6 + w[1])};
        if (!r.problem.x.empty()) {
            const auto [lo, hi] = std::minmax_element(r.problem.x.begin(), r.problem.x.end());
            model = {QPointF(*lo, w[0] * *lo + w[1]), QPointF(*hi, w[0] * *hi + w[1])};
        }
    }
    map_->setPaths(paths);
    map_->setPoints(marks);
    map_->setOverlay(shapes);
    map_->setTitle(tr("f(w) = 1/(2N)‖Xw − y‖², step %1").arg(frame));
    data_->setSeriesPoints(1, batchPoints);
    data_->setSeriesPoints(2, model);
    data_->setSeriesPoints(3, batchModel);
    data_->setTitle(sgd >= 0 ? tr("Data; SGD's current mini-batch and model") : tr("Data"));
    const SgdMethodRun* first = r.methods.isEmpty() ? nullptr : &r.methods.front();
    if (first) {
        const double x = r.perEvaluation ? first->run.gradientEvaluations[size_t(std::min(frame, int(first->run.gradientEvaluations.size()) - 1))]
                                         : double(frame);
        distance_->setMarkerX(x);
        loss_->setMarkerX(x);
    }
}

} // namespace gradus
