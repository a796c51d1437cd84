#include "animation_export.h"

#include "framework/errors.h"
#include "io/animation_writer.h"
#include "views/figure_export.h"

#include <QCoreApplication>
#include <QApplication>

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

namespace gradus {

namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gradus::AnimationExport)
};

} // namespace

std::vector<int> animationFrames(const LessonResult& result, int first, int last)
{
    const int count = result.frameCount();
    if (last == -1)
        last = count - 1;
    if (first < 0 || last >= count || first > last)
        throw UsageError(Tr::tr("frames %1:%2 are not in this run: it has frames 0 to %3").arg(first).arg(last).arg(count - 1));
    std::vector<int> frames;
    const QList<int> order = result.animationFrames();
    if (order.isEmpty()) {
        for (int f = first; f <= last; ++f)
            frames.push_back(f);
        return frames;
    }
    frames.push_back(first);
    for (int f : order)
        if (f > first && f < last)
            frames.push_back(f);
    if (last != first)
        frames.push_back(last);
    return frames;
}

// Encodes pictures on its own thread, a few behind the drawing, so drawing and encoding overlap.
class AnimationExport::Encoder {
public:
    explicit Encoder(std::unique_ptr<AnimationWriter> writer) : writer_(std::move(writer)), thread_([this] { run(); }) {}
    ~Encoder()
    {
        {
            std::lock_guard lock(mutex_);
            stop_ = true;
        }
        changed_.notify_all();
        if (thread_.joinable())
            thread_.join();
    }

    void push(QImage image, int videoFrames)
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [this] { return queue_.size() < kQueueLength || failure_; });
        if (failure_)
            std::rethrow_exception(failure_);
        queue_.push_back({std::move(image), videoFrames});
        changed_.notify_all();
    }

    void finish()
    {
        {
            std::lock_guard lock(mutex_);
            closing_ = true;
        }
        changed_.notify_all();
        thread_.join();
        if (failure_)
            std::rethrow_exception(failure_);
        writer_->finish();
    }

    QString encoding() const { return writer_->encoding(); }

private:
    static constexpr size_t kQueueLength = 3;
    struct Picture {
        QImage image;
        int videoFrames;
    };

    void run()
    {
        for (;;) {
            Picture picture;
            {
                std::unique_lock lock(mutex_);
                changed_.wait(lock, [this] { return stop_ || closing_ || !queue_.empty(); });
                if (stop_ || queue_.empty())
                    return;
                picture = std::move(queue_.front());
                queue_.pop_front();
            }
            changed_.notify_all();
            try {
                writer_->addFrame(picture.image, picture.videoFrames);
            } catch (...) {
                std::lock_guard lock(mutex_);
                failure_ = std::current_exception();
                changed_.notify_all();
                return;
            }
        }
    }

    std::unique_ptr<AnimationWriter> writer_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Picture> queue_;
    bool stop_ = false;
    bool closing_ = false;
    std::exception_ptr failure_;
    std::thread thread_; // last: starts once everything above exists
};

AnimationExport::AnimationExport(const Lesson& lesson, const ResultPtr& result, const AnimationRequest& request)
    : pixelSize_(request.pixelSize)
{
    checkAnimationTarget(request.path, request.pixelSize); // a bad target fails before anything is drawn
    try {
        timeline_ = core::planAnimation(animationFrames(*result, request.firstFrame, request.lastFrame), request.timing);
    } catch (const std::invalid_argument&) {
        throw UsageError(Tr::tr("frames per second and speed must be positive and the hold time not negative"));
    }
    figure_ = std::make_unique<ExportFigure>(lesson, result, request.viewName, request.pixelSize);
    AnimationWriterOptions options;
    options.size = request.pixelSize;
    options.framesPerSecond = request.timing.framesPerSecond;
    options.dither = request.dither;
    encoder_ = std::make_unique<Encoder>(openAnimationWriter(request.path, options));
}

AnimationExport::~AnimationExport() = default;

QString AnimationExport::encoding() const { return encoder_->encoding(); }

bool AnimationExport::renderNext()
{
    if (next_ >= pictureCount())
        return false;
    const core::TimelineEntry& entry = timeline_[size_t(next_)];
    figure_->showFrame(entry.frame);
    encoder_->push(renderWidgetImage(figure_->widget(), pixelSize_), entry.videoFrames);
    ++next_;
    return next_ < pictureCount();
}

void AnimationExport::finish()
{
    while (renderNext()) {
    }
    encoder_->finish();
}

bool exportAnimation(const Lesson& lesson, const ResultPtr& result, const AnimationRequest& request,
                     const std::function<bool(int, int)>& progress)
{
    AnimationExport animation(lesson, result, request);
    const int total = animation.pictureCount();
    while (animation.picturesDone() < total) {
        animation.renderNext();
        if (progress && !progress(animation.picturesDone(), total))
            return false;
    }
    animation.finish();
    return true;
}

} // namespace gradus
