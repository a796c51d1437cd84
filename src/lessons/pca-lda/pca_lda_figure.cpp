#include "pca_lda_figure.h"

#include "pca_lda_lesson.h"
#include "views/chart_panel.h"
#include "views/field_view.h"
#include "views/plot_style.h"


#include <algorithm>
#include <cmath>

namespace gradus {

using core::operator+; // Vec2 is a std::array: its arithmetic is not found by argument-dependent lookup
using core::operator-;
using core::operator*;

namespace {

// Okabe–Ito: the classes in blue and orange, PCA green, LDA purple.
const QColor kClassColors[2] = {QColor(0, 114, 178), QColor(213, 94, 0)};
const QColor kPcaColor(0, 158, 115);
const QColor kLdaColor(204, 121, 167);
const QColor kTurningColor(60, 60, 60);
constexpr int kBins = 30;
constexpr int kMostPerpendiculars = 400; // beyond that the drops would hide the points

// Per-class histograms of the projections on d as step lines.
QVector<ChartSeries> histograms(const core::TwoClassData& data, const core::Vec2& d, const QStringList& names)
{
    std::vector<double> values(data.points.size());
    double low = INFINITY, high = -INFINITY;
    for (std::size_t i = 0; i < data.points.size(); ++i) {
        values[i] = core::dot(data.points[i], d);
        low = std::min(low, values[i]), high = std::max(high, values[i]);
    }
    if (!(high > low))
        high = low + 1;
    const double width = (high - low) / kBins;
    QVector<ChartSeries> series;
    for (int c = 0; c < 2; ++c) {
        QVector<double> counts(kBins, 0);
        for (std::size_t i = 0; i < values.size(); ++i)
            if (data.labels[i] == c)
                ++counts[std::min(kBins - 1, int((values[i] - low) / width))];
        series.append(ChartSeries::histogram(names[c], kClassColors[c], counts, low, width));
    }
    return series;
}

} // namespace

PcaLdaFigure::PcaLdaFigure(QWidget* parent) : FigureOf(parent)
{
    scatter_ = new FieldView(this);
    scatter_->setAxisTitles(QStringLiteral("x"), QStringLiteral("y"));
    scatter_->setAspectLocked(true);
    pcaHistogram_ = new ChartPanel(this);
    ldaHistogram_ = new ChartPanel(this);
    for (ChartPanel* chart : {pcaHistogram_, ldaHistogram_}) {
        chart->setAxisTitles(tr("projection"), tr("points"));
        chart->setYFloor(0);
    }
    ldaHistogram_->setLegendVisible(false);
    byAngle_ = new ChartPanel(this);
    byAngle_->setAxisTitles(tr("angle of the line (degrees)"), tr("÷ largest"));
    byAngle_->setYFloor(0);
    byAngle_->setTitle(tr("Turning the line through 180°"));
    addPane(QStringLiteral("points"), scatter_, {.row = 0, .column = 0, .rowSpan = 3});
    addPane(QStringLiteral("pca"), pcaHistogram_, {.row = 0, .column = 1});
    addPane(QStringLiteral("lda"), ldaHistogram_, {.row = 1, .column = 1});
    addPane(QStringLiteral("angle"), byAngle_, {.row = 2, .column = 1});
    setColumnWeights({3, 2});
}

void PcaLdaFigure::showResult(const PcaLdaResult& r)
{
    double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
    for (const core::Vec2& p : r.data.points)
        x0 = std::min(x0, p[0]), x1 = std::max(x1, p[0]), y0 = std::min(y0, p[1]), y1 = std::max(y1, p[1]);
    const double pad = 0.08 * std::max(x1 - x0, y1 - y0) + 1e-9;
    scatter_->setBlankBackground();
    scatter_->setHomeBox({x0 - pad, x1 + pad, y0 - pad, y1 + pad});
    scatter_->setTitle(!r.dataSource.isEmpty() ? r.dataSource
                       : r.oneClass         ? tr("One cloud: which line keeps most of its spread?")
                                            : tr("Two classes: which 1D projection keeps them apart?"));
    // One cloud: no classes to separate; the upper chart follows the turning line frame by frame.
    ldaHistogram_->setVisible(!r.oneClass);
    pcaHistogram_->setLegendVisible(!r.oneClass);
    const QStringList names = {tr("class A"), tr("class B")};
    pcaHistogram_->setSeries(histograms(r.data, r.pca, names));
    pcaHistogram_->setTitle(tr("On PCA's direction: Fisher ratio %1").arg(style::formatValue(r.fisherPca)));
    ldaHistogram_->setSeries(histograms(r.data, r.lda, names));
    ldaHistogram_->setTitle(tr("On LDA's direction: Fisher ratio %1").arg(style::formatValue(r.fisherLda)));
    const double topVariance = *std::max_element(r.varianceByAngle.begin(), r.varianceByAngle.end());
    const double topFisher = r.fisherByAngle.empty() ? 0.0 : *std::max_element(r.fisherByAngle.begin(), r.fisherByAngle.end());
    ChartSeries variance{tr("variance of the projections"), kPcaColor, {}};
    ChartSeries fisher{tr("Fisher ratio"), kLdaColor, {}};
    for (std::size_t k = 0; k < r.angles.size(); ++k) {
        variance.points.append(QPointF(r.angles[k], r.varianceByAngle[k] / topVariance));
        if (k < r.fisherByAngle.size())
            fisher.points.append(QPointF(r.angles[k], topFisher > 0 ? r.fisherByAngle[k] / topFisher : 0.0));
    }
    byAngle_->setSeries(r.oneClass ? QVector<ChartSeries>{variance} : QVector<ChartSeries>{variance, fisher});
    byAngle_->setLegendVisible(!r.oneClass);
    byAngle_->setTitle(r.oneClass ? tr("Variance of the projections as the line turns (÷ largest)") : tr("Turning the line through 180°"));
    showFrame();
}

void PcaLdaFigure::showFrameOf(const PcaLdaResult& r)
{
    const double angle = r.angles[std::size_t(frame_)] * M_PI / 180;
    const core::Vec2 d{std::cos(angle), std::sin(angle)};
    const DataBox box = scatter_->viewBox();
    const double reach = std::hypot(box.width(), box.height()); // from the mean (inside the box) past its edges
    auto line = [&](const core::Vec2& direction) {
        return QVector<QPointF>{QPointF(r.mean[0] - reach * direction[0], r.mean[1] - reach * direction[1]),
                                QPointF(r.mean[0] + reach * direction[0], r.mean[1] + reach * direction[1])};
    };
    QVector<FieldShape> shapes;
    // Each point's perpendicular onto the turning line, then the lines themselves on top.
    const bool drops = r.data.points.size() <= std::size_t(kMostPerpendiculars);
    QVector<FieldPoint> points;
    for (std::size_t i = 0; i < r.data.points.size(); ++i) {
        const core::Vec2& p = r.data.points[i];
        const core::Vec2 foot = r.mean + core::dot(p - r.mean, d) * d;
        const QColor colour = kClassColors[r.data.labels[i]];
        if (drops) {
            shapes.append(FieldShape::polyline({QPointF(p[0], p[1]), QPointF(foot[0], foot[1])},
                                               QColor(colour.red(), colour.green(), colour.blue(), 70))
                              .withWidth(1.0)
                              .withoutCasing()
                              .beneathPaths());
        }
        points.append({QPointF(p[0], p[1]), QString(), colour,
                       r.data.labels[i] == 0 ? FieldPoint::Shape::Circle : FieldPoint::Shape::Cross});
    }
    const double variance = r.varianceByAngle[std::size_t(frame_)];
    shapes.append(FieldShape::polyline(line(d), kTurningColor)
                      .withLabel(r.oneClass ? tr("turning line at %1°: variance %2").arg(r.angles[std::size_t(frame_)]).arg(style::formatValue(variance))
                                            : tr("turning line at %1°: variance %2, Fisher ratio %3")
                                                  .arg(r.angles[std::size_t(frame_)])
                                                  .arg(style::formatValue(variance), style::formatValue(r.fisherByAngle[std::size_t(frame_)])))
                      .withWidth(2.0)
                      .withDashes());
    shapes.append(FieldShape::polyline(line(r.pca), kPcaColor)
                      .withLabel(tr("PCA: largest variance (%1 % of it)").arg(qRound(100 * r.explainedRatio)))
                      .withWidth(3.0));
    if (!r.oneClass)
        shapes.append(FieldShape::polyline(line(r.lda), kLdaColor).withLabel(tr("LDA: classes farthest apart")).withWidth(3.0));
    scatter_->setOverlay(shapes);
    scatter_->setPoints(points);
    scatter_->setLegendKeys(r.oneClass ? QVector<QPair<QString, QColor>>{}
                                       : QVector<QPair<QString, QColor>>{{tr("class A"), kClassColors[0]}, {tr("class B"), kClassColors[1]}});
    if (r.oneClass) {
        // The notebook's lower panel: where the points land on the turning line.
        // Centred, on a range fixed for every angle (the farthest point's distance), so that the
        // histogram narrows and widens in place as the line turns.
        double reachOfPoints = 1e-9;
        for (const core::Vec2& p : r.data.points)
            reachOfPoints = std::max(reachOfPoints, std::hypot(p[0] - r.mean[0], p[1] - r.mean[1]));
        constexpr int kOneClassBins = 15;
        QVector<double> counts(kOneClassBins, 0);
        const double binWidth = 2 * reachOfPoints / kOneClassBins;
        for (const core::Vec2& p : r.data.points)
            ++counts[std::clamp(int((core::dot(p - r.mean, d) + reachOfPoints) / binWidth), 0, kOneClassBins - 1)];
        pcaHistogram_->setSeries({ChartSeries::histogram(tr("points"), kClassColors[0], counts, -reachOfPoints, binWidth)});
        pcaHistogram_->setAxisTitles(tr("projection, from the mean"), tr("points"));
        const double pcaDegrees = std::atan2(r.pca[1], r.pca[0]) * 180 / M_PI; // as a line: 0° … 180°, as the player turns it
        pcaHistogram_->setTitle(tr("Projections on the turning line: variance %1 (largest %2 at %3°)")
                                    .arg(style::formatValue(variance), style::formatValue(r.explainedVariance))
                                    .arg(pcaDegrees < 0 ? pcaDegrees + 180 : pcaDegrees, 0, 'f', 1));
    }
    byAngle_->setMarkerX(r.angles[std::size_t(frame_)]);
}

} // namespace gradus
