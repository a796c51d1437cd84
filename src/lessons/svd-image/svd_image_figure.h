#pragma once

#include "core/imaging/svd_image.h"
#include "svd_image_lesson.h"
#include "views/lesson_figure.h"

#include <QFutureWatcher>
#include <QImage>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QLabel;
class QHBoxLayout;
QT_END_NAMESPACE

namespace gradus {

class ChartPanel;
class ImageView;
class NumberTable;

// Original | rank-r approximation | amplified difference (zoom and pan shared), the first rank-one
// layers, the singular values and cumulative energy with the rank marked, and the numbers.
// Dragging the rank recombines at screen size (SvdImagePreview); the full-resolution error and
// PSNR follow from a background job.
class SvdImageFigure : public FigureOf<SvdImageResult> {
    Q_OBJECT
public:
    explicit SvdImageFigure(QWidget* parent = nullptr);
    ~SvdImageFigure() override;

    void freezeForExport(const LessonFigure* live) override;
    bool arriving() const override { return !pendingArrival_.empty(); }

    // "compressed": the rank-r picture at the picture's own resolution, 8-bit, clipped and rounded.
    QStringList pictureNames() const override { return {QStringLiteral("compressed")}; }
    QImage picture(const QString& name) const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showResult(const SvdImageResult& result) override;
    void showFrameOf(const SvdImageResult& result) override;
    int wantedPreviewSide() const;
    enum class PreviewTiming { Now, InBackground };
    void buildPreview(int side, PreviewTiming timing);
    void useReference(core::PlanarImage reference);
    void updateNumbers();
    void requestQuality();
    void rebuildLayers();

    // A result is taken in over several turns of the event loop (see setResult).
    enum class ArrivalStep { Spectrum, Energy, Layers };
    void runNextArrivalStep();
    void runArrivalStep(ArrivalStep step);
    void finishArrival();
    enum class Curve { SingularValues, EnergyKept };
    void showSpectrum(const core::SvdImage& svd, Curve curve, ChartPanel& chart);
    void showComparedSpectra(const SvdImageResult::ComparedSpectra& spectra, const QString& ownName);
    void showErrorCurve(const SvdImageResult& result);

    std::shared_ptr<core::SvdImagePreview> preview_;
    core::PlanarImage previewReference_; // the original at preview size (grey in grey mode)
    Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> referenceLuma_;

    ImageView* original_;
    ImageView* approximation_;
    ImageView* difference_;
    QWidget* layersStrip_;
    QHBoxLayout* layersLayout_;
    QList<ImageView*> layerViews_;
    ChartPanel* spectrum_;
    ChartPanel* energy_;
    NumberTable* numbers_;

    // Full-resolution quality of one frame, computed off the GUI thread.
    QFutureWatcher<core::SvdQuality> qualityWatcher_;
    // The original at preview size: a colour transform and resampling of every pixel of the picture
    // (0.7 s for 12 megapixels), so it is made off the GUI thread; the difference waits for it.
    QFutureWatcher<core::PlanarImage> referenceWatcher_;
    QFutureWatcher<std::shared_ptr<core::SvdImagePreview>> previewWatcher_;
    int previewRequest_ = 0;     // counts preview requests; an answer to an older one is dropped
    int previewJobRequest_ = -1; // the request the running preview and original jobs answer
    bool referenceReady_ = false;
    QTimer qualityDelay_;
    QTimer previewGrowth_;
    int previewSide_ = 0;
    int qualityJobFrame_ = -1;
    int resultGeneration_ = 0;     // counts results shown
    int qualityJobGeneration_ = 0; // the result the running measurement belongs to
    int qualityFrame_ = -1;
    std::optional<core::SvdQuality> quality_;
    std::vector<ArrivalStep> pendingArrival_;
    QTimer arrivalTimer_;
};

} // namespace gradus
