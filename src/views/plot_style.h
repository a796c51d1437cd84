#pragma once
// Shared look of every figure: fonts sized for a projected slide, colours that survive a projector.

#include "core/plot/colormap.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

namespace gradus::style {

// Okabe–Ito: distinguishable for the common colour-vision deficiencies and on washed-out projectors.
const QList<QColor>& categoricalColors();
QColor categoricalColor(int index);

QColor axisColor();
QColor gridColor();
QColor textColor();
QColor errorColor();

QFont tickFont();
QFont labelFont();
QFont titleFont();

QColor toQColor(const core::Rgb& rgb);
// The font at `factor` of its size (figure fonts are sized in pixels), never below 8 pixels.
QFont scaledFont(QFont font, double factor);

// Tick label with as many decimals as the tick step needs ("0.25", "1e+04" for large values).
QString formatTick(double value, double step);
// Compact number for legends and status text: 4 significant digits.
QString formatValue(double value);

} // namespace gradus::style
