#include "relaxation_pane.h"

#include "mip_relaxation.h"
#include "views/field_view.h"
#include "views/lesson_figure.h"
#include "views/number_table.h"
#include "views/plot_style.h"
#include "views/search_tree_view.h"

#include <QGridLayout>

#include <cmath>

namespace gradus {

using namespace core::mip;

namespace {

const QColor kRegion(0, 114, 178);
const QColor kCurrent(213, 94, 0);
const QColor kInteger(0, 158, 115);
const QColor kCut(204, 121, 167);
const QColor kLattice(60, 60, 60);

QVector<QPointF> polygonOf(const std::vector<Constraint2D>& rows, const MipRelaxationResult& r)
{
    QVector<QPointF> points;
    for (const auto& [x, y] : feasiblePolygon(rows, r.x0, r.x1, r.y0, r.y1))
        points.append(QPointF(x, y));
    return points;
}

// The part of the line a·x + b·y = rhs inside the picture's box (empty when it misses the box).
QVector<QPointF> lineInBox(double a, double b, double rhs, const MipRelaxationResult& r)
{
    QVector<QPointF> ends;
    const auto add = [&](double x, double y) {
        if (x >= r.x0 - 1e-9 && x <= r.x1 + 1e-9 && y >= r.y0 - 1e-9 && y <= r.y1 + 1e-9 && ends.size() < 2)
            if (ends.isEmpty() || std::hypot(ends[0].x() - x, ends[0].y() - y) > 1e-9)
                ends.append(QPointF(x, y));
    };
    if (std::abs(b) > 1e-12) {
        add(r.x0, (rhs - a * r.x0) / b);
        add(r.x1, (rhs - a * r.x1) / b);
    }
    if (std::abs(a) > 1e-12) {
        add((rhs - b * r.y0) / a, r.y0);
        add((rhs - b * r.y1) / a, r.y1);
    }
    return ends.size() == 2 ? ends : QVector<QPointF>{};
}

QString valueText(const MipRelaxationResult& r, double internal) { return style::formatValue(r.shown(internal)); }

QString gapText(double bound, double incumbent)
{
    const double gap = std::abs(bound - incumbent) / std::max(std::abs(incumbent), 1e-9);
    return QStringLiteral("%1 %").arg(style::formatValue(100 * gap));
}

} // namespace

RelaxationPane::RelaxationPane(QWidget* parent) : QWidget(parent)
{
    plane_ = new FieldView(this);
    plane_->setBlankBackground();
    plane_->setAspectLocked(true);
    plane_->setAxisTitles(QStringLiteral("x"), QStringLiteral("y"));
    plane_->setToolTip(tr("Hover over a lattice point for its coordinates and objective value."));
    tree_ = new SearchTreeView(this);
    numbers_ = new NumberTable(this);
    auto* layout = LessonFigure::newPaneGrid(this);
    layout->addWidget(plane_, 0, 0, 2, 1);
    layout->addWidget(tree_, 0, 1);
    layout->addWidget(numbers_, 1, 1);
    layout->setColumnStretch(0, 11);
    layout->setColumnStretch(1, 9);
    layout->setRowStretch(0, 3);
    layout->setRowStretch(1, 2);
}

void RelaxationPane::setResult(std::shared_ptr<const MipRelaxationResult> result)
{
    result_ = std::move(result);
    if (!result_)
        return;
    const MipRelaxationResult& r = *result_;
    plane_->setHomeBox({r.x0, r.x1, r.y0, r.y1});
    QStringList objective;
    const double cx = r.shown(r.parsed.program.cx), cy = r.shown(r.parsed.program.cy);
    if (cx != 0)
        objective << (cx == 1 ? QStringLiteral("x") : cx == -1 ? QStringLiteral("−x") : style::formatValue(cx) + QLatin1Char('x'));
    if (cy != 0)
        objective << (cy == 1 ? QStringLiteral("y") : cy == -1 ? QStringLiteral("−y") : style::formatValue(cy) + QLatin1Char('y'));
    QString objectiveText = objective.join(QStringLiteral(" + ")).replace(QStringLiteral("+ −"), QStringLiteral("− "))
                                .replace(QStringLiteral("+ -"), QStringLiteral("− "));
    if (objectiveText.isEmpty())
        objectiveText = QStringLiteral("0");
    plane_->setTitle(tr("%1 %2 over the integer points").arg(r.parsed.minimize ? tr("min") : tr("max"), objectiveText));
    QStringList rows;
    for (const std::string& text : r.parsed.constraintTexts)
        rows << QString::fromStdString(text);
    plane_->setSubtitle(rows.join(QStringLiteral(";  ")));
    tree_->setTitle(r.order == NodeOrder::DepthFirst ? tr("Branch and bound, depth first") : tr("Branch and bound, best bound first"));
    showFrame(0);
}

// What one frame draws on the plane and lists in the table.
struct RelaxationPane::Frame {
    QVector<FieldShape> shapes;
    QVector<FieldPoint> points;
    QList<QPair<QString, QString>> numbers;
    QString note;
};

void RelaxationPane::showFrame(int frame)
{
    if (!result_)
        return;
    const MipRelaxationResult& r = *result_;
    const int cuts = r.cutsAt(frame);
    const int step = r.stepAt(frame);
    const std::vector<Constraint2D> rows = r.constraintsWithCuts(step >= 0 ? int(r.cuts.size()) : cuts);
    Frame shown = relaxationAndLattice(rows, cuts, step);
    if (r.rootLp.status != LpStatus::Optimal) {
        plane_->setNote(tr("The LP relaxation is infeasible: no point satisfies every constraint."));
        plane_->setOverlay(shown.shapes);
        plane_->setPoints(shown.points);
        tree_->setNodes({});
        tree_->setFooter(QString());
        numbers_->setRows({{tr("LP relaxation"), tr("infeasible")}});
        numbers_->setNote(QString());
        return;
    }
    plane_->setNote(QString());
    if (step < 0)
        addCuttingStage(rows, cuts, shown);
    else
        addBranchingStage(rows, step, shown);
    plane_->setOverlay(shown.shapes);
    plane_->setPoints(shown.points);
    numbers_->setRows(shown.numbers);
    numbers_->setNote(shown.note);
}

RelaxationPane::Frame RelaxationPane::relaxationAndLattice(const std::vector<Constraint2D>& rows, int cuts, int step) const
{
    const MipRelaxationResult& r = *result_;
    const IntegerProgram2D& program = r.parsed.program;
    Frame frame;
    // The LP relaxation's polygon (with the cuts so far).
    frame.shapes.append(FieldShape::polygon(polygonOf(rows, r), kRegion)
                            .withLabel((step >= 0 ? !r.cuts.empty() : cuts > 0) ? tr("LP relaxation with the cuts") : tr("LP relaxation"))
                            .withWidth(2.0)
                            .withFill(QColor(kRegion.red(), kRegion.green(), kRegion.blue(), step >= 0 ? 22 : 45))
                            .beneathPaths());
    for (int k = 0; k < (step >= 0 ? int(r.cuts.size()) : cuts); ++k) {
        const Constraint2D& c = r.cuts[std::size_t(k)];
        const QVector<QPointF> line = lineInBox(double(c.a), double(c.b), double(c.rhs), r);
        if (!line.isEmpty())
            frame.shapes.append(FieldShape::polyline(line, kCut)
                                    .withLabel(k == 0 ? tr("Gomory cuts") : QString())
                                    .withWidth(k + 1 == cuts && step < 0 ? 3.0 : 2.0)
                                    .withDashes(k + 1 != cuts || step >= 0)); // the newest cut solid
    }

    // Lattice points: the feasible ones dark, the others faint, as long as they stay readable.
    const double width = r.x1 - r.x0, height = r.y1 - r.y0;
    const bool fewPoints = (width + 1) * (height + 1) <= 2500;
    if (fewPoints)
        for (std::int64_t x = std::int64_t(std::ceil(r.x0)); x <= std::int64_t(std::floor(r.x1)); ++x)
            for (std::int64_t y = std::int64_t(std::ceil(r.y0)); y <= std::int64_t(std::floor(r.y1)); ++y) {
                const bool feasible = satisfies(program.constraints, x, y);
                frame.points.append({QPointF(double(x), double(y)),
                               feasible ? tr("(%1, %2): %3").arg(x).arg(y).arg(valueText(r, program.objective(double(x), double(y))))
                                        : tr("(%1, %2): infeasible").arg(x).arg(y),
                               feasible ? kLattice : QColor(185, 185, 185), FieldPoint::Shape::Circle,
                               FieldPoint::LabelPlacement::HoverOnly, feasible ? 0.5 : 0.3});
            }
    return frame;
}

// Before branch and bound: the LP optimum, the integer optimum and the rounding, then one Gomory cut per frame.
void RelaxationPane::addCuttingStage(const std::vector<Constraint2D>& rows, int cuts, Frame& frame)
{
    const MipRelaxationResult& r = *result_;
    const IntegerProgram2D& program = r.parsed.program;
    const LpSolution2D& lp = r.cutSolutions[std::size_t(std::min<int>(cuts, int(r.cutSolutions.size()) - 1))];
    const RationalPoint p = lp.point;
    const auto levelLine = [&](double value, const QColor& color, const QString& label) {
        const QVector<QPointF> line = lineInBox(program.cx, program.cy, value, r);
        if (!line.isEmpty())
            frame.shapes.append(FieldShape::polyline(line, color).withLabel(label).withWidth(1.6).withDashes().beneathPaths());
    };
    levelLine(lp.value, kRegion, tr("objective level of the LP optimum"));
    if (r.lattice.feasible)
        levelLine(r.lattice.bestValue, kInteger, tr("objective level of the integer optimum"));
    // The objective's direction from the middle of the region, a fifth of the picture long.
    const double norm = std::hypot(program.cx, program.cy);
    const QVector<QPointF> polygon = polygonOf(rows, r);
    if (norm > 0 && !polygon.isEmpty()) {
        const double length = std::min(r.x1 - r.x0, r.y1 - r.y0) / 5;
        QPointF from;
        for (const QPointF& corner : polygon)
            from += corner / double(polygon.size());
        frame.shapes.append(FieldShape::arrow(from, from + QPointF(program.cx, program.cy) * (length / norm), QColor(40, 40, 40))
                                .withLabel(r.parsed.minimize ? tr("direction of decrease") : tr("direction of increase")));
    }
    frame.points.append({QPointF(p.xValue(), p.yValue()),
                   tr("LP optimum %1 = %2").arg(pointText(p), valueText(r, lp.value)), kRegion, FieldPoint::Shape::Star,
                   FieldPoint::LabelPlacement::BesideMarker, 1.3});
    if (r.lattice.feasible)
        frame.points.append({QPointF(double(r.lattice.bestX), double(r.lattice.bestY)),
                       tr("integer optimum (%1, %2) = %3").arg(r.lattice.bestX).arg(r.lattice.bestY).arg(valueText(r, r.lattice.bestValue)),
                       kInteger, FieldPoint::Shape::Circle, FieldPoint::LabelPlacement::BesideMarker, 1.2});
    if (cuts == 0) {
        const double roundedValue = program.objective(double(r.roundedX), double(r.roundedY));
        const bool same = r.roundedFeasible && r.lattice.feasible && roundedValue >= r.lattice.bestValue - 1e-9;
        if (!same)
            frame.points.append({QPointF(double(r.roundedX), double(r.roundedY)),
                           r.roundedFeasible ? tr("rounded (%1, %2) = %3, not optimal").arg(r.roundedX).arg(r.roundedY).arg(valueText(r, roundedValue))
                                             : tr("rounded (%1, %2): infeasible").arg(r.roundedX).arg(r.roundedY),
                           style::errorColor(), FieldPoint::Shape::Cross, FieldPoint::LabelPlacement::BesideMarker, 1.2});
        frame.numbers << qMakePair(tr("LP optimum"), tr("%1 = %2").arg(pointText(p), valueText(r, lp.value)));
        if (r.lattice.feasible) {
            frame.numbers << qMakePair(tr("integer optimum"),
                                 tr("(%1, %2) = %3").arg(r.lattice.bestX).arg(r.lattice.bestY).arg(valueText(r, r.lattice.bestValue)));
            frame.numbers << qMakePair(tr("integrality gap"), gapText(lp.value, r.lattice.bestValue));
        } else {
            frame.numbers << qMakePair(tr("integer optimum"), tr("none: no lattice point is feasible"));
        }
        frame.numbers << qMakePair(tr("LP optimum rounded"), r.roundedFeasible ? tr("(%1, %2) = %3").arg(r.roundedX).arg(r.roundedY).arg(valueText(r, roundedValue))
                                                                         : tr("(%1, %2): infeasible").arg(r.roundedX).arg(r.roundedY));
        frame.numbers << qMakePair(tr("feasible lattice points"), QString::number(r.lattice.feasiblePoints.size()));
        frame.note = r.cuts.empty() ? tr("Play: branch and bound, one node per step.")
                              : tr("Play: %1 Gomory cuts, then branch and bound.").arg(r.cuts.size());
    } else {
        const Constraint2D& last = r.cuts[std::size_t(cuts - 1)];
        frame.numbers << qMakePair(tr("cut %1").arg(cuts), QString::fromStdString(constraintText(last)));
        frame.numbers << qMakePair(tr("LP optimum now"), tr("%1 = %2").arg(pointText(p), valueText(r, lp.value)));
        if (r.lattice.feasible) {
            const double rootGap = r.rootLp.value - r.lattice.bestValue;
            frame.numbers << qMakePair(tr("gap closed"), rootGap > 1e-12 ? QStringLiteral("%1 %").arg(style::formatValue(100 * (r.rootLp.value - lp.value) / rootGap))
                                                                   : QStringLiteral("–"));
        }
        frame.note = p.isIntegral() ? tr("The LP optimum is integral: the cuts alone solved the program.")
                              : tr("A Gomory cut: every lattice point satisfies it, the LP optimum does not.");
    }
    tree_->setNodes({{-1, QString(), tr("root\nLP %1").arg(valueText(r, lp.value)), TreeNode::State::Waiting}});
    tree_->setFooter(r.tree.nodes.size() == 1 ? tr("1 node in all") : tr("%1 nodes in all").arg(r.tree.nodes.size()));
}

// Branch and bound, one node per frame: the waiting and the current node's regions, the tree beside.
void RelaxationPane::addBranchingStage(const std::vector<Constraint2D>& rows, int step, Frame& frame)
{
    const MipRelaxationResult& r = *result_;
    const BranchStep& s = r.tree.steps[std::size_t(step)];
    const BranchNode& current = r.tree.nodes[std::size_t(s.node)];
    const auto regionOf = [&](const BranchNode& node) {
        std::vector<Constraint2D> bounded = rows;
        bounded.insert(bounded.end(), node.bounds.begin(), node.bounds.end());
        return polygonOf(bounded, r);
    };
    bool labelled = false;
    for (int k : s.openNodes) {
        // The current node's children lie inside its region: their outlines show the split.
        if (r.tree.nodes[std::size_t(k)].parent == s.node)
            continue;
        const QVector<QPointF> region = regionOf(r.tree.nodes[std::size_t(k)]);
        if (region.size() >= 3)
            frame.shapes.append(FieldShape::polygon(region, kRegion)
                                    .withLabel(labelled ? QString() : tr("waiting nodes"))
                                    .withWidth(1.6)
                                    .withDashes()
                                    .withFill(QColor(kRegion.red(), kRegion.green(), kRegion.blue(), 60))
                                    .beneathPaths());
        labelled = labelled || region.size() >= 3;
    }
    const QVector<QPointF> region = regionOf(current);
    if (region.size() >= 3)
        frame.shapes.append(FieldShape::polygon(region, kCurrent)
                                .withLabel(tr("current node"))
                                .withWidth(2.6)
                                .withFill(QColor(kCurrent.red(), kCurrent.green(), kCurrent.blue(), 60))
                                .beneathPaths());
    if (current.fate == BranchNode::Fate::Branched) {
        // The branching line(s): the strip between ⌊v⌋ and ⌈v⌉ is cut away.
        const int v = current.branchVariable;
        const BranchNode& down = r.tree.nodes[std::size_t(s.nodesCreated - 2)];
        for (const double at : {double(down.value), double(down.value + 1)}) {
            const QVector<QPointF> line = v == 0 ? lineInBox(1, 0, at, r) : lineInBox(0, 1, at, r);
            frame.shapes.append(FieldShape::polyline(line, kCurrent)
                                    .withLabel(at == double(down.value) ? tr("branching") : QString())
                                    .withWidth(1.8)
                                    .withDashes()
                                    .withoutCasing()
                                    .beneathPaths());
        }
    }
    if (current.lp.status == LpStatus::Optimal)
        frame.points.append({QPointF(current.lp.point.xValue(), current.lp.point.yValue()),
                       tr("node LP %1 = %2").arg(pointText(current.lp.point), valueText(r, current.lp.value)), kCurrent,
                       FieldPoint::Shape::Star, FieldPoint::LabelPlacement::BesideMarker, 1.3});
    if (s.incumbent.feasible)
        frame.points.append({QPointF(double(s.incumbent.bestX), double(s.incumbent.bestY)),
                       tr("incumbent (%1, %2) = %3").arg(s.incumbent.bestX).arg(s.incumbent.bestY).arg(valueText(r, s.incumbent.bestValue)),
                       kInteger, FieldPoint::Shape::Circle, FieldPoint::LabelPlacement::BesideMarker, 1.2});

    QVector<TreeNode> nodes;
    for (int k = 0; k < s.nodesCreated; ++k) {
        const BranchNode& node = r.tree.nodes[std::size_t(k)];
        TreeNode shown;
        shown.parent = node.parent;
        if (node.variable >= 0)
            shown.edgeLabel = QString::fromStdString(boundText(node.variable, node.upper, node.value));
        const QString lpText = node.lp.status == LpStatus::Optimal ? tr("LP %1").arg(valueText(r, node.lp.value)) : QString();
        if (node.step < 0 || node.step > step) {
            shown.state = TreeNode::State::Waiting;
            shown.text = tr("waiting\n");
        } else {
            switch (node.fate) {
            case BranchNode::Fate::Branched:
                shown.state = TreeNode::State::Branched;
                shown.text = lpText + QLatin1Char('\n') + pointText(node.lp.point);
                break;
            case BranchNode::Fate::NewIncumbent:
                shown.state = TreeNode::State::Best;
                shown.text = lpText + tr("\ninteger ✓");
                break;
            case BranchNode::Fate::Infeasible:
                shown.state = TreeNode::State::Infeasible;
                shown.text = tr("infeasible\n");
                break;
            default:
                shown.state = TreeNode::State::Pruned;
                shown.text = lpText + tr("\npruned");
                break;
            }
        }
        if (k == s.node)
            shown.state = TreeNode::State::Current;
        nodes.append(shown);
    }
    tree_->setNodes(nodes);
    const QString incumbent = s.incumbent.feasible ? valueText(r, s.incumbent.bestValue) : tr("none");
    tree_->setFooter(tr("best bound %1 · incumbent %2 · %3 waiting")
                         .arg(std::isfinite(s.bestBound) ? valueText(r, s.bestBound) : QStringLiteral("–"), incumbent)
                         .arg(s.openNodes.size()));

    QString fate;
    switch (current.fate) {
    case BranchNode::Fate::Branched:
        fate = tr("fractional: branch on %1").arg(current.branchVariable == 0 ? QStringLiteral("x") : QStringLiteral("y"));
        break;
    case BranchNode::Fate::NewIncumbent: fate = tr("integral: the new incumbent"); break;
    case BranchNode::Fate::Infeasible: fate = tr("infeasible: pruned"); break;
    case BranchNode::Fate::PrunedByBound: fate = tr("bound no better than the incumbent: pruned"); break;
    default: fate = tr("stopped"); break;
    }
    frame.numbers << qMakePair(tr("node"), current.variable >= 0 ? QString::fromStdString(boundText(current.variable, current.upper, current.value))
                                                           : tr("root"));
    frame.numbers << qMakePair(tr("its LP"), current.lp.status == LpStatus::Optimal
                                           ? tr("%1 = %2").arg(pointText(current.lp.point), valueText(r, current.lp.value))
                                           : tr("infeasible"));
    frame.numbers << qMakePair(tr("decision"), fate);
    frame.numbers << qMakePair(tr("incumbent"), incumbent);
    if (s.incumbent.feasible && std::isfinite(s.bestBound))
        frame.numbers << qMakePair(tr("gap"), gapText(s.bestBound, s.incumbent.bestValue));
    if (step + 1 == int(r.tree.steps.size()))
        frame.note = r.tree.feasible ? tr("Done after %1 nodes: the incumbent is optimal (listing all lattice points agrees: %2).")
                                     .arg(r.tree.steps.size())
                                     .arg(r.lattice.feasible ? valueText(r, r.lattice.bestValue) : tr("none"))
                               : tr("Done: no integer point is feasible.");
}

} // namespace gradus
