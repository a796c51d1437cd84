// The acceleration figure's panes for the Chebyshev and lower-bound pictures.
#include "acceleration_figure.h"

#include "core/optim/chebyshev.h"
#include "lessons/common/surface_map.h"
#include "views/chart_panel.h"
#include "views/field_view.h"
#include "views/plot_style.h"

#include <algorithm>
#include <cmath>

namespace gradus {

namespace {

const QColor kInk(40, 40, 40);
const QColor kGuide(120, 120, 120);
// The errors reach 0 at exact termination and 10²⁶ for the unstable orders: the axes keep to a readable range.
constexpr double kFloor = 1e-17, kCeiling = 1e12;

QVector<QPointF> againstStep(const std::vector<double>& values)
{
    QVector<QPointF> out;
    for (std::size_t k = 0; k < values.size(); ++k)
        out.append(QPointF(double(k), values[k]));
    return out;
}

} // namespace

void AccelerationFigure::showChebyshev(const AccelerationResult& r)
{
    // The box holds every point that stays within 4‖x₀‖ (heavy ball's and the steps' excursions), not the
    // runaway points of an unstable order.
    const double reach = 4 * std::max(1.0, r.quadraticRuns.front().points.front().norm());
    double extent = 1;
    for (const QuadraticPathRun& run : r.quadraticRuns)
        for (const Eigen::VectorXd& p : run.points)
            if (p.norm() <= reach)
                extent = std::max(extent, p.cwiseAbs().maxCoeff());
    const double half = 1.1 * extent;
    showQuadraticOnMap(*chebyshevMap_, r.A, DataBox{-half, half, -half, half});
    chebyshevMap_->setPoints({{QPointF(0, 0), tr("minimum x*"), kInk, FieldPoint::Shape::Star}});

    QVector<ChartSeries> errors;
    double stepsPeak = 1;
    for (const QuadraticPathRun& run : r.quadraticRuns) {
        if (run.key == u"chebyshev-steps")
            stepsPeak = *std::max_element(run.errors.begin(), run.errors.end());
        errors.append(ChartSeries::line(quadraticMethodName(run.key), accelerationMethodColor(run.key), againstStep(run.errors)));
    }
    QVector<QPointF> chebyshevBound, gradientBound;
    for (int k = 0; k <= r.iterations; ++k) {
        chebyshevBound.append(QPointF(k, core::chebyshevBound(r.mu, r.L, k)));
        gradientBound.append(QPointF(k, core::steepestDescentBound(r.L / r.mu, k)));
    }
    errors.append(ChartSeries::line(tr("Chebyshev bound 1/T_k"), kInk, chebyshevBound).withDashes());
    errors.append(ChartSeries::line(tr("((κ − 1)/(κ + 1))^k"), kGuide, gradientBound).withDots());
    chebyshevErrors_->setYFloor(kFloor);
    chebyshevErrors_->setYCeiling(kCeiling);
    chebyshevErrors_->setSeries(errors);
    const QString order = r.scheduleOrder == u"fractal"       ? tr("fractal order")
                          : r.scheduleOrder == u"large-first" ? tr("largest first")
                                                              : tr("smallest first");
    chebyshevErrors_->setTitle(stepsPeak > 1.5 ? tr("Distance to the minimum; N = %1 steps, %2: they peak at ×%3")
                                                     .arg(r.stepSchedule.size()).arg(order, style::formatValue(stepsPeak))
                                               : tr("Distance to the minimum; N = %1 steps, %2").arg(r.stepSchedule.size()).arg(order));
    polynomials_->setYCeiling(kCeiling);
}

void AccelerationFigure::showChebyshevFrame(const AccelerationResult& r)
{
    const int k = std::clamp(frame_, 0, r.iterations);
    QVector<FieldPath> paths;
    QVector<ChartSeries> polynomials;
    for (const QuadraticPathRun& run : r.quadraticRuns) {
        QVector<QPointF> points;
        for (const Eigen::VectorXd& p : run.points)
            points.append(QPointF(p[0], p[1]));
        const int at = AccelerationResult::stepAt(run, k);
        paths.append({quadraticMethodName(run.key), accelerationMethodColor(run.key), points, at});
        QVector<QPointF> curve;
        for (std::size_t i = 0; i < r.lambdas.size(); ++i)
            curve.append(QPointF(r.lambdas[i], std::abs(run.residuals[std::size_t(at)][i])));
        polynomials.append(ChartSeries::line(quadraticMethodName(run.key), accelerationMethodColor(run.key), curve));
    }
    const double bound = core::chebyshevBound(r.mu, r.L, k);
    polynomials.append(ChartSeries::line(tr("1/T_k = %1").arg(style::formatValue(bound)), kInk,
                                         {QPointF(r.mu, bound), QPointF(r.L, bound)}).withDashes());
    // Three decades under the level that matters: the roots' dips go to 0, which a log axis cannot reach.
    polynomials_->setYFloor(1e-3 * std::min(1.0, bound));
    chebyshevMap_->setPaths(paths);
    chebyshevMap_->setTitle(tr("Step %1 on f = ½xᵀAx, eigenvalues μ = 1 and L = κ = %2").arg(k).arg(style::formatValue(r.L)));
    polynomials_->setSeries(polynomials);
    polynomials_->setTitle(tr("After %1 steps the error along the eigenvector of λ is multiplied by P_k(λ)").arg(k));
    chebyshevErrors_->setMarkerX(k);
}

void AccelerationFigure::showLowerBound(const AccelerationResult& r)
{
    QVector<ChartSeries> gaps;
    for (const QuadraticPathRun& run : r.quadraticRuns) {
        QVector<QPointF> points;
        for (std::size_t k = 1; k < run.gaps.size(); ++k)
            points.append(QPointF(double(k), run.gaps[k]));
        // Conjugate gradients lie on the floor: markers, so that the floor's line stays visible under them.
        if (run.key == u"cg")
            gaps.append(ChartSeries::markers(tr("CG, on the floor"), accelerationMethodColor(run.key), points));
        else
            gaps.append(ChartSeries::line(quadraticMethodName(run.key), accelerationMethodColor(run.key), points));
    }
    QVector<QPointF> floor, nesterovBound, gradientBound;
    const double distance = r.worst.startDistanceSquared();
    for (int k = 1; k <= r.iterations; ++k) {
        floor.append(QPointF(k, r.worst.krylovFloor(k)));
        nesterovBound.append(QPointF(k, 2 * r.L * distance / ((k + 1.0) * (k + 1.0))));
        gradientBound.append(QPointF(k, r.L * distance / (2.0 * k)));
    }
    gaps.append(ChartSeries::line(tr("floor for any method"), kInk, floor));
    gaps.append(ChartSeries::markers(tr("Nesterov's bound at k = %1").arg(r.iterations), kInk,
                                     {QPointF(r.iterations, r.worst.textbookBound(r.iterations))})
                    .withSquareMarkers());
    gaps.append(ChartSeries::line(QStringLiteral("2L‖x₀ − x*‖²/(k + 1)²"), accelerationMethodColor(QStringLiteral("nesterov")), nesterovBound)
                    .withDashes());
    gaps.append(ChartSeries::line(QStringLiteral("L‖x₀ − x*‖²/(2k)"), accelerationMethodColor(QStringLiteral("gd")), gradientBound).withDots());
    gaps_->setSeries(gaps);
    gaps_->setTitle(tr("Nesterov's worst function in n = %1 variables: the value's gap against k").arg(r.worst.n));
}

void AccelerationFigure::showLowerBoundFrame(const AccelerationResult& r)
{
    const int k = std::clamp(frame_, 0, r.iterations);
    QVector<ChartSeries> coordinates;
    const Eigen::VectorXd xStar = r.worst.minimizer();
    QVector<QPointF> star;
    for (int i = 0; i < r.worst.n; ++i)
        star.append(QPointF(i + 1, xStar[i]));
    coordinates.append(ChartSeries::line(tr("x*"), kInk, star).withDashes());
    QStringList nonzero;
    for (const QuadraticPathRun& run : r.quadraticRuns) {
        const Eigen::VectorXd& x = run.points[std::size_t(AccelerationResult::stepAt(run, k))];
        QVector<QPointF> points;
        for (int i = 0; i < x.size(); ++i)
            points.append(QPointF(i + 1, x[i]));
        coordinates.append(ChartSeries::line(quadraticMethodName(run.key), accelerationMethodColor(run.key), points));
        nonzero.append(QString::number((x.array() != 0).count()));
    }
    coordinates_->setSeries(coordinates);
    coordinates_->setTitle(tr("Step %1: x_k,i = 0 for every i > k (nonzero: %2)").arg(k).arg(nonzero.join(QStringLiteral(", "))));
    gaps_->setMarkerX(k >= 1 ? double(k) : NAN);
}

} // namespace gradus
