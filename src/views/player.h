#pragma once
// Play/pause, step, frame slider and speed for iterative lessons.
// Keys (when no editor has the focus): Space play/pause, Left/Right step, Home/End first/last.

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QShortcut;
class QSlider;
class QToolButton;
QT_END_NAMESPACE

namespace gradus {

class Player : public QWidget {
    Q_OBJECT
public:
    explicit Player(QWidget* parent = nullptr);

    // Keeps the current frame when it still exists; otherwise shows the last one.
    void setFrameCount(int count);
    int frameCount() const { return frameCount_; }
    int frame() const { return frame_; }
    bool playing() const { return timer_.isActive(); }
    double framesPerSecond() const;
    // The frames Play visits in order (empty = all); the slider and the step keys still reach every frame.
    void setAnimationFrames(QList<int> frames);
    // Text shown beside the slider for a frame; an empty function or text shows "frame / last".
    void setFrameLabel(std::function<QString(int)> label);

public slots:
    void setFrame(int frame);
    void play();
    void pause();
    void togglePlay();
    void stepForward() { pause(); setFrame(frame_ + 1); }
    void stepBack() { pause(); setFrame(frame_ - 1); }
    void first() { pause(); setFrame(0); }
    void last() { pause(); setFrame(frameCount_ - 1); }
    // The next faster (steps > 0) or slower speed of the list.
    void changeSpeed(int steps);

signals:
    void frameChanged(int frame);

protected:
    // Only the player on screen answers the keys: every lesson page has one in the same window.
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    // A new palette (theme): the button icons follow its text colour.
    void changeEvent(QEvent* event) override;

private:
    void advance();
    void refresh();

    int animationLength() const { return animation_.isEmpty() ? frameCount_ : int(animation_.size()); }

    int frameCount_ = 1;
    QList<int> animation_;
    std::function<QString(int)> frameLabel_;
    bool speedChosen_ = false; // until the user picks a speed, a whole run plays in about eight seconds
    int frame_ = 0;
    double pendingFrames_ = 0;
    QTimer timer_;
    QElapsedTimer clock_;
    QToolButton* playButton_;
    QSlider* slider_;
    QLabel* label_;
    QComboBox* speed_;
    QList<QShortcut*> shortcuts_;
};

} // namespace gradus
