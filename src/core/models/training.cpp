#include "training.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace gradus::core::models {

namespace {

class UpdateRule {
public:
    UpdateRule(const TrainingOptions& options, std::size_t size) : options_(options), first_(size, 0.0f), second_(options.optimizer == Optimizer::Adam ? size : 0, 0.0f) {}

    void apply(std::vector<float>& theta, const std::vector<float>& gradient)
    {
        ++steps_;
        const float lr = options_.learningRate;
        if (options_.optimizer == Optimizer::SgdMomentum) {
            // v ← μv + g, θ ← θ − ηv (the form of optax.sgd with momentum).
            for (std::size_t k = 0; k < theta.size(); ++k) {
                first_[k] = options_.momentum * first_[k] + gradient[k];
                theta[k] -= lr * first_[k];
            }
            return;
        }
        const float b1 = options_.beta1, b2 = options_.beta2;
        const float correction1 = 1.0f - std::pow(b1, float(steps_)), correction2 = 1.0f - std::pow(b2, float(steps_));
        for (std::size_t k = 0; k < theta.size(); ++k) {
            first_[k] = b1 * first_[k] + (1.0f - b1) * gradient[k];
            second_[k] = b2 * second_[k] + (1.0f - b2) * gradient[k] * gradient[k];
            theta[k] -= lr * (first_[k] / correction1) / (std::sqrt(second_[k] / correction2) + options_.epsilon);
        }
    }

private:
    const TrainingOptions& options_;
    std::vector<float> first_, second_;
    long steps_ = 0;
};

} // namespace

TrainingRun train(const Network& network, const std::vector<float>& initial, const Dataset& trainSet, const Dataset& testSet,
                  const TrainingOptions& options, ComputeControl* control, const std::function<void(const EpochRecord&)>& onEpoch)
{
    TrainingRun run;
    run.initial = initial;
    std::vector<float> theta = initial, gradient(initial.size());
    Workspace workspace;
    const auto record = [&](int epoch) {
        EpochRecord r{epoch, network.evaluate(theta.data(), trainSet.inputs, trainSet.labels, workspace),
                      network.evaluate(theta.data(), testSet.inputs, testSet.labels, workspace)};
        run.history.push_back(r);
        if (onEpoch)
            onEpoch(r);
    };
    record(0);
    std::mt19937 order(options.seed), dropout(options.seed ^ 0x9e3779b9u);
    std::vector<int> permutation(std::size_t(trainSet.size()));
    UpdateRule rule(options, theta.size());
    const int batchSize = std::max(1, std::min(options.batchSize, trainSet.size()));
    const int batchesPerEpoch = (trainSet.size() + batchSize - 1) / batchSize;
    Matrix batch;
    std::vector<std::uint8_t> labels;
    std::vector<float> previous;
    const ForwardMode training{true, &dropout};
    const std::size_t everyEpoch = std::size_t(std::max(options.epochs, 1)) * std::max<std::size_t>(theta.size(), 1);
    const int checkpointStride = int((everyEpoch + TrainingRun::kCheckpointBudget - 1) / TrainingRun::kCheckpointBudget);
    for (int epoch = 1; epoch <= options.epochs && !run.diverged; ++epoch) {
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
            rule.apply(theta, gradient);
            if (!std::all_of(theta.begin(), theta.end(), [](float w) { return std::isfinite(w); })) {
                theta = previous; // the step overflowed: the run keeps the last finite weights
                run.diverged = true;
                break;
            }
        }
        record(epoch);
        if (epoch % checkpointStride == 0 || epoch == options.epochs || run.diverged)
            run.checkpoints.push_back({epoch, theta});
    }
    run.trained = theta;
    return run;
}

} // namespace gradus::core::models
