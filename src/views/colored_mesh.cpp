#include "colored_mesh.h"

#include "unlit_material.h"

#include <Qt3DCore/QAttribute>
#include <Qt3DCore/QBuffer>
#include <Qt3DCore/QEntity>
#include <Qt3DCore/QGeometry>
#include <Qt3DCore/QTransform>
#include <Qt3DRender/QGeometryRenderer>

#include <algorithm>

namespace gradus {

namespace {

Qt3DCore::QAttribute* vertexAttribute(Qt3DCore::QGeometry* geometry, Qt3DCore::QBuffer* buffer, const QString& name,
                                      uint offset)
{
    auto* attribute = new Qt3DCore::QAttribute(geometry);
    attribute->setName(name);
    attribute->setAttributeType(Qt3DCore::QAttribute::VertexAttribute);
    attribute->setVertexBaseType(Qt3DCore::QAttribute::Float);
    attribute->setVertexSize(3);
    attribute->setBuffer(buffer);
    attribute->setByteOffset(offset);
    attribute->setByteStride(sizeof(float) * 6);
    geometry->addAttribute(attribute);
    return attribute;
}

} // namespace

ColoredMesh::ColoredMesh(Qt3DCore::QEntity* parent, Primitive primitive) : entity_(new Qt3DCore::QEntity(parent))
{
    auto* geometry = new Qt3DCore::QGeometry(entity_);
    vertices_ = new Qt3DCore::QBuffer(geometry);
    indexBuffer_ = new Qt3DCore::QBuffer(geometry);
    position_ = vertexAttribute(geometry, vertices_, Qt3DCore::QAttribute::defaultPositionAttributeName(), 0);
    color_ = vertexAttribute(geometry, vertices_, Qt3DCore::QAttribute::defaultColorAttributeName(), 12);
    indices_ = new Qt3DCore::QAttribute(geometry);
    indices_->setAttributeType(Qt3DCore::QAttribute::IndexAttribute);
    indices_->setVertexBaseType(Qt3DCore::QAttribute::UnsignedInt);
    indices_->setBuffer(indexBuffer_);
    renderer_ = new Qt3DRender::QGeometryRenderer(entity_);
    renderer_->setGeometry(geometry);
    renderer_->setPrimitiveType(primitive == Primitive::Triangles       ? Qt3DRender::QGeometryRenderer::Triangles
                                : primitive == Primitive::TriangleStrip ? Qt3DRender::QGeometryRenderer::TriangleStrip
                                                                        : Qt3DRender::QGeometryRenderer::Lines);
    transform_ = new Qt3DCore::QTransform(entity_);
    entity_->addComponent(renderer_);
    entity_->addComponent(transform_);
    entity_->addComponent(new UnlitVertexColorMaterial(entity_));
}

void ColoredMesh::setVertices(const QVector<ColoredVertex>& vertices, const QVector<std::uint32_t>& indices)
{
    QByteArray data(vertices.size() * 6 * qsizetype(sizeof(float)), Qt::Uninitialized);
    auto* out = reinterpret_cast<float*>(data.data());
    for (const ColoredVertex& v : vertices) {
        *out++ = v.position.x(), *out++ = v.position.y(), *out++ = v.position.z();
        *out++ = v.color.x(), *out++ = v.color.y(), *out++ = v.color.z();
    }
    vertices_->setData(data);
    position_->setCount(uint(vertices.size()));
    color_->setCount(uint(vertices.size()));
    auto* geometry = static_cast<Qt3DCore::QGeometry*>(renderer_->geometry());
    const bool indexed = !indices.isEmpty();
    if (indexed) {
        indexBuffer_->setData(QByteArray(reinterpret_cast<const char*>(indices.constData()),
                                         indices.size() * qsizetype(sizeof(std::uint32_t))));
        indices_->setCount(uint(indices.size()));
        if (!geometry->attributes().contains(indices_))
            geometry->addAttribute(indices_);
    } else if (geometry->attributes().contains(indices_)) {
        geometry->removeAttribute(indices_);
    }
    renderer_->setVertexCount(int(indexed ? indices.size() : vertices.size()));
}

void ColoredMesh::setEnabled(bool enabled) { entity_->setEnabled(enabled); }

QVector3D shadedColor(const QColor& color, const QVector3D& unitNormal)
{
    static const QVector3D light = QVector3D(0.4f, 1.0f, 0.6f).normalized();
    const float shade = 0.45f + 0.55f * std::max(0.0f, QVector3D::dotProduct(unitNormal, light));
    return QVector3D(float(color.redF()), float(color.greenF()), float(color.blueF())) * shade;
}

} // namespace gradus
