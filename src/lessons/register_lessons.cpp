#include "register_lessons.h"

#include "framework/lesson_registry.h"
#include "acceleration/acceleration_lesson.h"
#include "cg/cg_lesson.h"
#include "double-descent/double_descent_lesson.h"
#include "eigenimages/eigenimages_lesson.h"
#include "landscape/landscape_lesson.h"
#include "line-search/line_search_lesson.h"
#include "linreg/linreg_lesson.h"
#include "mds/mds_lesson.h"
#include "mip/mip_lesson.h"
#include "newton/newton_lesson.h"
#include "optimizers/optimizers_lesson.h"
#include "pca-lda/pca_lda_lesson.h"
#include "pnorms/pnorms_lesson.h"
#include "quantization/quantization_lesson.h"
#include "regularization/regularization_lesson.h"
#include "rotations/rotations_lesson.h"
#include "sgd/sgd_lesson.h"
#include "svd-image/svd_image_lesson.h"
#include "training/training_lesson.h"

#include <QtGlobal>

// The resources live in a static library, so they must be registered by hand; every program that
// uses lessons calls registerBuiltinLessons first.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
    Q_INIT_RESOURCE(lessons); // the explanations, gathered from the lesson folders by src/CMakeLists.txt
}

namespace gradus {

void registerBuiltinLessons(LessonRegistry& registry)
{
    initResources();
    registry.add(std::make_unique<LinRegLesson>());
    registry.add(std::make_unique<OptimizersLesson>());
    registry.add(std::make_unique<NewtonLesson>());
    registry.add(std::make_unique<CgLesson>());
    registry.add(std::make_unique<LineSearchLesson>());
    registry.add(std::make_unique<AccelerationLesson>());
    registry.add(std::make_unique<MdsLesson>());
    registry.add(std::make_unique<MipLesson>());
    registry.add(std::make_unique<SvdImageLesson>());
    registry.add(std::make_unique<EigenimagesLesson>());
    registry.add(std::make_unique<QuantizationLesson>());
    registry.add(std::make_unique<DoubleDescentLesson>());
    registry.add(std::make_unique<LandscapeLesson>());
    registry.add(std::make_unique<TrainingLesson>());
    registry.add(std::make_unique<SgdLesson>());
    registry.add(std::make_unique<PnormsLesson>());
    registry.add(std::make_unique<RegularizationLesson>());
    registry.add(std::make_unique<PcaLdaLesson>());
    registry.add(std::make_unique<RotationsLesson>());
}

} // namespace gradus
