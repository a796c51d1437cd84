#pragma once
// The optimizers that train the networks, one class per rule with its formula (the forms of optax, so that
// the course's notebooks and Gradus agree on what a learning rate means). g is the minibatch gradient, η the
// learning rate, λ the decoupled weight decay.

#include <memory>
#include <vector>

namespace gradus::core::models {

struct TrainingOptions;

class UpdateRule {
public:
    virtual ~UpdateRule() = default;
    // One step: θ ← θ − η·(the rule's direction), given this step's gradient.
    virtual void apply(std::vector<float>& theta, const std::vector<float>& gradient) = 0;
};

// The rule that options.optimizer names, with its state sized for `size` parameters.
std::unique_ptr<UpdateRule> makeUpdateRule(const TrainingOptions& options, std::size_t size);

} // namespace gradus::core::models
