#pragma once
// Minibatch training of a Network with one of the update rules of update_rules.h (the seed: SGD with
// momentum, lr 0.01, momentum 0.9, batch 512). The batch order and the dropout masks come from separate generators, so that runs with
// and without dropout see the same batches in the same order from the same initial weights.

#include "network.h"

#include "core/compute_control.h"

#include <functional>
#include <vector>

namespace gradus::core::models {

struct Dataset {
    Matrix inputs;                   // one sample per row
    std::vector<std::uint8_t> labels;
    int size() const { return int(inputs.rows()); }
};

enum class Optimizer { Sgd, SgdMomentum, Nesterov, Adam, AdamW, Lion };

struct TrainingOptions {
    Optimizer optimizer = Optimizer::SgdMomentum;
    float learningRate = 0.01f;
    float momentum = 0.9f;                       // SgdMomentum, Nesterov
    float beta1 = 0.9f, beta2 = 0.999f, epsilon = 1e-8f; // Adam, AdamW; Lion's β₁
    float lionBeta2 = 0.99f;                     // Lion's momentum decay (its β₁ interpolates for the sign)
    float weightDecay = 0.0f;                    // AdamW, Lion: decoupled, θ ← θ − ηλθ
    int batchSize = 512;
    int epochs = 10;
    std::uint32_t seed = 0; // batch order and dropout masks
    bool keepCheckpoints = true; // the weights after the epochs (the landscape's trajectory); curves alone need none
};

struct EpochRecord {
    int epoch = 0; // 0: before training
    Evaluation train, test;
    double seconds = 0; // training time up to the end of this epoch (steady clock; evaluations not counted)
};

// The weights at the end of one epoch, for the map of the training trajectory.
struct Checkpoint {
    int epoch = 0;
    std::vector<float> theta;
};

struct TrainingRun {
    std::vector<float> initial, trained;
    std::vector<EpochRecord> history;
    // The weights after every epoch (the last is `trained`); after every few epochs when all of them
    // would take more than kCheckpointBudget numbers (a wide MLP trained for long).
    std::vector<Checkpoint> checkpoints;
    static constexpr std::size_t kCheckpointBudget = 32u << 20; // floats: 128 MiB
    bool diverged = false; // the loss became NaN or infinite: training stopped there

    // The epoch training diverged in (the last one recorded), or −1.
    int divergedInEpoch() const { return diverged && !history.empty() ? history.back().epoch : -1; }
};

// Trains from `initial`; onEpoch (may be empty) sees every record as it is made. Progress goes to
// `control` per batch; a cancel request throws core::Cancelled.
TrainingRun train(const Network& network, const std::vector<float>& initial, const Dataset& trainSet, const Dataset& testSet,
                  const TrainingOptions& options, ComputeControl* control = nullptr,
                  const std::function<void(const EpochRecord&)>& onEpoch = {});

} // namespace gradus::core::models
