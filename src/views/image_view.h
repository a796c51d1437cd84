#pragma once
// A picture with a title: fits the widget keeping its aspect ratio; wheel zooms about the cursor,
// dragging pans, double-click resets. Several views can share one zoom/pan (setViewport + the
// viewportChanged signal), so an original and its approximation stay aligned.

#include <QImage>
#include <QRectF>
#include <QWidget>

#include "views/text_fit.h"

namespace gradus {

class ImageView : public QWidget, public ReportsElidedText {
    Q_OBJECT
public:
    QStringList elidedTexts() const override { return elided_.texts(); }
    explicit ImageView(QWidget* parent = nullptr);

    void setImage(const QImage& image);
    const QImage& image() const { return image_; }
    void setTitle(const QString& title);
    QString title() const { return title_; }
    // Small text under the picture (e.g. a colour scale explanation).
    void setCaption(const QString& caption);

    // The visible part of the picture in normalized coordinates ([0,1]² = all of it).
    QRectF viewport() const { return viewport_; }
    void setViewport(const QRectF& viewport);
    void resetViewport() { setViewport({0, 0, 1, 1}); }

    QSize sizeHint() const override { return {320, 260}; }
    QSize minimumSizeHint() const override { return {80, 60}; }

signals:
    void viewportChanged(const QRectF& viewport);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override; // tooltips: the whole text where some was cut short
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    ElidedTexts elided_; // in the last paint
    QRectF pictureRect() const; // where the whole visible part is drawn, in widget pixels
    void changeViewport(const QRectF& viewport);

    QImage image_;
    QString title_;
    QString caption_;
    QRectF viewport_{0, 0, 1, 1};
    QPointF dragStart_;
    QRectF dragViewport_;
};

} // namespace gradus
