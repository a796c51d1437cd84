#include "update_rules.h"

#include "training.h"

#include <cmath>

namespace gradus::core::models {

namespace {

// θ ← θ − ηg.
class Sgd : public UpdateRule {
public:
    explicit Sgd(float lr) : lr_(lr) {}
    void apply(std::vector<float>& theta, const std::vector<float>& gradient) override
    {
        for (std::size_t k = 0; k < theta.size(); ++k)
            theta[k] -= lr_ * gradient[k];
    }

private:
    float lr_;
};

// Heavy ball: v ← μv + g, θ ← θ − ηv (optax.sgd with momentum). With nesterov, θ ← θ − η(g + μv): the step
// looks ahead along the new velocity (optax.sgd with nesterov=True).
class Momentum : public UpdateRule {
public:
    Momentum(float lr, float mu, bool nesterov, std::size_t size) : lr_(lr), mu_(mu), nesterov_(nesterov), velocity_(size, 0.0f) {}
    void apply(std::vector<float>& theta, const std::vector<float>& gradient) override
    {
        for (std::size_t k = 0; k < theta.size(); ++k) {
            velocity_[k] = mu_ * velocity_[k] + gradient[k];
            theta[k] -= lr_ * (nesterov_ ? gradient[k] + mu_ * velocity_[k] : velocity_[k]);
        }
    }

private:
    float lr_, mu_;
    bool nesterov_;
    std::vector<float> velocity_;
};

// Adam: m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², θ ← θ − η·(m̂/(√v̂ + ε) + λθ) with the bias corrections
// m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ). λ = 0 is Adam, λ > 0 AdamW (Loshchilov & Hutter: the decay is not
// rescaled by √v̂, unlike an L2 term in the loss).
class Adam : public UpdateRule {
public:
    Adam(const TrainingOptions& o, float weightDecay, std::size_t size)
        : lr_(o.learningRate), b1_(o.beta1), b2_(o.beta2), eps_(o.epsilon), decay_(weightDecay), first_(size, 0.0f), second_(size, 0.0f)
    {
    }
    void apply(std::vector<float>& theta, const std::vector<float>& gradient) override
    {
        ++steps_;
        const float correction1 = 1.0f - std::pow(b1_, float(steps_)), correction2 = 1.0f - std::pow(b2_, float(steps_));
        for (std::size_t k = 0; k < theta.size(); ++k) {
            first_[k] = b1_ * first_[k] + (1.0f - b1_) * gradient[k];
            second_[k] = b2_ * second_[k] + (1.0f - b2_) * gradient[k] * gradient[k];
            theta[k] -= lr_ * ((first_[k] / correction1) / (std::sqrt(second_[k] / correction2) + eps_) + decay_ * theta[k]);
        }
    }

private:
    float lr_, b1_, b2_, eps_, decay_;
    std::vector<float> first_, second_;
    long steps_ = 0;
};

// Lion (Chen et al. 2023, "Symbolic discovery of optimization algorithms"): u = sign(β₁m + (1 − β₁)g),
// θ ← θ − η(u + λθ), m ← β₂m + (1 − β₂)g. Every coordinate moves by exactly η (plus the decay), so its
// learning rate is 3–10 times smaller than Adam's.
class Lion : public UpdateRule {
public:
    Lion(const TrainingOptions& o, std::size_t size)
        : lr_(o.learningRate), b1_(o.beta1), b2_(o.lionBeta2), decay_(o.weightDecay), momentum_(size, 0.0f)
    {
    }
    void apply(std::vector<float>& theta, const std::vector<float>& gradient) override
    {
        for (std::size_t k = 0; k < theta.size(); ++k) {
            const float mixed = b1_ * momentum_[k] + (1.0f - b1_) * gradient[k];
            const float sign = mixed > 0 ? 1.0f : mixed < 0 ? -1.0f : 0.0f;
            theta[k] -= lr_ * (sign + decay_ * theta[k]);
            momentum_[k] = b2_ * momentum_[k] + (1.0f - b2_) * gradient[k];
        }
    }

private:
    float lr_, b1_, b2_, decay_;
    std::vector<float> momentum_;
};

} // namespace

std::unique_ptr<UpdateRule> makeUpdateRule(const TrainingOptions& options, std::size_t size)
{
    switch (options.optimizer) {
    case Optimizer::Sgd: return std::make_unique<Sgd>(options.learningRate);
    case Optimizer::SgdMomentum: return std::make_unique<Momentum>(options.learningRate, options.momentum, false, size);
    case Optimizer::Nesterov: return std::make_unique<Momentum>(options.learningRate, options.momentum, true, size);
    case Optimizer::Adam: return std::make_unique<Adam>(options, 0.0f, size);
    case Optimizer::AdamW: return std::make_unique<Adam>(options, options.weightDecay, size);
    case Optimizer::Lion: return std::make_unique<Lion>(options, size);
    }
    return std::make_unique<Sgd>(options.learningRate);
}

} // namespace gradus::core::models
