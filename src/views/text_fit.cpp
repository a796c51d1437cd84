#include "text_fit.h"

#include "plot_style.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QToolTip>
#include <QWidget>

namespace gradus {

namespace {

// Greedy word wrap; a word wider than the line stays whole (and is elided later if it must be).
QStringList wrapped(const QString& text, const QFontMetricsF& metrics, double width)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (line.isEmpty() || metrics.horizontalAdvance(candidate) <= width)
            line = candidate;
        else {
            lines << line;
            line = word;
        }
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    return lines;
}

bool fits(const QStringList& lines, const QFontMetricsF& metrics, double width)
{
    for (const QString& line : lines)
        if (metrics.horizontalAdvance(line) > width)
            return false;
    return true;
}

} // namespace

double FittedText::lineHeight() const { return QFontMetricsF(font).height(); }

FittedText fitText(const QString& text, const QFont& font, double width, int maxLines)
{
    const QFont smaller = style::scaledFont(font, 0.9), smallest = style::scaledFont(font, kMinimumTextFactor);
    for (const QFont& candidate : {font, smaller})
        if (QFontMetricsF(candidate).horizontalAdvance(text) <= width)
            return {candidate, {text}, false};
    if (maxLines > 1)
        for (const QFont& candidate : {font, smaller, smallest}) {
            const QFontMetricsF metrics(candidate);
            const QStringList lines = wrapped(text, metrics, width);
            if (lines.size() <= maxLines && fits(lines, metrics, width))
                return {candidate, lines, false};
        }
    return wrapText(text, smallest, width, maxLines);
}

FittedText wrapText(const QString& text, const QFont& font, double width, int maxLines)
{
    const QFontMetricsF metrics(font);
    QStringList lines = maxLines > 1 ? wrapped(text, metrics, width) : QStringList{text};
    if (lines.size() > maxLines) {
        const QStringList rest = lines.mid(maxLines - 1);
        lines = lines.mid(0, maxLines - 1);
        lines << rest.join(u' ');
    }
    bool elided = false;
    for (QString& line : lines)
        if (metrics.horizontalAdvance(line) > width) {
            line = metrics.elidedText(line, Qt::ElideRight, width);
            elided = true;
        }
    return {font, lines, elided};
}

QStringList ElidedTexts::texts() const
{
    QStringList texts;
    for (const auto& entry : entries_)
        texts << entry.second;
    return texts;
}

QString ElidedTexts::at(const QPointF& point) const
{
    for (const auto& [where, whole] : entries_)
        if (where.contains(point))
            return whole;
    return {};
}

bool showElidedToolTip(QWidget* view, QEvent* event, const ElidedTexts& elided)
{
    if (event->type() != QEvent::ToolTip)
        return false;
    const auto* help = static_cast<QHelpEvent*>(event);
    const QString whole = elided.at(help->pos());
    if (whole.isEmpty())
        return false;
    QToolTip::showText(help->globalPos(), whole, view);
    return true;
}

QStringList elidedTextsUnder(const QWidget* root)
{
    QStringList texts;
    QList<const QWidget*> widgets{root};
    for (const QWidget* child : root->findChildren<QWidget*>())
        widgets << child;
    for (const QWidget* widget : widgets)
        if (const auto* view = dynamic_cast<const ReportsElidedText*>(widget); view && widget->isVisible())
            texts += view->elidedTexts();
    return texts;
}

} // namespace gradus
