#include "interval_search.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace gradus::core {

namespace {

// Counts the calls and keeps what one iteration tried.
class CountedFunction {
public:
    explicit CountedFunction(const std::function<double(double)>& f) : f_(f) {}
    double operator()(double x)
    {
        ++calls;
        tried.push_back(x);
        return f_(x);
    }
    int calls = 0;
    std::vector<double> tried;

private:
    const std::function<double(double)>& f_;
};

class Recorder {
public:
    Recorder(CountedFunction& f, IntervalSearchRun& run) : f_(f), run_(run) {}
    void record(double a, double b, double best, double bestValue, bool parabolic = false)
    {
        run_.iterations.push_back({a, b, best, bestValue, f_.calls, std::move(f_.tried), parabolic});
        f_.tried.clear();
        run_.minimizer = best;
        run_.value = bestValue;
        run_.evaluations = f_.calls;
    }

private:
    CountedFunction& f_;
    IntervalSearchRun& run_;
};

void randomBracket(CountedFunction& f, double a, double b, const IntervalSearchSettings& s, IntervalSearchRun& run)
{
    Recorder recorder(f, run);
    std::mt19937_64 generator(s.seed);
    double best = 0.5 * (a + b), bestValue = f(best);
    recorder.record(a, b, best, bestValue);
    for (int k = 0; k < s.maxIterations && b - a > s.tolerance; ++k) {
        double x1 = a + (b - a) * std::generate_canonical<double, 53>(generator);
        double x2 = a + (b - a) * std::generate_canonical<double, 53>(generator);
        if (x1 > x2)
            std::swap(x1, x2);
        const double f1 = f(x1), f2 = f(x2);
        if (f1 < f2)
            b = x2;
        else
            a = x1;
        if (std::min(f1, f2) < bestValue)
            bestValue = std::min(f1, f2);
        recorder.record(a, b, 0.5 * (a + b), bestValue);
    }
    run.converged = b - a <= s.tolerance;
}

void dichotomy(CountedFunction& f, double a, double b, const IntervalSearchSettings& s, IntervalSearchRun& run)
{
    Recorder recorder(f, run);
    double c = 0.5 * (a + b), fc = f(c);
    recorder.record(a, b, c, fc);
    for (int k = 0; k < s.maxIterations && b - a > s.tolerance; ++k) {
        const double y = 0.5 * (a + c), fy = f(y);
        if (fy < fc) {
            b = c, c = y, fc = fy;
        } else {
            const double z = 0.5 * (c + b), fz = f(z);
            if (fz < fc)
                a = c, c = z, fc = fz;
            else
                a = y, b = z;
        }
        recorder.record(a, b, c, fc);
    }
    run.converged = b - a <= s.tolerance;
}

void goldenSection(CountedFunction& f, double a, double b, const IntervalSearchSettings& s, IntervalSearchRun& run)
{
    Recorder recorder(f, run);
    const double ratio = (std::sqrt(5.0) - 1) / 2; // 0.618…
    double x1 = b - ratio * (b - a), x2 = a + ratio * (b - a);
    double f1 = f(x1), f2 = f(x2);
    const auto better = [&] { return f1 < f2 ? std::pair{x1, f1} : std::pair{x2, f2}; };
    recorder.record(a, b, better().first, better().second);
    for (int k = 0; k < s.maxIterations && b - a > s.tolerance; ++k) {
        if (f1 < f2) {
            b = x2, x2 = x1, f2 = f1;
            x1 = b - ratio * (b - a), f1 = f(x1);
        } else {
            a = x1, x1 = x2, f1 = f2;
            x2 = a + ratio * (b - a), f2 = f(x2);
        }
        recorder.record(a, b, better().first, better().second);
    }
    run.converged = b - a <= s.tolerance;
}

// Brent's method for a minimum on [a, b] without derivatives (Brent 1973, ch. 5; the form of Forsythe,
// Malcolm & Moler's fmin that scipy's bounded minimize_scalar uses): x is the best point so far, w the
// second best, v the previous w; a parabola through them proposes the step when it falls inside the
// interval and moves less than half the step before last, else a golden-section step into the larger part.
void brent(CountedFunction& f, double a, double b, const IntervalSearchSettings& s, IntervalSearchRun& run)
{
    Recorder recorder(f, run);
    const double rootEps = std::sqrt(2.2e-16);
    const double golden = 0.5 * (3 - std::sqrt(5.0));
    double v = a + golden * (b - a), w = v, x = v;
    double fx = f(x), fv = fx, fw = fx;
    double step = 0, previousStep = 0; // d and e of the classic code
    double mid = 0.5 * (a + b);
    double tol1 = rootEps * std::abs(x) + s.tolerance / 3, tol2 = 2 * tol1;
    recorder.record(a, b, x, fx);
    int k = 0;
    for (; k < s.maxIterations && std::abs(x - mid) > tol2 - 0.5 * (b - a); ++k) {
        bool useGolden = true;
        bool parabolic = false;
        if (std::abs(previousStep) > tol1) {
            // The vertex of the parabola through (v, fv), (w, fw), (x, fx), as x + p/q.
            double r = (x - w) * (fx - fv);
            double q = (x - v) * (fx - fw);
            double p = (x - v) * q - (x - w) * r;
            q = 2 * (q - r);
            if (q > 0)
                p = -p;
            q = std::abs(q);
            const double stepBeforeLast = previousStep;
            previousStep = step;
            if (std::abs(p) < std::abs(0.5 * q * stepBeforeLast) && p > q * (a - x) && p < q * (b - x)) {
                step = p / q;
                useGolden = false;
                parabolic = true;
                const double u = x + step;
                if (u - a < tol2 || b - u < tol2) // too near an end: a minimal step towards the middle
                    step = mid - x >= 0 ? tol1 : -tol1;
            }
        }
        if (useGolden) {
            previousStep = x >= mid ? a - x : b - x;
            step = golden * previousStep;
        }
        const double direction = step > 0 ? 1.0 : (step < 0 ? -1.0 : 1.0);
        const double u = x + direction * std::max(std::abs(step), tol1);
        const double fu = f(u);
        if (fu <= fx) {
            if (u >= x)
                a = x;
            else
                b = x;
            v = w, fv = fw;
            w = x, fw = fx;
            x = u, fx = fu;
        } else {
            if (u < x)
                a = u;
            else
                b = u;
            if (fu <= fw || w == x) {
                v = w, fv = fw;
                w = u, fw = fu;
            } else if (fu <= fv || v == x || v == w) {
                v = u, fv = fu;
            }
        }
        mid = 0.5 * (a + b);
        tol1 = rootEps * std::abs(x) + s.tolerance / 3;
        tol2 = 2 * tol1;
        recorder.record(a, b, x, fx, parabolic);
    }
    run.converged = k < s.maxIterations;
}

} // namespace

IntervalSearchRun searchInterval(const std::function<double(double)>& f, double a, double b,
                                 const IntervalSearchSettings& settings)
{
    IntervalSearchRun run;
    if (a > b)
        std::swap(a, b);
    CountedFunction counted(f);
    switch (settings.method) {
    case IntervalMethod::RandomBracket: randomBracket(counted, a, b, settings, run); break;
    case IntervalMethod::Dichotomy: dichotomy(counted, a, b, settings, run); break;
    case IntervalMethod::GoldenSection: goldenSection(counted, a, b, settings, run); break;
    case IntervalMethod::Brent: brent(counted, a, b, settings, run); break;
    }
    return run;
}

} // namespace gradus::core
