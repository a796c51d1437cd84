#pragma once
// Export of a figure (or one of its views) to PNG, SVG or PDF. The widgets paint themselves into
// the file through QWidget::render, so the file shows exactly what the screen shows.

#include <QByteArray>
#include <QSize>
#include <QString>

#include <memory>

#include "lesson_figure.h"

QT_BEGIN_NAMESPACE
class QImage;
class QWidget;
QT_END_NAMESPACE

namespace gradus {

enum class ExportFormat { Png, Svg, Pdf };

// From the file name's extension; throws UsageError for anything else.
ExportFormat exportFormatForPath(const QString& path);

// The logical (layout) size a figure gets for an export of pixelSize: wide exports are drawn at
// 1280 logical pixels and scaled up, so fonts keep their proportion to the picture.
QSize logicalSizeForExport(const QSize& pixelSize);

// Lays out `widget` off screen at logicalSizeForExport(pixelSize) and renders it.
QByteArray renderWidget(QWidget& widget, ExportFormat format, const QSize& pixelSize, const QString& title);

// The widget drawn into an image of pixelSize (as the PNG export draws it).
QImage renderWidgetImage(QWidget& widget, const QSize& pixelSize);

// renderWidget + atomic write; throws InputError when the file cannot be written.
void exportWidget(QWidget& widget, const QString& path, const QSize& pixelSize);

// A figure of a lesson showing a result, laid out for exports at one pixel size: the whole figure, or
// only its view `viewName` when that is not empty (UsageError for an unknown view). Nothing on
// screen is disturbed. Serves single figures and every frame of an animation. Fresh each time, except
// that figures with a 3D view are kept and reused (Qt 3D does not give back what a window used).
class ExportFigure {
public:
    ExportFigure(const Lesson& lesson, const ResultPtr& result, const QString& viewName, const QSize& pixelSize);
    ~ExportFigure();
    // Shows `frame`; 3D views capture it, from `live` (the figure on screen, showing the same frame)
    // when given.
    void showFrame(int frame, const LessonFigure* live = nullptr);
    QWidget& widget() { return view_ ? *view_ : *figure_; }

private:
    QString key_; // the lesson and view, for keeping a 3D figure for the next export
    std::unique_ptr<LessonFigure> figure_;
    std::unique_ptr<QWidget> view_;
};

// Draws a result through a fresh figure of the lesson (so nothing on screen is disturbed) and
// exports it, or only its view `viewName` when that is not empty. Throws UsageError for an unknown
// view or file type, InputError when the file cannot be written.
// `live` is the figure on screen, if any: 3D views are copied from it rather than drawn anew.
void exportLessonFigure(const Lesson& lesson, const ResultPtr& result, int frame, const QString& viewName,
                        const QString& path, const QSize& pixelSize, const LessonFigure* live = nullptr);

// Writes one of the figure's own pictures (LessonFigure::pictureNames, e.g. "compressed") at its
// full resolution, in the format of the file's extension (PNG, JPEG, BMP, TIFF, WebP), atomically.
// Throws UsageError for an unknown picture or format, InputError when the file cannot be written.
void saveLessonPicture(const Lesson& lesson, const ResultPtr& result, int frame, const QString& name,
                       const QString& path);

} // namespace gradus
