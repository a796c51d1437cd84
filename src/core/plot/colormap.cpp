#include "colormap.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace gradus::core {

namespace {

// Nine evenly spaced samples of viridis (van der Walt & Smith, CC0) and of ColorBrewer's RdBu;
// linear interpolation between them stays within a few units of the full tables.
constexpr Rgb kViridis[] = {{68, 1, 84},    {72, 40, 120},  {62, 73, 137},  {49, 104, 142}, {38, 130, 142},
                            {31, 158, 137}, {53, 183, 121}, {110, 206, 88}, {253, 231, 37}};
constexpr Rgb kDiverging[] = {{33, 102, 172},  {67, 147, 195},  {146, 197, 222}, {209, 229, 240}, {247, 247, 247},
                              {253, 219, 199}, {244, 165, 130}, {214, 96, 77},   {178, 24, 43}};
// ColorBrewer's BuPu (Cynthia Brewer, Apache-2.0), the course's Newton pictures' map, stopped at its seventh of
// nine classes so that black arrows stay readable on the highest values.
constexpr Rgb kLight[] = {{247, 252, 253}, {224, 236, 244}, {191, 211, 230}, {158, 188, 218},
                          {140, 150, 198}, {140, 107, 177}, {136, 65, 157}};

template <std::size_t N>
Rgb interpolate(const Rgb (&table)[N], double t)
{
    const double position = t * double(N - 1);
    const std::size_t i = std::min<std::size_t>(std::size_t(position), N - 2);
    const double f = position - double(i);
    Rgb out{};
    for (int c = 0; c < 3; ++c)
        out[c] = std::uint8_t(std::lround(table[i][c] + f * (double(table[i + 1][c]) - table[i][c])));
    return out;
}

} // namespace

Rgb colorAt(ColorMapKind kind, double t)
{
    if (std::isnan(t))
        return {128, 128, 128};
    t = std::clamp(t, 0.0, 1.0);
    switch (kind) {
    case ColorMapKind::Diverging:
        return interpolate(kDiverging, t);
    case ColorMapKind::Light:
        return interpolate(kLight, t);
    case ColorMapKind::Viridis:
    default:
        return interpolate(kViridis, t);
    }
}

} // namespace gradus::core
