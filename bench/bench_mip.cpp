// Mixed-integer programming: the 2D lesson's exact branch and bound, and CBC as Gradus runs it (the model
// written as MPS, the cbc program started, its log read for progress, the solution file read back) on the
// MIPLIB 3 samples and the two instance families. The reference is Debian's `cbc` program run by hand on the
// same files (reference_cbc.sh): what Gradus adds around the solver must stay small.
#include "core/mip/cbc_solver.h"
#include "core/mip/integer_program_2d.h"
#include "core/mip/mip_model.h"

#include <benchmark/benchmark.h>

#include <fstream>

using namespace gradus::core::mip;

// Wolsey's max x + 0.64y, 50x + 31y ≤ 250, 3x − 2y ≥ −4: 13 nodes depth first.
static void BranchAndBound2D(benchmark::State& state)
{
    const IntegerProgram2D program{{{50, 31, 250}, {-3, 2, 4}, {-1, 0, 0}, {0, -1, 0}}, 1, 0.64};
    for (auto _ : state)
        benchmark::DoNotOptimize(branchAndBound(program, NodeOrder::DepthFirst));
}
BENCHMARK(BranchAndBound2D)->Unit(benchmark::kMicrosecond);

static void CbcSample(benchmark::State& state, const char* name)
{
    const std::string path = std::string(GRADUS_SOURCE_DIR "/datasets/miplib3/") + name + ".mps";
    if (!std::ifstream(path)) {
        state.SkipWithError("sample missing from datasets/miplib3");
        return;
    }
    const LinearModel model = readModelFile(path);
    SolveReport report;
    for (auto _ : state)
        report = solveWithCbc(model, SolveOptions{});
    state.counters["objective"] = report.objective;
    state.counters["nodes"] = double(report.nodes);
}
BENCHMARK_CAPTURE(CbcSample, p0033, "p0033")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(CbcSample, p0201, "p0201")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(CbcSample, p0548, "p0548")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(CbcSample, lseu, "lseu")->Unit(benchmark::kMillisecond);

static void CbcMarketSplit(benchmark::State& state)
{
    const MarketSplit split = makeMarketSplit(int(state.range(0)), 1);
    SolveReport report;
    for (auto _ : state)
        report = solveWithCbc(split.model, SolveOptions{});
    state.counters["nodes"] = double(report.nodes);
    state.counters["binaries"] = split.n;
}
BENCHMARK(CbcMarketSplit)->Arg(3)->Arg(4)->Unit(benchmark::kMillisecond)->Iterations(1);

static void CbcKnapsack(benchmark::State& state)
{
    const LinearModel model = makeKnapsack(int(state.range(0)), 1);
    SolveReport report;
    for (auto _ : state)
        report = solveWithCbc(model, SolveOptions{});
    state.counters["nodes"] = double(report.nodes);
    state.counters["lp_ms"] = report.lpSeconds * 1000;
}
BENCHMARK(CbcKnapsack)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(1);

BENCHMARK_MAIN();
