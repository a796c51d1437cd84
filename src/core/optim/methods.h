#pragma once
// Optimization methods for functions of two variables, each a small update rule behind one
// interface, so that one loop (run.h) drives them all. First-order rules follow their PyTorch
// torch.optim counterparts with PyTorch's default hyper-parameters; Nelder–Mead follows scipy.

#include "core/functions/objective.h"

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace gradus::core {

struct Hyperparameters {
    double momentum = 0.9;     // momentum, nesterov (torch SGD, dampening 0)
    double beta1 = 0.9;        // adam, adamw, lion (interpolation)
    double beta2 = 0.999;      // adam, adamw; lion's moment decay (0.99)
    double eps = 1e-8;         // adam, adamw, rmsprop; adagrad 1e-10
    double alpha = 0.99;       // rmsprop's smoothing
    double weightDecay = 0.0;  // adamw 0.01 (decoupled)
    double convexity = 1.0;    // nag-gs: μ, the strong convexity it assumes
    double damping = 1.0;      // nag-gs: γ₀
    double wolfeCurvature = 0.1; // cg-fr, cg-pr: c₂ of the strong Wolfe conditions (→ 0: exact line search)
    double backtrackingShrink = 0.5;  // gd-armijo: ρ, each trial step is ρ times the last
    double sufficientDecrease = 1e-4; // gd-armijo: c₁ of the Armijo condition
};

// PyTorch's defaults for the method (scipy's for Nelder–Mead, which has no hyper-parameters here).
Hyperparameters defaultHyperparameters(const std::string& method);
// PyTorch's default learning rate (torch.optim.SGD 1e-3, Adagrad and RMSprop 1e-2, Adam and AdamW
// 1e-3; Lion's authors recommend 3–10× below Adam's: 1e-4). 0 for methods without one.
double defaultLearningRate(const std::string& method);

// The pieces of one update, for drawing how each rule builds its step.
struct StepAnatomy {
    Vec2 gradient{0, 0};  // ∇f at the iterate the step starts from
    Vec2 velocity{0, 0};  // momentum buffer / first moment / Newton or search direction
    Vec2 scale{1, 1};     // per-coordinate divisor of the step (√v + ε, …); 1 when the rule has none
    Vec2 step{0, 0};      // x_{t+1} − x_t
    bool hasSimplex = false;
    std::array<Vec2, 3> simplex{}; // Nelder–Mead's triangle after the step
};

class Method {
public:
    virtual ~Method() = default;
    virtual std::string name() const = 0;
    // Forgets all state; the next step is iteration 1 from `start`.
    virtual void reset(const Objective2D& f, const Vec2& start) = 0;
    // Iteration t (1-based) from x with learning rate lr; returns the new iterate. A rule that cannot
    // go on sets `stopReason` (e.g. "singular-hessian") and returns x unchanged.
    virtual Vec2 step(const Objective2D& f, const Vec2& x, int t, double lr, StepAnatomy& anatomy,
                      std::string& stopReason) = 0;
};

// A hyper-parameter as a method declares it: the CLI's "<method>.<key>", the label the panel shows,
// where it lives in Hyperparameters, and its range.
struct HyperparameterSpec {
    std::string key;
    const char* label; // English; marked for translation in the optimizers lesson's context
    double Hyperparameters::*field;
    double minimum, maximum;
    bool logarithmic = false;
};

// What the program knows of a method besides its update rule. A new method is its class in
// methods.cpp and one entry of methodRegistry(); the optimizers lesson's list, panel, labels and
// defaults all come from here.
struct MethodInfo {
    using Factory = std::unique_ptr<Method> (*)(const Hyperparameters&);

    std::string name;            // "adam": on the command line and in the JSON
    const char* label = "";      // "Adam" (English; translated in the optimizers lesson's context)
    Factory make = nullptr;
    double defaultRate = 0;         // PyTorch's; 0 for a method that steps without one (Newton, BFGS, Nelder–Mead)
    bool derivativeFree = false;    // never asks for ∇f, so ∇f = 0 does not stop it (Nelder–Mead)
    Hyperparameters defaults;       // PyTorch's
    std::vector<HyperparameterSpec> hyperparameters; // in the order the panel shows them

    MethodInfo(std::string methodName, const char* shownAs, Factory factory)
        : name(std::move(methodName)), label(shownAs), make(factory) {}
    MethodInfo& withLearningRate(double rate) { defaultRate = rate; return *this; }
    bool usesLearningRate() const { return defaultRate > 0; }
    MethodInfo& withoutDerivatives() { derivativeFree = true; return *this; }
    MethodInfo& withDefault(double Hyperparameters::*field, double value) { defaults.*field = value; return *this; }
    MethodInfo& withHyperparameter(HyperparameterSpec spec) { hyperparameters.push_back(std::move(spec)); return *this; }
};

// Every method, in the order the lessons list them.
const std::vector<MethodInfo>& methodRegistry();
// Null for an unknown name.
const MethodInfo* findMethod(const std::string& name);

// gd, momentum, nesterov, adagrad, rmsprop, adam, adamw, lion, newton, damped-newton, bfgs, nelder-mead,
// fromage, nag-gs, cg-fr, cg-pr, gd-armijo, steepest.
const std::vector<std::string>& methodNames();
// Null for an unknown name.
std::unique_ptr<Method> makeMethod(const std::string& name, const Hyperparameters& hyper);

} // namespace gradus::core
