// Ticks, colour maps and contour lines.
#include "core/plot/animation_timeline.h"
#include "core/plot/colormap.h"
#include "core/plot/contours.h"
#include "core/plot/ticks.h"

#include <QtTest>

#include <cmath>
#include <numeric>

using namespace gradus::core;

namespace {
bool closeTo(const std::vector<double>& actual, const std::vector<double>& expected)
{
    if (actual.size() != expected.size())
        return false;
    for (std::size_t i = 0; i < actual.size(); ++i)
        if (std::abs(actual[i] - expected[i]) > 1e-12 * std::max(1.0, std::abs(expected[i])))
            return false;
    return true;
}
} // namespace

class TestPlot : public QObject {
    Q_OBJECT
private slots:
    // 10 frames at 5 per second into 30 fps: each shown 6 video frames, then 1 s held.
    void slowRunsRepeatFrames()
    {
        std::vector<int> frames(10);
        std::iota(frames.begin(), frames.end(), 0);
        const auto timeline = planAnimation(frames, {30, 5, 1});
        QCOMPARE(int(timeline.size()), 10);
        for (int i = 0; i < 9; ++i) {
            QCOMPARE(timeline[size_t(i)].frame, i);
            QCOMPARE(timeline[size_t(i)].videoFrames, 6);
        }
        QCOMPARE(timeline.back().videoFrames, 6 + 30);
        QCOMPARE(videoFrameCount(timeline), 90);
    }

    // 1,000 iterations at 100 per second into 25 fps: every fourth iteration, 10 s, and the
    // last iteration is shown even though 999 is not a multiple of 4.
    void fastRunsSkipFramesButKeepTheLast()
    {
        std::vector<int> frames(1000);
        std::iota(frames.begin(), frames.end(), 0);
        const auto timeline = planAnimation(frames, {25, 100, 0});
        QCOMPARE(videoFrameCount(timeline), 250);
        QCOMPARE(int(timeline.size()), 250);
        QCOMPARE(timeline[1].frame, 4);
        QCOMPARE(timeline[248].frame, 992);
        QCOMPARE(timeline.back().frame, 999);
    }

    // The automatic speed plays any run in about eight seconds (at least one frame per second);
    // the play order of a result (e.g. ranks 1, 2, 5, 10) is kept.
    void automaticSpeedAndOwnOrder()
    {
        std::vector<int> frames(240);
        std::iota(frames.begin(), frames.end(), 0);
        QCOMPARE(videoFrameCount(planAnimation(frames, {30, 0, 0})), 240);
        QCOMPARE(automaticItemsPerSecond(4), 1.0);
        const auto timeline = planAnimation({1, 2, 5, 10}, {2, 1, 0.5});
        QCOMPARE(int(timeline.size()), 4);
        QCOMPARE(timeline[2].frame, 5);
        QCOMPARE(timeline[3].videoFrames, 3);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, planAnimation({}, {}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, planAnimation({0}, {0, 1, 0}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, planAnimation({0}, {30, 1, -1}));
    }

    void niceTicksAreRoundNumbers()
    {
        QVERIFY(closeTo(niceTicks(0, 10, 5), {0, 2, 4, 6, 8, 10}));
        QVERIFY(closeTo(niceTicks(-3.7, 6.1, 5), {-2, 0, 2, 4, 6}));
        QVERIFY(closeTo(niceTicks(0.013, 0.041, 3), {0.02, 0.03, 0.04}));
        QCOMPARE(niceStep(0, 1, 5), 0.2);
        QVERIFY(niceTicks(1, 1, 5).size() <= 1);
        QVERIFY(niceTicks(0, NAN, 5).empty());
    }

    void logTicksArePowersOfTen()
    {
        QVERIFY(closeTo(logTicks(1e-3, 1e2), {1e-3, 1e-2, 1e-1, 1, 10, 100}));
        QVERIFY(closeTo(logTicks(3, 40), {5, 10, 20}));
        QVERIFY(logTicks(-1, 10).empty());
    }

    void viridisEndsAndMiddle()
    {
        QCOMPARE(colorAt(ColorMapKind::Viridis, 0.0), (Rgb{68, 1, 84}));
        QCOMPARE(colorAt(ColorMapKind::Viridis, 1.0), (Rgb{253, 231, 37}));
        QCOMPARE(colorAt(ColorMapKind::Viridis, 0.5), (Rgb{38, 130, 142}));
        QCOMPARE(colorAt(ColorMapKind::Viridis, -3.0), colorAt(ColorMapKind::Viridis, 0.0));
        QCOMPARE(colorAt(ColorMapKind::Diverging, 0.5), (Rgb{247, 247, 247}));
        QCOMPARE(colorAt(ColorMapKind::Light, 0.0), (Rgb{247, 252, 253})); // BuPu's first class
        QCOMPARE(colorAt(ColorMapKind::Light, 0.5), (Rgb{158, 188, 218}));  // its fourth, the middle of seven
        QCOMPARE(colorAt(ColorMapKind::Light, 1.0), (Rgb{136, 65, 157}));   // its seventh
        QCOMPARE(colorAt(ColorMapKind::Viridis, NAN), (Rgb{128, 128, 128}));
        // Perceptually ordered: luminance rises monotonically along viridis.
        double previous = -1;
        for (int k = 0; k <= 20; ++k) {
            const Rgb c = colorAt(ColorMapKind::Viridis, k / 20.0);
            const double luminance = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
            QVERIFY(luminance > previous);
            previous = luminance;
        }
    }

    void contourOfACircle()
    {
        GridField grid;
        grid.x0 = grid.y0 = -2;
        grid.x1 = grid.y1 = 2;
        grid.nx = grid.ny = 81;
        for (int j = 0; j < grid.ny; ++j)
            for (int i = 0; i < grid.nx; ++i)
                grid.values.push_back(grid.x(i) * grid.x(i) + grid.y(j) * grid.y(j));
        const std::vector<Segment> segments = contourSegments(grid, 1.0);
        QVERIFY(segments.size() > 60);
        double length = 0;
        for (const Segment& s : segments) {
            // Linear interpolation of r² on a 0.05 grid stays within 0.002 of the unit circle.
            QCOMPARE_LE(std::abs(std::hypot(s.xa, s.ya) - 1.0), 2e-3);
            QCOMPARE_LE(std::abs(std::hypot(s.xb, s.yb) - 1.0), 2e-3);
            length += std::hypot(s.xb - s.xa, s.yb - s.ya);
        }
        QCOMPARE_LE(std::abs(length - 2 * M_PI), 0.01);
    }

    void manyLevelsInOnePassMatchOneByOne()
    {
        GridField grid{-1, 2, -1, 1, 40, 30, {}};
        for (int j = 0; j < grid.ny; ++j)
            for (int i = 0; i < grid.nx; ++i)
                grid.values.push_back(std::sin(3 * grid.x(i)) * std::cos(2 * grid.y(j)) + 0.3 * grid.x(i));
        // Unsorted, with a duplicate and levels outside the range.
        const std::vector<double> levels = {0.5, -0.2, 0.0, 0.5, 3.0, -5.0, 0.9};
        const auto together = contourSegments(grid, levels);
        QCOMPARE(together.size(), levels.size());
        for (std::size_t k = 0; k < levels.size(); ++k) {
            const auto alone = contourSegments(grid, levels[k]);
            QCOMPARE(together[k].size(), alone.size());
            for (std::size_t s = 0; s < alone.size(); ++s) {
                QCOMPARE(together[k][s].xa, alone[s].xa);
                QCOMPARE(together[k][s].yb, alone[s].yb);
            }
        }
        QVERIFY(together[4].empty() && together[5].empty());
        QVERIFY(!together[0].empty() && together[0].size() == together[3].size());
    }

    void saddleCellsAndHolesAreHandled()
    {
        // One cell with corners 1, 0, 1, 0 (counter-clockwise from bottom-left): a saddle at level 0.5.
        GridField saddle{0, 1, 0, 1, 2, 2, {1, 0, 0, 1}};
        // values row by row: (0,0)=1, (1,0)=0, (0,1)=0, (1,1)=1 — the centre average 0.5 ≥ level.
        const auto segments = contourSegments(saddle, 0.5);
        QCOMPARE(segments.size(), std::size_t(2));

        GridField hole{0, 1, 0, 1, 2, 2, {1, NAN, 0, 1}};
        QVERIFY(contourSegments(hole, 0.5).empty());
        GridField tooSmall{0, 1, 0, 1, 1, 1, {1}};
        QVERIFY(contourSegments(tooSmall, 0.5).empty());
    }
};

QTEST_APPLESS_MAIN(TestPlot)
#include "test_plot.moc"
