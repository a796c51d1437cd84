#pragma once
// An entity drawing coloured triangles or lines from one interleaved buffer (position, colour),
// unlit: shading, when wanted, is baked into the colours (see shadedColor).

#include <QColor>
#include <QVector3D>
#include <QVector>

#include <cstdint>

namespace Qt3DCore {
class QAttribute;
class QBuffer;
class QEntity;
class QTransform;
} // namespace Qt3DCore
namespace Qt3DRender {
class QGeometryRenderer;
}

namespace gradus {

struct ColoredVertex {
    QVector3D position;
    QVector3D color; // 0 … 1
};

class ColoredMesh {
public:
    enum class Primitive { Triangles, TriangleStrip, Lines };

    ColoredMesh(Qt3DCore::QEntity* parent, Primitive primitive);

    // Indices may be empty: the vertices are then drawn in order. Whether the mesh is shown is
    // left as it is (setEnabled); no vertices draw nothing.
    void setVertices(const QVector<ColoredVertex>& vertices, const QVector<std::uint32_t>& indices = {});
    void setEnabled(bool enabled);
    Qt3DCore::QEntity* entity() const { return entity_; }
    Qt3DCore::QTransform* transform() const { return transform_; }

private:
    Qt3DCore::QEntity* entity_;
    Qt3DCore::QTransform* transform_;
    Qt3DCore::QBuffer* vertices_;
    Qt3DCore::QBuffer* indexBuffer_;
    Qt3DCore::QAttribute* position_;
    Qt3DCore::QAttribute* color_;
    Qt3DCore::QAttribute* indices_;
    Qt3DRender::QGeometryRenderer* renderer_;
};

// A colour lit by a fixed light from the upper front (ambient 0.45, diffuse 0.55), for baking
// shading into vertex colours.
QVector3D shadedColor(const QColor& color, const QVector3D& unitNormal);

} // namespace gradus
