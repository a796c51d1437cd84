#pragma once
// Tick marks and labels for the box a 3D surface stands in: x along the front edge, y along the
// right edge, the height along a vertical edge. Labels are text pictures on small squares that
// turn to face the camera whenever it moves, so they stay readable from any side.

#include <QString>
#include <QStringList>
#include <QList>
#include <QMetaObject>
#include <QVector3D>
#include <QVector>

#include <memory>

namespace Qt3DCore {
class QEntity;
class QBuffer;
class QAttribute;
} // namespace Qt3DCore
namespace Qt3DRender {
class QCamera;
}

namespace gradus {

class ColoredMesh;

struct SceneTick {
    double position; // along the axis, scene units
    QString label;
};

class SurfaceAxes {
public:
    // `height` is the top of the box in scene units; the box spans −1 … 1 in x and z.
    SurfaceAxes(Qt3DCore::QEntity* parent, Qt3DRender::QCamera* camera, float height);
    ~SurfaceAxes();

    // x ticks run along the front edge (scene x), y ticks along the right edge (scene z, which
    // grows toward the viewer, so y grows away from it), height ticks up a vertical edge.
    void setTicks(const QVector<SceneTick>& x, const QVector<SceneTick>& y, const QVector<SceneTick>& height,
                  const QString& heightName, const QString& xName = QStringLiteral("x"), const QString& yName = QStringLiteral("y"));
    void faceCamera();
    // The texts shown, in order: x ticks, y ticks, height ticks, then the three axis names.
    QStringList texts() const;

private:
    struct Label;
    Label& label(int index);
    void place(int& used, const QString& text, const QVector3D& at, float size, bool bold = false);

    Qt3DCore::QEntity* root_;
    Qt3DRender::QCamera* camera_;
    float height_;
    std::unique_ptr<ColoredMesh> ticks_;
    QVector<Label*> labels_;
    QList<QMetaObject::Connection> connections_; // cut when this object goes
};

} // namespace gradus
