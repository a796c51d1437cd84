#pragma once
// Lesson `line-search`: how far to go along a direction. On an interval, the searches that use values only
// (random bracketing, dichotomy, the golden section, Brent's parabolas), iteration by iteration, and the calls
// each needs for a tolerance. Along a descent direction, the inexact searches: the α that the Armijo and the
// strong Wolfe conditions accept, backtracking's trials and the Wolfe search's. On a surface, gradient descent
// with a fixed step, with backtracking and with the exact search, side by side.

#include "core/optim/interval_search.h"
#include "core/optim/line_search.h"
#include "core/optim/run.h"
#include "framework/lesson.h"

#include <QString>

#include <functional>
#include <memory>
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

// Gradient descent on the surface with one rule for its step: "fixed", "backtracking" or "exact".
struct StepRuleRun {
    QString rule;
    core::Trajectory run;
    int valueCalls = 0, gradientCalls = 0; // by the method, not counting the loop's own record of f
};

enum class LineSearchMode { Exact, Inexact, Descent };

struct LineSearchLessonResult : LessonResult {
    LineSearchMode mode = LineSearchMode::Exact;
    bool exact = true; // mode == Exact
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
    // descent
    std::shared_ptr<const core::TestFunction> surface;
    QString surfaceLabel;
    double fixedStep = 1e-3;
    std::vector<StepRuleRun> descents; // fixed, backtracking, exact

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

private:
    void computeDescents(LineSearchLessonResult& result, const ParamValues& params, core::ComputeControl* control) const;
    QJsonObject descentJson(const LineSearchLessonResult& result, int frame) const;

public:
    // Where the accepted sets are found: this many evenly spaced α on [0, to] (and refined at their ends).
    static constexpr int kConditionSamples = 2000;
};

QString intervalMethodName(const QString& key);
// "fixed step η = 0.001", "backtracking (Armijo)", "exact line search".
QString stepRuleName(const StepRuleRun& run, double fixedStep);

} // namespace gradus
