#include "contours.h"

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

std::vector<Segment> contourSegments(const GridField& field, double level)
{
    std::vector<Segment> segments;
    if (field.nx < 2 || field.ny < 2 || field.values.size() < std::size_t(field.nx) * field.ny)
        return segments;
    for (int j = 0; j + 1 < field.ny; ++j) {
        for (int i = 0; i + 1 < field.nx; ++i) {
            // Corners counter-clockwise: bottom-left, bottom-right, top-right, top-left.
            const Corner c[4] = {{field.x(i), field.y(j), field.at(i, j)},
                                 {field.x(i + 1), field.y(j), field.at(i + 1, j)},
                                 {field.x(i + 1), field.y(j + 1), field.at(i + 1, j + 1)},
                                 {field.x(i), field.y(j + 1), field.at(i, j + 1)}};
            if (!std::isfinite(c[0].v) || !std::isfinite(c[1].v) || !std::isfinite(c[2].v) || !std::isfinite(c[3].v))
                continue;
            int mask = 0;
            for (int k = 0; k < 4; ++k)
                if (c[k].v >= level)
                    mask |= 1 << k;
            if (mask == 0 || mask == 15)
                continue;
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
            } else if (count == 4) {
                // Saddle: edges 0,1,2,3 are all crossed. Pair each crossing with a neighbour so the
                // lines separate the centre from the corners whose side it is not on.
                const double centre = 0.25 * (c[0].v + c[1].v + c[2].v + c[3].v);
                const bool centreAbove = centre >= level;
                const bool corner0Above = mask & 1;
                if (centreAbove == corner0Above) {
                    // Centre joins corner 0's region: cut off corners 1 and 3.
                    segments.push_back({px[0], py[0], px[1], py[1]});
                    segments.push_back({px[2], py[2], px[3], py[3]});
                } else {
                    segments.push_back({px[3], py[3], px[0], py[0]});
                    segments.push_back({px[1], py[1], px[2], py[2]});
                }
            }
        }
    }
    return segments;
}

} // namespace gradus::core
