#pragma once
// A lesson: a parameter schema, a pure compute step and a figure that presents its result.
// The GUI, the CLI, the tests and the benchmarks all drive lessons through this one interface.

#include "parameter.h"

#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QSize>
#include <QString>
#include <QWidget>

#include <memory>

namespace gradus::core {
class ComputeControl;
}

namespace gradus {

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
};
using ResultPtr = std::shared_ptr<const LessonResult>;

// The widgets that present a result. The same figure draws the screen and every export format.
class LessonFigure : public QWidget {
    Q_OBJECT
public:
    explicit LessonFigure(QWidget* parent = nullptr);

    // Always followed by setFrame, which draws: a figure need not draw here.
    virtual void setResult(const ResultPtr& result) = 0;
    // Shows the state at `frame` (the figure clamps it to the result's frames).
    void setFrame(int frame)
    {
        frame_ = frame;
        showFrame();
    }

    // The figure's parts that can be exported alone, by stable name (e.g. "loss", "scatter").
    QStringList viewNames() const;
    QWidget* view(const QString& name) const;
    // Called on a fresh figure before it is exported: views that cannot be painted by QWidget::render
    // (Qt 3D) replace themselves with a captured frame, taken from `live` (the figure on screen)
    // when given, otherwise by showing this figure on the display for a moment.
    virtual void freezeForExport(const LessonFigure* live) { Q_UNUSED(live); }
    // True while a result is still being put on screen in steps (one part per turn of the event loop,
    // so that a large result never freezes the window): what is shown is not yet all of it.
    virtual bool arriving() const { return false; }

    // Removes the named view from the figure and hands it over as a parentless widget, so that it
    // can be laid out and exported alone. Null when there is no such view.
    std::unique_ptr<QWidget> takeView(const QString& name);

    // Pictures the figure can save at their own resolution, not as a rendering of the figure
    // (e.g. "compressed": the rank-r image). Empty for most lessons.
    virtual QStringList pictureNames() const { return {}; }
    virtual QImage picture(const QString& name) const
    {
        Q_UNUSED(name);
        return {};
    }

signals:
    // The user set a parameter through the picture, e.g. clicked a new start point.
    void parameterEdited(const QString& name, const QVariant& value);

protected:
    // Draws frame_; also called by setResult implementations once the new result is in place.
    virtual void showFrame() = 0;
    void registerView(const QString& name, QWidget* widget);
    // Reports a point picked on a map as the parameter `name`, rounded to what a person would type
    // (three decimals), so the panel and saved sessions show tidy numbers.
    void emitPickedPoint(const QString& name, QPointF point);

    int frame_ = 0;

private:
    QList<QPair<QString, QWidget*>> views_;
};

// A named set of parameter values that reproduces a classic picture.
struct LessonPreset {
    QString id;          // for the CLI: --preset ID
    QString title;       // translated, for the menu
    QStringList assignments; // "name=value", applied on top of the defaults
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

    // Logical size the figure is designed for; exports scale from it.
    virtual QSize preferredFigureSize() const { return {1280, 720}; }
};

} // namespace gradus
