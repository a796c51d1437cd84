#pragma once
// A check box whose label wraps onto further lines when the panel is narrow (a QCheckBox keeps its
// label on one line and so either widens the panel or is cut off). The box sits beside the first
// line; a click anywhere on the label toggles it, as with QCheckBox.

#include <QCheckBox>

namespace gradus {

class WrappingCheckBox : public QCheckBox {
    Q_OBJECT
public:
    explicit WrappingCheckBox(const QString& text, QWidget* parent = nullptr);

    // Wide enough for the box and the label's longest word.
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool hitButton(const QPoint& pos) const override { return rect().contains(pos); }

private:
    int singleLineHeight() const { return QCheckBox::sizeHint().height(); }
    int labelLeft() const;
    QRect labelRect(int width) const;
    static constexpr int kTextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap | Qt::TextShowMnemonic;
};

} // namespace gradus
