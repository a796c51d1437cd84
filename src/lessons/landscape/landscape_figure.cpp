#include "landscape_figure.h"

#include "landscape_lesson.h"
#include "views/chart_panel.h"
#include "views/field_view.h"
#include "views/plot_style.h"
#include "views/surface_view.h"

#include <QGridLayout>

#include <algorithm>
#include <cmath>

namespace gradus {

using namespace core::models;

namespace {

const QColor kModelColors[2] = {style::categoricalColor(0), style::categoricalColor(1)};

// The grid with every point not yet computed interpolated from the finest lattice that is complete
// (coarse-to-fine passes compute every 8th, 4th, 2nd point first), so a coarse pass already looks
// smooth rather than blocky.
std::vector<double> filled(const std::vector<double>& values, int n)
{
    int stride = 1;
    const auto complete = [&](int s) {
        for (int j = 0; j < n; j += s)
            for (int i = 0; i < n; i += s)
                if (std::isnan(values[std::size_t(j * n + i)]))
                    return false;
        return true;
    };
    while (stride < 16 && !complete(stride))
        stride *= 2;
    if (stride == 1 || !complete(stride))
        return values;
    const int last = (n - 1) / stride * stride; // the lattice's last index
    std::vector<double> out = values;
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            double& v = out[std::size_t(j * n + i)];
            if (!std::isnan(v))
                continue;
            const int i0 = std::min(i / stride * stride, last), j0 = std::min(j / stride * stride, last);
            const int i1 = std::min(i0 + stride, last), j1 = std::min(j0 + stride, last);
            const double tx = i1 > i0 ? double(std::min(i, i1) - i0) / (i1 - i0) : 0.0;
            const double ty = j1 > j0 ? double(std::min(j, j1) - j0) / (j1 - j0) : 0.0;
            const auto at = [&](int a, int b) { return values[std::size_t(b * n + a)]; };
            v = (1 - ty) * ((1 - tx) * at(i0, j0) + tx * at(i1, j0)) + ty * ((1 - tx) * at(i0, j1) + tx * at(i1, j1));
        }
    return out;
}

// Bilinear interpolation of a resolution × resolution grid over [−bound, bound]².
FieldView::Sampler interpolate(std::vector<double> values, int n, double bound)
{
    return [values = std::move(values), n, bound](double x, double y) {
        if (n < 2)
            return values.empty() ? NAN : values[0];
        const double fx = std::clamp((x + bound) / (2 * bound) * (n - 1), 0.0, double(n - 1));
        const double fy = std::clamp((y + bound) / (2 * bound) * (n - 1), 0.0, double(n - 1));
        const int i = std::min(int(fx), n - 2), j = std::min(int(fy), n - 2);
        const double tx = fx - i, ty = fy - j;
        const auto at = [&](int a, int b) { return values[std::size_t(b * n + a)]; };
        return (1 - ty) * ((1 - tx) * at(i, j) + tx * at(i + 1, j)) + ty * ((1 - tx) * at(i, j + 1) + tx * at(i + 1, j + 1));
    };
}

// Train (solid) and test (dashed) loss along a line, for both networks.
QVector<ChartSeries> lineSeries(const LandscapeResult& r, LossLine LandscapeModelResult::*which)
{
    QVector<ChartSeries> series;
    for (int m = 0; m < 2; ++m) {
        const QString name = m == 0 ? LandscapeFigure::tr("no dropout") : LandscapeFigure::tr("dropout");
        ChartSeries train{LandscapeFigure::tr("%1: train").arg(name), kModelColors[m], {}};
        ChartSeries test = ChartSeries::line(LandscapeFigure::tr("%1: test").arg(name), kModelColors[m]).withDashes();
        const LossLine& l = r.models[m].*which;
        for (std::size_t k = 0; k < l.t.size(); ++k) {
            train.points.append(QPointF(l.t[k], l.trainLoss[k]));
            test.points.append(QPointF(l.t[k], l.testLoss[k]));
        }
        series << train << test;
    }
    return series;
}

} // namespace

LandscapeFigure::LandscapeFigure(QWidget* parent) : FigureOf(parent)
{
    const QString names[2][2] = {{QStringLiteral("map_train"), QStringLiteral("map_test")},
                                 {QStringLiteral("map_dropout_train"), QStringLiteral("map_dropout_test")}};
    for (int m = 0; m < 2; ++m)
        for (int s = 0; s < 2; ++s) {
            FieldView* map = new FieldView(this);
            map->setAxisTitles(QStringLiteral("α"), QStringLiteral("β"));
            map->setToolTip(tr("L(θ + αu + βv): the loss when the trained weights θ move along two random directions. Hover for the value."));
            maps_[m][s] = map;
            addPane(names[m][s], map, {.row = m, .column = s});
        }
    history_ = new ChartPanel(this);
    history_->setAxisTitles(tr("epoch"), tr("loss"));
    line_ = new ChartPanel(this);
    interpolation_ = new ChartPanel(this);
    interpolation_->setVisible(false);
    history_->setLegendVisible(false);
    line_->setLegendVisible(false);
    interpolation_->setLegendVisible(false);
    registerView(QStringLiteral("interpolation"), interpolation_); // placed by the view that shows it
    addPane(QStringLiteral("history"), history_, {.row = 0, .column = 2});
    addPane(QStringLiteral("line"), line_, {.row = 1, .column = 2});
    setColumnWeights({4, 4, 5});
}

// The axes, the centre and, on the training path's plane, the path itself with one dot per
// checkpoint: the class sees the descent as a walk across the map into the star.
void LandscapeFigure::showPlane(FieldView* map, const LandscapeResult& r, int model)
{
    const FieldPoint centre{QPointF(0, 0), QString(), Qt::white, FieldPoint::Shape::Star, FieldPoint::LabelPlacement::HoverOnly, 1.0};
    if (r.plane != LandscapePlane::Trajectory) {
        map->setAxisTitles(QStringLiteral("α"), QStringLiteral("β"));
        map->setToolTip(r.plane == LandscapePlane::AroundInitial
                            ? tr("L(θ₀ + αu + βv): the loss when the initial weights θ₀ move along two random directions. Hover for the value.")
                            : tr("L(θ + αu + βv): the loss when the trained weights θ move along two random directions. Hover for the value."));
        map->setPaths({});
        map->setPoints({centre});
        return;
    }
    const TrajectoryPlane& plane = r.models[model].trajectory;
    map->setAxisTitles(tr("1st direction of the path (%1 %)").arg(100 * plane.explained[0], 0, 'f', 1),
                       tr("2nd (%1 %)").arg(100 * plane.explained[1], 0, 'f', 1));
    map->setToolTip(tr("The loss on the plane of the two leading principal directions of the training path (one point per "
                       "epoch, relative to the trained weights ★); the percentages are the path's variance along each."));
    FieldPath path{tr("training path"), Qt::white, {}};
    for (std::size_t k = 0; k < plane.alphas.size(); ++k)
        path.points.append(QPointF(plane.alphas[k], plane.betas[k]));
    map->setPaths({path});
    map->setPoints({centre, {path.points.value(0), tr("initial weights θ₀"), Qt::white, FieldPoint::Shape::Circle,
                             FieldPoint::LabelPlacement::HoverOnly, 1.0}});
}

void LandscapeFigure::showResult(const LandscapeResult& r)
{
    // Training curves: solid train, dashed test; blue without dropout, orange with. The colours are
    // named in the title (a legend of four long names does not fit beside a slide-sized chart).
    const QString key = tr("<span style='color:%1'>no dropout</span> · <span style='color:%2'>dropout %3</span>")
                            .arg(kModelColors[0].name(), kModelColors[1].name())
                            .arg(double(r.models[1].dropout));
    QVector<ChartSeries> curves;
    for (int m = 0; m < 2; ++m) {
        const QString name = m == 0 ? tr("no dropout") : tr("dropout %1").arg(double(r.models[m].dropout));
        ChartSeries train = ChartSeries::line(tr("%1: train").arg(name), kModelColors[m]);
        ChartSeries test = ChartSeries::line(tr("%1: test").arg(name), kModelColors[m]).withDashes();
        ChartSeries accuracy{tr("%1: test accuracy").arg(name), kModelColors[m], {}};
        accuracy.dotted = true;
        for (const EpochRecord& e : r.models[m].run.history) {
            train.points.append(QPointF(e.epoch, e.train.loss));
            test.points.append(QPointF(e.epoch, e.test.loss));
            accuracy.points.append(QPointF(e.epoch, e.test.accuracy));
        }
        curves << train << test << accuracy;
    }
    history_->setSeries(curves);
    QStringList diverged;
    for (int m = 0; m < 2; ++m)
        if (const int epoch = r.models[m].run.divergedInEpoch(); epoch >= 0)
            diverged << tr("%1 diverged in epoch %2 (loss not finite)")
                            .arg(m == 0 ? tr("no dropout") : tr("dropout %1").arg(double(r.models[m].dropout)))
                            .arg(epoch);
    history_->setTitle(diverged.isEmpty() ? key : key + QStringLiteral(" — ") + diverged.join(QStringLiteral("; ")));
    const auto& last = r.models[0].run.history;
    const auto& lastDropout = r.models[1].run.history;
    if (!last.empty() && !lastDropout.empty())
        history_->setAxisTitles(tr("epoch (test accuracy %1 | %2 %)")
                                    .arg(100 * last.back().test.accuracy, 0, 'f', 1)
                                    .arg(100 * lastDropout.back().test.accuracy, 0, 'f', 1),
                                tr("loss (dashed: test); dotted: test accuracy"));

    // Loss along u.
    const QVector<ChartSeries> line = lineSeries(r, &LandscapeModelResult::line);
    line_->setSeries(line);
    line_->setTitle(key);
    line_->setMarkerX(0.0); // the trained weights

    // From the initial weights (t = 0) to the trained ones (t = 1) and a little beyond.
    const QVector<ChartSeries> path = lineSeries(r, &LandscapeModelResult::interpolation);
    interpolation_->setSeries(path);
    interpolation_->setMarkerX(1.0); // the trained weights
    interpolation_->setTitle(key);
    interpolation_->setAxisTitles(tr("t: from the initial (0) to the trained weights (1)"), tr("loss (dashed: test)"));
    line_->setAxisTitles(r.plane == LandscapePlane::AroundInitial ? tr("α along u through the initial weights (β = 0)")
                         : r.plane == LandscapePlane::Trajectory  ? tr("α along the path's first direction through the trained weights")
                                                                  : tr("α along u through the trained weights (β = 0)"),
                         tr("loss (dashed: test)"));

    // The maps, on one colour scale (log of the loss) and with the same contour levels.
    double low = INFINITY, high = -INFINITY;
    for (const LandscapeModelResult& m : r.models)
        for (const std::vector<double>* values : {&m.grid.trainLoss, &m.grid.testLoss})
            for (double v : *values)
                if (std::isfinite(v) && v > 0)
                    low = std::min(low, v), high = std::max(high, v);
    QVector<double> levels;
    if (low < high)
        for (int k = 1; k <= 14; ++k)
            levels << low * std::pow(high / low, k / 15.0);
    const double b = r.bound;
    if (r.surfaces && !surfaces_[0]) {
        auto* grid = paneGrid();
        for (int m = 0; m < 2; ++m) {
            surfaces_[m] = new SurfaceView(this);
            grid->addWidget(surfaces_[m], 0, m);
            registerView(m == 0 ? QStringLiteral("surface") : QStringLiteral("surface_dropout"), surfaces_[m]);
        }
    }
    const Arrangement arrangement = r.surfaces ? Arrangement::Surfaces : r.lines ? Arrangement::Lines : Arrangement::Maps;
    for (int m = 0; m < 2; ++m)
        for (int s = 0; s < 2; ++s)
            maps_[m][s]->setVisible(arrangement == Arrangement::Maps);
    interpolation_->setVisible(arrangement == Arrangement::Lines);
    for (SurfaceView* surface : surfaces_)
        if (surface)
            surface->setVisible(r.surfaces);
    arrange(arrangement);
    if (r.lines)
        return;
    if (r.surfaces) {
        for (int m = 0; m < 2; ++m) {
            const LossGrid& grid = r.models[m].grid;
            SurfaceView* surface = surfaces_[m];
            surface->setTitle(tr("%1: %2").arg(m == 0 ? tr("no dropout") : tr("dropout %1").arg(double(r.models[m].dropout)),
                                               r.bothSurfaces ? tr("training loss (surface), test loss (orange grid)")
                                               : r.testSurface ? tr("test loss")
                                                               : tr("training loss")));
            surface->setHeightName(r.bothSurfaces ? tr("loss") : r.testSurface ? tr("test loss") : tr("train loss"));
            if (r.bothSurfaces && grid.resolution > 0)
                surface->setCompanion(interpolate(filled(grid.testLoss, grid.resolution), grid.resolution, b), QColor(213, 94, 0));
            else
                surface->setCompanion({}, QColor());
            surface->setAxisNames(QStringLiteral("α"), QStringLiteral("β"));
            surface->setValueRange(low, high);
            if (grid.resolution > 0)
                surface->setSurface(interpolate(filled(r.testSurface ? grid.testLoss : grid.trainLoss, grid.resolution), grid.resolution, b),
                                    {-b, b, -b, b}, FieldView::ColorScale::LogAboveFloor, 0.0);
        }
        return;
    }
    for (int m = 0; m < 2; ++m)
        for (int s = 0; s < 2; ++s) {
            FieldView* map = maps_[m][s];
            const LossGrid& grid = r.models[m].grid;
            const QString name = tr("%1, %2").arg(m == 0 ? tr("no dropout") : tr("dropout %1").arg(double(r.models[m].dropout)),
                                                  s == 0 ? tr("train") : tr("test"));
            map->setTitle(name);
            if (grid.resolution == 0) {
                map->setBlankBackground();
                map->setSubtitle(r.stage.isEmpty() || (m == 1 && r.stage.contains(tr("without"))) ? tr("waiting") : r.stage + QStringLiteral("…"));
                continue;
            }
            map->setHomeBox({-b, b, -b, b});
            map->setField(interpolate(filled(s == 0 ? grid.trainLoss : grid.testLoss, grid.resolution), grid.resolution, b),
                          FieldView::ColorScale::LogAboveFloor, 0.0);
            map->setColorRange(low, high);
            map->setContourLevels(levels);
            const double centre = (s == 0 ? grid.trainLoss : grid.testLoss)[std::size_t((grid.resolution / 2) * grid.resolution + grid.resolution / 2)];
            if (const int epoch = r.models[m].run.divergedInEpoch(); epoch >= 0 && r.plane != LandscapePlane::AroundInitial)
                map->setSubtitle(tr("training diverged in epoch %1: the map is around the last finite weights").arg(epoch));
            else
                map->setSubtitle(!std::isfinite(centre)                       ? tr("computing…")
                                 : r.plane == LandscapePlane::AroundInitial ? tr("loss at the initial weights %1").arg(style::formatValue(centre))
                                                                            : tr("loss at the trained weights %1").arg(style::formatValue(centre)));
            showPlane(map, r, m);
        }
}

void LandscapeFigure::arrange(Arrangement arrangement)
{
    // Maps: a 2 × 2 block beside the charts. Surfaces: side by side over the two charts (a 3D box
    // needs a wide pane). Lines: the line along u and the path from the initial weights large, the
    // training curves beside them.
    auto* grid = paneGrid();
    for (QWidget* chart : {static_cast<QWidget*>(history_), static_cast<QWidget*>(line_), static_cast<QWidget*>(interpolation_)})
        grid->removeWidget(chart);
    switch (arrangement) {
    case Arrangement::Maps:
        grid->addWidget(history_, 0, 2);
        grid->addWidget(line_, 1, 2);
        grid->setColumnStretch(2, 5);
        grid->setRowStretch(0, 1);
        grid->setRowStretch(1, 1);
        break;
    case Arrangement::Surfaces:
        grid->addWidget(history_, 1, 0);
        grid->addWidget(line_, 1, 1);
        grid->setColumnStretch(2, 0);
        grid->setRowStretch(0, 3);
        grid->setRowStretch(1, 2);
        break;
    case Arrangement::Lines:
        grid->addWidget(line_, 0, 0, 1, 2);
        grid->addWidget(interpolation_, 1, 0, 1, 2);
        grid->addWidget(history_, 0, 2, 2, 1);
        grid->setColumnStretch(2, 4);
        grid->setRowStretch(0, 1);
        grid->setRowStretch(1, 1);
        break;
    }
}

void LandscapeFigure::freezeForExport(const LessonFigure* live)
{
    if (!result_ || !result_->surfaces)
        return;
    const auto* onScreen = qobject_cast<const LandscapeFigure*>(live);
    for (int m = 0; m < 2; ++m)
        if (surfaces_[m])
            surfaces_[m]->freezeFrom(onScreen ? onScreen->surfaces_[m] : nullptr);
}

} // namespace gradus
