#include "quantization_figure.h"

#include "views/chart_panel.h"
#include "views/image_view.h"
#include "views/number_table.h"
#include "views/picture_maps.h"
#include "views/plot_style.h"

#include <QGridLayout>

#include <algorithm>
#include <cmath>

namespace gradus {

namespace qz = core::quantization;

namespace {

constexpr int kBins = 60;
const QColor kXColor(60, 60, 60);
const QColor kUColor(0, 114, 178);
const QColor kVColor(213, 94, 0);
const QColor kUniformColor(204, 121, 167);
const QColor kCentroidsColor(0, 158, 115);
const QColor kKashinUniformColor(86, 180, 233);
const QColor kBoundColor(120, 120, 120);

QImage signedPicture(const qz::Matrix& m, float limit) { return divergingPicture(m.cast<float>(), limit); }

QImage greyPicture(const qz::Matrix& m)
{
    QImage image(int(m.cols()), int(m.rows()), QImage::Format_Grayscale8);
    for (int i = 0; i < image.height(); ++i) {
        uchar* line = image.scanLine(i);
        for (int j = 0; j < image.width(); ++j)
            line[j] = uchar(std::clamp(std::lround(m(i, j) * 255.0), 0L, 255L));
    }
    return image;
}

// Entries inside [−range, range] as the outline of kBins bars; how many fall outside goes to `outside`.
ChartSeries histogram(const QString& name, const QColor& color, const qz::Matrix& m, double range, int& outside)
{
    QVector<double> counts(kBins, 0);
    const double width = 2 * range / kBins;
    outside = 0;
    for (Eigen::Index i = 0; i < m.size(); ++i) {
        const double value = m.data()[i];
        if (std::abs(value) > range) {
            ++outside;
            continue;
        }
        ++counts[std::clamp(int((value + range) / width), 0, kBins - 1)];
    }
    return ChartSeries::histogram(name, color, counts, -range, width);
}

ChartSeries centroidMarks(const QString& name, const QColor& color, const qz::Codebook& book, double range)
{
    ChartSeries marks = ChartSeries::markers(name, color);
    for (double level : book.levels)
        if (std::abs(level) <= range)
            marks.points.append(QPointF(level, 0));
    return marks.withSquareMarkers();
}

} // namespace

QuantizationFigure::QuantizationFigure(QWidget* parent) : FigureOf(parent)
{
    matrixX_ = new ImageView(this);
    partU_ = new ImageView(this);
    partV_ = new ImageView(this);
    stored_ = new ImageView(this);
    // One zoom for the four: the same entries stay under each other.
    for (ImageView* view : {matrixX_, partU_, partV_, stored_})
        for (ImageView* other : {matrixX_, partU_, partV_, stored_})
            if (other != view)
                connect(view, &ImageView::viewportChanged, other, &ImageView::setViewport);
    histogramX_ = new ChartPanel(this);
    histogramU_ = new ChartPanel(this);
    histogramV_ = new ChartPanel(this);
    for (ChartPanel* chart : {histogramX_, histogramU_, histogramV_}) {
        chart->setAxisTitles(tr("entry"), tr("entries"));
        chart->setYFloor(0);
        chart->setLegendVisible(false);
    }
    numbers_ = new NumberTable(this);
    steps_ = new ChartPanel(this);
    steps_->setTitle(tr("The decomposition, step by step"));
    steps_->setAxisTitles(tr("step k"), tr("÷ ‖X‖"));
    steps_->setLogY(true);
    steps_->setYFloor(1e-16);
    errors_ = new ChartPanel(this);
    errors_->setTitle(tr("Error ‖X − X̂‖/‖X‖ at the same storage"));
    errors_->setAxisTitles(tr("bits per entry of X"), QString());
    errors_->setLogY(true);
    errors_->setLegendOnRight(true); // four names do not fit above half the figure's width
    accuracy_ = new ChartPanel(this);
    accuracy_->setTitle(tr("Test accuracy with the layer stored"));
    accuracy_->setAxisTitles(tr("bits per entry of X"), QString());
    accuracy_->setLegendVisible(false); // the same four lines as the error chart beside it, in its colours
    // Twelve columns: four pictures of three; three histograms and the numbers of three; the two charts
    // of six, wide enough for their legends above the plot. The histograms may be narrower than a
    // chart usually is, so that the row still fits beside the panels on a 1024-pixel screen.
    addPane(QStringLiteral("matrix"), matrixX_, {.row = 0, .column = 0, .columnSpan = 3});
    addPane(QStringLiteral("u"), partU_, {.row = 0, .column = 3, .columnSpan = 3});
    addPane(QStringLiteral("v"), partV_, {.row = 0, .column = 6, .columnSpan = 3});
    addPane(QStringLiteral("stored"), stored_, {.row = 0, .column = 9, .columnSpan = 3});
    addPane(QStringLiteral("histogram-x"), histogramX_, {.row = 1, .column = 0, .columnSpan = 3});
    addPane(QStringLiteral("histogram-u"), histogramU_, {.row = 1, .column = 3, .columnSpan = 3});
    addPane(QStringLiteral("histogram-v"), histogramV_, {.row = 1, .column = 6, .columnSpan = 3});
    addPane(QStringLiteral("numbers"), numbers_, {.row = 1, .column = 9, .columnSpan = 3});
    addPane(QStringLiteral("steps"), steps_, {.row = 2, .column = 0, .columnSpan = 6});
    addPane(QStringLiteral("errors"), errors_, {.row = 2, .column = 6, .columnSpan = 6});
    addPane(QStringLiteral("accuracy"), accuracy_, {.row = 2, .column = 8, .columnSpan = 4});
    accuracy_->hide();
    for (ChartPanel* chart : {histogramX_, histogramU_, histogramV_})
        chart->setMinimumWidth(120);
    setColumnWeights({1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
    setRowWeights({4, 4, 5});
}

void QuantizationFigure::showResult(const QuantizationResult& r)
{
    // Three root-mean-squares: the bulk of X keeps its shades, outliers saturate, and the parts, bounded
    // near ‖X‖_F/√(mn), show how little of that range they need.
    const double rms = r.kashin.norm / std::sqrt(double(std::max<Eigen::Index>(1, r.x.size())));
    const double largest = r.x.cwiseAbs().maxCoeff();
    colorLimit_ = float(std::max(1e-12, std::min(largest, 3 * rms)));
    const bool picture = r.input == u"picture";
    matrixX_->setImage(picture ? greyPicture(r.x) : signedPicture(r.x, colorLimit_));
    matrixX_->setTitle(tr("X: %1").arg(r.inputLabel));
    stored_->setImage(picture ? greyPicture(r.reconstruction) : signedPicture(r.reconstruction, colorLimit_));
    stored_->setTitle(tr("X̂: Kashin + k-means, b = %1").arg(r.shownBits));
    stored_->setCaption(tr("error %1").arg(style::formatValue(r.shown().errorKashin)));
    for (ImageView* view : {partU_, partV_})
        view->setCaption(tr("scale ±%1").arg(style::formatValue(colorLimit_)));
    if (!picture)
        matrixX_->setCaption(tr("scale ±%1, max |x| %2").arg(style::formatValue(colorLimit_), style::formatValue(largest)));
    else
        matrixX_->setCaption(QString());

    // One range for the three histograms: the parts' largest entry, so that X's tails are what falls outside.
    histogramRange_ = std::max({1.2 * r.kashin.bound, 1e-12});
    int outside = 0;
    histogramX_->setSeries({histogram(tr("X"), kXColor, r.x, histogramRange_, outside),
                            centroidMarks(tr("centroids"), kCentroidsColor, r.codebookX, histogramRange_)});
    histogramX_->setTitle(outside > 0 ? tr("X: %1 entries beyond ±%2").arg(outside).arg(style::formatValue(histogramRange_))
                                      : tr("Entries of X"));

    QVector<QPointF> residual, uMax, vMax, bound;
    for (std::size_t k = 0; k < r.kashin.steps.size(); ++k) {
        const qz::KashinStep& step = r.kashin.steps[k];
        residual.append(QPointF(double(k), step.relativeResidual));
        uMax.append(QPointF(double(k), step.uMax / largest));
        vMax.append(QPointF(double(k), step.vMax / largest));
        bound.append(QPointF(double(k), r.kashin.bound / largest));
    }
    steps_->setSeries({ChartSeries::line(tr("residual"), kXColor, residual),
                       ChartSeries::line(tr("‖U‖∞"), kUColor, uMax),
                       ChartSeries::line(tr("‖V‖∞"), kVColor, vMax),
                       ChartSeries::line(tr("bound"), kBoundColor, bound).withDashes()});

    QVector<QPointF> uniform, centroids, kashin, kashinUniform;
    for (const QuantizationAtBits& w : r.widths) {
        uniform.append(QPointF(w.bits, w.errorUniform));
        centroids.append(QPointF(w.bits, w.errorCentroids));
        kashin.append(QPointF(w.bits, w.errorKashin));
        kashinUniform.append(QPointF(w.bits, w.errorKashinUniform));
    }
    errors_->setSeries({ChartSeries::line(tr("grid"), kUniformColor, uniform),
                        ChartSeries::line(tr("k-means"), kCentroidsColor, centroids),
                        ChartSeries::line(tr("Kashin + grid"), kKashinUniformColor, kashinUniform).withDashes(),
                        ChartSeries::line(tr("Kashin + k-means", "a legend beside a narrow chart"), kUColor, kashin)});
    errors_->setMarkerX(r.shownBits);
    showAccuracy(r);
    showNumbers(r);
}

void QuantizationFigure::showAccuracy(const QuantizationResult& r)
{
    // A network's layer takes a third of the bottom row for its accuracy; otherwise the two charts share it.
    auto* grid = paneGrid();
    for (QWidget* pane : {static_cast<QWidget*>(steps_), static_cast<QWidget*>(errors_), static_cast<QWidget*>(accuracy_)})
        grid->removeWidget(pane);
    accuracy_->setVisible(r.network.has_value());
    // Four names beside a third of the row would leave the plot no room: above it there, on its right otherwise.
    errors_->setLegendOnRight(!r.network);
    if (!r.network) {
        grid->addWidget(steps_, 2, 0, 1, 6);
        grid->addWidget(errors_, 2, 6, 1, 6);
        return;
    }
    grid->addWidget(steps_, 2, 0, 1, 4);
    grid->addWidget(errors_, 2, 4, 1, 4);
    grid->addWidget(accuracy_, 2, 8, 1, 4);
    QVector<QPointF> uniform, centroids, kashin, kashinUniform, float32;
    for (const QuantizationAtBits& w : r.widths) {
        uniform.append(QPointF(w.bits, 100 * w.accuracyUniform));
        centroids.append(QPointF(w.bits, 100 * w.accuracyCentroids));
        kashin.append(QPointF(w.bits, 100 * w.accuracyKashin));
        kashinUniform.append(QPointF(w.bits, 100 * w.accuracyKashinUniform));
        float32.append(QPointF(w.bits, 100 * r.network->accuracyFloat32));
    }
    accuracy_->setAxisTitles(tr("bits per entry of X"), tr("% of %1 test images").arg(r.network->test.size()));
    accuracy_->setSeries({ChartSeries::line(tr("float32"), kBoundColor, float32).withDashes(),
                          ChartSeries::line(tr("grid"), kUniformColor, uniform),
                          ChartSeries::line(tr("k-means"), kCentroidsColor, centroids),
                          ChartSeries::line(tr("Kashin + grid"), kKashinUniformColor, kashinUniform).withDashes(),
                          ChartSeries::line(tr("Kashin + k-means", "a legend beside a narrow chart"), kUColor, kashin)});
    accuracy_->setMarkerX(r.shownBits);
}

void QuantizationFigure::showNumbers(const QuantizationResult& r)
{
    const QuantizationAtBits& w = r.shown();
    auto cost = [&r](double error, double bytes) {
        return tr("%1 · %2 (%3 %)").arg(style::formatValue(error), style::formatBytes(bytes)).arg(100 * bytes / r.bytesFloat32, 0, 'f', 1);
    };
    numbers_->setRows({{tr("b = %1 bits").arg(w.bits), tr("error · bytes (%)")},
                       {tr("Grid"), cost(w.errorUniform, w.bytesUniform)},
                       {tr("k-means"), cost(w.errorCentroids, w.bytesCentroids)},
                       {tr("Kashin + grid"), cost(w.errorKashinUniform, w.bytesKashinUniform)},
                       {tr("Kashin + k-means"), cost(w.errorKashin, w.bytesKashin)},
                       {tr("float32"), r.network ? tr("%1 · test accuracy %2 %").arg(style::formatBytes(r.bytesFloat32))
                                                        .arg(100 * r.network->accuracyFloat32, 0, 'f', 1)
                                                 : style::formatBytes(r.bytesFloat32)}});
}

void QuantizationFigure::showFrameOf(const QuantizationResult& r)
{
    const auto k = std::size_t(frame_);
    const qz::Matrix& u = r.kashin.uHistory[k];
    const qz::Matrix& v = r.kashin.vHistory[k];
    const qz::KashinStep& step = r.kashin.steps[k];
    partU_->setImage(signedPicture(u, colorLimit_));
    partU_->setTitle(tr("U at step %1: ‖U‖∞ = %2").arg(frame_).arg(style::formatValue(step.uMax)));
    partV_->setImage(signedPicture(qz::synthesize(r.basis, v), colorLimit_));
    partV_->setTitle(tr("Q₁VQ₂ᵀ: ‖V‖∞ = %1").arg(style::formatValue(step.vMax)));
    int outside = 0;
    histogramU_->setSeries({histogram(tr("U"), kUColor, u, histogramRange_, outside),
                            centroidMarks(tr("centroids"), kCentroidsColor, r.codebookU, histogramRange_)});
    histogramU_->setTitle(tr("Entries of U, k = %1").arg(r.codebookU.levels.size()));
    histogramV_->setSeries({histogram(tr("V"), kVColor, v, histogramRange_, outside),
                            centroidMarks(tr("centroids"), kCentroidsColor, r.codebookV, histogramRange_)});
    histogramV_->setTitle(tr("Entries of V, k = %1").arg(r.codebookV.levels.size()));
    steps_->setMarkerX(frame_);
}

} // namespace gradus
