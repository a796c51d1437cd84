#include "animation_dialog.h"

#include "app/export_dialog.h"
#include "framework/errors.h"
#include "io/animation_writer.h"
#include "ui_animation_dialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace gradus {

AnimationDialog::AnimationDialog(const QString& lessonId, const QStringList& viewNames, const LessonResult& result,
                                 double speed, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::AnimationDialog>()), result_(result)
{
    ui_->setupUi(this);
    QSettings settings;
    const QString dir = settings.value("animation/dir", settings.value("export/dir", QDir::homePath())).toString();
    const QString suffix = settings.value("animation/suffix", "mp4").toString();
    ui_->pathEdit->setText(QDir(dir).filePath(suffix == u"/" ? lessonId + QStringLiteral("-frames/") : lessonId + QLatin1Char('.') + suffix));
    connect(ui_->browseButton, &QToolButton::clicked, this, [this] {
        QString filter;
        const QString chosen = QFileDialog::getSaveFileName(
            this, tr("Export animation"), ui_->pathEdit->text(),
            tr("MP4 video (*.mp4);;GIF animation (*.gif);;Folder of PNG frames (*)"), &filter);
        if (chosen.isEmpty())
            return;
        const bool folder = filter.contains(QLatin1String("PNG"));
        ui_->pathEdit->setText(folder && !chosen.endsWith(QLatin1Char('/')) ? chosen + QLatin1Char('/') : chosen);
    });
    setUpSizeChoice(ui_->presetCombo, ui_->widthSpin, ui_->heightSpin, QSize(),
                    settings.value("animation/size", QSize(1280, 720)).toSize());

    ui_->viewCombo->addItem(tr("Whole figure"), QString());
    for (const QString& name : viewNames)
        ui_->viewCombo->addItem(tr("Only '%1'").arg(name), name);

    const int last = result.frameCount() - 1;
    ui_->firstSpin->setRange(0, last);
    ui_->lastSpin->setRange(0, last);
    ui_->lastSpin->setValue(last);
    connect(ui_->firstSpin, &QSpinBox::valueChanged, this, [this](int first) {
        if (ui_->lastSpin->value() < first)
            ui_->lastSpin->setValue(first);
    });
    connect(ui_->lastSpin, &QSpinBox::valueChanged, this, [this](int lastFrame) {
        if (ui_->firstSpin->value() > lastFrame)
            ui_->firstSpin->setValue(lastFrame);
    });
    ui_->speedSpin->setValue(speed);
    ui_->fpsSpin->setValue(settings.value("animation/fps", 30).toInt());
    ui_->holdSpin->setValue(settings.value("animation/hold", 1.0).toDouble());
    ui_->ditherCheck->setChecked(settings.value("animation/dither", true).toBool());

    for (QSpinBox* spin : {ui_->firstSpin, ui_->lastSpin, ui_->fpsSpin, ui_->widthSpin, ui_->heightSpin})
        connect(spin, &QSpinBox::valueChanged, this, &AnimationDialog::updateSummary);
    for (QDoubleSpinBox* spin : {ui_->speedSpin, ui_->holdSpin})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &AnimationDialog::updateSummary);
    connect(ui_->pathEdit, &QLineEdit::textChanged, this, &AnimationDialog::updateSummary);
    connect(ui_->buttons, &QDialogButtonBox::accepted, this, &AnimationDialog::accept);
    connect(ui_->buttons, &QDialogButtonBox::rejected, this, &AnimationDialog::reject);
    updateSummary();
}

AnimationDialog::~AnimationDialog() = default;

AnimationRequest AnimationDialog::request() const
{
    AnimationRequest request;
    request.path = ui_->pathEdit->text().trimmed();
    request.pixelSize = QSize(ui_->widthSpin->value(), ui_->heightSpin->value());
    request.viewName = ui_->viewCombo->currentData().toString();
    request.timing.framesPerSecond = ui_->fpsSpin->value();
    request.timing.itemsPerSecond = ui_->speedSpin->value();
    request.timing.holdSeconds = ui_->holdSpin->value();
    request.firstFrame = ui_->firstSpin->value();
    request.lastFrame = ui_->lastSpin->value();
    request.dither = ui_->ditherCheck->isChecked();
    return request;
}

void AnimationDialog::updateSummary()
{
    const AnimationRequest r = request();
    bool gif = false;
    try {
        gif = animationFormatForPath(r.path) == AnimationFormat::Gif;
    } catch (const UsageError&) {
    }
    ui_->ditherCheck->setEnabled(gif);
    const auto timeline = core::planAnimation(animationFrames(result_, r.firstFrame, r.lastFrame), r.timing);
    const int frames = core::videoFrameCount(timeline);
    ui_->summaryLabel->setText(tr("%1 iterations drawn as %2 pictures, %3 video frames: %4 s")
                                   .arg(r.lastFrame - r.firstFrame + 1)
                                   .arg(timeline.size())
                                   .arg(frames)
                                   .arg(frames / r.timing.framesPerSecond, 0, 'f', 1));
}

void AnimationDialog::accept()
{
    const AnimationRequest r = request();
    try {
        checkAnimationTarget(r.path, r.pixelSize); // the writer's own checks, while the dialog is still open
    } catch (const GradusError& e) {
        QMessageBox::warning(this, tr("Export animation"), e.message());
        return;
    }
    const AnimationFormat format = animationFormatForPath(r.path);
    QSettings settings;
    settings.setValue("animation/dir", QFileInfo(QDir::cleanPath(r.path)).absolutePath());
    settings.setValue("animation/suffix", format == AnimationFormat::PngFrames ? QStringLiteral("/") : QFileInfo(r.path).suffix().toLower());
    settings.setValue("animation/size", r.pixelSize);
    settings.setValue("animation/fps", ui_->fpsSpin->value());
    settings.setValue("animation/hold", ui_->holdSpin->value());
    settings.setValue("animation/dither", ui_->ditherCheck->isChecked());
    QDialog::accept();
}

} // namespace gradus
