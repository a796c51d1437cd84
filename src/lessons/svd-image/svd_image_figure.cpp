#include "svd_image_figure.h"

#include "framework/background_pool.h"
#include "io/image_file.h"
#include "svd_image_lesson.h"
#include "views/chart_panel.h"
#include "views/image_view.h"
#include "views/number_table.h"
#include "views/picture_maps.h"
#include "views/plot_style.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QtConcurrent>

#include <array>
#include <cmath>
#include <cstring>
#include <tuple>

namespace gradus {

namespace {

// The preview is twice the size the picture is shown at (sharp on screen and still useful when
// zoomed), between these bounds (the upper one doubled on a HiDPI screen); a rank change costs its area.
constexpr int kMinPreviewSide = 512;
constexpr int kMaxPreviewSide = 1024;
constexpr int kLayerSide = 160;

struct MatrixLegend {
    QString name;
    QColor color;
};

QList<MatrixLegend> legendFor(core::SvdColorMode mode, int count)
{
    const QColor red(213, 94, 0), green(0, 158, 115), blue(0, 114, 178), black(30, 30, 30);
    if (count == 1)
        return {{mode == core::SvdColorMode::Stacked ? QStringLiteral("[R G B]") : QStringLiteral("luma"), black}};
    if (mode == core::SvdColorMode::YCbCr)
        return {{QStringLiteral("Y"), black}, {QStringLiteral("Cb"), blue}, {QStringLiteral("Cr"), red}};
    return {{QStringLiteral("R"), red}, {QStringLiteral("G"), green}, {QStringLiteral("B"), blue}};
}

// "786 432": digits grouped by thin spaces, readable from the back of a lecture hall.
QString groupedCount(double value)
{
    QString digits = QString::number(std::llround(value));
    for (int i = int(digits.size()) - 3; i > 0 && digits[i - 1].isDigit(); i -= 3)
        digits.insert(i, QChar(0x2009));
    return digits;
}

using RowMajor = core::RowMajorF;

// luma(clip(approximation)) − reference luma, straight to colours in one pass.
QImage differenceImage(const core::RowMajorImage& approximation, const RowMajor& referenceLuma, double limit)
{
    const std::vector<RowMajor>& planes = approximation.planes;
    QImage image(int(referenceLuma.cols()), int(referenceLuma.rows()), QImage::Format_RGB888);
    const float scale = limit > 0 ? float(0.5 / limit) : 0.0f;
    const bool color = planes.size() == 3;
    const std::array<core::Rgb, 1024>& table = divergingTable();
    const Eigen::Index width = image.width();
    Eigen::ArrayXf luma(width);
    Eigen::ArrayXi index(width);
    for (int y = 0; y < image.height(); ++y) {
        // Whole-row array expressions vectorize; only the table lookup is done pixel by pixel.
        auto channel = [&](int c) { return planes[size_t(c)].row(y).array().transpose().max(0.0f).min(1.0f); };
        if (color)
            luma = 0.299f * channel(0) + 0.587f * channel(1) + 0.114f * channel(2);
        else
            luma = channel(0);
        luma -= referenceLuma.row(y).array().transpose();
        index = ((luma * scale + 0.5f) * 1023.0f + 0.5f).max(0.0f).min(1023.0f).cast<int>();
        uchar* line = image.scanLine(y);
        for (Eigen::Index x = 0; x < width; ++x) {
            const core::Rgb& rgb = table[size_t(index[x])];
            line[3 * x] = rgb[0];
            line[3 * x + 1] = rgb[1];
            line[3 * x + 2] = rgb[2];
        }
    }
    return image;
}


} // namespace

SvdImageFigure::SvdImageFigure(QWidget* parent) : FigureOf(parent)
{
    original_ = new ImageView(this);
    approximation_ = new ImageView(this);
    difference_ = new ImageView(this);
    for (ImageView* view : {original_, approximation_, difference_})
        for (ImageView* other : {original_, approximation_, difference_})
            if (view != other)
                connect(view, &ImageView::viewportChanged, other, &ImageView::setViewport);

    layersStrip_ = new QWidget(this);
    layersLayout_ = new QHBoxLayout(layersStrip_);
    layersLayout_->setContentsMargins(0, 0, 0, 0);
    layersLayout_->setSpacing(2);

    spectrum_ = new ChartPanel(this);
    spectrum_->setTitle(tr("Singular values σᵢ"));
    spectrum_->setAxisTitles(tr("i"), QString());
    spectrum_->setLogY(true);
    energy_ = new ChartPanel(this);
    energy_->setTitle(tr("Energy kept Σσᵢ² / ‖A‖², %"));
    energy_->setAxisTitles(tr("rank"), QString());
    energy_->setLogX(true);
    energy_->setYCeiling(100);
    numbers_ = new NumberTable(this);

    addPane(QStringLiteral("original"), original_, {.row = 0, .column = 0});
    addPane(QStringLiteral("approximation"), approximation_, {.row = 0, .column = 1});
    addPane(QStringLiteral("difference"), difference_, {.row = 0, .column = 2});
    addPane(QStringLiteral("layers"), layersStrip_, {.row = 1, .column = 0, .columnSpan = 3});
    addPane(QStringLiteral("spectrum"), spectrum_, {.row = 2, .column = 0});
    addPane(QStringLiteral("energy"), energy_, {.row = 2, .column = 1});
    addPane(QStringLiteral("numbers"), numbers_, {.row = 2, .column = 2});
    setRowWeights({11, 3, 7});
    setColumnWeights({1, 1, 1});

    previewGrowth_.setSingleShot(true);
    previewGrowth_.setInterval(250);
    connect(&previewGrowth_, &QTimer::timeout, this, [this] {
        if (!result_ || wantedPreviewSide() <= previewSide_)
            return;
        buildPreview(wantedPreviewSide(), PreviewTiming::InBackground); // shown when it is ready
    });
    qualityDelay_.setSingleShot(true);
    qualityDelay_.setInterval(150);
    connect(&qualityDelay_, &QTimer::timeout, this, &SvdImageFigure::requestQuality);
    arrivalTimer_.setSingleShot(true);
    arrivalTimer_.setInterval(0);
    connect(&arrivalTimer_, &QTimer::timeout, this, &SvdImageFigure::runNextArrivalStep);
    connect(&previewWatcher_, &QFutureWatcher<std::shared_ptr<core::SvdImagePreview>>::finished, this, [this] {
        if (previewWatcher_.isCanceled() || !result_ || previewJobRequest_ != previewRequest_)
            return;
        preview_ = previewWatcher_.result();
        showFrame();
    });
    connect(&referenceWatcher_, &QFutureWatcher<core::PlanarImage>::finished, this, [this] {
        if (referenceWatcher_.isCanceled() || !result_ || previewJobRequest_ != previewRequest_)
            return;
        useReference(referenceWatcher_.result());
        showFrame();
    });
    connect(&qualityWatcher_, &QFutureWatcher<core::SvdQuality>::finished, this, [this] {
        if (qualityWatcher_.isCanceled())
            return;
        if (qualityJobGeneration_ != resultGeneration_) { // measured for the result before this one
            requestQuality();
            return;
        }
        quality_ = qualityWatcher_.result();
        qualityFrame_ = qualityJobFrame_;
        updateNumbers();
        requestQuality(); // the rank may have moved on meanwhile
    });
}

SvdImageFigure::~SvdImageFigure()
{
    qualityDelay_.stop();
    qualityWatcher_.waitForFinished();
    previewWatcher_.waitForFinished();
    referenceWatcher_.cancel();
    referenceWatcher_.waitForFinished();
}

void SvdImageFigure::showResult(const SvdImageResult& result)
{
    // A measurement still running for the previous result is not waited for (on a 12-megapixel photo
    // that froze the window); its answer is dropped when it comes.
    ++resultGeneration_;
    quality_.reset();
    qualityFrame_ = -1;
    const core::SvdImage& svd = *result.svd;
    preview_.reset(); // the next showFrame starts the new one, for the frame it shows
    ++previewRequest_; // and what is still being built for the previous result is dropped
    original_->setTitle(tr("Original %1×%2").arg(svd.width).arg(svd.height));
    original_->setCaption(result.source->displayName);
    // The second chart is either the energy kept (%, log rank) or the notebook's error curve (log error).
    spectrum_->setTitle(result.compared ? tr("Singular values σᵢ/σ₁, grey") : tr("Singular values σᵢ"));
    energy_->setTitle(result.errorCurve ? tr("Relative error ‖A − Aᵣ‖ / ‖A‖") : tr("Energy kept Σσᵢ² / ‖A‖², %"));
    energy_->setLogX(!result.errorCurve);
    energy_->setLogY(result.errorCurve);
    energy_->setYCeiling(result.errorCurve ? qQNaN() : 100);
    // The picture is drawn by the setFrame that follows every setResult.
    // The charts of thousands of singular values and the layer thumbnails each take tens of
    // milliseconds on a 12-megapixel photo: done one per turn of the event loop, after the
    // picture, so the window never stops answering for the sum of them. A zero timer rather than a
    // queued call: the event loop handles posted events before timers and input in the same turn,
    // so a chain of queued steps would keep them waiting.
    pendingArrival_ = {ArrivalStep::Spectrum, ArrivalStep::Energy, ArrivalStep::Layers};
    arrivalTimer_.start();
}

void SvdImageFigure::runNextArrivalStep()
{
    if (pendingArrival_.empty())
        return;
    const ArrivalStep step = pendingArrival_.front();
    pendingArrival_.erase(pendingArrival_.begin());
    runArrivalStep(step);
    if (!pendingArrival_.empty())
        arrivalTimer_.start();
}

void SvdImageFigure::finishArrival()
{
    while (!pendingArrival_.empty())
        runNextArrivalStep();
    arrivalTimer_.stop();
}

void SvdImageFigure::runArrivalStep(ArrivalStep step)
{
    switch (step) {
    case ArrivalStep::Spectrum:
        if (result_->compared)
            showComparedSpectra(*result_->compared, result_->source->displayName);
        else
            showSpectrum(*result_->svd, Curve::SingularValues, *spectrum_);
        break;
    case ArrivalStep::Energy:
        if (result_->errorCurve)
            showErrorCurve(*result_);
        else
            showSpectrum(*result_->svd, Curve::EnergyKept, *energy_);
        break;
    case ArrivalStep::Layers:
        rebuildLayers();
        break;
    }
}

void SvdImageFigure::showSpectrum(const core::SvdImage& svd, Curve curve, ChartPanel& chart)
{
    const QList<MatrixLegend> legend = legendFor(svd.mode, svd.matrixCount());
    QVector<ChartSeries> series;
    for (int j = 0; j < svd.matrixCount(); ++j) {
        const core::linalg::VectorF& s = svd.factors[size_t(j)].s;
        ChartSeries line{legend[j].name, legend[j].color, {}};
        line.points.reserve(s.size());
        double cumulative = 0;
        const double total = std::max(svd.energy[size_t(j)], 1e-300);
        for (Eigen::Index i = 0; i < s.size(); ++i) {
            if (curve == Curve::SingularValues) {
                line.points.append(QPointF(double(i + 1), double(s[i])));
            } else {
                cumulative += double(s[i]) * double(s[i]);
                line.points.append(QPointF(double(i + 1), 100.0 * std::min(1.0, cumulative / total)));
            }
        }
        series.append(line);
    }
    chart.setSeries(series);
    chart.setLegendVisible(svd.matrixCount() > 1);
}

// Two pictures' spectra on one scale: the class sees how much faster a photo's falls than noise's.
void SvdImageFigure::showComparedSpectra(const SvdImageResult::ComparedSpectra& spectra, const QString& ownName)
{
    ChartSeries own = ChartSeries::line(ownName, style::categoricalColor(0));
    ChartSeries other = ChartSeries::line(spectra.name, style::categoricalColor(1));
    for (std::size_t i = 0; i < spectra.own.size(); ++i)
        own.points.append(QPointF(double(i + 1), std::max(spectra.own[i], 1e-12)));
    for (std::size_t i = 0; i < spectra.other.size(); ++i)
        other.points.append(QPointF(double(i + 1), std::max(spectra.other[i], 1e-12)));
    spectrum_->setSeries({own, other});
    spectrum_->setLegendVisible(true);
}

void SvdImageFigure::showErrorCurve(const SvdImageResult& result)
{
    const std::vector<double> errors = result.relativeErrors();
    ChartSeries line = ChartSeries::line(tr("‖A − Aᵣ‖ / ‖A‖"), QColor(213, 94, 0));
    for (std::size_t i = 0; i < errors.size(); ++i)
        line.points.append(QPointF(double(i + 1), errors[i]));
    energy_->setSeries({line});
    energy_->setLegendVisible(false);
}

int SvdImageFigure::wantedPreviewSide() const
{
    // On a HiDPI screen the picture is shown at device pixels: twice those, up to twice the bound.
    const double ratio = std::max(1.0, approximation_->devicePixelRatioF());
    const int shown = int(std::ceil(std::max(approximation_->width(), approximation_->height()) * ratio));
    return std::clamp(2 * shown, kMinPreviewSide, int(kMaxPreviewSide * std::min(ratio, 2.0)));
}

void SvdImageFigure::buildPreview(int side, PreviewTiming timing)
{
    // Whatever is still being built for an earlier request is let go of (setFuture below, or the
    // request count) instead of waited for; it finishes unseen.
    ++previewRequest_;
    previewSide_ = side;
    referenceReady_ = false;
    auto source = result_->source;
    const core::SvdColorMode mode = result_->svd->mode;
    int rows = 0, cols = 0; // not a structured binding: clang 14 cannot capture one
    std::tie(rows, cols) = core::fitWithin(result_->svd->height, result_->svd->width, side);
    auto makeReference = [source, mode, rows, cols] {
        const core::PlanarImage reference = core::referenceImage(source->image, mode);
        core::PlanarImage small;
        for (const auto& plane : reference.planes)
            small.planes.push_back(core::resamplePlane(plane, rows, cols));
        return small;
    };
    if (timing == PreviewTiming::Now) {
        preview_ = std::make_shared<core::SvdImagePreview>(*result_->svd, side);
        useReference(makeReference());
        return;
    }
    // The preview and its first picture are made off the GUI thread too: on a 12-megapixel photo the
    // two took 55 ms of the moment the result arrived.
    auto svd = result_->svd;
    const std::vector<int> ranks = result_->ranksAt(std::clamp(frame_, 0, result_->frameCount() - 1));
    previewJobRequest_ = previewRequest_;
    previewWatcher_.setFuture(QtConcurrent::run(&backgroundPool(), [svd, side, ranks] {
        auto preview = std::make_shared<core::SvdImagePreview>(*svd, side);
        preview->at(ranks);
        return preview;
    }));
    referenceWatcher_.setFuture(QtConcurrent::run(&backgroundPool(), makeReference));
}

void SvdImageFigure::useReference(core::PlanarImage reference)
{
    previewReference_ = std::move(reference);
    original_->setImage(toQImage(previewReference_));
    referenceLuma_ = core::luma(previewReference_);
    referenceReady_ = true;
}

void SvdImageFigure::resizeEvent(QResizeEvent* event)
{
    LessonFigure::resizeEvent(event);
    // A larger window deserves a sharper preview (rebuilt once the resizing stops).
    if (result_ && wantedPreviewSide() > previewSide_ * 5 / 4)
        previewGrowth_.start();
}

void SvdImageFigure::rebuildLayers()
{
    for (ImageView* view : layerViews_)
        delete view;
    layerViews_.clear();
    const int count = std::min(result_->layerCount, result_->frameCount());
    layersStrip_->setVisible(count > 0);
    for (int i = 0; i < count; ++i) {
        const core::linalg::MatrixF values = core::luma(core::layerImage(*result_->svd, i, kLayerSide));
        auto* view = new ImageView(layersStrip_);
        view->setMinimumSize(48, 48); // eight in a row still fit a 1024-pixel projector beside the panel
        view->setImage(divergingPicture(values, std::max(1e-12f, values.cwiseAbs().maxCoeff())));
        view->setTitle(QStringLiteral("σ%1u%1v%1ᵀ").arg(i + 1));
        view->setToolTip(tr("Layer %1: σ%1 = %2. Red positive, blue negative.").arg(i + 1).arg(
            style::formatValue(result_->svd->factors.front().s[i])));
        layersLayout_->addWidget(view);
        layerViews_.append(view);
    }
}

void SvdImageFigure::showFrameOf(const SvdImageResult& result)
{
    if (!preview_ && previewJobRequest_ != previewRequest_) // none on its way for this result
        buildPreview(wantedPreviewSide(), PreviewTiming::InBackground);
    const std::vector<int> ranks = result.ranksAt(frame_);
    // Until the preview is ready, the pictures keep the previous result's.
    if (preview_) {
        const core::RowMajorImage& approximation = preview_->at(ranks);
        approximation_->setImage(toQImage(approximation));
        // The original at the preview's size may still be on its way (after a resize, a newer one).
        if (referenceReady_ && referenceLuma_.rows() == approximation.planes.front().rows() &&
            referenceLuma_.cols() == approximation.planes.front().cols())
            difference_->setImage(differenceImage(approximation, referenceLuma_, 1.0 / result.differenceGain));
    }
    const bool chromaApart = ranks.size() == 3 && ranks[1] != ranks[0];
    approximation_->setTitle(chromaApart ? tr("Rank %1, chroma rank %2").arg(ranks[0]).arg(ranks[1])
                                         : tr("Rank %1").arg(ranks[0]));
    const double ratio = core::storageCost(*result.svd, ranks).ratio;
    approximation_->setCaption(tr("%1 % of the values").arg(100 * ratio, 0, 'f', ratio < 0.1 ? 2 : 1));
    difference_->setTitle(tr("Difference ×%1").arg(result.differenceGain, 0, 'g', 3));
    difference_->setCaption(tr("red: brighter · blue: darker"));
    spectrum_->setMarkerX(ranks[0]);
    energy_->setMarkerX(ranks[0]);
    updateNumbers();
    // The full-resolution numbers wait until the rank stops moving: during a drag the background
    // job would only compete with the drawing for the two cores.
    qualityDelay_.start();
}

void SvdImageFigure::requestQuality()
{
    if (!result_ || qualityWatcher_.isRunning())
        return;
    const int frame = std::clamp(frame_, 0, result_->frameCount() - 1);
    if (qualityFrame_ == frame)
        return;
    qualityJobFrame_ = frame;
    qualityJobGeneration_ = resultGeneration_;
    auto result = result_;
    qualityWatcher_.setFuture(QtConcurrent::run(&backgroundPool(), [result, frame] {
        return core::measureQuality(*result->svd, result->source->image, result->ranksAt(frame));
    }));
}

void SvdImageFigure::freezeForExport(const LessonFigure*)
{
    // An export shows every number, so the full-resolution ones are computed here and now.
    if (!result_)
        return;
    finishArrival();
    qualityWatcher_.waitForFinished();
    // Exports get the sharpest preview, whatever the layout, with its original ready (this runs for
    // every frame of an animation: build only once).
    const auto [rows, cols] = core::fitWithin(result_->svd->height, result_->svd->width, kMaxPreviewSide);
    const bool sharpest = preview_ && preview_->rows() == rows && preview_->cols() == cols && referenceReady_ &&
                          referenceLuma_.rows() == rows && referenceLuma_.cols() == cols;
    if (!sharpest) {
        buildPreview(kMaxPreviewSide, PreviewTiming::Now);
        showFrame();
    }
    const int frame = std::clamp(frame_, 0, result_->frameCount() - 1);
    quality_ = core::measureQuality(*result_->svd, result_->source->image, result_->ranksAt(frame));
    qualityFrame_ = frame;
    updateNumbers();
}

void SvdImageFigure::updateNumbers()
{
    const int frame = std::clamp(frame_, 0, result_->frameCount() - 1);
    const core::SvdImage& svd = *result_->svd;
    const std::vector<int> ranks = result_->ranksAt(frame);
    const core::SvdStorage storage = core::storageCost(svd, ranks);
    const double eckartYoung = core::eckartYoungError(svd, ranks);
    const bool fresh = quality_ && qualityFrame_ == frame;
    const QString pending = QStringLiteral("…");
    const QString suffix = QFileInfo(resolveImagePath(result_->source->displayName)).suffix().toUpper();
    QList<QPair<QString, QString>> rows;
    auto row = [&rows](const QString& name, const QString& value) { rows.append({name, value}); };
    row(tr("Stored values"), groupedCount(storage.storedValues));
    row(tr("Pixel values"), groupedCount(storage.originalValues));
    row(tr("Ratio"), QStringLiteral("%1 %").arg(100 * storage.ratio, 0, 'f', storage.ratio < 0.1 ? 2 : 1));
    row(result_->quantizedStorage ? tr("8-bit factors") : tr("float32 factors"),
        style::formatBytes(result_->quantizedStorage ? storage.bytesQuantized8 : storage.bytesFloat32));
    row(tr("8-bit pixels"), style::formatBytes(storage.bytesRaw8));
    row(tr("The file"), QStringLiteral("%1 %2").arg(style::formatBytes(double(result_->source->fileBytes)), suffix));
    row(tr("‖A−Aᵣ‖/‖A‖"), fresh ? QString::number(quality_->relativeError, 'f', 4) : pending);
    row(tr("Eckart–Young"), QString::number(eckartYoung, 'f', 4));
    row(tr("PSNR"), fresh ? (quality_->psnrDb ? QStringLiteral("%1 dB").arg(*quality_->psnrDb, 0, 'f', 2) : tr("exact"))
                          : pending);
    numbers_->setRows(rows);
    QStringList notes = result_->source->notes;
    if (!svd.complete)
        notes << result_->method;
    numbers_->setNote(notes.join(QStringLiteral(" · ")));
}

QImage SvdImageFigure::picture(const QString& name) const
{
    if (!result_ || name != u"compressed")
        return {};
    const int frame = std::clamp(frame_, 0, result_->frameCount() - 1);
    return toQImage(core::approximateImage(*result_->svd, result_->ranksAt(frame)));
}

} // namespace gradus
