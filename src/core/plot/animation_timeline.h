#pragma once
// Which lesson frame each video frame of an exported animation shows. A lesson's run has its own
// pace (iterations per second, as in the Player) and a video has its own frame rate: slow runs
// repeat a frame, fast runs skip some, and the last frame is always shown and may be held.

#include <vector>

namespace gradus::core {

struct AnimationTiming {
    double framesPerSecond = 30;   // of the video
    double itemsPerSecond = 0;     // lesson frames per second of playback; 0 = the whole run in ~8 s
    double holdSeconds = 1;        // extra time on the last frame
};

// One picture of the animation and how many consecutive video frames show it.
struct TimelineEntry {
    int frame = 0;
    int videoFrames = 1;
};

// The speed that plays `itemCount` frames in about eight seconds (at least one a second): the
// default pace of exported animations, and what the Player rounds to its nearest preset.
double automaticItemsPerSecond(int itemCount);

// `frames` are the lesson frames in playing order (not empty). Throws std::invalid_argument for a
// non-positive frame rate or speed or a negative hold. Consecutive equal frames are merged.
std::vector<TimelineEntry> planAnimation(const std::vector<int>& frames, const AnimationTiming& timing);

// The sum of videoFrames over the entries.
int videoFrameCount(const std::vector<TimelineEntry>& timeline);

} // namespace gradus::core
