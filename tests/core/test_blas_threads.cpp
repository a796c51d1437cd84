// Evidence for the one rule on BLAS calls (linalg::BlasGuard, core/linalg/dense.h; docs/design.md): threads run
// the landscape's kind of sgemm and the svd lessons' sgesdd at the same time, and every result must equal, bit
// for bit, the same call made alone beforehand. Straight into Debian's default OpenBLAS (the pthread variant),
// as the guard lets them run there; and through the guard, which must make any variant exact. Run against
// another variant with LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-serial (or -openmp):
// bench/results/2026-12-04-blas-threads.txt has all three.
#include "core/linalg/dense.h"

#include <QtTest>

#include <cblas.h>
#include <lapacke.h>

#include <atomic>
#include <cmath>
#include <mutex>
#include <optional>
#include <random>
#include <thread>
#include <vector>

namespace {

struct Problem {
    int m = 0, n = 0, k = 0;
    std::vector<float> a, b;
};

Problem makeProblem(int m, int n, int k, unsigned seed)
{
    Problem p{m, n, k, std::vector<float>(std::size_t(m) * std::size_t(k)), std::vector<float>(std::size_t(k) * std::size_t(n))};
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal;
    for (float& x : p.a)
        x = normal(rng);
    for (float& x : p.b)
        x = normal(rng);
    return p;
}

// C = A·B, row-major, as core/models/network.cpp calls it.
std::vector<float> product(const Problem& p)
{
    std::vector<float> c(std::size_t(p.m) * std::size_t(p.n));
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, p.m, p.n, p.k, 1.0f, p.a.data(), p.k, p.b.data(), p.n, 0.0f, c.data(), p.n);
    return c;
}

// Singular values of A (m × k, column-major), as core/linalg/dense.cpp calls gesdd.
std::vector<float> singularValues(const Problem& p)
{
    std::vector<float> work = p.a, s(std::size_t(std::min(p.m, p.k)));
    if (LAPACKE_sgesdd(LAPACK_COL_MAJOR, 'N', p.m, p.k, work.data(), p.m, s.data(), nullptr, 1, nullptr, 1) != 0)
        s.assign(s.size(), NAN);
    return s;
}

struct Outcome {
    int calls = 0, mismatches = 0;
    double worst = 0; // the largest relative difference, to tell a race from a rounding difference
};

// Six threads, two of three multiplying while the third decomposes, each result compared with the same call
// made alone beforehand.
Outcome runConcurrently(bool guarded)
{
    std::vector<Problem> products, decompositions;
    // Shapes of the landscape's MLP layers and of the svd lessons' matrices.
    for (unsigned s = 0; s < 6; ++s) {
        products.push_back(makeProblem(256, 128 + 32 * int(s), 784, s));
        decompositions.push_back(makeProblem(300 + 20 * int(s), 0, 200, 100 + s)); // A: 300…400 × 200
    }
    std::vector<std::vector<float>> expectedProducts, expectedValues;
    for (const Problem& p : products)
        expectedProducts.push_back(product(p));
    for (const Problem& p : decompositions)
        expectedValues.push_back(singularValues(p));

    constexpr int kThreads = 6, kRounds = 150;
    Outcome outcome;
    std::mutex outcomeLock;
    const auto compare = [&](const std::vector<float>& got, const std::vector<float>& expected) {
        double scale = 0, difference = 0;
        for (std::size_t j = 0; j < got.size(); ++j) {
            scale = std::max(scale, double(std::abs(expected[j])));
            difference = std::max(difference, double(std::abs(got[j] - expected[j])));
        }
        const std::lock_guard lock(outcomeLock);
        ++outcome.calls;
        if (got != expected) {
            ++outcome.mismatches;
            outcome.worst = std::max(outcome.worst, std::isnan(difference) ? INFINITY : difference / std::max(scale, 1e-30));
        }
    };
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            while (!go.load())
                std::this_thread::yield();
            for (int round = 0; round < kRounds; ++round) {
                const std::size_t i = std::size_t((t + round) % 6);
                std::optional<gradus::core::linalg::BlasGuard> guard;
                if (guarded)
                    guard.emplace();
                if (t % 3 != 2)
                    compare(product(products[i]), expectedProducts[i]);
                else
                    compare(singularValues(decompositions[i]), expectedValues[i]);
            }
        });
    go = true;
    for (std::thread& thread : threads)
        thread.join();
    qInfo("%s: %d of %d concurrent results differ from the serial ones; largest relative difference %.3g",
          guarded ? "with BlasGuard" : "straight into OpenBLAS", outcome.mismatches, outcome.calls, outcome.worst);
    return outcome;
}

} // namespace

class TestBlasThreads : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        gradus::core::linalg::useSingleThreadedBlas(); // as every Gradus thread that calls BLAS does
        QCOMPARE(openblas_get_num_threads(), 1);
        qInfo("%s, parallel mode %d", openblas_get_config(), openblas_get_parallel());
    }

    // Debian's default OpenBLAS, which scripts/deps.sh installs, takes calls from several threads at once: the
    // guard lets them run side by side, and they must come out exactly as when made alone.
    void thisOpenBlasTakesConcurrentCalls()
    {
        QVERIFY2(gradus::core::linalg::blasTakesConcurrentCalls(),
                 "the loaded OpenBLAS is not the pthread variant (update-alternatives --config libopenblas.so.0-x86_64-linux-gnu)");
        const Outcome outcome = runConcurrently(false);
        QCOMPARE(outcome.calls, 900);
        QCOMPARE(outcome.mismatches, 0);
    }

    // Through BlasGuard the results are exact with any variant (run with LD_LIBRARY_PATH pointing at the serial
    // or OpenMP one: bench/results/2026-12-04-blas-threads.txt).
    void guardedCallsAreExactWithAnyVariant()
    {
        const Outcome outcome = runConcurrently(true);
        QCOMPARE(outcome.calls, 900);
        QCOMPARE(outcome.mismatches, 0);
    }
};

QTEST_APPLESS_MAIN(TestBlasThreads)
#include "test_blas_threads.moc"
