#include "lesson_page.h"

#include "framework/compute_runner.h"
#include "framework/errors.h"
#include "io/image_file.h"
#include "views/figure_export.h"
#include "views/parameter_panel.h"
#include "views/player.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QLabel>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>


namespace gradus {

LessonPage::LessonPage(const Lesson& lesson, QWidget* parent)
    : QWidget(parent), lesson_(lesson), values_(lesson.schema().defaults()), runner_(new ComputeRunner(lesson, this))
{
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter);

    auto* stage = new QWidget(splitter);
    auto* stageLayout = new QVBoxLayout(stage);
    stageLayout->setContentsMargins(4, 4, 4, 0);
    figure_ = lesson.createFigure(stage);
    player_ = new Player(stage);
    stageLayout->addWidget(figure_, 1);
    stageLayout->addWidget(player_);

    sideSplitter_ = new QSplitter(Qt::Vertical, splitter);
    auto* controls = new QWidget(sideSplitter_);
    auto* controlsLayout = new QVBoxLayout(controls);
    controlsLayout->setContentsMargins(0, 0, 0, 0);
    const QList<LessonPreset> presets = lesson.presets();
    if (!presets.isEmpty()) {
        // Classic pictures one click (or one digit key) away.
        auto* presetRow = new QHBoxLayout;
        presetBox_ = new QComboBox(controls);
        presetBox_->setObjectName(QStringLiteral("presetBox"));
        presetBox_->addItem(tr("Choose a classic picture…"), QString());
        for (int i = 0; i < presets.size(); ++i) {
            presetBox_->addItem(i < 9 ? QStringLiteral("%1. %2").arg(i + 1).arg(presets[i].title) : presets[i].title,
                                presets[i].id);
            if (i < 9) {
                auto* key = new QShortcut(QKeySequence(Qt::Key_1 + i), this);
                key->setEnabled(false);
                connect(key, &QShortcut::activated, this, [this, id = presets[i].id] { applyPreset(id); });
                presetKeys_.append(key);
            }
        }
        presetBox_->setToolTip(tr("Presets set every parameter to reproduce a classic picture (keys 1–9)"));
        connect(presetBox_, &QComboBox::activated, this, [this](int index) {
            const QString id = presetBox_->itemData(index).toString();
            if (!id.isEmpty())
                applyPreset(id);
        });
        presetRow->addWidget(new QLabel(tr("Preset:"), controls));
        presetRow->addWidget(presetBox_, 1);
        controlsLayout->addLayout(presetRow);
    }
    panel_ = new ParameterPanel(lesson.schema(), controls);
    controlsLayout->addWidget(panel_, 1);
    explanation_ = new QTextBrowser(sideSplitter_);
    explanation_->setOpenExternalLinks(true);
    explanation_->setHtml(lesson.explanationHtml());
    sideSplitter_->setStretchFactor(0, 0);
    sideSplitter_->setStretchFactor(1, 1);
    sideSplitter_->setSizes({controls->sizeHint().height(), 300});
    splitter->addWidget(stage);
    splitter->addWidget(sideSplitter_);
    // The figure first: it takes what the window gains, and the side keeps about a quarter (the parameter
    // panel reflows down to its minimum, see ParameterPanel).
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(1, false);
    sideSplitter_->setMinimumWidth(kSidePanelMinimumWidth);
    splitter->setSizes({1000, 360});

    connect(panel_, &ParameterPanel::valueEdited, this, &LessonPage::editParameter);
    connect(panel_, &ParameterPanel::resetRequested, this, [this] { setParams(lesson_.schema().defaults()); });
    connect(figure_, &LessonFigure::parameterEdited, this, &LessonPage::editParameter);
    connect(player_, &Player::frameChanged, figure_, &LessonFigure::setFrame);
    if (!lesson_.frameParameter().isEmpty())
        connect(player_, &Player::frameChanged, this, [this](int frame) {
            if (lesson_.frameFromParams(values_) == frame)
                return;
            lesson_.setFrameInParams(values_, frame);
            panel_->setValue(lesson_.frameParameter(), values_.value(lesson_.frameParameter()));
        });
    connect(runner_, &ComputeRunner::finished, this, &LessonPage::showResult);
    connect(runner_, &ComputeRunner::failed, this, [this](const QString& message) {
        emit errorMessage(tr("Cannot compute %1: %2. The last picture is kept.").arg(lesson_.id(), message));
    });
    connect(runner_, &ComputeRunner::busyChanged, this, &LessonPage::busyChanged);
    connect(runner_, &ComputeRunner::slowJobStarted, this, &LessonPage::slowJobStarted);
    connect(runner_, &ComputeRunner::progressChanged, this, &LessonPage::progressChanged);
    // A snapshot is drawn but not kept: export, data and sessions wait for the final result.
    connect(runner_, &ComputeRunner::partialResult, this, [this](const ResultPtr& snapshot) {
        figure_->setResult(snapshot);
        figure_->setFrame(snapshot->frameCount() - 1);
    });
    connect(runner_, &ComputeRunner::cancelled, this, [this] { emit statusMessage(tr("Computation cancelled.")); });

    panel_->setValues(values_);
    recompute();
}

LessonPage::~LessonPage() = default;

void LessonPage::setParams(const ParamValues& values, int frame)
{
    if (presetBox_)
        presetBox_->setCurrentIndex(0);
    values_ = values;
    panel_->setValues(values_);
    pendingFrame_ = frame;
    recompute();
}

int LessonPage::frame() const { return player_->frame(); }

void LessonPage::editParameter(const QString& name, const QVariant& value)
{
    const ParamSpec* spec = lesson_.schema().find(name);
    if (spec && spec->type == ParamType::FilePath && !confirmPictureSize(value.toString())) {
        panel_->setValues(values_);
        return;
    }
    try {
        lesson_.schema().setValue(values_, name, value);
    } catch (const GradusError& e) {
        emit errorMessage(e.message());
        panel_->setValues(values_); // show the value still in force
        return;
    }
    panel_->setValues(values_);
    if (presetBox_)
        presetBox_->setCurrentIndex(0); // the picture is no longer the preset's
    if (name == lesson_.frameParameter() && result_) {
        player_->setFrame(lesson_.frameFromParams(values_)); // the same picture, another frame
        return;
    }
    recompute();
}

bool LessonPage::confirmPictureSize(const QString& path)
{
    // Only lessons that take pictures have this limit (see io/image_file.h).
    const ParamSpec* limit = lesson_.schema().find(QStringLiteral("max_pixels"));
    if (!limit || path.trimmed().isEmpty())
        return true;
    ImageHeader header;
    try {
        header = peekImage(path);
    } catch (const GradusError&) {
        return true; // compute() reports the problem with the file
    }
    const double allowed = values_.real(limit->name);
    if (header.pixels() <= allowed || header.pixels() > ImageLimits::kRefusePixels)
        return true;
    QMessageBox box(QMessageBox::Question, tr("A large picture"),
                    tr("%1 is %2×%3 pixels (%4 megapixels). Decomposing it at full size takes much longer and "
                       "needs about %5 GB of memory.")
                        .arg(QFileInfo(path).fileName())
                        .arg(header.size.width())
                        .arg(header.size.height())
                        .arg(header.pixels() / 1e6, 0, 'f', 1)
                        .arg(header.pixels() * 3 * 4 * 4 / 1e9, 0, 'f', 1),
                    QMessageBox::Cancel, this);
    QPushButton* shrink = box.addButton(tr("Scale down to %1 MP").arg(allowed / 1e6, 0, 'f', 1), QMessageBox::AcceptRole);
    QPushButton* full = box.addButton(tr("Use the full size"), QMessageBox::DestructiveRole);
    box.setDefaultButton(shrink);
    box.exec();
    if (box.clickedButton() == full) {
        values_.set(limit->name, std::ceil(header.pixels()));
        return true;
    }
    return box.clickedButton() == shrink;
}

bool LessonPage::openFile(const QString& path)
{
    const bool folder = QFileInfo(path).isDir();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const ParamSpec* target = nullptr;
    for (const ParamSpec& spec : lesson_.schema().specs()) {
        if (spec.type != ParamType::FilePath || spec.directory != folder)
            continue;
        if (!target)
            target = &spec;
        const QRegularExpression pattern(QStringLiteral("\\*\\.%1\\b").arg(QRegularExpression::escape(suffix)),
                                         QRegularExpression::CaseInsensitiveOption);
        if (!folder && !suffix.isEmpty() && pattern.match(spec.fileFilter).hasMatch()) {
            target = &spec;
            break;
        }
    }
    if (!target) {
        emit errorMessage(folder ? tr("The lesson '%1' does not read folders.").arg(lesson_.title())
                                 : tr("The lesson '%1' does not read files.").arg(lesson_.title()));
        return false;
    }
    // A parameter shown only for some choice (a folder only when data = folder) brings that choice along
    // (a condition's first alternative, when none holds).
    for (const auto& clause : target->relevance) {
        const bool holds = std::any_of(clause.begin(), clause.end(), [this](const auto& condition) {
            return condition.second.contains(values_.text(condition.first));
        });
        if (!holds && !clause.isEmpty() && !clause.first().second.isEmpty())
            values_.set(clause.first().first, clause.first().second.first());
    }
    editParameter(target->name, path);
    return true;
}

bool LessonPage::openPastedImage(const QImage& image)
{
    if (image.isNull()) {
        emit errorMessage(tr("The clipboard holds no picture."));
        return false;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/pasted");
    const QString path = folder + QStringLiteral("/pasted-%1.png").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    try {
        if (!QDir().mkpath(folder))
            throw InputError(tr("cannot create the folder %1").arg(folder));
        saveImageAtomically(path, image, "PNG");
    } catch (const GradusError& e) {
        emit errorMessage(tr("Cannot keep the pasted picture: %1").arg(e.message()));
        return false;
    }
    emit statusMessage(tr("Pasted picture saved as %1").arg(QDir::toNativeSeparators(path)));
    return openFile(path);
}

void LessonPage::savePicture(const QString& name, const QString& path) const
{
    if (!result_)
        throw InputError(tr("nothing to save yet: the lesson has not finished computing"));
    saveLessonPicture(lesson_, result_, player_->frame(), name, path);
}

void LessonPage::recompute() { runner_->request(values_); }

void LessonPage::showResult(const ResultPtr& result, double seconds)
{
    result_ = result;
    figure_->setResult(result);
    const QSignalBlocker blocker(player_); // one repaint below, not one per signal
    player_->setFrameCount(result->frameCount());
    player_->setAnimationFrames(result->animationFrames());
    player_->setFrameLabel([result](int frame) { return result->frameLabel(frame); });
    const int named = lesson_.frameFromParams(values_);
    if (named >= 0)
        player_->setFrame(named);
    else if (pendingFrame_ >= 0)
        player_->setFrame(pendingFrame_);
    pendingFrame_ = -1;
    if (named >= 0 && named != player_->frame()) { // clamped to what this result has
        lesson_.setFrameInParams(values_, player_->frame());
        panel_->setValues(values_);
    }
    figure_->setFrame(player_->frame());
    const QString notice = result->notice();
    emit statusMessage(tr("Computed in %1 ms.").arg(seconds * 1000, 0, 'f', 1) + (notice.isEmpty() ? QString() : QStringLiteral(" ") + notice));
}

void LessonPage::exportFigure(const QString& path, const QSize& pixelSize, const QString& viewName) const
{
    if (!result_)
        throw InputError(tr("nothing to export yet: the lesson has not finished computing"));
    exportLessonFigure(lesson_, result_, player_->frame(), viewName, path, pixelSize, figure_);
}

void LessonPage::showEvent(QShowEvent* event)
{
    for (QShortcut* key : presetKeys_)
        key->setEnabled(true);
    QWidget::showEvent(event);
}

void LessonPage::hideEvent(QHideEvent* event)
{
    for (QShortcut* key : presetKeys_)
        key->setEnabled(false);
    QWidget::hideEvent(event);
}

void LessonPage::applyPreset(const QString& presetId)
{
    try {
        setParams(lesson_.presetValues(presetId));
        if (presetBox_)
            presetBox_->setCurrentIndex(std::max(0, presetBox_->findData(presetId)));
        emit statusMessage(tr("Preset: %1").arg(presetBox_ ? presetBox_->currentText() : presetId));
    } catch (const GradusError& e) {
        emit errorMessage(e.message());
    }
}

void LessonPage::setSidePanelVisible(bool visible) { sideSplitter_->setVisible(visible); }

int LessonPage::sidePanelWidth() const { return sideSplitter_->isVisible() ? sideSplitter_->width() : 0; }

void LessonPage::setExplanationVisible(bool visible) { explanation_->setVisible(visible); }

} // namespace gradus
