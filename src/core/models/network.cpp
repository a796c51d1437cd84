#include "network.h"

#include "core/linalg/dense.h"

#include <cblas.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace gradus::core::models {

namespace {

// C (m × n) = alpha · op(A) · op(B) + beta · C, all row-major; the landscape's grid threads call it at once
// (linalg::BlasGuard: the one rule for BLAS calls).
void gemm(bool transposeA, bool transposeB, int m, int n, int k, const float* a, const float* b, float* c, float beta = 0.0f)
{
    const linalg::BlasGuard guard;
    cblas_sgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans, m, n, k, 1.0f, a,
                transposeA ? m : k, b, transposeB ? k : n, beta, c, n);
}

void addBias(Matrix& out, const float* bias, int units)
{
    // out viewed as (rows × units): every row gets the bias.
    Eigen::Map<Matrix> rows(out.data(), out.size() / units, units);
    rows.rowwise() += Eigen::Map<const Eigen::RowVectorXf>(bias, units);
}

void biasGradient(const Matrix& dOut, float* gradient, int units)
{
    Eigen::Map<const Matrix> rows(dOut.data(), dOut.size() / units, units);
    Eigen::Map<Eigen::RowVectorXf>(gradient, units) = rows.colwise().sum();
}

class Dense : public Layer {
public:
    Dense(int inputs, int outputs) : inputs_(inputs), outputs_(outputs) {}
    std::string describe() const override { return "dense " + std::to_string(outputs_); }
    Shape outputShape() const override { return {1, 1, outputs_}; }
    std::vector<ParamTensor> tensors() const override
    {
        return {{"dense" + std::to_string(outputs_) + ".kernel", 0, outputs_, inputs_, false},
                {"dense" + std::to_string(outputs_) + ".bias", std::size_t(outputs_) * std::size_t(inputs_), outputs_, 1, true}};
    }
    void forward(const Matrix& in, Matrix& out, const float* p, LayerScratch&, const ForwardMode&) const override
    {
        out.resize(in.rows(), outputs_);
        gemm(false, true, int(in.rows()), outputs_, inputs_, in.data(), p, out.data());
        addBias(out, p + std::size_t(outputs_) * std::size_t(inputs_), outputs_);
    }
    void backward(const Matrix& in, const Matrix&, const Matrix& dOut, Matrix* dIn, const float* p, float* g, LayerScratch&) const override
    {
        const int batch = int(in.rows());
        gemm(true, false, outputs_, inputs_, batch, dOut.data(), in.data(), g);
        biasGradient(dOut, g + std::size_t(outputs_) * std::size_t(inputs_), outputs_);
        if (dIn) {
            dIn->resize(batch, inputs_);
            gemm(false, false, batch, inputs_, outputs_, dOut.data(), p, dIn->data());
        }
    }

private:
    int inputs_, outputs_;
};

// 3 × 3 convolution, stride 1, zero padding that keeps the size; kernel rows are filters, each
// (ky, kx, input channel) in that order.
class Conv3x3 : public Layer {
public:
    Conv3x3(Shape input, int filters) : in_(input), filters_(filters) {}
    std::string describe() const override { return "conv 3×3×" + std::to_string(filters_); }
    Shape outputShape() const override { return {in_.height, in_.width, filters_}; }
    std::vector<ParamTensor> tensors() const override
    {
        const int fanIn = 9 * in_.channels;
        return {{"conv" + std::to_string(filters_) + ".kernel", 0, filters_, fanIn, false},
                {"conv" + std::to_string(filters_) + ".bias", std::size_t(filters_) * std::size_t(fanIn), filters_, 1, true}};
    }
    void forward(const Matrix& in, Matrix& out, const float* p, LayerScratch& s, const ForwardMode&) const override
    {
        const int batch = int(in.rows()), pixels = in_.height * in_.width, fanIn = 9 * in_.channels;
        im2col(in, s.a);
        out.resize(batch, pixels * filters_);
        gemm(false, true, batch * pixels, filters_, fanIn, s.a.data(), p, out.data());
        addBias(out, p + std::size_t(filters_) * std::size_t(fanIn), filters_);
    }
    void backward(const Matrix& in, const Matrix&, const Matrix& dOut, Matrix* dIn, const float* p, float* g, LayerScratch& s) const override
    {
        const int batch = int(in.rows()), pixels = in_.height * in_.width, fanIn = 9 * in_.channels;
        // s.a still holds the columns of this batch from forward.
        gemm(true, false, filters_, fanIn, batch * pixels, dOut.data(), s.a.data(), g);
        biasGradient(dOut, g + std::size_t(filters_) * std::size_t(fanIn), filters_);
        if (dIn) {
            s.b.resize(batch * pixels, fanIn);
            gemm(false, false, batch * pixels, fanIn, filters_, dOut.data(), p, s.b.data());
            col2im(s.b, *dIn, batch);
        }
    }

private:
    void im2col(const Matrix& in, Matrix& cols) const
    {
        const int batch = int(in.rows()), h = in_.height, w = in_.width, c = in_.channels;
        cols.resize(batch * h * w, 9 * c);
        for (int n = 0; n < batch; ++n) {
            const float* image = in.data() + std::size_t(n) * std::size_t(h * w * c);
            for (int y = 0; y < h; ++y)
                for (int x = 0; x < w; ++x) {
                    float* row = cols.data() + (std::size_t(n) * std::size_t(h * w) + std::size_t(y * w + x)) * std::size_t(9 * c);
                    for (int ky = 0; ky < 3; ++ky)
                        for (int kx = 0; kx < 3; ++kx, row += c) {
                            const int yy = y + ky - 1, xx = x + kx - 1;
                            if (yy < 0 || yy >= h || xx < 0 || xx >= w)
                                std::fill(row, row + c, 0.0f);
                            else
                                std::copy_n(image + std::size_t(yy * w + xx) * std::size_t(c), c, row);
                        }
                }
        }
    }
    void col2im(const Matrix& cols, Matrix& dIn, int batch) const
    {
        const int h = in_.height, w = in_.width, c = in_.channels;
        dIn.setZero(batch, h * w * c);
        for (int n = 0; n < batch; ++n) {
            float* image = dIn.data() + std::size_t(n) * std::size_t(h * w * c);
            for (int y = 0; y < h; ++y)
                for (int x = 0; x < w; ++x) {
                    const float* row = cols.data() + (std::size_t(n) * std::size_t(h * w) + std::size_t(y * w + x)) * std::size_t(9 * c);
                    for (int ky = 0; ky < 3; ++ky)
                        for (int kx = 0; kx < 3; ++kx, row += c) {
                            const int yy = y + ky - 1, xx = x + kx - 1;
                            if (yy < 0 || yy >= h || xx < 0 || xx >= w)
                                continue;
                            float* target = image + std::size_t(yy * w + xx) * std::size_t(c);
                            for (int k = 0; k < c; ++k)
                                target[k] += row[k];
                        }
                }
        }
    }

    Shape in_;
    int filters_;
};

class AveragePool2x2 : public Layer {
public:
    explicit AveragePool2x2(Shape input) : in_(input) {}
    std::string describe() const override { return "average pool 2×2"; }
    Shape outputShape() const override { return {in_.height / 2, in_.width / 2, in_.channels}; }
    void forward(const Matrix& in, Matrix& out, const float*, LayerScratch&, const ForwardMode&) const override
    {
        const Shape o = outputShape();
        const int c = in_.channels;
        const std::size_t rowStride = std::size_t(in_.width) * std::size_t(c);
        out.resize(in.rows(), o.size());
        for (Eigen::Index n = 0; n < in.rows(); ++n) {
            const float* image = in.data() + n * in.cols();
            float* pooled = out.data() + n * out.cols();
            for (int y = 0; y < o.height; ++y)
                for (int x = 0; x < o.width; ++x) {
                    // The four pixels' channels are contiguous (channels last): one vectorizable loop.
                    const float* a = image + std::size_t(2 * y) * rowStride + std::size_t(2 * x) * std::size_t(c);
                    const float* b = a + c;
                    const float* d = a + rowStride;
                    const float* e = d + c;
                    float* target = pooled + std::size_t(y * o.width + x) * std::size_t(c);
                    for (int k = 0; k < c; ++k)
                        target[k] = 0.25f * (a[k] + b[k] + d[k] + e[k]);
                }
        }
    }
    void backward(const Matrix& in, const Matrix&, const Matrix& dOut, Matrix* dIn, const float*, float*, LayerScratch&) const override
    {
        if (!dIn)
            return;
        const Shape o = outputShape();
        const int c = in_.channels;
        dIn->setZero(in.rows(), in.cols());
        for (Eigen::Index n = 0; n < in.rows(); ++n) {
            float* image = dIn->data() + n * in.cols();
            const float* pooled = dOut.data() + n * dOut.cols();
            for (int y = 0; y < o.height; ++y)
                for (int x = 0; x < o.width; ++x)
                    for (int k = 0; k < c; ++k) {
                        const float share = 0.25f * pooled[(y * o.width + x) * c + k];
                        for (int dy = 0; dy < 2; ++dy)
                            for (int dx = 0; dx < 2; ++dx)
                                image[std::size_t(((2 * y + dy) * in_.width + 2 * x + dx) * c + k)] = share;
                    }
        }
    }

private:
    Shape in_;
};

class ActivationLayer : public Layer {
public:
    ActivationLayer(Shape shape, Activation kind) : shape_(shape), kind_(kind) {}
    std::string describe() const override { return kind_ == Activation::Relu ? "ReLU" : "GELU"; }
    bool isRelu() const { return kind_ == Activation::Relu; }
    Shape outputShape() const override { return shape_; }
    void forward(const Matrix& in, Matrix& out, const float*, LayerScratch&, const ForwardMode&) const override
    {
        if (kind_ == Activation::Relu)
            out = in.cwiseMax(0.0f);
        else
            out = in.unaryExpr([](float x) { return 0.5f * x * (1.0f + std::tanh(kGelu * (x + 0.044715f * x * x * x))); });
    }
    void backward(const Matrix& in, const Matrix&, const Matrix& dOut, Matrix* dIn, const float*, float*, LayerScratch&) const override
    {
        if (!dIn)
            return;
        if (kind_ == Activation::Relu) {
            *dIn = dOut.cwiseProduct(in.unaryExpr([](float x) { return x > 0.0f ? 1.0f : 0.0f; }));
        } else {
            // GELU with the tanh approximation (as JAX's default): d/dx of ½x(1 + tanh u).
            *dIn = dOut.cwiseProduct(in.unaryExpr([](float x) {
                const float u = kGelu * (x + 0.044715f * x * x * x);
                const float t = std::tanh(u);
                return 0.5f * (1.0f + t) + 0.5f * x * (1.0f - t * t) * kGelu * (1.0f + 3.0f * 0.044715f * x * x);
            }));
        }
    }

private:
    static constexpr float kGelu = 0.7978845608028654f; // √(2/π)
    Shape shape_;
    Activation kind_;
};

// Inverted dropout: in training, each unit is kept with probability 1 − rate and scaled by
// 1/(1 − rate); in evaluation the layer passes its input through.
class Dropout : public Layer {
public:
    Dropout(Shape shape, float rate) : shape_(shape), rate_(rate) {}
    std::string describe() const override { return "dropout " + std::to_string(rate_).substr(0, 4); }
    Shape outputShape() const override { return shape_; }
    void forward(const Matrix& in, Matrix& out, const float*, LayerScratch& s, const ForwardMode& mode) const override
    {
        if (!mode.training || rate_ <= 0.0f) {
            out = in;
            s.a.resize(0, 0);
            return;
        }
        if (!mode.dropoutRng)
            throw std::invalid_argument("dropout in training needs a random generator");
        std::bernoulli_distribution keep(1.0 - double(rate_));
        const float scale = 1.0f / (1.0f - rate_);
        s.a.resize(in.rows(), in.cols());
        for (Eigen::Index k = 0; k < s.a.size(); ++k)
            s.a.data()[k] = keep(*mode.dropoutRng) ? scale : 0.0f;
        out = in.cwiseProduct(s.a);
    }
    void backward(const Matrix&, const Matrix&, const Matrix& dOut, Matrix* dIn, const float*, float*, LayerScratch& s) const override
    {
        if (dIn)
            *dIn = s.a.size() == 0 ? dOut : Matrix(dOut.cwiseProduct(s.a));
    }

private:
    Shape shape_;
    float rate_;
};

} // namespace

std::size_t Layer::parameterCount() const
{
    std::size_t count = 0;
    for (const ParamTensor& t : tensors())
        count += t.size();
    return count;
}

Network::Network(Shape input) : input_(input) {}

Shape Network::current() const { return layers_.empty() ? input_ : layers_.back()->outputShape(); }
Shape Network::outputShape() const { return current(); }

void Network::add(std::unique_ptr<Layer> layer)
{
    offsets_.push_back(parameterCount_);
    for (ParamTensor t : layer->tensors()) {
        t.offset += parameterCount_;
        tensors_.push_back(t);
    }
    parameterCount_ += layer->parameterCount();
    layers_.push_back(std::move(layer));
}

void Network::addDense(int outputs) { add(std::make_unique<Dense>(current().size(), outputs)); }
void Network::addConv3x3(int filters) { add(std::make_unique<Conv3x3>(current(), filters)); }
void Network::addAveragePool2x2() { add(std::make_unique<AveragePool2x2>(current())); }
void Network::addActivation(Activation activation) { add(std::make_unique<ActivationLayer>(current(), activation)); }
void Network::addDropout(float rate) { add(std::make_unique<Dropout>(current(), rate)); }

Network Network::seedCnn(float dropout)
{
    Network net({28, 28, 1});
    net.addConv3x3(16);
    net.addActivation(Activation::Relu);
    net.addAveragePool2x2();
    net.addConv3x3(32);
    net.addActivation(Activation::Relu);
    net.addAveragePool2x2();
    net.addDropout(dropout);
    net.addDense(64);
    net.addActivation(Activation::Relu);
    net.addDense(10);
    return net;
}

Network Network::mlp(int inputs, int hidden, int depth, Activation activation, float dropout, int classes)
{
    Network net({1, 1, inputs});
    for (int k = 0; k < depth; ++k) {
        net.addDense(hidden);
        net.addActivation(activation);
        if (dropout > 0)
            net.addDropout(dropout);
    }
    net.addDense(classes);
    return net;
}

std::string Network::describe() const
{
    std::string text;
    for (const auto& layer : layers_)
        text += (text.empty() ? "" : " → ") + layer->describe();
    return text;
}

std::vector<float> Network::initialParameters(std::uint32_t seed) const
{
    std::vector<float> theta(parameterCount_, 0.0f);
    std::mt19937 rng(seed);
    for (const ParamTensor& t : tensors_) {
        if (t.bias)
            continue;
        std::normal_distribution<float> normal(0.0f, 1.0f / std::sqrt(float(t.fanIn)));
        for (std::size_t k = 0; k < t.size(); ++k)
            theta[t.offset + k] = normal(rng);
    }
    return theta;
}

float softmaxCrossEntropy(const Matrix& logits, const std::uint8_t* labels, Matrix* dLogits)
{
    const Eigen::Index batch = logits.rows(), classes = logits.cols();
    double total = 0;
    if (dLogits)
        dLogits->resize(batch, classes);
    for (Eigen::Index n = 0; n < batch; ++n) {
        const auto row = logits.row(n);
        const float top = row.maxCoeff();
        const Eigen::RowVectorXf shifted = (row.array() - top).matrix();
        const double sum = shifted.array().exp().cast<double>().sum();
        const int label = labels[n];
        if (label < 0 || label >= classes)
            throw std::invalid_argument("a label is outside the classes");
        total += std::log(sum) - double(shifted[label]);
        if (dLogits) {
            dLogits->row(n) = (shifted.array().exp() / float(sum)).matrix() / float(batch);
            (*dLogits)(n, label) -= 1.0f / float(batch);
        }
    }
    return float(total / double(batch));
}

const Matrix& Network::forwardFrom(int from, const float* theta, const Matrix& in, const ForwardMode& mode, Workspace& w) const
{
    const std::size_t count = layers_.size();
    w.activations.resize(count + 1);
    w.scratch.resize(count);
    const Matrix* x = &in;
    for (std::size_t k = std::size_t(from); k < count; ++k) {
        layers_[k]->forward(*x, w.activations[k + 1], theta + offsets_[k], w.scratch[k], mode);
        x = &w.activations[k + 1];
    }
    return *x;
}

float Network::lossAndGradient(const float* theta, const Matrix& batch, const std::uint8_t* labels, float* gradient, const ForwardMode& mode,
                               Workspace& w) const
{
    if (!gradient)
        return softmaxCrossEntropy(forwardFrom(0, theta, batch, mode, w), labels, nullptr);
    // Backward needs every layer's input, the batch included.
    const std::size_t count = layers_.size();
    w.gradients.resize(count + 1);
    w.activations.resize(count + 1);
    w.activations[0] = batch;
    const float loss = softmaxCrossEntropy(forwardFrom(0, theta, w.activations[0], mode, w), labels, &w.gradients[count]);
    for (std::size_t k = count; k-- > 0;)
        layers_[k]->backward(w.activations[k], w.activations[k + 1], w.gradients[k + 1], k > 0 ? &w.gradients[k] : nullptr,
                             theta + offsets_[k], gradient + offsets_[k], w.scratch[k]);
    return loss;
}

const Matrix& Network::logits(const float* theta, const Matrix& batch, Workspace& w) const { return forwardFrom(0, theta, batch, ForwardMode{}, w); }

void Network::forwardLayer(int index, const float* theta, const Matrix& in, Matrix& out, Workspace& w) const
{
    w.scratch.resize(layers_.size());
    layers_[std::size_t(index)]->forward(in, out, theta + offsets_[std::size_t(index)], w.scratch[std::size_t(index)], ForwardMode{});
}

float Network::lossFrom(int from, const float* theta, const Matrix& activation, const std::uint8_t* labels, Workspace& w) const
{
    return softmaxCrossEntropy(forwardFrom(from, theta, activation, ForwardMode{}, w), labels, nullptr);
}

bool Network::layerIsAveragePool(int index) const
{
    return index >= 0 && index < int(layers_.size()) && dynamic_cast<const AveragePool2x2*>(layers_[std::size_t(index)].get());
}

Shape Network::layerInputShape(int index) const { return index == 0 ? input_ : layers_[std::size_t(index - 1)]->outputShape(); }

bool Network::layerIsRelu(int index) const
{
    const auto* activation = index >= 0 && index < int(layers_.size()) ? dynamic_cast<const ActivationLayer*>(layers_[std::size_t(index)].get()) : nullptr;
    return activation && activation->isRelu();
}

bool Network::firstLayerIsLinearInParameters() const
{
    return !layers_.empty() && (dynamic_cast<const Dense*>(layers_[0].get()) || dynamic_cast<const Conv3x3*>(layers_[0].get()));
}

Evaluation Network::evaluate(const float* theta, const Matrix& inputs, const std::vector<std::uint8_t>& labels, Workspace& w, int batchSize) const
{
    Evaluation result;
    const Eigen::Index total = inputs.rows();
    if (total == 0)
        return result;
    double loss = 0;
    long correct = 0;
    for (Eigen::Index from = 0; from < total; from += batchSize) {
        const Eigen::Index size = std::min<Eigen::Index>(batchSize, total - from);
        const Matrix batch = inputs.middleRows(from, size);
        const Matrix& out = logits(theta, batch, w);
        loss += double(softmaxCrossEntropy(out, labels.data() + from, nullptr)) * double(size);
        for (Eigen::Index n = 0; n < size; ++n) {
            Eigen::Index best = 0;
            out.row(n).maxCoeff(&best);
            correct += best == labels[std::size_t(from + n)];
        }
    }
    result.loss = loss / double(total);
    result.accuracy = double(correct) / double(total);
    return result;
}

} // namespace gradus::core::models
