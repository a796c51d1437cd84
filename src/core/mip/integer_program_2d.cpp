#include "integer_program_2d.h"
#include "wide_integer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace gradus::core::mip {

namespace {

std::vector<Constraint2D> withFarBox(std::vector<Constraint2D> constraints)
{
    constraints.push_back({1, 0, kFar});
    constraints.push_back({-1, 0, kFar});
    constraints.push_back({0, 1, kFar});
    constraints.push_back({0, -1, kFar});
    return constraints;
}

bool holds(const Constraint2D& c, Wide x, Wide y, Wide denominator)
{
    return Wide(c.a) * x + Wide(c.b) * y <= Wide(c.rhs) * denominator;
}

// The intersection of the boundary lines of two constraints, or nothing when they are parallel.
std::optional<RationalPoint> intersection(const Constraint2D& p, const Constraint2D& q)
{
    Wide det = Wide(p.a) * q.b - Wide(q.a) * p.b;
    if (det == 0)
        return std::nullopt;
    Wide x = Wide(p.rhs) * q.b - Wide(q.rhs) * p.b;
    Wide y = Wide(p.a) * q.rhs - Wide(q.a) * p.rhs;
    if (det < 0)
        det = -det, x = -x, y = -y;
    const Wide g = gcdWide(gcdWide(x, y), det);
    return RationalPoint{narrow(x / g), narrow(y / g), narrow(det / g)};
}

bool onFarBox(const RationalPoint& p)
{
    const Wide far = Wide(kFar) * p.denominator;
    return Wide(p.x) == far || Wide(p.x) == -far || Wide(p.y) == far || Wide(p.y) == -far;
}

std::int64_t floorOf(std::int64_t numerator, std::int64_t denominator) { return narrow(floorDiv(numerator, denominator)); }

} // namespace

bool satisfies(const std::vector<Constraint2D>& constraints, std::int64_t x, std::int64_t y)
{
    return std::all_of(constraints.begin(), constraints.end(), [&](const Constraint2D& c) { return holds(c, x, y, 1); });
}

LpSolution2D solveLp(const std::vector<Constraint2D>& given, double cx, double cy)
{
    const std::vector<Constraint2D> constraints = withFarBox(given);
    const int count = int(constraints.size());
    LpSolution2D best;
    bool bestOnBox = false;
    for (int i = 0; i < count; ++i)
        for (int j = i + 1; j < count; ++j) {
            const std::optional<RationalPoint> vertex = intersection(constraints[i], constraints[j]);
            if (!vertex)
                continue;
            const bool feasible = std::all_of(constraints.begin(), constraints.end(), [&](const Constraint2D& c) {
                return holds(c, vertex->x, vertex->y, vertex->denominator);
            });
            if (!feasible)
                continue;
            const double value = cx * vertex->xValue() + cy * vertex->yValue();
            const bool onBox = onFarBox(*vertex);
            // Among equal values a vertex off the stand-in box wins, so that a bounded optimum on an
            // unbounded region is not mistaken for unboundedness.
            const double scale = std::max({1.0, std::abs(value), std::abs(best.value)});
            const bool better = best.basis[0] < 0 || value > best.value + 1e-12 * scale ||
                                (value > best.value - 1e-12 * scale && bestOnBox && !onBox);
            if (better) {
                best.point = *vertex;
                best.value = value;
                best.basis[0] = i;
                best.basis[1] = j;
                bestOnBox = onBox;
            }
        }
    if (best.basis[0] < 0)
        best.status = LpStatus::Infeasible;
    else
        best.status = bestOnBox ? LpStatus::Unbounded : LpStatus::Optimal;
    return best;
}

std::vector<std::pair<double, double>> feasiblePolygon(const std::vector<Constraint2D>& constraints, double x0, double x1,
                                                       double y0, double y1)
{
    std::vector<std::pair<double, double>> polygon = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
    for (const Constraint2D& c : constraints) {
        // Sutherland–Hodgman: keep the part of the polygon where a·x + b·y ≤ rhs.
        std::vector<std::pair<double, double>> clipped;
        const auto excess = [&](const std::pair<double, double>& p) { return double(c.a) * p.first + double(c.b) * p.second - double(c.rhs); };
        for (std::size_t k = 0; k < polygon.size(); ++k) {
            const auto& p = polygon[k];
            const auto& q = polygon[(k + 1) % polygon.size()];
            const double ep = excess(p), eq = excess(q);
            if (ep <= 0)
                clipped.push_back(p);
            if ((ep < 0 && eq > 0) || (ep > 0 && eq < 0)) {
                const double t = ep / (ep - eq);
                clipped.push_back({p.first + t * (q.first - p.first), p.second + t * (q.second - p.second)});
            }
        }
        polygon = std::move(clipped);
        if (polygon.empty())
            break;
    }
    return polygon;
}

Enumeration enumerateLattice(const IntegerProgram2D& program, std::size_t maxPoints)
{
    Enumeration result;
    const LpSolution2D right = solveLp(program.constraints, 1, 0), left = solveLp(program.constraints, -1, 0);
    const LpSolution2D top = solveLp(program.constraints, 0, 1), bottom = solveLp(program.constraints, 0, -1);
    if (right.status == LpStatus::Infeasible)
        return result;
    for (const LpSolution2D* s : {&right, &left, &top, &bottom})
        if (s->status == LpStatus::Unbounded)
            throw std::invalid_argument("the feasible region is unbounded: add bounds on x and y");
    const std::int64_t xMin = -floorOf(-left.point.x, left.point.denominator);
    const std::int64_t xMax = floorOf(right.point.x, right.point.denominator);
    const std::int64_t yMin = -floorOf(-bottom.point.y, bottom.point.denominator);
    const std::int64_t yMax = floorOf(top.point.y, top.point.denominator);
    if (xMax < xMin || yMax < yMin)
        return result;
    if (double(xMax - xMin + 1) * double(yMax - yMin + 1) > 8.0 * double(maxPoints))
        throw std::invalid_argument("the feasible region holds too many lattice points to list them all");
    for (std::int64_t x = xMin; x <= xMax; ++x)
        for (std::int64_t y = yMin; y <= yMax; ++y) {
            if (!satisfies(program.constraints, x, y))
                continue;
            if (result.feasiblePoints.size() >= maxPoints)
                throw std::invalid_argument("the feasible region holds too many lattice points to list them all");
            result.feasiblePoints.push_back({x, y});
            const double value = program.objective(double(x), double(y));
            if (!result.feasible || value > result.bestValue) {
                result.feasible = true;
                result.bestX = x, result.bestY = y, result.bestValue = value;
            }
        }
    return result;
}

Constraint2D gomoryCut(const std::vector<Constraint2D>& given, const LpSolution2D& optimum)
{
    if (optimum.status != LpStatus::Optimal || optimum.point.isIntegral())
        throw std::invalid_argument("a Gomory cut needs a fractional LP optimum");
    const Constraint2D& p = given.at(std::size_t(optimum.basis[0]));
    const Constraint2D& q = given.at(std::size_t(optimum.basis[1]));
    // With slacks s ≥ 0 (integers at lattice points): B·(x, y) + s = r, so (x, y) = B⁻¹r − B⁻¹s,
    // and each coordinate's row reads  x_k + Σ (B⁻¹)_kj s_j = (B⁻¹r)_k  with B⁻¹ = adj(B)/det.
    Wide det = Wide(p.a) * q.b - Wide(q.a) * p.b;
    Wide inverse[2][2] = {{Wide(q.b), Wide(-p.b)}, {Wide(-q.a), Wide(p.a)}};
    Wide solution[2] = {Wide(p.rhs) * q.b - Wide(q.rhs) * p.b, Wide(p.a) * q.rhs - Wide(q.a) * p.rhs};
    if (det < 0) {
        det = -det;
        for (auto& row : inverse)
            for (Wide& v : row)
                v = -v;
        solution[0] = -solution[0], solution[1] = -solution[1];
    }
    int row = positiveMod(solution[0], det) != 0 ? 0 : 1;
    const Wide f0 = positiveMod(solution[row], det);
    const Wide f[2] = {positiveMod(inverse[row][0], det), positiveMod(inverse[row][1], det)};
    // Σ f_j s_j ≥ f0 with s_j = r_j − a_j x − b_j y.
    Wide a = f[0] * p.a + f[1] * q.a;
    Wide b = f[0] * p.b + f[1] * q.b;
    Wide rhs = f[0] * p.rhs + f[1] * q.rhs - f0;
    const Wide g = gcdWide(a, b);
    if (g > 1) {
        a /= g, b /= g;
        rhs = floorDiv(rhs, g);
    }
    return {narrow(a), narrow(b), narrow(rhs)};
}

CuttingPlanes addGomoryCuts(const std::vector<Constraint2D>& constraints, double cx, double cy, int maxCuts)
{
    CuttingPlanes result;
    std::vector<Constraint2D> current = constraints;
    while (true) {
        const LpSolution2D solution = solveLp(current, cx, cy);
        result.solutions.push_back(solution);
        if (solution.status != LpStatus::Optimal || solution.point.isIntegral() || int(result.cuts.size()) >= maxCuts)
            break;
        Constraint2D cut;
        try {
            cut = gomoryCut(current, solution);
        } catch (const std::overflow_error&) {
            break;
        }
        current.push_back(cut);
        result.cuts.push_back(cut);
    }
    return result;
}

std::string boundText(int variable, bool upper, std::int64_t value)
{
    return std::string(variable == 0 ? "x" : "y") + (upper ? " ≤ " : " ≥ ") + std::to_string(value);
}

BranchAndBound branchAndBound(const IntegerProgram2D& program, NodeOrder order, int maxNodes, double tolerance)
{
    BranchAndBound run;
    run.nodes.push_back(BranchNode{});
    // The bound a waiting node inherits from its parent's LP; the root's is unknown (+∞).
    std::vector<double> inherited = {std::numeric_limits<double>::infinity()};
    std::vector<int> open = {0};
    Enumeration incumbent;
    while (!open.empty()) {
        std::size_t pick = open.size() - 1; // depth first: the last pushed
        if (order == NodeOrder::BestBound)
            for (std::size_t k = 0; k < open.size(); ++k)
                if (inherited[std::size_t(open[k])] > inherited[std::size_t(open[pick])] ||
                    (inherited[std::size_t(open[k])] == inherited[std::size_t(open[pick])] && open[k] < open[pick]))
                    pick = k;
        const int id = open[pick];
        open.erase(open.begin() + std::ptrdiff_t(pick));
        BranchNode& node = run.nodes[std::size_t(id)];
        node.step = int(run.steps.size());
        std::vector<Constraint2D> constraints = program.constraints;
        constraints.insert(constraints.end(), node.bounds.begin(), node.bounds.end());
        node.lp = solveLp(constraints, program.cx, program.cy);
        if (id == 0)
            run.rootStatus = node.lp.status;
        if (node.lp.status == LpStatus::Infeasible) {
            node.fate = BranchNode::Fate::Infeasible;
        } else if (node.lp.status == LpStatus::Unbounded) {
            node.fate = BranchNode::Fate::Unbounded;
        } else if (incumbent.feasible && node.lp.value <= incumbent.bestValue + tolerance) {
            node.fate = BranchNode::Fate::PrunedByBound;
        } else if (node.lp.point.isIntegral()) {
            node.fate = BranchNode::Fate::NewIncumbent;
            incumbent.feasible = true;
            incumbent.bestX = node.lp.point.x / node.lp.point.denominator;
            incumbent.bestY = node.lp.point.y / node.lp.point.denominator;
            incumbent.bestValue = node.lp.value;
        } else if (int(run.nodes.size()) + 2 > maxNodes) {
            run.hitNodeLimit = true;
        } else {
            node.fate = BranchNode::Fate::Branched;
            const RationalPoint p = node.lp.point;
            const std::int64_t coordinate[2] = {p.x, p.y};
            // The most fractional coordinate: the one whose fraction is nearest ½ (x on a tie).
            int variable = 0;
            double bestDistance = 2;
            for (int v = 0; v < 2; ++v) {
                const std::int64_t remainder = std::int64_t(positiveMod(coordinate[v], p.denominator));
                if (remainder == 0)
                    continue;
                const double distance = std::abs(double(remainder) / double(p.denominator) - 0.5);
                if (distance < bestDistance - 1e-15)
                    variable = v, bestDistance = distance;
            }
            node.branchVariable = variable;
            const std::int64_t down = floorOf(coordinate[variable], p.denominator);
            const double bound = node.lp.value;
            const std::vector<Constraint2D> parentBounds = node.bounds;
            const int depth = node.depth;
            // node is a reference into run.nodes: nothing below may use it after the push_backs.
            std::vector<int> children;
            for (const bool upper : {true, false}) {
                BranchNode child;
                child.parent = id;
                child.depth = depth + 1;
                child.variable = variable;
                child.upper = upper;
                child.value = upper ? down : down + 1;
                child.bounds = parentBounds;
                child.bounds.push_back(variable == 0 ? Constraint2D{upper ? 1 : -1, 0, upper ? down : -(down + 1)}
                                                     : Constraint2D{0, upper ? 1 : -1, upper ? down : -(down + 1)});
                children.push_back(int(run.nodes.size()));
                run.nodes.push_back(std::move(child));
                inherited.push_back(bound);
            }
            // Depth first takes the last pushed: the "≤" child first.
            open.push_back(children[1]);
            open.push_back(children[0]);
        }
        BranchStep step;
        step.node = id;
        step.incumbent = incumbent;
        step.openNodes = open;
        step.nodesCreated = int(run.nodes.size());
        double bound = incumbent.feasible ? incumbent.bestValue : -std::numeric_limits<double>::infinity();
        for (int k : open)
            bound = std::max(bound, inherited[std::size_t(k)]);
        step.bestBound = bound;
        run.steps.push_back(std::move(step));
        if (run.rootStatus == LpStatus::Unbounded || run.hitNodeLimit)
            break;
    }
    run.feasible = incumbent.feasible;
    run.bestX = incumbent.bestX, run.bestY = incumbent.bestY, run.bestValue = incumbent.bestValue;
    return run;
}

} // namespace gradus::core::mip
