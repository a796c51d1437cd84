#include "contours.h"

#include <algorithm>
#include <cmath>

namespace gradus::core {

namespace {

struct Corner {
    double x, y, v;
};

// Point on the edge between a and b where the linear interpolant crosses level.
void crossing(const Corner& a, const Corner& b, double level, double& x, double& y)
{
    const double denominator = b.v - a.v;
    const double t = denominator != 0 ? (level - a.v) / denominator : 0.5;
    x = a.x + t * (b.x - a.x);
    y = a.y + t * (b.y - a.y);
}

} // namespace

namespace {

// Appends the segments of one cell at one level (corners counter-clockwise from bottom-left).
void traceCell(const Corner (&c)[4], double level, std::vector<Segment>& segments)
{
    int mask = 0;
    for (int k = 0; k < 4; ++k)
        if (c[k].v >= level)
            mask |= 1 << k;
    if (mask == 0 || mask == 15)
        return;
    // Edge k joins corner k and corner (k+1) % 4; collect the crossed edges in order.
    double px[4], py[4];
    int count = 0;
    for (int k = 0; k < 4; ++k) {
        const bool a = (mask >> k) & 1;
        const bool b = (mask >> ((k + 1) % 4)) & 1;
        if (a != b) {
            crossing(c[k], c[(k + 1) % 4], level, px[count], py[count]);
            ++count;
        }
    }
    if (count == 2) {
        segments.push_back({px[0], py[0], px[1], py[1]});
        return;
    }
    // Saddle: all four edges are crossed. The centre value decides which corners it joins.
    const double centre = 0.25 * (c[0].v + c[1].v + c[2].v + c[3].v);
    if ((centre >= level) == bool(mask & 1)) {
        // Centre joins corner 0's region: cut off corners 1 and 3.
        segments.push_back({px[0], py[0], px[1], py[1]});
        segments.push_back({px[2], py[2], px[3], py[3]});
    } else {
        segments.push_back({px[3], py[3], px[0], py[0]});
        segments.push_back({px[1], py[1], px[2], py[2]});
    }
}

} // namespace

std::vector<std::vector<Segment>> contourSegments(const GridField& field, const std::vector<double>& levels)
{
    std::vector<std::vector<Segment>> result(levels.size());
    if (field.nx < 2 || field.ny < 2 || field.values.size() < std::size_t(field.nx) * field.ny || levels.empty())
        return result;
    // Visit levels in ascending order so that a cell can skip straight to its range.
    std::vector<std::size_t> order(levels.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return levels[a] < levels[b]; });
    std::vector<double> sorted(levels.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        sorted[k] = levels[order[k]];

    for (int j = 0; j + 1 < field.ny; ++j) {
        for (int i = 0; i + 1 < field.nx; ++i) {
            const Corner c[4] = {{field.x(i), field.y(j), field.at(i, j)},
                                 {field.x(i + 1), field.y(j), field.at(i + 1, j)},
                                 {field.x(i + 1), field.y(j + 1), field.at(i + 1, j + 1)},
                                 {field.x(i), field.y(j + 1), field.at(i, j + 1)}};
            if (!std::isfinite(c[0].v) || !std::isfinite(c[1].v) || !std::isfinite(c[2].v) || !std::isfinite(c[3].v))
                continue;
            const double lo = std::min({c[0].v, c[1].v, c[2].v, c[3].v});
            const double hi = std::max({c[0].v, c[1].v, c[2].v, c[3].v});
            // A level is crossed only if lo < level ≤ hi (corners ≥ level count as above).
            for (auto it = std::upper_bound(sorted.begin(), sorted.end(), lo); it != sorted.end() && *it <= hi; ++it) {
                const std::size_t k = order[std::size_t(it - sorted.begin())];
                traceCell(c, *it, result[k]);
            }
        }
    }
    return result;
}

std::vector<Segment> contourSegments(const GridField& field, double level)
{
    return std::move(contourSegments(field, std::vector<double>{level}).front());
}

} // namespace gradus::core
