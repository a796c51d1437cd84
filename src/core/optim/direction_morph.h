#pragma once
// Which way a method moves from each point, and the course's animation that turns one field into the next
// (Newton_convergence.ipynb): the ideal direction (straight at the minimum), −∇f, Newton's −H⁻¹∇f, and back,
// each blended into the next as (1 − t)·d₁ + t·d₂, renormalised.

#include "core/functions/objective.h"

#include <array>
#include <vector>

namespace gradus::core {

enum class DirectionKind { Ideal, Gradient, Newton };

// The unit direction of `kind` at x, or (0, 0) where it is undefined (at a target, a critical point, a
// singular Hessian). Ideal points at the nearest of `targets`; Newton's is −H⁻¹∇f without any safeguard,
// so it points uphill where H is not positive definite, which is what the picture is for.
Vec2 unitDirection(const Objective2D& f, DirectionKind kind, const Vec2& x, const std::vector<Vec2>& targets);

// One frame of the animation: six segments of equal length — ideal, ideal → gradient, gradient,
// gradient → Newton, Newton, Newton → ideal. In a steady segment from == to.
struct MorphStage {
    int segment = 0; // 0 … 5
    DirectionKind from = DirectionKind::Ideal, to = DirectionKind::Ideal;
    double t = 0; // the blend's weight of `to`, frame within the segment / framesPerSegment; 0 when steady

    bool blending() const { return from != to; }
};
constexpr int kMorphSegments = 6;
// frame in [0, kMorphSegments · framesPerSegment); clamped.
MorphStage morphStage(int frame, int framesPerSegment);

// (1 − t)·d_from + t·d_to, renormalised; (0, 0) where that vanishes or a part is undefined.
Vec2 morphedDirection(const Objective2D& f, const MorphStage& stage, const Vec2& x, const std::vector<Vec2>& targets);

} // namespace gradus::core
