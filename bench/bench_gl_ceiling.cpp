// The reference for bench_surface: how fast this machine's OpenGL draws the same 200×200 mesh
// with nothing else in the way — one vertex buffer, one draw call, the simplest shaders, no
// Qt 3D. With software OpenGL (Mesa llvmpipe) this is the ceiling any 3D surface view can reach.
// Needs a display: run under xvfb-run. Arguments: MESH_SIDE WIDTH HEIGHT (200 1280 720).
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMatrix4x4>
#include <QOpenGLBuffer>
#include <QOpenGLFunctions>
#include <QOpenGLShaderProgram>
#include <QOpenGLWindow>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

constexpr int kFrames = 150;

class MeshWindow : public QOpenGLWindow, private QOpenGLFunctions {
public:
    explicit MeshWindow(int side) : side_(side) {}

protected:
    void initializeGL() override
    {
        initializeOpenGLFunctions();
        program_.addShaderFromSourceCode(QOpenGLShader::Vertex,
                                         "attribute vec3 position; attribute vec3 colour; uniform mat4 mvp; varying vec3 c;"
                                         "void main() { c = colour; gl_Position = mvp * vec4(position, 1.0); }");
        program_.addShaderFromSourceCode(QOpenGLShader::Fragment, "varying vec3 c; void main() { gl_FragColor = vec4(c, 1.0); }");
        program_.link();
        std::vector<float> vertices;
        for (int j = 0; j < side_; ++j)
            for (int i = 0; i < side_; ++i) {
                const float x = -1 + 2.0f * i / (side_ - 1), z = -1 + 2.0f * j / (side_ - 1);
                const float y = 0.3f * std::sin(3 * x) * std::cos(3 * z);
                vertices.insert(vertices.end(), {x, y, z, 0.5f + y, 0.3f, 0.6f});
            }
        std::vector<unsigned> indices;
        for (int j = 0; j + 1 < side_; ++j)
            for (int i = 0; i + 1 < side_; ++i) {
                const unsigned a = j * side_ + i, b = a + 1, c = a + side_, d = c + 1;
                indices.insert(indices.end(), {a, b, c, b, d, c});
            }
        indexCount_ = int(indices.size());
        vertices_.create(), vertices_.bind(), vertices_.allocate(vertices.data(), int(vertices.size() * sizeof(float)));
        indices_.create(), indices_.bind(), indices_.allocate(indices.data(), int(indices.size() * sizeof(unsigned)));
        glEnable(GL_DEPTH_TEST);
        clock_.start();
    }

    void paintGL() override
    {
        glClearColor(1, 1, 1, 1);
        glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
        QMatrix4x4 mvp;
        mvp.perspective(35, float(width()) / float(height()), 0.05f, 100);
        mvp.lookAt({2.9f, 2.7f, 3.7f}, {0, 0.25f, 0}, {0, 1, 0});
        mvp.rotate(frames_ * 0.5f, 0, 1, 0); // turning, as when the class orbits the camera
        program_.bind();
        program_.setUniformValue("mvp", mvp);
        vertices_.bind(), indices_.bind();
        program_.enableAttributeArray("position"), program_.enableAttributeArray("colour");
        program_.setAttributeBuffer("position", GL_FLOAT, 0, 3, 24);
        program_.setAttributeBuffer("colour", GL_FLOAT, 12, 3, 24);
        glDrawElements(GL_TRIANGLES, indexCount_, GL_UNSIGNED_INT, nullptr);
        if (++frames_ == kFrames) {
            std::printf("{\"case\": \"bare OpenGL, %dx%d mesh, %dx%d\", \"fps\": %.1f}\n", side_, side_, width(), height(),
                        frames_ / (clock_.nsecsElapsed() * 1e-9));
            std::fflush(stdout);
            std::_Exit(0); // leaving through the event loop would tear the context down under a pending frame
        }
        update();
    }

private:
    int side_;
    int frames_ = 0;
    int indexCount_ = 0;
    QElapsedTimer clock_;
    QOpenGLShaderProgram program_;
    QOpenGLBuffer vertices_{QOpenGLBuffer::VertexBuffer};
    QOpenGLBuffer indices_{QOpenGLBuffer::IndexBuffer};
};

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QSurfaceFormat format;
    format.setDepthBufferSize(24);
    format.setSwapInterval(0); // count frames drawn, not display refreshes
    QSurfaceFormat::setDefaultFormat(format);
    MeshWindow window(argc > 1 ? std::atoi(argv[1]) : 200);
    window.resize(argc > 3 ? std::atoi(argv[2]) : 1280, argc > 3 ? std::atoi(argv[3]) : 720);
    window.show();
    return app.exec();
}
