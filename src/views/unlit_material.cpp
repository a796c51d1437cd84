#include "unlit_material.h"

#include <Qt3DRender/QEffect>
#include <Qt3DRender/QFilterKey>
#include <Qt3DRender/QGraphicsApiFilter>
#include <Qt3DRender/QRenderPass>
#include <Qt3DRender/QShaderProgram>
#include <Qt3DRender/QTechnique>

namespace gradus {

namespace {

// Vulkan-style GLSL, as Qt 3D's RHI renderer expects; it translates it for the OpenGL backend.
// The uniform block's layout is Qt 3D's per-draw block (only the leading members are read).
constexpr char kVertexShader[] = R"(#version 450
layout(location = 0) in vec3 vertexPosition;
layout(location = 2) in vec3 vertexColor;
layout(location = 0) out vec3 color;
layout(std140, binding = 1) uniform qt3d_command_uniforms {
  mat4 modelMatrix;
  mat4 inverseModelMatrix;
  mat4 modelViewMatrix;
  mat3 modelNormalMatrix;
  mat4 inverseModelViewMatrix;
  mat4 mvp;
  mat4 inverseModelViewProjectionMatrix;
};
void main()
{
    color = vertexColor;
    gl_Position = mvp * vec4(vertexPosition, 1.0);
}
)";

constexpr char kFragmentShader[] = R"(#version 450
layout(location = 0) in vec3 color;
layout(location = 0) out vec4 fragColor;
void main()
{
    fragColor = vec4(color, 1.0);
}
)";

// The same for Qt 3D's OpenGL renderer (QT3D_RENDERER=opengl), which takes plain GLSL 1.50.
constexpr char kVertexShaderGl3[] = R"(#version 150 core
in vec3 vertexPosition;
in vec3 vertexColor;
out vec3 color;
uniform mat4 modelViewProjection;
void main()
{
    color = vertexColor;
    gl_Position = modelViewProjection * vec4(vertexPosition, 1.0);
}
)";

constexpr char kFragmentShaderGl3[] = R"(#version 150 core
in vec3 color;
out vec4 fragColor;
void main()
{
    fragColor = vec4(color, 1.0);
}
)";

Qt3DRender::QTechnique* makeTechnique(Qt3DRender::QEffect* effect, Qt3DRender::QGraphicsApiFilter::Api api, int major,
                                      int minor, const char* vertex, const char* fragment)
{
    auto* technique = new Qt3DRender::QTechnique(effect);
    technique->graphicsApiFilter()->setApi(api);
    technique->graphicsApiFilter()->setMajorVersion(major);
    technique->graphicsApiFilter()->setMinorVersion(minor);
    if (api == Qt3DRender::QGraphicsApiFilter::OpenGL)
        technique->graphicsApiFilter()->setProfile(Qt3DRender::QGraphicsApiFilter::CoreProfile);
    auto* forward = new Qt3DRender::QFilterKey(technique);
    forward->setName(QStringLiteral("renderingStyle"));
    forward->setValue(QStringLiteral("forward"));
    technique->addFilterKey(forward);
    auto* pass = new Qt3DRender::QRenderPass(technique);
    auto* program = new Qt3DRender::QShaderProgram(pass);
    program->setVertexShaderCode(vertex);
    program->setFragmentShaderCode(fragment);
    pass->setShaderProgram(program);
    technique->addRenderPass(pass);
    return technique;
}

} // namespace

UnlitVertexColorMaterial::UnlitVertexColorMaterial(Qt3DCore::QNode* parent) : Qt3DRender::QMaterial(parent)
{
    auto* effect = new Qt3DRender::QEffect(this);
    effect->addTechnique(makeTechnique(effect, Qt3DRender::QGraphicsApiFilter::RHI, 1, 0, kVertexShader, kFragmentShader));
    effect->addTechnique(
        makeTechnique(effect, Qt3DRender::QGraphicsApiFilter::OpenGL, 3, 2, kVertexShaderGl3, kFragmentShaderGl3));
    setEffect(effect);
}

} // namespace gradus
