// Dense linear algebra for the image lessons: full SVD (LAPACK gesdd through OpenBLAS, and Eigen's
// BDCSVD for the record of why we do not use it), randomized top-k SVD, and PCA-sized products.
// The references (numpy gesdd, scikit-learn randomized_svd/PCA) come from reference_linalg_numpy.py.
#include "core/linalg/dense.h"
#include "core/linalg/pca.h"

#include <Eigen/SVD>
#include <benchmark/benchmark.h>

#include <random>

using namespace gradus::core::linalg;

static MatrixF randomMatrix(int rows, int cols, unsigned seed)
{
    std::mt19937 generator(seed);
    std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
    MatrixF a(rows, cols);
    for (Eigen::Index i = 0; i < a.size(); ++i)
        a.data()[i] = uniform(generator);
    return a;
}

static void FullSvdGesdd(benchmark::State& state)
{
    const MatrixF a = randomMatrix(int(state.range(0)), int(state.range(1)), 1);
    for (auto _ : state) {
        Svd svd = thinSvd(a);
        benchmark::DoNotOptimize(svd.s.data());
    }
}
BENCHMARK(FullSvdGesdd)->Args({1080, 1920})->Args({512, 512})->Unit(benchmark::kMillisecond)->UseRealTime();

static void FullSvdEigenBdc(benchmark::State& state)
{
    const MatrixF a = randomMatrix(int(state.range(0)), int(state.range(1)), 1);
    for (auto _ : state) {
        Eigen::BDCSVD<MatrixF> svd(a, Eigen::ComputeThinU | Eigen::ComputeThinV);
        benchmark::DoNotOptimize(svd.singularValues().data());
    }
}
BENCHMARK(FullSvdEigenBdc)->Args({1080, 1920})->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

static void RandomizedSvdTop(benchmark::State& state)
{
    const MatrixF a = randomMatrix(int(state.range(0)), int(state.range(1)), 1);
    for (auto _ : state) {
        Svd svd = randomizedSvd(a, int(state.range(2)));
        benchmark::DoNotOptimize(svd.s.data());
    }
}
BENCHMARK(RandomizedSvdTop)->Args({1080, 1920, 200})->Unit(benchmark::kMillisecond)->UseRealTime();

// One step of the rank slider at full resolution: a 4000 × 3000 channel moved by one rank-one
// layer (why the screen shows a preview instead).
static void RankOneLayerAt12Megapixels(benchmark::State& state)
{
    const MatrixF u = randomMatrix(3000, 1, 2), v = randomMatrix(4000, 1, 3);
    MatrixF c = MatrixF::Zero(3000, 4000);
    for (auto _ : state) {
        c.noalias() += u * v.transpose();
        benchmark::DoNotOptimize(c.data());
    }
}
BENCHMARK(RankOneLayerAt12Megapixels)->Unit(benchmark::kMillisecond)->UseRealTime();
// PCA at the eigencats size (29,843 cat faces of 64×64, random data of that shape) and at the size of
// the full Fashion-MNIST training set.
static void PcaTop100(benchmark::State& state)
{
    const MatrixF a = randomMatrix(int(state.range(0)), int(state.range(1)), 4);
    const auto solver = state.range(2) ? PcaSolver::Randomized : PcaSolver::Covariance;
    for (auto _ : state) {
        Pca pca = fitPca(a, 100, solver);
        benchmark::DoNotOptimize(pca.components.data());
    }
}
BENCHMARK(PcaTop100)->Args({29843, 4096, 1})->Args({60000, 784, 0})->Args({60000, 784, 1})
    ->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

BENCHMARK_MAIN();
