#include "methods.h"

#include "line_search.h"

#include "nelder_mead.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <limits>

namespace gradus::core {

namespace {

double sign(double v) { return v > 0 ? 1.0 : (v < 0 ? -1.0 : 0.0); }

class GradientDescent final : public Method {
public:
    std::string name() const override { return "gd"; }
    void reset(const Objective2D&, const Vec2&) override {}
    Vec2 step(const Objective2D& f, const Vec2& x, int, double lr, StepAnatomy& a, std::string&) override
    {
        a.gradient = f.gradient(x);
        a.step = -lr * a.gradient;
        return x + a.step;
    }
};

// torch.optim.SGD(momentum=μ, dampening=0): v ← μv + g; x ← x − lr·v (nesterov: x ← x − lr·(g + μv)).
class Momentum final : public Method {
public:
    Momentum(double mu, bool nesterov) : mu_(mu), nesterov_(nesterov) {}
    std::string name() const override { return nesterov_ ? "nesterov" : "momentum"; }
    void reset(const Objective2D&, const Vec2&) override { v_ = {0, 0}; }
    Vec2 step(const Objective2D& f, const Vec2& x, int, double lr, StepAnatomy& a, std::string&) override
    {
        a.gradient = f.gradient(x);
        v_ = mu_ * v_ + a.gradient;
        a.velocity = v_;
        a.step = nesterov_ ? -lr * (a.gradient + mu_ * v_) : -lr * v_;
        return x + a.step;
    }

private:
    double mu_;
    bool nesterov_;
    Vec2 v_{0, 0};
};

// torch.optim.Adagrad: s ← s + g²; x ← x − lr·g/(√s + ε).
class Adagrad final : public Method {
public:
    explicit Adagrad(double eps) : eps_(eps) {}
    std::string name() const override { return "adagrad"; }
    void reset(const Objective2D&, const Vec2&) override { s_ = {0, 0}; }
    Vec2 step(const Objective2D& f, const Vec2& x, int, double lr, StepAnatomy& a, std::string&) override
    {
        a.gradient = f.gradient(x);
        for (int k = 0; k < 2; ++k) {
            s_[k] += a.gradient[k] * a.gradient[k];
            a.scale[k] = std::sqrt(s_[k]) + eps_;
            a.step[k] = -lr * a.gradient[k] / a.scale[k];
        }
        return x + a.step;
    }

private:
    double eps_;
    Vec2 s_{0, 0};
};

// torch.optim.RMSprop: s ← αs + (1 − α)g²; x ← x − lr·g/(√s + ε).
class RmsProp final : public Method {
public:
    RmsProp(double alpha, double eps) : alpha_(alpha), eps_(eps) {}
    std::string name() const override { return "rmsprop"; }
    void reset(const Objective2D&, const Vec2&) override { s_ = {0, 0}; }
    Vec2 step(const Objective2D& f, const Vec2& x, int, double lr, StepAnatomy& a, std::string&) override
    {
        a.gradient = f.gradient(x);
        for (int k = 0; k < 2; ++k) {
            s_[k] = alpha_ * s_[k] + (1 - alpha_) * a.gradient[k] * a.gradient[k];
            a.scale[k] = std::sqrt(s_[k]) + eps_;
            a.step[k] = -lr * a.gradient[k] / a.scale[k];
        }
        return x + a.step;
    }

private:
    double alpha_, eps_;
    Vec2 s_{0, 0};
};

// torch.optim.Adam / AdamW: bias-corrected moments; AdamW first shrinks x by (1 − lr·λ).
class Adam final : public Method {
public:
    Adam(std::string name, double beta1, double beta2, double eps, double decoupledDecay)
        : name_(std::move(name)), beta1_(beta1), beta2_(beta2), eps_(eps), decay_(decoupledDecay)
    {
    }
    std::string name() const override { return name_; }
    void reset(const Objective2D&, const Vec2&) override { m_ = v_ = {0, 0}; }
    Vec2 step(const Objective2D& f, const Vec2& x, int t, double lr, StepAnatomy& a, std::string&) override
    {
        a.gradient = f.gradient(x);
        const Vec2 decayed = (1 - lr * decay_) * x;
        const double correction1 = 1 - std::pow(beta1_, t);
        const double correction2 = 1 - std::pow(beta2_, t);
        Vec2 next;
        for (int k = 0; k < 2; ++k) {
            m_[k] = beta1_ * m_[k] + (1 - beta1_) * a.gradient[k];
            v_[k] = beta2_ * v_[k] + (1 - beta2_) * a.gradient[k] * a.gradient[k];
            a.velocity[k] = m_[k] / correction1;
            a.scale[k] = std::sqrt(v_[k] / correction2) + eps_;
            next[k] = decayed[k] - lr * a.velocity[k] / a.scale[k];
        }
        a.step = next - x;
        return next;
    }

private:
    std::string name_;
    double beta1_, beta2_, eps_, decay_;
    Vec2 m_{0, 0}, v_{0, 0};
};

// Lion (Chen et al. 2023): c = β₁m + (1 − β₁)g; x ← x − lr·sign(c); m ← β₂m + (1 − β₂)g.
class Lion final : public Method {
public:
    Lion(double beta1, double beta2, double decay) : beta1_(beta1), beta2_(beta2), decay_(decay) {}
    std::string name() const override { return "lion"; }
    void reset(const Objective2D&, const Vec2&) override { m_ = {0, 0}; }
    Vec2 step(const Objective2D& f, const Vec2& x, int, double lr, StepAnatomy& a, std::string&) override
    {
        a.gradient = f.gradient(x);
        const Vec2 c = beta1_ * m_ + (1 - beta1_) * a.gradient;
        a.velocity = c;
        const Vec2 decayed = (1 - lr * decay_) * x;
        const Vec2 next = decayed - lr * Vec2{sign(c[0]), sign(c[1])};
        m_ = beta2_ * m_ + (1 - beta2_) * a.gradient;
        a.step = next - x;
        return next;
    }

private:
    double beta1_, beta2_, decay_;
    Vec2 m_{0, 0};
};

// Fromage (Bernstein, Vahdat, Yue, Liu, "On the distance between two neural networks and the stability
// of learning", NeurIPS 2020), the point as one tensor: x ← (x − lr·(‖x‖/‖g‖)·g)/√(1 + lr²); both norms
// at least 10⁻⁶, as optax's fromage keeps them (min_norm).
class Fromage final : public Method {
public:
    std::string name() const override { return "fromage"; }
    void reset(const Objective2D&, const Vec2&) override {}
    Vec2 step(const Objective2D& f, const Vec2& x, int, double lr, StepAnatomy& a, std::string&) override
    {
        constexpr double kMinNorm = 1e-6;
        a.gradient = f.gradient(x);
        const double trust = std::max(norm(x), kMinNorm) / std::max(norm(a.gradient), kMinNorm);
        const Vec2 next = (1 / std::sqrt(1 + lr * lr)) * (x - lr * trust * a.gradient);
        a.step = next - x;
        return next;
    }
};

// NAG-GS (Leplat, Merkulov, Katrutsa, Bershatsky, Tsymboi, Oseledets, "NAG-GS: semi-implicit,
// accelerated and robust stochastic optimizer", 2022), its Gauss–Seidel step with α = lr:
//   x₊ = (x + α·v)/(1 + α);  v₊ = (γ·v + αμ·x₊ − α·∇f(x₊))/(γ + αμ);  γ₊ = (γ + αμ)/(1 + α),
// from v₀ = x₀ and γ₀: the first step leaves x where it is and turns v toward −∇f.
class NagGs final : public Method {
public:
    NagGs(double mu, double gamma0) : mu_(mu), gamma0_(gamma0) {}
    std::string name() const override { return "nag-gs"; }
    void reset(const Objective2D&, const Vec2& start) override { v_ = start, gamma_ = gamma0_; }
    Vec2 step(const Objective2D& f, const Vec2& x, int, double lr, StepAnatomy& a, std::string&) override
    {
        const double alpha = lr;
        const Vec2 next = (1 / (1 + alpha)) * (x + alpha * v_);
        const Vec2 gradientThere = f.gradient(next);
        v_ = (1 / (gamma_ + alpha * mu_)) * (gamma_ * v_ + alpha * mu_ * next - alpha * gradientThere);
        a.gradient = f.gradient(x); // for the picture of the step: the arrow at x (the rule uses ∇f(x₊))
        gamma_ = (gamma_ + alpha * mu_) / (1 + alpha);
        a.velocity = v_;
        a.step = next - x;
        return next;
    }

private:
    double mu_, gamma0_;
    Vec2 v_{0, 0};
    double gamma_ = 1;
};

// Backtracking (Armijo) line search along d from x: the largest α = 2⁻ᵏ ≤ 1 with
// f(x + αd) ≤ f(x) + 10⁻⁴·α·∇fᵀd. Returns 0 when none of 60 halvings is accepted.
double armijoStep(const Objective2D& f, const Vec2& x, double fx, const Vec2& g, const Vec2& d)
{
    const double slope = dot(g, d);
    double alpha = 1.0;
    for (int k = 0; k < 60; ++k, alpha *= 0.5) {
        const double trial = f.value(x + alpha * d);
        if (std::isfinite(trial) && trial <= fx + 1e-4 * alpha * slope)
            return alpha;
    }
    return 0.0;
}

// Line search along `direction`, replaced by −∇f when it does not descend; records the direction
// used. Returns the step length, or 0 after setting stopReason when no step is accepted.
double searchAlong(const Objective2D& f, const Vec2& x, Vec2& direction, StepAnatomy& a, std::string& stop)
{
    if (dot(direction, a.gradient) >= 0)
        direction = -1.0 * a.gradient;
    a.velocity = direction;
    const double alpha = armijoStep(f, x, f.value(x), a.gradient, direction);
    if (alpha == 0.0)
        stop = "line-search-failed";
    return alpha;
}

// Pure Newton: x ← x − H⁻¹∇f (steps to the stationary point of the local quadratic model, which is
// a maximum or a saddle where H is not positive definite). Damped: the same direction with an
// Armijo line search, falling back to −∇f where the Newton direction does not descend.
class Newton final : public Method {
public:
    explicit Newton(bool damped) : damped_(damped) {}
    std::string name() const override { return damped_ ? "damped-newton" : "newton"; }
    void reset(const Objective2D&, const Vec2&) override {}
    Vec2 step(const Objective2D& f, const Vec2& x, int, double, StepAnatomy& a, std::string& stop) override
    {
        a.gradient = f.gradient(x);
        Vec2 direction;
        if (!f.hessian(x).solve(-1.0 * a.gradient, direction)) {
            if (!damped_) {
                stop = "singular-hessian";
                return x;
            }
            direction = -1.0 * a.gradient;
        }
        if (!damped_) {
            a.velocity = direction;
            a.step = direction;
            return x + direction;
        }
        const double alpha = searchAlong(f, x, direction, a, stop);
        if (alpha == 0.0)
            return x;
        a.step = alpha * direction;
        return x + a.step;
    }

private:
    bool damped_;
};

// BFGS with the inverse-Hessian update, H₀ = I (as scipy), and an Armijo line search; the update is
// skipped when the curvature sᵀy is not positive.
class Bfgs final : public Method {
public:
    std::string name() const override { return "bfgs"; }
    void reset(const Objective2D&, const Vec2&) override { inverse_ = {1, 0, 1}; }
    Vec2 step(const Objective2D& f, const Vec2& x, int, double, StepAnatomy& a, std::string& stop) override
    {
        a.gradient = f.gradient(x);
        Vec2 direction = -1.0 * (inverse_ * a.gradient);
        if (dot(direction, a.gradient) >= 0) // lost positive definiteness numerically: restart
            inverse_ = {1, 0, 1};
        const double alpha = searchAlong(f, x, direction, a, stop);
        if (alpha == 0.0)
            return x;
        const Vec2 s = alpha * direction;
        const Vec2 next = x + s;
        const Vec2 y = f.gradient(next) - a.gradient;
        const double sy = dot(s, y);
        if (sy > 1e-12 * norm(s) * norm(y)) {
            // H ← (I − ρsyᵀ)H(I − ρysᵀ) + ρssᵀ, written out for a symmetric 2×2 H.
            const double rho = 1 / sy;
            const Vec2 hy = inverse_ * y;
            const double yhy = dot(y, hy);
            const double k = rho * rho * yhy + rho;
            inverse_.xx += k * s[0] * s[0] - rho * (hy[0] * s[0] + s[0] * hy[0]);
            inverse_.xy += k * s[0] * s[1] - rho * (hy[0] * s[1] + s[0] * hy[1]);
            inverse_.yy += k * s[1] * s[1] - rho * (hy[1] * s[1] + s[1] * hy[1]);
        }
        a.step = s;
        return next;
    }

private:
    Sym2 inverse_{1, 0, 1};
};

// Nonlinear conjugate gradients: d = −g + βd₋ with Fletcher–Reeves' β = gᵀg / g₋ᵀg₋ or Polak–Ribière's
// β = max(0, gᵀ(g − g₋) / g₋ᵀg₋) (PR+, which restarts by itself where PR would turn uphill), and a strong
// Wolfe line search (c₁ = 10⁻⁴, c₂). A direction that does not descend is replaced by −g. The first trial
// step is scipy's: 1.01·2(f − f₋)/φ′(0), at most 1, and 1/‖g‖ on the first iteration. On a quadratic with
// an exact search (c₂ → 0) both are linear CG.
class NonlinearCg final : public Method {
public:
    NonlinearCg(bool polakRibiere, double c2) : polakRibiere_(polakRibiere), c2_(c2) {}
    std::string name() const override { return polakRibiere_ ? "cg-pr" : "cg-fr"; }
    void reset(const Objective2D&, const Vec2&) override { first_ = true; }
    Vec2 step(const Objective2D& f, const Vec2& x, int, double, StepAnatomy& a, std::string& stop) override
    {
        a.gradient = f.gradient(x);
        const Vec2 g = a.gradient;
        const double fx = f.value(x);
        Vec2 direction = -1.0 * g;
        if (!first_) {
            const double beta = polakRibiere_ ? std::max(0.0, dot(g, g - previousGradient_) / dot(previousGradient_, previousGradient_))
                                              : dot(g, g) / dot(previousGradient_, previousGradient_);
            if (std::isfinite(beta))
                direction = direction + beta * previousDirection_;
            if (!(dot(direction, g) < 0))
                direction = -1.0 * g;
        }
        const double slope = dot(direction, g);
        double initial = first_ ? 1 / norm(g) : std::min(1.0, 1.01 * 2 * (fx - previousValue_) / slope);
        if (!(initial > 0) || !std::isfinite(initial))
            initial = 1;
        const LineSearchResult search = strongWolfeSearch(
            [&](double alpha) {
                const Vec2 p = x + alpha * direction;
                return std::pair{f.value(p), dot(f.gradient(p), direction)};
            },
            fx, slope, initial, {.c1 = 1e-4, .c2 = c2_});
        a.velocity = direction;
        if (search.alpha == 0.0) {
            stop = "line-search-failed";
            return x;
        }
        first_ = false;
        previousGradient_ = g;
        previousDirection_ = direction;
        previousValue_ = fx;
        a.step = search.alpha * direction;
        return x + a.step;
    }

private:
    bool polakRibiere_;
    double c2_;
    bool first_ = true;
    Vec2 previousGradient_{0, 0}, previousDirection_{0, 0};
    double previousValue_ = 0;
};

// Gradient descent with backtracking (Armijo): α = η, ρη, ρ²η, … until f(x − α∇f) ≤ f(x) − c₁α‖∇f‖²;
// x ← x − α∇f. The learning rate η is the first trial at every step, so a step is never longer than
// fixed-step descent's and never too long to descend.
class BacktrackingDescent final : public Method {
public:
    BacktrackingDescent(double shrink, double c1) : shrink_(shrink), c1_(c1) {}
    std::string name() const override { return "gd-armijo"; }
    void reset(const Objective2D&, const Vec2&) override {}
    Vec2 step(const Objective2D& f, const Vec2& x, int, double lr, StepAnatomy& a, std::string& stop) override
    {
        a.gradient = f.gradient(x);
        const Vec2 g = a.gradient;
        const LineSearchResult search = backtrackingSearch([&](double alpha) { return f.value(x - alpha * g); }, f.value(x),
                                                           -dot(g, g), lr, shrink_, c1_);
        if (search.alpha == 0.0) {
            stop = "line-search-failed";
            return x;
        }
        a.step = -search.alpha * g;
        return x + a.step;
    }

private:
    double shrink_, c1_;
};

// Steepest descent: x ← x − α∇f with α the minimum of f along −∇f (exactLineSearch, to 10⁻⁸ of α). The
// search starts from the last step's α (1/‖∇f‖ at first). On a quadratic consecutive steps are orthogonal.
class SteepestDescent final : public Method {
public:
    std::string name() const override { return "steepest"; }
    void reset(const Objective2D&, const Vec2&) override { lastStep_ = 0; }
    Vec2 step(const Objective2D& f, const Vec2& x, int, double, StepAnatomy& a, std::string& stop) override
    {
        a.gradient = f.gradient(x);
        const Vec2 g = a.gradient;
        const double initial = lastStep_ > 0 ? lastStep_ : 1 / norm(g);
        const LineSearchResult search = exactLineSearch([&](double alpha) { return f.value(x - alpha * g); }, f.value(x), initial);
        if (search.alpha == 0.0) {
            stop = "line-search-failed";
            return x;
        }
        lastStep_ = search.alpha;
        a.step = -search.alpha * g;
        return x + a.step;
    }

private:
    double lastStep_ = 0;
};

// scipy.optimize.minimize(method="Nelder-Mead") with its default coefficients (NelderMeadSimplex,
// shared with the MDS lesson). One step is one iteration; the iterate is the best vertex.
class NelderMead final : public Method {
public:
    std::string name() const override { return "nelder-mead"; }
    void reset(const Objective2D& f, const Vec2& start) override
    {
        current_ = &f;
        // The race counts iterations, not evaluations: the budget never binds.
        simplex_.emplace([this](const NelderMeadSimplex::Point& p) { return current_->value({p[0], p[1]}); },
                         NelderMeadSimplex::Point{start[0], start[1]}, std::numeric_limits<long>::max());
    }
    Vec2 step(const Objective2D& f, const Vec2& x, int, double, StepAnatomy& a, std::string& stop) override
    {
        current_ = &f;
        simplex_->iterate();
        const auto& vertices = simplex_->vertices();
        for (int k = 0; k < 3; ++k)
            a.simplex[std::size_t(k)] = {vertices[std::size_t(k)][0], vertices[std::size_t(k)][1]};
        const Vec2 best = a.simplex[0];
        a.gradient = f.gradient(x); // for display only: Nelder–Mead itself never asks for it
        a.hasSimplex = true;
        a.step = best - x;
        if (std::max(norm(a.simplex[1] - best), norm(a.simplex[2] - best)) < 1e-14)
            stop = "converged";
        return best;
    }

private:
    const Objective2D* current_ = nullptr;
    std::optional<NelderMeadSimplex> simplex_;
};

} // namespace

// Core has no Qt; lupdate finds the labels by this name (written out: it expands no macro of ours),
// which Qt defines the same way, as a no-op.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

const std::vector<MethodInfo>& methodRegistry()
{
    using H = Hyperparameters;
    // Labels are translated in the optimizers lesson's context, where the panel shows them.
    static const std::vector<MethodInfo> registry = {
        MethodInfo("gd", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "Gradient descent"), [](const H&) -> std::unique_ptr<Method> { return std::make_unique<GradientDescent>(); })
            .withLearningRate(1e-3),
        MethodInfo("momentum", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "Momentum"), [](const H& h) -> std::unique_ptr<Method> { return std::make_unique<Momentum>(h.momentum, false); })
            .withLearningRate(1e-3)
            .withHyperparameter({"mu", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "Momentum μ"), &H::momentum, 0, 0.999}),
        MethodInfo("nesterov", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "Nesterov"), [](const H& h) -> std::unique_ptr<Method> { return std::make_unique<Momentum>(h.momentum, true); })
            .withLearningRate(1e-3)
            .withHyperparameter({"mu", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "Momentum μ"), &H::momentum, 0, 0.999}),
        MethodInfo("adagrad", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "Adagrad"), [](const H& h) -> std::unique_ptr<Method> { return std::make_unique<Adagrad>(h.eps); })
            .withLearningRate(1e-2)
            .withDefault(&H::eps, 1e-10)
            .withHyperparameter({"eps", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "ε"), &H::eps, 1e-12, 1, true}),
        MethodInfo("rmsprop", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "RMSprop"), [](const H& h) -> std::unique_ptr<Method> { return std::make_unique<RmsProp>(h.alpha, h.eps); })
            .withLearningRate(1e-2)
            .withHyperparameter({"alpha", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "Smoothing α"), &H::alpha, 0, 0.9999})
            .withHyperparameter({"eps", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "ε"), &H::eps, 1e-12, 1, true}),
        MethodInfo("adam", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "Adam"),
                   [](const H& h) -> std::unique_ptr<Method> { return std::make_unique<Adam>("adam", h.beta1, h.beta2, h.eps, 0.0); })
            .withLearningRate(1e-3)
            .withHyperparameter({"beta1", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "β₁"), &H::beta1, 0, 0.9999})
            .withHyperparameter({"beta2", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "β₂"), &H::beta2, 0, 0.99999})
            .withHyperparameter({"eps", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "ε"), &H::eps, 1e-12, 1, true}),
        MethodInfo("adamw", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "AdamW"),
                   [](const H& h) -> std::unique_ptr<Method> { return std::make_unique<Adam>("adamw", h.beta1, h.beta2, h.eps, h.weightDecay); })
            .withLearningRate(1e-3)
            .withDefault(&H::weightDecay, 0.01)
            .withHyperparameter({"beta1", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "β₁"), &H::beta1, 0, 0.9999})
            .withHyperparameter({"beta2", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "β₂"), &H::beta2, 0, 0.99999})
            .withHyperparameter({"eps", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "ε"), &H::eps, 1e-12, 1, true})
            .withHyperparameter({"weight_decay", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "Weight decay λ"), &H::weightDecay, 0, 1}),
        // Lion's authors recommend a learning rate 3–10× below Adam's.
        MethodInfo("lion", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "Lion"), [](const H& h) -> std::unique_ptr<Method> { return std::make_unique<Lion>(h.beta1, h.beta2, h.weightDecay); })
            .withLearningRate(1e-4)
            .withDefault(&H::beta2, 0.99)
            .withHyperparameter({"beta1", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "β₁ (interpolation)"), &H::beta1, 0, 0.9999})
            .withHyperparameter({"beta2", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "β₂ (momentum)"), &H::beta2, 0, 0.99999})
            .withHyperparameter({"weight_decay", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "Weight decay λ"), &H::weightDecay, 0, 1}),
        MethodInfo("newton", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "Newton"), [](const H&) -> std::unique_ptr<Method> { return std::make_unique<Newton>(false); }),
        MethodInfo("damped-newton", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "Damped Newton"), [](const H&) -> std::unique_ptr<Method> { return std::make_unique<Newton>(true); }),
        MethodInfo("bfgs", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "BFGS"), [](const H&) -> std::unique_ptr<Method> { return std::make_unique<Bfgs>(); }),
        MethodInfo("nelder-mead", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "Nelder–Mead"), [](const H&) -> std::unique_ptr<Method> { return std::make_unique<NelderMead>(); })
            .withoutDerivatives(),
        // Neither has a PyTorch default: Fromage's is its authors' suggested 0.01; NAG-GS's step and
        // constants are those the course's notebook races it with on Rosenbrock (α 3·10⁻³, μ = γ₀ = 150).
        MethodInfo("fromage", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "Fromage"), [](const H&) -> std::unique_ptr<Method> { return std::make_unique<Fromage>(); })
            .withLearningRate(1e-2),
        MethodInfo("nag-gs", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "NAG-GS"), [](const H& h) -> std::unique_ptr<Method> { return std::make_unique<NagGs>(h.convexity, h.damping); })
            .withLearningRate(3e-3)
            .withDefault(&H::convexity, 150)
            .withDefault(&H::damping, 150)
            .withHyperparameter({"mu", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "Convexity μ"), &H::convexity, 0, 1000})
            .withHyperparameter({"gamma", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "Initial γ₀"), &H::damping, 1e-3, 1000, true}),
        MethodInfo("cg-fr", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "CG (Fletcher–Reeves)"), [](const H& h) -> std::unique_ptr<Method> { return std::make_unique<NonlinearCg>(false, h.wolfeCurvature); })
            .withHyperparameter({"c2", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "Wolfe curvature c₂"), &H::wolfeCurvature, 1e-4, 0.99, true}),
        MethodInfo("cg-pr", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "CG (Polak–Ribière+)"), [](const H& h) -> std::unique_ptr<Method> { return std::make_unique<NonlinearCg>(true, h.wolfeCurvature); })
            .withHyperparameter({"c2", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "Wolfe curvature c₂"), &H::wolfeCurvature, 1e-4, 0.99, true}),
        // Backtracking's first trial is the learning rate: 1, the usual α₀ (Nocedal & Wright, Algorithm 3.1).
        MethodInfo("gd-armijo", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "GD + backtracking (Armijo)"),
                   [](const H& h) -> std::unique_ptr<Method> { return std::make_unique<BacktrackingDescent>(h.backtrackingShrink, h.sufficientDecrease); })
            .withLearningRate(1)
            .withHyperparameter({"rho", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "Backtracking factor ρ"), &H::backtrackingShrink, 0.01, 0.99})
            .withHyperparameter({"c1", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "Sufficient decrease c₁"), &H::sufficientDecrease, 1e-6, 0.5, true}),
        MethodInfo("steepest", QT_TRANSLATE_NOOP("gradus::OptimizersLesson", "Steepest descent (exact line search)"),
                   [](const H&) -> std::unique_ptr<Method> { return std::make_unique<SteepestDescent>(); }),
    };
    return registry;
}


const MethodInfo* findMethod(const std::string& name)
{
    for (const MethodInfo& method : methodRegistry())
        if (method.name == name)
            return &method;
    return nullptr;
}

Hyperparameters defaultHyperparameters(const std::string& method)
{
    const MethodInfo* info = findMethod(method);
    return info ? info->defaults : Hyperparameters{};
}

double defaultLearningRate(const std::string& method)
{
    const MethodInfo* info = findMethod(method);
    return info ? info->defaultRate : 0.0;
}

const std::vector<std::string>& methodNames()
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> all;
        for (const MethodInfo& method : methodRegistry())
            all.push_back(method.name);
        return all;
    }();
    return names;
}

std::unique_ptr<Method> makeMethod(const std::string& name, const Hyperparameters& hyper)
{
    const MethodInfo* info = findMethod(name);
    return info ? info->make(hyper) : nullptr;
}

} // namespace gradus::core
