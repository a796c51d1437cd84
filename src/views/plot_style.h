#pragma once
// Shared look of every figure: fonts sized for a projected slide, colours that survive a projector.

#include "core/plot/colormap.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QPalette;
QT_END_NAMESPACE

namespace gradus::style {

// Light (the default), dark (a dimmed lecture hall) and high contrast (washed-out projectors: pure
// black on white, bold text, thicker lines). Every view reads the current theme when it paints, and
// exports draw with it too.
enum class ThemeId { Light, Dark, HighContrast };

struct Theme {
    ThemeId id;
    QColor background;     // the figure's
    QColor plotBackground; // inside a plot's frame, where no heat map covers it
    QColor text;
    QColor axis;
    QColor grid;
    QColor muted;          // secondary text and marks
    double lineScale;      // multiplies line widths
    bool boldText;
};

const Theme& theme();
// Sets the theme (and the application's palette, when there is a QApplication) and tells every view.
void setTheme(ThemeId id);
QString themeName(ThemeId id); // "light", "dark", "high-contrast"
QString themeTitle(ThemeId id); // translated, for menus
std::optional<ThemeId> themeFromName(const QString& name);
QList<ThemeId> allThemes();
// The widgets' palette that goes with a theme.
QPalette paletteFor(ThemeId id);

// Figure text (labels, ticks, legends) at this multiple of its designed size, independent of the UI
// font; 0.5 to 3. Tells every view.
double fontScale();
void setFontScale(double scale);

// Emits changed() after setTheme or setFontScale: views restyle and repaint.
class StyleNotifier : public QObject {
    Q_OBJECT
signals:
    void changed();
};
StyleNotifier& notifier();

QColor background();
QColor plotBackground();
// The background at `alpha`: halos behind lines and labels, legend boxes.
QColor halo(int alpha);
QColor mutedColor();
// A lesson's colour made visible on the figure background: on the dark theme greys are inverted
// (dark ink turns light, faint marks stay faint) and dark colours lifted above the middle with
// their hue kept; on the other themes colours are kept.
QColor onBackground(const QColor& color);
// A designed line width in the current theme.
double lineWidth(double width);

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
// A storage size in decimal units: "812 B", "2.0 kB", "1.31 MB".
QString formatBytes(double bytes);

} // namespace gradus::style
