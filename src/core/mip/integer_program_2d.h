#pragma once
// Integer programs in two variables, solved exactly for the classroom: the LP relaxation by
// vertex enumeration in integer arithmetic (vertices are fractions with a common denominator),
// branch and bound step by step, Gomory fractional cuts, and brute-force enumeration to check
// both. Every constraint has integer coefficients, so a vertex and a cut are exact and the slack
// of a constraint is an integer at every lattice point (what makes a Gomory cut valid).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gradus::core::mip {

// a·x + b·y ≤ rhs, all integers.
struct Constraint2D {
    std::int64_t a = 0, b = 0, rhs = 0;
    bool operator==(const Constraint2D&) const = default;
};

// A point with rational coordinates x/denominator, y/denominator; denominator > 0.
struct RationalPoint {
    std::int64_t x = 0, y = 0, denominator = 1;
    double xValue() const { return double(x) / double(denominator); }
    double yValue() const { return double(y) / double(denominator); }
    bool isIntegral() const { return x % denominator == 0 && y % denominator == 0; }
};

// Maximize cx·x + cy·y subject to the constraints, x and y integer (a minimization is stated as
// the maximization of the negated objective by whoever builds it).
struct IntegerProgram2D {
    std::vector<Constraint2D> constraints;
    double cx = 1, cy = 1;
    double objective(double x, double y) const { return cx * x + cy * y; }
};

enum class LpStatus { Optimal, Infeasible, Unbounded };

struct LpSolution2D {
    LpStatus status = LpStatus::Infeasible;
    RationalPoint point;
    double value = 0;
    // Two constraints (indices into the list solved) that are tight at the point and independent:
    // the optimal basis, from which a Gomory cut is read.
    int basis[2] = {-1, -1};
};

// The box |x|, |y| ≤ kFar stands in for infinity: an LP whose optimum reaches it is unbounded.
inline constexpr std::int64_t kFar = 1'000'000;

// The LP relaxation of max c·(x, y) over the constraints, exactly. Throws std::overflow_error if
// the coefficients are too large for exact 64-bit arithmetic (beyond about 10⁹).
LpSolution2D solveLp(const std::vector<Constraint2D>& constraints, double cx, double cy);

// The feasible polygon's corners in counter-clockwise order, clipped to [x0, x1] × [y0, y1]
// (empty when infeasible; for drawing, in doubles).
std::vector<std::pair<double, double>> feasiblePolygon(const std::vector<Constraint2D>& constraints, double x0, double x1,
                                                       double y0, double y1);

bool satisfies(const std::vector<Constraint2D>& constraints, std::int64_t x, std::int64_t y);

// Every lattice point of the feasible region and the best of them. The region must be bounded
// (throws std::invalid_argument otherwise, or if it holds more than maxPoints lattice points).
struct Enumeration {
    std::vector<std::pair<std::int64_t, std::int64_t>> feasiblePoints;
    bool feasible = false;
    std::int64_t bestX = 0, bestY = 0;
    double bestValue = 0;
};
Enumeration enumerateLattice(const IntegerProgram2D& program, std::size_t maxPoints = 200'000);

// A Gomory fractional cut from the LP optimum of `constraints` (which must be fractional), read
// from the tableau row of the first fractional coordinate, scaled to integers and strengthened by
// rounding its right-hand side down after dividing by the coefficients' gcd (a Chvátal–Gomory cut).
// It cuts off the LP optimum and keeps every feasible lattice point.
Constraint2D gomoryCut(const std::vector<Constraint2D>& constraints, const LpSolution2D& optimum);

struct CuttingPlanes {
    std::vector<Constraint2D> cuts;      // in the order added
    std::vector<LpSolution2D> solutions; // the LP optimum before each cut and after the last one
};
// Adds Gomory cuts one at a time until the LP optimum is integral or maxCuts were added.
CuttingPlanes addGomoryCuts(const std::vector<Constraint2D>& constraints, double cx, double cy, int maxCuts);

enum class NodeOrder { DepthFirst, BestBound };

struct BranchNode {
    enum class Fate { Pending, Branched, NewIncumbent, NotBetter, Infeasible, PrunedByBound, Unbounded };
    int parent = -1;
    int depth = 0;
    // The bound this node adds to its parent's: variable 0 (x) or 1 (y), ≤ or ≥ value.
    int variable = -1;
    bool upper = false;
    std::int64_t value = 0;
    std::vector<Constraint2D> bounds; // every branching bound on the way from the root
    LpSolution2D lp;                  // valid once solved
    Fate fate = Fate::Pending;
    int step = -1;                    // when it was processed (−1: not yet)
    int branchVariable = -1;          // for Branched: the fractional variable split on
};

struct BranchStep {
    int node = -1;
    Enumeration incumbent;      // bestX/bestY/bestValue valid when incumbent.feasible
    double bestBound = 0;       // the largest LP bound among open nodes (or the incumbent when none)
    std::vector<int> openNodes; // waiting to be processed after this step
    int nodesCreated = 0;       // nodes[0 .. nodesCreated) exist after this step
};

struct BranchAndBound {
    std::vector<BranchNode> nodes;
    std::vector<BranchStep> steps;
    LpStatus rootStatus = LpStatus::Infeasible;
    bool feasible = false; // an integer point was found
    std::int64_t bestX = 0, bestY = 0;
    double bestValue = 0;
    bool hitNodeLimit = false;
};

// Branch and bound on the most fractional variable (x on a tie), the "≤" child first. A node is
// pruned when its LP bound does not exceed the incumbent by more than `tolerance`.
BranchAndBound branchAndBound(const IntegerProgram2D& program, NodeOrder order, int maxNodes = 2000,
                              double tolerance = 1e-9);

// "x ≤ 2", "y ≥ 3".
std::string boundText(int variable, bool upper, std::int64_t value);

} // namespace gradus::core::mip
