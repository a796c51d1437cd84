#pragma once
// Small neural networks for the loss-landscape lesson: layers with forward and backward passes on
// float32 batches, parameters in one flat vector θ (so that θ + αu + βv is a vector operation),
// softmax cross-entropy. Activations are stored per sample as height × width × channels (channels
// last), so a 3×3 convolution is one im2col and one GEMM for the whole batch. The network itself is
// immutable and may be shared between threads; each thread brings its own Workspace.

#include <Eigen/Core>

#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace gradus::core::models {

using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

struct Shape {
    int height = 1, width = 1, channels = 1;
    int size() const { return height * width * channels; }
    bool operator==(const Shape&) const = default;
};

// One parameter tensor's place in θ: `units` rows (output units, or filters) of `fanIn` numbers.
// Filter normalization treats each row as one filter.
struct ParamTensor {
    std::string name;
    std::size_t offset = 0;
    int units = 0, fanIn = 0;
    bool bias = false;
    std::size_t size() const { return std::size_t(units) * std::size_t(fanIn); }
};

struct LayerScratch {
    Matrix a, b;
};

struct ForwardMode {
    bool training = false;
    std::mt19937* dropoutRng = nullptr; // required when training with dropout
};

class Layer {
public:
    virtual ~Layer() = default;
    virtual std::string describe() const = 0;
    virtual Shape outputShape() const = 0;
    // The layer's tensors with offsets relative to its first parameter.
    virtual std::vector<ParamTensor> tensors() const { return {}; }
    std::size_t parameterCount() const;
    // in: batch × input size, out: batch × output size (resized here).
    virtual void forward(const Matrix& in, Matrix& out, const float* parameters, LayerScratch& scratch, const ForwardMode& mode) const = 0;
    // Writes the parameter gradient (when the layer has parameters) and, if dIn is not null, the
    // gradient with respect to the input; `out` is what forward produced.
    virtual void backward(const Matrix& in, const Matrix& out, const Matrix& dOut, Matrix* dIn, const float* parameters, float* gradient,
                          LayerScratch& scratch) const = 0;
};

enum class Activation { Relu, Gelu };

// Per-thread buffers: the activations of every layer and their gradients.
struct Workspace {
    std::vector<Matrix> activations; // [0] the input batch, [k + 1] the output of layer k
    std::vector<Matrix> gradients;
    std::vector<LayerScratch> scratch;
};

struct Evaluation {
    double loss = 0;     // mean softmax cross-entropy
    double accuracy = 0; // share of correct argmax predictions
};

class Network {
public:
    // The seed's CNN for 28 × 28 × 1 images: conv 3×3×16 (same) → ReLU → 2×2 average pool → conv
    // 3×3×32 → ReLU → 2×2 average pool → flatten → dropout → dense 64 → ReLU → dense 10.
    static Network seedCnn(float dropout);
    // 784 → hidden (× depth, each followed by the activation and dropout) → 10.
    static Network mlp(int inputs, int hidden, int depth, Activation activation, float dropout, int classes = 10);
    // Any stack, for tests: layers are added in order after the input shape.
    explicit Network(Shape input);
    void addDense(int outputs);
    void addConv3x3(int filters);
    void addAveragePool2x2();
    void addActivation(Activation activation);
    void addDropout(float rate);

    Shape inputShape() const { return input_; }
    Shape outputShape() const;
    std::size_t parameterCount() const { return parameterCount_; }
    const std::vector<ParamTensor>& tensors() const { return tensors_; }
    std::string describe() const;
    int layerCount() const { return int(layers_.size()); }

    // LeCun-normal weights (variance 1/fan-in, as Flax's default), zero biases.
    std::vector<float> initialParameters(std::uint32_t seed) const;

    // Mean softmax cross-entropy of the batch (batch × input size) against its labels; writes the
    // gradient with respect to θ when `gradient` is not null (it is overwritten, not accumulated).
    float lossAndGradient(const float* parameters, const Matrix& batch, const std::uint8_t* labels, float* gradient, const ForwardMode& mode,
                          Workspace& workspace) const;
    // Loss and accuracy over a whole set in batches of `batchSize` (evaluation mode: no dropout).
    Evaluation evaluate(const float* parameters, const Matrix& inputs, const std::vector<std::uint8_t>& labels, Workspace& workspace,
                        int batchSize = 500) const;
    // Logits of one batch (evaluation mode).
    const Matrix& logits(const float* parameters, const Matrix& batch, Workspace& workspace) const;

    // For computing many nearby networks at once (loss landscapes): one layer's evaluation-mode
    // output, and the mean loss of the layers from `from` on given what enters layer `from`.
    void forwardLayer(int index, const float* parameters, const Matrix& in, Matrix& out, Workspace& workspace) const;
    float lossFrom(int from, const float* parameters, const Matrix& activation, const std::uint8_t* labels, Workspace& workspace) const;
    // True when the first layer has parameters and is affine in them (dense or convolution), so that
    // its output at θ + αu + βv is Z(θ) + αZ(u) + βZ(v).
    bool firstLayerIsLinearInParameters() const;
    bool layerIsRelu(int index) const;
    bool layerIsAveragePool(int index) const;
    Shape layerInputShape(int index) const;
    // Where layer `index`'s parameters begin in θ.
    std::size_t parameterOffset(int index) const { return offsets_[std::size_t(index)]; }

private:
    void add(std::unique_ptr<Layer> layer);
    // Runs layers [from, end) on what enters layer `from`; the output of layer k goes to
    // activations[k + 1]. Returns the last output (or `in` when there is no layer to run).
    const Matrix& forwardFrom(int from, const float* parameters, const Matrix& in, const ForwardMode& mode, Workspace& workspace) const;
    Shape current() const;

    Shape input_;
    std::vector<std::shared_ptr<const Layer>> layers_;
    std::vector<std::size_t> offsets_; // first parameter of each layer in θ
    std::vector<ParamTensor> tensors_;
    std::size_t parameterCount_ = 0;
};

// Softmax cross-entropy of logits (batch × classes): the mean loss, and d loss / d logits when
// dLogits is not null.
float softmaxCrossEntropy(const Matrix& logits, const std::uint8_t* labels, Matrix* dLogits);

} // namespace gradus::core::models
