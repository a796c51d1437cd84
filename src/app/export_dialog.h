#pragma once
// File → Export…: where to, which size, the whole figure or one view. Remembers its last choices.

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace gradus {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const QString& lessonId, const QStringList& viewNames, const QSize& screenSize, QWidget* parent = nullptr);

    QString path() const;
    QSize pixelSize() const;
    QString viewName() const; // empty: the whole figure

    void accept() override;

private:
    QLineEdit* path_;
    QComboBox* preset_;
    QSpinBox* width_;
    QSpinBox* height_;
    QComboBox* view_;
};

} // namespace gradus
