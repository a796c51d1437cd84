#pragma once
// Numbers to pictures, shared by the image lessons: signed values through the diverging colour map
// (a precomputed table, so a full-screen picture costs a lookup per pixel) and flattened pixel
// vectors back to pictures.

#include "core/imaging/planar_image.h"
#include "core/plot/colormap.h"

#include <QImage>

#include <array>

namespace gradus {

// The diverging map sampled at 1024 points.
const std::array<core::Rgb, 1024>& divergingTable();
// The colour of `value` on a diverging scale where ±limit are the saturated ends and 0 is white.
inline const core::Rgb& divergingColor(float value, float limit)
{
    const float scale = limit > 0 ? 0.5f / limit : 0.0f;
    const int index = int((0.5f + value * scale) * 1023.0f + 0.5f);
    return divergingTable()[size_t(index < 0 ? 0 : (index > 1023 ? 1023 : index))];
}

// A signed picture (rows × cols) in the diverging map.
QImage divergingPicture(const core::RowMajorF& values, float limit);

// A flattened picture (row by row, colour as the R plane, then G, then B; values in [0, 1]) as an
// 8-bit grey or RGB image.
QImage pictureFromVector(const core::linalg::VectorF& pixels, int rows, int cols, int channels);

} // namespace gradus
