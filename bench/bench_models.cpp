// Training throughput of the landscape lesson's networks on the bundled Fashion-MNIST subset
// (2,000 images): the seed's CNN and an MLP 784-128-10, one epoch of SGD with momentum, batch 512.
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
}
