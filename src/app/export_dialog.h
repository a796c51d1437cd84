#pragma once
// File → Export…: where to, which size, the whole figure or one view. Remembers its last choices.
// The layout is ui/export_dialog.ui.

#include <QDialog>

#include <memory>

namespace Ui {
class ExportDialog;
}

QT_BEGIN_NAMESPACE
class QComboBox;
class QSpinBox;
QT_END_NAMESPACE

namespace gradus {

// Fills `preset` with slide and projector sizes (plus the size on screen, when valid, and Custom)
// and keeps it and the two spin boxes in step; starts at `remembered`.
void setUpSizeChoice(QComboBox* preset, QSpinBox* width, QSpinBox* height, const QSize& screenSize, const QSize& remembered);

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const QString& lessonId, const QStringList& viewNames, const QSize& screenSize, QWidget* parent = nullptr);
    ~ExportDialog() override;

    QString path() const;
    QSize pixelSize() const;
    QString viewName() const; // empty: the whole figure

    void accept() override;

private:
    std::unique_ptr<Ui::ExportDialog> ui_;
};

} // namespace gradus
