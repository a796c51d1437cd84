#pragma once
// The `relaxation` view of lesson `mip`: a two-variable integer program, its LP relaxation, the
// lattice points, rounding, Gomory cuts one by one and branch and bound step by step. Frame 0 is
// the relaxation, frames 1…C add the cuts, the frames after them are branch-and-bound steps.

#include "core/mip/integer_program_2d.h"
#include "core/mip/linear_text.h"
#include "framework/lesson.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace gradus {

struct MipRelaxationResult : LessonResult {
    core::mip::ParsedProgram2D parsed;
    core::mip::LpSolution2D rootLp;
    core::mip::Enumeration lattice;      // every feasible lattice point and the integer optimum
    std::vector<core::mip::Constraint2D> cuts;
    std::vector<core::mip::LpSolution2D> cutSolutions; // the LP optimum before each cut and after the last
    core::mip::BranchAndBound tree;      // on the constraints and the cuts
    core::mip::NodeOrder order = core::mip::NodeOrder::DepthFirst;
    bool roundedFeasible = false;
    std::int64_t roundedX = 0, roundedY = 0;
    double x0 = 0, x1 = 1, y0 = 0, y1 = 1; // the picture's box

    int frameCount() const override { return 1 + int(cuts.size()) + int(tree.steps.size()); }
    QString frameLabel(int frame) const override;

    // Values as the user wrote the objective (a minimization was negated inside).
    double shown(double value) const { return parsed.minimize ? -value : value; }
    int cutsAt(int frame) const { return std::min(std::max(frame, 0), int(cuts.size())); }
    // The branch-and-bound step a frame shows, or −1 for the relaxation and cut frames.
    int stepAt(int frame) const { return frame <= int(cuts.size()) ? -1 : std::min(frame - int(cuts.size()) - 1, int(tree.steps.size()) - 1); }
    std::vector<core::mip::Constraint2D> constraintsWithCuts(int count) const;
};

class MipRelaxation {
    Q_DECLARE_TR_FUNCTIONS(gradus::MipRelaxation)

public:
    // Throws InputError for a program that does not parse, is unbounded or too large to draw.
    static std::shared_ptr<MipRelaxationResult> compute(const QString& objective, const QString& constraints,
                                                        core::mip::NodeOrder order, int maxCuts);
    static QJsonObject json(const MipRelaxationResult& result, int frame);
};

QString pointText(const core::mip::RationalPoint& p);

} // namespace gradus
