#include "plot_style.h"

#include <algorithm>

#include <QApplication>
#include <QPalette>
#include <QWidget>
#include <QStyle>

#include <cmath>

namespace gradus::style {

namespace {

const Theme kLight{ThemeId::Light,       QColor(255, 255, 255), QColor(245, 245, 245), QColor(20, 20, 20),
                   QColor(40, 40, 40),    QColor(0, 0, 0, 28),   QColor(95, 95, 95),    1.0, false};
const Theme kDark{ThemeId::Dark,         QColor(30, 31, 34),    QColor(44, 46, 50),    QColor(235, 235, 235),
                  QColor(200, 200, 200),  QColor(255, 255, 255, 40), QColor(165, 165, 165), 1.0, false};
const Theme kHighContrast{ThemeId::HighContrast, QColor(255, 255, 255), QColor(255, 255, 255), QColor(0, 0, 0),
                          QColor(0, 0, 0),        QColor(0, 0, 0, 70),   QColor(40, 40, 40),    1.5, true};

const Theme* current = &kLight;
double currentFontScale = 1.0;

const Theme& themeOf(ThemeId id)
{
    switch (id) {
    case ThemeId::Dark: return kDark;
    case ThemeId::HighContrast: return kHighContrast;
    case ThemeId::Light: break;
    }
    return kLight;
}

// Views paint from the current style: a repaint is all most of them need.
void repaintEverything()
{
    if (qobject_cast<QApplication*>(QCoreApplication::instance()))
        for (QWidget* widget : QApplication::allWidgets()) {
            widget->updateGeometry();
            widget->update();
        }
}

} // namespace

const Theme& theme() { return *current; }

void setTheme(ThemeId id)
{
    current = &themeOf(id);
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
        app->setPalette(paletteFor(id));
    emit notifier().changed();
    repaintEverything();
}

QString themeName(ThemeId id)
{
    switch (id) {
    case ThemeId::Dark: return QStringLiteral("dark");
    case ThemeId::HighContrast: return QStringLiteral("high-contrast");
    case ThemeId::Light: break;
    }
    return QStringLiteral("light");
}

QString themeTitle(ThemeId id)
{
    switch (id) {
    case ThemeId::Dark: return QCoreApplication::translate("gradus::style", "Dark");
    case ThemeId::HighContrast: return QCoreApplication::translate("gradus::style", "High contrast");
    case ThemeId::Light: break;
    }
    return QCoreApplication::translate("gradus::style", "Light");
}

std::optional<ThemeId> themeFromName(const QString& name)
{
    for (ThemeId id : allThemes())
        if (themeName(id) == name.trimmed().toLower())
            return id;
    return std::nullopt;
}

QList<ThemeId> allThemes() { return {ThemeId::Light, ThemeId::Dark, ThemeId::HighContrast}; }

QPalette paletteFor(ThemeId id)
{
    if (id != ThemeId::Dark)
        return QApplication::style() ? QApplication::style()->standardPalette() : QPalette();
    const Theme& t = themeOf(id);
    QPalette palette;
    palette.setColor(QPalette::Window, t.background);
    palette.setColor(QPalette::WindowText, t.text);
    palette.setColor(QPalette::Base, QColor(22, 23, 25));
    palette.setColor(QPalette::AlternateBase, t.plotBackground);
    palette.setColor(QPalette::Text, t.text);
    palette.setColor(QPalette::Button, QColor(50, 52, 56));
    palette.setColor(QPalette::ButtonText, t.text);
    palette.setColor(QPalette::ToolTipBase, QColor(50, 52, 56));
    palette.setColor(QPalette::ToolTipText, t.text);
    palette.setColor(QPalette::PlaceholderText, t.muted);
    palette.setColor(QPalette::Highlight, QColor(42, 130, 218));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(86, 180, 233));
    palette.setColor(QPalette::BrightText, QColor(255, 90, 90));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(120, 120, 120));
    return palette;
}

double fontScale() { return currentFontScale; }

void setFontScale(double scale)
{
    currentFontScale = std::clamp(scale, 0.5, 3.0);
    emit notifier().changed();
    repaintEverything();
}

StyleNotifier& notifier()
{
    static StyleNotifier instance;
    return instance;
}

QColor background() { return theme().background; }
QColor plotBackground() { return theme().plotBackground; }
QColor halo(int alpha)
{
    QColor color = theme().background;
    color.setAlpha(alpha);
    return color;
}
QColor mutedColor() { return theme().muted; }
double lineWidth(double width) { return width * theme().lineScale; }

QColor onBackground(const QColor& color)
{
    if (theme().id != ThemeId::Dark)
        return color;
    const QColor hsl = color.toHsl();
    QColor result;
    if (hsl.hslSaturation() < 40) // greys keep their order: dark ink becomes light, faint stays faint
        result.setHsl(hsl.hslHue(), hsl.hslSaturation(), std::max(70, 255 - hsl.lightness()), color.alpha());
    else if (0.2126 * color.red() + 0.7152 * color.green() + 0.0722 * color.blue() < 110) // dark to the eye: lifted, hue kept
        result.setHsl(hsl.hslHue(), hsl.hslSaturation(), 130 + (hsl.lightness() * 60) / 130, color.alpha());
    else
        return color;
    return result.toRgb();
}

const QList<QColor>& categoricalColors()
{
    // Okabe–Ito; on the dark theme its black becomes light grey and its darkest blue a lighter one.
    static const QList<QColor> light = {QColor(0, 114, 178),  QColor(213, 94, 0),   QColor(0, 158, 115),
                                        QColor(204, 121, 167), QColor(230, 159, 0), QColor(86, 180, 233),
                                        QColor(0, 0, 0),       QColor(240, 228, 66)};
    static const QList<QColor> dark = {QColor(60, 160, 230),  QColor(235, 120, 30), QColor(0, 190, 140),
                                       QColor(220, 140, 185), QColor(240, 175, 20), QColor(120, 200, 245),
                                       QColor(225, 225, 225), QColor(240, 228, 66)};
    return theme().id == ThemeId::Dark ? dark : light;
}

QColor categoricalColor(int index) { return categoricalColors()[index % categoricalColors().size()]; }

QColor axisColor() { return theme().axis; }
QColor gridColor() { return theme().grid; }
QColor textColor() { return theme().text; }
QColor errorColor() { return theme().id == ThemeId::Dark ? QColor(255, 95, 95) : QColor(200, 30, 30); }

namespace {
QFont figureFont(double pixelSize, bool bold)
{
    // Pixel sizes, not points: exports scale with the figure, not with the screen's DPI.
    QFont font = QApplication::font();
    font.setPixelSize(int(std::lround(pixelSize * currentFontScale)));
    font.setBold(bold || current->boldText);
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

QString formatBytes(double bytes)
{
    if (bytes < 1e3)
        return QStringLiteral("%1 B").arg(bytes, 0, 'f', 0);
    if (bytes < 1e6)
        return QStringLiteral("%1 kB").arg(bytes / 1e3, 0, 'f', 1);
    return QStringLiteral("%1 MB").arg(bytes / 1e6, 0, 'f', 2);
}

QString formatValue(double value)
{
    if (!std::isfinite(value))
        return std::isnan(value) ? QStringLiteral("NaN") : (value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞"));
    return QString::number(value, 'g', 4);
}

} // namespace gradus::style
