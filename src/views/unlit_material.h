#pragma once
// A material that draws each vertex's own colour with no lighting. The surface bakes its shading
// into the vertex colours once per mesh, so a lit material would only add per-pixel work, which
// is most of a frame's cost with software OpenGL (Mesa llvmpipe).

#include <Qt3DRender/QMaterial>

namespace gradus {

class UnlitVertexColorMaterial : public Qt3DRender::QMaterial {
    Q_OBJECT
public:
    explicit UnlitVertexColorMaterial(Qt3DCore::QNode* parent = nullptr);
};

} // namespace gradus
