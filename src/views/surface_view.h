#pragma once
// f(x, y) as a colour-mapped 3D surface with optimizer paths on it, in a box with labelled axes.

#include "field_view.h"
#include "scene_view.h"

#include <memory>

namespace Qt3DCore {
class QTransform;
}
namespace Qt3DExtras {
class QPhongMaterial;
}

namespace gradus {

class ColoredMesh;
class SurfaceAxes;

class SurfaceView : public SceneView {
    Q_OBJECT
public:
    static constexpr int kMeshSide = 200; // vertices per side
    static constexpr int kCompanionSide = 31; // lines per side of a companion's grid

    explicit SurfaceView(QWidget* parent = nullptr);
    ~SurfaceView() override;

    // Height and colour follow `scale` as in FieldView (log of f − floor for bounded functions).
    void setSurface(FieldView::Sampler f, const DataBox& box, FieldView::ColorScale scale, double floor);
    // Fixes the values at the bottom and the top of the box (before the scale's log), so that
    // several surfaces share heights and colours; NaN, NaN: each its own. Applies from the next
    // setSurface.
    void setValueRange(double low, double high)
    {
        fixedLow_ = low;
        fixedHigh_ = high;
    }
    void setPaths(const QVector<FieldPath>& paths);
    // Grid lines over the surface every eleventh row and column.
    void setWireframe(bool on);
    // A second function on the same axes and height scale, drawn as a coloured grid of lines (e.g.
    // the test loss over the training loss); an empty function removes it. Applies from the next
    // setSurface.
    void setCompanion(FieldView::Sampler g, const QColor& color);
    // The name on the height axis ("f" unless set).
    void setHeightName(const QString& name);
    // The names of the two ground axes ("x" and "y" unless set).
    void setAxisNames(const QString& x, const QString& y);
    // Tick labels and axis names as shown (x ticks, y ticks, height ticks, names).
    QStringList axisLabels() const;

private:
    struct PathEntity;
    double heightOf(double scaled) const;      // scene units, from a FieldView::scaledValue
    double heightAt(double x, double y) const; // scene units
    QVector3D toScene(double x, double y, double lift) const;
    void rebuildMesh();
    void updateAxes();
    PathEntity& pathEntity(int index);

    std::unique_ptr<ColoredMesh> mesh_;
    std::unique_ptr<ColoredMesh> frame_;
    std::unique_ptr<ColoredMesh> wireframe_;
    std::unique_ptr<ColoredMesh> companionMesh_;
    FieldView::Sampler companion_;
    QColor companionColor_;
    std::unique_ptr<SurfaceAxes> axes_;
    QVector<PathEntity*> paths_;
    QString heightName_ = QStringLiteral("f");
    QString xName_ = QStringLiteral("x"), yName_ = QStringLiteral("y");

    FieldView::Sampler sampler_;
    DataBox box_;
    FieldView::ColorScale scale_ = FieldView::ColorScale::Linear;
    double floor_ = 0;
    double low_ = 0, high_ = 1; // range of the transformed values over the box
    double fixedLow_ = NAN, fixedHigh_ = NAN;
};

} // namespace gradus
