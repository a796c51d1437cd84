#include "lesson_page.h"

#include "framework/compute_runner.h"
#include "framework/errors.h"
#include "views/figure_export.h"
#include "views/parameter_panel.h"
#include "views/player.h"

#include <QComboBox>
#include <QLabel>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>


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
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    sideSplitter_->setMinimumWidth(340);
    splitter->setSizes({1000, 420});

    connect(panel_, &ParameterPanel::valueEdited, this, &LessonPage::editParameter);
    connect(panel_, &ParameterPanel::resetRequested, this, [this] { setParams(lesson_.schema().defaults()); });
    connect(figure_, &LessonFigure::parameterEdited, this, &LessonPage::editParameter);
    connect(player_, &Player::frameChanged, figure_, &LessonFigure::setFrame);
    connect(runner_, &ComputeRunner::finished, this, &LessonPage::showResult);
    connect(runner_, &ComputeRunner::failed, this, [this](const QString& message) {
        emit errorMessage(tr("Cannot compute %1: %2. The last picture is kept.").arg(lesson_.id(), message));
    });
    connect(runner_, &ComputeRunner::busyChanged, this, &LessonPage::busyChanged);
    connect(runner_, &ComputeRunner::slowJobStarted, this, &LessonPage::slowJobStarted);
    connect(runner_, &ComputeRunner::progressChanged, this, &LessonPage::progressChanged);
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
    recompute();
}

void LessonPage::recompute() { runner_->request(values_); }

void LessonPage::showResult(const ResultPtr& result, double seconds)
{
    result_ = result;
    figure_->setResult(result);
    const QSignalBlocker blocker(player_); // one repaint below, not one per signal
    player_->setFrameCount(result->frameCount());
    if (pendingFrame_ >= 0)
        player_->setFrame(pendingFrame_);
    pendingFrame_ = -1;
    figure_->setFrame(player_->frame());
    emit statusMessage(tr("Computed in %1 ms.").arg(seconds * 1000, 0, 'f', 1));
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

void LessonPage::setExplanationVisible(bool visible) { explanation_->setVisible(visible); }

} // namespace gradus
