#pragma once
// A Qt 3D scene inside a widget: a title, an orbit camera (drag to turn, wheel to zoom, right-drag
// to pan, double-click to go back to the home view) and frame capture for exports. Lessons and
// views put their entities under root(). Needs OpenGL: where the display offers none, the scene is
// built but not drawn, and the view says why.

#include <QImage>
#include <QVector3D>
#include <QWidget>

#include <memory>

namespace Qt3DCore {
class QEntity;
}
namespace Qt3DRender {
class QCamera;
class QRenderCapture;
} // namespace Qt3DRender
namespace Qt3DExtras {
class Qt3DWindow;
}

namespace gradus {

class SceneView : public QWidget {
    Q_OBJECT
public:
    explicit SceneView(QWidget* parent = nullptr);
    ~SceneView() override;

    void setTitle(const QString& title);
    QString title() const { return title_; }

    // Where the camera returns on resize and double-click: looking at `center` from the unit
    // `direction`, `distance` away when the view is at least `wideAspect` wide per unit height
    // (a narrower view moves the camera back so the scene still fits).
    void setHomeView(const QVector3D& center, const QVector3D& direction, float distance, float wideAspect = 1.3f);
    void resetView();

    // Renders one frame and returns it (waits up to two seconds); a null image when no frame comes,
    // e.g. without OpenGL or while the view is not on screen.
    QImage snapshot();
    // The same after making sure the view is on the display (shows its window if needed and waits
    // for the 3D window to be exposed, up to three seconds).
    QImage snapshotOnScreen();
    // Shows `image` instead of the live scene (for exports, which cannot read the 3D window).
    void showSnapshot(const QImage& image);
    // For an export: shows the frame of `live` (the same view on screen) when it is visible, or
    // else a frame of this view rendered on the display for a moment. May be called again after
    // the scene changed (the frames of an animation).
    void freezeFrom(SceneView* live);

    QSize sizeHint() const override { return {640, 480}; }

    // Where the scene's entities go.
    Qt3DCore::QEntity* root() const { return root_; }
    Qt3DRender::QCamera* camera() const;

signals:
    // Once per frame Qt 3D renders (from its logic aspect), with the time since the last one.
    void frameAdvanced(float seconds);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Qt3DExtras::Qt3DWindow* window_ = nullptr;          // null where no OpenGL context can be made
    QWidget* stage_;
    QWidget* container_;
    Qt3DRender::QRenderCapture* capture_ = nullptr;
    Qt3DCore::QEntity* root_;
    std::unique_ptr<Qt3DCore::QEntity> unshownRoot_;    // the scene's owner when there is no window
    Qt3DRender::QCamera* camera_;
    QVector3D homeCenter_{0, 0, 0};
    QVector3D homeDirection_{0, 0, 1};
    float homeDistance_ = 4;
    float wideAspect_ = 1.3f;
    QString title_;
    QImage snapshot_;
    bool settled_ = false; // the scene has been on the display long enough to be uploaded
};

} // namespace gradus
