#pragma once
// File → Export…: where to, which size, the whole figure or one view. Remembers its last choices.
// The layout is ui/export_dialog.ui.

#include <QDialog>

#include <memory>

namespace Ui {
class ExportDialog;
}

namespace gradus {

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
