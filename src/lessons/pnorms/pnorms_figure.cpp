#include "pnorms_figure.h"

#include "core/geometry/pnorm.h"
#include "pnorms_lesson.h"
#include "views/colored_mesh.h"
#include "views/field_view.h"
#include "views/plot_style.h"
#include "views/scene_view.h"

#include <QGridLayout>

#include <cmath>

namespace gradus {

namespace {

// Okabe–Ito colours: distinguishable by colour-blind viewers and on a projector.
const QColor kNormColor(0, 114, 178);      // a norm: convex ball
const QColor kQuasiColor(213, 94, 0);      // a quasinorm: not convex
const QColor kDualColor(153, 68, 170);
const QVector<QColor> kOverlayColors = {QColor(0, 158, 115), QColor(230, 159, 0), QColor(86, 180, 233),
                                        QColor(204, 121, 167), QColor(120, 120, 120), QColor(0, 0, 0),
                                        QColor(240, 228, 66)};

// Points per quadrant of a drawn sphere: the parametrization crowds them where the curve bends, so
// a hundred are smooth on a full-screen figure (the data keep 256).
constexpr int kDrawnPerQuadrant = 96;

QColor ballColor(double p) { return core::ballIsConvex(p) ? kNormColor : kQuasiColor; }

QColor pale(const QColor& color) { return QColor::fromRgbF(0.75 + 0.25 * color.redF(), 0.75 + 0.25 * color.greenF(), 0.75 + 0.25 * color.blueF()); }

QVector<QPointF> toPoints(const std::vector<core::Vec2>& points)
{
    QVector<QPointF> list;
    list.reserve(qsizetype(points.size()));
    for (const core::Vec2& q : points)
        list.append(QPointF(q[0], q[1]));
    return list;
}

// The ball as a filled outline: redrawn for every p without sampling the plane.
FieldShape ballShape(double p, const QColor& color, const QString& label, double width)
{
    return FieldShape::polygon(toPoints(core::unitSphere2D(p, kDrawnPerQuadrant)), color).withLabel(label).withWidth(width).withFill(pale(color));
}

void prepareMap(FieldView* map)
{
    map->setAxisTitles(QStringLiteral("x₁"), QStringLiteral("x₂"));
    map->setAspectLocked(true);
    map->setBlankBackground();
}

} // namespace

PnormsFigure::PnormsFigure(QWidget* parent) : FigureOf(parent)
{
    ball_ = new FieldView(this);
    dual_ = new FieldView(this);
    prepareMap(ball_);
    prepareMap(dual_);
    addPane(QStringLiteral("ball"), ball_, {.row = 0, .column = 0});
    addPane(QStringLiteral("dual"), dual_, {.row = 0, .column = 1});
}

PnormsFigure::~PnormsFigure() = default;

void PnormsFigure::ensureScene()
{
    if (scene_)
        return;
    scene_ = new SceneView(this);
    scene_->setHomeView(QVector3D(0, 0, 0), QVector3D(1.3f, 0.9f, 1.6f), 6.6f, 1.0f);
    registerView(QStringLiteral("space"), scene_);
    // Coordinate axes through the ball, x₁ red, x₂ green, x₃ blue; x₃ points up (the scene's y)
    // and x₂ away from the viewer (the scene's −z).
    axes_ = std::make_unique<ColoredMesh>(scene_->root(), ColoredMesh::Primitive::Lines);
    QVector<ColoredVertex> lines;
    const QVector3D colours[3] = {{0.8f, 0.1f, 0.1f}, {0.1f, 0.2f, 0.8f}, {0.1f, 0.6f, 0.1f}};
    for (int axis = 0; axis < 3; ++axis) {
        QVector3D from, to;
        from[axis] = -1.5f, to[axis] = 1.5f;
        lines << ColoredVertex{from, colours[axis]} << ColoredVertex{to, colours[axis]};
    }
    axes_->setVertices(lines);
    sphere_ = std::make_unique<ColoredMesh>(scene_->root(), ColoredMesh::Primitive::Triangles);
}

void PnormsFigure::showResult(const PnormsResult& result)
{
    ball_->setVisible(result.show2D);
    // Side by side when the 2D balls are alone; with the ball in space, the flat balls share the
    // left column so that each pane keeps a useful shape.
    auto* grid = paneGrid();
    for (QWidget* pane : {static_cast<QWidget*>(ball_), static_cast<QWidget*>(dual_)})
        grid->removeWidget(pane);
    if (result.show3D && result.show2D) {
        grid->addWidget(ball_, 0, 0);
        grid->addWidget(dual_, 1, 0);
    } else {
        grid->addWidget(ball_, 0, 0);
        grid->addWidget(dual_, 0, 1);
    }
    // Room for the legend: beside the ball when its pane is wide, above it otherwise (a row of
    // the legend takes about a tenth of the ball's height).
    const bool wide = !result.dual && !result.show3D;
    const double rows = 1.0 + double(result.overlaid.size());
    const DataBox box = wide ? DataBox{-1.6, 3.2, -1.6, 1.6} : DataBox{-1.6, 1.6, -1.6, 1.7 + 0.32 * rows};
    ball_->setHomeBox(box);
    dual_->setHomeBox(box);
    dual_->setVisible(result.show2D && result.dual);
    if (result.show3D)
        ensureScene();
    if (scene_) {
        grid->removeWidget(scene_);
        if (result.show2D)
            grid->addWidget(scene_, 0, 1, 2, 1);
        else
            grid->addWidget(scene_, 0, 0, 2, 2);
        scene_->setVisible(result.show3D);
    }
    showFrame();
}

void PnormsFigure::showBall3D(double p)
{
    if (p == sphereP_)
        return;
    sphereP_ = p;
    const core::SphereMesh mesh = core::unitSphere3D(p);
    const QColor colour = ballColor(p);
    QVector<ColoredVertex> vertices;
    vertices.reserve(qsizetype(mesh.positions.size()));
    for (std::size_t k = 0; k < mesh.positions.size(); ++k) {
        const auto& q = mesh.positions[k];
        const auto& n = mesh.normals[k];
        vertices.append({QVector3D(q[0], q[2], -q[1]), shadedColor(colour, QVector3D(n[0], n[2], -n[1]))});
    }
    sphere_->setVertices(vertices, QVector<std::uint32_t>(mesh.indices.begin(), mesh.indices.end()));
    scene_->setTitle(tr("|x₁|^p + |x₂|^p + |x₃|^p = 1, p = %1").arg(formatExponent(p)));
}

void PnormsFigure::showFrameOf(const PnormsResult& r)
{
    const double p = r.pAt(frame_);
    const QColor colour = ballColor(p);
    QVector<FieldShape> shapes;
    shapes.append(ballShape(p, colour,
                            core::ballIsConvex(p) ? tr("p = %1: a norm, convex").arg(formatExponent(p))
                                                  : tr("p = %1: a quasinorm, not convex").arg(formatExponent(p)),
                            3.5));
    for (std::size_t k = 0; k < r.overlaid.size(); ++k) {
        const double extra = r.overlaid[k];
        shapes.append(FieldShape::polygon(toPoints(core::unitSphere2D(extra, kDrawnPerQuadrant)), kOverlayColors[qsizetype(k % kOverlayColors.size())])
                          .withLabel(QStringLiteral("p = %1").arg(formatExponent(extra)))
                          .withWidth(2.0));
    }
    QVector<FieldPoint> points;
    if (p < 1) {
        // The proof: two points of the sphere whose midpoint lies outside the ball.
        const core::NonConvexityWitness witness = core::nonConvexityWitness(p);
        shapes.append(FieldShape::polyline({QPointF(1, 0), QPointF(0, 1)}, QColor(40, 40, 40)).withWidth(2.0).withDashes()); // the midpoint's label says it
        points.append({QPointF(witness.midpoint[0], witness.midpoint[1]),
                       tr("‖(½, ½)‖ = %1 > 1").arg(style::formatValue(witness.midpointNorm)), QColor(40, 40, 40),
                       FieldPoint::Shape::Cross, FieldPoint::LabelPlacement::BesideMarker});
    }
    ball_->setOverlay(shapes);
    ball_->setPoints(points);
    ball_->setTitle(tr("Unit ball {x : ‖x‖_p ≤ 1}, p = %1").arg(formatExponent(p)));
    ball_->setSubtitle(p < 1 ? tr("(|x₁|^p + |x₂|^p)^(1/p) breaks the triangle inequality for p < 1")
                             : tr("‖x‖_p = (|x₁|^p + |x₂|^p)^(1/p)"));
    if (std::isinf(p))
        ball_->setSubtitle(tr("‖x‖_∞ = max(|x₁|, |x₂|)"));

    if (r.dual) {
        // Below p = 1 the supremum of ⟨x, y⟩ over the ball is still ‖y‖_∞: the ball's convex hull
        // is the diamond, so it has the same dual as p = 1.
        const double q = p >= 1 ? core::dualExponent(p) : core::kInfinity;
        dual_->setOverlay({ballShape(q, kDualColor, tr("dual: q = %1").arg(formatExponent(q)), 3.5),
                           FieldShape::polygon(toPoints(core::unitSphere2D(p, kDrawnPerQuadrant)), QColor(colour.red(), colour.green(), colour.blue(), 210))
                               .withLabel(tr("p = %1").arg(formatExponent(p)))
                               .withWidth(1.5)
                               .withDashes()});
        dual_->setTitle(p >= 1 ? tr("Dual ball: q = %1, 1/p + 1/q = 1").arg(formatExponent(q))
                               : tr("Dual for p < 1: q = ∞, as for p = 1"));
        dual_->setSubtitle(p >= 1 ? tr("‖y‖_q = max{⟨x, y⟩ : ‖x‖_p ≤ 1}")
                                  : tr("max ⟨x, y⟩ over the ball is ‖y‖_∞: its convex hull is the diamond"));
    }
    if (scene_ && r.show3D)
        showBall3D(p);
}

void PnormsFigure::freezeForExport(const LessonFigure* live)
{
    if (!scene_ || !result_ || !result_->show3D)
        return;
    const auto* onScreen = qobject_cast<const PnormsFigure*>(live);
    scene_->freezeFrom(onScreen ? onScreen->scene_ : nullptr);
}

} // namespace gradus
