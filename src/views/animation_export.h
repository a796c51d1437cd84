#pragma once
// Export of a lesson's animation (MP4, GIF or PNG frames): a fresh figure draws each picture on the
// calling (GUI) thread while a background thread encodes the previous ones. The GUI drives it one
// picture at a time to stay responsive; the CLI runs it to the end.

#include "core/plot/animation_timeline.h"
#include "framework/lesson.h"

#include <QSize>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace gradus {

class ExportFigure;

struct AnimationRequest {
    QString path;              // .mp4, .gif or a folder for PNG frames
    QSize pixelSize{1280, 720};
    QString viewName;          // empty: the whole figure
    core::AnimationTiming timing;
    int firstFrame = 0;
    int lastFrame = -1;        // -1: the run's last frame
    bool dither = true;        // GIF only
};

// The lesson frames an animation of `result` plays from `first` to `last` (inclusive; -1 = the
// last): the result's own play order when it has one, with both ends always included, otherwise
// every frame. Throws UsageError for a range outside the run.
std::vector<int> animationFrames(const LessonResult& result, int first, int last);

class AnimationExport {
public:
    // Checks the request and opens the file (UsageError, InputError); nothing is drawn yet.
    AnimationExport(const Lesson& lesson, const ResultPtr& result, const AnimationRequest& request);
    // Without finish(): stops encoding and removes what was written.
    ~AnimationExport();
    AnimationExport(const AnimationExport&) = delete;
    AnimationExport& operator=(const AnimationExport&) = delete;

    int pictureCount() const { return int(timeline_.size()); }
    int picturesDone() const { return next_; }
    int videoFrameCount() const { return core::videoFrameCount(timeline_); }
    QString encoding() const;

    // Draws the next picture and queues it for encoding; returns whether pictures remain.
    // Throws InputError when encoding has failed (e.g. the disk is full).
    bool renderNext();
    // Waits for the encoder and moves the finished file into place.
    void finish();

private:
    class Encoder;
    std::vector<core::TimelineEntry> timeline_;
    std::unique_ptr<ExportFigure> figure_;
    std::unique_ptr<Encoder> encoder_;
    QSize pixelSize_;
    int next_ = 0;
};

// Runs a whole export. `progress(done, total)` is called after every picture; returning false
// cancels, which leaves no file behind and makes this return false.
bool exportAnimation(const Lesson& lesson, const ResultPtr& result, const AnimationRequest& request,
                     const std::function<bool(int done, int total)>& progress = {});

} // namespace gradus
