#pragma once

#include <QWidget>

#include <memory>

class QGridLayout;

namespace gradus {

class ChartPanel;
class NumberTable;
struct MipSolveResult;

// CBC at work: for the market-split view, solve time against the number of variables for both
// families (log–log) with the LP relaxation's time beside it; for every solve, the best bound and
// the incumbent over time, live, and the numbers of the current or last solve.
class SolvePane : public QWidget {
    Q_OBJECT
public:
    explicit SolvePane(QWidget* parent = nullptr);

    void setResult(std::shared_ptr<const MipSolveResult> result);

    ChartPanel* families() const { return families_; }
    ChartPanel* progress() const { return progress_; }
    NumberTable* numbers() const { return numbers_; }

private:
    std::shared_ptr<const MipSolveResult> result_;
    QGridLayout* layout_;
    ChartPanel* families_;
    ChartPanel* progress_;
    NumberTable* numbers_;
};

} // namespace gradus
