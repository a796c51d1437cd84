#include "matrix_strip.h"

#include "plot_style.h"
#include "text_fit.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace gradus {

QString formatEntry(double value)
{
    if (std::abs(value) < 5e-4)
        return QStringLiteral("0");
    QString text = QString::number(value, 'f', 3);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text.replace(QLatin1Char('-'), QChar(0x2212));
}

MatrixStrip::MatrixStrip(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void MatrixStrip::setMatrices(const QVector<LabelledMatrix>& matrices)
{
    matrices_ = matrices;
    update();
}

void MatrixStrip::setNote(const QString& note)
{
    note_ = note;
    update();
}

void MatrixStrip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), style::background());
    painter.setRenderHint(QPainter::Antialiasing);
    if (matrices_.isEmpty())
        return;
    QFont numbers = style::labelFont();
    QFont labels = style::labelFont();
    labels.setBold(true);
    // Shrink the numbers until the whole row fits the width.
    elided_.clear();
    const FittedText note = fitText(note_, style::labelFont(), width() - 16);
    const double noteHeight = note_.isEmpty() ? 0 : note.height() + 6;
    double cellWidth = 0, cellHeight = 0, gap = 0, labelWidth = 0;
    for (int attempt = 0; attempt < 12; ++attempt) {
        const QFontMetricsF metrics(numbers);
        cellWidth = 0;
        for (const LabelledMatrix& m : matrices_)
            for (const QVector<double>& row : m.rows)
                for (double v : row)
                    cellWidth = std::max(cellWidth, metrics.horizontalAdvance(formatEntry(v)));
        cellWidth += metrics.horizontalAdvance(QStringLiteral("00"));
        cellHeight = metrics.height() + 2;
        gap = metrics.horizontalAdvance(QStringLiteral("MM"));
        labelWidth = 0;
        double total = 0;
        for (const LabelledMatrix& m : matrices_) {
            const double label = QFontMetricsF(labels).horizontalAdvance(m.label + QStringLiteral(" = "));
            labelWidth = std::max(labelWidth, label);
            total += label + (m.rows.isEmpty() ? 0 : m.rows.first().size()) * cellWidth + 16 + gap;
        }
        const double tallest = 3 * cellHeight + noteHeight + 12;
        if (total <= width() - 8 && tallest <= height())
            break;
        numbers = style::scaledFont(numbers, 0.9), labels = style::scaledFont(labels, 0.9);
    }
    double x = 8;
    const double top = std::max(6.0, (height() - noteHeight - 3 * cellHeight) / 2);
    for (const LabelledMatrix& m : matrices_) {
        const int rows = int(m.rows.size()), columns = rows ? int(m.rows.first().size()) : 0;
        const double blockHeight = rows * cellHeight;
        const QString label = m.label + QStringLiteral(" = ");
        painter.setFont(labels);
        painter.setPen(m.color);
        const double labelAdvance = QFontMetricsF(labels).horizontalAdvance(label);
        painter.drawText(QRectF(x, top, labelAdvance, blockHeight), Qt::AlignVCenter | Qt::AlignLeft, label);
        x += labelAdvance;
        // Brackets.
        painter.setPen(QPen(style::textColor(), 1.5));
        const double left = x + 3, right = x + 10 + columns * cellWidth;
        for (double edge : {left, right}) {
            const double tick = edge == left ? 5 : -5;
            painter.drawLine(QPointF(edge, top), QPointF(edge, top + blockHeight));
            painter.drawLine(QPointF(edge, top), QPointF(edge + tick, top));
            painter.drawLine(QPointF(edge, top + blockHeight), QPointF(edge + tick, top + blockHeight));
        }
        painter.setFont(numbers);
        painter.setPen(style::textColor());
        for (int i = 0; i < rows; ++i)
            for (int j = 0; j < columns; ++j)
                painter.drawText(QRectF(x + 6 + j * cellWidth, top + i * cellHeight, cellWidth, cellHeight),
                                 Qt::AlignRight | Qt::AlignVCenter, formatEntry(m.rows[i][j]));
        x = right + 6 + gap;
    }
    if (!note_.isEmpty()) {
        painter.setFont(note.font);
        painter.setPen(style::textColor());
        const QRectF box(8, top + 3 * cellHeight + 8, width() - 16, noteHeight);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, note.lines.join(u'\n'));
        if (note.elided || box.bottom() > height() + 1)
            elided_.add(note_, box);
    }
}

} // namespace gradus

namespace gradus {
bool MatrixStrip::event(QEvent* event) { return showElidedToolTip(this, event, elided_) || QWidget::event(event); }
} // namespace gradus
