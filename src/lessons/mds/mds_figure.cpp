#include "mds_figure.h"

#include "mds_lesson.h"
#include "views/chart_panel.h"
#include "views/field_view.h"
#include "views/number_table.h"
#include "views/plot_style.h"

#include <QGridLayout>

#include <cmath>
#include <limits>

namespace gradus {

MdsFigure::MdsFigure(QWidget* parent) : FigureOf(parent)
{
    mapsArea_ = new QWidget(this);
    newPaneGrid(mapsArea_);
    loss_ = new ChartPanel(this);
    loss_->setLogX(true);
    loss_->setLogY(true);
    loss_->setTitle(tr("Objective f against operations spent"));
    loss_->setAxisTitles(tr("operations (≈13n² per gradient step, 8n² per function value)"), QStringLiteral("f"));
    table_ = new NumberTable(this);
    placeInGrid(mapsArea_, {.row = 0, .column = 0, .columnSpan = 2}); // its maps are panes of their own
    addPane(QStringLiteral("loss"), loss_, {.row = 1, .column = 0});
    addPane(QStringLiteral("table"), table_, {.row = 1, .column = 1});
    setRowWeights({3, 2});
    setColumnWeights({3, 2});
}

FieldView* MdsFigure::map(int index)
{
    while (maps_.size() <= index) {
        auto* view = new FieldView(mapsArea_);
        view->setAspectLocked(true);
        view->setAxisTitles(tr("km"), tr("km"));
        view->setBlankBackground();
        registerView(QStringLiteral("map%1").arg(maps_.size() + 1), view);
        maps_.append(view);
    }
    return maps_[index];
}

void MdsFigure::showResult(const MdsResult& r)
{
    const int mapCount = r.overlaid ? 1 : std::max(1, int(r.methods.size()));
    // Up to two maps side by side; three or four in two rows, so that each stays wide enough for names.
    auto* grid = static_cast<QGridLayout*>(mapsArea_->layout());
    const int columns = mapCount <= 2 ? mapCount : 2;
    for (int k = 0; k < std::max(mapCount, int(maps_.size())); ++k) {
        FieldView* view = map(k);
        grid->removeWidget(view);
        if (k < mapCount)
            grid->addWidget(view, k / columns, k % columns);
        view->setVisible(k < mapCount);
    }
    // Three or four maps take the left of the figure, two rows high; the chart and the table stack
    // on the right. One or two maps span the top.
    auto* figureGrid = paneGrid();
    for (QWidget* part : {mapsArea_, static_cast<QWidget*>(loss_), static_cast<QWidget*>(table_)})
        figureGrid->removeWidget(part);
    if (mapCount > 2) {
        figureGrid->addWidget(mapsArea_, 0, 0, 2, 1);
        figureGrid->addWidget(loss_, 0, 1);
        figureGrid->addWidget(table_, 1, 1);
        figureGrid->setRowStretch(0, 1), figureGrid->setRowStretch(1, 1);
        figureGrid->setColumnStretch(0, 3), figureGrid->setColumnStretch(1, 2);
    } else {
        figureGrid->addWidget(mapsArea_, 0, 0, 1, 2);
        figureGrid->addWidget(loss_, 1, 0);
        figureGrid->addWidget(table_, 1, 1);
        figureGrid->setRowStretch(0, 3), figureGrid->setRowStretch(1, 2);
        figureGrid->setColumnStretch(0, 3), figureGrid->setColumnStretch(1, 2);
    }
    // One box for every map: the true places and where each method ends.
    double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
    auto include = [&](const core::mds::Layout& x) {
        for (Eigen::Index i = 0; i + 1 < x.size(); i += 2)
            x0 = std::min(x0, x[i]), x1 = std::max(x1, x[i]), y0 = std::min(y0, x[i + 1]), y1 = std::max(y1, x[i + 1]);
    };
    if (r.truth.size())
        include(r.truth);
    for (const MdsMethodRun& m : r.methods)
        if (m.run.divergedAtStep < 0) // a diverged layout would shrink every other map to a dot
            include(m.aligned.back());
    if (!(x0 <= x1)) // nothing else to frame (no true places, every method diverged): the start
        for (const MdsMethodRun& m : r.methods)
            include(m.aligned.front());
    const double pad = 0.08 * std::max(x1 - x0, y1 - y0) + 1e-9;
    for (FieldView* view : maps_)
        view->setHomeBox({x0 - pad, x1 + pad, y0 - pad, y1 + pad});

    QVector<ChartSeries> series;
    loss_->setTitle(r.perIteration ? tr("Objective f against iterations") : tr("Objective f against operations spent"));
    loss_->setAxisTitles(r.perIteration ? tr("iteration") : tr("operations (≈13n² per gradient step, 8n² per function value)"),
                         QStringLiteral("f"));
    for (const MdsMethodRun& m : r.methods) {
        ChartSeries s{m.label, m.color, {}};
        for (std::size_t k = 0; k < m.run.history.size(); ++k)
            if (r.perIteration ? k > 0 : m.run.flops[k] > 0)
                s.points.append(QPointF(r.perIteration ? double(k) : m.run.flops[k], m.run.history[k]));
        if (s.points.isEmpty()) // a closed form: one point
            s.points.append(QPointF(m.run.flops.back(), m.run.history.back()));
        s.scatter = s.points.size() == 1;
        series.append(s);
    }
    loss_->setSeries(series);

    QList<QPair<QString, QString>> rows;
    for (const MdsSummaryRow& s : r.summary)
        rows.append({tr("%1 cities, %2").arg(s.cities).arg(s.method),
                     s.divergedAtStep >= 0 ? tr("diverged at step %1 · %2 ms").arg(s.divergedAtStep).arg(s.seconds * 1e3, 0, 'f', 1)
                                                : tr("%1 it · %2 ev · f %3 · %4 ms")
                                                      .arg(s.iterations)
                                                      .arg(s.evaluations)
                                                      .arg(style::formatValue(s.f))
                                                      .arg(s.seconds * 1e3, 0, 'f', 1)});
    table_->setRows(rows);
    table_->setNote(rows.isEmpty() ? tr("(the 6 / 15 / 34 table is made for the bundled cities)")
                                   : tr("GD: gradient descent, NM: Nelder–Mead. Variables: 2 per city. Same start; Nelder–Mead stops at 200 × variables evaluations."));
    table_->setVisible(true);
    showFrame();
}

void MdsFigure::showFrameOf(const MdsResult& r)
{
    const int n = int(r.names.size());
    auto pointsOf = [&](const MdsMethodRun& m, bool labelled, QVector<FieldPoint>& points, QVector<FieldShape>& shapes) {
        const int at = r.iterateAt(m, frame_);
        const core::mds::Layout& x = m.aligned[std::size_t(at)];
        // A short trail behind every city: twelve earlier iterates, spaced over the latest sixtieth
        // of the run so far, so that the motion shows while playing.
        const int spacing = std::max(1, at / 60);
        for (int i = 0; i < n && at > 0; ++i) {
            QVector<QPointF> trail;
            for (int back = std::max(0, at - 12 * spacing); back <= at; back += spacing)
                trail.append(QPointF(m.aligned[std::size_t(back)][2 * i], m.aligned[std::size_t(back)][2 * i + 1]));
            shapes.append(FieldShape::polyline(trail, QColor(m.color.red(), m.color.green(), m.color.blue(), 90)).withWidth(1.5).withoutCasing().beneathPaths());
        }
        for (int i = 0; i < n; ++i) {
            const QPointF here(x[2 * i], x[2 * i + 1]);
            if (r.truth.size()) {
                shapes.append(FieldShape::polyline({here, QPointF(r.truth[2 * i], r.truth[2 * i + 1])},
                                                   QColor(m.color.red(), m.color.green(), m.color.blue(), 110))
                                  .withWidth(1.5)
                                  .withoutCasing()
                                  .beneathPaths());
            }
            points.append({here, labelled ? r.names[i] : QString(), m.color, FieldPoint::Shape::Circle,
                           FieldPoint::LabelPlacement::BesideMarker});
        }
    };
    auto truthPoints = [&](QVector<FieldPoint>& points) {
        for (int i = 0; i < n && r.truth.size(); ++i)
            points.append({QPointF(r.truth[2 * i], r.truth[2 * i + 1]), QString(), QColor(200, 200, 200), FieldPoint::Shape::Circle});
    };
    if (r.overlaid) {
        QVector<FieldPoint> points;
        QVector<FieldShape> shapes;
        truthPoints(points);
        QVector<QPair<QString, QColor>> keys;
        for (int k = 0; k < r.methods.size(); ++k) {
            pointsOf(r.methods[k], k == 0, points, shapes);
            keys.append({r.methods[k].label, r.methods[k].color});
        }
        if (r.truth.size())
            keys.append({tr("true positions"), QColor(200, 200, 200)});
        map(0)->setOverlay(shapes);
        map(0)->setPoints(points);
        map(0)->setLegendKeys(keys);
        map(0)->setTitle(r.source);
    } else {
        for (int k = 0; k < r.methods.size(); ++k) {
            const MdsMethodRun& m = r.methods[k];
            QVector<FieldPoint> points;
            QVector<FieldShape> shapes;
            truthPoints(points);
            pointsOf(m, true, points, shapes);
            FieldView* view = map(k);
            view->setOverlay(shapes);
            view->setPoints(points);
            const int at = r.iterateAt(m, frame_);
            view->setTitle(m.label);
            const int last = int(m.run.iterates.size()) - 1;
            if (m.run.divergedAtStep >= 0 && at == last)
                view->setSubtitle(tr("diverged at step %1: lower the step").arg(m.run.divergedAtStep));
            else
                view->setSubtitle(tr("iteration %1 of %2, f = %3").arg(at).arg(last).arg(style::formatValue(m.run.history[std::size_t(at)])));
            view->setLegendKeys(r.truth.size() ? QVector<QPair<QString, QColor>>{{tr("true positions"), QColor(200, 200, 200)}}
                                               : QVector<QPair<QString, QColor>>{});
        }
    }
    if (r.perIteration)
        loss_->setMarkerX(std::numeric_limits<double>::quiet_NaN()); // the methods stand at different iterations
    else
        loss_->setMarkerX(std::max(r.budgets[std::size_t(frame_)], 1.0));
}

} // namespace gradus
