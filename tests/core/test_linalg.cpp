// Dense linear algebra (thin and randomized SVD, products, LU range basis) and the image SVD model
// (colour modes, resampling, Eckart–Young, incremental preview) against closed forms.
#include "core/imaging/svd_image.h"
#include "core/linalg/dense.h"

#include <Eigen/QR>
#include <QtTest>

#include <cmath>
#include <random>

using namespace gradus::core;
using linalg::MatrixF;
using linalg::VectorF;

namespace {

MatrixF randomMatrix(int rows, int cols, unsigned seed)
{
    std::mt19937 generator(seed);
    std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
    MatrixF a(rows, cols);
    for (Eigen::Index i = 0; i < a.size(); ++i)
        a.data()[i] = uniform(generator);
    return a;
}

// U·diag(s)·Vᵀ with random orthonormal U, V: a matrix whose singular values we chose.
MatrixF withSpectrum(int rows, int cols, const VectorF& s, unsigned seed)
{
    const MatrixF u = linalg::orthonormalColumns((randomMatrix(rows, int(s.size()), seed).array() - 0.5f).matrix());
    const MatrixF v = linalg::orthonormalColumns((randomMatrix(cols, int(s.size()), seed + 1).array() - 0.5f).matrix());
    return u * s.asDiagonal() * v.transpose();
}

PlanarImage randomImage(int rows, int cols, int channels, unsigned seed)
{
    PlanarImage image;
    for (int c = 0; c < channels; ++c)
        image.planes.push_back(randomMatrix(rows, cols, seed + unsigned(c)));
    return image;
}

double maxAbs(const MatrixF& m) { return m.size() ? double(m.cwiseAbs().maxCoeff()) : 0.0; }

} // namespace

class TestLinalg : public QObject {
    Q_OBJECT

private slots:
    void thinSvdOfATextbookMatrix()
    {
        // [[3, 0], [4, 5]]: AᵀA = [[25, 20], [20, 25]], eigenvalues 45 and 5.
        MatrixF a(2, 2);
        a << 3, 0, 4, 5;
        const linalg::Svd svd = linalg::thinSvd(a);
        QCOMPARE(svd.rank(), 2);
        QVERIFY(std::abs(svd.s[0] - std::sqrt(45.0f)) < 1e-5f);
        QVERIFY(std::abs(svd.s[1] - std::sqrt(5.0f)) < 1e-5f);
        QVERIFY(maxAbs(linalg::reconstruct(svd, 2) - a) < 1e-5);
    }

    void thinSvdIsTheSameForWideAndTall()
    {
        const MatrixF a = randomMatrix(37, 90, 7);
        const linalg::Svd wide = linalg::thinSvd(a);
        const linalg::Svd tall = linalg::thinSvd(a.transpose());
        QCOMPARE(wide.u.rows(), 37);
        QCOMPARE(wide.v.rows(), 90);
        QCOMPARE(wide.rank(), 37);
        QVERIFY(maxAbs(wide.s - tall.s) < 1e-4);
        QVERIFY(maxAbs(linalg::reconstruct(wide, 37) - a) < 1e-4);
        QVERIFY(maxAbs(wide.u.transpose() * wide.u - MatrixF::Identity(37, 37)) < 1e-4);
        QVERIFY(maxAbs(wide.v.transpose() * wide.v - MatrixF::Identity(37, 37)) < 1e-4);
        QVERIFY(maxAbs(linalg::singularValues(a) - wide.s) < 1e-4);
    }

    void randomizedSvdFindsAKnownSpectrum()
    {
        VectorF s(60);
        for (int i = 0; i < 60; ++i)
            s[i] = std::pow(0.8f, float(i)) * 10;
        const MatrixF a = withSpectrum(300, 200, s, 3);
        const linalg::Svd top = linalg::randomizedSvd(a, 15);
        QCOMPARE(top.rank(), 15);
        for (int i = 0; i < 15; ++i)
            QVERIFY2(std::abs(top.s[i] - s[i]) < 1e-3f * s[0], qPrintable(QString::number(i)));
        QVERIFY(maxAbs(top.u.transpose() * top.u - MatrixF::Identity(15, 15)) < 1e-4);
        // The best rank-15 error is σ₁₆; the randomized one is within a hair of it.
        const double error = (a - linalg::reconstruct(top, 15)).norm();
        QVERIFY(error < 1.01 * std::sqrt(linalg::tailEnergy(s, 15)));
        // Asking for nearly everything falls back to the full SVD.
        QCOMPARE(linalg::randomizedSvd(a, 195).rank(), 195);
        QCOMPARE(linalg::randomizedSvd(a, 0).rank(), 0);
    }

    // A flat grey picture is a rank-one matrix: the sketch has far more columns than the rank, and
    // the LU between power iterations must not blow up (it used to overflow into NaN).
    void randomizedSvdOfARankOneMatrix()
    {
        const MatrixF flat = MatrixF::Constant(300, 200, 0.35f);
        const linalg::Svd svd = linalg::randomizedSvd(flat, 50);
        QVERIFY(svd.u.allFinite() && svd.v.allFinite() && svd.s.allFinite());
        QVERIFY(std::abs(svd.s[0] - 0.35f * std::sqrt(300.0f * 200.0f)) < 1e-3f * svd.s[0]);
        QVERIFY(svd.s.tail(49).cwiseAbs().maxCoeff() < 1e-3f * svd.s[0]);
        const linalg::Svd zero = linalg::randomizedSvd(MatrixF::Zero(300, 200), 20);
        QVERIFY(zero.s.allFinite());
        QCOMPARE(zero.s.cwiseAbs().maxCoeff(), 0.0f);
    }

    void luBasisSpansTheSameColumns()
    {
        const MatrixF a = randomMatrix(50, 8, 11);
        const MatrixF basis = linalg::rangeBasisByLu(a);
        // a = basis·c for some c: the least-squares residual vanishes.
        const MatrixF c = basis.colPivHouseholderQr().solve(a);
        QVERIFY(maxAbs(basis * c - a) < 1e-4);
    }

    void multiplyAndReconstruct()
    {
        const MatrixF a = randomMatrix(7, 5, 1), b = randomMatrix(7, 4, 2);
        QVERIFY(maxAbs(linalg::multiply(a, true, b, false) - a.transpose() * b) < 1e-5);
        QVERIFY(maxAbs(linalg::multiply(b, true, a, false).transpose() - a.transpose() * b) < 1e-5);
        const linalg::Svd svd = linalg::thinSvd(randomMatrix(20, 30, 5));
        const MatrixF seven = svd.u.leftCols(7) * svd.s.head(7).asDiagonal() * svd.v.leftCols(7).transpose();
        QVERIFY(maxAbs(linalg::reconstruct(svd, 7) - seven) < 1e-5);
    }

    void resamplingAveragesAreas()
    {
        MatrixF a(4, 1);
        a << 1, 3, 5, 7;
        const MatrixF half = resampleRows(a, 2);
        QCOMPARE(half(0, 0), 2.0f);
        QCOMPARE(half(1, 0), 6.0f);
        MatrixF b(3, 1);
        b << 3, 6, 9; // two rows of 1.5 input rows each
        const MatrixF two = resampleRows(b, 2);
        QVERIFY(std::abs(two(0, 0) - (3 + 0.5f * 6) / 1.5f) < 1e-5f);
        QVERIFY(std::abs(two(1, 0) - (0.5f * 6 + 9) / 1.5f) < 1e-5f);
        // Linear: resampling commutes with the product, which is what makes previews exact.
        const linalg::Svd svd = linalg::thinSvd(randomMatrix(90, 70, 9));
        const MatrixF direct = resamplePlane(linalg::reconstruct(svd, 10), 31, 23);
        const MatrixF viaFactors = resampleRows(svd.u.leftCols(10), 31) * svd.s.head(10).asDiagonal() *
                                   resampleRows(svd.v.leftCols(10), 23).transpose();
        QVERIFY(maxAbs(direct - viaFactors) < 1e-4);
        QCOMPARE(fitWithin(3000, 4000, 1600), std::make_pair(1200, 1600));
        QCOMPARE(fitWithin(300, 400, 1600), std::make_pair(300, 400));
    }

    void colourModesRoundTrip()
    {
        const PlanarImage image = randomImage(12, 17, 3, 21);
        for (SvdColorMode mode : {SvdColorMode::Channels, SvdColorMode::Stacked, SvdColorMode::YCbCr}) {
            const PlanarImage back = imageFromMatrices(decompositionMatrices(image, mode), mode);
            QCOMPARE(back.channels(), 3);
            for (int c = 0; c < 3; ++c)
                QVERIFY2(maxAbs(back.planes[size_t(c)] - image.planes[size_t(c)]) < 1e-5, qPrintable(QString::number(int(mode))));
        }
        QCOMPARE(decompositionMatrices(image, SvdColorMode::Stacked).front().cols(), 51);
        // Pure grey (R = G = B) has no chroma: Cb = Cr = 0.5.
        PlanarImage grey;
        grey.planes.assign(3, image.planes[0]);
        const auto ycbcr = decompositionMatrices(grey, SvdColorMode::YCbCr);
        QVERIFY(maxAbs(ycbcr[0] - image.planes[0]) < 1e-5);
        QVERIFY(maxAbs(ycbcr[1].array() - 0.5f) < 1e-5);
        QVERIFY(maxAbs(ycbcr[2].array() - 0.5f) < 1e-5);
    }

    void eckartYoungHoldsInEveryMode()
    {
        const PlanarImage image = randomImage(40, 56, 3, 31);
        for (SvdColorMode mode : {SvdColorMode::Channels, SvdColorMode::Gray, SvdColorMode::Stacked, SvdColorMode::YCbCr}) {
            const SvdImage svd = decomposeImage(image, mode, 0, nullptr);
            QVERIFY(svd.complete);
            for (int rank : {1, 7, 39, 40}) {
                const std::vector<int> ranks = matrixRanks(svd, rank, mode == SvdColorMode::YCbCr ? 3 : 0);
                const SvdQuality quality = measureQuality(svd, image, ranks);
                QVERIFY2(std::abs(quality.relativeError - quality.eckartYoung) < 2e-5,
                         qPrintable(QStringLiteral("mode %1 rank %2: %3 vs %4").arg(int(mode)).arg(rank)
                                        .arg(quality.relativeError).arg(quality.eckartYoung)));
            }
            const SvdQuality exact = measureQuality(svd, image, matrixRanks(svd, svd.maxRank(), 0));
            QVERIFY(exact.relativeError < 1e-5);
        }
    }

    void randomizedErrorUsesTheExactEnergy()
    {
        const PlanarImage image = randomImage(60, 80, 1, 41);
        const SvdImage partial = decomposeImage(image, SvdColorMode::Gray, 20, nullptr);
        QVERIFY(!partial.complete);
        QCOMPARE(partial.maxRank(), 20);
        QCOMPARE(partial.fullRank(), 60);
        const SvdQuality quality = measureQuality(partial, image, {20});
        QVERIFY(std::abs(quality.relativeError - quality.eckartYoung) < 1e-3);
    }

    void storageAndPsnrFormulas()
    {
        const PlanarImage image = randomImage(30, 50, 3, 51);
        const SvdImage svd = decomposeImage(image, SvdColorMode::Channels, 0, nullptr);
        const SvdStorage storage = storageCost(svd, {4, 4, 4});
        QCOMPARE(storage.storedValues, 3.0 * 4 * (30 + 50 + 1));
        QCOMPARE(storage.originalValues, 3.0 * 30 * 50);
        QCOMPARE(storage.ratio, storage.storedValues / storage.originalValues);
        QCOMPARE(storage.bytesFloat32, 4 * storage.storedValues);
        QCOMPARE(storage.bytesQuantized8, 3.0 * 4 * (30 + 50) + 12 * 12);
        const SvdImage stacked = decomposeImage(image, SvdColorMode::Stacked, 0, nullptr);
        QCOMPARE(storageCost(stacked, {4}).storedValues, 4.0 * (30 + 150 + 1));
        // PSNR = 10 log10(1/MSE) of the clipped picture: rank 0 shows black, MSE = mean of squares.
        const SvdQuality black = measureQuality(svd, image, {0, 0, 0});
        double squares = 0;
        for (const auto& plane : image.planes)
            squares += plane.cast<double>().squaredNorm();
        QVERIFY(std::abs(*black.psnrDb - 10 * std::log10(1.0 / (squares / (3 * 30 * 50)))) < 1e-6);
        QCOMPARE(black.relativeError, 1.0);
    }

    void previewMovesByLayers()
    {
        const PlanarImage image = randomImage(90, 120, 3, 61);
        for (SvdColorMode mode : {SvdColorMode::Channels, SvdColorMode::Stacked, SvdColorMode::YCbCr}) {
            const SvdImage svd = decomposeImage(image, mode, 0, nullptr);
            SvdImagePreview preview(svd, 40);
            QCOMPARE(preview.cols(), 40);
            QCOMPARE(preview.rows(), 30);
            preview.at(matrixRanks(svd, 50, 0));
            preview.at(matrixRanks(svd, 3, 0));
            const RowMajorImage moved = preview.at(matrixRanks(svd, 8, 0));
            const PlanarImage full = approximateImage(svd, matrixRanks(svd, 8, 0));
            for (int c = 0; c < 3; ++c)
                QVERIFY2(maxAbs(moved.planes[size_t(c)] - resamplePlane(full.planes[size_t(c)], 30, 40)) < 1e-4,
                         qPrintable(QString::number(int(mode))));
        }
    }

    // A layer thumbnail is the difference of consecutive approximations, area-resampled: built from the
    // one resampled triplet, it must agree with resampling the full-size difference.
    void layerImageIsTheResampledRankStep()
    {
        const PlanarImage image = randomImage(90, 120, 3, 62);
        for (SvdColorMode mode : {SvdColorMode::Channels, SvdColorMode::Stacked, SvdColorMode::YCbCr}) {
            const SvdImage svd = decomposeImage(image, mode, 0, nullptr);
            for (int index : {0, 4}) {
                const PlanarImage layer = layerImage(svd, index, 40);
                const PlanarImage upper = approximateImage(svd, matrixRanks(svd, index + 1, 0));
                const PlanarImage lower = approximateImage(svd, matrixRanks(svd, index, 0));
                QCOMPARE(int(layer.planes.size()), 3);
                for (int c = 0; c < 3; ++c) {
                    QCOMPARE(int(layer.planes[size_t(c)].cols()), 40);
                    const MatrixF step = upper.planes[size_t(c)] - lower.planes[size_t(c)];
                    QVERIFY2(maxAbs(layer.planes[size_t(c)] - resamplePlane(step, 30, 40)) < 1e-4,
                             qPrintable(QStringLiteral("mode %1, layer %2").arg(int(mode)).arg(index)));
                }
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestLinalg)
#include "test_linalg.moc"
