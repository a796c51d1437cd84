#include "eigenimages_figure.h"

#include "eigenimages_lesson.h"
#include "views/chart_panel.h"
#include "views/image_view.h"
#include "views/picture_maps.h"
#include "views/plot_style.h"

#include <QChart>
#include <QScatterSeries>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace gradus {

namespace {

constexpr int kMaxScatterPoints = 6000;

// A component (signed, unit norm) in the diverging map, symmetric about zero; colour components
// show the luma of their three planes.
QImage componentPicture(const core::linalg::VectorF& v, int rows, int cols, int channels)
{
    const int plane = rows * cols;
    core::linalg::VectorF values = v.head(plane);
    if (channels == 3)
        values = 0.299f * v.segment(0, plane) + 0.587f * v.segment(plane, plane) + 0.114f * v.segment(2 * plane, plane);
    return divergingPicture(Eigen::Map<const core::RowMajorF>(values.data(), rows, cols),
                            std::max(1e-12f, values.cwiseAbs().maxCoeff()));
}

// Pictures side by side in a near-square grid with one-pixel white gaps.
QImage gridOf(const QList<QImage>& tiles)
{
    if (tiles.isEmpty())
        return {};
    const int columns = int(std::ceil(std::sqrt(double(tiles.size()))));
    const int gridRows = (int(tiles.size()) + columns - 1) / columns;
    const int w = tiles.first().width(), h = tiles.first().height();
    QImage grid(columns * (w + 1) - 1, gridRows * (h + 1) - 1, QImage::Format_RGB888);
    grid.fill(Qt::white);
    for (int i = 0; i < tiles.size(); ++i) {
        const QImage tile = tiles[i].convertToFormat(QImage::Format_RGB888);
        for (int y = 0; y < h; ++y)
            std::copy_n(tile.constScanLine(y), 3 * w, grid.scanLine((i / columns) * (h + 1) + y) + 3 * (i % columns) * (w + 1));
    }
    return grid;
}

} // namespace

EigenimagesFigure::EigenimagesFigure(QWidget* parent) : FigureOf(parent)
{
    mean_ = new ImageView(this);
    grid_ = new ImageView(this);
    original_ = new ImageView(this);
    rebuilt_ = new ImageView(this);
    connect(original_, &ImageView::viewportChanged, rebuilt_, &ImageView::setViewport);
    connect(rebuilt_, &ImageView::viewportChanged, original_, &ImageView::setViewport);
    variance_ = new ChartPanel(this);
    variance_->setTitle(tr("Explained variance, %"));
    variance_->setAxisTitles(tr("component"), QString());
    variance_->setYCeiling(100);
    variance_->setYFloor(0);
    scatter_ = new ChartPanel(this);
    scatter_->setTitle(tr("Pictures on PC1 and PC2"));
    scatter_->setToolTip(tr("Hover over a point to see its picture; click it to rebuild that picture."));
    scatter_->setAxisTitles(tr("PC1"), tr("PC2"));
    scatter_->setLegendOnRight(true);

    addPane(QStringLiteral("mean"), mean_, {.row = 0, .column = 0});
    addPane(QStringLiteral("components"), grid_, {.row = 0, .column = 1});
    addPane(QStringLiteral("original"), original_, {.row = 0, .column = 2});
    addPane(QStringLiteral("rebuilt"), rebuilt_, {.row = 0, .column = 3});
    addPane(QStringLiteral("variance"), variance_, {.row = 1, .column = 0, .columnSpan = 2});
    addPane(QStringLiteral("scatter"), scatter_, {.row = 1, .column = 2, .columnSpan = 2});
    setRowWeights({1, 1});
    setColumnWeights({2, 3, 2, 2});

    hoverBox_ = new QFrame(this, Qt::ToolTip);
    hoverBox_->setFrameShape(QFrame::Box);
    auto* hoverLayout = new QVBoxLayout(hoverBox_);
    hoverLayout->setContentsMargins(4, 4, 4, 4);
    hoverPicture_ = new QLabel(hoverBox_);
    hoverCaption_ = new QLabel(hoverBox_);
    hoverCaption_->setAlignment(Qt::AlignCenter);
    hoverLayout->addWidget(hoverPicture_);
    hoverLayout->addWidget(hoverCaption_);
    hoverBox_->hide();
}

void EigenimagesFigure::leaveEvent(QEvent* event)
{
    hoverBox_->hide();
    LessonFigure::leaveEvent(event);
}

void EigenimagesFigure::showResult(const EigenimagesResult& result)
{
    const PictureSet& set = *result.set;
    const core::linalg::Pca& pca = *result.pca;
    mean_->setImage(pictureFromVector(pca.mean, set.rows, set.cols, set.channels));
    mean_->setTitle(tr("Mean picture"));
    mean_->setCaption(tr("%1 pictures, %2×%3").arg(set.samples.rows()).arg(set.cols).arg(set.rows));

    QList<QImage> tiles;
    const int shown = std::min(result.gridCount, result.componentCount());
    for (int i = 0; i < shown; ++i)
        tiles << componentPicture(pca.components.row(i).transpose(), set.rows, set.cols, set.channels);
    grid_->setImage(gridOf(tiles));
    grid_->setTitle(shown == 1 ? tr("Component 1") : tr("Components 1–%1").arg(shown));
    grid_->setCaption(tr("red +, blue −, white 0"));

    ChartSeries each{tr("each"), style::categoricalColor(1), {}};
    ChartSeries cumulative{tr("cumulative"), style::categoricalColor(0), {}};
    double sum = 0;
    for (Eigen::Index i = 0; i < pca.explainedVarianceRatio.size(); ++i) {
        sum += pca.explainedVarianceRatio[i];
        each.points.append(QPointF(double(i + 1), 100.0 * pca.explainedVarianceRatio[i]));
        cumulative.points.append(QPointF(double(i + 1), 100.0 * sum));
    }
    variance_->setSeries({cumulative, each});

    // One series per class (colour and legend), a subsample of big sets, and the chosen picture.
    const Eigen::Index n = set.samples.rows();
    const int stride = int(std::max<Eigen::Index>(1, (n + kMaxScatterPoints - 1) / kMaxScatterPoints));
    const QStringList names = EigenimagesLesson::classNames();
    QMap<int, ChartSeries> byClass;
    shownSamples_.clear();
    const bool twoComponents = result.componentCount() >= 2;
    const bool singleClass = std::all_of(set.labels.begin(), set.labels.end(), [&](int l) { return l == set.labels.front(); });
    for (Eigen::Index i = 0; i < n; i += stride) {
        const int label = set.labels[size_t(i)];
        if (!byClass.contains(label)) {
            // Seven colour-blind-safe colours that hold up on a projector (not the yellow): classes
            // beyond the seventh reuse them as squares. A single class gets the first colour.
            const int index = label < 0 || singleClass ? 0 : label;
            ChartSeries series{label >= 0 ? names.value(label) : tr("pictures"), style::categoricalColor(index % 7), {}};
            series.scatter = true;
            series.squareMarkers = index >= 7;
            byClass.insert(label, series);
        }
        byClass[label].points.append(QPointF(result.scores(i, 0), twoComponents ? result.scores(i, 1) : 0.0));
        shownSamples_.push_back(int(i));
    }
    QVector<ChartSeries> series(byClass.begin(), byClass.end());
    scatter_->setSeries(series);
    scatter_->setLegendVisible(series.size() > 1);
    connectScatter();
    showFrame();
}

void EigenimagesFigure::connectScatter()
{
    for (QAbstractSeries* series : scatter_->chart()->series()) {
        auto* scatter = qobject_cast<QScatterSeries*>(series);
        if (!scatter)
            continue;
        scatter->disconnect(this); // the chart refills the same series for a new result
        scatter->setMarkerSize(8);
        auto nearest = [this](const QPointF& point) {
            int best = -1;
            double bestDistance = INFINITY;
            const bool two = result_->componentCount() >= 2;
            for (int i : shownSamples_) {
                const double dx = result_->scores(i, 0) - point.x(), dy = (two ? result_->scores(i, 1) : 0.0) - point.y();
                if (dx * dx + dy * dy < bestDistance)
                    bestDistance = dx * dx + dy * dy, best = i;
            }
            return best;
        };
        connect(scatter, &QScatterSeries::clicked, this, [this, nearest](const QPointF& point) {
            if (const int i = nearest(point); i >= 0) {
                hoverBox_->hide();
                emit parameterEdited(QStringLiteral("sample"), i);
            }
        });
        connect(scatter, &QScatterSeries::hovered, this, [this, nearest](const QPointF& point, bool state) {
            const int i = state ? nearest(point) : -1;
            if (i < 0) {
                hoverPicture_->hide();
                return;
            }
            // The picture itself beside the cursor, enlarged, with its class: what the point *is*.
            const PictureSet& set = *result_->set;
            const QString what = set.labels[size_t(i)] >= 0 ? EigenimagesLesson::classNames().value(set.labels[size_t(i)])
                                                             : set.names.value(i);
            const QImage picture = pictureFromVector(set.samples.row(i).transpose(), set.rows, set.cols, set.channels);
            // Enlarged in device pixels (its 28 × 28 pixels stay sharp squares on a HiDPI screen).
            const double ratio = hoverPicture_->devicePixelRatioF();
            const int side = int(std::lround(112 * ratio));
            QPixmap enlarged = QPixmap::fromImage(picture.scaled(side, side, Qt::KeepAspectRatio, Qt::FastTransformation));
            enlarged.setDevicePixelRatio(ratio);
            hoverPicture_->setPixmap(enlarged);
            hoverCaption_->setText(tr("#%1 · %2").arg(i).arg(what));
            hoverBox_->adjustSize();
            hoverBox_->move(QCursor::pos() + QPoint(16, 16));
            hoverBox_->show();
        });
    }
}

void EigenimagesFigure::showFrameOf(const EigenimagesResult& result)
{
    const PictureSet& set = *result.set;
    const int k = frame_; // 0 … componentCount()
    // One picture, or several side by side (a grid of two columns) with the rebuilt ones in the same places.
    const std::vector<int> pictures = result.rebuiltSamples();
    QList<QImage> originals, rebuilt;
    QStringList what, errors;
    for (int picture : pictures) {
        const core::linalg::VectorF pixels = result.reconstruction(k, picture);
        originals << pictureFromVector(set.samples.row(picture).transpose(), set.rows, set.cols, set.channels);
        rebuilt << pictureFromVector(pixels, set.rows, set.cols, set.channels);
        what << (set.labels[size_t(picture)] >= 0 ? EigenimagesLesson::classNames().value(set.labels[size_t(picture)]) : set.names.value(picture));
        errors << QString::number(result.relativeError(picture, pixels), 'f', 3);
    }
    const bool one = pictures.size() == 1;
    original_->setImage(one ? originals.first() : gridOf(originals));
    original_->setTitle(one ? tr("Picture #%1").arg(pictures.front()) : tr("Pictures #%1–%2").arg(pictures.front()).arg(pictures.back()));
    original_->setCaption(what.join(QStringLiteral(" · ")));
    rebuilt_->setImage(one ? rebuilt.first() : gridOf(rebuilt));
    rebuilt_->setTitle(k == 0 ? tr("Mean alone") : tr("Mean + %1 PCs").arg(k));
    rebuilt_->setCaption(one ? tr("relative error %1").arg(errors.first()) : tr("errors %1").arg(errors.join(QStringLiteral(" · "))));
    variance_->setMarkerX(k > 0 ? double(k) : qQNaN());
}

} // namespace gradus
