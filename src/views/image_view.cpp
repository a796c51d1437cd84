#include "image_view.h"

#include "text_fit.h"


#include "plot_style.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace gradus {

ImageView::ImageView(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(false);
    setToolTip(tr("Wheel: zoom · drag: pan · double-click: whole picture"));
}

void ImageView::setImage(const QImage& image)
{
    // The raster engine scales only its native formats quickly: a 910×683 RGB888 picture took 245 ms
    // per paint, the same picture in RGB32 a few. Convert once here, not on every paint.
    const bool native = image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32_Premultiplied;
    image_ = native || image.isNull()
                 ? image
                 : image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    update();
}

void ImageView::setTitle(const QString& title)
{
    title_ = title;
    update();
}

void ImageView::setCaption(const QString& caption)
{
    caption_ = caption;
    update();
}

void ImageView::setViewport(const QRectF& viewport)
{
    if (viewport == viewport_)
        return;
    viewport_ = viewport;
    update();
}

void ImageView::changeViewport(const QRectF& wanted)
{
    // Keep the visible part inside the picture and no larger than it.
    const double w = std::clamp(wanted.width(), 1e-3, 1.0), h = std::clamp(wanted.height(), 1e-3, 1.0);
    const double x = std::clamp(wanted.x(), 0.0, 1.0 - w), y = std::clamp(wanted.y(), 0.0, 1.0 - h);
    const QRectF viewport(x, y, w, h);
    if (viewport == viewport_)
        return;
    setViewport(viewport);
    emit viewportChanged(viewport_);
}

QRectF ImageView::pictureRect() const
{
    const QFontMetrics title(style::titleFont());
    const QFontMetrics caption(style::tickFont());
    const double top = title_.isEmpty() ? 2 : title.height() + 4;
    const double bottom = caption_.isEmpty() ? 2 : caption.height() + 4;
    const QRectF area(2, top, width() - 4, height() - top - bottom);
    if (image_.isNull() || area.width() <= 0 || area.height() <= 0)
        return area;
    const double aspect = (image_.width() * viewport_.width()) / (image_.height() * viewport_.height());
    QSizeF size(area.width(), area.width() / aspect);
    if (size.height() > area.height())
        size = QSizeF(area.height() * aspect, area.height());
    return QRectF(area.center().x() - size.width() / 2, area.center().y() - size.height() / 2, size.width(),
                  size.height());
}

void ImageView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    elided_.clear();
    painter.fillRect(rect(), style::background());
    painter.setPen(style::textColor());
    if (!title_.isEmpty()) { // right above the picture; a long title shrinks a little, then is elided
        QFont font = style::titleFont();
        const int natural = QFontMetrics(font).horizontalAdvance(title_);
        if (natural > width() - 4 && font.pixelSize() > 0)
            font.setPixelSize(std::max(11, int(font.pixelSize() * double(width() - 4) / natural)));
        painter.setFont(font);
        const QFontMetrics metrics(font);
        const double h = QFontMetrics(style::titleFont()).height() + 2;
        const double top = image_.isNull() ? 0 : std::max(0.0, pictureRect().top() - h - 2);
        const QString shown = metrics.elidedText(title_, Qt::ElideRight, width() - 4);
        painter.drawText(QRectF(0, top, width(), h), Qt::AlignCenter, shown);
        if (shown != title_)
            elided_.add(title_, QRectF(0, top, width(), h));
    }
    const QRectF target = pictureRect();
    if (!caption_.isEmpty()) { // right under the picture, wherever the aspect ratio put it
        const FittedText fitted = fitText(caption_, style::tickFont(), width() - 4, 1);
        painter.setFont(fitted.font);
        const double h = QFontMetrics(style::tickFont()).height() + 2;
        const double top = image_.isNull() ? height() - h : std::min(target.bottom() + 2, height() - h);
        painter.drawText(QRectF(0, top, width(), h), Qt::AlignCenter, fitted.lines.first());
        if (fitted.elided)
            elided_.add(caption_, QRectF(0, top, width(), h));
    }
    if (image_.isNull())
        return;
    const QRectF source(viewport_.x() * image_.width(), viewport_.y() * image_.height(),
                        viewport_.width() * image_.width(), viewport_.height() * image_.height());
    // Magnified pixels stay crisp squares (what the class should see when zooming into artefacts);
    // reduced pictures are smoothed so that they do not alias.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, target.width() < source.width());
    painter.drawImage(target, image_, source);
    painter.setPen(QPen(style::axisColor(), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(target.adjusted(-0.5, -0.5, 0.5, 0.5));
}

void ImageView::wheelEvent(QWheelEvent* event)
{
    const QRectF target = pictureRect();
    if (image_.isNull() || !target.contains(event->position()))
        return;
    const double factor = std::pow(0.85, event->angleDelta().y() / 120.0);
    // The picture point under the cursor stays under the cursor.
    const double fx = (event->position().x() - target.x()) / target.width();
    const double fy = (event->position().y() - target.y()) / target.height();
    const QPointF anchor(viewport_.x() + fx * viewport_.width(), viewport_.y() + fy * viewport_.height());
    const double w = std::min(1.0, viewport_.width() * factor), h = std::min(1.0, viewport_.height() * factor);
    changeViewport(QRectF(anchor.x() - fx * w, anchor.y() - fy * h, w, h));
    event->accept();
}

void ImageView::mousePressEvent(QMouseEvent* event)
{
    dragStart_ = event->position();
    dragViewport_ = viewport_;
}

void ImageView::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const QRectF target = pictureRect();
    if (target.width() <= 0 || target.height() <= 0)
        return;
    const QPointF delta = event->position() - dragStart_;
    changeViewport(dragViewport_.translated(-delta.x() / target.width() * dragViewport_.width(),
                                            -delta.y() / target.height() * dragViewport_.height()));
}

void ImageView::mouseDoubleClickEvent(QMouseEvent*) { changeViewport({0, 0, 1, 1}); }

} // namespace gradus

namespace gradus {
bool ImageView::event(QEvent* event) { return showElidedToolTip(this, event, elided_) || QWidget::event(event); }
} // namespace gradus
