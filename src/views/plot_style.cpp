#include "plot_style.h"

#include <algorithm>

#include <QApplication>

#include <cmath>

namespace gradus::style {

const QList<QColor>& categoricalColors()
{
    static const QList<QColor> colors = {QColor(0, 114, 178),  QColor(213, 94, 0),   QColor(0, 158, 115),
                                         QColor(204, 121, 167), QColor(230, 159, 0), QColor(86, 180, 233),
                                         QColor(0, 0, 0),       QColor(240, 228, 66)};
    return colors;
}

QColor categoricalColor(int index) { return categoricalColors()[index % categoricalColors().size()]; }

QColor axisColor() { return QColor(40, 40, 40); }
QColor gridColor() { return QColor(0, 0, 0, 28); }
QColor textColor() { return QColor(20, 20, 20); }
QColor errorColor() { return QColor(200, 30, 30); }

namespace {
QFont figureFont(double pixelSize, bool bold)
{
    // Pixel sizes, not points: exports scale with the figure, not with the screen's DPI.
    QFont font = QApplication::font();
    font.setPixelSize(int(std::lround(pixelSize)));
    font.setBold(bold);
    return font;
}
} // namespace

QFont tickFont() { return figureFont(14, false); }
QFont labelFont() { return figureFont(16, false); }
QFont titleFont() { return figureFont(17, true); }

QColor toQColor(const core::Rgb& rgb) { return QColor(rgb[0], rgb[1], rgb[2]); }

QFont scaledFont(QFont font, double factor)
{
    if (font.pixelSize() > 0)
        font.setPixelSize(std::max(8, int(font.pixelSize() * factor)));
    else
        font.setPointSizeF(std::max(6.0, font.pointSizeF() * factor));
    return font;
}

QString formatTick(double value, double step)
{
    if (value == 0)
        return QStringLiteral("0");
    const double magnitude = std::abs(value);
    if (magnitude >= 1e5 || magnitude < 1e-4)
        return QString::number(value, 'g', 3);
    const int decimals = std::max(0, int(std::ceil(-std::log10(step) - 1e-9)));
    return QString::number(value, 'f', std::min(decimals, 8));
}

QString formatValue(double value)
{
    if (!std::isfinite(value))
        return std::isnan(value) ? QStringLiteral("NaN") : (value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞"));
    return QString::number(value, 'g', 4);
}

} // namespace gradus::style
