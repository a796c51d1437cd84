#pragma once
// Lesson `quantization`: Kashin quantization (Merkulov et al., UAI 2024). A matrix with outliers is
// split as X = U + Q₁VQ₂ᵀ with both factors' entries small and clustered, so that a few centroids per
// factor store it better than the matrix's own entries do; the frames are the decomposition's steps.

#include "core/models/network.h"
#include "core/models/training.h"
#include "core/quantization/kashin.h"
#include "core/quantization/scalar_quantizer.h"
#include "framework/lesson.h"

#include <cmath>
#include <memory>
#include <optional>
#include <vector>

namespace gradus {

// Error and honest storage of the four ways of storing X at one bit budget (bits per entry of X).
struct QuantizationAtBits {
    int bits = 0;
    int bitsU = 0, bitsV = 0; // Kashin: U gets ⌈b/2⌉ bits, V ⌊b/2⌋, so that the two together cost b per entry of X
    double errorUniform = 0, errorCentroids = 0, errorKashin = 0, errorKashinUniform = 0; // ‖X − X̂‖_F / ‖X‖_F
    double bytesUniform = 0, bytesCentroids = 0, bytesKashin = 0, bytesKashinUniform = 0;
    // A network's layer: the test accuracy with the layer stored each way (NaN for other inputs).
    double accuracyUniform = NAN, accuracyCentroids = NAN, accuracyKashin = NAN, accuracyKashinUniform = NAN;
};

// The layer of a trained network that is quantized, and what measures the network with it.
struct QuantizedNetwork {
    std::shared_ptr<const core::models::Network> network;
    std::vector<float> trained;
    core::models::ParamTensor layer; // its weights, units × fanIn, row after row in θ
    core::models::Dataset test;
    double accuracyFloat32 = 0;
    bool fromCache = false;

    // The test accuracy with the layer's weights replaced by `weights` (units × fanIn).
    double accuracyWith(const Eigen::MatrixXd& weights) const;
};

struct QuantizationResult : LessonResult {
    QString input;       // heavy-tailed | picture | csv (a file was given)
    QString inputLabel;  // for titles: "Student t, ν = 3" or the file's name
    QString basisName;   // dct | random
    double eta = 0.6, delta = 1.0;
    core::quantization::Matrix x;
    core::quantization::KroneckerBasis basis;
    core::quantization::KashinDecomposition kashin; // with U_k, V_k of every step
    std::vector<QuantizationAtBits> widths;         // 1 … 8 bits
    int shownBits = 3;
    core::quantization::Codebook codebookX, codebookU, codebookV; // k-means at the shown budget
    core::quantization::Matrix reconstruction;                    // Kashin + centroids at the shown budget
    double bytesFloat32 = 0;
    std::optional<QuantizedNetwork> network; // input "network" only

    int frameCount() const override { return int(kashin.steps.size()); }
    QString frameLabel(int frame) const override;
    const QuantizationAtBits& shown() const { return widths[std::size_t(shownBits - 1)]; }
};

class QuantizationLesson : public LessonOf<QuantizationResult> {
    Q_DECLARE_TR_FUNCTIONS(gradus::QuantizationLesson)

public:
    QuantizationLesson();

    QString id() const override { return QStringLiteral("quantization"); }
    QString title() const override { return tr("Kashin quantization"); }
    QString topic() const override { return tr("Linear algebra"); }
    QString summary() const override
    {
        return tr("Split a matrix with outliers into two parts with small, clustered entries that a few centroids store well.");
    }
    QList<LessonPreset> presets() const override;
    ResultPtr compute(const ParamValues& params, core::ComputeControl* control) const override;
    QJsonObject toJson(const QuantizationResult& result, int frame) const override;
    LessonFigure* createFigure(QWidget* parent) const override;

    static constexpr int kMaxBits = 8;
    static constexpr int kMaxSide = 512;
    // Factors up to this many entries go into the JSON whole; larger ones as summaries.
    static constexpr int kJsonEntries = 4096;
};

} // namespace gradus
