#pragma once
// Lesson `mds`: the map of Europe restored from the table of distances between its cities —
// gradient descent against the derivative-free Nelder–Mead as the number of cities (the dimension)
// grows, with classical MDS and SMACOF as references.

#include "core/mds/mds.h"
#include "framework/lesson.h"

#include <QStringList>

namespace gradus {

struct MdsMethodRun {
    QString id, label;
    QColor color;
    core::mds::MdsRun run;
    std::vector<core::mds::Layout> aligned; // iterates laid over the true map (Procrustes), in km
    double step = 0;                        // gradient descent's step (0 for the other methods)
};

struct MdsSummaryRow {
    int cities = 0;
    QString method;
    int iterations = 0;
    long evaluations = 0;
    double f = 0, seconds = 0;
    int divergedAtStep = -1;
};

struct MdsResult : LessonResult {
    QStringList names;
    Eigen::MatrixXd km;            // distances before scaling
    double scale = 1;              // the distances were divided by this
    core::mds::Layout truth;       // the places projected on a plane (km), empty for a distance table
    QVector<MdsMethodRun> methods;
    std::vector<double> budgets;   // operations per frame (log-spaced): each method shows what it had reached
    QVector<MdsSummaryRow> summary;
    bool overlaid = false;
    bool perIteration = false; // the chart's x axis: iterations instead of operations
    QString source;

    int frameCount() const override { return int(budgets.size()); }
    QString frameLabel(int frame) const override;
    // The iterate of `method` within the frame's budget.
    int iterateAt(const MdsMethodRun& method, int frame) const;
};

class MdsLesson : public LessonOf<MdsResult> {
    Q_DECLARE_TR_FUNCTIONS(gradus::MdsLesson)

public:
    MdsLesson();

    QString id() const override { return QStringLiteral("mds"); }
    QString title() const override;
    QString topic() const override;
    QString summary() const override;
    QList<LessonPreset> presets() const override;
    ResultPtr compute(const ParamValues& params, core::ComputeControl* control) const override;
    QJsonObject toJson(const MdsResult& result, int frame) const override;
    LessonFigure* createFigure(QWidget* parent) const override;
};

} // namespace gradus
