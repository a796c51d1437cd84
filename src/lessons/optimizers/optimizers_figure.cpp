#include "optimizers_figure.h"

#include "optimizers_lesson.h"
#include "lessons/common/run_legend.h"
#include "lessons/common/surface_map.h"
#include "views/chart_panel.h"
#include "views/field_view.h"
#include "views/plot_style.h"
#include "views/surface_view.h"

#include <cmath>

namespace gradus {

// Vec2 is a std::array, so its arithmetic is not found by argument-dependent lookup.
using core::operator*;
using core::operator-;

OptimizersFigure::OptimizersFigure(QWidget* parent) : FigureOf(parent)
{
    map_ = new FieldView(this);
    map_->setAxisTitles(QStringLiteral("x"), QStringLiteral("y"));
    map_->setAspectLocked(true);
    map_->setPickEnabled(true);
    map_->setToolTip(tr("Click to start every method from that point. Drag to pan, scroll to zoom, double-click to reset."));
    valueChart_ = new ChartPanel(this);
    valueChart_->setLogY(true);
    valueChart_->setAxisTitles(tr("iteration"), QString());
    gradientChart_ = new ChartPanel(this);
    gradientChart_->setLogY(true);
    gradientChart_->setTitle(tr("Gradient norm ‖∇f(x_k)‖"));
    gradientChart_->setAxisTitles(tr("iteration"), QString());
    // The map's legend names every colour; the charts use the space for the curves.
    valueChart_->setLegendVisible(false);
    gradientChart_->setLegendVisible(false);

    addPane(QStringLiteral("map"), map_, {.row = 0, .column = 0, .rowSpan = 2});
    addPane(QStringLiteral("value"), valueChart_, {.row = 0, .column = 1});
    addPane(QStringLiteral("gradient"), gradientChart_, {.row = 1, .column = 1});
    setColumnWeights({11, 9});

    connect(map_, &FieldView::pointPicked, this, [this](QPointF p) { emitPickedPoint(QStringLiteral("start"), p); });
}

void OptimizersFigure::showResult(const OptimizersResult& r)
{
    const auto function = r.function;
    const double fMin = function->minimumValue();
    const bool bounded = std::isfinite(fMin);
    showSurfaceOnMap(*map_, function);
    map_->setTitle(r.functionLabel);

    if (r.surface && !surface_) {
        surface_ = new SurfaceView(this);
        addPane(QStringLiteral("surface"), surface_, {.row = 0, .column = 0, .rowSpan = 2}); // in the map's place
    }
    map_->setVisible(!r.surface);
    if (surface_) {
        surface_->setVisible(r.surface);
        if (r.surface) {
            const core::Box2 box = function->defaultBox();
            surface_->setSurface([function](double x, double y) { return function->value({x, y}); }, DataBox{box.x0, box.x1, box.y0, box.y1},
                                 bounded ? FieldView::ColorScale::LogAboveFloor : FieldView::ColorScale::Linear, bounded ? fMin : 0.0);
            surface_->setTitle(r.functionLabel);
            surface_->setHeightName(bounded ? QStringLiteral("f − f*") : QStringLiteral("f"));
            surface_->setWireframe(r.wireframe);
        }
    }

    QVector<ChartSeries> values, gradients;
    for (const MethodRun& entry : r.runs) {
        QVector<QPointF> value, gradient;
        for (std::size_t k = 0; k < entry.run.points.size(); ++k) {
            value.append(QPointF(double(k), bounded ? entry.run.values[k] - fMin : entry.run.values[k]));
            gradient.append(QPointF(double(k), entry.run.gradientNorms[k]));
        }
        values.append({entry.label, entry.color, value});
        gradients.append({entry.label, entry.color, gradient});
    }
    valueChart_->setLogY(bounded);
    valueChart_->setTitle(bounded               ? tr("Excess value f(x_k) − f*")
                          : std::isnan(fMin) ? tr("Value f(x_k)")
                                             : tr("Value f(x_k) (unbounded below)"));
    valueChart_->setSeries(values);
    gradientChart_->setSeries(gradients);
    showFrame();
}

QString OptimizersFigure::labelWithRate(const MethodRun& entry)
{
    if (!entry.usesLearningRate)
        return entry.label;
    const QString rate = style::formatValue(entry.learningRate);
    return entry.tuned ? tr("%1, tuned η = %2").arg(entry.label, rate) : tr("%1, η = %2").arg(entry.label, rate);
}

QVector<FieldShape> OptimizersFigure::anatomyOverlay() const
{
    const OptimizersResult& r = *result_;
    const auto found = std::find_if(r.runs.begin(), r.runs.end(), [&](const MethodRun& m) { return m.name == r.anatomyMethod; });
    if (found == r.runs.end())
        return {};
    const MethodRun& entry = *found;
    // anatomy[k] built the step from points[k] to points[k + 1].
    const int k = frame_;
    if (k >= int(entry.run.anatomy.size()))
        return {};
    const core::StepAnatomy& a = entry.run.anatomy[std::size_t(k)];
    const core::Vec2 x = entry.run.points[std::size_t(k)];
    const double rate = entry.usesLearningRate ? entry.run.rates[std::size_t(k)] : 1.0;
    const QPointF origin(x[0], x[1]);

    if (a.hasSimplex) { // Nelder–Mead: the triangle is the whole story
        QVector<QPointF> triangle;
        for (const core::Vec2& v : a.simplex)
            triangle.append(QPointF(v[0], v[1]));
        return {FieldShape::polygon(triangle, entry.color).withLabel(tr("simplex after step %1").arg(k + 1))};
    }

    // Vectors in x units; all magnified by one factor so the longest spans a fifth of the box.
    const core::Vec2 plain = -rate * a.gradient;
    const bool hasDirection = a.velocity[0] != 0 || a.velocity[1] != 0;
    const core::Vec2 direction = entry.usesLearningRate ? -rate * a.velocity : a.velocity;
    const core::Box2 box = r.function->defaultBox();
    const double longest = std::max({core::norm(plain), hasDirection ? core::norm(direction) : 0.0, core::norm(a.step)});
    if (!(longest > 0) || !std::isfinite(longest))
        return {};
    const double magnify = 0.2 * std::min(box.x1 - box.x0, box.y1 - box.y0) / longest;
    auto arrow = [&](const core::Vec2& v, const QColor& color, const QString& label, double width) {
        return FieldShape::arrow(origin, origin + magnify * QPointF(v[0], v[1]), color).withLabel(label).withWidth(width);
    };
    const QString scale = magnify >= 1.5 ? tr(" (×%1)").arg(style::formatValue(magnify)) : QString();
    QVector<FieldShape> shapes;
    if (entry.usesLearningRate)
        shapes.append(arrow(plain, QColor(60, 60, 60), tr("−η∇f") + scale, 2.0).withDashes());
    else
        shapes.append(arrow(-1.0 * a.gradient, QColor(60, 60, 60), tr("−∇f (direction only)"), 2.0).withDashes());
    if (hasDirection) {
        const QString name = entry.name == u"newton" || entry.name == u"damped-newton" ? tr("Newton direction −H⁻¹∇f")
                             : entry.name == u"bfgs"                                    ? tr("search direction")
                             : entry.name == u"cg-fr" || entry.name == u"cg-pr"         ? tr("CG direction −∇f + βd₋")
                             : entry.name == u"lion"                                    ? tr("−η·c (interpolated momentum)")
                                                                                        : tr("−η·momentum");
        shapes.append(arrow(direction, QColor(153, 68, 170), name, 2.0).withDashes());
    }
    if (a.scale[0] != 1 || a.scale[1] != 1) {
        // The box's sides are proportional to the per-coordinate divisor: the longer a side, the more
        // that coordinate of the step is shrunk.
        const double side = 0.08 * std::min(box.x1 - box.x0, box.y1 - box.y0);
        const double biggest = std::max(a.scale[0], a.scale[1]);
        const QPointF half(side * a.scale[0] / biggest, side * a.scale[1] / biggest);
        shapes.append(FieldShape::rectangle(origin - half, origin + half, QColor(0, 120, 80)).withLabel(tr("divisor per coordinate")).withWidth(2.0));
    }
    shapes.append(arrow(a.step, entry.color, tr("step taken"), 3.5));
    return shapes;
}

void OptimizersFigure::freezeForExport(const LessonFigure* live)
{
    if (!surface_ || !result_ || !result_->surface)
        return;
    const auto* onScreen = qobject_cast<const OptimizersFigure*>(live);
    surface_->freezeFrom(onScreen ? onScreen->surface_ : nullptr);
}

void OptimizersFigure::showFrameOf(const OptimizersResult& r)
{
    QVector<FieldPath> paths;
    for (const MethodRun& entry : r.runs) {
        FieldPath path;
        path.color = entry.color;
        path.points = toPointList(entry.run.points);
        const int last = int(entry.run.points.size()) - 1;
        path.current = std::min(frame_, last);
        path.name = runLegend(labelWithRate(entry), entry.run, frame_);
        paths.append(path);
    }
    map_->setPaths(paths);
    map_->setOverlay(anatomyOverlay());
    if (surface_ && r.surface)
        surface_->setPaths(paths);
    QString subtitle = tr("iteration %1 of %2").arg(frame_).arg(r.iterations);
    if (r.gradientNoise > 0) // the paths wander because of it: say so where the class looks
        subtitle += tr(", gradient noise σ = %1").arg(r.gradientNoise);
    map_->setSubtitle(subtitle);
    valueChart_->setMarkerX(frame_);
    gradientChart_->setMarkerX(frame_);
}

} // namespace gradus
