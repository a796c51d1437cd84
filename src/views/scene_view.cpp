#include "scene_view.h"

#include "plot_style.h"

#include <Qt3DCore/QEntity>
#include <Qt3DExtras/QForwardRenderer>
#include <Qt3DExtras/QOrbitCameraController>
#include <Qt3DExtras/Qt3DWindow>
#include <Qt3DLogic/QFrameAction>
#include <Qt3DRender/QCamera>
#include <Qt3DRender/QRenderCapture>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QLabel>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QPainter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace gradus {

namespace {

// Qt 3D 6.4's RHI renderer hands captures over as OpenGL reads them, bottom row first; its older
// OpenGL renderer (QT3D_RENDERER=opengl) and the other RHI back ends do not.
bool captureIsBottomUp()
{
    const QByteArray renderer = qgetenv("QT3D_RENDERER"), api = qgetenv("QT3D_RHI_DEFAULT_API");
    return (renderer.isEmpty() || renderer == "rhi") && (api.isEmpty() || api == "opengl");
}

// Whether this display can give Qt 3D an OpenGL context. Without one (no display, the offscreen
// platform, a remote desktop without GLX) Qt 3D 6.4's renderer crashes as its window is shown.
bool openGLAvailable()
{
    static const bool available = [] {
        QOpenGLContext context;
        if (!context.create())
            return false;
        QOffscreenSurface surface;
        surface.setFormat(context.format());
        surface.create();
        if (!surface.isValid() || !context.makeCurrent(&surface))
            return false;
        context.doneCurrent();
        return true;
    }();
    return available;
}

} // namespace

SceneView::SceneView(QWidget* parent) : QWidget(parent)
{
    root_ = new Qt3DCore::QEntity;
    // The container sits on a stage that keeps its place when a snapshot is shown instead.
    stage_ = new QWidget(this);
    auto* stageLayout = new QVBoxLayout(stage_);
    stageLayout->setContentsMargins(0, 0, 0, 0);
    if (openGLAvailable()) {
        window_ = new Qt3DExtras::Qt3DWindow;
        window_->defaultFrameGraph()->setClearColor(style::background());
        connect(&style::notifier(), &style::StyleNotifier::changed, this, [this] {
            window_->defaultFrameGraph()->setClearColor(style::background());
        });
        // Frame graph: a capture node (for exports) above the default forward renderer.
        capture_ = new Qt3DRender::QRenderCapture;
        window_->activeFrameGraph()->setParent(capture_);
        window_->setActiveFrameGraph(capture_);
        camera_ = window_->camera();
        container_ = QWidget::createWindowContainer(window_, stage_);
        container_->setFocusPolicy(Qt::ClickFocus);
    } else {
        // The scene is still built (the lesson and its numbers do not depend on the display), but
        // never drawn: the stage says why instead (paintEvent).
        unshownRoot_.reset(root_);
        camera_ = new Qt3DRender::QCamera(root_);
        container_ = new QWidget(stage_);
        container_->hide();
    }
    camera_->lens()->setPerspectiveProjection(35.0f, 16.0f / 9.0f, 0.05f, 100.0f);
    camera_->setUpVector(QVector3D(0, 1, 0));
    auto* controller = new Qt3DExtras::QOrbitCameraController(root_);
    controller->setCamera(camera_);
    controller->setLinearSpeed(4.0f);
    controller->setLookSpeed(180.0f);
    auto* frames = new Qt3DLogic::QFrameAction(root_);
    connect(frames, &Qt3DLogic::QFrameAction::triggered, this, &SceneView::frameAdvanced);
    root_->addComponent(frames);
    if (window_) {
        window_->setRootEntity(root_);
        window_->installEventFilter(this);
    }
    container_->setObjectName(QStringLiteral("scene3dContainer"));
    container_->setMinimumSize(160, 130);
    stageLayout->addWidget(container_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* title = new QLabel(this);
    title->setObjectName(QStringLiteral("sceneTitle"));
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    auto styleTitle = [title] {
        title->setFont(style::titleFont());
        title->setStyleSheet(QStringLiteral("background: %1; color: %2; padding: 4px;")
                                 .arg(style::background().name(), style::textColor().name()));
    };
    styleTitle();
    connect(&style::notifier(), &style::StyleNotifier::changed, title, styleTitle);
    layout->addWidget(title);
    layout->addWidget(stage_, 1);
    setToolTip(tr("Drag to turn, scroll to zoom, right-drag to pan, double-click to go back."));
    resetView();
}

SceneView::~SceneView() = default;

Qt3DRender::QCamera* SceneView::camera() const { return camera_; }

void SceneView::setTitle(const QString& title)
{
    title_ = title;
    findChild<QLabel*>(QStringLiteral("sceneTitle"))->setText(title);
}

void SceneView::setHomeView(const QVector3D& center, const QVector3D& direction, float distance, float wideAspect)
{
    homeCenter_ = center;
    homeDirection_ = direction.normalized();
    homeDistance_ = distance;
    wideAspect_ = wideAspect;
    resetView();
}

void SceneView::resetView()
{
    const float aspect = stage_->height() > 0 && stage_->width() > 0 ? float(stage_->width()) / float(stage_->height()) : 16.0f / 9.0f;
    camera_->lens()->setAspectRatio(aspect);
    camera_->setUpVector(QVector3D(0, 1, 0));
    camera_->setPosition(homeCenter_ + homeDirection_ * homeDistance_ * std::max(1.0f, wideAspect_ / aspect));
    camera_->setViewCenter(homeCenter_);
}

void SceneView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (stage_->height() > 0 && stage_->width() > 0)
        resetView();
}

bool SceneView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == window_ && event->type() == QEvent::MouseButtonDblClick)
        resetView();
    return QWidget::eventFilter(watched, event);
}

QImage SceneView::snapshot()
{
    if (!capture_)
        return QImage();
    Qt3DRender::QRenderCaptureReply* reply = capture_->requestCapture();
    QEventLoop loop;
    QTimer::singleShot(2000, &loop, &QEventLoop::quit);
    connect(reply, &Qt3DRender::QRenderCaptureReply::completed, &loop, &QEventLoop::quit);
    if (!reply->isComplete())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    QImage image = reply->isComplete() ? reply->image() : QImage();
    reply->deleteLater();
    if (captureIsBottomUp())
        image.mirror(false, true);
    return image;
}

QImage SceneView::snapshotOnScreen()
{
    if (!window_)
        return QImage();
    if (!window()->isVisible())
        window()->show();
    QElapsedTimer clock;
    clock.start();
    while (!window_->isExposed() && clock.elapsed() < 3000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!window_->isExposed())
        return QImage();
    if (!settled_) {
        // The first frames after exposure can come before the scene is uploaded: let a few pass.
        clock.restart();
        while (clock.elapsed() < 400)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        settled_ = true;
    }
    return snapshot();
}

void SceneView::freezeFrom(SceneView* live)
{
    if (live && live->isVisible()) {
        showSnapshot(live->snapshot());
        return;
    }
    // Frozen for an earlier frame of an animation: the scene draws again for this one.
    if (!snapshot_.isNull())
        showSnapshot(QImage());
    showSnapshot(snapshotOnScreen());
}

void SceneView::showSnapshot(const QImage& image)
{
    snapshot_ = image;
    container_->setVisible(window_ && image.isNull());
    update();
}

void SceneView::paintEvent(QPaintEvent*)
{
    if (container_->isVisible())
        return;
    QPainter painter(this);
    const QRect area = stage_->geometry();
    painter.fillRect(area, style::background());
    if (snapshot_.isNull()) {
        painter.setPen(style::textColor());
        painter.drawText(area.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         window_ ? tr("The 3D view needs OpenGL (a display).")
                                 : tr("This 3D view needs OpenGL, which this display does not offer (no display, or a "
                                      "remote desktop without GLX). The other views work; the 3D picture shows on the "
                                      "computer's own screen."));
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QSize fitted = snapshot_.size().scaled(area.size(), Qt::KeepAspectRatio);
    painter.drawImage(QRect(area.center() - QPoint(fitted.width() / 2, fitted.height() / 2), fitted), snapshot_);
}

} // namespace gradus
