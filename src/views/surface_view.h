#pragma once
// f(x, y) as a shaded, colour-mapped 3D surface (Qt 3D) with optimizer paths on it and an orbit
// camera (drag to turn, wheel to zoom, right-drag to pan). Needs OpenGL: on the offscreen platform
// it stays blank. Exports use a captured frame (snapshot()), drawn in place of the live view.

#include "field_view.h"

#include <QImage>
#include <QWidget>

#include <memory>

namespace Qt3DCore {
class QBuffer;
class QEntity;
class QGeometry;
class QAttribute;
class QTransform;
} // namespace Qt3DCore
namespace Qt3DRender {
class QGeometryRenderer;
class QRenderCapture;
} // namespace Qt3DRender
namespace Qt3DExtras {
class Qt3DWindow;
}

namespace gradus {

class SurfaceView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMeshSide = 200; // vertices per side

    explicit SurfaceView(QWidget* parent = nullptr);
    ~SurfaceView() override;

    // Height and colour follow `scale` as in FieldView (log of f − floor for bounded functions).
    void setSurface(FieldView::Sampler f, const DataBox& box, FieldView::ColorScale scale, double floor);
    void setPaths(const QVector<FieldPath>& paths);
    // Grid lines over the surface every tenth row and column.
    void setWireframe(bool on);
    void setTitle(const QString& title);
    // The name on the height axis ("f" unless set).
    void setHeightName(const QString& name);
    // Tick labels and axis names as shown (x ticks, y ticks, height ticks, names).
    QStringList axisLabels() const;

    // Renders one frame and returns it (waits up to two seconds); a null image when no frame comes,
    // e.g. without OpenGL or while the view is not on screen.
    QImage snapshot();
    // The same after making sure the view is on the display (shows its window if needed and waits
    // for the 3D window to be exposed, up to three seconds).
    QImage snapshotOnScreen();
    // Shows `image` instead of the live scene (for exports, which cannot read the 3D window).
    void showSnapshot(const QImage& image);

    QSize sizeHint() const override { return {640, 480}; }

signals:
    // Once per frame Qt 3D renders (from its logic aspect), with the time since the last one.
    void frameAdvanced(float seconds);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct PathEntity;
    double heightOf(double scaled) const;      // scene units, from a FieldView::scaledValue
    double heightAt(double x, double y) const; // scene units
    QVector3D toScene(double x, double y, double lift) const;
    void rebuildMesh();
    void updateAxes();
    PathEntity& pathEntity(int index);

    Qt3DExtras::Qt3DWindow* window_;
    QWidget* stage_;
    QWidget* container_;
    Qt3DRender::QRenderCapture* capture_;
    Qt3DCore::QEntity* root_;
    Qt3DCore::QBuffer* meshVertices_;
    Qt3DCore::QBuffer* meshIndices_;
    Qt3DRender::QGeometryRenderer* meshRenderer_;
    QVector<PathEntity*> paths_;
    std::unique_ptr<class SurfaceAxes> axes_;
    QString heightName_ = QStringLiteral("f");
    Qt3DCore::QEntity* wireframe_;
    Qt3DCore::QBuffer* wireVertices_;
    Qt3DCore::QAttribute* wirePosition_;
    Qt3DCore::QAttribute* wireColor_;

    FieldView::Sampler sampler_;
    DataBox box_;
    FieldView::ColorScale scale_ = FieldView::ColorScale::Linear;
    double floor_ = 0;
    double low_ = 0, high_ = 1; // range of the transformed values over the box
    QString title_;
    QImage snapshot_;
};

} // namespace gradus
