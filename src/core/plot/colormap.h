#pragma once
// Colour maps as pure functions from [0, 1] to 8-bit RGB, shared by every view and export.

#include <array>
#include <cstdint>
#include <string_view>

namespace gradus::core {

using Rgb = std::array<std::uint8_t, 3>;

enum class ColorMapKind {
    Viridis,   // perceptually uniform, colour-blind safe, survives greyscale printing
    Diverging, // blue–white–red, for signed quantities centred on zero
    Light,     // near-white to purple (ColorBrewer's BuPu without its two darkest steps): dark arrows read on all of it
};

// t outside [0, 1] is clamped; NaN maps to a neutral grey.
Rgb colorAt(ColorMapKind kind, double t);

} // namespace gradus::core
