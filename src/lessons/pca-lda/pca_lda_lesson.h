#pragma once
// Lesson `pca-lda`: the direction that keeps the most variance (PCA) is not the one that keeps two
// classes apart (Fisher's LDA) — two elongated clouds side by side, both projections with their
// per-class histograms, and a line turning through 180° with the variance of the projections on it.

#include "core/linalg/two_class.h"
#include "framework/lesson.h"

namespace gradus {

struct PcaLdaResult : LessonResult {
    core::TwoClassData data;
    bool oneClass = false; // the notebook's single cloud: PCA alone, no LDA or Fisher ratio
    core::Vec2 mean{0, 0}, pca{1, 0}, lda{0, 1};
    double explainedVariance = 0, explainedRatio = 0;
    double fisherPca = 0, fisherLda = 0;
    std::vector<double> angles;          // degrees, one per frame: the turning line's direction
    std::vector<double> varianceByAngle; // of the projections on that line
    std::vector<double> fisherByAngle;
    QString dataSource;

    int frameCount() const override { return int(angles.size()); }
    QString frameLabel(int frame) const override;
};

class PcaLdaLesson : public LessonOf<PcaLdaResult> {
    Q_DECLARE_TR_FUNCTIONS(gradus::PcaLdaLesson)

public:
    PcaLdaLesson();

    QString id() const override { return QStringLiteral("pca-lda"); }
    QString title() const override;
    QString topic() const override;
    QString summary() const override;
    QList<LessonPreset> presets() const override;
    ResultPtr compute(const ParamValues& params, core::ComputeControl* control) const override;
    QJsonObject toJson(const PcaLdaResult& result, int frame) const override;
    LessonFigure* createFigure(QWidget* parent) const override;
};

} // namespace gradus
