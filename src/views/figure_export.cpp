#include "figure_export.h"

#include "chart_panel.h"

#include "framework/errors.h"
#include "io/atomic_file.h"
#include "io/image_file.h"
#include "views/plot_style.h"
#include "views/scene_view.h"

#include <QApplication>
#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QWidget>

#include <map>

namespace gradus {

ExportFormat exportFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return ExportFormat::Png;
    if (suffix == u"svg")
        return ExportFormat::Svg;
    if (suffix == u"pdf")
        return ExportFormat::Pdf;
    throw UsageError(QApplication::translate("gradus::export", "cannot export to '%1': the file name must end in .png, .svg or .pdf")
                         .arg(path));
}

QSize logicalSizeForExport(const QSize& pixelSize)
{
    const double scale = std::max(1.0, pixelSize.width() / 1280.0);
    return QSize(int(std::lround(pixelSize.width() / scale)), int(std::lround(pixelSize.height() / scale)));
}

namespace {

void layOutOffscreen(QWidget& widget, const QSize& logical)
{
    if (!widget.isVisible()) {
        widget.setAttribute(Qt::WA_DontShowOnScreen, true);
        widget.show();
    }
    widget.resize(logical);
    if (widget.layout())
        widget.layout()->activate();
    // Let widgets that lay out lazily (charts, layouts of hidden children) settle at the new size.
    QApplication::sendPostedEvents();
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

namespace {

const QWidget::RenderFlags kRenderFlags = QWidget::DrawWindowBackground | QWidget::DrawChildren;

void requireExportSize(const QSize& pixelSize)
{
    if (pixelSize.width() < 16 || pixelSize.height() < 16 || pixelSize.width() > 16384 || pixelSize.height() > 16384)
        throw UsageError(QApplication::translate("gradus::export", "export size %1×%2 is out of range (16 to 16384 pixels per side)")
                             .arg(pixelSize.width())
                             .arg(pixelSize.height()));
}

} // namespace

QImage renderWidgetImage(QWidget& widget, const QSize& pixelSize)
{
    requireExportSize(pixelSize);
    const QSize logical = logicalSizeForExport(pixelSize);
    layOutOffscreen(widget, logical);
    QImage image(pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(double(pixelSize.width()) / logical.width());
    image.fill(style::background());
    {
        QPainter painter(&image);
        widget.render(&painter, QPoint(), QRegion(), kRenderFlags);
    }
    image.convertTo(QImage::Format_RGB32);
    image.setDevicePixelRatio(1);
    return image;
}

QByteArray renderWidget(QWidget& widget, ExportFormat format, const QSize& pixelSize, const QString& title)
{
    requireExportSize(pixelSize);
    const QSize logical = logicalSizeForExport(pixelSize);
    layOutOffscreen(widget, logical);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (format) {
    case ExportFormat::Png:
        renderWidgetImage(widget, pixelSize).save(&buffer, "PNG");
        break;
    case ExportFormat::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(pixelSize);
        generator.setViewBox(QRect(QPoint(0, 0), logical));
        generator.setTitle(title);
        generator.setDescription(QStringLiteral("Gradus " GRADUS_VERSION));
        QPainter painter(&generator);
        widget.render(&painter, QPoint(), QRegion(), kRenderFlags);
        break;
    }
    case ExportFormat::Pdf: {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Gradus " GRADUS_VERSION));
        // One logical pixel = one point: the page has the figure's proportions and slide-ready size.
        writer.setPageSize(QPageSize(QSizeF(logical), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72);
        QPainter painter(&writer);
        widget.render(&painter, QPoint(), QRegion(), kRenderFlags);
        break;
    }
    }
    return bytes;
}

void exportWidget(QWidget& widget, const QString& path, const QSize& pixelSize)
{
    const ExportFormat format = exportFormatForPath(path);
    writeFileAtomically(path, renderWidget(widget, format, pixelSize, QFileInfo(path).completeBaseName()));
}

} // namespace gradus

namespace gradus {

namespace {

// Figures with a 3D view, kept between exports. Every Qt 3D window that is destroyed leaves about
// 4 MB behind in Qt 3D's renderer and Mesa (and a thread for a while): a lecturer exporting a 3D
// figure again and again would see the program grow without end. One figure per lesson and view is
// kept and reused instead. Cleared when the application ends, while widgets can still be deleted.
struct ParkedFigure {
    std::unique_ptr<LessonFigure> figure;
    std::unique_ptr<QWidget> view;
};

std::map<QString, ParkedFigure>& parkedFigures()
{
    static auto* parked = [] {
        auto* figures = new std::map<QString, ParkedFigure>;
        qAddPostRoutine([] { parkedFigures().clear(); });
        return figures;
    }();
    return *parked;
}

QString parkingKey(const Lesson& lesson, const QString& viewName) { return lesson.id() + QLatin1Char('/') + viewName; }

} // namespace

ExportFigure::ExportFigure(const Lesson& lesson, const ResultPtr& result, const QString& viewName, const QSize& pixelSize)
    : key_(parkingKey(lesson, viewName))
{
    if (const auto parked = parkedFigures().find(key_); parked != parkedFigures().end()) {
        figure_ = std::move(parked->second.figure);
        view_ = std::move(parked->second.view);
        parkedFigures().erase(parked);
    } else {
        figure_.reset(lesson.createFigure(nullptr));
    }
    figure_->setResult(result);
    figure_->resize(logicalSizeForExport(pixelSize));
    if (viewName.isEmpty() || view_) {
        if (view_)
            view_->resize(logicalSizeForExport(pixelSize));
        return;
    }
    const QStringList names = figure_->viewNames();
    view_ = figure_->takeView(viewName);
    if (!view_)
        throw UsageError(QApplication::translate("gradus::export", "lesson '%1' has no view '%2'; its views: %3")
                             .arg(lesson.id(), viewName, names.join(QStringLiteral(", "))));
    // Taken out and sized to the page first, so that a 3D view captures its frame at the page's
    // size rather than at its share of the figure.
    view_->resize(logicalSizeForExport(pixelSize));
}

ExportFigure::~ExportFigure()
{
    const bool threeD = widget().findChild<SceneView*>() || qobject_cast<SceneView*>(&widget());
    if (threeD && !parkedFigures().count(key_)) {
        widget().hide(); // no frames drawn while it waits
        parkedFigures()[key_] = ParkedFigure{std::move(figure_), std::move(view_)};
        return;
    }
    view_.reset(); // before the figure that may still refer to it
}

void ExportFigure::showFrame(int frame, const LessonFigure* live)
{
    figure_->setFrame(frame);
    for (ChartPanel* chart : figure_->findChildren<ChartPanel*>())
        chart->fitNow();
    figure_->freezeForExport(live);
}

void exportLessonFigure(const Lesson& lesson, const ResultPtr& result, int frame, const QString& viewName,
                        const QString& path, const QSize& pixelSize, const LessonFigure* live)
{
    exportFormatForPath(path); // reject a bad extension before drawing anything
    ExportFigure figure(lesson, result, viewName, pixelSize);
    figure.showFrame(frame, live);
    exportWidget(figure.widget(), path, pixelSize);
}

void saveLessonPicture(const Lesson& lesson, const ResultPtr& result, int frame, const QString& name,
                       const QString& path)
{
    const QString format = QFileInfo(path).suffix().toLower();
    static const QStringList kFormats = {"png", "jpg", "jpeg", "bmp", "tif", "tiff", "webp"};
    if (!kFormats.contains(format))
        throw UsageError(QApplication::translate("gradus::export", "cannot save a picture as '%1': use %2")
                             .arg(QFileInfo(path).fileName(), kFormats.join(QStringLiteral(", "))));
    std::unique_ptr<LessonFigure> figure(lesson.createFigure(nullptr));
    if (!figure->pictureNames().contains(name))
        throw UsageError(QApplication::translate("gradus::export", "lesson '%1' has no picture '%2'%3")
                             .arg(lesson.id(), name,
                                  figure->pictureNames().isEmpty()
                                      ? QString()
                                      : QStringLiteral("; its pictures: ") + figure->pictureNames().join(QStringLiteral(", "))));
    figure->setResult(result);
    figure->setFrame(frame);
    saveImageAtomically(path, figure->picture(name), format.toLatin1().constData());
}

} // namespace gradus
