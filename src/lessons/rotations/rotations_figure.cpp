#include "rotations_figure.h"

#include "rotations_lesson.h"
#include "views/colored_mesh.h"
#include "views/field_view.h"
#include "views/matrix_strip.h"
#include "views/plot_style.h"
#include "views/scene_view.h"

#include <Qt3DCore/QEntity>
#include <Qt3DCore/QTransform>
#include <Qt3DExtras/QConeMesh>
#include <Qt3DExtras/QCuboidMesh>
#include <Qt3DExtras/QCylinderMesh>
#include <Qt3DExtras/QPhongMaterial>

#include <QMatrix3x3>

#include <cmath>

namespace gradus {

namespace {

const QColor kFirstOrderColor(0, 114, 178);   // A then B
const QColor kSecondOrderColor(213, 94, 0);   // B then A

Qt3DCore::QEntity* addPart(Qt3DCore::QEntity* parent, Qt3DCore::QComponent* mesh, const QColor& colour,
                           const QVector3D& at, const QQuaternion& turn = {})
{
    auto* entity = new Qt3DCore::QEntity(parent);
    auto* material = new Qt3DExtras::QPhongMaterial(entity);
    material->setDiffuse(colour);
    material->setAmbient(colour.darker(170));
    material->setSpecular(QColor(40, 40, 40));
    auto* transform = new Qt3DCore::QTransform(entity);
    transform->setTranslation(at);
    transform->setRotation(turn);
    entity->addComponent(mesh);
    entity->addComponent(material);
    entity->addComponent(transform);
    return entity;
}

Qt3DExtras::QCuboidMesh* box(float x, float y, float z)
{
    auto* mesh = new Qt3DExtras::QCuboidMesh;
    mesh->setXExtent(x), mesh->setYExtent(y), mesh->setZExtent(z);
    return mesh;
}

// An aircraft whose orientation cannot be mistaken: the nose (red) toward the viewer (+z), the tail
// fin (orange) up (+y), the cockpit (dark) on top at the front, the wings (blue) along x; its own
// axes as arrows, x red, y green, z blue. "Up" (−90° about x) then lifts the nose, "right" (90°
// about y) turns it to the right, as when a player turns an object in a game.
Qt3DCore::QTransform* buildAircraft(Qt3DCore::QEntity* root)
{
    auto* body = new Qt3DCore::QEntity(root);
    auto* transform = new Qt3DCore::QTransform(body);
    body->addComponent(transform);
    addPart(body, box(0.3f, 0.3f, 1.7f), QColor(205, 205, 210), {0, 0, 0});
    auto* nose = new Qt3DExtras::QConeMesh;
    nose->setBottomRadius(0.15f), nose->setTopRadius(0.0f), nose->setLength(0.45f);
    addPart(body, nose, QColor(225, 45, 45), {0, 0, 1.07f}, QQuaternion::fromAxisAndAngle(1, 0, 0, 90));
    addPart(body, box(2.2f, 0.06f, 0.55f), QColor(60, 120, 215), {0, 0, 0.1f});          // wings
    addPart(body, box(0.9f, 0.05f, 0.35f), QColor(60, 120, 215), {0, 0, -0.72f});        // tailplane
    addPart(body, box(0.05f, 0.55f, 0.35f), QColor(245, 155, 0), {0, 0.38f, -0.72f});    // fin
    addPart(body, box(0.22f, 0.14f, 0.4f), QColor(50, 50, 70), {0, 0.2f, 0.5f});        // cockpit
    const QColor axisColours[3] = {QColor(215, 25, 28), QColor(26, 150, 65), QColor(30, 80, 200)};
    const QQuaternion alongAxis[3] = {QQuaternion::fromAxisAndAngle(0, 0, 1, -90), QQuaternion(),
                                      QQuaternion::fromAxisAndAngle(1, 0, 0, 90)};
    for (int axis = 0; axis < 3; ++axis) {
        QVector3D direction;
        direction[axis] = 1;
        auto* shaft = new Qt3DExtras::QCylinderMesh;
        shaft->setRadius(0.025f), shaft->setLength(1.5f);
        addPart(body, shaft, axisColours[axis], direction * 0.75f, alongAxis[axis]);
        auto* tip = new Qt3DExtras::QConeMesh;
        tip->setBottomRadius(0.07f), tip->setTopRadius(0.0f), tip->setLength(0.2f);
        addPart(body, tip, axisColours[axis], direction * 1.6f, alongAxis[axis]);
    }
    return transform;
}

QQuaternion toQuaternion(const core::Mat3& m)
{
    QMatrix3x3 rotation;
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            rotation(i, j) = float(m(i, j));
    return QQuaternion::fromRotationMatrix(rotation);
}

QVector<QVector<double>> rowsOf(const core::Mat3& m, int size = 3)
{
    QVector<QVector<double>> rows;
    for (int i = 0; i < size; ++i) {
        QVector<double> row;
        for (int j = 0; j < size; ++j)
            row.append(m(i, j));
        rows.append(row);
    }
    return rows;
}

// The letter F, about the origin, for the plane pane: no symmetry, so any turn shows.
QVector<QPointF> letterF(const core::Mat3& turn)
{
    const QVector<QPointF> outline = {{0.1, -0.6}, {0.3, -0.6}, {0.3, 0.0}, {0.65, 0.0}, {0.65, 0.2}, {0.3, 0.2},
                                      {0.3, 0.5}, {0.8, 0.5}, {0.8, 0.7}, {0.1, 0.7}};
    QVector<QPointF> turned;
    for (const QPointF& p : outline)
        turned.append(QPointF(turn(0, 0) * p.x() + turn(0, 1) * p.y(), turn(1, 0) * p.x() + turn(1, 1) * p.y()));
    return turned;
}

} // namespace

RotationsFigure::RotationsFigure(QWidget* parent) : FigureOf(parent)
{
    // The grid before the 3D views, as it was when each figure made its own: a scene made into a
    // widget without a layout renders one edge pixel differently (measured, frame 5).
    paneGrid();
    for (int k = 0; k < 2; ++k) {
        scenes_[k] = new SceneView(this);
        scenes_[k]->setHomeView(QVector3D(0, 0, 0), QVector3D(0.7f, 0.55f, 1.0f), 5.6f, 1.0f);
        bodies_[k] = buildAircraft(scenes_[k]->root());
        // The fixed world axes, thin and grey, for reference.
        worldAxes_[k] = std::make_unique<ColoredMesh>(scenes_[k]->root(), ColoredMesh::Primitive::Lines);
        QVector<ColoredVertex> lines;
        for (int axis = 0; axis < 3; ++axis) {
            QVector3D from, to;
            from[axis] = -2.2f, to[axis] = 2.2f;
            lines << ColoredVertex{from, {0.6f, 0.6f, 0.6f}} << ColoredVertex{to, {0.6f, 0.6f, 0.6f}};
        }
        worldAxes_[k]->setVertices(lines);
        addPane(k == 0 ? QStringLiteral("a-then-b") : QStringLiteral("b-then-a"), scenes_[k], {.row = 0, .column = k});
    }
    plane_ = new FieldView(this);
    plane_->setAspectLocked(true);
    plane_->setAxisTitles(QStringLiteral("x"), QStringLiteral("y"));
    plane_->setBlankBackground();
    plane_->setHomeBox({-1.1, 1.1, -1.1, 1.1});
    addPane(QStringLiteral("plane"), plane_, {.row = 0, .column = 2});
    matrices_ = new MatrixStrip(this);
    addPane(QStringLiteral("matrices"), matrices_, {.row = 1, .column = 0, .columnSpan = 3});
    setRowWeights({4, 1});
}

RotationsFigure::~RotationsFigure() = default;

void RotationsFigure::showResult(const RotationsResult& r)
{
    plane_->setVisible(r.showPlane);
    const core::Mat3 a = r.matrixA(), b = r.matrixB();
    matrices_->setMatrices({{QStringLiteral("A"), rowsOf(a)},
                            {QStringLiteral("B"), rowsOf(b)},
                            {QStringLiteral("AB"), rowsOf(a * b), kSecondOrderColor},
                            {QStringLiteral("BA"), rowsOf(b * a), kFirstOrderColor}});
    const double commutator = core::commutatorNorm(a, b);
    const core::Mat3 pa = core::planeRotation(r.planeA), pb = core::planeRotation(r.planeB);
    matrices_->setNote(tr("A: %1, B: %2.   ‖AB − BA‖_F = %3 %4.   In the plane: ‖AB − BA‖_F = %5.")
                           .arg(r.a.label, r.b.label, formatEntry(commutator),
                                commutator > 1e-12 ? tr("— the order matters") : tr("— these two commute"),
                                formatEntry(core::commutatorNorm(pa, pb))));
    scenes_[0]->setTitle(tr("A first, then B: ends at BA"));
    scenes_[1]->setTitle(tr("B first, then A: ends at AB"));
    showFrame();
}

void RotationsFigure::showFrameOf(const RotationsResult& r)
{
    bodies_[0]->setRotation(toQuaternion(r.aThenB(frame_)));
    bodies_[1]->setRotation(toQuaternion(r.bThenA(frame_)));
    const auto [first, second] = r.progress(frame_);
    const core::Mat3 firstOrder = core::planeRotation(r.planeB * second) * core::planeRotation(r.planeA * first);
    const core::Mat3 secondOrder = core::planeRotation(r.planeA * second) * core::planeRotation(r.planeB * first);
    const double degreesA = r.planeA * 180 / M_PI, degreesB = r.planeB * 180 / M_PI;
    plane_->setOverlay({FieldShape::polygon(letterF(core::Mat3{}), QColor(170, 170, 170)).withLabel(tr("start")).withWidth(1.5).withDashes(),
                        FieldShape::polygon(letterF(secondOrder), kSecondOrderColor)
                            .withLabel(tr("%1° first, then %2°").arg(degreesB).arg(degreesA))
                            .withWidth(8.0),
                        FieldShape::polygon(letterF(firstOrder), kFirstOrderColor)
                            .withLabel(tr("%1° first, then %2°").arg(degreesA).arg(degreesB))
                            .withWidth(2.0)});
    plane_->setTitle(tr("In the plane the order does not matter"));
    plane_->setSubtitle(frame_ == r.frameCount() - 1 ? tr("both end turned by %1°").arg(degreesA + degreesB) : QString());
}

void RotationsFigure::freezeForExport(const LessonFigure* live)
{
    const auto* onScreen = qobject_cast<const RotationsFigure*>(live);
    for (int k = 0; k < 2; ++k)
        scenes_[k]->freezeFrom(onScreen ? onScreen->scenes_[k] : nullptr);
}

} // namespace gradus
