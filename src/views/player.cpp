#include "player.h"

#include "core/plot/animation_timeline.h"

#include <algorithm>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QShortcut>
#include <QSlider>
#include <QEvent>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

#include <cmath>

namespace gradus {

namespace {

// The style's media icon in the palette's text colour: the stock ones are black, lost on a dark theme.
QIcon themedIcon(const QWidget* widget, QStyle::StandardPixmap which)
{
    QImage image = widget->style()->standardIcon(which).pixmap(QSize(24, 24)).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(image.rect(), widget->palette().color(QPalette::ButtonText));
    painter.end();
    return QIcon(QPixmap::fromImage(image));
}

QToolButton* makeButton(QWidget* parent, QStyle::StandardPixmap icon, const QString& tip)
{
    auto* button = new QToolButton(parent);
    button->setProperty("standardIcon", int(icon));
    button->setIcon(themedIcon(parent, icon));
    button->setToolTip(tip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus); // keep Space for the shortcut
    return button;
}

QShortcut* makeShortcut(QWidget* parent, QKeySequence key, const std::function<void()>& action)
{
    auto* shortcut = new QShortcut(key, parent);
    shortcut->setContext(Qt::WindowShortcut);
    shortcut->setEnabled(false); // until the player is shown
    QObject::connect(shortcut, &QShortcut::activated, parent, action);
    return shortcut;
}
} // namespace

Player::Player(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    auto* firstButton = makeButton(this, QStyle::SP_MediaSkipBackward, tr("First frame (Home)"));
    auto* backButton = makeButton(this, QStyle::SP_MediaSeekBackward, tr("Step back (Left)"));
    playButton_ = makeButton(this, QStyle::SP_MediaPlay, tr("Play / pause (Space)"));
    auto* forwardButton = makeButton(this, QStyle::SP_MediaSeekForward, tr("Step forward (Right)"));
    auto* lastButton = makeButton(this, QStyle::SP_MediaSkipForward, tr("Last frame (End)"));
    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setToolTip(tr("Drag to any iteration"));
    slider_->setFocusPolicy(Qt::NoFocus);
    label_ = new QLabel(this);
    label_->setMinimumWidth(label_->fontMetrics().horizontalAdvance(QStringLiteral("00000 / 00000")));
    label_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    speed_ = new QComboBox(this);
    speed_->setToolTip(tr("Playback speed in iterations per second"));
    speed_->setFocusPolicy(Qt::NoFocus);
    for (int fps : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000})
        speed_->addItem(tr("%1 it/s").arg(fps), fps);
    speed_->setCurrentIndex(3);
    connect(speed_, &QComboBox::activated, this, [this] { speedChosen_ = true; });

    for (QWidget* w : {static_cast<QWidget*>(firstButton), static_cast<QWidget*>(backButton),
                       static_cast<QWidget*>(playButton_), static_cast<QWidget*>(forwardButton),
                       static_cast<QWidget*>(lastButton)})
        layout->addWidget(w);
    layout->addWidget(slider_, 1);
    layout->addWidget(label_);
    layout->addWidget(speed_);

    connect(firstButton, &QToolButton::clicked, this, &Player::first);
    connect(backButton, &QToolButton::clicked, this, &Player::stepBack);
    connect(playButton_, &QToolButton::clicked, this, &Player::togglePlay);
    connect(forwardButton, &QToolButton::clicked, this, &Player::stepForward);
    connect(lastButton, &QToolButton::clicked, this, &Player::last);
    connect(slider_, &QSlider::valueChanged, this, [this](int value) {
        if (value != frame_)
            setFrame(value);
    });
    shortcuts_ = {makeShortcut(this, Qt::Key_Space, [this] { togglePlay(); }),
                  makeShortcut(this, Qt::Key_Left, [this] { stepBack(); }),
                  makeShortcut(this, Qt::Key_Right, [this] { stepForward(); }),
                  makeShortcut(this, Qt::Key_Home, [this] { first(); }),
                  makeShortcut(this, Qt::Key_End, [this] { last(); })};

    timer_.setInterval(1000 / 60);
    connect(&timer_, &QTimer::timeout, this, &Player::advance);
    refresh();
}

void Player::showEvent(QShowEvent* event)
{
    for (QShortcut* shortcut : shortcuts_)
        shortcut->setEnabled(true);
    QWidget::showEvent(event);
}

void Player::hideEvent(QHideEvent* event)
{
    pause();
    for (QShortcut* shortcut : shortcuts_)
        shortcut->setEnabled(false);
    QWidget::hideEvent(event);
}

void Player::setAnimationFrames(QList<int> frames)
{
    std::sort(frames.begin(), frames.end());
    animation_ = std::move(frames);
    if (!speedChosen_)
        setFrameCount(frameCount_); // re-picks the automatic speed for the new length
}

void Player::setFrameLabel(std::function<QString(int)> label)
{
    frameLabel_ = std::move(label);
    // Wide enough for the longest label up front: a label that grew while playing would re-lay out
    // the page, and the figure, on every frame.
    const QString longest = frameLabel_ ? frameLabel_(frameCount_ - 1) : QString();
    label_->setMinimumWidth(std::max(label_->fontMetrics().horizontalAdvance(QStringLiteral("00000 / 00000")),
                                     label_->fontMetrics().horizontalAdvance(longest + QStringLiteral("00"))));
    refresh();
}

double Player::framesPerSecond() const { return speed_->currentData().toDouble(); }

void Player::setFrameCount(int count)
{
    const bool wasAtEnd = frame_ >= frameCount_ - 1;
    frameCount_ = std::max(1, count);
    slider_->setRange(0, frameCount_ - 1);
    if (!speedChosen_) {
        // The preset speed closest (on a log scale) to the animation's length / 8 s.
        const double wanted = core::automaticItemsPerSecond(animationLength());
        int best = 0;
        for (int i = 1; i < speed_->count(); ++i)
            if (std::abs(std::log(speed_->itemData(i).toDouble() / wanted)) <
                std::abs(std::log(speed_->itemData(best).toDouble() / wanted)))
                best = i;
        speed_->setCurrentIndex(best);
    }
    if (wasAtEnd && !playing())
        frame_ = frameCount_ - 1;
    frame_ = std::clamp(frame_, 0, frameCount_ - 1);
    refresh();
    emit frameChanged(frame_);
}

void Player::setFrame(int frame)
{
    frame = std::clamp(frame, 0, frameCount_ - 1);
    if (frame == frame_)
        return;
    frame_ = frame;
    refresh();
    emit frameChanged(frame_);
}

void Player::play()
{
    if (frameCount_ <= 1)
        return;
    if (frame_ >= frameCount_ - 1)
        setFrame(animation_.isEmpty() ? 0 : animation_.first());
    pendingFrames_ = 0;
    clock_.start();
    timer_.start();
    refresh();
}

void Player::pause()
{
    timer_.stop();
    refresh();
}

void Player::togglePlay() { playing() ? pause() : play(); }

void Player::advance()
{
    // Advance by wall-clock time, so the speed holds even when painting a frame is slow.
    pendingFrames_ += clock_.restart() * 1e-3 * framesPerSecond();
    const int whole = int(pendingFrames_);
    if (whole == 0)
        return;
    pendingFrames_ -= whole;
    int next = std::min(frame_ + whole, frameCount_ - 1);
    if (!animation_.isEmpty()) {
        // `whole` steps along the animation from the first of its frames after the current one.
        const auto after = std::upper_bound(animation_.cbegin(), animation_.cend(), frame_);
        const qsizetype index = std::min<qsizetype>(after - animation_.cbegin() + whole - 1, animation_.size() - 1);
        next = after == animation_.cend() ? frameCount_ - 1 : animation_[index];
    }
    setFrame(next);
    if (next >= frameCount_ - 1)
        pause();
}

void Player::changeSpeed(int steps)
{
    speed_->setCurrentIndex(std::clamp(speed_->currentIndex() + steps, 0, speed_->count() - 1));
    speedChosen_ = true;
}

void Player::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        for (QToolButton* button : findChildren<QToolButton*>())
            if (button->property("standardIcon").isValid())
                button->setIcon(themedIcon(this, QStyle::StandardPixmap(button->property("standardIcon").toInt())));
    QWidget::changeEvent(event);
}

void Player::refresh()
{
    const QStyle::StandardPixmap icon = playing() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay;
    playButton_->setProperty("standardIcon", int(icon));
    playButton_->setIcon(themedIcon(this, icon));
    const QSignalBlocker blocker(slider_);
    slider_->setValue(frame_);
    const QString custom = frameLabel_ ? frameLabel_(frame_) : QString();
    label_->setText(custom.isEmpty() ? QStringLiteral("%1 / %2").arg(frame_).arg(frameCount_ - 1) : custom);
}

} // namespace gradus
