#include "line_search.h"

#include "interval_search.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace gradus::core {

namespace {

// The minimizer of the cubic with values and slopes (fa, da) at a and (fb, db) at b (N&W eq. 3.59), or NaN.
double cubicMinimizer(const LineSearchTrial& a, const LineSearchTrial& b)
{
    const double d1 = a.slope + b.slope - 3 * (a.value - b.value) / (a.alpha - b.alpha);
    const double radicand = d1 * d1 - a.slope * b.slope;
    if (!(radicand >= 0))
        return NAN;
    const double d2 = std::copysign(std::sqrt(radicand), b.alpha - a.alpha);
    return b.alpha - (b.alpha - a.alpha) * (b.slope + d2 - d1) / (b.slope - a.slope + 2 * d2);
}

class Search {
public:
    Search(const LineFunction& phi, double phi0, double slope0, const WolfeConditions& c, int maxEvaluations)
        : phi_(phi), phi0_(phi0), slope0_(slope0), c_(c), budget_(maxEvaluations)
    {
    }

    LineSearchResult run(double alpha)
    {
        LineSearchTrial previous{0, phi0_, slope0_};
        for (int i = 0; budget_ > 0; ++i) {
            const LineSearchTrial t = evaluate(alpha);
            if (!sufficientDecrease(t) || (i > 0 && t.value >= previous.value))
                return zoom(previous, t);
            if (curvature(t))
                return accept(t, true);
            if (t.slope >= 0)
                return zoom(t, previous);
            previous = t;
            alpha *= 2;
        }
        return fallback();
    }

private:
    LineSearchTrial evaluate(double alpha)
    {
        --budget_;
        const auto [value, slope] = phi_(alpha);
        LineSearchTrial t{alpha, value, slope};
        if (!std::isfinite(value) || !std::isfinite(slope)) // too far: as if f had grown
            t.value = INFINITY, t.slope = INFINITY;
        result_.trials.push_back({alpha, value, slope});
        if (sufficientDecrease(t) && (!best_ || t.value < best_->value))
            best_ = t;
        return t;
    }
    bool sufficientDecrease(const LineSearchTrial& t) const { return t.value <= phi0_ + c_.c1 * t.alpha * slope0_; }
    bool curvature(const LineSearchTrial& t) const { return std::abs(t.slope) <= c_.c2 * std::abs(slope0_); }

    // `low` has sufficient decrease and the lower value; a Wolfe step lies between low and high.
    LineSearchResult zoom(LineSearchTrial low, LineSearchTrial high)
    {
        while (budget_ > 0) {
            const double lo = std::min(low.alpha, high.alpha), hi = std::max(low.alpha, high.alpha);
            double alpha = std::isfinite(high.value) ? cubicMinimizer(low, high) : NAN;
            const double margin = 1e-3 * (hi - lo);
            if (!(alpha > lo + margin && alpha < hi - margin))
                alpha = 0.5 * (lo + hi);
            if (!(hi - lo > 1e-16 * hi))
                break; // the bracket has shrunk to rounding
            const LineSearchTrial t = evaluate(alpha);
            if (!sufficientDecrease(t) || t.value >= low.value) {
                high = t;
                continue;
            }
            if (curvature(t))
                return accept(t, true);
            if (t.slope * (high.alpha - low.alpha) >= 0)
                high = low;
            low = t;
        }
        return fallback();
    }

    LineSearchResult accept(const LineSearchTrial& t, bool wolfe)
    {
        result_.alpha = t.alpha;
        result_.wolfe = wolfe;
        return std::move(result_);
    }
    LineSearchResult fallback() { return best_ ? accept(*best_, false) : std::move(result_); }

    const LineFunction& phi_;
    double phi0_, slope0_;
    WolfeConditions c_;
    int budget_;
    LineSearchResult result_;
    std::optional<LineSearchTrial> best_;
};

} // namespace

LineSearchResult strongWolfeSearch(const LineFunction& phi, double phi0, double slope0, double initial,
                                   const WolfeConditions& conditions, int maxEvaluations)
{
    if (!(slope0 < 0) || !(initial > 0))
        return {};
    return Search(phi, phi0, slope0, conditions, maxEvaluations).run(initial);
}

LineSearchResult backtrackingSearch(const std::function<double(double)>& phi, double phi0, double slope0, double initial,
                                    double shrink, double c1, int maxEvaluations)
{
    LineSearchResult result;
    if (!(slope0 < 0) || !(initial > 0) || !(shrink > 0 && shrink < 1))
        return result;
    double alpha = initial;
    for (int k = 0; k < maxEvaluations; ++k, alpha *= shrink) {
        const double value = phi(alpha);
        result.trials.push_back({alpha, value, NAN});
        if (std::isfinite(value) && value <= phi0 + c1 * alpha * slope0) {
            result.alpha = alpha;
            return result;
        }
    }
    return result;
}

LineSearchResult exactLineSearch(const std::function<double(double)>& phi, double phi0, double initial,
                                 double relativeTolerance, int maxDoublings)
{
    LineSearchResult result;
    if (!(initial > 0) || !std::isfinite(initial))
        return result;
    const auto call = [&](double alpha) {
        const double value = phi(alpha);
        result.trials.push_back({alpha, value, NAN});
        return std::isfinite(value) ? value : INFINITY; // too far counts as uphill
    };
    double alpha = initial;
    double value = call(alpha);
    bool halved = false;
    for (int k = 0; !(value < phi0); ++k) {
        if (k == 60)
            return result;
        alpha *= 0.5;
        value = call(alpha);
        halved = true;
    }
    // φ(low) > φ(α) ≤ φ(high): halved, φ(2α) was tried and not below φ(0); else double while φ falls.
    double low = 0, high = 2 * alpha;
    if (!halved) {
        double highValue = call(high);
        for (int k = 0; highValue < value; ++k) {
            if (k == maxDoublings) { // still falling: no minimum within reach
                result.alpha = high;
                return result;
            }
            low = alpha;
            alpha = high;
            value = highValue;
            high = 2 * alpha;
            highValue = call(high);
        }
    }
    const IntervalSearchRun brent = searchInterval(call, low, high,
                                                   {.method = IntervalMethod::Brent, .tolerance = relativeTolerance * alpha});
    result.alpha = brent.value <= value ? brent.minimizer : alpha;
    return result;
}

} // namespace gradus::core
