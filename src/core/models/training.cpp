#include "training.h"

#include "update_rules.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>

namespace gradus::core::models {

TrainingRun train(const Network& network, const std::vector<float>& initial, const Dataset& trainSet, const Dataset& testSet,
                  const TrainingOptions& options, ComputeControl* control, const std::function<void(const EpochRecord&)>& onEpoch)
{
    TrainingRun run;
    run.initial = initial;
    std::vector<float> theta = initial, gradient(initial.size());
    Workspace workspace;
    double trainingSeconds = 0;
    const auto record = [&](int epoch) {
        EpochRecord r{epoch, network.evaluate(theta.data(), trainSet.inputs, trainSet.labels, workspace),
                      network.evaluate(theta.data(), testSet.inputs, testSet.labels, workspace), trainingSeconds};
        run.history.push_back(r);
        if (onEpoch)
            onEpoch(r);
    };
    record(0);
    std::mt19937 order(options.seed), dropout(options.seed ^ 0x9e3779b9u);
    std::vector<int> permutation(std::size_t(trainSet.size()));
    const std::unique_ptr<UpdateRule> rule = makeUpdateRule(options, theta.size());
    const int batchSize = std::max(1, std::min(options.batchSize, trainSet.size()));
    const int batchesPerEpoch = (trainSet.size() + batchSize - 1) / batchSize;
    Matrix batch;
    std::vector<std::uint8_t> labels;
    std::vector<float> previous;
    const ForwardMode training{true, &dropout};
    const std::size_t everyEpoch = std::size_t(std::max(options.epochs, 1)) * std::max<std::size_t>(theta.size(), 1);
    const int checkpointStride = int((everyEpoch + TrainingRun::kCheckpointBudget - 1) / TrainingRun::kCheckpointBudget);
    for (int epoch = 1; epoch <= options.epochs && !run.diverged; ++epoch) {
        const auto started = std::chrono::steady_clock::now();
        std::iota(permutation.begin(), permutation.end(), 0);
        std::shuffle(permutation.begin(), permutation.end(), order);
        for (int b = 0; b < batchesPerEpoch; ++b) {
            checkpoint(control, (double(epoch - 1) + double(b) / batchesPerEpoch) / options.epochs);
            const int from = b * batchSize, size = std::min(batchSize, trainSet.size() - from);
            batch.resize(size, trainSet.inputs.cols());
            labels.resize(std::size_t(size));
            for (int n = 0; n < size; ++n) {
                batch.row(n) = trainSet.inputs.row(permutation[std::size_t(from + n)]);
                labels[std::size_t(n)] = trainSet.labels[std::size_t(permutation[std::size_t(from + n)])];
            }
            const float loss = network.lossAndGradient(theta.data(), batch, labels.data(), gradient.data(), training, workspace);
            if (!std::isfinite(loss)) {
                run.diverged = true;
                break;
            }
            previous = theta;
            rule->apply(theta, gradient);
            if (!std::all_of(theta.begin(), theta.end(), [](float w) { return std::isfinite(w); })) {
                theta = previous; // the step overflowed: the run keeps the last finite weights
                run.diverged = true;
                break;
            }
        }
        trainingSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        record(epoch);
        if (options.keepCheckpoints && (epoch % checkpointStride == 0 || epoch == options.epochs || run.diverged))
            run.checkpoints.push_back({epoch, theta});
    }
    run.trained = theta;
    return run;
}

} // namespace gradus::core::models
