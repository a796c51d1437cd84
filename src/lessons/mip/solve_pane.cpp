#include "solve_pane.h"

#include "mip_solve.h"
#include "views/chart_panel.h"
#include "views/lesson_figure.h"
#include "views/number_table.h"
#include "views/plot_style.h"

#include <QGridLayout>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace gradus {

using namespace core::mip;

namespace {

const QColor kKnapsack = style::categoricalColor(0);
const QColor kMarketSplit = style::categoricalColor(1);
const QColor kBound = style::categoricalColor(0);
const QColor kIncumbent = style::categoricalColor(2);

// Seconds as the log axis can show them: a solve faster than a tenth of a millisecond at 10⁻⁴ s.
double shownSeconds(double seconds) { return std::max(seconds, 1e-4); }

QString statusText(const MipSolveRun& run)
{
    if (!run.finished)
        return SolvePane::tr("solving…");
    switch (run.report.status) {
    case SolveStatus::Optimal: return SolvePane::tr("optimal");
    case SolveStatus::Infeasible: return SolvePane::tr("infeasible");
    case SolveStatus::Unbounded: return SolvePane::tr("unbounded");
    case SolveStatus::TimeLimit: return SolvePane::tr("time limit reached");
    case SolveStatus::Stopped: return SolvePane::tr("stopped");
    }
    return {};
}

QString count(qint64 value)
{
    QLocale locale = QLocale::c();
    locale.setNumberOptions(QLocale::DefaultNumberOptions); // 1,455,602
    return locale.toString(value);
}

} // namespace

SolvePane::SolvePane(QWidget* parent) : QWidget(parent)
{
    families_ = new ChartPanel(this);
    families_->setLogX(true);
    families_->setLogY(true);
    families_->setAxisTitles(tr("integer variables"), tr("seconds"));
    families_->setTitle(tr("Solve time against size"));
    families_->setLegendOnRight(true);
    progress_ = new ChartPanel(this);
    progress_->setAxisTitles(tr("seconds"), tr("objective"));
    numbers_ = new NumberTable(this);
    layout_ = LessonFigure::newPaneGrid(this);
    layout_->setColumnStretch(0, 3);
    layout_->setColumnStretch(1, 2);
}

void SolvePane::setResult(std::shared_ptr<const MipSolveResult> result)
{
    result_ = std::move(result);
    if (!result_ || result_->runs.isEmpty())
        return;
    const MipSolveResult& r = *result_;
    // Families: the time chart over the progress chart; a file: the progress chart alone.
    layout_->removeWidget(families_);
    layout_->removeWidget(progress_);
    layout_->removeWidget(numbers_);
    families_->setVisible(r.families);
    if (r.families) {
        layout_->addWidget(families_, 0, 0);
        layout_->addWidget(progress_, 1, 0);
        layout_->addWidget(numbers_, 0, 1, 2, 1);
        // Solves as marks (squares for market split, for grey print), the LP relaxations as dashed lines.
        ChartSeries knapsack{tr("knapsack"), kKnapsack, {}}, split{tr("market split"), kMarketSplit, {}};
        knapsack.scatter = split.scatter = split.squareMarkers = true;
        ChartSeries knapsackLp = ChartSeries::line(tr("knapsack: LP"), kKnapsack).withDashes();
        ChartSeries splitLp = ChartSeries::line(tr("market split: LP"), kMarketSplit).withDashes();
        for (const MipSolveRun& run : r.runs) {
            const bool isKnapsack = run.family == u"knapsack";
            (isKnapsack ? knapsack : split).points.append(QPointF(run.integers, shownSeconds(run.report.seconds)));
            if (std::isfinite(run.report.lpRelaxation))
                (isKnapsack ? knapsackLp : splitLp).points.append(QPointF(run.integers, shownSeconds(run.report.lpSeconds)));
        }
        families_->setSeries({knapsack, split, knapsackLp, splitLp});
        families_->setTitle(tr("Solve time against size (time limit %1 s)").arg(style::formatValue(r.timeLimit)));
    } else {
        layout_->addWidget(progress_, 0, 0, 2, 1);
        layout_->addWidget(numbers_, 0, 1, 2, 1);
    }

    const MipSolveRun& run = r.runs.last();
    const SolveReport& report = run.report;
    ChartSeries bound{tr("best bound"), kBound, {}}, incumbent{tr("incumbent"), kIncumbent, {}};
    for (const SolveProgress& p : report.history) {
        if (std::isfinite(p.bestBound))
            bound.points.append(QPointF(p.seconds, p.bestBound));
        if (std::isfinite(p.incumbent))
            incumbent.points.append(QPointF(p.seconds, p.incumbent));
    }
    progress_->setSeries({bound, incumbent});
    progress_->setTitle(tr("%1 (%2): %3").arg(run.name, run.family == u"file" ? tr("file") : run.family, statusText(run)));

    const double gap = SolveProgress{0, 0, report.bestBound, report.objective}.gap();
    QList<QPair<QString, QString>> rows = {
        {tr("model"), run.name},
        {tr("variables"), tr("%1 (%2 integer)").arg(count(run.variables), count(run.integers))},
        {tr("constraints"), count(run.constraints)},
        {tr("nonzeros"), count(run.nonzeros)},
        {tr("status"), statusText(run)},
        {tr("incumbent"), std::isfinite(report.objective) ? style::formatValue(report.objective) : tr("none yet")},
        {tr("best bound"), std::isfinite(report.bestBound) ? style::formatValue(report.bestBound) : QStringLiteral("–")},
        {tr("gap"), std::isfinite(gap) ? QStringLiteral("%1 %").arg(style::formatValue(100 * gap)) : QStringLiteral("–")},
        {tr("nodes"), count(report.nodes)},
        {tr("seconds"), style::formatValue(report.seconds)},
        {tr("LP relaxation"), std::isfinite(report.lpRelaxation) ? tr("%1 in %2 s").arg(style::formatValue(report.lpRelaxation), style::formatValue(report.lpSeconds))
                                                                 : QStringLiteral("–")}};
    numbers_->setRows(rows);
    QString note;
    if (r.families) {
        const MipSolveRun* largest = nullptr; // the biggest knapsack solved
        for (const MipSolveRun& other : r.runs)
            if (other.family == u"knapsack" && other.finished && (!largest || other.variables > largest->variables))
                largest = &other;
        if (largest && run.family == u"market split")
            note = tr("A knapsack with %1 binaries took %2 s; this market split has %3.")
                       .arg(count(largest->integers), style::formatValue(largest->report.seconds), count(run.integers));
    }
    if (r.stopped)
        note = tr("Stopped: the numbers are what CBC had found by then.") + (note.isEmpty() ? QString() : QLatin1Char(' ') + note);
    else if (!r.complete)
        note = tr("CBC is running; Stop keeps what it has found.") + (note.isEmpty() ? QString() : QLatin1Char(' ') + note);
    numbers_->setNote(note);
}

} // namespace gradus
