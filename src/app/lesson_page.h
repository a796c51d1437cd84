#pragma once
// One lesson in the main window: its figure with a player, the parameter panel and the explanation.
// Owns the lesson's current parameter values and the worker that computes results from them.

#include "views/lesson_figure.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QShortcut;
class QTextBrowser;
class QSplitter;
QT_END_NAMESPACE

namespace gradus {

class ComputeRunner;
class ParameterPanel;
class Player;

class LessonPage : public QWidget {
    Q_OBJECT
public:
    explicit LessonPage(const Lesson& lesson, QWidget* parent = nullptr);
    ~LessonPage() override;

    const Lesson& lesson() const { return lesson_; }
    const ParamValues& params() const { return values_; }
    // Replaces all values (e.g. from a session) and recomputes; frame -1 shows the last frame.
    void setParams(const ParamValues& values, int frame = -1);
    int frame() const;
    ResultPtr result() const { return result_; }
    ComputeRunner& runner() const { return *runner_; }
    LessonFigure* figure() const { return figure_; }
    Player* player() const { return player_; }
    ParameterPanel* parameterPanel() const { return panel_; }

    // Renders the current result through a fresh, off-screen figure: the screen is not disturbed.
    // viewName empty = the whole figure. Throws GradusError on failure.
    void exportFigure(const QString& path, const QSize& pixelSize, const QString& viewName) const;

    // Gives a file to the lesson: the first file parameter whose filter accepts its extension (or the
    // only one). False, with an error message, when the lesson reads no files.
    bool openFile(const QString& path);
    // Saves a pasted picture under the user's data folder and opens it like a file.
    bool openPastedImage(const QImage& image);
    // Writes one of the figure's pictures (LessonFigure::pictureNames) at full resolution.
    void savePicture(const QString& name, const QString& path) const;

    // Sets every parameter to the preset's values (defaults plus its assignments).
    void applyPreset(const QString& presetId);

    void setSidePanelVisible(bool visible);
    int sidePanelWidth() const;
    void setExplanationVisible(bool visible);

signals:
    void statusMessage(const QString& text);
    void errorMessage(const QString& text);
    void busyChanged(bool busy);
    void slowJobStarted();
    void progressChanged(double fraction);

protected:
    // Only the page on screen answers the preset keys: all pages share one window.
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    // Narrow enough for the figure on a 1024-pixel projector, wide enough for one column of parameters.
    static constexpr int kSidePanelMinimumWidth = 290;
    void editParameter(const QString& name, const QVariant& value);
    // For a picture bigger than max_pixels, asks whether to downscale or keep the full size.
    // False when the user cancelled.
    bool confirmPictureSize(const QString& path);
    void recompute();
    void showResult(const ResultPtr& result, double seconds);

    const Lesson& lesson_;
    ParamValues values_;
    ResultPtr result_;
    int pendingFrame_ = -1;
    ComputeRunner* runner_;
    LessonFigure* figure_;
    Player* player_;
    ParameterPanel* panel_;
    QTextBrowser* explanation_;
    QSplitter* sideSplitter_;
    QComboBox* presetBox_ = nullptr;
    QList<QShortcut*> presetKeys_;
};

} // namespace gradus
