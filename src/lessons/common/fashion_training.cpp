#include "fashion_training.h"

#include "framework/parameter.h"
#include "io/fashion_mnist.h"
#include "io/training_cache.h"

#include <QCoreApplication>

#include <algorithm>

namespace gradus {

using namespace core::models;

namespace {

Dataset toDataset(const LabelledImages& images, int from, int count)
{
    Dataset set;
    const int pixels = images.rows * images.cols;
    set.inputs.resize(count, pixels);
    for (int n = 0; n < count; ++n)
        for (int k = 0; k < pixels; ++k)
            set.inputs(n, k) = float(images.pixels[std::size_t(from + n) * std::size_t(pixels) + std::size_t(k)]) / 255.0f;
    set.labels.assign(images.labels.begin() + from, images.labels.begin() + from + count);
    return set;
}

} // namespace

FashionSplit loadFashionSplit(const QString& data, int trainSize, int testSize)
{
    FashionSplit split;
    const bool wantsFull = data != u"subset";
    split.fullDataMissing = data == u"installed" && !fullFashionMnistInstalled();
    split.full = wantsFull && !split.fullDataMissing;
    if (split.full) {
        const LabelledImages train = readFashionMnist(FashionMnistPart::FullTraining);
        const LabelledImages test = readFashionMnist(FashionMnistPart::FullTest);
        split.train = toDataset(train, 0, std::min(trainSize, train.count));
        split.test = toDataset(test, 0, std::min(testSize, test.count));
    } else {
        const LabelledImages subset = readFashionMnist(FashionMnistPart::BundledSubset);
        const int train = std::min(trainSize, subset.count - std::min(testSize, subset.count / 2));
        const int test = std::min(testSize, subset.count - train);
        split.train = toDataset(subset, 0, train);
        split.test = toDataset(subset, train, test);
    }
    split.sizesReduced = split.train.size() < trainSize || split.test.size() < testSize;
    return split;
}

namespace {
// The translation context of the notice (lupdate reads the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gradus::FashionTraining)
};
} // namespace

void addFashionDataParams(ParamSchema& schema, const QString& group)
{
    schema.add(ParamSpec::choice("data", Tr::tr("Images"), "subset",
                                 {{"subset", Tr::tr("Fashion-MNIST, 2,000 (bundled)")},
                                  {"full", Tr::tr("Fashion-MNIST, 70,000 (package)")},
                                  {"installed", Tr::tr("Fashion-MNIST: 70,000 if installed, else 2,000")}})
                   .inGroup(group)
                   .withHelp(Tr::tr("The bundled subset (2,000 test images, split into training and test) or Debian's "
                                    "dataset-fashion-mnist (60,000 training and 10,000 test images); the third choice takes the "
                                    "package when it is installed and says so on the figure when it is not.")));
    schema.add(ParamSpec::integer("train_size", Tr::tr("Training images"), DefaultFashionTraining::kTrainSize, 100, 60000)
                   .inGroup(group)
                   .withHelp(Tr::tr("With the bundled subset, training and test images together are at most 2,000: larger numbers "
                                    "are reduced (a note beside the status says to what).")));
    schema.add(ParamSpec::integer("test_size", Tr::tr("Test images"), DefaultFashionTraining::kTestSize, 100, 10000).inGroup(group));
}

QString fashionDataNotice(bool fullDataMissing, bool sizesReduced, int trainSize, int testSize)
{
    if (fullDataMissing)
        return Tr::tr("The full Fashion-MNIST is not installed (sudo apt install dataset-fashion-mnist): the bundled "
                      "2,000 images stand in, %L1 for training and %L2 for testing.")
            .arg(trainSize)
            .arg(testSize);
    if (sizesReduced)
        return Tr::tr("The bundled subset holds 2,000 images: %L1 for training and %L2 for testing.").arg(trainSize).arg(testSize);
    return {};
}

QString trainingCacheKey(const Network& network, float dropout, bool fullData, const TrainingRecipe& recipe)
{
    const TrainingOptions& options = recipe.options;
    return TrainingCache::keyFor(QStringLiteral("%13 v1 %1 %2 dropout=%3 data=%4 %5+%6 opt=%7 lr=%8 mom=%9 batch=%10 epochs=%11 seed=%12 "
                                                "wd=%14 checkpoints=%15")
                                     .arg(QString::fromStdString(network.describe()))
                                     .arg(recipe.activation)
                                     .arg(double(dropout))
                                     .arg(fullData ? "full" : "subset")
                                     .arg(recipe.trainSize)
                                     .arg(recipe.testSize)
                                     .arg(recipe.optimizer)
                                     .arg(double(options.learningRate))
                                     .arg(double(options.momentum))
                                     .arg(options.batchSize)
                                     .arg(options.epochs)
                                     .arg(options.seed)
                                     .arg(recipe.lesson)
                                     .arg(double(options.weightDecay))
                                     .arg(options.keepCheckpoints ? 1 : 0));
}

TrainingRun trainedOrCached(const QString& key, const Network& network, const std::vector<float>& initial, const FashionSplit& split,
                            const TrainingOptions& options, core::ComputeControl* control,
                            const std::function<void(const EpochRecord&)>& onEpoch, bool* fromCache)
{
    const TrainingCache cache;
    if (auto cached = cache.load(key, network.parameterCount())) {
        if (fromCache)
            *fromCache = true;
        return *cached;
    }
    if (fromCache)
        *fromCache = false;
    TrainingRun run = train(network, initial, split.train, split.test, options, control, onEpoch);
    cache.save(key, run);
    return run;
}

} // namespace gradus
