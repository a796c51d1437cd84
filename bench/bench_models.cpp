// Training throughput of the landscape lesson's networks on the bundled Fashion-MNIST subset
// (2,000 images): the seed's CNN and an MLP 784-128-10, SGD with momentum, batch 512; and the loss
// grid L(θ + αu + βv), 31 × 31, against reference_landscape_numpy.py.
#include "core/models/landscape.h"
#include "core/models/network.h"
#include "core/models/training.h"
#include "io/idx_file.h"

#include <QCoreApplication>

#include <chrono>
#include <cstdio>

using namespace gradus;
using namespace gradus::core::models;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Q_INIT_RESOURCE(resources); // the datasets live in the static library's resources
    const LabelledImages images = readLabelledImages(QStringLiteral(":/fashion-mnist/subset-images-idx3-ubyte.gz"),
                                                     QStringLiteral(":/fashion-mnist/subset-labels-idx1-ubyte.gz"));
    Dataset data;
    data.inputs.resize(images.count, images.rows * images.cols);
    for (Eigen::Index k = 0; k < data.inputs.size(); ++k)
        data.inputs.data()[k] = float(images.pixels[std::size_t(k)]) / 255.0f;
    data.labels = images.labels;
    Dataset none;
    none.inputs.resize(0, data.inputs.cols());
    const std::pair<const char*, Network> networks[] = {{"CNN (seed)", Network::seedCnn(0.5f)},
                                                        {"MLP 784-128-10", Network::mlp(784, 128, 1, Activation::Relu, 0.5f)}};
    for (const auto& [name, net] : networks) {
        TrainingOptions options;
        options.epochs = 3;
        const auto start = std::chrono::steady_clock::now();
        const TrainingRun run = train(net, net.initialParameters(1), data, none, options);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("%-16s %zu parameters: %d epochs of %d images (with the per-epoch evaluation) in %.2f s = %.0f images/s; train loss %.3f → %.3f\n",
                    name, net.parameterCount(), options.epochs, data.size(), seconds, options.epochs * data.size() / seconds,
                    run.history.front().train.loss, run.history.back().train.loss);
    }

    // The loss grid, 31 × 31, as the numpy reference: MLP on all 2,000 images; the CNN on 1,000.
    const double peak = 194; // GFLOP/s: this machine's float32 GEMM peak (OpenBLAS sgemm, 2 cores; issue 8)
    for (const auto& [name, net] : networks) {
        const bool cnn = net.inputShape().height == 28;
        Dataset images = data;
        if (cnn) {
            images.inputs = data.inputs.topRows(1000);
            images.labels.resize(1000);
        }
        const std::vector<float> theta = net.initialParameters(1);
        const std::vector<float> u = randomDirection(net, theta, Normalization::PerFilter, 2);
        const std::vector<float> v = randomDirection(net, theta, Normalization::PerFilter, 3);
        const auto start = std::chrono::steady_clock::now();
        const LossGrid grid = lossGrid(net, theta, u, v, images, none, 31, 1.0);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        // Multiply–adds of the layers after the first (what runs per grid point), per image.
        const double perImage = cnn ? 2.0 * (196 * 32 * 144 + 1568 * 64 + 64 * 10) : 2.0 * (128 * 10);
        const double gflops = 31.0 * 31.0 * images.size() * perImage / seconds / 1e9;
        std::printf("%-16s loss grid 31x31 on %d images: %.2f s (%.1f GFLOP/s in the layers after the first, %.0f %% of the %.0f GFLOP/s peak); L(0,0) = %.4f\n",
                    name, images.size(), seconds, gflops, 100 * gflops / peak, peak, grid.trainLoss[15 * 31 + 15]);
    }
}
