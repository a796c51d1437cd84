#pragma once
// An objective whose gradient comes with Gaussian noise: ∇f(x) + σ·ξ, ξ ~ N(0, I₂), drawn from its own
// seeded generator, while f and its Hessian stay exact. It stands in for a stochastic gradient when a
// lesson races optimizers on a test surface: the class sees which methods the noise throws about.
// One instance per run (the generator is its state), so every method of a race sees the same sequence.

#include "objective.h"

#include <cstdint>
#include <random>

namespace gradus::core {

class NoisyGradient : public Objective2D {
public:
    NoisyGradient(const Objective2D& exact, double sigma, std::uint64_t seed) : exact_(exact), sigma_(sigma), rng_(seed) {}

    double value(const Vec2& x) const override { return exact_.value(x); }
    Vec2 gradient(const Vec2& x) const override
    {
        const Vec2 g = exact_.gradient(x);
        if (sigma_ <= 0)
            return g;
        const double nx = normal_(rng_), ny = normal_(rng_);
        return {g[0] + sigma_ * nx, g[1] + sigma_ * ny};
    }
    Sym2 hessian(const Vec2& x) const override { return exact_.hessian(x); }

private:
    const Objective2D& exact_;
    double sigma_;
    mutable std::mt19937_64 rng_;
    mutable std::normal_distribution<double> normal_;
};

} // namespace gradus::core
