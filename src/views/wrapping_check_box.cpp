#include "wrapping_check_box.h"

#include <QRegularExpression>
#include <QStyleOptionButton>
#include <QStylePainter>

namespace gradus {

WrappingCheckBox::WrappingCheckBox(const QString& text, QWidget* parent) : QCheckBox(text, parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true); // layouts ask heightForWidth only when the policy says so
    setSizePolicy(policy);
}

int WrappingCheckBox::labelLeft() const
{
    QStyleOptionButton option;
    initStyleOption(&option);
    return style()->subElementRect(QStyle::SE_CheckBoxContents, &option, this).left();
}

QRect WrappingCheckBox::labelRect(int width) const
{
    // The first line where QCheckBox puts its one line; the others below it.
    const int top = std::max(0, (singleLineHeight() - fontMetrics().height()) / 2);
    return QRect(labelLeft(), top, std::max(1, width - labelLeft()), 1 << 20);
}

QSize WrappingCheckBox::minimumSizeHint() const
{
    int longestWord = 0;
    for (const QString& word : text().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        longestWord = std::max(longestWord, fontMetrics().horizontalAdvance(word));
    return {labelLeft() + longestWord + 2, singleLineHeight()};
}

int WrappingCheckBox::heightForWidth(int width) const
{
    const QRect label = labelRect(width);
    const int textHeight = fontMetrics().boundingRect(label, kTextFlags, text()).height();
    return singleLineHeight() + std::max(0, textHeight - fontMetrics().height());
}

void WrappingCheckBox::paintEvent(QPaintEvent*)
{
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text.clear(); // the style draws the box (and its focus frame); the label is drawn below
    option.rect.setHeight(singleLineHeight());
    painter.drawControl(QStyle::CE_CheckBox, option);
    painter.drawItemText(labelRect(width()), kTextFlags, palette(), isEnabled(), text(), QPalette::WindowText);
}

} // namespace gradus
