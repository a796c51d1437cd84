#include "direction_morph.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gradus::core {

namespace {

Vec2 normalized(const Vec2& v)
{
    const double n = norm(v);
    if (!(n > 0) || !std::isfinite(n))
        return {0, 0};
    return {v[0] / n, v[1] / n};
}

bool isZero(const Vec2& v) { return v[0] == 0 && v[1] == 0; }

} // namespace

Vec2 unitDirection(const Objective2D& f, DirectionKind kind, const Vec2& x, const std::vector<Vec2>& targets)
{
    switch (kind) {
    case DirectionKind::Ideal: {
        const Vec2* nearest = nullptr;
        double best = std::numeric_limits<double>::infinity();
        for (const Vec2& target : targets)
            if (const double d = norm(target - x); d < best) {
                best = d;
                nearest = &target;
            }
        return nearest ? normalized(*nearest - x) : Vec2{0, 0};
    }
    case DirectionKind::Gradient:
        return normalized(-1.0 * f.gradient(x));
    case DirectionKind::Newton: {
        Vec2 step{0, 0};
        if (!f.hessian(x).solve(-1.0 * f.gradient(x), step))
            return {0, 0};
        return normalized(step);
    }
    }
    return {0, 0};
}

MorphStage morphStage(int frame, int framesPerSegment)
{
    static constexpr DirectionKind kSteady[3] = {DirectionKind::Ideal, DirectionKind::Gradient, DirectionKind::Newton};
    const int perSegment = std::max(1, framesPerSegment);
    frame = std::clamp(frame, 0, kMorphSegments * perSegment - 1);
    MorphStage stage;
    stage.segment = frame / perSegment;
    const DirectionKind current = kSteady[stage.segment / 2];
    stage.from = stage.to = current;
    if (stage.segment % 2 == 1) { // blending into the next steady field (after Newton: back to the ideal)
        stage.to = kSteady[(stage.segment / 2 + 1) % 3];
        stage.t = double(frame % perSegment) / perSegment;
    }
    return stage;
}

Vec2 morphedDirection(const Objective2D& f, const MorphStage& stage, const Vec2& x, const std::vector<Vec2>& targets)
{
    const Vec2 from = unitDirection(f, stage.from, x, targets);
    if (!stage.blending())
        return from;
    const Vec2 to = unitDirection(f, stage.to, x, targets);
    if (isZero(from) || isZero(to))
        return {0, 0};
    return normalized((1 - stage.t) * from + stage.t * to);
}

} // namespace gradus::core
