#include "mip_figure.h"

#include "mip_lesson.h"
#include "mip_relaxation.h"
#include "relaxation_pane.h"
#include "mip_solve.h"
#include "solve_pane.h"
#include "views/chart_panel.h"
#include "views/field_view.h"
#include "views/number_table.h"
#include "views/search_tree_view.h"
#include "views/plot_style.h"

#include <QGridLayout>
#include <QStackedLayout>

#include <cmath>

namespace gradus {

namespace {

// Colour and shape both tell the status apart (grey print, colour-blind viewers): Okabe–Ito.
const QColor kStatusColors[3] = {QColor(0, 158, 115), QColor(213, 94, 0), QColor(204, 121, 167)};
const FieldPoint::Shape kStatusShapes[3] = {FieldPoint::Shape::Circle, FieldPoint::Shape::Cross, FieldPoint::Shape::Star};

QPointF positionOf(const MiplibInstance& i)
{
    return QPointF(std::log10(std::max(i.variables, 1.0)), std::log10(std::max(i.constraints, 1.0)));
}

} // namespace

MipFigure::MipFigure(QWidget* parent) : FigureOf(parent)
{
    miplibPage_ = new QWidget(this);
    scatter_ = new FieldView(miplibPage_);
    scatter_->setBlankBackground();
    scatter_->setLogAxes(true);
    scatter_->setPickEnabled(true);
    scatter_->setAxisTitles(tr("variables"), tr("constraints"));
    scatter_->setToolTip(tr("Hover over an instance for its name; click it for its row of the table."));
    details_ = new NumberTable(miplibPage_);
    auto* layout = newPaneGrid(miplibPage_);
    layout->addWidget(scatter_, 0, 0);
    layout->addWidget(details_, 0, 1);
    layout->setColumnStretch(0, 5);
    layout->setColumnStretch(1, 2);
    relaxationPane_ = new RelaxationPane(this);
    pages_ = new QStackedLayout(this);
    pages_->addWidget(miplibPage_);
    pages_->addWidget(relaxationPane_);
    solvePane_ = new SolvePane(this);
    pages_->addWidget(solvePane_);
    registerView(QStringLiteral("scatter"), scatter_);
    registerView(QStringLiteral("details"), details_);
    registerView(QStringLiteral("plane"), relaxationPane_->plane());
    registerView(QStringLiteral("tree"), relaxationPane_->tree());
    registerView(QStringLiteral("families"), solvePane_->families());
    registerView(QStringLiteral("progress"), solvePane_->progress());
    connect(scatter_, &FieldView::pointPicked, this, [this](QPointF at) {
        const MipResult* collection = shownAs<MipResult>();
        if (!collection)
            return;
        // The instance nearest to the click (in the plot's log coordinates).
        int best = -1;
        double bestDistance = INFINITY;
        for (int k = 0; k < collection->instances.size(); ++k) {
            const QPointF d = positionOf(collection->instances[k]) - at;
            const double distance = std::hypot(d.x(), d.y());
            if (distance < bestDistance)
                best = k, bestDistance = distance;
        }
        showInstance(*collection, best);
    });
}

void MipFigure::showResult(const std::shared_ptr<const MipRelaxationResult>& relaxation)
{
    pages_->setCurrentWidget(relaxationPane_);
    relaxationPane_->setResult(relaxation);
}

void MipFigure::showFrameOf(const MipRelaxationResult&) { relaxationPane_->showFrame(frame_); }

void MipFigure::showResult(const std::shared_ptr<const MipSolveResult>& solve)
{
    pages_->setCurrentWidget(solvePane_);
    solvePane_->setResult(solve);
}

void MipFigure::showResult(const std::shared_ptr<const MipResult>& collection)
{
    pages_->setCurrentWidget(miplibPage_);
    const MipResult& r = *collection;
    QVector<FieldPoint> points;
    double x1 = 1, y1 = 1;
    // Easy first, so that the rarer hard and open instances are drawn on top.
    for (int status : {0, 1, 2})
        for (int k = 0; k < r.instances.size(); ++k) {
            const MiplibInstance& i = r.instances[k];
            if (int(i.status) != status)
                continue;
            const QPointF p = positionOf(i);
            x1 = std::max(x1, p.x()), y1 = std::max(y1, p.y());
            const bool named = r.highlighted.contains(k);
            points.append({p, named ? QStringLiteral("%1 (%2)").arg(i.name, statusName(i.status)) : i.name, kStatusColors[status],
                           kStatusShapes[status], named ? FieldPoint::LabelPlacement::BesideMarker : FieldPoint::LabelPlacement::HoverOnly,
                           named ? 1.0 : 0.6});
        }
    // Named instances are drawn last (on top); their labels are placed in that order too.
    std::stable_partition(points.begin(), points.end(), [](const FieldPoint& p) { return p.labelPlacement != FieldPoint::LabelPlacement::BesideMarker; });
    scatter_->setPoints(points);
    scatter_->setHomeBox({0, std::ceil(x1 + 0.2), 0, std::ceil(y1 + 0.2)});
    scatter_->setLegendKeys({{tr("easy: solved in under an hour (%1)").arg(r.counts[0]), kStatusColors[0]},
                             {tr("hard: solved, but not that fast (%1)").arg(r.counts[1]), kStatusColors[1]},
                             {tr("open: no one has solved it (%1)").arg(r.counts[2]), kStatusColors[2]}});
    scatter_->setTitle(tr("%1: %2 of %3 instances%4")
                           .arg(r.source)
                           .arg(r.instances.size())
                           .arg(r.total)
                           .arg(r.filter.isEmpty() ? QString() : QStringLiteral(" (") + r.filter + QLatin1Char(')')));
    scatter_->setSubtitle(tr("size does not tell how hard: the smallest hard and open instances are named"));
    showInstance(r, r.highlighted.isEmpty() ? -1 : r.highlighted.front());
}

void MipFigure::showInstance(const MipResult& collection, int index)
{
    if (index < 0 || index >= collection.instances.size()) {
        details_->setRows({});
        return;
    }
    const MiplibInstance& i = collection.instances[index];
    QString objective;
    switch (i.objectiveKind) {
    case MiplibInstance::Objective::Value: objective = style::formatValue(i.objective); break;
    case MiplibInstance::Objective::BestKnown: objective = tr("%1 (best known)").arg(style::formatValue(i.objective)); break;
    case MiplibInstance::Objective::Infeasible: objective = tr("infeasible"); break;
    case MiplibInstance::Objective::Unbounded: objective = tr("unbounded"); break;
    case MiplibInstance::Objective::Unknown: objective = tr("not known"); break;
    }
    auto count = [](double v) { return QLocale::c().toString(qlonglong(std::llround(v))); };
    details_->setRows({{tr("instance"), i.name},
                       {tr("status"), statusName(i.status)},
                       {tr("variables"), count(i.variables)},
                       {tr("  binary / integer / continuous"), QStringLiteral("%1 / %2 / %3").arg(count(i.binaries), count(i.integers), count(i.continuous))},
                       {tr("constraints"), count(i.constraints)},
                       {tr("nonzeros"), count(i.nonzeros)},
                       {tr("objective"), objective},
                       {tr("group"), i.group.isEmpty() ? QStringLiteral("–") : i.group},
                       {tr("benchmark set"), i.inBenchmarkSet() ? tr("yes") : tr("no")}});
    details_->setNote(tr("Tags: %1. Submitted by %2.").arg(i.tags.join(QStringLiteral(", ")), i.submitter));
}

} // namespace gradus
