#include "training_lesson.h"

#include "training_figure.h"
#include "core/compute_control.h"
#include "framework/errors.h"
#include "framework/json_numbers.h"
#include "framework/partial_result.h"
#include "lessons/common/fashion_training.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>

namespace gradus {

using core::models::Activation;
using core::models::EpochRecord;
using core::models::Network;
using core::models::Optimizer;
using core::models::TrainingOptions;

namespace {

struct TrainingMethod {
    const char* key;
    Optimizer optimizer;
    double lr; // a rate that trains the default MLP well in 20 epochs
};
constexpr TrainingMethod kMethods[] = {
    {"sgd", Optimizer::Sgd, 0.1},         {"momentum", Optimizer::SgdMomentum, 0.01}, {"nesterov", Optimizer::Nesterov, 0.01},
    {"adam", Optimizer::Adam, 1e-3},      {"adamw", Optimizer::AdamW, 1e-3},          {"lion", Optimizer::Lion, 1e-4},
};

QString rateParam(const char* key) { return QStringLiteral("lr_%1").arg(QLatin1String(key)); }

} // namespace

QString TrainingLesson::methodName(const QString& key)
{
    if (key == u"sgd")
        return tr("SGD");
    if (key == u"momentum")
        return tr("momentum");
    if (key == u"nesterov")
        return tr("Nesterov");
    if (key == u"adam")
        return tr("Adam");
    if (key == u"adamw")
        return tr("AdamW");
    return tr("Lion");
}

QString TrainingResult::notice() const { return fashionDataNotice(fullDataMissing, sizesReduced, trainSize, testSize); }

const EpochRecord& TrainingResult::recordAt(const TrainingCurve& run, int frame)
{
    return run.history[std::size_t(std::clamp(frame, 0, int(run.history.size()) - 1))];
}

std::vector<double> TrainingLesson::sweepRates(double centre, int points, double decades)
{
    std::vector<double> rates;
    for (int i = 0; i < points; ++i)
        rates.push_back(centre * std::pow(10.0, decades * (points > 1 ? double(i) / (points - 1) - 0.5 : 0.0)));
    return rates;
}

TrainingLesson::TrainingLesson()
{
    schema_.add(ParamSpec::choice("mode", tr("Picture"), "compare",
                                  {{"compare", tr("the methods side by side")}, {"sweep", tr("learning-rate sweep")}})
                    .withHelp(tr("Each method at its learning rate: loss and accuracy as training goes on; or each method at "
                                 "several learning rates around its own: the loss after the frame's epoch against the rate.")));
    QList<ChoiceOption> methods;
    QStringList all;
    for (const TrainingMethod& m : kMethods) {
        methods.append({m.key, methodName(QLatin1String(m.key))});
        all << m.key;
    }
    schema_.add(ParamSpec::choiceSet("methods", tr("Methods"), all, methods)
                    .withHelp(tr("All start from the same weights and see the same batches in the same order.")));
    schema_.add(ParamSpec::choice("time_axis", tr("Against"), "epochs", {{"epochs", tr("epochs")}, {"seconds", tr("training time")}})
                    .withHelp(tr("The time of the training steps, without the evaluations after each epoch."))
                    .relevantWhen("mode", {"compare"}));

    const QString rates = tr("Learning rates");
    for (const TrainingMethod& m : kMethods)
        schema_.add(ParamSpec::real(rateParam(m.key), methodName(QLatin1String(m.key)), m.lr, 1e-6, 1.0, 6).logScale()
                        .withHelp(tr("The step size η; in the sweep, the middle of its rates."))
                        .inGroup(rates));
    schema_.add(ParamSpec::integer("lr_points", tr("Rates per method"), 7, 2, 15).inGroup(rates).relevantWhen("mode", {"sweep"}));
    schema_.add(ParamSpec::real("lr_span", tr("Span"), 3, 0.5, 6, 1).withUnit(tr(" decades"))
                    .withHelp(tr("The rates run from the method's rate divided by 10^(span/2) to it multiplied by as much."))
                    .inGroup(rates).relevantWhen("mode", {"sweep"}));

    const QString model = tr("Network"), training = tr("Training");
    schema_.add(ParamSpec::choice("model", tr("Network"), "mlp", {{"mlp", tr("MLP")}, {"cnn", tr("CNN (the seed's)")}})
                    .inGroup(model)
                    .withHelp(tr("MLP: 784 → hidden → ReLU → 10. CNN: conv 3×3×16 → ReLU → pool → conv 3×3×32 → ReLU → pool → "
                                 "dense 64 → ReLU → dense 10 (much slower).")));
    schema_.add(ParamSpec::integer("hidden", tr("Hidden units"), 128, 8, 1024).inGroup(model).relevantWhen("model", {"mlp"}));
    schema_.add(ParamSpec::real("momentum", tr("Momentum μ"), 0.9, 0, 0.99, 2)
                    .withHelp(tr("Heavy ball and Nesterov: v ← μv + g.")).inGroup(training));
    schema_.add(ParamSpec::real("weight_decay", tr("Weight decay λ"), 1e-4, 0, 0.1, 6)
                    .withHelp(tr("AdamW and Lion: θ ← θ − ηλθ at every step, apart from the gradient.")).inGroup(training));
    addFashionDataParams(schema_, training);
    schema_.add(ParamSpec::integer("batch", tr("Batch size"), 64, 8, 1024).inGroup(training));
    schema_.add(ParamSpec::integer("epochs", tr("Epochs"), 20, 1, 200).inGroup(training));
    schema_.add(ParamSpec::integer("seed", tr("Seed"), 0, 0, 1 << 30)
                    .withHelp(tr("Initial weights and batch order, the same for every method.")).inGroup(training));
}

QString TrainingLesson::title() const { return tr("Training a network: optimizers compared"); }
QString TrainingLesson::topic() const { return tr("Machine learning"); }
QString TrainingLesson::summary() const
{
    return tr("SGD, momentum, Nesterov, Adam, AdamW and Lion train the same network on the same batches: their losses "
              "and accuracies, and how each depends on its learning rate.");
}

QList<LessonPreset> TrainingLesson::presets() const
{
    return {
        {"sweep", tr("Each method at seven learning rates over three decades"), {"mode=sweep"}},
        {"against-time", tr("The same runs against training time"), {"time_axis=seconds"}},
        {"adaptive", tr("Adam, AdamW and Lion only, 40 epochs"), {"methods=adam,adamw,lion", "epochs=40"}},
        {"same-rate", tr("Every method at η = 0.01: what a learning rate means differs"),
         {"lr_sgd=0.01", "lr_adam=0.01", "lr_adamw=0.01", "lr_lion=0.01"}},
        // NN_optimization.ipynb: Fashion-MNIST, an MLP 784-100-10, batches of 1024, 10 epochs, SGD and Adam at
        // 4·10⁻⁴, momentum and Nesterov with μ = 0.8 (its ELU is ReLU here, and its pixels were not scaled).
        {"seed", tr("As in the course: 70,000 images if installed, MLP 784-100-10, batches of 1024, η = 4·10⁻⁴, μ = 0.8"),
         {"hidden=100", "methods=sgd,momentum,nesterov,adam", "lr_sgd=0.0004", "lr_momentum=0.0004", "lr_nesterov=0.0004",
          "lr_adam=0.0004", "momentum=0.8", "batch=1024", "epochs=10", "data=installed", "train_size=60000", "test_size=10000"}},
    };
}

ResultPtr TrainingLesson::compute(const ParamValues& params, core::ComputeControl* control) const
{
    auto result = std::make_shared<TrainingResult>();
    result->mode = params.text("mode") == u"sweep" ? TrainingMode::Sweep : TrainingMode::Compare;
    result->againstSeconds = params.text("time_axis") == u"seconds";
    const QStringList chosen = params.list("methods");
    if (chosen.isEmpty())
        throw InputError(tr("No method is chosen: tick at least one under Methods."));
    const int trainSize = params.integer("train_size"), testSize = params.integer("test_size");
    const FashionSplit split = loadFashionSplit(params.text("data"), trainSize, testSize);
    result->fullDataMissing = split.fullDataMissing;
    result->sizesReduced = split.sizesReduced;
    result->dataSource = split.full ? tr("Fashion-MNIST") : tr("Fashion-MNIST subset");
    result->trainSize = split.train.size();
    result->testSize = split.test.size();
    const bool cnn = params.text("model") == u"cnn";
    const Network network = cnn ? Network::seedCnn(0.0f) : Network::mlp(784, params.integer("hidden"), 1, Activation::Relu, 0.0f);
    result->modelName = cnn ? tr("CNN") : tr("MLP 784-%1-10").arg(params.integer("hidden"));
    result->epochs = params.integer("epochs");
    result->batch = params.integer("batch");

    TrainingOptions base;
    base.momentum = float(params.real("momentum"));
    base.weightDecay = float(params.real("weight_decay"));
    base.batchSize = result->batch;
    base.epochs = result->epochs;
    base.seed = std::uint32_t(params.integer("seed"));
    base.keepCheckpoints = false; // the curves need the losses only; the weights would fill the cache
    const std::vector<float> initial = network.initialParameters(base.seed);

    // Every (method, rate) to train, in the order the figure lists them.
    struct Job {
        const TrainingMethod* method;
        double lr;
    };
    std::vector<Job> jobs;
    for (const TrainingMethod& m : kMethods) {
        if (!chosen.contains(QLatin1String(m.key)))
            continue;
        const double centre = params.real(rateParam(m.key));
        if (result->mode == TrainingMode::Sweep)
            for (double lr : sweepRates(centre, params.integer("lr_points"), params.real("lr_span")))
                jobs.push_back({&m, lr});
        else
            jobs.push_back({&m, centre});
    }
    for (std::size_t j = 0; j < jobs.size(); ++j) {
        const Job& job = jobs[j];
        core::ComputeStage stage(control, double(j) / double(jobs.size()), double(j + 1) / double(jobs.size()));
        TrainingOptions options = base;
        options.optimizer = job.method->optimizer;
        options.learningRate = float(job.lr);
        TrainingRecipe recipe;
        recipe.lesson = QStringLiteral("training");
        recipe.optimizer = QString::fromLatin1(job.method->key);
        recipe.trainSize = trainSize;
        recipe.testSize = testSize;
        recipe.options = options;
        const QString key = trainingCacheKey(network, 0.0f, split.full, recipe);
        result->runs.push_back({QString::fromLatin1(job.method->key), job.lr, {}, false, false});
        TrainingCurve& curve = result->runs.back();
        const core::models::TrainingRun run = trainedOrCached(
            key, network, initial, split, options, stage.get(),
            [&](const EpochRecord& record) {
                curve.history.push_back(record);
                publishPartial(control, std::make_shared<TrainingResult>(*result));
            },
            &curve.fromCache);
        curve.history = run.history;
        curve.diverged = run.diverged;
    }
    result->complete = true;
    return result;
}

QJsonObject TrainingLesson::toJson(const TrainingResult& r, int frame) const
{
    QJsonArray runs;
    const int epoch = std::clamp(frame, 0, r.epochs);
    QJsonObject bestRate;
    std::map<QString, std::pair<double, double>> best; // method → (least loss at the frame's epoch, its rate)
    for (const TrainingCurve& run : r.runs) {
        std::vector<double> trainLoss, testLoss, trainAcc, testAcc, seconds;
        for (const EpochRecord& e : run.history) {
            trainLoss.push_back(e.train.loss);
            testLoss.push_back(e.test.loss);
            trainAcc.push_back(e.train.accuracy);
            testAcc.push_back(e.test.accuracy);
            seconds.push_back(e.seconds);
        }
        runs.append(QJsonObject{{"method", run.method},
                                {"lr", run.lr},
                                {"diverged", run.diverged},
                                {"from_cache", run.fromCache},
                                {"history", QJsonObject{{"train_loss", jsonNumbers(trainLoss)},
                                                        {"test_loss", jsonNumbers(testLoss)},
                                                        {"train_acc", jsonNumbers(trainAcc)},
                                                        {"test_acc", jsonNumbers(testAcc)},
                                                        {"seconds", jsonNumbers(seconds)}}}});
        const double loss = TrainingResult::recordAt(run, epoch).train.loss;
        auto [it, added] = best.try_emplace(run.method, loss, run.lr);
        if (!added && std::isfinite(loss) && !(loss >= it->second.first))
            it->second = {loss, run.lr};
    }
    for (const auto& [method, entry] : best)
        bestRate[method] = entry.second;
    return {{"mode", r.mode == TrainingMode::Sweep ? "sweep" : "compare"},
            {"model", r.modelName},
            {"data", r.dataSource},
            {"full_data_missing", r.fullDataMissing},
            {"train_size", r.trainSize},
            {"test_size", r.testSize},
            {"epochs", r.epochs},
            {"batch", r.batch},
            {"runs", runs},
            {"best_lr", bestRate},
            {"epoch", epoch},
            {"frame", frame}};
}

LessonFigure* TrainingLesson::createFigure(QWidget* parent) const { return new TrainingFigure(parent); }

} // namespace gradus
