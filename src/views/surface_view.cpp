#include "surface_view.h"

#include "colored_mesh.h"
#include "core/plot/colormap.h"
#include "core/plot/ticks.h"
#include "plot_style.h"
#include "surface_axes.h"

#include <Qt3DCore/QEntity>
#include <Qt3DCore/QTransform>
#include <Qt3DExtras/QPhongMaterial>
#include <Qt3DExtras/QSphereMesh>

#include <cmath>

namespace gradus {

namespace {

constexpr double kHeight = 0.8; // scene units from the lowest to the highest value shown

} // namespace

// A ribbon over the surface and a ball at the current iterate.
struct SurfaceView::PathEntity {
    std::unique_ptr<ColoredMesh> ribbon;
    Qt3DCore::QEntity* ball;
    Qt3DCore::QTransform* ballTransform;
    Qt3DExtras::QPhongMaterial* ballMaterial;
};

SurfaceView::SurfaceView(QWidget* parent) : SceneView(parent)
{
    setHomeView(QVector3D(0, 0.25f, 0), QVector3D(2.9f, 2.7f, 3.7f), 4.3f, 1.55f);
    mesh_ = std::make_unique<ColoredMesh>(root(), ColoredMesh::Primitive::Triangles);

    // The box the surface stands in, for orientation.
    auto frame = new ColoredMesh(root(), ColoredMesh::Primitive::Lines);
    QVector<ColoredVertex> edges;
    const QVector3D grey(0.45f, 0.45f, 0.45f);
    for (float a : {-1.0f, 1.0f}) {
        for (float b : {-1.0f, 1.0f})
            edges << ColoredVertex{{a, 0, b}, grey} << ColoredVertex{{a, float(kHeight), b}, grey}; // verticals
        edges << ColoredVertex{{-1, 0, a}, grey} << ColoredVertex{{1, 0, a}, grey};                // floor, along x
        edges << ColoredVertex{{a, 0, -1}, grey} << ColoredVertex{{a, 0, 1}, grey};                // floor, along z
    }
    frame->setVertices(edges);
    frame_.reset(frame);

    wireframe_ = std::make_unique<ColoredMesh>(root(), ColoredMesh::Primitive::Lines);
    wireframe_->setEnabled(false);
    companionMesh_ = std::make_unique<ColoredMesh>(root(), ColoredMesh::Primitive::Lines);
    companionMesh_->setEnabled(false);
    axes_ = std::make_unique<SurfaceAxes>(root(), camera(), float(kHeight));
}

SurfaceView::~SurfaceView() { qDeleteAll(paths_); }

void SurfaceView::setHeightName(const QString& name)
{
    heightName_ = name;
    updateAxes();
}

void SurfaceView::setAxisNames(const QString& x, const QString& y)
{
    xName_ = x;
    yName_ = y;
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
    axes_->setTicks(x, y, height, heightName_, xName_, yName_);
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
    // The companion shares the height scale: its values widen the range too.
    std::vector<double> companion;
    if (companion_) {
        constexpr int m = kCompanionSide;
        companion.resize(std::size_t(m) * m);
        for (int j = 0; j < m; ++j)
            for (int i = 0; i < m; ++i) {
                const double x = box_.x0 + box_.width() * i / (m - 1), y = box_.y0 + box_.height() * j / (m - 1);
                const double v = FieldView::scaledValue(scale_, floor_, companion_(x, y));
                companion[std::size_t(j) * m + i] = v;
                if (std::isfinite(v))
                    low_ = std::min(low_, v), high_ = std::max(high_, v);
            }
    }
    // Four decades of depth: deeper, a narrow valley (Rosenbrock's) becomes a trench of spikes.
    if (scale_ == FieldView::ColorScale::LogAboveFloor)
        low_ = std::max(low_, high_ - 4);
    if (std::isfinite(fixedLow_) && std::isfinite(fixedHigh_)) {
        low_ = FieldView::scaledValue(scale_, floor_, fixedLow_);
        high_ = FieldView::scaledValue(scale_, floor_, fixedHigh_);
    }
    if (!(high_ > low_))
        low_ = 0, high_ = 1;
    auto height = [&](int i, int j) { return heightOf(values[std::size_t(std::clamp(j, 0, n - 1)) * n + std::clamp(i, 0, n - 1)]); };
    const double step = 2.0 / (n - 1);
    QVector<ColoredVertex> vertices;
    vertices.reserve(n * n);
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            const double h = height(i, j);
            // Normals from the height grid: only for shading, so central differences are enough.
            const double dx = (height(i + 1, j) - height(i - 1, j)) / (2 * step);
            const double dz = -(height(i, j + 1) - height(i, j - 1)) / (2 * step);
            const QVector3D normal = QVector3D(float(-dx), 1.0f, float(-dz)).normalized();
            const double v = values[std::size_t(j) * n + i];
            const core::Rgb rgb = std::isfinite(v) ? core::colorAt(core::ColorMapKind::Viridis, (v - low_) / (high_ - low_))
                                                   : core::Rgb{255, 0, 255};
            vertices.append({QVector3D(float(-1 + i * step), float(h), float(1 - j * step)),
                             shadedColor(QColor(rgb[0], rgb[1], rgb[2]), normal)});
        }
    static const QVector<std::uint32_t> indices = [] {
        QVector<std::uint32_t> list;
        list.reserve((n - 1) * (n - 1) * 6);
        for (int j = 0; j + 1 < n; ++j)
            for (int i = 0; i + 1 < n; ++i) {
                const std::uint32_t a = j * n + i, b = a + 1, c = a + n, d = c + 1;
                // Counter-clockwise seen from above (+y), so the top of the surface faces the camera.
                list << a << b << c << b << d << c;
            }
        return list;
    }();
    mesh_->setVertices(vertices, indices);
    updateAxes();

    // Grid lines a hair above the surface, every eleventh vertex row and column.
    QVector<ColoredVertex> lines;
    const QVector3D dark(0.15f, 0.15f, 0.15f);
    auto vertex = [&](int i, int j) { lines.append({QVector3D(float(-1 + i * step), float(height(i, j) + 0.004), float(1 - j * step)), dark}); };
    for (int j = 0; j < n; j += 11)
        for (int i = 0; i + 1 < n; ++i)
            vertex(i, j), vertex(i + 1, j);
    for (int i = 0; i < n; i += 11)
        for (int j = 0; j + 1 < n; ++j)
            vertex(i, j), vertex(i, j + 1);
    wireframe_->setVertices(lines);

    // The companion's grid: every line of a coarser lattice, in its colour.
    companionMesh_->setEnabled(bool(companion_));
    if (companion_) {
        constexpr int m = kCompanionSide;
        const double cstep = 2.0 / (m - 1);
        const QVector3D colour(float(companionColor_.redF()), float(companionColor_.greenF()), float(companionColor_.blueF()));
        QVector<ColoredVertex> grid;
        auto corner = [&](int i, int j) {
            grid.append({QVector3D(float(-1 + i * cstep), float(heightOf(companion[std::size_t(j) * m + i])), float(1 - j * cstep)), colour});
        };
        for (int j = 0; j < m; ++j)
            for (int i = 0; i + 1 < m; ++i)
                corner(i, j), corner(i + 1, j);
        for (int i = 0; i < m; ++i)
            for (int j = 0; j + 1 < m; ++j)
                corner(i, j), corner(i, j + 1);
        companionMesh_->setVertices(grid);
    }
}

void SurfaceView::setWireframe(bool on) { wireframe_->setEnabled(on); }

void SurfaceView::setCompanion(FieldView::Sampler g, const QColor& color)
{
    companion_ = std::move(g);
    companionColor_ = color;
}


SurfaceView::PathEntity& SurfaceView::pathEntity(int index)
{
    while (paths_.size() <= index) {
        auto* entity = new PathEntity;
        entity->ribbon = std::make_unique<ColoredMesh>(root(), ColoredMesh::Primitive::TriangleStrip);
        entity->ball = new Qt3DCore::QEntity(root());
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
        // A flat ribbon, 0.024 wide, across the direction of travel in the horizontal plane.
        QVector<ColoredVertex> ribbon;
        ribbon.reserve(centre.size() * 2);
        const QVector3D colour(float(path.color.redF()), float(path.color.greenF()), float(path.color.blueF()));
        for (int k = 0; k < centre.size(); ++k) {
            const QVector3D along = centre[std::min(k + 1, int(centre.size()) - 1)] - centre[std::max(k - 1, 0)];
            QVector3D across(-along.z(), 0, along.x());
            across = across.length() > 0 ? across.normalized() * 0.012f : QVector3D(0.012f, 0, 0);
            ribbon.append({centre[k] - across, colour});
            ribbon.append({centre[k] + across, colour});
        }
        entity.ribbon->setVertices(ribbon);
        entity.ribbon->setEnabled(ribbon.size() >= 4);
        entity.ball->setEnabled(!centre.isEmpty());
        if (!centre.isEmpty())
            entity.ballTransform->setTranslation(centre.last());
        entity.ballMaterial->setDiffuse(path.color);
        entity.ballMaterial->setAmbient(path.color.darker(200));
    }
    for (int p = int(paths.size()); p < paths_.size(); ++p) {
        paths_[p]->ribbon->setEnabled(false);
        paths_[p]->ball->setEnabled(false);
    }
}

} // namespace gradus
