#pragma once
// How a learning rate changes over a run: one vocabulary for every lesson that steps with one (the
// optimizer race, the stochastic methods). "Step decay" is always the same rule, halving the rate
// every `period` steps; the race halves it every quarter of the run (period 0), the SGD lesson every
// k₀ steps that the lecturer chooses.

#include <algorithm>
#include <cmath>

namespace gradus::core {

struct Schedule {
    enum class Kind {
        Constant,
        StepDecay,    // lr·½^⌊(t − 1)/period⌋; period 0: a quarter of the run
        InverseK,     // lr·k₀/(k₀ + t − 1), k₀ = period
        InverseSqrtK, // lr·√(k₀/(k₀ + t − 1)), k₀ = period
        Cosine,       // lr·½(1 + cos(π(t − 1)/T)) over a run of T steps
        Warmup,       // linear warm-up over the first 10 % of the steps, then constant
    };

    Kind kind = Kind::Constant;
    int period = 0; // step decay: steps between halvings (0: a quarter of the run); 1/k, 1/√k: k₀

    static Schedule constant() { return {}; }
    static Schedule stepDecay(int halvingPeriod = 0) { return {Kind::StepDecay, halvingPeriod}; }
    static Schedule inverseK(int k0) { return {Kind::InverseK, k0}; }
    static Schedule inverseSqrtK(int k0) { return {Kind::InverseSqrtK, k0}; }
    static Schedule cosine() { return {Kind::Cosine, 0}; }
    static Schedule warmup() { return {Kind::Warmup, 0}; }

    // The learning rate of step t (1-based) of a run of `total` steps that starts from `base`.
    double rate(double base, int t, int total) const
    {
        total = std::max(total, 1);
        switch (kind) {
        case Kind::Constant:
            return base;
        case Kind::StepDecay: {
            const int halvingEvery = period > 0 ? period : std::max(1, total / 4);
            return base * std::pow(0.5, (t - 1) / halvingEvery);
        }
        case Kind::InverseK: {
            const double k0 = std::max(1, period);
            return base * k0 / (k0 + (t - 1));
        }
        case Kind::InverseSqrtK: {
            const double k0 = std::max(1, period);
            return base * std::sqrt(k0 / (k0 + (t - 1)));
        }
        case Kind::Cosine:
            return base * 0.5 * (1 + std::cos(M_PI * (t - 1) / total));
        case Kind::Warmup: {
            const double warm = std::max(1.0, 0.1 * total);
            return base * std::min(1.0, t / warm);
        }
        }
        return base;
    }
};

} // namespace gradus::core
