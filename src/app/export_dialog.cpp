#include "export_dialog.h"

#include "ui_export_dialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>

namespace gradus {

namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gradus::ExportDialog)
};

} // namespace

void setUpSizeChoice(QComboBox* preset, QSpinBox* width, QSpinBox* height, const QSize& screenSize, const QSize& remembered)
{
    preset->addItem(Tr::tr("1920 × 1080 (Full HD slide)"), QSize(1920, 1080));
    preset->addItem(Tr::tr("1280 × 720 (HD slide)"), QSize(1280, 720));
    preset->addItem(Tr::tr("1024 × 768 (4:3 projector)"), QSize(1024, 768));
    preset->addItem(Tr::tr("1080 × 1080 (square)"), QSize(1080, 1080));
    if (screenSize.isValid())
        preset->addItem(Tr::tr("As on screen (%1 × %2)").arg(screenSize.width()).arg(screenSize.height()), screenSize);
    preset->addItem(Tr::tr("Custom"), QSize());
    preset->setToolTip(Tr::tr("Pixel size of a PNG, video or GIF; for SVG and PDF the proportions and the size of "
                                   "the text relative to the page"));
    width->setValue(remembered.width());
    height->setValue(remembered.height());
    const int match = preset->findData(remembered);
    preset->setCurrentIndex(match >= 0 ? match : preset->count() - 1);
    QObject::connect(preset, &QComboBox::currentIndexChanged, preset, [preset, width, height] {
        const QSize size = preset->currentData().toSize();
        if (size.isValid()) {
            width->setValue(size.width());
            height->setValue(size.height());
        }
    });
    // Typing a size of one's own makes the choice read "Custom".
    for (QSpinBox* spin : {width, height})
        QObject::connect(spin, &QSpinBox::valueChanged, preset, [preset, width, height] {
            const int match = preset->findData(QSize(width->value(), height->value()));
            const QSignalBlocker blocker(preset);
            preset->setCurrentIndex(match >= 0 ? match : preset->count() - 1);
        });
}

ExportDialog::ExportDialog(const QString& lessonId, const QStringList& viewNames, const QSize& screenSize, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::ExportDialog>())
{
    ui_->setupUi(this);
    QSettings settings;
    const QString dir = settings.value("export/dir", QDir::homePath()).toString();
    const QString suffix = settings.value("export/suffix", "png").toString();
    ui_->pathEdit->setText(QDir(dir).filePath(lessonId + QLatin1Char('.') + suffix));
    connect(ui_->browseButton, &QToolButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(
            this, Tr::tr("Export figure"), ui_->pathEdit->text(),
            Tr::tr("PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)"));
        if (!chosen.isEmpty())
            ui_->pathEdit->setText(chosen);
    });

    setUpSizeChoice(ui_->presetCombo, ui_->widthSpin, ui_->heightSpin, screenSize,
                    settings.value("export/size", QSize(1920, 1080)).toSize());

    ui_->viewCombo->addItem(Tr::tr("Whole figure"), QString());
    for (const QString& name : viewNames)
        ui_->viewCombo->addItem(Tr::tr("Only '%1'").arg(name), name);

    connect(ui_->buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(ui_->buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::path() const { return ui_->pathEdit->text().trimmed(); }
QSize ExportDialog::pixelSize() const { return {ui_->widthSpin->value(), ui_->heightSpin->value()}; }
QString ExportDialog::viewName() const { return ui_->viewCombo->currentData().toString(); }

void ExportDialog::accept()
{
    const QString suffix = QFileInfo(path()).suffix().toLower();
    if (suffix != u"png" && suffix != u"svg" && suffix != u"pdf") {
        QMessageBox::warning(this, Tr::tr("Export figure"), Tr::tr("The file name must end in .png, .svg or .pdf."));
        return;
    }
    QSettings settings;
    settings.setValue("export/dir", QFileInfo(path()).absolutePath());
    settings.setValue("export/suffix", suffix);
    settings.setValue("export/size", pixelSize());
    QDialog::accept();
}

} // namespace gradus
