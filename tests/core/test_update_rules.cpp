// The networks' update rules against numpy (tests/data/make_update_rules_reference.py): SGD, heavy-ball
// momentum, Nesterov, Adam, AdamW and Lion, three epochs of one full batch on a small dense network, in
// optax's forms. One batch per epoch, so that the batch order cannot matter: the losses after each epoch and
// the final weights must agree to float32's rounding.
#include "core/models/network.h"
#include "core/models/training.h"

#include "support/reference_data.h"

#include <QtTest>

#include <cmath>

using namespace gradus::core::models;

class TestUpdateRules : public QObject {
    Q_OBJECT

    QJsonObject reference;

    static Network network()
    {
        Network net(Shape{1, 1, 20});
        net.addDense(8);
        net.addActivation(Activation::Relu);
        net.addDense(10);
        return net;
    }

    static Dataset samples()
    {
        Dataset set;
        set.inputs.resize(32, 20);
        for (int i = 0; i < 32; ++i) {
            for (int j = 0; j < 20; ++j)
                set.inputs(i, j) = float(0.5 + 0.5 * std::sin(0.7 * i + 1.1 * j));
            set.labels.push_back(std::uint8_t(i % 10));
        }
        return set;
    }

    static std::vector<float> initial(std::size_t count)
    {
        std::vector<float> theta(count);
        for (std::size_t k = 0; k < count; ++k)
            theta[k] = float(0.3 * std::sin(1.3 * double(k) + 0.5));
        return theta;
    }

private slots:
    void initTestCase() { reference = gradus::test::referenceJson("update_rules_reference.json"); }

    void rulesMatchNumpy_data()
    {
        QTest::addColumn<int>("optimizer");
        QTest::addColumn<float>("lr");
        QTest::addColumn<float>("decay");
        QTest::newRow("sgd") << int(Optimizer::Sgd) << 0.1f << 0.0f;
        QTest::newRow("momentum") << int(Optimizer::SgdMomentum) << 0.05f << 0.0f;
        QTest::newRow("nesterov") << int(Optimizer::Nesterov) << 0.05f << 0.0f;
        QTest::newRow("adam") << int(Optimizer::Adam) << 0.01f << 0.0f;
        QTest::newRow("adamw") << int(Optimizer::AdamW) << 0.01f << 0.1f;
        QTest::newRow("lion") << int(Optimizer::Lion) << 0.003f << 0.1f;
    }

    void rulesMatchNumpy()
    {
        QFETCH(int, optimizer);
        QFETCH(float, lr);
        QFETCH(float, decay);
        const Network net = network();
        QCOMPARE(net.parameterCount(), std::size_t(258));
        const Dataset set = samples();
        TrainingOptions options;
        options.optimizer = Optimizer(optimizer);
        options.learningRate = lr;
        options.weightDecay = decay;
        options.batchSize = 32;
        options.epochs = 3;
        const TrainingRun run = train(net, initial(net.parameterCount()), set, set, options);
        const QJsonObject expected = reference[QTest::currentDataTag()].toObject();
        const QJsonArray losses = expected["losses"].toArray(), theta = expected["theta"].toArray();
        QCOMPARE(run.history.size(), std::size_t(4));
        for (int epoch = 0; epoch <= 3; ++epoch)
            QVERIFY2(std::abs(run.history[std::size_t(epoch)].train.loss - losses[epoch].toDouble()) <= 1e-5 * losses[epoch].toDouble(),
                     qPrintable(QStringLiteral("epoch %1: %2, numpy %3").arg(epoch).arg(run.history[std::size_t(epoch)].train.loss).arg(losses[epoch].toDouble())));
        QCOMPARE(theta.size(), qsizetype(run.trained.size()));
        double worst = 0;
        for (qsizetype k = 0; k < theta.size(); ++k)
            worst = std::max(worst, std::abs(double(run.trained[std::size_t(k)]) - theta[k].toDouble()));
        QCOMPARE_LE(worst, 2e-6);
        // Every rule moved the weights and lowered the loss; the training clock only runs forward.
        QCOMPARE_LT(run.history.back().train.loss, run.history.front().train.loss);
        QCOMPARE(run.history.front().seconds, 0.0);
        for (std::size_t e = 1; e < run.history.size(); ++e)
            QCOMPARE_GE(run.history[e].seconds, run.history[e - 1].seconds);
    }
};

QTEST_GUILESS_MAIN(TestUpdateRules)
#include "test_update_rules.moc"
