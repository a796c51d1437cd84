#include "landscape.h"

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <thread>

namespace gradus::core::models {

namespace {

double norm(const float* values, std::size_t count)
{
    double sum = 0;
    for (std::size_t k = 0; k < count; ++k)
        sum += double(values[k]) * double(values[k]);
    return std::sqrt(sum);
}

void scaleTo(float* direction, const float* reference, std::size_t count)
{
    const double d = norm(direction, count), r = norm(reference, count);
    const float factor = d > 0 ? float(r / d) : 0.0f;
    for (std::size_t k = 0; k < count; ++k)
        direction[k] *= factor;
}

// avgpool2×2(relu(a + αb + βc)) for channels-last images of `shape`, in one pass.
void combineReluPool(const Matrix& a, const Matrix& b, const Matrix& c, float alpha, float beta, Shape shape, Matrix& out)
{
    const int channels = shape.channels, width = shape.width, outH = shape.height / 2, outW = shape.width / 2;
    const std::size_t rowStride = std::size_t(width) * std::size_t(channels);
    out.resize(a.rows(), outH * outW * channels);
    for (Eigen::Index n = 0; n < a.rows(); ++n) {
        const float* pa = a.data() + n * a.cols();
        const float* pb = b.data() + n * b.cols();
        const float* pc = c.data() + n * c.cols();
        float* target = out.data() + n * out.cols();
        for (int y = 0; y < outH; ++y)
            for (int x = 0; x < outW; ++x) {
                const std::size_t corner = std::size_t(2 * y) * rowStride + std::size_t(2 * x) * std::size_t(channels);
                const std::size_t offsets[4] = {corner, corner + std::size_t(channels), corner + rowStride, corner + rowStride + std::size_t(channels)};
                float* pooled = target + std::size_t(y * outW + x) * std::size_t(channels);
                std::fill_n(pooled, channels, 0.0f);
                // Channels innermost, contiguous in all four arrays: the loop vectorizes.
                for (const std::size_t o : offsets) {
                    const float* qa = pa + o;
                    const float* qb = pb + o;
                    const float* qc = pc + o;
                    for (int k = 0; k < channels; ++k)
                        pooled[k] += std::max(0.0f, qa[k] + alpha * qb[k] + beta * qc[k]);
                }
                for (int k = 0; k < channels; ++k)
                    pooled[k] *= 0.25f;
            }
    }
}

// The strides of the coarse-to-fine passes: 8, 4, 2, 1 (fewer for a small grid).
std::vector<int> passStrides(int resolution)
{
    std::vector<int> strides;
    for (int s = 8; s >= 1; s /= 2)
        if (s == 1 || s * 2 < resolution)
            strides.push_back(s);
    return strides;
}

} // namespace

std::vector<float> randomDirection(const Network& network, const std::vector<float>& theta, Normalization normalization, std::uint32_t seed)
{
    std::vector<float> d(theta.size());
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    for (float& x : d)
        x = normal(rng);
    for (const ParamTensor& t : network.tensors()) {
        if (normalization == Normalization::PerTensor) {
            scaleTo(d.data() + t.offset, theta.data() + t.offset, t.size());
        } else if (t.bias) {
            std::fill_n(d.data() + t.offset, t.size(), 0.0f);
        } else {
            for (int unit = 0; unit < t.units; ++unit)
                scaleTo(d.data() + t.offset + std::size_t(unit) * std::size_t(t.fanIn), theta.data() + t.offset + std::size_t(unit) * std::size_t(t.fanIn),
                        std::size_t(t.fanIn));
        }
    }
    return d;
}

LossGrid lossGrid(const Network& network, const std::vector<float>& theta, const std::vector<float>& u, const std::vector<float>& v,
                  const Dataset& trainSet, const Dataset& testSet, int resolution, double bound, ComputeControl* control,
                  const std::function<void(const LossGrid&)>& onPass)
{
    LossGrid grid;
    grid.resolution = std::max(1, resolution);
    const int n = grid.resolution;
    for (int i = 0; i < n; ++i)
        grid.alphas.push_back(n == 1 ? 0.0 : -bound + 2.0 * bound * i / (n - 1));
    grid.betas = grid.alphas;
    grid.trainLoss.assign(std::size_t(n) * std::size_t(n), std::numeric_limits<double>::quiet_NaN());
    grid.testLoss = grid.trainLoss;

    const bool shortcut = network.firstLayerIsLinearInParameters();
    // A ReLU right after the first layer is applied while combining, in the same pass, and a 2 × 2
    // average pool after that too (the seed's CNN): the full-size activation is never written.
    const bool fuseRelu = shortcut && network.layerIsRelu(1);
    const bool fusePool = fuseRelu && network.layerIsAveragePool(2);
    const Shape pooledFrom = fusePool ? network.layerInputShape(2) : Shape{};
    const std::size_t rest = shortcut ? network.parameterOffset(1) : 0; // θ' is needed from here on
    const int batchSize = 500;
    // Grid points run in parallel, one per core, each with single-threaded BLAS (network.cpp's gemm
    // sees to that): the layers between the GEMMs (pooling, activations, im2col) then use every core
    // too, and no BLAS threads spin.
    const int workers = int(std::max(1u, std::min(8u, std::thread::hardware_concurrency())));
    struct Worker {
        Workspace workspace;
        std::vector<float> moved;
        Matrix z;
    };
    std::vector<Worker> pool(std::size_t(workers), Worker{{}, theta, {}});
    Workspace workspace;
    Matrix zTheta, zU, zV, batch;
    const long total = long(n) * long(n);
    long done = 0;
    std::vector<bool> computed(std::size_t(total), false);
    for (const int stride : passStrides(n)) {
        std::vector<int> points;
        for (int j = 0; j < n; j += stride)
            for (int i = 0; i < n; i += stride)
                if (!computed[std::size_t(j * n + i)])
                    points.push_back(j * n + i);
        for (const Dataset* set : {&trainSet, &testSet}) {
            std::vector<double>& target = set == &trainSet ? grid.trainLoss : grid.testLoss;
            std::vector<double> sums(points.size(), 0.0);
            const double setShare = set == &trainSet ? 0.0 : 0.5;
            for (int from = 0; from < set->size(); from += batchSize) {
                checkpoint(control, (double(done) + (setShare + 0.5 * double(from) / double(set->size())) * double(points.size())) / double(total));
                const int size = std::min(batchSize, set->size() - from);
                batch = set->inputs.middleRows(from, size);
                const std::uint8_t* labels = set->labels.data() + from;
                if (shortcut) {
                    network.forwardLayer(0, theta.data(), batch, zTheta, workspace);
                    network.forwardLayer(0, u.data(), batch, zU, workspace);
                    network.forwardLayer(0, v.data(), batch, zV, workspace);
                }
                std::atomic<std::size_t> next{0};
                const auto work = [&](Worker& worker) {
                    for (std::size_t p = next++; p < points.size(); p = next++) {
                        if (control && control->cancelRequested())
                            return;
                        const float alpha = float(grid.alphas[std::size_t(points[p] % n)]), beta = float(grid.betas[std::size_t(points[p] / n)]);
                        for (std::size_t k = rest; k < theta.size(); ++k)
                            worker.moved[k] = theta[k] + alpha * u[k] + beta * v[k];
                        double loss;
                        if (fusePool) {
                            combineReluPool(zTheta, zU, zV, alpha, beta, pooledFrom, worker.z);
                            loss = network.lossFrom(3, worker.moved.data(), worker.z, labels, worker.workspace);
                        } else if (fuseRelu) {
                            worker.z = (zTheta + alpha * zU + beta * zV).cwiseMax(0.0f);
                            loss = network.lossFrom(2, worker.moved.data(), worker.z, labels, worker.workspace);
                        } else if (shortcut) {
                            worker.z = zTheta + alpha * zU + beta * zV;
                            loss = network.lossFrom(1, worker.moved.data(), worker.z, labels, worker.workspace);
                        } else {
                            loss = network.lossFrom(0, worker.moved.data(), batch, labels, worker.workspace);
                        }
                        sums[p] += loss * double(size); // each point belongs to one worker
                    }
                };
                std::vector<std::thread> threads;
                for (int t = 1; t < workers; ++t)
                    threads.emplace_back(work, std::ref(pool[std::size_t(t)]));
                work(pool[0]);
                for (std::thread& thread : threads)
                    thread.join();
                checkpoint(control, double(done) / double(total));
            }
            for (std::size_t p = 0; p < points.size(); ++p)
                target[std::size_t(points[p])] = set->size() > 0 ? sums[p] / double(set->size()) : std::numeric_limits<double>::quiet_NaN();
        }
        for (int point : points)
            computed[std::size_t(point)] = true;
        done += long(points.size());
        grid.computed = int(done);
        checkpoint(control, double(done) / double(total));
        if (onPass)
            onPass(grid);
    }
    return grid;
}

LossLine lossLine(const Network& network, const std::vector<float>& theta, const std::vector<float>& direction, const Dataset& trainSet,
                  const Dataset& testSet, const std::vector<double>& t, ComputeControl* control)
{
    LossLine line;
    line.t = t;
    std::vector<float> moved(theta.size());
    Workspace workspace;
    for (std::size_t k = 0; k < t.size(); ++k) {
        checkpoint(control, double(k) / double(t.size()));
        for (std::size_t i = 0; i < theta.size(); ++i)
            moved[i] = theta[i] + float(t[k]) * direction[i];
        line.trainLoss.push_back(network.evaluate(moved.data(), trainSet.inputs, trainSet.labels, workspace).loss);
        line.testLoss.push_back(network.evaluate(moved.data(), testSet.inputs, testSet.labels, workspace).loss);
    }
    return line;
}

double TrajectoryPlane::extent() const
{
    double largest = 0;
    for (const std::vector<double>* coordinates : {&alphas, &betas})
        for (double c : *coordinates)
            largest = std::max(largest, std::abs(c));
    return largest;
}

TrajectoryPlane trajectoryPlane(const std::vector<float>& initial, const std::vector<Checkpoint>& checkpoints,
                                const std::vector<float>& trained)
{
    std::vector<const std::vector<float>*> points{&initial};
    for (const Checkpoint& c : checkpoints)
        points.push_back(&c.theta);
    const int n = int(points.size());
    const std::size_t p = trained.size();
    // The Gram matrix of the differences, in double: only n × n numbers, however many weights.
    Eigen::MatrixXd gram(n, n);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j <= i; ++j) {
            double dot = 0;
            const float *a = points[std::size_t(i)]->data(), *b = points[std::size_t(j)]->data(), *t = trained.data();
            for (std::size_t k = 0; k < p; ++k)
                dot += (double(a[k]) - t[k]) * (double(b[k]) - t[k]);
            gram(i, j) = gram(j, i) = dot;
        }
    // Centring the rows is H·G·H with H = I − 11ᵀ/n; its eigenvectors e (with λ > 0) are orthogonal
    // to 1, so the principal direction Cᵀe/√λ equals Dᵀe/√λ and the uncentred projections are Ge/√λ.
    const Eigen::MatrixXd centring = Eigen::MatrixXd::Identity(n, n) - Eigen::MatrixXd::Constant(n, n, 1.0 / n);
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(centring * gram * centring);
    const Eigen::VectorXd lambda = solver.eigenvalues(); // ascending
    const double total = std::max(lambda.sum(), 0.0);
    TrajectoryPlane plane;
    plane.first.assign(p, 0.0f);
    plane.second.assign(p, 0.0f);
    plane.alphas.assign(std::size_t(n), 0.0);
    plane.betas.assign(std::size_t(n), 0.0);
    for (int c = 0; c < 2 && c < n; ++c) {
        const double value = lambda(n - 1 - c);
        if (!(value > 1e-12 * std::max(total, 1e-300)))
            continue; // fewer independent motions than directions: leave this one zero
        Eigen::VectorXd e = solver.eigenvectors().col(n - 1 - c);
        Eigen::VectorXd projections = gram * e / std::sqrt(value);
        if (projections(0) > 0) { // the start on the negative side
            e = -e;
            projections = -projections;
        }
        std::vector<float>& direction = c == 0 ? plane.first : plane.second;
        for (int i = 0; i < n; ++i) {
            const double weight = e(i) / std::sqrt(value);
            const float *a = points[std::size_t(i)]->data(), *t = trained.data();
            for (std::size_t k = 0; k < p; ++k)
                direction[k] += float(weight * (double(a[k]) - t[k]));
        }
        plane.explained[c] = value / total;
        std::vector<double>& coordinates = c == 0 ? plane.alphas : plane.betas;
        for (int i = 0; i < n; ++i)
            coordinates[std::size_t(i)] = projections(i);
    }
    return plane;
}

} // namespace gradus::core::models
