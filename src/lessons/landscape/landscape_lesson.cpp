#include "landscape_lesson.h"

#include "framework/errors.h"
#include "framework/json_numbers.h"
#include "framework/partial_result.h"
#include "lessons/common/fashion_training.h"
#include "landscape_figure.h"

#include <QJsonArray>

#include <algorithm>

namespace gradus {

using namespace core::models;

namespace {

Dataset firstRows(const Dataset& set, int count)
{
    Dataset part;
    count = std::min(count, set.size());
    part.inputs = set.inputs.topRows(count);
    part.labels.assign(set.labels.begin(), set.labels.begin() + count);
    return part;
}

std::vector<double> linspace(double from, double to, int count)
{
    std::vector<double> values;
    for (int k = 0; k < count; ++k)
        values.push_back(count == 1 ? from : from + (to - from) * k / (count - 1));
    return values;
}

QJsonObject historyJson(const TrainingRun& run)
{
    QJsonArray trainLoss, testLoss, trainAcc, testAcc;
    for (const EpochRecord& r : run.history) {
        trainLoss.append(jsonNumber(r.train.loss));
        testLoss.append(jsonNumber(r.test.loss));
        trainAcc.append(jsonNumber(r.train.accuracy));
        testAcc.append(jsonNumber(r.test.accuracy));
    }
    return QJsonObject{{"train_loss", trainLoss}, {"test_loss", testLoss}, {"train_acc", trainAcc}, {"test_acc", testAcc}};
}

QJsonArray gridRows(const std::vector<double>& values, int resolution)
{
    QJsonArray rows;
    for (int j = 0; j < resolution; ++j) {
        QJsonArray row;
        for (int i = 0; i < resolution; ++i)
            row.append(jsonNumber(values[std::size_t(j * resolution + i)]));
        rows.append(row);
    }
    return rows;
}

} // namespace

LandscapeLesson::LandscapeLesson()
{
    const QString model = tr("Model"), training = tr("Training"), landscape = tr("Landscape");
    schema_.add(ParamSpec::choice("view", tr("Picture"), "maps",
                                  {{"maps", tr("maps: train and test")}, {"surface", tr("3D surfaces")}, {"lines", tr("1D: lines through the weights")}})
                    .withHelp(tr("Four contour maps (train and test, without and with dropout); the two networks' loss as surfaces "
                                 "in space (drag to turn, scroll to zoom); or the loss along one random direction and along the "
                                 "straight path from the initial to the trained weights.")));
    schema_.add(ParamSpec::choice("surface_loss", tr("Surface shows"), "both",
                                  {{"both", tr("training loss, test loss as a grid")}, {"test", tr("test loss")}, {"train", tr("training loss")}})
                    .withHelp(tr("Both: the training loss as the coloured surface and the test loss as a grid of lines over it, so "
                                 "that the gap between them shows."))
                    .relevantWhen("view", {"surface"}));
    schema_.add(ParamSpec::choice("model", tr("Network"), "mlp", {{"mlp", tr("MLP")}, {"cnn", tr("CNN (the seed's)")}})
                    .inGroup(model)
                    .withHelp(tr("MLP: 784 → hidden (× depth) → 10. CNN: conv 3×3×16 → ReLU → pool → conv 3×3×32 → ReLU → pool → "
                                 "dropout → dense 64 → ReLU → dense 10.")));
    schema_.add(ParamSpec::integer("hidden", tr("Hidden units"), DefaultFashionTraining::kHidden, 8, 1024).inGroup(model).relevantWhen("model", {"mlp"}));
    schema_.add(ParamSpec::integer("depth", tr("Hidden layers"), DefaultFashionTraining::kDepth, 1, 4).inGroup(model).relevantWhen("model", {"mlp"}));
    schema_.add(ParamSpec::choice("activation", tr("Activation"), "relu", {{"relu", tr("ReLU")}, {"gelu", tr("GELU")}})
                    .inGroup(model)
                    .relevantWhen("model", {"mlp"}));
    schema_.add(ParamSpec::real("dropout", tr("Dropout rate"), 0.5, 0.05, 0.9, 2)
                    .inGroup(model)
                    .withHelp(tr("The rate of the second network; the first has none. Both start from the same weights and see the "
                                 "same batches.")));
    addFashionDataParams(schema_, training);
    schema_.add(ParamSpec::choice("optimizer", tr("Optimizer"), "sgd", {{"sgd", tr("SGD with momentum")}, {"adam", tr("Adam")}})
                    .inGroup(training));
    schema_.add(ParamSpec::real("lr", tr("Learning rate"), DefaultFashionTraining::kLearningRate, 1e-4, 1.0, 4).logScale().inGroup(training));
    schema_.add(ParamSpec::real("momentum", tr("Momentum"), DefaultFashionTraining::kMomentum, 0, 0.99, 2).inGroup(training).relevantWhen("optimizer", {"sgd"}));
    schema_.add(ParamSpec::integer("batch", tr("Batch size"), DefaultFashionTraining::kBatch, 8, 1024).inGroup(training));
    schema_.add(ParamSpec::integer("epochs", tr("Epochs"), DefaultFashionTraining::kEpochs, 1, 200).inGroup(training));
    schema_.add(ParamSpec::integer("seed", tr("Seed"), DefaultFashionTraining::kSeed, 0, 1 << 30)
                    .inGroup(training)
                    .withHelp(tr("Initial weights, batch order and dropout masks.")));
    schema_.add(ParamSpec::choice("plane", tr("Map around"), "trained",
                                  {{"trained", tr("the trained weights, random directions")},
                                   {"initial", tr("the initial weights, random directions")},
                                   {"trajectory", tr("the training path: its two main directions")}})
                    .inGroup(landscape)
                    .withHelp(tr("Random directions around the trained weights θ̂ or around the initial weights θ₀ (the seed "
                                 "shows both: before and after training); or the plane of the training path: the two leading "
                                 "principal directions of θ₀, θ₁, … − θ̂ (one point per epoch), with the path drawn on the "
                                 "map (Li et al., 2018). Random directions are almost orthogonal to the path.")));
    schema_.add(ParamSpec::choice("normalization", tr("Direction scale"), "filter",
                                  {{"filter", tr("per filter (Li et al.)")}, {"tensor", tr("per tensor (the seed)")}})
                    .inGroup(landscape)
                    .relevantWhen("plane", {"trained", "initial"})
                    .withHelp(tr("Random directions are scaled to the weights at the centre: each filter (unit) to its own norm, biases "
                                 "left out, or each weight tensor to its norm.")));
    schema_.add(ParamSpec::integer("direction_seed", tr("Direction seed"), 1, 0, 1 << 30)
                    .inGroup(landscape)
                    .relevantWhen("plane", {"trained", "initial"}));
    schema_.add(ParamSpec::real("bound", tr("Extent"), 1.0, 0.01, 5.0, 2)
                    .inGroup(landscape)
                    .relevantWhen("plane", {"trained", "initial"})
                    .withHelp(tr("α and β run from −extent to +extent (the map of the training path extends to hold it).")));
    schema_.add(ParamSpec::integer("resolution", tr("Grid points per side"), 31, 5, 101).inGroup(landscape));
    schema_.add(ParamSpec::integer("grid_images", tr("Images per grid point"), 1000, 50, 10000)
                    .inGroup(landscape)
                    .withHelp(tr("How many training and how many test images each grid point is evaluated on.")));
}

QString LandscapeLesson::title() const { return tr("Loss landscapes: dropout and the train–test gap"); }
QString LandscapeLesson::topic() const { return tr("Machine learning"); }
QString LandscapeLesson::summary() const
{
    return tr("A network trained on Fashion-MNIST with and without dropout: L(θ + αu + βv) on train and test.");
}

namespace {

QStringList seedAssignments(const QString& plane)
{
    return {"model=cnn", "dropout=0.2", "data=installed", "train_size=60000", "test_size=10000", "optimizer=sgd", "lr=0.01",
            "momentum=0.9", "batch=512", "epochs=25", "seed=228", "normalization=tensor", "direction_seed=228", "bound=0.3",
            "resolution=51", "grid_images=512", "plane=" + plane};
}

} // namespace

QString LandscapeResult::notice() const { return fashionDataNotice(fullDataMissing, sizesReduced, trainSize, testSize); }

QList<LessonPreset> LandscapeLesson::presets() const
{
    return {
        {"seed-cnn", tr("The seed's CNN (SGD, momentum 0.9)"), {"model=cnn", "resolution=21", "grid_images=500", "epochs=20", "bound=1"}},
        {"adam-mlp", tr("MLP trained with Adam"), {"optimizer=adam", "lr=0.001"}},
        {"per-tensor", tr("Directions scaled per tensor, as in the seed"), {"normalization=tensor", "bound=0.3"}},
        {"surfaces", tr("Test loss as surfaces in 3D"), {"view=surface"}},
        // The course notebook's run: its CNN with dropout 0.2, SGD 0.01 with momentum 0.9, batch 512, 25
        // epochs on all 60,000 images (the bundled 2,000 when the package is missing), per-tensor
        // directions, 51 × 51 points on [−0.3, 0.3]², each on one batch of 512 images. Both presets
        // share the training (cached): the notebook shows the map before and after training.
        {"seed", tr("As in the original post: the CNN after 25 epochs on all images (long: about an hour)"),
         seedAssignments("trained")},
        {"seed-initial", tr("As in the original post, before training: around the initial weights"), seedAssignments("initial")},
        {"trajectory", tr("The training path on its own plane (Li et al.)"), {"plane=trajectory", "epochs=20", "resolution=25"}},
    };
}

ResultPtr LandscapeLesson::compute(const ParamValues& params, core::ComputeControl* control) const
{
    auto result = std::make_shared<LandscapeResult>();
    result->surfaces = params.text("view") == u"surface";
    result->lines = params.text("view") == u"lines";
    result->testSurface = params.text("surface_loss") == u"test";
    result->bothSurfaces = params.text("surface_loss") == u"both";
    // The images.
    const int trainSize = params.integer("train_size"), testSize = params.integer("test_size");
    const FashionSplit split = loadFashionSplit(params.text("data"), trainSize, testSize);
    const Dataset& trainSet = split.train;
    const Dataset& testSet = split.test;
    result->fullDataMissing = split.fullDataMissing;
    result->dataSource = split.full              ? tr("Fashion-MNIST")
                         : split.fullDataMissing ? tr("Fashion-MNIST subset (dataset-fashion-mnist is not installed)")
                                                 : tr("Fashion-MNIST subset");
    result->trainSize = trainSet.size();
    result->testSize = testSet.size();
    result->sizesReduced = split.sizesReduced;

    // The two networks: the same layout (dropout has no parameters), so the same initial weights.
    const bool cnn = params.text("model") == u"cnn";
    const float rate = float(params.real("dropout"));
    const auto makeNetwork = [&](float dropout) {
        return cnn ? Network::seedCnn(dropout)
                   : Network::mlp(784, params.integer("hidden"), params.integer("depth"),
                                  params.text("activation") == u"gelu" ? Activation::Gelu : Activation::Relu, dropout);
    };
    const Network networks[2] = {makeNetwork(0.0f), makeNetwork(rate)};
    result->modelName = cnn ? tr("CNN") : tr("MLP 784-%1×%2-10").arg(params.integer("hidden")).arg(params.integer("depth"));
    result->epochs = params.integer("epochs");
    TrainingOptions options;
    options.optimizer = params.text("optimizer") == u"adam" ? Optimizer::Adam : Optimizer::SgdMomentum;
    options.learningRate = float(params.real("lr"));
    options.momentum = float(params.real("momentum"));
    options.batchSize = params.integer("batch");
    options.epochs = result->epochs;
    options.seed = std::uint32_t(params.integer("seed"));
    const std::vector<float> initial = networks[0].initialParameters(options.seed);

    TrainingRecipe recipe;
    recipe.activation = params.text("activation");
    recipe.optimizer = params.text("optimizer");
    recipe.trainSize = trainSize;
    recipe.testSize = testSize;
    recipe.options = options;
    const auto publish = [&](const QString& stage) {
        auto snapshot = std::make_shared<LandscapeResult>(*result);
        snapshot->stage = stage;
        publishPartial(control, snapshot);
    };
    for (int m = 0; m < 2; ++m) {
        LandscapeModelResult& model = result->models[m];
        model.dropout = m == 0 ? 0.0f : rate;
        core::ComputeStage stage(control, 0.6 * m / 2, 0.6 * (m + 1) / 2);
        const QString label = m == 0 ? tr("training without dropout") : tr("training with dropout");
        model.run = trainedOrCached(trainingCacheKey(networks[m], model.dropout, split.full, recipe), networks[m], initial, split, options,
                                    stage.get(),
                                    [&](const EpochRecord& record) {
                                        model.run.history.push_back(record);
                                        publish(label);
                                    },
                                    &model.fromCache);
    }

    // The landscape: the same random draws for both networks, each scaled to its own weights; or each
    // network's own trajectory plane, on one extent that holds both paths.
    const Normalization normalization = params.text("normalization") == u"tensor" ? Normalization::PerTensor : Normalization::PerFilter;
    result->plane = params.text("plane") == u"initial"      ? LandscapePlane::AroundInitial
                    : params.text("plane") == u"trajectory" ? LandscapePlane::Trajectory
                                                            : LandscapePlane::AroundTrained;
    result->normalization = params.text("normalization");
    result->directionSeed = std::uint32_t(params.integer("direction_seed"));
    result->bound = params.real("bound");
    result->gridImages = params.integer("grid_images");
    const Dataset gridTrain = firstRows(trainSet, result->gridImages), gridTest = firstRows(testSet, result->gridImages);
    const int resolution = params.integer("resolution");
    std::vector<float> directions[2][2];
    const std::vector<float>* centres[2];
    for (int m = 0; m < 2; ++m) {
        const TrainingRun& run = result->models[m].run;
        centres[m] = result->plane == LandscapePlane::AroundInitial ? &run.initial : &run.trained;
        if (result->plane == LandscapePlane::Trajectory) {
            if (run.checkpoints.size() < 2)
                throw InputError(tr("The map of the training path needs at least two epochs: one point per epoch, and two "
                                    "directions through them. Train for more epochs, or choose random directions."));
            result->models[m].trajectory = trajectoryPlane(run.initial, run.checkpoints, run.trained);
            directions[m][0] = result->models[m].trajectory.first;
            directions[m][1] = result->models[m].trajectory.second;
        } else {
            directions[m][0] = randomDirection(networks[m], *centres[m], normalization, result->directionSeed);
            directions[m][1] = randomDirection(networks[m], *centres[m], normalization, result->directionSeed + 1);
        }
    }
    if (result->plane == LandscapePlane::Trajectory) {
        const double extent = std::max(result->models[0].trajectory.extent(), result->models[1].trajectory.extent());
        result->bound = extent > 0 ? 1.2 * extent : 1.0; // the path and a margin around it
    }
    for (int m = 0; m < 2; ++m) {
        core::ComputeStage stage(control, 0.6 + 0.35 * m / 2, 0.6 + 0.35 * (m + 1) / 2);
        LandscapeModelResult& model = result->models[m];
        const QString label = m == 0 ? tr("landscape without dropout") : tr("landscape with dropout");
        model.grid = lossGrid(networks[m], *centres[m], directions[m][0], directions[m][1], gridTrain, gridTest, resolution,
                              result->bound, stage.get(), [&](const LossGrid& partial) {
                                  model.grid = partial;
                                  publish(label);
                              });
    }
    for (int m = 0; m < 2; ++m) {
        core::ComputeStage stage(control, 0.95 + 0.05 * m / 2, 0.95 + 0.05 * (m + 1) / 2);
        LandscapeModelResult& model = result->models[m];
        model.line = lossLine(networks[m], *centres[m], directions[m][0], gridTrain, gridTest, linspace(-result->bound, result->bound, 41),
                              stage.get());
        std::vector<float> path(model.run.trained.size());
        for (std::size_t k = 0; k < path.size(); ++k)
            path[k] = model.run.trained[k] - model.run.initial[k];
        model.interpolation = lossLine(networks[m], model.run.initial, path, gridTrain, gridTest, linspace(-0.25, 1.25, 31), stage.get());
    }
    result->complete = true;
    return result;
}

QJsonObject LandscapeLesson::toJson(const LandscapeResult& r, int) const
{
    QJsonArray models;
    for (const LandscapeModelResult& m : r.models) {
        const int n = m.grid.resolution;
        const int centre = (n / 2) * n + n / 2;
        QJsonValue trajectory; // null unless the map is the path's plane
        if (r.plane == LandscapePlane::Trajectory) {
            QJsonArray epochs{0};
            for (const core::models::Checkpoint& c : m.run.checkpoints)
                epochs.append(c.epoch);
            trajectory = QJsonObject{{"epoch", epochs},
                                     {"alpha", jsonNumbers(m.trajectory.alphas)},
                                     {"beta", jsonNumbers(m.trajectory.betas)},
                                     {"explained", QJsonArray{m.trajectory.explained[0], m.trajectory.explained[1]}}};
        }
        models.append(QJsonObject{{"dropout", double(m.dropout)},
                                  {"trajectory", trajectory},
                                  {"from_cache", m.fromCache},
                                  {"diverged", m.run.diverged},
                                  {"diverged_in_epoch", m.run.divergedInEpoch() >= 0 ? QJsonValue(m.run.divergedInEpoch()) : QJsonValue()},
                                  {"history", historyJson(m.run)},
                                  {"train_loss_grid", gridRows(m.grid.trainLoss, n)},
                                  {"test_loss_grid", gridRows(m.grid.testLoss, n)},
                                  {"center_train_loss", n % 2 ? jsonNumber(m.grid.trainLoss[std::size_t(centre)]) : QJsonValue()},
                                  {"center_test_loss", n % 2 ? jsonNumber(m.grid.testLoss[std::size_t(centre)]) : QJsonValue()},
                                  {"line", QJsonObject{{"t", jsonNumbers(m.line.t)},
                                                       {"train_loss", jsonNumbers(m.line.trainLoss)},
                                                       {"test_loss", jsonNumbers(m.line.testLoss)}}},
                                  {"interpolation", QJsonObject{{"t", jsonNumbers(m.interpolation.t)},
                                                                {"train_loss", jsonNumbers(m.interpolation.trainLoss)},
                                                                {"test_loss", jsonNumbers(m.interpolation.testLoss)}}}});
    }
    const char* plane = r.plane == LandscapePlane::AroundInitial ? "initial" : r.plane == LandscapePlane::Trajectory ? "trajectory" : "trained";
    return QJsonObject{{"model", r.modelName},
                       {"plane", plane},
                       {"data", r.dataSource},
                       {"full_data_missing", r.fullDataMissing},
                       {"n_train", r.trainSize},
                       {"n_test", r.testSize},
                       {"grid_images", r.gridImages},
                       {"epochs", r.epochs},
                       {"alpha", jsonNumbers(r.models[0].grid.alphas)},
                       {"beta", jsonNumbers(r.models[0].grid.betas)},
                       {"direction_seed", qint64(r.directionSeed)},
                       {"normalization", r.normalization},
                       {"models", models}};
}

LessonFigure* LandscapeLesson::createFigure(QWidget* parent) const { return new LandscapeFigure(parent); }

} // namespace gradus
