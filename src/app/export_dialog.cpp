#include "export_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>

namespace gradus {

ExportDialog::ExportDialog(const QString& lessonId, const QStringList& viewNames, const QSize& screenSize, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export figure"));
    QSettings settings;
    auto* form = new QFormLayout(this);

    auto* pathRow = new QHBoxLayout;
    path_ = new QLineEdit(this);
    const QString dir = settings.value("export/dir", QDir::homePath()).toString();
    const QString suffix = settings.value("export/suffix", "png").toString();
    path_->setText(QDir(dir).filePath(lessonId + QLatin1Char('.') + suffix));
    path_->setToolTip(tr("The format follows the extension: .png, .svg (vector) or .pdf (vector)"));
    auto* browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("File"), pathRow);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(
            this, tr("Export figure"), path_->text(),
            tr("PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)"));
        if (!chosen.isEmpty())
            path_->setText(chosen);
    });

    preset_ = new QComboBox(this);
    preset_->addItem(tr("1920 × 1080 (Full HD slide)"), QSize(1920, 1080));
    preset_->addItem(tr("1280 × 720 (HD slide)"), QSize(1280, 720));
    preset_->addItem(tr("1024 × 768 (4:3 projector)"), QSize(1024, 768));
    preset_->addItem(tr("1080 × 1080 (square)"), QSize(1080, 1080));
    preset_->addItem(tr("As on screen (%1 × %2)").arg(screenSize.width()).arg(screenSize.height()), screenSize);
    preset_->addItem(tr("Custom"), QSize());
    form->addRow(tr("Size"), preset_);

    auto* sizeRow = new QHBoxLayout;
    width_ = new QSpinBox(this);
    height_ = new QSpinBox(this);
    for (QSpinBox* box : {width_, height_}) {
        box->setRange(16, 16384);
        box->setSuffix(tr(" px"));
    }
    sizeRow->addWidget(width_);
    sizeRow->addWidget(height_);
    form->addRow(tr("Width × height"), sizeRow);
    const QSize remembered = settings.value("export/size", QSize(1920, 1080)).toSize();
    width_->setValue(remembered.width());
    height_->setValue(remembered.height());
    const int match = preset_->findData(remembered);
    preset_->setCurrentIndex(match >= 0 ? match : preset_->count() - 1);
    connect(preset_, &QComboBox::currentIndexChanged, this, [this] {
        const QSize size = preset_->currentData().toSize();
        if (size.isValid()) {
            width_->setValue(size.width());
            height_->setValue(size.height());
        }
    });

    view_ = new QComboBox(this);
    view_->addItem(tr("Whole figure"), QString());
    for (const QString& name : viewNames)
        view_->addItem(tr("Only '%1'").arg(name), name);
    form->addRow(tr("What"), view_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    form->addRow(buttons);
    resize(560, sizeHint().height());
}

QString ExportDialog::path() const { return path_->text().trimmed(); }
QSize ExportDialog::pixelSize() const { return {width_->value(), height_->value()}; }
QString ExportDialog::viewName() const { return view_->currentData().toString(); }

void ExportDialog::accept()
{
    const QString suffix = QFileInfo(path()).suffix().toLower();
    if (suffix != u"png" && suffix != u"svg" && suffix != u"pdf") {
        QMessageBox::warning(this, tr("Export figure"), tr("The file name must end in .png, .svg or .pdf."));
        return;
    }
    QSettings settings;
    settings.setValue("export/dir", QFileInfo(path()).absolutePath());
    settings.setValue("export/suffix", suffix);
    settings.setValue("export/size", pixelSize());
    QDialog::accept();
}

} // namespace gradus
