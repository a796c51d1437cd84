#include "surface_view.h"

#include "core/plot/colormap.h"
#include "core/plot/ticks.h"
#include "plot_style.h"
#include "surface_axes.h"

#include <Qt3DCore/QAttribute>
#include <Qt3DCore/QBuffer>
#include <Qt3DCore/QEntity>
#include <Qt3DCore/QGeometry>
#include <Qt3DCore/QTransform>
#include <Qt3DExtras/QForwardRenderer>
#include <Qt3DExtras/QOrbitCameraController>
#include "unlit_material.h"
#include <Qt3DExtras/QPhongMaterial>
#include <Qt3DExtras/QSphereMesh>
#include <Qt3DExtras/Qt3DWindow>
#include <Qt3DLogic/QFrameAction>
#include <Qt3DRender/QCamera>
#include <Qt3DRender/QGeometryRenderer>
#include <Qt3DRender/QRenderCapture>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QPainter>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace gradus {

namespace {

constexpr double kHeight = 0.8; // scene units from the lowest to the highest value shown

Qt3DCore::QAttribute* makeAttribute(Qt3DCore::QBuffer* buffer, const QString& name, uint offset, uint stride)
{
    auto* attribute = new Qt3DCore::QAttribute;
    attribute->setName(name);
    attribute->setAttributeType(Qt3DCore::QAttribute::VertexAttribute);
    attribute->setVertexBaseType(Qt3DCore::QAttribute::Float);
    attribute->setVertexSize(3);
    attribute->setBuffer(buffer);
    attribute->setByteOffset(offset);
    attribute->setByteStride(stride);
    return attribute;
}

} // namespace

// A line strip over the surface and a ball at the current iterate.
struct SurfaceView::PathEntity {
    Qt3DCore::QBuffer* vertices;
    Qt3DCore::QAttribute* position;
    Qt3DCore::QAttribute* color;
    Qt3DRender::QGeometryRenderer* renderer;
    Qt3DCore::QEntity* line;
    Qt3DCore::QEntity* ball;
    Qt3DCore::QTransform* ballTransform;
    Qt3DExtras::QPhongMaterial* ballMaterial;
};

SurfaceView::SurfaceView(QWidget* parent) : QWidget(parent)
{
    window_ = new Qt3DExtras::Qt3DWindow;
    window_->defaultFrameGraph()->setClearColor(Qt::white);
    // Frame graph: a capture node (for exports) above the default forward renderer. Qt 3D's RHI
    // backend ignores line widths, so paths are drawn as ribbons rather than lines.
    capture_ = new Qt3DRender::QRenderCapture;
    window_->activeFrameGraph()->setParent(capture_);
    window_->setActiveFrameGraph(capture_);

    root_ = new Qt3DCore::QEntity;
    Qt3DRender::QCamera* camera = window_->camera();
    camera->lens()->setPerspectiveProjection(35.0f, 16.0f / 9.0f, 0.05f, 100.0f);
    camera->setPosition(QVector3D(2.9f, 2.7f, 3.7f));
    camera->setUpVector(QVector3D(0, 1, 0));
    camera->setViewCenter(QVector3D(0, 0.25f, 0));
    auto* controller = new Qt3DExtras::QOrbitCameraController(root_);
    controller->setCamera(camera);
    controller->setLinearSpeed(4.0f);
    controller->setLookSpeed(180.0f);

    // The surface: one interleaved buffer (position, normal, colour) and 32-bit indices.
    auto* mesh = new Qt3DCore::QEntity(root_);
    auto* geometry = new Qt3DCore::QGeometry(mesh);
    meshVertices_ = new Qt3DCore::QBuffer(geometry);
    meshIndices_ = new Qt3DCore::QBuffer(geometry);
    const uint stride = 9 * sizeof(float);
    const int vertexCount = kMeshSide * kMeshSide;
    for (auto [name, offset] : {std::pair{Qt3DCore::QAttribute::defaultPositionAttributeName(), 0u},
                                std::pair{Qt3DCore::QAttribute::defaultNormalAttributeName(), 12u},
                                std::pair{Qt3DCore::QAttribute::defaultColorAttributeName(), 24u}}) {
        auto* attribute = makeAttribute(meshVertices_, name, offset, stride);
        attribute->setCount(vertexCount);
        geometry->addAttribute(attribute);
    }
    auto* indices = new Qt3DCore::QAttribute(geometry);
    indices->setAttributeType(Qt3DCore::QAttribute::IndexAttribute);
    indices->setVertexBaseType(Qt3DCore::QAttribute::UnsignedInt);
    indices->setBuffer(meshIndices_);
    indices->setCount((kMeshSide - 1) * (kMeshSide - 1) * 6);
    geometry->addAttribute(indices);
    QByteArray indexData((kMeshSide - 1) * (kMeshSide - 1) * 6 * sizeof(quint32), Qt::Uninitialized);
    auto* index = reinterpret_cast<quint32*>(indexData.data());
    for (int j = 0; j + 1 < kMeshSide; ++j)
        for (int i = 0; i + 1 < kMeshSide; ++i) {
            const quint32 a = j * kMeshSide + i, b = a + 1, c = a + kMeshSide, d = c + 1;
            // Counter-clockwise seen from above (+y), so the top of the surface faces the camera.
            *index++ = a, *index++ = b, *index++ = c;
            *index++ = b, *index++ = d, *index++ = c;
        }
    meshIndices_->setData(indexData);
    meshRenderer_ = new Qt3DRender::QGeometryRenderer(mesh);
    meshRenderer_->setGeometry(geometry);
    meshRenderer_->setPrimitiveType(Qt3DRender::QGeometryRenderer::Triangles);
    mesh->addComponent(meshRenderer_);
    mesh->addComponent(new UnlitVertexColorMaterial(mesh));

    // The box the surface stands in, for orientation.
    auto* frame = new Qt3DCore::QEntity(root_);
    auto* frameGeometry = new Qt3DCore::QGeometry(frame);
    auto* frameBuffer = new Qt3DCore::QBuffer(frameGeometry);
    QVector<float> edges;
    const float corners[2] = {-1, 1};
    auto push = [&edges](float x, float y, float z) { edges << x << y << z << 0.45f << 0.45f << 0.45f; };
    for (float a : corners)
        for (float b : corners) {
            push(a, 0, b), push(a, float(kHeight), b);       // verticals
            push(-1, 0, a), push(1, 0, a);                   // floor, along x
            push(a, 0, -1), push(a, 0, 1);                   // floor, along z
            (void)b;
        }
    frameBuffer->setData(QByteArray(reinterpret_cast<const char*>(edges.constData()), edges.size() * sizeof(float)));
    auto* framePosition = makeAttribute(frameBuffer, Qt3DCore::QAttribute::defaultPositionAttributeName(), 0, 24);
    auto* frameColor = makeAttribute(frameBuffer, Qt3DCore::QAttribute::defaultColorAttributeName(), 12, 24);
    framePosition->setCount(edges.size() / 6);
    frameColor->setCount(edges.size() / 6);
    frameGeometry->addAttribute(framePosition);
    frameGeometry->addAttribute(frameColor);
    auto* frameRenderer = new Qt3DRender::QGeometryRenderer(frame);
    frameRenderer->setGeometry(frameGeometry);
    frameRenderer->setPrimitiveType(Qt3DRender::QGeometryRenderer::Lines);
    frame->addComponent(frameRenderer);
    frame->addComponent(new UnlitVertexColorMaterial(frame));

    // Optional grid lines on the surface.
    wireframe_ = new Qt3DCore::QEntity(root_);
    auto* wireGeometry = new Qt3DCore::QGeometry(wireframe_);
    wireVertices_ = new Qt3DCore::QBuffer(wireGeometry);
    wirePosition_ = makeAttribute(wireVertices_, Qt3DCore::QAttribute::defaultPositionAttributeName(), 0, 24);
    wireColor_ = makeAttribute(wireVertices_, Qt3DCore::QAttribute::defaultColorAttributeName(), 12, 24);
    wireGeometry->addAttribute(wirePosition_);
    wireGeometry->addAttribute(wireColor_);
    auto* wireRenderer = new Qt3DRender::QGeometryRenderer(wireframe_);
    wireRenderer->setGeometry(wireGeometry);
    wireRenderer->setPrimitiveType(Qt3DRender::QGeometryRenderer::Lines);
    wireframe_->addComponent(wireRenderer);
    wireframe_->addComponent(new UnlitVertexColorMaterial(wireframe_));
    wireframe_->setEnabled(false);

    axes_ = std::make_unique<SurfaceAxes>(root_, camera, float(kHeight));

    auto* frames = new Qt3DLogic::QFrameAction(root_);
    connect(frames, &Qt3DLogic::QFrameAction::triggered, this, &SurfaceView::frameAdvanced);
    root_->addComponent(frames);

    window_->setRootEntity(root_);
    // The container sits on a stage that keeps its place when a snapshot is shown instead.
    stage_ = new QWidget(this);
    auto* stageLayout = new QVBoxLayout(stage_);
    stageLayout->setContentsMargins(0, 0, 0, 0);
    container_ = QWidget::createWindowContainer(window_, stage_);
    container_->setObjectName(QStringLiteral("surface3dContainer"));
    container_->setMinimumSize(200, 150);
    container_->setFocusPolicy(Qt::ClickFocus);
    stageLayout->addWidget(container_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* title = new QLabel(this);
    title->setObjectName(QStringLiteral("surfaceTitle"));
    title->setAlignment(Qt::AlignCenter);
    title->setFont(style::titleFont());
    title->setStyleSheet(QStringLiteral("background: white; color: #222; padding: 4px;"));
    layout->addWidget(title);
    layout->addWidget(stage_, 1);
    setToolTip(tr("Drag to turn, scroll to zoom, right-drag to pan."));
}

SurfaceView::~SurfaceView() = default;

void SurfaceView::setTitle(const QString& title)
{
    title_ = title;
    findChild<QLabel*>(QStringLiteral("surfaceTitle"))->setText(title);
}

void SurfaceView::setHeightName(const QString& name)
{
    heightName_ = name;
    updateAxes();
}

QStringList SurfaceView::axisLabels() const { return axes_->texts(); }

void SurfaceView::updateAxes()
{
    QVector<SceneTick> x, y, height;
    for (double v : core::niceTicks(box_.x0, box_.x1, 5))
        x.append({-1 + 2 * (v - box_.x0) / box_.width(), style::formatTick(v, core::niceStep(box_.x0, box_.x1, 5))});
    for (double v : core::niceTicks(box_.y0, box_.y1, 5))
        y.append({1 - 2 * (v - box_.y0) / box_.height(), style::formatTick(v, core::niceStep(box_.y0, box_.y1, 5))});
    if (scale_ == FieldView::ColorScale::LogAboveFloor) {
        // Whole decades of f − floor; the height is their logarithm.
        for (double decade = std::ceil(low_); decade <= high_; ++decade) {
            const int power = int(decade);
            const QString text = power >= 0 && power <= 3 ? QString::number(std::pow(10.0, power)) : QStringLiteral("1e%1").arg(power);
            height.append({heightOf(decade), text});
        }
    } else {
        for (double v : core::niceTicks(low_, high_, 4))
            height.append({heightOf(v), style::formatTick(v, core::niceStep(low_, high_, 4))});
    }
    axes_->setTicks(x, y, height, heightName_);
}

void SurfaceView::setSurface(FieldView::Sampler f, const DataBox& box, FieldView::ColorScale scale, double floor)
{
    sampler_ = std::move(f);
    box_ = box;
    scale_ = scale;
    floor_ = floor;
    rebuildMesh();
}

double SurfaceView::heightOf(double scaled) const
{
    return std::isfinite(scaled) ? kHeight * std::clamp((scaled - low_) / (high_ - low_), 0.0, 1.0) : 0.0;
}

double SurfaceView::heightAt(double x, double y) const
{
    return heightOf(FieldView::scaledValue(scale_, floor_, sampler_ ? sampler_(x, y) : 0.0));
}

QVector3D SurfaceView::toScene(double x, double y, double lift) const
{
    return QVector3D(float(-1 + 2 * (x - box_.x0) / box_.width()), float(heightAt(x, y) + lift),
                     float(1 - 2 * (y - box_.y0) / box_.height()));
}

void SurfaceView::rebuildMesh()
{
    constexpr int n = kMeshSide;
    std::vector<double> values(std::size_t(n) * n);
    low_ = INFINITY, high_ = -INFINITY;
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            const double x = box_.x0 + box_.width() * i / (n - 1), y = box_.y0 + box_.height() * j / (n - 1);
            const double v = FieldView::scaledValue(scale_, floor_, sampler_ ? sampler_(x, y) : 0.0);
            values[std::size_t(j) * n + i] = v;
            if (std::isfinite(v))
                low_ = std::min(low_, v), high_ = std::max(high_, v);
        }
    // Four decades of depth: deeper, a narrow valley (Rosenbrock's) becomes a trench of spikes.
    if (scale_ == FieldView::ColorScale::LogAboveFloor)
        low_ = std::max(low_, high_ - 4);
    if (!(high_ > low_))
        low_ = 0, high_ = 1;
    auto height = [&](int i, int j) { return heightOf(values[std::size_t(std::clamp(j, 0, n - 1)) * n + std::clamp(i, 0, n - 1)]); };
    const QVector3D light = QVector3D(0.4f, 1.0f, 0.6f).normalized();
    const double step = 2.0 / (n - 1);
    QByteArray data(n * n * 9 * int(sizeof(float)), Qt::Uninitialized);
    auto* out = reinterpret_cast<float*>(data.data());
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            const double h = height(i, j);
            // Normals from the height grid: only for shading, so central differences are enough.
            const double dx = (height(i + 1, j) - height(i - 1, j)) / (2 * step);
            const double dz = -(height(i, j + 1) - height(i, j - 1)) / (2 * step);
            const QVector3D normal = QVector3D(float(-dx), 1.0f, float(-dz)).normalized();
            const double shade = 0.45 + 0.55 * std::max(0.0f, QVector3D::dotProduct(normal, light));
            const double v = values[std::size_t(j) * n + i];
            const core::Rgb rgb = std::isfinite(v) ? core::colorAt(core::ColorMapKind::Viridis, (v - low_) / (high_ - low_))
                                                   : core::Rgb{255, 0, 255};
            *out++ = float(-1 + i * step), *out++ = float(h), *out++ = float(1 - j * step);
            *out++ = normal.x(), *out++ = normal.y(), *out++ = normal.z();
            for (int c = 0; c < 3; ++c)
                *out++ = float(rgb[c] / 255.0 * shade);
        }
    meshVertices_->setData(data);
    updateAxes();

    // Grid lines a hair above the surface, every tenth vertex row and column.
    QVector<float> lines;
    auto vertex = [&](int i, int j) {
        lines << float(-1 + i * step) << float(height(i, j) + 0.004) << float(1 - j * step) << 0.15f << 0.15f << 0.15f;
    };
    for (int j = 0; j < n; j += 11)
        for (int i = 0; i + 1 < n; ++i)
            vertex(i, j), vertex(i + 1, j);
    for (int i = 0; i < n; i += 11)
        for (int j = 0; j + 1 < n; ++j)
            vertex(i, j), vertex(i, j + 1);
    wireVertices_->setData(QByteArray(reinterpret_cast<const char*>(lines.constData()), lines.size() * sizeof(float)));
    wirePosition_->setCount(lines.size() / 6);
    wireColor_->setCount(lines.size() / 6);
}

void SurfaceView::setWireframe(bool on) { wireframe_->setEnabled(on); }


SurfaceView::PathEntity& SurfaceView::pathEntity(int index)
{
    while (paths_.size() <= index) {
        auto* entity = new PathEntity;
        entity->line = new Qt3DCore::QEntity(root_);
        auto* geometry = new Qt3DCore::QGeometry(entity->line);
        entity->vertices = new Qt3DCore::QBuffer(geometry);
        entity->position = makeAttribute(entity->vertices, Qt3DCore::QAttribute::defaultPositionAttributeName(), 0, 24);
        entity->color = makeAttribute(entity->vertices, Qt3DCore::QAttribute::defaultColorAttributeName(), 12, 24);
        geometry->addAttribute(entity->position);
        geometry->addAttribute(entity->color);
        entity->renderer = new Qt3DRender::QGeometryRenderer(entity->line);
        entity->renderer->setGeometry(geometry);
        entity->renderer->setPrimitiveType(Qt3DRender::QGeometryRenderer::TriangleStrip);
        entity->line->addComponent(entity->renderer);
        entity->line->addComponent(new UnlitVertexColorMaterial(entity->line));
        entity->ball = new Qt3DCore::QEntity(root_);
        auto* sphere = new Qt3DExtras::QSphereMesh(entity->ball);
        sphere->setRadius(0.035f);
        entity->ballTransform = new Qt3DCore::QTransform(entity->ball);
        entity->ballMaterial = new Qt3DExtras::QPhongMaterial(entity->ball);
        entity->ball->addComponent(sphere);
        entity->ball->addComponent(entity->ballTransform);
        entity->ball->addComponent(entity->ballMaterial);
        paths_.append(entity);
    }
    return *paths_[index];
}

void SurfaceView::setPaths(const QVector<FieldPath>& paths)
{
    for (int p = 0; p < paths.size(); ++p) {
        const FieldPath& path = paths[p];
        PathEntity& entity = pathEntity(p);
        const int last = path.current < 0 ? int(path.points.size()) - 1 : std::min(path.current, int(path.points.size()) - 1);
        // The path's points on the surface, thinned to what can be seen.
        QVector<QVector3D> centre;
        for (int k = 0; k <= last; ++k) {
            const QPointF& q = path.points[k];
            // Points outside the box are not on the surface: the ribbon ends at the picture's edge.
            if (q.x() < box_.x0 || q.x() > box_.x1 || q.y() < box_.y0 || q.y() > box_.y1)
                break;
            const QVector3D s = toScene(q.x(), q.y(), 0.012);
            if (!centre.isEmpty() && k < last && (s - centre.last()).length() < 0.004)
                continue;
            centre.append(s);
        }
        // A flat ribbon, 0.02 wide, across the direction of travel in the horizontal plane.
        QVector<float> data;
        data.reserve(centre.size() * 12);
        for (int k = 0; k < centre.size(); ++k) {
            const QVector3D along = centre[std::min(k + 1, int(centre.size()) - 1)] - centre[std::max(k - 1, 0)];
            QVector3D across(-along.z(), 0, along.x());
            across = across.length() > 0 ? across.normalized() * 0.012f : QVector3D(0.012f, 0, 0);
            for (const QVector3D& v : {centre[k] - across, centre[k] + across})
                data << v.x() << v.y() << v.z() << float(path.color.redF()) << float(path.color.greenF())
                     << float(path.color.blueF());
        }
        entity.vertices->setData(QByteArray(reinterpret_cast<const char*>(data.constData()), data.size() * sizeof(float)));
        const int count = int(data.size() / 6);
        entity.position->setCount(count);
        entity.color->setCount(count);
        entity.renderer->setVertexCount(count);
        entity.line->setEnabled(count >= 4);
        entity.ball->setEnabled(!centre.isEmpty());
        if (!centre.isEmpty())
            entity.ballTransform->setTranslation(centre.last());
        entity.ballMaterial->setDiffuse(path.color);
        entity.ballMaterial->setAmbient(path.color.darker(200));
    }
    for (int p = int(paths.size()); p < paths_.size(); ++p) {
        paths_[p]->line->setEnabled(false);
        paths_[p]->ball->setEnabled(false);
    }
}

void SurfaceView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (stage_->height() <= 0 || stage_->width() <= 0)
        return;
    // Keep the whole box in view: a tall, narrow view needs the camera farther away.
    const float aspect = float(stage_->width()) / float(stage_->height());
    Qt3DRender::QCamera* camera = window_->camera();
    camera->lens()->setAspectRatio(aspect);
    const QVector3D direction = QVector3D(2.9f, 2.7f, 3.7f).normalized();
    camera->setPosition(QVector3D(0, 0.25f, 0) + direction * 4.3f * std::max(1.0f, 1.3f / aspect));
    camera->setViewCenter(QVector3D(0, 0.25f, 0));
}

namespace {

// Qt 3D 6.4's RHI renderer hands captures over as OpenGL reads them, bottom row first; its older
// OpenGL renderer (QT3D_RENDERER=opengl) and the other RHI back ends do not.
bool captureIsBottomUp()
{
    const QByteArray renderer = qgetenv("QT3D_RENDERER"), api = qgetenv("QT3D_RHI_DEFAULT_API");
    return (renderer.isEmpty() || renderer == "rhi") && (api.isEmpty() || api == "opengl");
}

} // namespace

QImage SurfaceView::snapshot()
{
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

QImage SurfaceView::snapshotOnScreen()
{
    if (!window()->isVisible())
        window()->show();
    QElapsedTimer clock;
    clock.start();
    while (!window_->isExposed() && clock.elapsed() < 3000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!window_->isExposed())
        return QImage();
    // The first frames after exposure can come before the scene is uploaded: let a few pass.
    clock.restart();
    while (clock.elapsed() < 400)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return snapshot();
}

void SurfaceView::showSnapshot(const QImage& image)
{
    snapshot_ = image;
    container_->setVisible(image.isNull());
    update();
}

void SurfaceView::paintEvent(QPaintEvent*)
{
    if (container_->isVisible())
        return;
    QPainter painter(this);
    const QRect area = stage_->geometry();
    painter.fillRect(area, Qt::white);
    if (snapshot_.isNull()) {
        painter.setPen(style::textColor());
        painter.drawText(area, Qt::AlignCenter, tr("The 3D view needs OpenGL (a display)."));
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QSize fitted = snapshot_.size().scaled(area.size(), Qt::KeepAspectRatio);
    painter.drawImage(QRect(area.center() - QPoint(fitted.width() / 2, fitted.height() / 2), fitted), snapshot_);
}

} // namespace gradus
