#pragma once
// Lesson `eigenimages`: PCA of a set of pictures (the bundled Fashion-MNIST subset, the full
// dataset from Debian's package, or a folder of the user's own pictures): the mean image, the
// principal components as pictures, explained variance, one picture rebuilt from k components
// (the player's frame), and the set projected onto PC1/PC2.

#include "core/linalg/pca.h"
#include "framework/lesson.h"

#include <QStringList>

#include <memory>
#include <mutex>

namespace gradus {

struct PictureSet {
    core::linalg::MatrixF samples; // n × d, values in [0, 1]
    int rows = 0, cols = 0, channels = 1;
    std::vector<int> labels;       // class per sample, or −1 for a folder
    QStringList names;             // a folder's file names (empty for Fashion-MNIST)
    QString source;                // "Fashion-MNIST subset (2,000 test images)", a folder path, …
    QStringList notes;
};

struct EigenimagesResult : LessonResult {
    std::shared_ptr<const PictureSet> set;
    std::shared_ptr<const core::linalg::Pca> pca;
    core::linalg::MatrixF scores;  // n × K
    int sample = 0;                // the (first) picture rebuilt
    int rebuiltCount = 1;          // how many, from `sample` on (the course notebook shows four)
    int gridCount = 16;

    // The pictures rebuilt: sample, sample + 1, … (wrapping round the set).
    std::vector<int> rebuiltSamples() const;
    // ‖x̂ − x‖ / ‖x‖ of one picture rebuilt from k components (or given its rebuild x̂).
    double relativeError(int picture, int k) const { return relativeError(picture, reconstruction(k, picture)); }
    double relativeError(int picture, const core::linalg::VectorF& rebuilt) const;

    int componentCount() const { return int(pca->components.rows()); }
    // Frame k shows the sample rebuilt from its first k components (frame 0: the mean alone).
    int frameCount() const override { return componentCount() + 1; }
    QString frameLabel(int frame) const override;
    core::linalg::VectorF reconstruction(int k, int picture) const;
    core::linalg::VectorF reconstruction(int k) const { return reconstruction(k, sample); }
};

class EigenimagesLesson : public LessonOf<EigenimagesResult> {
    Q_DECLARE_TR_FUNCTIONS(gradus::EigenimagesLesson)

public:
    EigenimagesLesson();

    QString id() const override { return QStringLiteral("eigenimages"); }
    QString title() const override;
    QString topic() const override;
    QString summary() const override;
    QList<LessonPreset> presets() const override;
    QString frameParameter() const override { return QStringLiteral("k"); }
    ResultPtr compute(const ParamValues& params, core::ComputeControl* control) const override;
    QJsonObject toJson(const EigenimagesResult& result, int frame) const override;
    LessonFigure* createFigure(QWidget* parent) const override;

    static QStringList classNames(); // Fashion-MNIST's ten classes, by label

private:
    std::shared_ptr<const PictureSet> loadSet(const ParamValues& params) const;

    mutable std::mutex cacheMutex_;
    mutable QString setKey_, pcaKey_;
    mutable std::shared_ptr<const PictureSet> set_;
    mutable std::shared_ptr<const core::linalg::Pca> pca_;
    mutable core::linalg::MatrixF scores_;
};

} // namespace gradus
