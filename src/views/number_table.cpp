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
    painter.fillRect(rect(), Qt::white);
    painter.setPen(style::textColor());
    QFont plain = style::labelFont();
    QFont bold = plain;
    bold.setBold(true);
    const QFontMetrics metrics(plain);
    int nameWidth = 0;
    for (const auto& row : rows_)
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(row.first));
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
