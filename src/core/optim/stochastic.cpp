#include "stochastic.h"

#include "core/compute_control.h"

#include <algorithm>
#include <memory>
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

namespace {

// b distinct samples, uniformly (a partial Fisher–Yates shuffle).
class BatchDraw {
public:
    BatchDraw(int samples, int batch, std::uint64_t seed) : batch_(batch), generator_(seed), order_(std::size_t(samples))
    {
        std::iota(order_.begin(), order_.end(), 0);
    }
    std::vector<int> next()
    {
        std::vector<int> chosen;
        const int n = int(order_.size());
        for (int j = 0; j < batch_; ++j) {
            std::uniform_int_distribution<int> pick(j, n - 1);
            std::swap(order_[size_t(j)], order_[size_t(pick(generator_))]);
            chosen.push_back(order_[size_t(j)]);
        }
        return chosen;
    }
    int batch() const { return batch_; }

private:
    int batch_;
    std::mt19937_64 generator_;
    std::vector<int> order_;
};

// One update rule: the direction d of step t at w (the step is w ← w − lr·d), the samples it drew,
// and the sample gradients it evaluated.
class StochasticUpdate {
public:
    explicit StochasticUpdate(const LeastSquares2& problem) : problem_(problem) {}
    virtual ~StochasticUpdate() = default;
    virtual Vec2 direction(const Vec2& w, int t, BatchDraw& draw, std::vector<int>& used) = 0;
    double evaluations = 0;

protected:
    const LeastSquares2& problem_;
    int samples() const { return problem_.size(); }
};

// d = ∇f(w) = (1/N) Σ gᵢ(w).
class FullGradient final : public StochasticUpdate {
public:
    using StochasticUpdate::StochasticUpdate;
    Vec2 direction(const Vec2& w, int, BatchDraw&, std::vector<int>&) override
    {
        evaluations += samples();
        return problem_.gradient(w);
    }
};

// d = (1/b) Σ_{i ∈ B} gᵢ(w), a fresh batch B each step.
class MiniBatchSgd final : public StochasticUpdate {
public:
    using StochasticUpdate::StochasticUpdate;
    Vec2 direction(const Vec2& w, int, BatchDraw& draw, std::vector<int>& used) override
    {
        used = draw.next();
        Vec2 sum{0, 0};
        for (int i : used)
            sum = sum + problem_.sampleGradient(w, i);
        evaluations += draw.batch();
        return (1.0 / draw.batch()) * sum;
    }
};

// The variance-reduced rules keep the last gradient seen of every sample, and their mean.
class GradientTable {
protected:
    GradientTable(const LeastSquares2& problem, const Vec2& start)
    {
        for (int i = 0; i < problem.size(); ++i)
            table_.push_back(problem.sampleGradient(start, i));
        mean_ = problem.gradient(start);
    }
    void refresh(const LeastSquares2& problem, const Vec2& w, const std::vector<int>& used)
    {
        for (int i : used) {
            const Vec2 fresh = problem.sampleGradient(w, i);
            mean_ = mean_ + (1.0 / problem.size()) * (fresh - table_[size_t(i)]);
            table_[size_t(i)] = fresh;
        }
    }
    std::vector<Vec2> table_;
    Vec2 mean_{0, 0};
};

// SAG (Schmidt, Le Roux, Bach): refresh the batch's entries, d = the table's mean.
class Sag final : public StochasticUpdate, GradientTable {
public:
    Sag(const LeastSquares2& problem, const Vec2& start) : StochasticUpdate(problem), GradientTable(problem, start)
    {
        evaluations += samples();
    }
    Vec2 direction(const Vec2& w, int, BatchDraw& draw, std::vector<int>& used) override
    {
        used = draw.next();
        refresh(problem_, w, used);
        evaluations += draw.batch();
        return mean_;
    }
};

// SAGA (Defazio, Bach, Lacoste-Julien): d = (1/b) Σ_{i ∈ B} (gᵢ(w) − tableᵢ) + the table's mean, an
// unbiased correction; then refresh the batch's entries.
class Saga final : public StochasticUpdate, GradientTable {
public:
    Saga(const LeastSquares2& problem, const Vec2& start) : StochasticUpdate(problem), GradientTable(problem, start)
    {
        evaluations += samples();
    }
    Vec2 direction(const Vec2& w, int, BatchDraw& draw, std::vector<int>& used) override
    {
        used = draw.next();
        Vec2 d{0, 0};
        for (int i : used)
            d = d + (1.0 / draw.batch()) * (problem_.sampleGradient(w, i) - table_[size_t(i)]);
        d = d + mean_;
        refresh(problem_, w, used);
        evaluations += draw.batch();
        return d;
    }
};

// SVRG (Johnson & Zhang): a full gradient at a snapshot w̃ every epoch (N / b steps), then
// d = (1/b) Σ_{i ∈ B} (gᵢ(w) − gᵢ(w̃)) + ∇f(w̃).
class Svrg final : public StochasticUpdate {
public:
    Svrg(const LeastSquares2& problem, const Vec2& start, int batch)
        : StochasticUpdate(problem), snapshot_(start), epochLength_(std::max(1, problem.size() / batch)) {}
    Vec2 direction(const Vec2& w, int t, BatchDraw& draw, std::vector<int>& used) override
    {
        if ((t - 1) % epochLength_ == 0) {
            snapshot_ = w;
            snapshotGradient_ = problem_.gradient(w);
            evaluations += samples();
        }
        used = draw.next();
        Vec2 d{0, 0};
        for (int i : used)
            d = d + (1.0 / draw.batch()) * (problem_.sampleGradient(w, i) - problem_.sampleGradient(snapshot_, i));
        evaluations += 2.0 * draw.batch();
        return d + snapshotGradient_;
    }

private:
    Vec2 snapshot_, snapshotGradient_{0, 0};
    int epochLength_;
};

std::unique_ptr<StochasticUpdate> makeUpdate(StochasticMethod method, const LeastSquares2& problem, const Vec2& start, int batch)
{
    switch (method) {
    case StochasticMethod::Gd: return std::make_unique<FullGradient>(problem);
    case StochasticMethod::Sgd: return std::make_unique<MiniBatchSgd>(problem);
    case StochasticMethod::Sag: return std::make_unique<Sag>(problem, start);
    case StochasticMethod::Svrg: return std::make_unique<Svrg>(problem, start, batch);
    case StochasticMethod::Saga: return std::make_unique<Saga>(problem, start);
    }
    return nullptr;
}

} // namespace

StochasticRun runStochastic(const LeastSquares2& problem, StochasticMethod method, const StochasticSettings& settings,
                            Vec2 start, std::uint64_t seed, ComputeControl* control)
{
    const int batch = std::clamp(settings.batch, 1, problem.size());
    const Vec2 optimum = problem.optimum();
    const double best = problem.loss(optimum);
    StochasticRun run;
    auto record = [&](const Vec2& w, double evaluations) {
        run.points.push_back(w);
        run.loss.push_back(std::max(0.0, problem.loss(w) - best));
        run.distance.push_back(std::hypot(w[0] - optimum[0], w[1] - optimum[1]));
        run.gradientEvaluations.push_back(evaluations);
    };
    record(start, 0); // the tables of SAG and SAGA, built next, count from the first step on

    BatchDraw draw(problem.size(), batch, seed);
    const std::unique_ptr<StochasticUpdate> update = makeUpdate(method, problem, start, batch);
    const DescentLoop loop{.steps = settings.iterations,
                           .divergence = {.farthest = kStochasticDivergenceBound},
                           .checkpointEvery = 64,
                           .control = control};
    std::vector<int> used;
    const DescentOutcome outcome = descend(
        loop, start,
        [&](int t, const Vec2& w) {
            const double lr = settings.schedule.rate(settings.lr, t, settings.iterations);
            used.clear();
            const Vec2 d = update->direction(w, t, draw, used);
            return Proposal<Vec2>::to(w - lr * d); // the loss is evaluated only for a kept step
        },
        [&](int, const Proposal<Vec2>& step) {
            run.batches.push_back(std::move(used));
            record(step.next, update->evaluations);
        });
    static_cast<DescentOutcome&>(run) = outcome;
    return run;
}

} // namespace gradus::core
