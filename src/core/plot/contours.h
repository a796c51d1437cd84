#pragma once
// Contour lines of a sampled scalar field by marching squares.

#include <vector>

namespace gradus::core {

// Samples of f on a regular grid: value(i, j) = f(x0 + i·dx, y0 + j·dy), stored row by row (j outer).
struct GridField {
    double x0 = 0, x1 = 1, y0 = 0, y1 = 1;
    int nx = 0, ny = 0;
    std::vector<double> values;

    double x(int i) const { return nx > 1 ? x0 + (x1 - x0) * i / (nx - 1) : x0; }
    double y(int j) const { return ny > 1 ? y0 + (y1 - y0) * j / (ny - 1) : y0; }
    double at(int i, int j) const { return values[std::size_t(j) * nx + i]; }
};

struct Segment {
    double xa, ya, xb, yb;
};

// Line segments where the bilinear interpolant of the grid equals `level`. Cells with a
// non-finite corner are skipped; saddle cells are resolved by the value at the cell centre.
std::vector<Segment> contourSegments(const GridField& field, double level);
// The same for many levels in one pass over the grid: each cell is visited once and only the
// levels between its smallest and largest corner are traced. result[k] belongs to levels[k].
std::vector<std::vector<Segment>> contourSegments(const GridField& field, const std::vector<double>& levels);

} // namespace gradus::core
