#include "mip_relaxation.h"

#include "framework/errors.h"
#include "framework/json_numbers.h"
#include "views/plot_style.h"

#include <QJsonArray>

#include <cmath>
#include <stdexcept>

namespace gradus {

using namespace core::mip;

namespace {

QString statusName(LpStatus status)
{
    switch (status) {
    case LpStatus::Optimal: return QStringLiteral("optimal");
    case LpStatus::Infeasible: return QStringLiteral("infeasible");
    case LpStatus::Unbounded: return QStringLiteral("unbounded");
    }
    return {};
}

QString fateName(BranchNode::Fate fate)
{
    switch (fate) {
    case BranchNode::Fate::Pending: return QStringLiteral("waiting");
    case BranchNode::Fate::Branched: return QStringLiteral("branched");
    case BranchNode::Fate::NewIncumbent: return QStringLiteral("new_incumbent");
    case BranchNode::Fate::NotBetter: return QStringLiteral("not_better");
    case BranchNode::Fate::Infeasible: return QStringLiteral("infeasible");
    case BranchNode::Fate::PrunedByBound: return QStringLiteral("pruned_by_bound");
    case BranchNode::Fate::Unbounded: return QStringLiteral("unbounded");
    }
    return {};
}

QJsonArray rowJson(const Constraint2D& c) { return QJsonArray{qint64(c.a), qint64(c.b), qint64(c.rhs)}; }

} // namespace

QString pointText(const RationalPoint& p)
{
    return QStringLiteral("(%1, %2)").arg(style::formatValue(p.xValue()), style::formatValue(p.yValue()));
}

std::vector<Constraint2D> MipRelaxationResult::constraintsWithCuts(int count) const
{
    std::vector<Constraint2D> rows = parsed.program.constraints;
    rows.insert(rows.end(), cuts.begin(), cuts.begin() + std::min<std::ptrdiff_t>(count, std::ptrdiff_t(cuts.size())));
    return rows;
}

QString MipRelaxationResult::frameLabel(int frame) const
{
    if (frame <= 0)
        return MipRelaxation::tr("LP relaxation");
    if (frame <= int(cuts.size()))
        return MipRelaxation::tr("cut %1 of %2").arg(frame).arg(cuts.size());
    const int step = stepAt(frame);
    return MipRelaxation::tr("node %1 of %2").arg(step + 1).arg(tree.steps.size());
}

std::shared_ptr<MipRelaxationResult> MipRelaxation::compute(const QString& objective, const QString& constraints, NodeOrder order,
                                                            int maxCuts)
{
    auto result = std::make_shared<MipRelaxationResult>();
    result->order = order;
    try {
        result->parsed = parseProgram2D(objective.toStdString(), constraints.toStdString());
    } catch (const std::invalid_argument& e) {
        throw InputError(tr("The program does not parse: %1.").arg(QString::fromStdString(e.what())));
    }
    const IntegerProgram2D& program = result->parsed.program;
    try {
        result->rootLp = solveLp(program.constraints, program.cx, program.cy);
        if (result->rootLp.status == LpStatus::Unbounded)
            throw InputError(tr("The LP relaxation is unbounded: add bounds on x and y (e.g. x <= 10; y <= 10) so that the region is a polygon."));
        result->lattice = enumerateLattice(program, 20'000);
        if (result->rootLp.status == LpStatus::Optimal) {
            const CuttingPlanes planes = addGomoryCuts(program.constraints, program.cx, program.cy, maxCuts);
            result->cuts = planes.cuts;
            result->cutSolutions = planes.solutions;
            IntegerProgram2D withCuts = program;
            withCuts.constraints.insert(withCuts.constraints.end(), planes.cuts.begin(), planes.cuts.end());
            result->tree = branchAndBound(withCuts, order);
            const RationalPoint p = result->rootLp.point;
            result->roundedX = std::llround(p.xValue());
            result->roundedY = std::llround(p.yValue());
            result->roundedFeasible = satisfies(program.constraints, result->roundedX, result->roundedY);
        } else {
            result->cutSolutions = {result->rootLp};
        }
    } catch (const std::invalid_argument& e) {
        const QString what = QString::fromStdString(e.what());
        throw InputError(what.contains(QLatin1String("unbounded"))
                             ? tr("The feasible region is unbounded: add bounds on x and y (e.g. x <= 10; y <= 10).")
                             : tr("The feasible region is too large to draw its lattice points: keep x and y within about ±70."));
    } catch (const std::overflow_error&) {
        throw InputError(tr("The coefficients are too large for exact arithmetic: use smaller numbers."));
    }
    // The box: the region's extent (its lattice points and the LP optimum) with a margin, origin included.
    double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
    for (const LpSolution2D& extreme : {solveLp(program.constraints, 1, 0), solveLp(program.constraints, -1, 0),
                                        solveLp(program.constraints, 0, 1), solveLp(program.constraints, 0, -1)})
        if (extreme.status == LpStatus::Optimal) {
            x0 = std::min(x0, extreme.point.xValue()), x1 = std::max(x1, extreme.point.xValue());
            y0 = std::min(y0, extreme.point.yValue()), y1 = std::max(y1, extreme.point.yValue());
        }
    const double margin = std::max({1.0, 0.08 * (x1 - x0), 0.08 * (y1 - y0)});
    result->x0 = std::floor(x0 - margin), result->x1 = std::ceil(x1 + margin);
    // Headroom above for the legend, which sits in the top right corner.
    result->y0 = std::floor(y0 - margin), result->y1 = std::ceil(y1 + margin + 0.22 * (y1 - y0));
    return result;
}

QJsonObject MipRelaxation::json(const MipRelaxationResult& r, int frame)
{
    QJsonArray rows, texts;
    for (std::size_t k = 0; k < r.parsed.program.constraints.size(); ++k) {
        rows.append(rowJson(r.parsed.program.constraints[k]));
        texts.append(QString::fromStdString(r.parsed.constraintTexts[k]));
    }
    const auto lpJson = [&](const LpSolution2D& lp) {
        QJsonObject o{{"status", statusName(lp.status)}};
        if (lp.status == LpStatus::Optimal) {
            o.insert("x", lp.point.xValue());
            o.insert("y", lp.point.yValue());
            o.insert("x_fraction", QStringLiteral("%1/%2").arg(lp.point.x).arg(lp.point.denominator));
            o.insert("y_fraction", QStringLiteral("%1/%2").arg(lp.point.y).arg(lp.point.denominator));
            o.insert("value", r.shown(lp.value));
        }
        return o;
    };
    QJsonObject json{{"view", "relaxation"},
                     {"sense", r.parsed.minimize ? "min" : "max"},
                     {"objective", QJsonArray{r.shown(r.parsed.program.cx), r.shown(r.parsed.program.cy)}},
                     {"constraints", rows},
                     {"constraint_texts", texts},
                     {"lp_relaxation", lpJson(r.rootLp)},
                     {"lattice_points", int(r.lattice.feasiblePoints.size())}};
    if (r.lattice.feasible)
        json.insert("integer_optimum", QJsonObject{{"x", qint64(r.lattice.bestX)}, {"y", qint64(r.lattice.bestY)}, {"value", r.shown(r.lattice.bestValue)}});
    if (r.rootLp.status == LpStatus::Optimal)
        json.insert("rounded", QJsonObject{{"x", qint64(r.roundedX)},
                                           {"y", qint64(r.roundedY)},
                                           {"feasible", r.roundedFeasible},
                                           {"value", r.shown(r.parsed.program.objective(double(r.roundedX), double(r.roundedY)))}});
    QJsonArray cuts, cutTexts, cutLps;
    for (const Constraint2D& c : r.cuts) {
        cuts.append(rowJson(c));
        cutTexts.append(QString::fromStdString(constraintText(c)));
    }
    for (const LpSolution2D& lp : r.cutSolutions)
        cutLps.append(lpJson(lp));
    json.insert("cuts", cuts);
    json.insert("cut_texts", cutTexts);
    json.insert("lp_after_cuts", cutLps);
    QJsonArray nodes;
    for (const BranchNode& node : r.tree.nodes) {
        QJsonObject o{{"parent", node.parent},
                      {"depth", node.depth},
                      {"fate", fateName(node.fate)},
                      {"step", node.step},
                      {"lp", lpJson(node.lp)}};
        if (node.variable >= 0)
            o.insert("bound", QString::fromStdString(boundText(node.variable, node.upper, node.value)));
        nodes.append(o);
    }
    QJsonObject tree{{"order", r.order == NodeOrder::DepthFirst ? "depth-first" : "best-bound"},
                     {"nodes", nodes},
                     {"steps", int(r.tree.steps.size())},
                     {"feasible", r.tree.feasible}};
    if (r.tree.feasible)
        tree.insert("optimum", QJsonObject{{"x", qint64(r.tree.bestX)}, {"y", qint64(r.tree.bestY)}, {"value", r.shown(r.tree.bestValue)}});
    json.insert("branch_and_bound", tree);
    const int step = r.stepAt(frame);
    QJsonObject shownFrame{{"frame", frame}, {"cuts", r.cutsAt(frame)}};
    if (step >= 0) {
        const BranchStep& s = r.tree.steps[std::size_t(step)];
        shownFrame.insert("node", s.node);
        QJsonArray open;
        for (int k : s.openNodes)
            open.append(k);
        shownFrame.insert("open_nodes", open);
        shownFrame.insert("best_bound", jsonNumber(r.shown(s.bestBound)));
        if (s.incumbent.feasible)
            shownFrame.insert("incumbent", r.shown(s.incumbent.bestValue));
    }
    json.insert("shown", shownFrame);
    return json;
}

} // namespace gradus
