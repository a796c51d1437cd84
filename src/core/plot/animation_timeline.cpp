#include "animation_timeline.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace gradus::core {

double automaticItemsPerSecond(int itemCount) { return std::max(1.0, itemCount / 8.0); }

std::vector<TimelineEntry> planAnimation(const std::vector<int>& frames, const AnimationTiming& timing)
{
    if (frames.empty())
        throw std::invalid_argument("an animation needs at least one frame");
    const double fps = timing.framesPerSecond;
    const double speed = timing.itemsPerSecond > 0 ? timing.itemsPerSecond : automaticItemsPerSecond(int(frames.size()));
    if (!(fps > 0) || !std::isfinite(fps) || !std::isfinite(speed) || !(timing.holdSeconds >= 0) ||
        !std::isfinite(timing.holdSeconds))
        throw std::invalid_argument("frame rate and speed must be positive, the hold time not negative");

    const auto count = long(frames.size());
    // Each lesson frame is on screen for 1/speed seconds; video frame v shows the item playing at v/fps.
    const long runFrames = std::max(1L, long(std::ceil(count * fps / speed - 1e-9)));
    std::vector<TimelineEntry> timeline;
    auto append = [&timeline](int frame, int repeat) {
        if (!timeline.empty() && timeline.back().frame == frame)
            timeline.back().videoFrames += repeat;
        else
            timeline.push_back({frame, repeat});
    };
    for (long v = 0; v < runFrames; ++v) {
        long item = std::min(count - 1, long(std::floor(v * speed / fps + 1e-9)));
        if (v == runFrames - 1)
            item = count - 1; // skipping never drops the end of the run
        append(frames[size_t(item)], 1);
    }
    const int hold = int(std::lround(timing.holdSeconds * fps));
    if (hold > 0)
        append(frames.back(), hold);
    return timeline;
}

int videoFrameCount(const std::vector<TimelineEntry>& timeline)
{
    int total = 0;
    for (const TimelineEntry& entry : timeline)
        total += entry.videoFrames;
    return total;
}

} // namespace gradus::core
