#pragma once
// The views of lesson `mip` that run CBC: `solve` (a model file: the user's or a MIPLIB 3 sample)
// and `market-split` (market split against knapsack: solve time against size). While CBC runs,
// snapshots of the result go to the figure (partial_result.h); Stop ends the solve and keeps what
// it found.

#include "core/mip/cbc_solver.h"
#include "core/mip/mip_model.h"
#include "framework/lesson.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace gradus {

struct MipSolveRun {
    QString family; // "knapsack", "market split", or "file"
    QString name;
    int variables = 0, constraints = 0, integers = 0;
    qint64 nonzeros = 0;
    core::mip::SolveReport report;
    bool finished = false;
};

struct MipSolveResult : LessonResult {
    bool families = false;     // the market-split view; otherwise one model file
    QVector<MipSolveRun> runs; // in solving order; the last may still be running in a snapshot
    core::mip::MarketSplit marketSplit; // the largest market-split instance (families only)
    double timeLimit = 0;
    bool stopped = false;      // the user pressed Stop
    bool complete = false;     // false in snapshots
};

class MipSolve {
    Q_DECLARE_TR_FUNCTIONS(gradus::MipSolve)

public:
    // The MIPLIB 3 samples that come with Gradus (share/gradus/miplib3), those that are present.
    static QStringList availableSamples();
    static QString samplePath(const QString& name);

    static std::shared_ptr<MipSolveResult> solveFile(const QString& path, double timeLimit, core::ComputeControl* control);
    static std::shared_ptr<MipSolveResult> compareFamilies(int largestM, int knapsackItems, std::uint32_t seed, double timeLimit,
                                                           core::ComputeControl* control);
    static QJsonObject json(const MipSolveResult& result);
};

} // namespace gradus
