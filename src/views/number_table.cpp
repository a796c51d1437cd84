#include "number_table.h"

#include "plot_style.h"

#include <QPainter>

#include <algorithm>

namespace gradus {

NumberTable::NumberTable(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void NumberTable::setRows(const QList<QPair<QString, QString>>& rows)
{
    if (rows == rows_)
        return;
    rows_ = rows;
    update();
}

void NumberTable::setNote(const QString& note)
{
    if (note == note_)
        return;
    note_ = note;
    update();
}

void NumberTable::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), style::background());
    painter.setPen(style::textColor());
    QFont plain = style::labelFont();
    QFont bold = plain;
    bold.setBold(true);
    // Long rows in a narrow figure: smaller type rather than cut-off numbers (figure fonts are
    // sized in pixels, see plot_style).
    int nameWidth = 0, valueWidth = 0;
    for (int attempt = 0; attempt < 8; ++attempt) {
        nameWidth = valueWidth = 0;
        for (const auto& row : rows_) {
            nameWidth = std::max(nameWidth, QFontMetrics(plain).horizontalAdvance(row.first));
            valueWidth = std::max(valueWidth, QFontMetrics(bold).horizontalAdvance(row.second));
        }
        if (nameWidth + valueWidth + 12 + 16 <= width() || plain.pixelSize() <= 9)
            break;
        plain = style::scaledFont(plain, 0.9), bold = style::scaledFont(bold, 0.9);
    }
    const QFontMetrics metrics(plain);
    const int margin = 8, gap = 12, line = metrics.height() + 4;
    int y = margin;
    for (const auto& [name, value] : rows_) {
        painter.setFont(plain);
        painter.drawText(QRect(margin, y, nameWidth, line), Qt::AlignLeft | Qt::AlignVCenter, name);
        painter.setFont(bold);
        painter.drawText(QRect(margin + nameWidth + gap, y, width() - nameWidth - gap - 2 * margin, line),
                         Qt::AlignLeft | Qt::AlignVCenter, value);
        y += line;
    }
    if (!note_.isEmpty()) {
        painter.setFont(style::tickFont());
        painter.drawText(QRect(margin, y + 6, width() - 2 * margin, height() - y - 6), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                         note_);
    }
}

} // namespace gradus
