#pragma once
// Loss landscapes: L(θ + αu + βv) over a grid of (α, β), and along a line, for a trained Network.
// Directions are Gaussian, scaled to the trained weights per tensor (the seed's choice) or per
// filter (Li et al., "Visualizing the loss landscape of neural nets", NeurIPS 2018). The first
// layer is affine in its parameters, so its output at θ + αu + βv is Z(θ) + αZ(u) + βZ(v): three
// passes through it serve the whole grid, and only the layers after it run per grid point.

#include "network.h"
#include "training.h"

#include "core/compute_control.h"

#include <functional>
#include <vector>

namespace gradus::core::models {

enum class Normalization { PerTensor, PerFilter };

// A Gaussian direction (fixed by seed) scaled so that each tensor (PerTensor) or each filter / output
// unit's row (PerFilter) has the norm of the same part of θ. With PerFilter, bias directions are zero
// (as Li et al. do).
std::vector<float> randomDirection(const Network& network, const std::vector<float>& theta, Normalization normalization,
                                   std::uint32_t seed);

struct LossGrid {
    int resolution = 0;
    std::vector<double> alphas, betas;        // the grid's coordinates, each resolution long
    std::vector<double> trainLoss, testLoss; // resolution × resolution, row = β; NaN until computed
    int computed = 0;                        // grid points evaluated so far
};

// The grid over [−bound, bound]², evaluated coarse to fine (every 8th point first, then the points
// in between), with onPass called after each pass so that a picture can sharpen. Progress and
// cancellation through control.
LossGrid lossGrid(const Network& network, const std::vector<float>& theta, const std::vector<float>& u, const std::vector<float>& v,
                  const Dataset& trainSet, const Dataset& testSet, int resolution, double bound, ComputeControl* control = nullptr,
                  const std::function<void(const LossGrid&)>& onPass = {});

// L(θ + t·d) for each t, train and test (d may be the difference of two parameter vectors: the line
// from the initial to the trained weights is θ₀ + t(θ₁ − θ₀)).
struct LossLine {
    std::vector<double> t, trainLoss, testLoss;
};
LossLine lossLine(const Network& network, const std::vector<float>& theta, const std::vector<float>& direction, const Dataset& trainSet,
                  const Dataset& testSet, const std::vector<double>& t, ComputeControl* control = nullptr);

// The plane of the training trajectory (Li et al. 2018, section 7): random directions in millions
// of dimensions are nearly orthogonal to the path, so the map takes the two leading principal
// directions of the differences θ_k − θ̂ instead (θ₀ and the weights after each checkpointed epoch,
// against the trained θ̂), as Li et al. do with scikit-learn's PCA (centred), and projects the
// uncentred differences on them: the path ends at (0, 0). Signs: θ₀ lies at α ≤ 0, β ≤ 0.
struct TrajectoryPlane {
    std::vector<float> first, second; // unit directions; `second` is zero when the path is a straight line
    double explained[2] = {0, 0};     // share of the variance of the differences along each
    std::vector<double> alphas, betas; // coordinates of θ₀, then of each checkpoint (the last: θ̂ at 0, 0)
    double extent() const;            // the largest |coordinate|
};
TrajectoryPlane trajectoryPlane(const std::vector<float>& initial, const std::vector<Checkpoint>& checkpoints,
                                const std::vector<float>& trained);

} // namespace gradus::core::models
