#pragma once

#include <QWidget>

#include <memory>
#include <vector>

namespace gradus::core::mip {
struct Constraint2D;
}

namespace gradus {

class FieldView;
class NumberTable;
class SearchTreeView;
struct MipRelaxationResult;

// The two-variable program drawn at one frame: the LP polygon (with the cuts so far), the lattice
// points, the objective's direction and level line, the LP and integer optima, the rounding; during
// branch and bound the regions of the waiting nodes and the current one, and the tree beside it.
class RelaxationPane : public QWidget {
    Q_OBJECT
public:
    explicit RelaxationPane(QWidget* parent = nullptr);

    void setResult(std::shared_ptr<const MipRelaxationResult> result);
    void showFrame(int frame);

    FieldView* plane() const { return plane_; }
    SearchTreeView* tree() const { return tree_; }
    NumberTable* numbers() const { return numbers_; }

private:
    struct Frame;
    // The LP relaxation's polygon with the cuts so far, and the lattice points: every frame has them.
    Frame relaxationAndLattice(const std::vector<core::mip::Constraint2D>& rows, int cuts, int step) const;
    void addCuttingStage(const std::vector<core::mip::Constraint2D>& rows, int cuts, Frame& frame);
    void addBranchingStage(const std::vector<core::mip::Constraint2D>& rows, int step, Frame& frame);

    std::shared_ptr<const MipRelaxationResult> result_;
    FieldView* plane_;
    SearchTreeView* tree_;
    NumberTable* numbers_;
};

} // namespace gradus
