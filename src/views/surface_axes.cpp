#include "surface_axes.h"

#include "plot_style.h"
#include "colored_mesh.h"

#include <Qt3DCore/QEntity>
#include <Qt3DCore/QTransform>
#include <Qt3DExtras/QPlaneMesh>
#include <Qt3DExtras/QTextureMaterial>
#include <Qt3DRender/QCamera>
#include <Qt3DRender/QPaintedTextureImage>
#include <Qt3DRender/QTexture>

#include <QFontMetrics>
#include <QPainter>

namespace gradus {

namespace {

constexpr int kTextPixels = 64; // height of a label's picture: crisp when the label is enlarged
constexpr float kOutside = 0.13f; // labels' distance from the box edge, scene units

class TextPicture : public Qt3DRender::QPaintedTextureImage {
public:
    explicit TextPicture(Qt3DCore::QNode* parent) : QPaintedTextureImage(parent) {}

    // Returns width / height of the picture.
    double setText(const QString& text, bool bold)
    {
        text_ = text;
        font_ = style::tickFont();
        font_.setPixelSize(kTextPixels * 3 / 4);
        font_.setBold(bold);
        const int width = QFontMetrics(font_).horizontalAdvance(text) + kTextPixels / 4;
        setSize(QSize(std::max(width, 8), kTextPixels));
        update();
        return double(size().width()) / size().height();
    }
    const QString& text() const { return text_; }

protected:
    void paint(QPainter* painter) override
    {
        painter->setCompositionMode(QPainter::CompositionMode_Source);
        painter->fillRect(QRect(QPoint(0, 0), size()), Qt::transparent);
        painter->setCompositionMode(QPainter::CompositionMode_SourceOver);
        painter->setRenderHint(QPainter::TextAntialiasing);
        painter->setFont(font_);
        painter->setPen(style::textColor());
        painter->drawText(QRect(QPoint(0, 0), size()), Qt::AlignCenter, text_);
    }

private:
    QString text_;
    QFont font_;
};

} // namespace

struct SurfaceAxes::Label {
    Qt3DCore::QEntity* entity;
    Qt3DExtras::QPlaneMesh* plane;
    Qt3DCore::QTransform* transform;
    TextPicture* picture;
};

SurfaceAxes::SurfaceAxes(Qt3DCore::QEntity* parent, Qt3DRender::QCamera* camera, float height)
    : root_(new Qt3DCore::QEntity(parent)), camera_(camera), height_(height)
{
    ticks_ = std::make_unique<ColoredMesh>(root_, ColoredMesh::Primitive::Lines);
    connections_ << QObject::connect(camera_, &Qt3DRender::QCamera::viewMatrixChanged, root_, [this] { faceCamera(); });
    // A new theme: the labels repaint in its text colour.
    connections_ << QObject::connect(&style::notifier(), &style::StyleNotifier::changed, root_, [this] {
        for (Label* l : labels_)
            l->picture->update();
    });
}

SurfaceAxes::~SurfaceAxes()
{
    // The entities may outlive this object in the scene: nothing may call back into it.
    for (const QMetaObject::Connection& connection : std::as_const(connections_))
        QObject::disconnect(connection);
    qDeleteAll(labels_);
}

SurfaceAxes::Label& SurfaceAxes::label(int index)
{
    while (labels_.size() <= index) {
        auto* l = new Label;
        l->entity = new Qt3DCore::QEntity(root_);
        l->plane = new Qt3DExtras::QPlaneMesh(l->entity);
        l->transform = new Qt3DCore::QTransform(l->entity);
        auto* material = new Qt3DExtras::QTextureMaterial(l->entity);
        material->setAlphaBlendingEnabled(true);
        auto* texture = new Qt3DRender::QTexture2D(material);
        texture->setMinificationFilter(Qt3DRender::QAbstractTexture::LinearMipMapLinear);
        texture->setMagnificationFilter(Qt3DRender::QAbstractTexture::Linear);
        texture->setGenerateMipMaps(true);
        l->picture = new TextPicture(texture);
        texture->addTextureImage(l->picture);
        material->setTexture(texture);
        l->entity->addComponent(l->plane);
        l->entity->addComponent(l->transform);
        l->entity->addComponent(material);
        labels_.append(l);
    }
    return *labels_[index];
}

void SurfaceAxes::place(int& used, const QString& text, const QVector3D& at, float size, bool bold)
{
    Label& l = label(used++);
    const double aspect = l.picture->setText(text, bold);
    l.plane->setHeight(size);
    l.plane->setWidth(float(size * aspect));
    l.transform->setTranslation(at);
    l.entity->setEnabled(true);
}

void SurfaceAxes::setTicks(const QVector<SceneTick>& x, const QVector<SceneTick>& y, const QVector<SceneTick>& height,
                           const QString& heightName, const QString& xName, const QString& yName)
{
    constexpr float tickLength = 0.05f, size = 0.1f;
    QVector<ColoredVertex> lines;
    auto segment = [&lines](const QVector3D& a, const QVector3D& b) {
        const QVector3D grey(0.35f, 0.35f, 0.35f);
        lines << ColoredVertex{a, grey} << ColoredVertex{b, grey};
    };
    int used = 0;
    for (const SceneTick& t : x) {
        const float p = float(t.position);
        segment({p, 0, 1}, {p, 0, 1 + tickLength});
        place(used, t.label, {p, 0, 1 + kOutside}, size);
    }
    for (const SceneTick& t : y) {
        const float p = float(t.position);
        segment({1, 0, p}, {1 + tickLength, 0, p});
        place(used, t.label, {1 + kOutside + 0.06f, 0, p}, size);
    }
    for (const SceneTick& t : height) {
        const float p = float(t.position);
        segment({-1, p, 1}, {-1 - tickLength, p, 1});
        place(used, t.label, {-1 - kOutside - 0.07f, p, 1}, size);
    }
    // Axis names beyond the tick labels, at the middle of each edge and above the vertical one.
    place(used, xName, {0, 0, 1 + 2.3f * kOutside}, size * 1.15f, true);
    place(used, yName, {1 + 2.6f * kOutside, 0, 0}, size * 1.15f, true);
    place(used, heightName, {-1, height_ + 1.2f * kOutside, 1}, size * 1.15f, true);
    for (int k = used; k < labels_.size(); ++k)
        labels_[k]->entity->setEnabled(false);
    ticks_->setVertices(lines);
    faceCamera();
}

QStringList SurfaceAxes::texts() const
{
    QStringList texts;
    for (const Label* l : labels_)
        if (l->entity->isEnabled())
            texts << l->picture->text();
    return texts;
}

void SurfaceAxes::faceCamera()
{
    // A plane mesh lies flat facing +y; standing it up toward +z and then turning it like the
    // camera makes it face the viewer with the text upright.
    const QVector3D back = (camera_->position() - camera_->viewCenter()).normalized();
    QVector3D up = camera_->upVector();
    up = (up - QVector3D::dotProduct(up, back) * back).normalized();
    const QVector3D right = QVector3D::crossProduct(up, back);
    const QQuaternion turn = QQuaternion::fromAxes(right, up, back) * QQuaternion::fromAxisAndAngle(1, 0, 0, 90);
    for (Label* l : labels_)
        l->transform->setRotation(turn);
}

} // namespace gradus
