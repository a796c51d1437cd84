#pragma once
// The widgets that present a lesson's result. The same figure draws the screen and every export format.

#include "framework/lesson.h"

#include <QImage>
#include <QList>
#include <QPair>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <algorithm>
#include <initializer_list>
#include <memory>

class QGridLayout;

namespace gradus {

// Where a pane sits in a figure's grid.
struct PaneCell {
    int row = 0, column = 0;
    int rowSpan = 1, columnSpan = 1;
};

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

    // A grid with the house's spacing between panes, for a group of panes inside a figure.
    static QGridLayout* newPaneGrid(QWidget* owner);

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
    // Draws frame_ (FigureOf clamps it and hands the result over); a figure may call it again when a
    // background job brings more of the picture.
    virtual void showFrame() = 0;

    // Declares a pane: `view` goes into the figure's grid at `cell` and is known by `name` for exports
    // and the tests. The grid is made on first use, with the house's spacing.
    void addPane(const QString& name, QWidget* view, PaneCell cell);
    // A widget in the grid that is not exported alone (a group of panes).
    void placeInGrid(QWidget* widget, PaneCell cell);
    // Relative widths of the grid's columns and heights of its rows, from the first.
    void setColumnWeights(std::initializer_list<int> weights);
    void setRowWeights(std::initializer_list<int> weights);
    // The grid itself, for a figure that rearranges its panes (e.g. per layout parameter).
    QGridLayout* paneGrid();
    // Makes `widget`, which lives elsewhere in the figure (a page, a group), exportable by `name`.
    void registerView(const QString& name, QWidget* widget);
    // Reports a point picked on a map as the parameter `name`, rounded to what a person would type
    // (three decimals), so the panel and saved sessions show tidy numbers.
    void emitPickedPoint(const QString& name, QPointF point);

    int frame_ = 0;

private:
    QList<QPair<QString, QWidget*>> views_;
    QGridLayout* grid_ = nullptr;
};

// The base of a figure for one lesson's results: it keeps the result as its own type, draws
// nothing until there is one, and keeps frame_ within the result's frames. A figure that shows one
// of several kinds (mip) names them all: FigureOf<A, B, C>, below.
template <class... Results>
class FigureOf;

template <class Result>
class FigureOf<Result> : public LessonFigure {
public:
    using LessonFigure::LessonFigure;

    void setResult(const ResultPtr& result) final
    {
        result_ = std::dynamic_pointer_cast<const Result>(result);
        if (result_)
            showResult(*result_);
    }

protected:
    // What stays the same from frame to frame of a new result; the frame itself is drawn by the
    // setFrame that follows.
    virtual void showResult(const Result& result) = 0;
    // Draws frame_ of the result, already within 0 … frameCount − 1.
    virtual void showFrameOf(const Result& result) = 0;

    void showFrame() final
    {
        if (!result_)
            return;
        frame_ = std::clamp(frame_, 0, std::max(0, result_->frameCount() - 1));
        showFrameOf(*result_);
    }

    // Shared: background jobs and samplers keep the result alive while they use it.
    std::shared_ptr<const Result> result_;
};

// One kind of result a figure of several kinds shows (a base of FigureOf<A, B, …>, one per kind).
template <class Result>
class ShowsResult {
protected:
    virtual ~ShowsResult() = default;
    // A new result of this kind, shared: the panes that draw it keep it alive while they use it.
    virtual void showResult(const std::shared_ptr<const Result>& result) = 0;
    // Draws frame_ of the result, already within 0 … frameCount − 1.
    virtual void showFrameOf(const Result& result) = 0;
};

template <class... Results>
class FigureOf : public LessonFigure, protected ShowsResult<Results>... {
public:
    using LessonFigure::LessonFigure;

    void setResult(const ResultPtr& result) final
    {
        shown_.reset();
        (showIf<Results>(result) || ...);
    }

protected:
    using ShowsResult<Results>::showResult...;
    using ShowsResult<Results>::showFrameOf...;

    void showFrame() final
    {
        if (!shown_)
            return;
        frame_ = std::clamp(frame_, 0, std::max(0, shown_->frameCount() - 1));
        (frameIf<Results>() || ...);
    }
    // The result on show if it is a `Result`, else null.
    template <class Result>
    const Result* shownAs() const { return dynamic_cast<const Result*>(shown_.get()); }

private:
    template <class Result>
    bool showIf(const ResultPtr& result)
    {
        auto own = std::dynamic_pointer_cast<const Result>(result);
        if (own) {
            shown_ = result;
            this->showResult(own);
        }
        return bool(own);
    }
    template <class Result>
    bool frameIf()
    {
        const Result* own = shownAs<Result>();
        if (own)
            this->showFrameOf(*own);
        return own;
    }

    ResultPtr shown_;
};

} // namespace gradus
