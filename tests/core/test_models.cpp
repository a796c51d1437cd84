// Small networks: every layer's backward pass against central finite differences, the seed CNN's
// size, training to high accuracy on a toy problem with both optimizers, bit-for-bit repeatability,
// and dropout that does not change the batch order.
#include "core/models/landscape.h"
#include "core/models/network.h"
#include "core/models/training.h"

#include "support/reference_data.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace gradus::core::models;

namespace {

Matrix randomInputs(int rows, int cols, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    Matrix m(rows, cols);
    for (Eigen::Index k = 0; k < m.size(); ++k)
        m.data()[k] = normal(rng);
    return m;
}

// Compares the analytic gradient with central differences on `checks` parameters (all when 0).
// Returns how many disagree beyond |Δ| ≤ 2e-3 + 3e-2·|g|.
int gradientMismatches(const Network& net, int batch, int classes, std::uint32_t seed, int checks = 0, bool training = false)
{
    const Matrix x = randomInputs(batch, net.inputShape().size(), seed);
    std::vector<std::uint8_t> labels(static_cast<std::size_t>(batch));
    for (int n = 0; n < batch; ++n)
        labels[std::size_t(n)] = std::uint8_t(n % classes);
    std::vector<float> theta = net.initialParameters(seed + 1);
    // Non-zero biases, so that they matter.
    for (const ParamTensor& t : net.tensors())
        if (t.bias)
            for (std::size_t k = 0; k < t.size(); ++k)
                theta[t.offset + k] = 0.1f * float(int(k % 5) - 2);
    Workspace w;
    const auto loss = [&](const std::vector<float>& p, float* g) {
        std::mt19937 rng(99); // the same dropout mask every time
        const ForwardMode mode{training, &rng};
        return double(net.lossAndGradient(p.data(), x, labels.data(), g, mode, w));
    };
    std::vector<float> gradient(theta.size());
    loss(theta, gradient.data());
    std::mt19937 pick(seed);
    int mismatches = 0;
    const int count = checks > 0 ? checks : int(theta.size());
    for (int c = 0; c < count; ++c) {
        const std::size_t k = checks > 0 ? std::size_t(pick() % theta.size()) : std::size_t(c);
        const float eps = 1e-2f;
        std::vector<float> plus = theta, minus = theta;
        plus[k] += eps;
        minus[k] -= eps;
        const double numeric = (loss(plus, nullptr) - loss(minus, nullptr)) / (2.0 * double(eps));
        const double analytic = double(gradient[k]);
        if (std::abs(numeric - analytic) > 2e-3 + 3e-2 * std::abs(analytic)) {
            ++mismatches;
            qInfo("parameter %zu: analytic %.6g, numeric %.6g", k, analytic, numeric);
        }
    }
    return mismatches;
}

// Three well separated Gaussian blobs in the plane.
Dataset blobs(int perClass, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> noise(0.0f, 0.5f);
    const float centres[3][2] = {{-2, 0}, {2, 0}, {0, 2.5f}};
    Dataset set;
    set.inputs.resize(3 * perClass, 2);
    for (int c = 0; c < 3; ++c)
        for (int k = 0; k < perClass; ++k) {
            const int row = c * perClass + k;
            set.inputs(row, 0) = centres[c][0] + noise(rng);
            set.inputs(row, 1) = centres[c][1] + noise(rng);
            set.labels.push_back(std::uint8_t(c));
        }
    return set;
}

} // namespace

using gradus::test::referenceJson;

class TestModels : public QObject {
    Q_OBJECT

private slots:
    void seedCnnHasTheSeedsShape()
    {
        const Network cnn = Network::seedCnn(0.5f);
        QCOMPARE(cnn.outputShape().size(), 10);
        // conv 16: 16·9 + 16; conv 32: 32·144 + 32; dense 64: 64·(7·7·32) + 64; dense 10: 10·64 + 10.
        QCOMPARE(cnn.parameterCount(), std::size_t(160 + 4640 + 100416 + 650));
        QCOMPARE(int(cnn.tensors().size()), 8);
        QCOMPARE(cnn.tensors()[2].units, 32);
        QCOMPARE(cnn.tensors()[2].fanIn, 144);
        const Network mlp = Network::mlp(784, 128, 1, Activation::Relu, 0);
        QCOMPARE(mlp.parameterCount(), std::size_t(784 * 128 + 128 + 128 * 10 + 10));
    }

    void denseGradient()
    {
        Network net({1, 1, 5});
        net.addDense(3);
        QCOMPARE(gradientMismatches(net, 4, 3, 1), 0);
    }

    void geluGradient()
    {
        Network net({1, 1, 6});
        net.addDense(5);
        net.addActivation(Activation::Gelu);
        net.addDense(3);
        QCOMPARE(gradientMismatches(net, 5, 3, 2), 0);
    }

    void reluGradient()
    {
        Network net({1, 1, 6});
        net.addDense(7);
        net.addActivation(Activation::Relu);
        net.addDense(3);
        // A difference step may cross a kink of ReLU; no more than one parameter may disagree.
        QVERIFY(gradientMismatches(net, 5, 3, 3) <= 1);
    }

    void convolutionGradient()
    {
        Network net({5, 4, 2});
        net.addConv3x3(3);
        net.addActivation(Activation::Gelu);
        net.addDense(4);
        QCOMPARE(gradientMismatches(net, 3, 4, 4), 0);
    }

    void poolingGradient()
    {
        Network net({4, 6, 2});
        net.addConv3x3(2);
        net.addAveragePool2x2();
        net.addConv3x3(3);
        net.addAveragePool2x2();
        net.addDense(3);
        QCOMPARE(gradientMismatches(net, 3, 3, 5), 0);
    }

    void dropoutGradient()
    {
        Network net({1, 1, 6});
        net.addDense(8);
        net.addActivation(Activation::Gelu);
        net.addDropout(0.5f);
        net.addDense(3);
        QCOMPARE(gradientMismatches(net, 4, 3, 6, 0, true), 0);
        // In evaluation dropout passes its input through: the loss equals that of the net without it.
        Network plain({1, 1, 6});
        plain.addDense(8);
        plain.addActivation(Activation::Gelu);
        plain.addDense(3);
        const std::vector<float> theta = net.initialParameters(3);
        const Matrix x = randomInputs(4, 6, 8);
        const std::vector<std::uint8_t> labels = {0, 1, 2, 0};
        Workspace w;
        QCOMPARE(net.lossAndGradient(theta.data(), x, labels.data(), nullptr, {}, w),
                 plain.lossAndGradient(theta.data(), x, labels.data(), nullptr, {}, w));
    }

    void seedCnnGradient()
    {
        // 60 parameters drawn across all eight tensors of the full network, two images.
        QCOMPARE(gradientMismatches(Network::seedCnn(0.0f), 2, 10, 7, 60), 0);
    }

    void tinyNetworkLearnsBlobs()
    {
        const Dataset trainSet = blobs(100, 1), testSet = blobs(100, 2);
        const Network net = Network::mlp(2, 16, 1, Activation::Relu, 0.0f, 3);
        for (Optimizer optimizer : {Optimizer::SgdMomentum, Optimizer::Adam}) {
            TrainingOptions options;
            options.optimizer = optimizer;
            options.learningRate = optimizer == Optimizer::Adam ? 0.01f : 0.05f;
            options.batchSize = 32;
            options.epochs = 30;
            int epochsSeen = 0;
            const TrainingRun run = train(net, net.initialParameters(5), trainSet, testSet, options, nullptr,
                                          [&](const EpochRecord&) { ++epochsSeen; });
            QCOMPARE(epochsSeen, 31);
            QCOMPARE(int(run.history.size()), 31);
            QVERIFY(!run.diverged);
            QCOMPARE(run.divergedInEpoch(), -1);
            QVERIFY2(run.history.back().test.accuracy >= 0.97, qPrintable(QString::number(run.history.back().test.accuracy)));
            QVERIFY(run.history.back().train.loss < 0.25 * run.history.front().train.loss);
        }
    }

    void trainingRepeatsBitForBitAndDropoutKeepsTheBatchOrder()
    {
        const Dataset trainSet = blobs(50, 3), testSet = blobs(20, 4);
        TrainingOptions options;
        options.batchSize = 16;
        options.epochs = 3;
        options.seed = 11;
        const Network withDropout = Network::mlp(2, 12, 1, Activation::Gelu, 0.3f, 3);
        const std::vector<float> start = withDropout.initialParameters(2);
        const TrainingRun a = train(withDropout, start, trainSet, testSet, options);
        const TrainingRun b = train(withDropout, start, trainSet, testSet, options);
        QVERIFY(a.trained == b.trained);
        // Dropout at rate 0 draws no masks: the run equals the one without the layer, so both see the
        // same batches in the same order.
        Network zero({1, 1, 2});
        zero.addDense(12);
        zero.addActivation(Activation::Gelu);
        zero.addDropout(0.0f);
        zero.addDense(3);
        const Network none = Network::mlp(2, 12, 1, Activation::Gelu, 0.0f, 3);
        QVERIFY(train(zero, start, trainSet, testSet, options).trained == train(none, start, trainSet, testSet, options).trained);
        QVERIFY(a.trained != train(none, start, trainSet, testSet, options).trained); // dropout did change the result
    }

    void directionsAreNormalized()
    {
        const Network cnn = Network::seedCnn(0.0f);
        std::vector<float> theta = cnn.initialParameters(4);
        for (std::size_t k = 0; k < theta.size(); ++k)
            theta[k] += 0.01f * float(k % 7); // biases too
        const auto norm = [](const float* x, std::size_t n) {
            double s = 0;
            for (std::size_t k = 0; k < n; ++k)
                s += double(x[k]) * double(x[k]);
            return std::sqrt(s);
        };
        const std::vector<float> perTensor = randomDirection(cnn, theta, Normalization::PerTensor, 1);
        for (const ParamTensor& t : cnn.tensors())
            QVERIFY(std::abs(norm(perTensor.data() + t.offset, t.size()) / norm(theta.data() + t.offset, t.size()) - 1) < 1e-5);
        const std::vector<float> perFilter = randomDirection(cnn, theta, Normalization::PerFilter, 1);
        for (const ParamTensor& t : cnn.tensors())
            for (int unit = 0; unit < t.units; ++unit) {
                const std::size_t at = t.offset + std::size_t(unit) * std::size_t(t.fanIn);
                if (t.bias)
                    QCOMPARE(norm(perFilter.data() + at, std::size_t(t.fanIn)), 0.0);
                else
                    QVERIFY(std::abs(norm(perFilter.data() + at, std::size_t(t.fanIn)) / norm(theta.data() + at, std::size_t(t.fanIn)) - 1) < 1e-5);
            }
        // The seed fixes the direction; another seed gives another.
        QVERIFY(perTensor == randomDirection(cnn, theta, Normalization::PerTensor, 1));
        QVERIFY(perTensor != randomDirection(cnn, theta, Normalization::PerTensor, 2));
    }

    void lossGridMatchesDirectEvaluation()
    {
        const Dataset trainSet = blobs(40, 7), testSet = blobs(30, 8);
        const Network net = Network::mlp(2, 10, 2, Activation::Gelu, 0.0f, 3);
        TrainingOptions options;
        options.optimizer = Optimizer::Adam;
        options.epochs = 5;
        options.batchSize = 16;
        const std::vector<float> theta = train(net, net.initialParameters(1), trainSet, testSet, options).trained;
        const std::vector<float> u = randomDirection(net, theta, Normalization::PerFilter, 3);
        const std::vector<float> v = randomDirection(net, theta, Normalization::PerFilter, 4);
        std::vector<int> passes;
        const LossGrid grid = lossGrid(net, theta, u, v, trainSet, testSet, 17, 0.5, nullptr,
                                       [&](const LossGrid& partial) { passes.push_back(partial.computed); });
        // Coarse to fine: every 8th point (3 × 3), then every 4th, 2nd, all.
        QCOMPARE(passes, (std::vector<int>{9, 25, 81, 289}));
        QCOMPARE(grid.alphas.front(), -0.5);
        QCOMPARE(grid.alphas[8], 0.0);
        // The centre is the trained network.
        Workspace w;
        const Evaluation trained = net.evaluate(theta.data(), trainSet.inputs, trainSet.labels, w);
        QVERIFY(std::abs(grid.trainLoss[8 * 17 + 8] - trained.loss) <= 1e-12 * trained.loss);
        // Any point equals evaluating θ + αu + βv directly (the first layer's shortcut is exact up to
        // float rounding).
        for (const auto& [i, j] : {std::pair{0, 0}, std::pair{16, 3}, std::pair{5, 12}}) {
            std::vector<float> moved(theta.size());
            for (std::size_t k = 0; k < theta.size(); ++k)
                moved[k] = theta[k] + float(grid.alphas[std::size_t(i)]) * u[k] + float(grid.betas[std::size_t(j)]) * v[k];
            const double direct = net.evaluate(moved.data(), testSet.inputs, testSet.labels, w).loss;
            QVERIFY2(std::abs(grid.testLoss[std::size_t(j * 17 + i)] - direct) <= 1e-5 * direct, qPrintable(QString::number(direct)));
        }
        // Same seeds, same grid, bit for bit.
        const LossGrid again = lossGrid(net, theta, u, v, trainSet, testSet, 17, 0.5);
        QVERIFY(again.trainLoss == grid.trainLoss && again.testLoss == grid.testLoss);
        // The line through θ along u passes the grid's middle row.
        const LossLine line = lossLine(net, theta, u, trainSet, testSet, {-0.5, 0.0, 0.5});
        QVERIFY(std::abs(line.trainLoss[1] - trained.loss) <= 1e-12 * trained.loss);
        QVERIFY(std::abs(line.trainLoss[0] - grid.trainLoss[8 * 17 + 0]) <= 1e-5 * line.trainLoss[0]);
    }

    void convolutionalGridMatchesDirectEvaluation()
    {
        // conv → ReLU → pool first: the grid fuses the combination, ReLU and pooling in one pass.
        Network net({6, 6, 2});
        net.addConv3x3(4);
        net.addActivation(Activation::Relu);
        net.addAveragePool2x2();
        net.addDense(3);
        Dataset set;
        set.inputs = randomInputs(30, 72, 3);
        for (int n = 0; n < 30; ++n)
            set.labels.push_back(std::uint8_t(n % 3));
        const std::vector<float> theta = net.initialParameters(2);
        const std::vector<float> u = randomDirection(net, theta, Normalization::PerTensor, 5);
        const std::vector<float> v = randomDirection(net, theta, Normalization::PerTensor, 6);
        const LossGrid grid = lossGrid(net, theta, u, v, set, set, 5, 1.0);
        Workspace w;
        for (int j = 0; j < 5; ++j)
            for (int i = 0; i < 5; ++i) {
                std::vector<float> moved(theta.size());
                for (std::size_t k = 0; k < theta.size(); ++k)
                    moved[k] = theta[k] + float(grid.alphas[std::size_t(i)]) * u[k] + float(grid.betas[std::size_t(j)]) * v[k];
                const double direct = net.evaluate(moved.data(), set.inputs, set.labels, w).loss;
                QVERIFY2(std::abs(grid.trainLoss[std::size_t(j * 5 + i)] - direct) <= 1e-5 * direct, qPrintable(QString::number(direct)));
            }
    }

    // The plane of a training trajectory equals scikit-learn's PCA of the differences θ_k − θ̂ (Li et al.'s
    // recipe; tests/data/make_trajectory_plane_reference.py): the explained shares, both unit directions
    // and every point's coordinates, the trained weights at (0, 0).
    void trajectoryPlaneMatchesScikitLearn()
    {
        const auto point = [](int i) {
            std::vector<float> theta(50);
            for (int k = 0; k < 50; ++k)
                theta[std::size_t(k)] = float(std::cos(0.7 * k * (i + 1)) + 0.1 * i * std::sin(0.13 * k) + 0.05 * i * i);
            return theta;
        };
        std::vector<Checkpoint> checkpoints;
        for (int i = 1; i <= 6; ++i)
            checkpoints.push_back({i, point(i)});
        const TrajectoryPlane plane = trajectoryPlane(point(0), checkpoints, point(6));
        const QJsonObject ref = referenceJson("trajectory_plane_reference.json");
        const auto near = [](double ours, double theirs) { return std::abs(ours - theirs) <= 1e-6 * (1 + std::abs(theirs)); };
        for (int c = 0; c < 2; ++c)
            QVERIFY2(near(plane.explained[c], ref["explained"][c].toDouble()), qPrintable(QString::number(plane.explained[c])));
        for (int i = 0; i < 7; ++i) {
            QVERIFY2(near(plane.alphas[std::size_t(i)], ref["alphas"][i].toDouble()), qPrintable(QString::number(i)));
            QVERIFY2(near(plane.betas[std::size_t(i)], ref["betas"][i].toDouble()), qPrintable(QString::number(i)));
        }
        for (int k = 0; k < 50; ++k) {
            QVERIFY2(near(plane.first[std::size_t(k)], ref["first"][k].toDouble()), qPrintable(QString::number(k)));
            QVERIFY2(near(plane.second[std::size_t(k)], ref["second"][k].toDouble()), qPrintable(QString::number(k)));
        }
        QCOMPARE(plane.alphas.back(), 0.0);
        double extent = 0;
        for (const char* axis : {"alphas", "betas"})
            for (const QJsonValue& c : ref[axis].toArray())
                extent = std::max(extent, std::abs(c.toDouble()));
        QVERIFY(near(plane.extent(), extent));
        // A straight path has one direction; the other stays zero instead of noise.
        std::vector<Checkpoint> straight{{1, std::vector<float>(50, 1.0f)}, {2, std::vector<float>(50, 2.0f)}};
        const TrajectoryPlane line = trajectoryPlane(std::vector<float>(50, 0.0f), straight, std::vector<float>(50, 2.0f));
        QCOMPARE_LE(std::abs(line.explained[0] - 1), 1e-12);
        QCOMPARE(line.explained[1], 0.0);
        QVERIFY(std::all_of(line.second.begin(), line.second.end(), [](float x) { return x == 0; }));
        QCOMPARE_LE(std::abs(line.alphas[0] + std::sqrt(50.0) * 2), 1e-5); // θ₀ is 2√50 away, on the negative side
    }

    // Training keeps the weights after every epoch for that map; the last are the trained ones.
    void trainingKeepsACheckpointPerEpoch()
    {
        const Dataset trainSet = blobs(30, 5), testSet = blobs(10, 6);
        const Network net = Network::mlp(2, 8, 1, Activation::Relu, 0.0f, 3);
        TrainingOptions options;
        options.epochs = 4;
        const TrainingRun run = train(net, net.initialParameters(1), trainSet, testSet, options);
        QCOMPARE(int(run.checkpoints.size()), 4);
        for (int k = 0; k < 4; ++k)
            QCOMPARE(run.checkpoints[std::size_t(k)].epoch, k + 1);
        QVERIFY(run.checkpoints.back().theta == run.trained);
        QVERIFY(run.checkpoints.front().theta != run.initial);
    }

    void divergenceStopsTraining()
    {
        const Dataset trainSet = blobs(30, 5), testSet = blobs(10, 6);
        const Network net = Network::mlp(2, 8, 1, Activation::Relu, 0.0f, 3);
        TrainingOptions options;
        options.learningRate = 1e30f;
        options.epochs = 5;
        const TrainingRun run = train(net, net.initialParameters(1), trainSet, testSet, options);
        QVERIFY(run.diverged);
        QVERIFY(int(run.history.size()) <= 6);
        QCOMPARE(run.history.back().epoch, int(run.history.size()) - 1); // the epoch it diverged in is the last recorded
        QCOMPARE(run.divergedInEpoch(), run.history.back().epoch);
        QVERIFY(run.divergedInEpoch() >= 1);
        // The step that made the loss non-finite is not taken: the weights it ends with are finite.
        QVERIFY(std::all_of(run.trained.begin(), run.trained.end(), [](float w) { return std::isfinite(w); }));
        // A step so long that the weights themselves overflow float is caught at once.
        options.learningRate = 3e38f;
        Dataset loud = trainSet; // large inputs: gradients well above 1, so lr·gradient overflows in the first step
        loud.inputs *= 1000.0f;
        const TrainingRun overflow = train(net, net.initialParameters(1), loud, testSet, options);
        QVERIFY(overflow.diverged);
        QVERIFY(std::all_of(overflow.trained.begin(), overflow.trained.end(), [](float w) { return std::isfinite(w); }));
    }
};

QTEST_APPLESS_MAIN(TestModels)
#include "test_models.moc"
