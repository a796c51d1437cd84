#include "regularization_figure.h"

#include "regularization_lesson.h"
#include "views/chart_panel.h"
#include "views/field_view.h"
#include "views/plot_style.h"

#include <cmath>

namespace gradus {

namespace {

const QColor kSparseColor(213, 0, 0);     // the seed's red: a coordinate is exactly zero
const QColor kDenseColor(0, 90, 181);
const QColor kBallColor(205, 226, 245);
const QColor kTangentColor(120, 60, 0);

// The level set {w : L(w) = level} of a convex quadratic: an ellipse about the minimizer.
QVector<QPointF> levelLinePoints(const core::LeastSquares2D& loss, const core::Vec2& centre, double level)
{
    QVector<QPointF> points;
    for (const core::Vec2& p : core::levelEllipse(loss, centre, level))
        points.append(QPointF(p[0], p[1]));
    return points;
}

QString pointText(const core::Vec2& w)
{
    auto coordinate = [](double v) { return std::abs(v) <= 1e-12 ? QStringLiteral("0") : style::formatValue(v); };
    return QStringLiteral("(%1, %2)").arg(coordinate(w[0]), coordinate(w[1]));
}

void prepareMap(FieldView* map)
{
    map->setAxisTitles(QStringLiteral("w₁"), QStringLiteral("w₂"));
    map->setAspectLocked(true);
    // Everything is drawn as shapes (exact ellipses and balls), so nothing is sampled per frame.
    map->setBlankBackground();
}

// The constraint set: the diamond ‖w‖₁ ≤ t or the disc ‖w‖₂ ≤ t.
FieldShape ballShape(double t, bool diamond)
{
    QVector<QPointF> outline;
    if (diamond)
        outline = {{t, 0}, {0, t}, {-t, 0}, {0, -t}};
    else
        for (int k = 0; k < 360; ++k)
            outline.append(QPointF(t * std::cos(k * M_PI / 180), t * std::sin(k * M_PI / 180)));
    FieldShape shape = FieldShape::polygon(outline, kBallColor.darker(130)).withWidth(1.5).withFill(kBallColor).withoutCasing().beneathPaths();
    return shape;
}

} // namespace

RegularizationFigure::RegularizationFigure(QWidget* parent) : FigureOf(parent)
{
    l1_ = new FieldView(this);
    l2_ = new FieldView(this);
    prepareMap(l1_);
    prepareMap(l2_);
    lasso_ = new ChartPanel(this);
    ridge_ = new ChartPanel(this);
    for (ChartPanel* chart : {lasso_, ridge_})
        chart->setLogX(true);
    lasso_->setAxisTitles(tr("α in (1/2n)‖y − Xw‖² + α‖w‖₁"), tr("standardized coefficient"));
    ridge_->setAxisTitles(tr("α in ‖y − Xw‖² + α‖w‖²"), QString());
    lasso_->setLegendVisible(false); // the colours are the same in both: one legend, on the right
    ridge_->setLegendOnRight(true);
    addPane(QStringLiteral("l1"), l1_, {.row = 0, .column = 0});
    addPane(QStringLiteral("l2"), l2_, {.row = 0, .column = 1});
    addPane(QStringLiteral("lasso"), lasso_, {.row = 1, .column = 0});
    addPane(QStringLiteral("ridge"), ridge_, {.row = 1, .column = 1});
}

void RegularizationFigure::showResult(const RegularizationResult& result)
{
    const bool paths = result.pathMode;
    l1_->setVisible(!paths);
    l2_->setVisible(!paths);
    lasso_->setVisible(paths);
    ridge_->setVisible(paths);
    paths ? showPaths() : showConstraint();
    showFrame();
}

void RegularizationFigure::showConstraint()
{
    const RegularizationResult& r = *result_;
    const double t = r.radius;
    // One box for both maps: the balls and the whole path of the unconstrained solution.
    double x0 = -t, x1 = t, y0 = -t, y1 = t;
    unconstrainedPath_.clear();
    for (const ConstrainedFrame& f : r.frames) {
        unconstrainedPath_.append(QPointF(f.unconstrained[0], f.unconstrained[1]));
        x0 = std::min(x0, f.unconstrained[0]), x1 = std::max(x1, f.unconstrained[0]);
        y0 = std::min(y0, f.unconstrained[1]), y1 = std::max(y1, f.unconstrained[1]);
    }
    const double pad = 0.15 * std::max(x1 - x0, y1 - y0);
    const DataBox box{x0 - pad, x1 + pad, y0 - pad, y1 + pad};
    for (FieldView* map : {l1_, l2_})
        map->setHomeBox(box);
}

void RegularizationFigure::showPaths()
{
    const RegularizationResult& r = *result_;
    auto series = [&r](const core::CoefficientPath& path) {
        QVector<ChartSeries> list;
        for (int j = 0; j < r.featureNames.size(); ++j) {
            ChartSeries s{r.featureNames[j], style::categoricalColor(j % 8), {}};
            s.dashed = j >= 8;
            for (std::size_t k = 0; k < path.penalties.size(); ++k)
                s.points.append(QPointF(path.penalties[k], path.coefficients[k][std::size_t(j)]));
            list.append(s);
        }
        return list;
    };
    lasso_->setSeries(series(r.lasso));
    ridge_->setSeries(series(r.ridge));
    ridge_->setTitle(tr("Ridge: coefficients shrink, none reaches 0"));
}

void RegularizationFigure::showFrameOf(const RegularizationResult& r)
{
    if (r.pathMode) {
        const std::vector<double>& lasso = r.lasso.coefficients[std::size_t(frame_)];
        const int nonzero = int(std::count_if(lasso.begin(), lasso.end(), [](double c) { return c != 0; }));
        lasso_->setTitle(tr("Lasso at α = %1: %2 of %3 coefficients ≠ 0")
                             .arg(style::formatValue(r.lasso.penalties[std::size_t(frame_)]))
                             .arg(nonzero)
                             .arg(lasso.size()));
        lasso_->setMarkerX(r.lasso.penalties[std::size_t(frame_)]);
        ridge_->setMarkerX(r.ridge.penalties[std::size_t(frame_)]);
        return;
    }
    const ConstrainedFrame& f = r.frames[frame_];
    const core::LeastSquares2D loss = f.loss;
    const double best = loss.value(f.unconstrained);
    auto show = [&](FieldView* map, const core::Vec2& solution, bool sparse, int sparseSoFar, const QString& norm) {
        const double atSolution = loss.value(solution);
        QVector<FieldShape> shapes{ballShape(r.radius, map == l1_)};
        // Level lines L* + (L(w_t) − L*)·(k/2)²: evenly spaced ellipses about ŵ; k = 2, the one
        // through the solution, is drawn apart. Exact ellipses: nothing to sample or trace.
        const double step = atSolution - best;
        if (step > 0)
            for (int k = 1; k <= 10; ++k)
                if (k != 2) {
                    shapes.append(FieldShape::polygon(levelLinePoints(loss, f.unconstrained, best + step * (k / 2.0) * (k / 2.0)), QColor(30, 30, 30, 120))
                                      .withWidth(1.0)
                                      .withoutCasing()
                                      .beneathPaths());
                }
        const QVector<QPointF> tangent = levelLinePoints(loss, f.unconstrained, atSolution);
        if (!tangent.isEmpty()) {
            // Beneath: the solution's marker sits on it.
            shapes.append(FieldShape::polygon(tangent, kTangentColor).withLabel(tr("level line through the solution")).beneathPaths());
        }
        map->setOverlay(shapes);
        map->setPaths({{r.frames.size() > 1 ? tr("least-squares solution ŵ as the data change") : QString(), QColor(110, 110, 110), unconstrainedPath_,
                        r.frames.size() > 1 ? frame_ : -1}});
        map->setPoints({{QPointF(f.unconstrained[0], f.unconstrained[1]), tr("least squares ŵ = %1").arg(pointText(f.unconstrained)),
                         QColor(20, 20, 20), FieldPoint::Shape::Star},
                        {QPointF(solution[0], solution[1]),
                         (sparse ? tr("solution %1: sparse") : tr("solution %1")).arg(pointText(solution)),
                         sparse ? kSparseColor : kDenseColor}});
        map->setTitle(tr("min ‖Xw − y‖² subject to ‖w‖%1 ≤ %2").arg(norm, style::formatValue(r.radius)));
        // While the design turns, say by how much: nothing else on the map names the motion.
        const QString turned = f.designAngle != 0 ? tr("design turned %1°, ").arg(qRound(f.designAngle)) : QString();
        map->setSubtitle(r.frames.size() > 1 ? turned + tr("sparse in %1 of %2 frames so far (%3 %)")
                                                             .arg(sparseSoFar)
                                                             .arg(frame_ + 1)
                                                             .arg(qRound(100.0 * sparseSoFar / (frame_ + 1)))
                                             : (r.dataSource.isEmpty() ? QString() : r.dataSource));
    };
    show(l1_, f.l1, f.sparseL1, f.sparseL1SoFar, QStringLiteral("₁"));
    show(l2_, f.l2, f.sparseL2, f.sparseL2SoFar, QStringLiteral("₂"));
}

} // namespace gradus
