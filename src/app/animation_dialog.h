#pragma once
// File → Export animation…: file (MP4, GIF or a folder of PNG frames), size, frame range, speed,
// frame rate, hold and dithering, with the resulting length shown as the choices change.
// Remembers its last choices. The layout is ui/animation_dialog.ui.

#include "framework/lesson.h"
#include "views/animation_export.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AnimationDialog;
}

namespace gradus {

class AnimationDialog : public QDialog {
    Q_OBJECT
public:
    // `speed` is the player's (iterations per second), the default pace of the video.
    AnimationDialog(const QString& lessonId, const QStringList& viewNames, const LessonResult& result, double speed,
                    QWidget* parent = nullptr);
    ~AnimationDialog() override;

    AnimationRequest request() const;
    void accept() override;

private:
    void updateSummary();

    std::unique_ptr<Ui::AnimationDialog> ui_;
    const LessonResult& result_;
};

} // namespace gradus
