// Core numerics: gradient descent on linear regression and contour extraction for the field view.
#include "core/functions/test_functions.h"
#include "core/linreg.h"
#include "core/mds/mds.h"
#include "core/optim/run.h"
#include "core/plot/contours.h"
#include "core/regression/double_descent.h"

#include "core/optim/nelder_mead.h"

#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include <cmath>

using namespace gradus::core;

static void LinRegDescent(benchmark::State& state)
{
    const XYData data = makeLinearData(int(state.range(0)), 2.0, 1.0, 0.5, 0.0, 3.0, 1);
    const LinRegProblem problem(data.x, data.y);
    const int iterations = int(state.range(1));
    for (auto _ : state) {
        DescentPath path = gradientDescent(problem, {-1, 5}, 0.25, iterations);
        benchmark::DoNotOptimize(path.points.data());
    }
    state.SetItemsProcessed(state.iterations() * iterations);
}
BENCHMARK(LinRegDescent)->Args({50, 10000})->Args({100000, 10000})->Unit(benchmark::kMicrosecond);

static void LinRegSetup(benchmark::State& state)
{
    const XYData data = makeLinearData(int(state.range(0)), 2.0, 1.0, 0.5, 0.0, 3.0, 1);
    for (auto _ : state) {
        LinRegProblem problem(data.x, data.y);
        benchmark::DoNotOptimize(problem.optimum());
    }
}
BENCHMARK(LinRegSetup)->Arg(50)->Arg(100000)->Unit(benchmark::kMicrosecond);

// A full-screen field: 900 × 450 samples, 18 contour levels, as FieldView draws at 1800 px width.
static void ContoursOfAQuadratic(benchmark::State& state)
{
    GridField grid{-3, 3, -3, 3, 900, 450, {}};
    for (int j = 0; j < grid.ny; ++j)
        for (int i = 0; i < grid.nx; ++i)
            grid.values.push_back(grid.x(i) * grid.x(i) + 10 * grid.y(j) * grid.y(j));
    std::vector<double> levels;
    for (int level = 0; level < 18; ++level)
        levels.push_back(std::pow(1.5, level) * 0.01);
    for (auto _ : state) {
        std::size_t segments = 0;
        for (const auto& perLevel : contourSegments(grid, levels))
            segments += perLevel.size();
        benchmark::DoNotOptimize(segments);
    }
}
BENCHMARK(ContoursOfAQuadratic)->Unit(benchmark::kMillisecond);

// The same field, one level at a time: what the single-pass version is compared to.
static void ContoursLevelByLevel(benchmark::State& state)
{
    GridField grid{-3, 3, -3, 3, 900, 450, {}};
    for (int j = 0; j < grid.ny; ++j)
        for (int i = 0; i < grid.nx; ++i)
            grid.values.push_back(grid.x(i) * grid.x(i) + 10 * grid.y(j) * grid.y(j));
    for (auto _ : state) {
        std::size_t segments = 0;
        for (int level = 0; level < 18; ++level)
            segments += contourSegments(grid, std::pow(1.5, level) * 0.01).size();
        benchmark::DoNotOptimize(segments);
    }
}
BENCHMARK(ContoursLevelByLevel)->Unit(benchmark::kMillisecond);

// Issue 4's goal: ten methods × 10,000 iterations on Rosenbrock in under 50 ms, anatomy recorded.
static void TenMethodsOnRosenbrock(benchmark::State& state)
{
    const auto f = makeTestFunction("rosenbrock");
    const std::vector<std::pair<std::string, double>> methods = {
        {"gd", 1e-3},      {"momentum", 1e-4}, {"nesterov", 1e-4}, {"adagrad", 0.5},   {"rmsprop", 0.01},
        {"adam", 0.05},    {"adamw", 0.05},    {"lion", 0.01},     {"damped-newton", 0}, {"nelder-mead", 0}};
    RunSettings settings;
    settings.iterations = 10000;
    for (auto _ : state) {
        std::size_t points = 0;
        for (const auto& [name, lr] : methods) {
            auto rule = makeMethod(name, defaultHyperparameters(name));
            points += runMethod(*f, *rule, {-1.5, 2.0}, lr, settings).points.size();
        }
        benchmark::DoNotOptimize(points);
    }
}
BENCHMARK(TenMethodsOnRosenbrock)->Unit(benchmark::kMillisecond);

// The whole double-descent curve of the seed: degrees 0 … 300, 50 training and 100 test points.
static void DoubleDescentCurve(benchmark::State& state)
{
    using namespace gradus::core::regression;
    const std::vector<double> x = linspace(-1, 1, 50), xt = linspace(-1, 1, 100);
    const std::vector<double> noise = numpyLegacyNormal(8, 0.25, 50);
    std::vector<double> y, yt;
    for (size_t i = 0; i < x.size(); ++i)
        y.push_back(std::sin(4.5 * x[i]) + noise[i]);
    for (double v : xt)
        yt.push_back(std::sin(4.5 * v));
    for (auto _ : state) {
        auto curve = doubleDescent(x, y, xt, yt, int(state.range(0)), 0.0, nullptr);
        benchmark::DoNotOptimize(curve.testMse.data());
    }
}
BENCHMARK(DoubleDescentCurve)->Arg(300)->Unit(benchmark::kMillisecond);

// MDS of the 34 cities (issue 7): distances from the bundled table, scaled by the largest.
static Eigen::MatrixXd cityDistances()
{
    std::ifstream file(GRADUS_SOURCE_DIR "/datasets/cities/cities_europe_1m.csv");
    std::string line;
    std::getline(file, line);
    std::vector<std::pair<double, double>> places;
    while (std::getline(file, line)) {
        std::vector<std::string> fields;
        std::stringstream row(line);
        for (std::string field; std::getline(row, field, ',');)
            fields.push_back(field);
        if (fields.size() >= 6)
            places.push_back({std::stod(fields[4]), std::stod(fields[5])});
    }
    const int n = int(places.size());
    Eigen::MatrixXd d(n, n);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            d(i, j) = gradus::core::mds::haversineKm(places[i].first, places[i].second, places[j].first, places[j].second);
    return d / d.maxCoeff();
}

// Gradient descent from the seed's random start until ‖∇f‖ ≤ 1e-8 of its start (goal: under 5 ms).
static void MdsGradientDescent34(benchmark::State& state)
{
    const Eigen::MatrixXd d = cityDistances();
    const gradus::core::mds::Layout start = gradus::core::mds::randomStart(int(d.rows()), 42);
    for (auto _ : state) {
        const auto run = gradus::core::mds::gradientDescent(d, start, 0.2 / double(d.rows()), 100000, false);
        benchmark::DoNotOptimize(run.history.back());
        state.counters["steps"] = double(run.iterates.size() - 1);
    }
}
BENCHMARK(MdsGradientDescent34)->Unit(benchmark::kMillisecond);

// Nelder–Mead for 100,000 function evaluations (reference: scipy, bench/reference_mds_scipy.py).
static void MdsNelderMead100k(benchmark::State& state)
{
    const Eigen::MatrixXd d = cityDistances();
    const gradus::core::mds::Layout start = gradus::core::mds::randomStart(int(d.rows()), 42);
    auto f = [&d](const gradus::core::NelderMeadSimplex::Point& p) {
        return gradus::core::mds::stress(d, Eigen::Map<const Eigen::VectorXd>(p.data(), Eigen::Index(p.size())));
    };
    for (auto _ : state) {
        const auto result = gradus::core::minimizeNelderMead(f, {start.data(), start.data() + start.size()}, 1000000, 100000);
        benchmark::DoNotOptimize(result.value);
        state.counters["f"] = result.value;
    }
}
BENCHMARK(MdsNelderMead100k)->Unit(benchmark::kMillisecond)->Iterations(1);

BENCHMARK_MAIN();
