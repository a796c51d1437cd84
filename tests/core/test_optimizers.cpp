// Test functions and optimization methods: derivatives against finite differences, known minima,
// first steps by hand, and whole paths against the independent numpy implementation in
// tests/data/make_optimizer_reference.py.
#include "core/functions/functions_1d.h"
#include "core/functions/noisy_gradient.h"
#include "core/functions/test_functions.h"
#include "core/optim/methods.h"
#include "core/optim/run.h"
#include "support/reference_data.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>
#include <random>

using namespace gradus::core;

namespace {

// f = x² + 10y²: ∇f = (2x, 20y), H = diag(2, 20).
class Bowl final : public Objective2D {
public:
    double value(const Vec2& p) const override { return p[0] * p[0] + 10 * p[1] * p[1]; }
    Vec2 gradient(const Vec2& p) const override { return {2 * p[0], 20 * p[1]}; }
    Sym2 hessian(const Vec2&) const override { return {2, 0, 20}; }
};

Vec2 firstStep(const std::string& method, double lr, const Objective2D& f, const Vec2& start)
{
    auto rule = makeMethod(method, defaultHyperparameters(method));
    RunSettings settings;
    settings.iterations = 1;
    return runMethod(f, *rule, start, lr, settings).points.at(1);
}

bool close(double actual, double expected, double tolerance)
{
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

Schedule scheduleNamed(const QString& name) { return name == "cosine" ? Schedule::cosine() : Schedule::constant(); }

} // namespace

class TestOptimizers : public QObject {
    Q_OBJECT
private slots:
    // Noisy gradients: ∇f + σξ with ξ ~ N(0, I): over 20,000 draws at one point the mean is the exact
    // gradient (within 4 standard errors) and the spread is σ (within 2 %); f and the Hessian are exact;
    // the same seed gives the same noise, σ = 0 none at all.
    void noisyGradientIsExactPlusGaussianNoise()
    {
        const auto f = makeTestFunction("rosenbrock");
        const Vec2 x{0.3, -0.7};
        const Vec2 exact = f->gradient(x);
        const double sigma = 2.5;
        const NoisyGradient noisy(*f, sigma, 9);
        const int n = 20000;
        double sum[2] = {0, 0}, squares[2] = {0, 0};
        for (int i = 0; i < n; ++i) {
            const Vec2 g = noisy.gradient(x);
            for (int k = 0; k < 2; ++k) {
                sum[k] += g[k] - exact[k];
                squares[k] += (g[k] - exact[k]) * (g[k] - exact[k]);
            }
        }
        for (int k = 0; k < 2; ++k) {
            QVERIFY2(std::abs(sum[k] / n) < 4 * sigma / std::sqrt(double(n)), qPrintable(QString::number(sum[k] / n)));
            QVERIFY2(std::abs(std::sqrt(squares[k] / n) / sigma - 1) < 0.02, qPrintable(QString::number(std::sqrt(squares[k] / n))));
        }
        QCOMPARE(noisy.value(x), f->value(x));
        QCOMPARE(noisy.hessian(x).xy, f->hessian(x).xy);
        const NoisyGradient again(*f, sigma, 9), other(*f, sigma, 10), quiet(*f, 0.0, 9);
        const NoisyGradient first(*f, sigma, 9);
        QCOMPARE(again.gradient(x), first.gradient(x));
        QVERIFY(other.gradient(x) != NoisyGradient(*f, sigma, 9).gradient(x));
        QCOMPARE(quiet.gradient(x), exact);
    }

    void derivativesMatchFiniteDifferences()
    {
        std::mt19937_64 rng(5);
        for (const std::string& name : testFunctionNames()) {
            const auto f = makeTestFunction(name);
            QVERIFY(f);
            QCOMPARE(f->name(), name);
            const Box2 box = f->defaultBox();
            std::uniform_real_distribution<double> ux(box.x0, box.x1), uy(box.y0, box.y1);
            for (int trial = 0; trial < 25; ++trial) {
                const Vec2 p{ux(rng), uy(rng)};
                const double h = 1e-5;
                const Vec2 g = f->gradient(p);
                const Sym2 H = f->hessian(p);
                const Vec2 gx = (1 / (2 * h)) * (f->gradient({p[0] + h, p[1]}) - f->gradient({p[0] - h, p[1]}));
                const Vec2 gy = (1 / (2 * h)) * (f->gradient({p[0], p[1] + h}) - f->gradient({p[0], p[1] - h}));
                const double fx = (f->value({p[0] + h, p[1]}) - f->value({p[0] - h, p[1]})) / (2 * h);
                const double fy = (f->value({p[0], p[1] + h}) - f->value({p[0], p[1] - h})) / (2 * h);
                const double scale = 1 + std::abs(f->value(p)) + norm(g);
                const QByteArray where = QByteArray::fromStdString(name) + " at " + QByteArray::number(p[0]) + "," +
                                         QByteArray::number(p[1]);
                QVERIFY2(std::abs(g[0] - fx) <= 1e-6 * scale && std::abs(g[1] - fy) <= 1e-6 * scale, where);
                const double hscale = 1 + std::abs(H.xx) + std::abs(H.xy) + std::abs(H.yy);
                QVERIFY2(std::abs(H.xx - gx[0]) <= 1e-5 * hscale, where);
                QVERIFY2(std::abs(H.xy - gx[1]) <= 1e-5 * hscale && std::abs(H.xy - gy[0]) <= 1e-5 * hscale, where);
                QVERIFY2(std::abs(H.yy - gy[1]) <= 1e-5 * hscale, where);
            }
        }
    }

    void knownMinima()
    {
        for (const std::string& name : testFunctionNames()) {
            const auto f = makeTestFunction(name);
            const Box2 box = f->defaultBox();
            const Vec2 start = f->defaultStart();
            QVERIFY(start[0] >= box.x0 && start[0] <= box.x1 && start[1] >= box.y0 && start[1] <= box.y1);
            if (f->minima().empty()) {
                if (std::isinf(f->minimumValue())) { // unbounded below
                    QVERIFY(f->minimumValue() < 0);
                    continue;
                }
                // An infimum approached only far away: everything in the box lies above it, and the local
                // minima the picture is about are true ones.
                QVERIFY2(!f->localMinima().empty(), name.c_str());
                for (int i = 0; i <= 40; ++i)
                    for (int j = 0; j <= 40; ++j) {
                        const Vec2 p{box.x0 + (box.x1 - box.x0) * i / 40, box.y0 + (box.y1 - box.y0) * j / 40};
                        QVERIFY2(f->value(p) > f->minimumValue(), name.c_str());
                    }
                for (const Vec2& m : f->localMinima()) {
                    QVERIFY2(norm(f->gradient(m)) < 1e-15, name.c_str());
                    QVERIFY2(f->hessian(m).eigenvalues()[0] > 0, name.c_str());
                }
                continue;
            }
            for (const Vec2& m : f->minima()) {
                QVERIFY2(std::abs(f->value(m) - f->minimumValue()) < 1e-12, name.c_str());
                QVERIFY2(norm(f->gradient(m)) < 1e-9, name.c_str());
                if (name != "ackley") { // not twice differentiable at its minimum
                    const Vec2 e = f->hessian(m).eigenvalues();
                    QVERIFY2(e[0] > 0, name.c_str());
                }
            }
        }
        QVERIFY(!makeTestFunction("no-such-function"));
    }

    // Newton_convergence.ipynb's three Gaussians: value, gradient and Hessian at five points and the well's
    // bottom equal numpy's (tests/data/make_newton_morph_reference.py, derivatives there by the chain rule in
    // the rotated coordinates); the box's corner (3, −3) lies below the well (0.0259 < 0.0458).
    void peaksIsTheCoursesFunction()
    {
        const auto f = makeTestFunction("peaks");
        const QJsonObject reference = gradus::test::referenceJson("newton_morph_reference.json");
        for (const QJsonValue& point : reference["points"].toArray()) {
            const Vec2 p{point["x"][0].toDouble(), point["x"][1].toDouble()};
            QCOMPARE_LE(std::abs(f->value(p) - point["f"].toDouble()), 1e-15);
            QCOMPARE_LE(std::abs(f->gradient(p)[0] - point["gradient"][0].toDouble()), 1e-15);
            QCOMPARE_LE(std::abs(f->gradient(p)[1] - point["gradient"][1].toDouble()), 1e-15);
            const Sym2 h = f->hessian(p);
            QCOMPARE_LE(std::abs(h.xx - point["hessian"][0].toDouble()), 1e-14);
            QCOMPARE_LE(std::abs(h.xy - point["hessian"][1].toDouble()), 1e-14);
            QCOMPARE_LE(std::abs(h.yy - point["hessian"][2].toDouble()), 1e-14);
        }
        QCOMPARE(f->localMinima().size(), std::size_t(1));
        const Vec2 bottom = f->localMinima().front();
        QCOMPARE_LE(std::abs(bottom[0] - reference["well_bottom"][0].toDouble()), 1e-15);
        QCOMPARE_LE(std::abs(bottom[1] - reference["well_bottom"][1].toDouble()), 1e-15);
        QCOMPARE_LE(std::abs(f->value(bottom) - 0.04578022676242777), 1e-15);
        QVERIFY(f->value({3, -3}) < f->value(bottom));
        QCOMPARE_LE(std::abs(f->value({3, -3}) - 0.025905007786391272), 1e-15);
    }

    void quadraticShape()
    {
        const auto f = makeTestFunction("quadratic", {25.0, 45.0});
        const Vec2 e = f->hessian({0, 0}).eigenvalues();
        QCOMPARE_LE(std::abs(e[0] - 1.0), 1e-12);
        QCOMPARE_LE(std::abs(e[1] - 25.0), 1e-12);
        // At 45° the steep direction is (−1, 1)/√2: f(−1, 1) = ½·25·2.
        QCOMPARE_LE(std::abs(f->value({-1, 1}) - 25.0), 1e-12);
        QCOMPARE_LE(std::abs(f->value({1, 1}) - 1.0), 1e-12);
    }

    void firstStepsByHand()
    {
        const Bowl bowl;
        const Vec2 start{1, 1}; // ∇f = (2, 20)
        // Within 1e-8: the ε in the adaptive rules' denominators shifts their steps by about lr·ε/|g|.
        auto near = [](const Vec2& a, const Vec2& b) { return std::abs(a[0] - b[0]) < 1e-8 && std::abs(a[1] - b[1]) < 1e-8; };
        QVERIFY(near(firstStep("gd", 0.01, bowl, start), {0.98, 0.8}));
        // With v₀ = 0 the first momentum step is a gradient step; Nesterov adds μ·v = 0.9·g.
        QVERIFY(near(firstStep("momentum", 0.01, bowl, start), {0.98, 0.8}));
        QVERIFY(near(firstStep("nesterov", 0.01, bowl, start), {1 - 0.01 * 3.8, 1 - 0.01 * 38}));
        // Adagrad, Adam and Lion move every coordinate by lr on their first step (up to ε).
        QVERIFY(near(firstStep("adagrad", 0.1, bowl, start), {0.9, 0.9}));
        QVERIFY(near(firstStep("adam", 0.1, bowl, start), {0.9, 0.9}));
        QVERIFY(near(firstStep("lion", 0.1, bowl, start), {0.9, 0.9}));
        // RMSprop: s = 0.01·g², so the step is lr·g/(0.1·|g|) = 10·lr per coordinate.
        QVERIFY(near(firstStep("rmsprop", 0.01, bowl, start), {0.9, 0.9}));
        // AdamW shrinks x by (1 − lr·0.01) before the Adam step.
        QVERIFY(near(firstStep("adamw", 0.1, bowl, start), {0.999 - 0.1, 0.999 - 0.1}));
        // Newton solves a quadratic in one step.
        QVERIFY(near(firstStep("newton", 0, bowl, start), {0, 0}));
        QVERIFY(near(firstStep("damped-newton", 0, bowl, start), {0, 0}));
    }

    void secondMomentumStepByHand()
    {
        const Bowl bowl;
        auto rule = makeMethod("momentum", defaultHyperparameters("momentum"));
        RunSettings settings;
        settings.iterations = 2;
        const Trajectory run = runMethod(bowl, *rule, {1, 1}, 0.01, settings);
        // x₁ = (0.98, 0.8), g₁ = (1.96, 16); v₂ = 0.9·(2, 20) + g₁ = (3.76, 34); x₂ = x₁ − 0.01·v₂.
        QCOMPARE_LE(std::abs(run.points[2][0] - (0.98 - 0.0376)), 1e-12);
        QCOMPARE_LE(std::abs(run.points[2][1] - (0.8 - 0.34)), 1e-12);
        QCOMPARE_LE(std::abs(run.anatomy[1].velocity[1] - 34.0), 1e-12);
        QCOMPARE(run.rates, (std::vector<double>{0.01, 0.01}));
    }

    void pathsMatchTheNumpyReference()
    {
        QFile file(QStringLiteral(GRADUS_TEST_DATA_DIR "/optimizer_reference.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject reference = QJsonDocument::fromJson(file.readAll()).object();
        const QuadraticShape shape{reference["quadratic"]["condition_number"].toDouble(),
                                   reference["quadratic"]["angle_degrees"].toDouble()};
        const QJsonArray runs = reference["runs"].toArray();
        QVERIFY(runs.size() >= 18);
        for (const QJsonValue& entry : runs) {
            const QJsonObject r = entry.toObject();
            const std::string method = r["method"].toString().toStdString();
            const auto f = makeTestFunction(r["function"].toString().toStdString(), shape);
            auto rule = makeMethod(method, defaultHyperparameters(method));
            RunSettings settings;
            settings.iterations = r["iterations"].toInt();
            settings.schedule = scheduleNamed(r["schedule"].toString());
            const Vec2 start{r["start"][0].toDouble(), r["start"][1].toDouble()};
            const Trajectory run = runMethod(*f, *rule, start, r["lr"].toDouble(), settings);
            const QJsonArray path = r["path"].toArray();
            const QByteArray label = r["function"].toString().toUtf8() + " " + QByteArray::fromStdString(method) + " " +
                                     r["schedule"].toString().toUtf8();
            QVERIFY2(!run.diverged, label);
            QVERIFY2(run.points.size() <= std::size_t(path.size()), label);
            for (std::size_t k = 0; k < run.points.size(); ++k)
                for (int c = 0; c < 2; ++c)
                    QVERIFY2(close(run.points[k][c], path[qsizetype(k)][c].toDouble(), 1e-9),
                             label + " step " + QByteArray::number(qulonglong(k)));
            // A run that stopped early (gradient exactly zero) stopped at a fixed point of the reference.
            for (qsizetype k = qsizetype(run.points.size()); k < path.size(); ++k)
                for (int c = 0; c < 2; ++c)
                    QVERIFY2(close(run.points.back()[c], path[k][c].toDouble(), 1e-12), label + " tail");
        }
    }

    void newtonRunsToTheMaximum()
    {
        // From (−0.5, −0.5) the Hessian of Himmelblau's function is negative definite: pure Newton
        // climbs to the local maximum f(−0.2708, −0.9230) ≈ 181.6.
        const auto f = makeTestFunction("himmelblau");
        auto rule = makeMethod("newton", {});
        RunSettings settings;
        settings.iterations = 10;
        const Trajectory run = runMethod(*f, *rule, {-0.5, -0.5}, 0, settings);
        QCOMPARE_LE(std::abs(run.points.back()[0] + 0.270845), 1e-5);
        QCOMPARE_LE(std::abs(run.points.back()[1] + 0.923039), 1e-5);
        QCOMPARE_LE(std::abs(run.values.back() - 181.616522), 1e-5);
        QVERIFY(f->hessian(run.points.back()).eigenvalues()[1] < 0);
        // Damped Newton refuses to climb.
        auto damped = makeMethod("damped-newton", {});
        settings.iterations = 100;
        const Trajectory down = runMethod(*f, *damped, {-0.5, -0.5}, 0, settings);
        QVERIFY(down.values.back() < 1e-10);
    }

    void singularHessianStopsNewton()
    {
        const auto f = makeTestFunction("monkey-saddle"); // H = 0 at the origin
        auto rule = makeMethod("newton", {});
        RunSettings settings;
        const Trajectory run = runMethod(*f, *rule, {0, 0}, 0, settings);
        QCOMPARE(run.stopReason, std::string("singular-hessian"));
        QCOMPARE(run.points.size(), std::size_t(1));
    }

    void divergenceIsMarkedAndFinite()
    {
        const auto f = makeTestFunction("rosenbrock");
        auto rule = makeMethod("gd", {});
        RunSettings settings;
        settings.iterations = 1000;
        const Trajectory run = runMethod(*f, *rule, {-1.5, 2.0}, 0.01, settings);
        QVERIFY(run.diverged);
        QCOMPARE(run.stopReason, std::string("diverged"));
        QVERIFY(run.divergedAtStep > 0 && run.divergedAtStep < 20);
        QCOMPARE(run.points.size(), std::size_t(run.divergedAtStep));
        for (const Vec2& p : run.points)
            QVERIFY(isFinite(p) && norm(p) <= settings.divergenceBound);
        // The saddle sends gradient descent off along y, without NaN.
        const auto saddle = makeTestFunction("saddle");
        const Trajectory escape = runMethod(*saddle, *rule, saddle->defaultStart(), 0.1, {5000});
        QVERIFY(escape.diverged);
    }

    // One vocabulary for every lesson (schedule.h): the race's step decay halves every quarter of the
    // run, the SGD lesson's every k₀ steps; 1/k and 1/√k start at the base rate and halve at k₀ and 3k₀.
    void schedules()
    {
        QCOMPARE(Schedule::constant().rate(0.1, 50, 100), 0.1);
        QCOMPARE(Schedule::stepDecay().rate(0.1, 25, 100), 0.1);
        QCOMPARE(Schedule::stepDecay().rate(0.1, 26, 100), 0.05);
        QCOMPARE(Schedule::stepDecay().rate(0.1, 100, 100), 0.0125);
        QCOMPARE(Schedule::stepDecay(7).rate(0.1, 7, 100), 0.1);
        QCOMPARE(Schedule::stepDecay(7).rate(0.1, 8, 100), 0.05);
        QCOMPARE(Schedule::stepDecay(7).rate(0.1, 15, 100000), 0.025); // a period ignores the run's length
        QCOMPARE(Schedule::inverseK(50).rate(0.1, 1, 100), 0.1);
        QCOMPARE_LE(std::abs(Schedule::inverseK(50).rate(0.1, 51, 100) - 0.05), 1e-17);
        QCOMPARE(Schedule::inverseSqrtK(50).rate(0.1, 1, 100), 0.1);
        QCOMPARE_LE(std::abs(Schedule::inverseSqrtK(50).rate(0.1, 151, 100) - 0.05), 1e-17);
        QCOMPARE(Schedule::cosine().rate(0.1, 1, 100), 0.1);
        QCOMPARE_LE(std::abs(Schedule::cosine().rate(0.1, 51, 100) - 0.05), 1e-15);
        QCOMPARE(Schedule::warmup().rate(0.1, 5, 100), 0.05);
        QCOMPARE(Schedule::warmup().rate(0.1, 10, 100), 0.1);
        QCOMPARE(Schedule::warmup().rate(0.1, 60, 100), 0.1);
    }

    void everyMethodHasADefinedName()
    {
        for (const std::string& name : methodNames()) {
            auto rule = makeMethod(name, defaultHyperparameters(name));
            QVERIFY(rule);
            QCOMPARE(rule->name(), name);
        }
        QVERIFY(!makeMethod("sgd-with-magic", {}));
        QCOMPARE(defaultHyperparameters("adagrad").eps, 1e-10);
        QCOMPARE(defaultHyperparameters("adamw").weightDecay, 0.01);
        QCOMPARE(defaultHyperparameters("lion").beta2, 0.99);
        QCOMPARE(defaultHyperparameters("adam").beta2, 0.999);
    }

    // Fromage and NAG-GS, step by step against numpy's run of their papers' rules on the course's race
    // (tests/data/make_seed_race_reference.py: every 100th point of 2,000), beside AdamW and Lion with the
    // notebook's weight decays.
    void fromageAndNagGsFollowTheirPapers()
    {
        QFile file(QStringLiteral(GRADUS_TEST_DATA_DIR "/seed_race_reference.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject reference = QJsonDocument::fromJson(file.readAll()).object();
        const auto f = makeTestFunction("rosenbrock");
        for (const std::string name : {"fromage", "nag-gs", "adamw", "lion"}) {
            Hyperparameters hyper = defaultHyperparameters(name);
            if (name == "adamw")
                hyper.weightDecay = 1e-4;
            if (name == "lion")
                hyper.weightDecay = 1e-3;
            auto rule = makeMethod(name, hyper);
            RunSettings settings;
            settings.iterations = 2000;
            const Trajectory run = runMethod(*f, *rule, {0.1, 3.0}, 3e-3, settings);
            const QJsonArray every100 = reference["methods"][QString::fromStdString(name)]["every_100"].toArray();
            QCOMPARE(run.points.size(), std::size_t(2001));
            QCOMPARE(every100.size(), 21);
            for (qsizetype k = 0; k < every100.size(); ++k)
                for (int c = 0; c < 2; ++c)
                    QVERIFY2(close(run.points[std::size_t(100 * k)][c], every100[k][c].toDouble(), 1e-9),
                             qPrintable(QStringLiteral("%1, step %2").arg(QString::fromStdString(name)).arg(100 * k)));
        }
        // NAG-GS's first step leaves x where it is, (x + αx)/(1 + α), to rounding (v₀ = x₀).
        auto nag = makeMethod("nag-gs", defaultHyperparameters("nag-gs"));
        RunSettings one;
        one.iterations = 1;
        const Vec2 first = runMethod(*f, *nag, {0.1, 3.0}, 3e-3, one).points.at(1);
        QVERIFY(close(first[0], 0.1, 1e-15) && close(first[1], 3.0, 1e-15));
        QCOMPARE(defaultHyperparameters("nag-gs").convexity, 150.0);
        QCOMPARE(defaultLearningRate("fromage"), 1e-2);
    }

    void newtonInOneVariable()
    {
        // √(1 + x²): x ← −x³ exactly.
        const auto soft = makeFunction1D("sqrt(1+x^2)");
        const Newton1DRun converging = newton1D(*soft, 0.9, 4);
        QCOMPARE(converging.points.size(), std::size_t(5));
        double x = 0.9;
        for (std::size_t k = 1; k < converging.points.size(); ++k) {
            x = -x * x * x;
            QCOMPARE_LE(std::abs(converging.points[k] - x), 1e-15);
        }
        const Newton1DRun diverging = newton1D(*soft, 1.1, 20);
        QVERIFY(diverging.diverged);
        QCOMPARE(diverging.stopReason, std::string("diverged"));
        // x⁴: x ← 2x/3, linear convergence with ratio 2/3.
        const Newton1DRun quartic = newton1D(*makeFunction1D("x^4"), 1.5, 10);
        for (std::size_t k = 1; k < quartic.points.size(); ++k)
            QCOMPARE_LE(std::abs(quartic.points[k] - 2.0 / 3.0 * quartic.points[k - 1]), 1e-15);
        // x²: one step. sin from 1: to the maximum π/2.
        QCOMPARE(newton1D(*makeFunction1D("x^2"), 1.5, 3).points.at(1), 0.0);
        QCOMPARE_LE(std::abs(newton1D(*makeFunction1D("sin"), 1.0, 10).points.back() - M_PI / 2), 1e-12);
        for (const std::string& name : functions1DNames()) {
            const auto f = makeFunction1D(name);
            QCOMPARE(f->name(), name);
            const double h = 1e-5, p = 0.7;
            QCOMPARE_LE(std::abs(f->slope(p) - (f->value(p + h) - f->value(p - h)) / (2 * h)), 1e-8);
            QCOMPARE_LE(std::abs(f->curvature(p) - (f->slope(p + h) - f->slope(p - h)) / (2 * h)), 1e-8);
            QCOMPARE_LE(std::abs(f->value(f->minimizer()) - f->minimumValue()), 1e-15);
        }
    }

    void nelderMeadKeepsItsSimplex()
    {
        const auto f = makeTestFunction("rosenbrock");
        auto rule = makeMethod("nelder-mead", {});
        RunSettings settings;
        settings.iterations = 400;
        const Trajectory run = runMethod(*f, *rule, {-1.5, 2.0}, 0, settings);
        QVERIFY(run.anatomy.front().hasSimplex);
        // The best vertex never gets worse.
        for (std::size_t k = 1; k < run.values.size(); ++k)
            QVERIFY(run.values[k] <= run.values[k - 1]);
        QVERIFY(run.values.back() < 1e-10);
    }
};

QTEST_APPLESS_MAIN(TestOptimizers)
#include "test_optimizers.moc"
