#pragma once
// The images and the trained networks of the landscape lesson, shared so that another lesson can take a
// layer of the very network the landscape trains (quantization does): one way to split the images, one
// cache key, one "load or train" — and the landscape panel's defaults, which both lessons start from.

#include "core/compute_control.h"
#include "core/models/network.h"
#include "core/models/training.h"

#include <QString>

#include <functional>
#include <vector>

namespace gradus {

// The landscape panel's default network and training: an MLP 784-128-10 with ReLU, SGD 0.01 with
// momentum 0.9, batches of 64, 30 epochs from seed 0, on 1,000 + 1,000 bundled images.
struct DefaultFashionTraining {
    static constexpr int kHidden = 128, kDepth = 1;
    static constexpr int kTrainSize = 1000, kTestSize = 1000;
    static constexpr double kLearningRate = 0.01, kMomentum = 0.9;
    static constexpr int kBatch = 64, kEpochs = 30, kSeed = 0;
};

struct FashionSplit {
    core::models::Dataset train, test;
    bool full = false;            // Debian's 60,000 + 10,000 images, not the bundled 2,000
    bool fullDataMissing = false; // "installed" was asked for and the package is not there
    bool sizesReduced = false;    // fewer images than asked for (the bundled subset holds 2,000)
};

// data: subset | full | installed. The bundled 2,000 images are split into training and test, the test
// set keeping at least half unless fewer were asked for. Throws what readFashionMnist throws.
FashionSplit loadFashionSplit(const QString& data, int trainSize, int testSize);

class ParamSchema;

// The parameters `data`, `train_size` and `test_size` (the images a lesson trains on), in `group`: declared
// once for the lessons that train on Fashion-MNIST; loadFashionSplit reads them.
void addFashionDataParams(ParamSchema& schema, const QString& group);

// What the figure says when the images are not what was asked for (the full set missing, or fewer images);
// empty when they are.
QString fashionDataNotice(bool fullDataMissing, bool sizesReduced, int trainSize, int testSize);

// What a network was trained with: its cache entry's name.
struct TrainingRecipe {
    QString lesson = QStringLiteral("landscape"); // which lesson's runs: each keeps what it needs (checkpoints or not)
    QString activation = QStringLiteral("relu");
    QString optimizer = QStringLiteral("sgd");
    int trainSize = DefaultFashionTraining::kTrainSize, testSize = DefaultFashionTraining::kTestSize; // as asked
    core::models::TrainingOptions options;
};
QString trainingCacheKey(const core::models::Network& network, float dropout, bool fullData, const TrainingRecipe& recipe);

// The run from the training cache when it holds `key`, else trained now (onEpoch after each epoch) and
// cached. fromCache, when given, says which.
core::models::TrainingRun trainedOrCached(const QString& key, const core::models::Network& network, const std::vector<float>& initial,
                                          const FashionSplit& split, const core::models::TrainingOptions& options,
                                          core::ComputeControl* control,
                                          const std::function<void(const core::models::EpochRecord&)>& onEpoch = {},
                                          bool* fromCache = nullptr);

} // namespace gradus
