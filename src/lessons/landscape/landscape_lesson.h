#pragma once
// Lesson `landscape` (issue 8): loss landscapes of a small network trained on Fashion-MNIST, with
// and without dropout, from the same initial weights and the same batches: the training curves,
// L(θ + αu + βv) on a grid for train and test, and L along a line.

#include "core/models/landscape.h"
#include "framework/lesson.h"

#include <QCoreApplication>

namespace gradus {

struct LandscapeModelResult {
    float dropout = 0;
    core::models::TrainingRun run;
    bool fromCache = false;
    core::models::LossGrid grid;
    core::models::LossLine line;          // along u (the first direction) through the centre of the map
    core::models::TrajectoryPlane trajectory; // with plane = trajectory: the path's PCA plane
    core::models::LossLine interpolation; // from the initial (t = 0) to the trained (t = 1) weights
};

// What the map is centred on and spanned by.
enum class LandscapePlane { AroundTrained, AroundInitial, Trajectory };

struct LandscapeResult : LessonResult {
    LandscapePlane plane = LandscapePlane::AroundTrained;
    bool fullDataMissing = false;   // the full set was wished for but is not installed: the subset stands in
    bool sizesReduced = false;      // fewer images were used than asked for (the subset holds 2,000)
    QString modelName, dataSource, normalization;
    int trainSize = 0, testSize = 0, gridImages = 0, epochs = 0;
    std::uint32_t directionSeed = 0;
    double bound = 0;
    LandscapeModelResult models[2]; // without and with dropout
    bool surfaces = false;          // the 3D view
    bool lines = false;             // the 1D view
    bool testSurface = false;       // which loss the 3D surfaces show
    bool bothSurfaces = true;       // the training loss as the surface, the test loss as a grid over it
    bool complete = false;          // false in snapshots while training or while the grid fills in
    QString stage;                  // what a snapshot is busy with

    QString notice() const override;
};

class LandscapeLesson : public LessonOf<LandscapeResult> {
    Q_DECLARE_TR_FUNCTIONS(gradus::LandscapeLesson)

public:
    LandscapeLesson();

    QString id() const override { return QStringLiteral("landscape"); }
    QString title() const override;
    QString topic() const override;
    QString summary() const override;
    QList<LessonPreset> presets() const override;
    ResultPtr compute(const ParamValues& params, core::ComputeControl* control) const override;
    QJsonObject toJson(const LandscapeResult& result, int frame) const override;
    LessonFigure* createFigure(QWidget* parent) const override;
    bool needsOpenGL(const ParamValues& params) const override { return params.text("view") == u"surface"; }
    // Two epochs on a 5 × 5 grid over 100 pictures: every step of the lesson, in seconds
    // (and at most 500 + 500 images, which the seed preset's 70,000 would otherwise take).
    QuickRun quickRun() const override
    {
        return {.caps = {"epochs=2", "resolution=5", "grid_images=100", "train_size=500", "test_size=500"}, .smallerInputs = {}};
    }

};

} // namespace gradus
