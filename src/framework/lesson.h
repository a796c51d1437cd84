#pragma once
// A lesson: a parameter schema, a pure compute step and a figure that presents its result.
// The GUI, the CLI, the tests and the benchmarks all drive lessons through this one interface.

#include "parameter.h"

#include <QJsonObject>
#include <QList>
#include <QSize>
#include <QString>

#include <algorithm>
#include <memory>
#include <typeinfo>

class QWidget;

namespace gradus::core {
class ComputeControl;
}

namespace gradus {

class LessonFigure; // views/lesson_figure.h: the framework knows figures by name only, it draws nothing

// What compute() produced. Immutable once returned, so it can be shared between threads.
class LessonResult {
public:
    virtual ~LessonResult() = default;
    // Iterative lessons have one frame per iterate; static pictures have one frame.
    virtual int frameCount() const { return 1; }
    // The frames Play visits, in order; empty = every frame. Lets a result pace its animation
    // (e.g. ranks 1, 2, …, 50, then 60, 70, …) while the slider still reaches every frame.
    virtual QList<int> animationFrames() const { return {}; }
    // What the player shows for a frame, e.g. "rank 50 of 512"; empty = "frame / last".
    virtual QString frameLabel(int frame) const
    {
        Q_UNUSED(frame);
        return {};
    }
    // What the user should know about how this result came about that is not an error, e.g. that a
    // stand-in took the place of missing data. The window shows it with the status; the CLI prints
    // it as "gradus: note: …". Empty: nothing to say.
    virtual QString notice() const { return {}; }
};
using ResultPtr = std::shared_ptr<const LessonResult>;

// A named set of parameter values that reproduces a classic picture.
struct LessonPreset {
    QString id;          // for the CLI: --preset ID
    QString title;       // translated, for the menu
    QStringList assignments; // "name=value", applied on top of the defaults
};

// Assignments that keep a computation short while it still goes through every step of the lesson,
// for checks that compute a lesson many times (the tests' sweep over every parameter).
struct QuickRun {
    QStringList caps;          // bounds on time and work (a solver stopped after a second, two epochs)
    QStringList smallerInputs; // smaller problems, where the check does not choose the sizes itself
};

class Lesson {
public:
    virtual ~Lesson() = default;

    virtual QString id() const = 0;      // lowercase, used on the command line and in session files
    virtual QString title() const = 0;   // translated
    virtual QString topic() const = 0;   // translated group in the lesson list
    virtual QString summary() const = 0; // translated, one line
    // HTML explanation for the side panel; by default the resource :/lessons/<id>.<language>.html in
    // the interface's language, or the English one.
    virtual QString explanationHtml() const;
    virtual const ParamSchema& schema() const = 0;
    virtual QList<LessonPreset> presets() const { return {}; }
    // The defaults with the preset's assignments applied; UsageError for an unknown id.
    ParamValues presetValues(const QString& presetId) const;

    // Pure: no widgets, no globals; may run on any thread. Throws InputError for unusable input
    // (e.g. a bad CSV file) and core::Cancelled when control asks to stop.
    virtual ResultPtr compute(const ParamValues& params, core::ComputeControl* control) const = 0;
    // The numbers behind the figure; keys documented in docs/lessons/<id>.md.
    virtual QJsonObject resultJson(const LessonResult& result, int frame) const = 0;
    virtual LessonFigure* createFigure(QWidget* parent = nullptr) const = 0;
    // True when the figure for these parameters draws with OpenGL (Qt 3D), which the offscreen
    // platform cannot do.
    virtual bool needsOpenGL(const ParamValues&) const { return false; }
    // The parameter that names the frame, if any (e.g. "rank"): by default an Int whose value is the
    // frame plus the parameter's minimum. The player moves it and setting it moves the player,
    // without recomputing; on the CLI it picks the frame that render and data show.
    virtual QString frameParameter() const { return {}; }
    // The frame these parameters name (-1 without a frame parameter), and the other way round;
    // a lesson whose frame parameter is not such an Int maps it itself.
    virtual int frameFromParams(const ParamValues& params) const;
    virtual void setFrameInParams(ParamValues& params, int frame) const;

    // True when stopping a computation with these parameters ends it early with a usable result (a
    // solver keeps the best solution found so far) rather than discarding it: the GUI's button then
    // reads "Stop" instead of "Cancel".
    virtual bool stopKeepsResult(const ParamValues&) const { return false; }

    // How to compute this lesson quickly, for the tests; most lessons are quick as they are.
    virtual QuickRun quickRun() const { return {}; }

    // Logical size the figure is designed for; exports scale from it.
    virtual QSize preferredFigureSize() const { return {1280, 720}; }
};

// One kind of result a lesson turns into JSON (a base of LessonOf, one per kind).
template <class Result>
class JsonOf {
protected:
    virtual ~JsonOf() = default;
    // The numbers behind the figure at `frame`; keys documented in docs/lessons/<id>.md.
    virtual QJsonObject toJson(const Result& result, int frame) const = 0;
};

// The base of a lesson whose compute() returns a `Result` — or one of several kinds, for a lesson
// whose views compute different things (mip: the collection, the relaxation, a solve): it owns the
// schema (the lesson fills schema_ in its constructor) and hands the result to the toJson() of its
// own type, with the frame within the result's frames, so that no lesson casts or clamps.
template <class... Results>
class LessonOf : public Lesson, protected JsonOf<Results>... {
public:
    const ParamSchema& schema() const final { return schema_; }
    QJsonObject resultJson(const LessonResult& result, int frame) const final
    {
        QJsonObject json;
        if (!(jsonIf<Results>(result, frame, json) || ...))
            throw std::bad_cast(); // another lesson's result here is a programming error, not undefined behaviour
        return json;
    }

protected:
    using JsonOf<Results>::toJson...;

    ParamSchema schema_;

private:
    template <class Result>
    bool jsonIf(const LessonResult& result, int frame, QJsonObject& json) const
    {
        const auto* own = dynamic_cast<const Result*>(&result);
        if (own)
            json = this->toJson(*own, std::clamp(frame, 0, std::max(0, own->frameCount() - 1)));
        return own;
    }
};

} // namespace gradus
