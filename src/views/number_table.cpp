#include "number_table.h"

#include "plot_style.h"
#include "text_fit.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

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
    elided_.clear();
    const int margin = 8, gap = 12, room = width() - 2 * margin;
    // Long rows in a narrow figure: a step smaller type, then each value under its name, rather than type
    // too small to read from the back of the room (figure fonts are sized in pixels, see plot_style).
    QFont plain, bold;
    int nameWidth = 0, valueWidth = 0;
    for (const double factor : {1.0, 0.9, kMinimumTextFactor}) {
        plain = style::scaledFont(style::labelFont(), factor);
        bold = plain;
        bold.setBold(true);
        nameWidth = valueWidth = 0;
        for (const auto& row : rows_) {
            // Rounded up: elidedText measures in fractions of a pixel, and "решение" at 59.4 px is cut in 59.
            nameWidth = std::max(nameWidth, int(std::ceil(QFontMetricsF(plain).horizontalAdvance(row.first))));
            valueWidth = std::max(valueWidth, int(std::ceil(QFontMetricsF(bold).horizontalAdvance(row.second))));
        }
        if (nameWidth + gap + valueWidth <= room)
            break;
    }
    const bool stacked = nameWidth + gap + valueWidth > room;
    const QFontMetrics metrics(plain), boldMetrics(bold);
    const int line = metrics.height() + 4;
    int y = margin;
    for (const auto& [name, value] : rows_) {
        painter.setFont(plain);
        const QString shownName = metrics.elidedText(name, Qt::ElideRight, stacked ? room : nameWidth);
        painter.drawText(QRect(margin, y, stacked ? room : nameWidth, line), Qt::AlignLeft | Qt::AlignVCenter, shownName);
        const int rowTop = y;
        if (stacked)
            y += metrics.height();
        const int valueLeft = stacked ? margin + gap : margin + nameWidth + gap;
        const QRect valueBox(valueLeft, y, width() - margin - valueLeft, line);
        painter.setFont(bold);
        const QString shownValue = boldMetrics.elidedText(value, Qt::ElideRight, valueBox.width());
        painter.drawText(valueBox, Qt::AlignLeft | Qt::AlignVCenter, shownValue);
        // What was drawn, not a width compared: the two measure differently.
        if (shownValue != value || shownName != name || valueBox.bottom() > height()) // or below the bottom edge
            elided_.add(name + QStringLiteral(": ") + value, QRectF(0, rowTop, width(), y + line - rowTop));
        y += line;
    }
    if (!note_.isEmpty()) {
        painter.setFont(style::tickFont());
        painter.drawText(QRect(margin, y + 6, width() - 2 * margin, height() - y - 6), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                         note_);
    }
}

} // namespace gradus

namespace gradus {
bool NumberTable::event(QEvent* event) { return showElidedToolTip(this, event, elided_) || QWidget::event(event); }
} // namespace gradus
