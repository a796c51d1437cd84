#include "stochastic.h"

#include "core/compute_control.h"
#include "divergence.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace gradus::core {

namespace {

Vec2 features(double x) { return {x, 1.0}; }

} // namespace

double LeastSquares2::loss(const Vec2& w) const
{
    double sum = 0;
    for (int i = 0; i < size(); ++i) {
        const double r = w[0] * x[size_t(i)] + w[1] - y[size_t(i)];
        sum += r * r;
    }
    return sum / (2.0 * size());
}

double LeastSquares2::Surface::operator()(const Vec2& w) const
{
    const double dx = w[0] - optimum[0], dy = w[1] - optimum[1];
    return minimum + 0.5 * (hessian.xx * dx * dx + 2 * hessian.xy * dx * dy + hessian.yy * dy * dy);
}

LeastSquares2::Surface LeastSquares2::surface() const
{
    Surface s;
    s.optimum = optimum();
    s.hessian = hessian();
    s.minimum = loss(s.optimum);
    return s;
}

Vec2 LeastSquares2::sampleGradient(const Vec2& w, int i) const
{
    const double r = w[0] * x[size_t(i)] + w[1] - y[size_t(i)];
    return r * features(x[size_t(i)]);
}

Vec2 LeastSquares2::gradient(const Vec2& w) const
{
    Vec2 g{0, 0};
    for (int i = 0; i < size(); ++i)
        g = g + sampleGradient(w, i);
    return (1.0 / size()) * g;
}

Sym2 LeastSquares2::hessian() const
{
    Sym2 h;
    for (double xi : x) {
        h.xx += xi * xi;
        h.xy += xi;
        h.yy += 1.0;
    }
    h.xx /= size(), h.xy /= size(), h.yy /= size();
    return h;
}

Vec2 LeastSquares2::optimum() const
{
    std::vector<int> all(static_cast<size_t>(size()));
    std::iota(all.begin(), all.end(), 0);
    Vec2 w{0, 0};
    batchOptimum(all, w);
    return w;
}

bool LeastSquares2::batchOptimum(const std::vector<int>& batch, Vec2& out) const
{
    Sym2 h;
    Vec2 b{0, 0};
    for (int i : batch) {
        const Vec2 f = features(x[size_t(i)]);
        h.xx += f[0] * f[0], h.xy += f[0] * f[1], h.yy += f[1] * f[1];
        b = b + y[size_t(i)] * f;
    }
    return h.solve(b, out);
}

double LeastSquares2::noiseBallSquaredRadius(double lr, int batch) const
{
    const Vec2 w = optimum();
    Sym2 s;
    for (int i = 0; i < size(); ++i) {
        const Vec2 g = sampleGradient(w, i);
        s.xx += g[0] * g[0], s.xy += g[0] * g[1], s.yy += g[1] * g[1];
    }
    s.xx /= size(), s.xy /= size(), s.yy /= size();
    // The stationary covariance Σ of w_{k+1} − w* = (I − lr H)(w_k − w*) − lr·ξ solves, to first order
    // in lr, HΣ + ΣH = (lr / b)·S·(N − b)/(N − 1); its trace is (lr / 2b)·tr(H⁻¹S)·(N − b)/(N − 1).
    const Sym2 h = hessian();
    const double det = h.determinant();
    const double traceHinvS = (h.yy * s.xx - 2 * h.xy * s.xy + h.xx * s.yy) / det;
    const double withoutReplacement = size() > 1 ? double(size() - batch) / double(size() - 1) : 0.0;
    return lr / (2.0 * batch) * traceHinvS * withoutReplacement;
}

LeastSquares2 makeSgdData(int n, Vec2 wTrue, double noise, std::uint64_t seed)
{
    std::mt19937_64 generator(seed);
    std::uniform_real_distribution<double> uniform(-0.5, 0.5);
    std::normal_distribution<double> normal(0.0, 1.0);
    LeastSquares2 data;
    for (int i = 0; i < n; ++i) {
        const double x = uniform(generator);
        data.x.push_back(x);
        data.y.push_back(wTrue[0] * x + wTrue[1] + noise * normal(generator));
    }
    return data;
}

StochasticRun runStochastic(const LeastSquares2& problem, StochasticMethod method, const StochasticSettings& settings,
                            Vec2 start, std::uint64_t seed, ComputeControl* control)
{
    const int n = problem.size();
    const int batch = std::clamp(settings.batch, 1, n);
    const Vec2 optimum = problem.optimum();
    const double best = problem.loss(optimum);
    const DivergenceRule divergence{.farthest = kStochasticDivergenceBound};
    std::mt19937_64 generator(seed);
    std::vector<int> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    auto drawBatch = [&] { // b distinct samples, uniformly
        std::vector<int> chosen;
        for (int j = 0; j < batch; ++j) {
            std::uniform_int_distribution<int> pick(j, n - 1);
            std::swap(order[size_t(j)], order[size_t(pick(generator))]);
            chosen.push_back(order[size_t(j)]);
        }
        return chosen;
    };

    StochasticRun run;
    Vec2 w = start;
    double evaluations = 0;
    auto record = [&] {
        run.points.push_back(w);
        run.loss.push_back(std::max(0.0, problem.loss(w) - best));
        run.distance.push_back(std::hypot(w[0] - optimum[0], w[1] - optimum[1]));
        run.gradientEvaluations.push_back(evaluations);
    };
    record();

    // Tables of the variance-reduced methods: the last gradient seen of every sample, and their mean.
    std::vector<Vec2> table;
    Vec2 tableMean{0, 0};
    if (method == StochasticMethod::Sag || method == StochasticMethod::Saga) {
        for (int i = 0; i < n; ++i)
            table.push_back(problem.sampleGradient(w, i));
        tableMean = problem.gradient(w);
        evaluations += n;
    }
    Vec2 snapshot = w, snapshotGradient{0, 0};
    const int epochLength = std::max(1, n / batch);

    for (int k = 0; k < settings.iterations; ++k) {
        if (k % 64 == 0)
            checkpoint(control, double(k) / settings.iterations);
        double lr = settings.lr;
        const double k0 = std::max(1, settings.decayAfter);
        if (method == StochasticMethod::SgdInverseK)
            lr = settings.lr * k0 / (k0 + k);
        else if (method == StochasticMethod::SgdInverseSqrtK)
            lr = settings.lr * std::sqrt(k0 / (k0 + k));
        else if (method == StochasticMethod::SgdStepDecay)
            lr = settings.lr * std::pow(0.5, k / std::max(1, settings.decayAfter));

        Vec2 step{0, 0};
        std::vector<int> used;
        switch (method) {
        case StochasticMethod::Gd:
            step = problem.gradient(w);
            evaluations += n;
            break;
        case StochasticMethod::Sgd:
        case StochasticMethod::SgdInverseK:
        case StochasticMethod::SgdInverseSqrtK:
        case StochasticMethod::SgdStepDecay:
            used = drawBatch();
            for (int i : used)
                step = step + problem.sampleGradient(w, i);
            step = (1.0 / batch) * step;
            evaluations += batch;
            break;
        case StochasticMethod::Sag: // Schmidt, Le Roux, Bach: step along the mean of the table
            used = drawBatch();
            for (int i : used) {
                const Vec2 fresh = problem.sampleGradient(w, i);
                tableMean = tableMean + (1.0 / n) * (fresh - table[size_t(i)]);
                table[size_t(i)] = fresh;
            }
            step = tableMean;
            evaluations += batch;
            break;
        case StochasticMethod::Saga: // Defazio, Bach, Lacoste-Julien: unbiased correction by the table
            used = drawBatch();
            for (int i : used)
                step = step + (1.0 / batch) * (problem.sampleGradient(w, i) - table[size_t(i)]);
            step = step + tableMean;
            for (int i : used) {
                const Vec2 fresh = problem.sampleGradient(w, i);
                tableMean = tableMean + (1.0 / n) * (fresh - table[size_t(i)]);
                table[size_t(i)] = fresh;
            }
            evaluations += batch;
            break;
        case StochasticMethod::Svrg: // Johnson & Zhang: a full gradient at a snapshot every epoch
            if (k % epochLength == 0) {
                snapshot = w;
                snapshotGradient = problem.gradient(w);
                evaluations += n;
            }
            used = drawBatch();
            for (int i : used)
                step = step + (1.0 / batch) * (problem.sampleGradient(w, i) - problem.sampleGradient(snapshot, i));
            step = step + snapshotGradient;
            evaluations += 2.0 * batch;
            break;
        }
        w = w - lr * step;
        if (divergence.iterateDiverged(w.data(), 2)) { // that step is not kept: the path stays finite
            run.diverged = true;
            run.divergedAtStep = k + 1;
            break;
        }
        run.batches.push_back(std::move(used));
        record();
    }
    return run;
}

} // namespace gradus::core
