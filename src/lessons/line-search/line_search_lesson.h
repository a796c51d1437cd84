#pragma once
// Lesson `line-search`: how far to go along a direction. On an interval, the searches that use values only
// (random bracketing, dichotomy, the golden section, Brent's parabolas), iteration by iteration, and the calls
// each needs for a tolerance. Along a descent direction, the inexact searches: the α that the Armijo and the
// strong Wolfe conditions accept, backtracking's trials and the Wolfe search's.

#include "core/optim/interval_search.h"
#include "core/optim/line_search.h"
#include "framework/lesson.h"

#include <QString>

#include <functional>
#include <vector>

namespace gradus {

// φ on the lesson's line: a function of one variable, or f(x₀ + αd) on a surface.
struct LineSlice {
    QString label;         // φ's definition, short, for a legend
    QString functionLabel; // the function it follows, for a title
    std::function<double(double)> value, slope;
    double minimizer = NAN; // where known
};

struct IntervalMethodRun {
    QString key; // random, dichotomy, golden, brent
    core::IntervalSearchRun run;
    std::vector<int> callsForTolerance; // at LineSearchLessonResult::sweepTolerances
};

struct LineSearchLessonResult : LessonResult {
    bool exact = true;
    LineSlice slice;
    double from = 0, to = 6; // the interval (exact) or the α range drawn (inexact)
    // exact
    double tolerance = 1e-3;
    std::vector<IntervalMethodRun> runs;
    std::vector<double> sweepTolerances;
    // inexact
    double phi0 = 0, slope0 = 0;
    core::WolfeConditions conditions;
    double shrink = 0.5, initial = 1;
    core::LineSearchResult backtracking, wolfe;
    std::vector<std::pair<double, double>> armijoIntervals, wolfeIntervals; // the α the conditions accept, on [0, to]

    int frameCount() const override;
};

class LineSearchLesson : public LessonOf<LineSearchLessonResult> {
    Q_DECLARE_TR_FUNCTIONS(gradus::LineSearchLesson)

public:
    LineSearchLesson();

    QString id() const override { return QStringLiteral("line-search"); }
    QString title() const override;
    QString topic() const override;
    QString summary() const override;
    QList<LessonPreset> presets() const override;
    ResultPtr compute(const ParamValues& params, core::ComputeControl* control) const override;
    QJsonObject toJson(const LineSearchLessonResult& result, int frame) const override;
    LessonFigure* createFigure(QWidget* parent) const override;

    // Where the accepted sets are found: this many evenly spaced α on [0, to] (and refined at their ends).
    static constexpr int kConditionSamples = 2000;
};

QString intervalMethodName(const QString& key);

} // namespace gradus
