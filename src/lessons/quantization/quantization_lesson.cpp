#include "quantization_lesson.h"

#include "core/compute_control.h"
#include "framework/errors.h"
#include "framework/json_numbers.h"
#include "io/csv_table.h"
#include "io/image_file.h"
#include "lessons/common/fashion_training.h"
#include "quantization_figure.h"

#include <QFileInfo>
#include <QJsonArray>

#include <cmath>
#include <random>

namespace gradus {

namespace qz = core::quantization;

namespace {

qz::Matrix heavyTailedMatrix(int rows, int cols, double degreesOfFreedom, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::student_t_distribution<double> t(degreesOfFreedom);
    qz::Matrix x(rows, cols);
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j)
            x(i, j) = t(rng);
    return x;
}

QString refusal(int rows, int cols, const QString& source)
{
    return QuantizationLesson::tr("%1 is %2 × %3; the lesson takes matrices up to %4 × %4: cut it, or scale the picture down "
                                  "with “Largest size”.")
        .arg(source)
        .arg(rows)
        .arg(cols)
        .arg(QuantizationLesson::kMaxSide);
}

qz::Matrix pictureMatrix(const QString& image, double maxPixels, QString& label)
{
    ImageLimits limits;
    limits.maxPixels = maxPixels;
    const LoadedImage loaded = loadImage(image, limits);
    const core::linalg::MatrixF grey = loaded.image.channels() == 1 ? loaded.image.planes.front() : core::luma(loaded.image);
    label = QuantizationLesson::tr("%1, grey, %2 × %3").arg(loaded.displayName).arg(grey.rows()).arg(grey.cols());
    if (grey.rows() > QuantizationLesson::kMaxSide || grey.cols() > QuantizationLesson::kMaxSide)
        throw InputError(refusal(int(grey.rows()), int(grey.cols()), loaded.displayName));
    return grey.cast<double>();
}

qz::Matrix csvMatrix(const QString& path, QString& label)
{
    const NumericTable table = readNumericCsv(path, 1);
    const QString name = QFileInfo(path).fileName();
    if (table.rowCount() > QuantizationLesson::kMaxSide || table.columnCount() > QuantizationLesson::kMaxSide)
        throw InputError(refusal(table.rowCount(), table.columnCount(), name));
    qz::Matrix x(table.rowCount(), table.columnCount());
    for (int j = 0; j < table.columnCount(); ++j)
        for (int i = 0; i < table.rowCount(); ++i) {
            const double value = table.columns[j][i];
            if (!std::isfinite(value))
                throw InputError(QuantizationLesson::tr("%1: row %2, column %3 is not a finite number").arg(name).arg(i + 1).arg(j + 1));
            x(i, j) = value;
        }
    label = QuantizationLesson::tr("%1, %2 × %3").arg(name).arg(x.rows()).arg(x.cols());
    return x;
}

// A weight matrix of the landscape lesson's default network (the very run it trains and caches), with
// the test images that measure the network.
QuantizedNetwork landscapeNetworkLayer(const QString& which, QString& label, core::ComputeControl* control)
{
    using D = DefaultFashionTraining;
    const FashionSplit split = loadFashionSplit(QStringLiteral("subset"), D::kTrainSize, D::kTestSize);
    auto network = std::make_shared<const core::models::Network>(
        core::models::Network::mlp(784, D::kHidden, D::kDepth, core::models::Activation::Relu, 0.0f));
    TrainingRecipe recipe;
    recipe.options.learningRate = float(D::kLearningRate);
    recipe.options.momentum = float(D::kMomentum);
    recipe.options.batchSize = D::kBatch;
    recipe.options.epochs = D::kEpochs;
    recipe.options.seed = std::uint32_t(D::kSeed);
    QuantizedNetwork quantized;
    const core::models::TrainingRun run =
        trainedOrCached(trainingCacheKey(*network, 0.0f, false, recipe), *network, network->initialParameters(recipe.options.seed), split,
                        recipe.options, control, {}, &quantized.fromCache);
    // The weight tensors in order: the hidden layer's, then the output layer's.
    std::vector<core::models::ParamTensor> weights;
    for (const core::models::ParamTensor& tensor : network->tensors())
        if (!tensor.bias)
            weights.push_back(tensor);
    quantized.layer = which == u"output" ? weights.back() : weights.front();
    quantized.network = network;
    quantized.trained = run.trained;
    quantized.test = split.test;
    core::models::Workspace workspace;
    quantized.accuracyFloat32 = network->evaluate(run.trained.data(), split.test.inputs, split.test.labels, workspace).accuracy;
    label = (which == u"output" ? QuantizationLesson::tr("MLP's output layer, %1 × %2") : QuantizationLesson::tr("MLP's hidden layer, %1 × %2"))
                .arg(quantized.layer.units)
                .arg(quantized.layer.fanIn);
    return quantized;
}

qz::Matrix layerMatrix(const QuantizedNetwork& quantized)
{
    const core::models::ParamTensor& layer = quantized.layer;
    qz::Matrix x(layer.units, layer.fanIn);
    for (int i = 0; i < layer.units; ++i)
        for (int j = 0; j < layer.fanIn; ++j)
            x(i, j) = quantized.trained[layer.offset + std::size_t(i) * std::size_t(layer.fanIn) + std::size_t(j)];
    return x;
}

// Bytes to store n entries at `bits` each, packed.
double packedBytes(double n, int bits) { return std::ceil(n * bits / 8.0); }

} // namespace

double QuantizedNetwork::accuracyWith(const Eigen::MatrixXd& weights) const
{
    std::vector<float> theta = trained;
    for (int i = 0; i < layer.units; ++i)
        for (int j = 0; j < layer.fanIn; ++j)
            theta[layer.offset + std::size_t(i) * std::size_t(layer.fanIn) + std::size_t(j)] = float(weights(i, j));
    core::models::Workspace workspace;
    return network->evaluate(theta.data(), test.inputs, test.labels, workspace).accuracy;
}

QString QuantizationResult::frameLabel(int frame) const
{
    return QCoreApplication::translate("gradus::QuantizationResult", "step %1 of %2").arg(frame).arg(frameCount() - 1);
}

QuantizationLesson::QuantizationLesson()
{
    const QString data = tr("Matrix");
    const QString method = tr("Decomposition");
    const QString storage = tr("Storage");
    schema_.add(ParamSpec::choice("input", tr("Matrix"), QStringLiteral("heavy-tailed"),
                                  {{"heavy-tailed", tr("Random, with outliers (Student t)")},
                                   {"picture", tr("A picture, grey")},
                                   {"network", tr("A layer of the landscape lesson's network")}})
                    .withHelp(tr("What is quantized. Language-model weights are mostly small with a few large outliers; "
                                 "Student's t with few degrees of freedom has such tails. A network's layer also shows what "
                                 "the storage costs in test accuracy."))
                    .inGroup(data));
    schema_.add(ParamSpec::choice("layer", tr("Layer"), QStringLiteral("hidden"),
                                  {{"hidden", tr("hidden: 784 pixels → 128 units")}, {"output", tr("output: 128 units → 10 classes")}})
                    .withHelp(tr("A weight matrix of the landscape lesson's default network (an MLP trained on 1,000 Fashion-MNIST "
                                 "images, the same run that lesson trains and keeps); the network with the stored layer is "
                                 "measured on 1,000 test images."))
                    .relevantWhen("input", {"network"})
                    .inGroup(data));
    schema_.add(ParamSpec::integer("rows", tr("Rows"), 128, 2, kMaxSide).relevantWhen("input", {"heavy-tailed"}).inGroup(data));
    schema_.add(ParamSpec::integer("cols", tr("Columns"), 128, 2, kMaxSide).relevantWhen("input", {"heavy-tailed"}).inGroup(data));
    schema_.add(ParamSpec::real("tail", tr("Degrees of freedom ν"), 3, 1, 100, 1)
                    .logScale()
                    .withHelp(tr("Student's t: ν = 1 is the Cauchy distribution (huge outliers), large ν is nearly Gaussian."))
                    .relevantWhen("input", {"heavy-tailed"})
                    .inGroup(data));
    schema_.add(ParamSpec::integer("seed", tr("Seed"), 2024, 0, 1000000)
                    .withHelp(tr("Draws the random matrix and the random orthogonal basis.")).inGroup(data));
    const QStringList samples = sampleImageNames();
    schema_.add(ParamSpec::file("image", tr("Picture"), tr("Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.ppm *.pgm)"))
                    .withDefault(QStringLiteral("camera"))
                    .withSuggestions(samples)
                    .withHelp(tr("A picture file or a built-in sample (%1), taken in grey.").arg(samples.join(u", ")))
                    .relevantWhen("input", {"picture"})
                    .inGroup(data));
    schema_.add(ParamSpec::real("max_pixels", tr("Largest size"), 16384, 64, double(kMaxSide) * kMaxSide, 0)
                    .logScale()
                    .withUnit(tr("pixels"))
                    .withHelp(tr("The picture is scaled down to this many pixels first; each step multiplies matrices of its size."))
                    .relevantWhen("input", {"picture"})
                    .inGroup(data));
    schema_.add(ParamSpec::file("file", tr("CSV matrix"), tr("Tables (*.csv *.tsv *.txt)"))
                    .withHelp(tr("Numbers separated by commas, semicolons, tabs or spaces, one row of the matrix per line. "
                                 "When set, it replaces the matrix chosen above."))
                    .inGroup(data));
    schema_.add(ParamSpec::choice("basis", tr("Orthogonal Q"), QStringLiteral("random"),
                                  {{"random", tr("Random orthogonal (Haar)")}, {"dct", tr("Discrete cosine transform")}})
                    .withHelp(tr("X = U + Q₁VQ₂ᵀ. A random orthogonal Q works for almost every matrix (Kashin's theorem) and is "
                                 "stored as its seed; the DCT is fast and stores nothing, but a matrix concentrated in both "
                                 "bases at once defeats it."))
                    .inGroup(method));
    schema_.add(ParamSpec::real("eta", tr("Shrink η"), 0.6, 0.05, 0.99, 2)
                    .withStep(0.05)
                    .withHelp(tr("The clipping level shrinks by η every step. Smaller η: smaller factors, but too small and the "
                                 "residual stops falling."))
                    .inGroup(method));
    schema_.add(ParamSpec::real("delta", tr("Level δ"), 1.0, 0.05, 4, 2)
                    .withStep(0.05)
                    .withHelp(tr("The first clipping level is ‖X‖_F/√(2δN) with N = 2mn: larger δ clips harder."))
                    .inGroup(method));
    schema_.add(ParamSpec::integer("iters", tr("Steps at most"), 60, 1, 500)
                    .withHelp(tr("The decomposition stops earlier when the residual is below 10⁻¹² of ‖X‖.")).inGroup(method));
    schema_.add(ParamSpec::integer("bits", tr("Bits per entry"), 3, 1, kMaxBits)
                    .withHelp(tr("The budget shown in the pictures and histograms: bits per entry of X. Kashin splits it, "
                                 "⌈b/2⌉ bits for U and ⌊b/2⌋ for V, so that both parts together cost the same."))
                    .inGroup(storage));
}

QList<LessonPreset> QuantizationLesson::presets() const
{
    return {
        {"cauchy", tr("Cauchy outliers: uniform quantization breaks down"), {"tail=1"}},
        {"gaussian", tr("Nearly Gaussian: little to gain"), {"tail=100"}},
        {"picture", tr("A photo and the DCT: edges in U, shading in Q₁VQ₂ᵀ"), {"input=picture", "basis=dct", "delta=0.5", "bits=4"}},
        {"no-convergence", tr("η too small: the residual stalls"), {"eta=0.5"}},
        {"seed", tr("As in the original post: the poster's two clustered summands"), {"rows=256", "cols=256", "bits=2"}},
        {"network", tr("A trained network's hidden layer: what each bit costs in accuracy"), {"input=network"}},
    };
}

ResultPtr QuantizationLesson::compute(const ParamValues& params, core::ComputeControl* control) const
{
    auto result = std::make_shared<QuantizationResult>();
    result->input = params.text("input");
    result->basisName = params.text("basis");
    result->eta = params.real("eta");
    result->delta = params.real("delta");
    result->shownBits = params.integer("bits");
    const auto seed = std::uint64_t(params.integer("seed"));
    if (!params.text("file").isEmpty()) {
        result->input = QStringLiteral("csv");
        result->x = csvMatrix(params.text("file"), result->inputLabel);
    } else if (result->input == u"network") {
        core::ComputeStage training(control, 0, 0.4);
        result->network = landscapeNetworkLayer(params.text("layer"), result->inputLabel, training.get());
        result->x = layerMatrix(*result->network);
    } else if (result->input == u"picture") {
        result->x = pictureMatrix(params.text("image"), params.real("max_pixels"), result->inputLabel);
    } else {
        const double tail = params.real("tail");
        result->x = heavyTailedMatrix(params.integer("rows"), params.integer("cols"), tail, seed);
        result->inputLabel = tr("Student t, ν = %1, %2 × %3").arg(tail).arg(result->x.rows()).arg(result->x.cols());
    }
    const int rows = int(result->x.rows()), cols = int(result->x.cols());
    // What follows reports its progress within the part left after the input (training a network takes a while).
    core::ComputeStage rest(control, result->network ? 0.4 : 0.0, 1.0);
    control = rest.get();
    core::checkpoint(control, 0.02);

    // Both orthogonal matrices come from the one seed (+1 for the second), which is all a random basis costs to store.
    result->basis = result->basisName == u"dct" ? qz::KroneckerBasis{qz::dctBasis(rows), qz::dctBasis(cols)}
                                                : qz::KroneckerBasis{qz::randomOrthogonal(rows, seed), qz::randomOrthogonal(cols, seed + 1)};
    core::checkpoint(control, 0.1);
    qz::KashinSettings settings;
    settings.eta = result->eta;
    settings.delta = result->delta;
    settings.iterations = params.integer("iters");
    {
        core::ComputeStage stage(control, 0.1, 0.5);
        result->kashin = qz::kashinDecompose(result->x, result->basis, settings, true, stage.get());
    }

    const qz::Matrix& x = result->x;
    const qz::Matrix& u = result->kashin.u;
    const qz::Matrix& v = result->kashin.v;
    const double n = double(x.size());
    const double basisBytes = result->basisName == u"dct" ? 0 : 8; // the seed
    result->bytesFloat32 = 4 * n;
    for (int bits = 1; bits <= kMaxBits; ++bits) {
        core::checkpoint(control, 0.5 + 0.5 * (bits - 1) / kMaxBits);
        QuantizationAtBits w;
        w.bits = bits;
        w.bitsU = (bits + 1) / 2;
        w.bitsV = bits / 2;
        const qz::Codebook uniformX = qz::uniformCodebook(x, bits);
        const qz::Codebook centroidsX = qz::kMeansCodebook(x, bits, seed);
        w.errorUniform = qz::relativeError(x, uniformX.apply(x));
        w.errorCentroids = qz::relativeError(x, centroidsX.apply(x));
        // V with 0 bits is its one centroid, the mean: U carries the whole budget.
        const qz::Codebook centroidsU = qz::kMeansCodebook(u, w.bitsU, seed), centroidsV = qz::kMeansCodebook(v, w.bitsV, seed);
        const qz::Matrix kashin = centroidsU.apply(u) + qz::synthesize(result->basis, centroidsV.apply(v));
        const qz::Matrix kashinUniform =
            qz::uniformCodebook(u, w.bitsU).apply(u) + qz::synthesize(result->basis, qz::uniformCodebook(v, w.bitsV).apply(v));
        w.errorKashin = qz::relativeError(x, kashin);
        w.errorKashinUniform = qz::relativeError(x, kashinUniform);
        if (result->network) {
            w.accuracyUniform = result->network->accuracyWith(uniformX.apply(x));
            w.accuracyCentroids = result->network->accuracyWith(centroidsX.apply(x));
            w.accuracyKashin = result->network->accuracyWith(kashin);
            w.accuracyKashinUniform = result->network->accuracyWith(kashinUniform);
        }
        // Honest bytes: the packed indices, every table as float32 (two numbers, the minimum and the
        // step, for a uniform grid; the centroids otherwise) and, for Kashin, the basis.
        w.bytesUniform = packedBytes(n, bits) + 8;
        w.bytesCentroids = packedBytes(n, bits) + 4.0 * double(centroidsX.levels.size());
        w.bytesKashin = packedBytes(n, w.bitsU) + packedBytes(n, w.bitsV) + 4.0 * double(centroidsU.levels.size() + centroidsV.levels.size()) + basisBytes;
        w.bytesKashinUniform = packedBytes(n, w.bitsU) + packedBytes(n, w.bitsV) + 16 + basisBytes;
        if (bits == result->shownBits) {
            result->codebookX = centroidsX;
            result->codebookU = centroidsU;
            result->codebookV = centroidsV;
            result->reconstruction = kashin;
        }
        result->widths.push_back(w);
    }
    return result;
}

namespace {

// The whole matrix when small, else what describes it.
QJsonValue matrixOrSummary(const qz::Matrix& m)
{
    if (m.size() <= QuantizationLesson::kJsonEntries) {
        QJsonArray rows;
        for (Eigen::Index i = 0; i < m.rows(); ++i)
            rows.append(jsonNumbers(m.row(i)));
        return rows;
    }
    const double mean = m.mean();
    return QJsonObject{{"rows", int(m.rows())},
                       {"cols", int(m.cols())},
                       {"min", m.minCoeff()},
                       {"max", m.maxCoeff()},
                       {"mean", mean},
                       {"std", std::sqrt((m.array() - mean).square().mean())}};
}

} // namespace

QJsonObject QuantizationLesson::toJson(const QuantizationResult& r, int frame) const
{
    QJsonArray iterations, bits, errorUniform, errorCentroids, errorKashin, errorKashinUniform, bytesUniform, bytesCentroids, bytesKashin,
        bytesKashinUniform;
    for (const qz::KashinStep& step : r.kashin.steps)
        iterations.append(QJsonObject{{"u_inf", step.uMax}, {"v_inf", step.vMax}, {"residual", step.relativeResidual}, {"level", step.level}});
    for (const QuantizationAtBits& w : r.widths) {
        bits.append(w.bits);
        errorUniform.append(jsonNumber(w.errorUniform));
        errorCentroids.append(jsonNumber(w.errorCentroids));
        errorKashin.append(jsonNumber(w.errorKashin));
        errorKashinUniform.append(jsonNumber(w.errorKashinUniform));
        bytesUniform.append(w.bytesUniform);
        bytesCentroids.append(w.bytesCentroids);
        bytesKashin.append(w.bytesKashin);
        bytesKashinUniform.append(w.bytesKashinUniform);
    }
    QJsonValue accuracy;
    if (r.network) {
        QJsonArray uniform, centroids, kashin, kashinUniform;
        for (const QuantizationAtBits& w : r.widths) {
            uniform.append(w.accuracyUniform);
            centroids.append(w.accuracyCentroids);
            kashin.append(w.accuracyKashin);
            kashinUniform.append(w.accuracyKashinUniform);
        }
        accuracy = QJsonObject{{"float32", r.network->accuracyFloat32},
                               {"direct_uniform", uniform},
                               {"direct_centroids", centroids},
                               {"kashin", kashin},
                               {"kashin_uniform", kashinUniform},
                               {"test_images", r.network->test.size()},
                               {"layer", QString::fromStdString(r.network->layer.name)}};
    }
    const qz::KashinStep& now = r.kashin.steps[std::size_t(frame)];
    return QJsonObject{
        {"input", r.input},
        {"source", r.inputLabel},
        {"rows", int(r.x.rows())},
        {"cols", int(r.x.cols())},
        {"n", double(r.x.size())},
        {"x_inf", r.x.cwiseAbs().maxCoeff()},
        {"x_norm", r.kashin.norm},
        {"basis", r.basisName},
        {"eta", r.eta},
        {"delta", r.delta},
        {"bound", r.kashin.bound},
        {"converged", r.kashin.converged},
        {"iterations", iterations},
        {"step", frame},
        {"u_inf", now.uMax},
        {"v_inf", now.vMax},
        {"residual", now.relativeResidual},
        {"u", matrixOrSummary(r.kashin.uHistory[std::size_t(frame)])},
        {"v", matrixOrSummary(r.kashin.vHistory[std::size_t(frame)])},
        {"bits", bits},
        {"error_direct_uniform", errorUniform},
        {"error_direct_centroids", errorCentroids},
        {"error_kashin", errorKashin},
        {"error_kashin_uniform", errorKashinUniform},
        {"bytes_float32", r.bytesFloat32},
        {"bytes_direct_uniform", bytesUniform},
        {"bytes_direct_centroids", bytesCentroids},
        {"bytes_kashin", bytesKashin},
        {"bytes_kashin_uniform", bytesKashinUniform},
        {"shown_bits", r.shownBits},
        {"centroids_x", jsonNumbers(r.codebookX.levels)},
        {"centroids_u", jsonNumbers(r.codebookU.levels)},
        {"centroids_v", jsonNumbers(r.codebookV.levels)},
        {"accuracy", accuracy},
    };
}

LessonFigure* QuantizationLesson::createFigure(QWidget* parent) const { return new QuantizationFigure(parent); }

} // namespace gradus
