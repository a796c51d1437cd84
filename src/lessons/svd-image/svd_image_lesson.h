#pragma once
// Lesson `svd-image`: truncated-SVD compression of a picture (Eckart–Young–Mirsky). The SVD is
// computed once per picture and colour mode; the rank is the player's frame, so dragging it only
// recombines rank-one layers.

#include "core/imaging/svd_image.h"
#include "framework/lesson.h"
#include "io/image_file.h"

#include <memory>
#include <mutex>

namespace gradus {

struct SvdImageResult : LessonResult {
    std::shared_ptr<const LoadedImage> source;
    std::shared_ptr<const core::SvdImage> svd;
    QString method;          // how the SVD was computed, for the numbers panel
    int chromaRank = 0;      // 0 = as the luma rank (ycbcr mode)
    double differenceGain = 4;
    int layerCount = 8;
    bool quantizedStorage = false;
    bool errorCurve = false; // the chart beside the spectrum: the relative error against the rank (the notebook's) instead of the energy kept
    // With a second picture (or noise) to compare with: both grey spectra as σᵢ/σ₁, this one's first.
    struct ComparedSpectra {
        QString name; // the other picture's, or "noise"
        std::vector<double> own, other;
    };
    std::shared_ptr<const ComparedSpectra> compared; // null: no comparison

    // ‖A − A_r‖_F / ‖A‖_F for r = 1 … frameCount(), from the singular values (Eckart–Young–Mirsky),
    // with the chroma rank of ranksAt.
    std::vector<double> relativeErrors() const;

    int frameCount() const override { return std::max(1, svd->maxRank()); }
    QList<int> animationFrames() const override;
    QString frameLabel(int frame) const override;
    int rankAt(int frame) const { return std::clamp(frame, 0, frameCount() - 1) + 1; }
    std::vector<int> ranksAt(int frame) const { return core::matrixRanks(*svd, rankAt(frame), chromaRank); }
};

class SvdImageLesson : public LessonOf<SvdImageResult> {
    Q_DECLARE_TR_FUNCTIONS(gradus::SvdImageLesson)

public:
    SvdImageLesson();

    QString id() const override { return QStringLiteral("svd-image"); }
    QString title() const override;
    QString topic() const override;
    QString summary() const override;
    QList<LessonPreset> presets() const override;
    QString frameParameter() const override { return QStringLiteral("rank"); }
    ResultPtr compute(const ParamValues& params, core::ComputeControl* control) const override;
    QJsonObject toJson(const SvdImageResult& result, int frame) const override;
    LessonFigure* createFigure(QWidget* parent) const override;

    // Full SVD up to this many pixels per matrix in "auto" mode; randomized above.
    static constexpr double kAutoFullPixels = 2.5e6;
    // Spectra compared side by side are of pictures scaled down to this many pixels: a values-only SVD
    // of that size takes a fraction of a second.
    static constexpr double kComparedSpectrumPixels = 1e6;

private:
    // The grey spectra of this picture and of the one compared with (or noise), cached like the SVD.
    std::shared_ptr<const SvdImageResult::ComparedSpectra> comparedSpectra(const QString& other, const QString& imageKey,
                                                                            const LoadedImage& image, double maxPixels) const;
    // The last picture and decomposition: changing the rank, the gain or the layers recomputes
    // nothing; changing the mode keeps the decoded picture.
    mutable std::mutex cacheMutex_;
    mutable QString imageKey_, svdKey_;
    mutable std::shared_ptr<const LoadedImage> image_;
    mutable std::shared_ptr<const core::SvdImage> svd_;
    mutable QString method_;
    mutable QString comparedKey_;
    mutable std::shared_ptr<const SvdImageResult::ComparedSpectra> compared_;
};

QString svdColorModeName(core::SvdColorMode mode);

} // namespace gradus
