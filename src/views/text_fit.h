#pragma once
// Figure text that must fit a width without hiding the number it carries: a smaller font first, then a
// second line, and only then an ellipsis, which is recorded (the tooltip shows the whole text, and the
// screen-size tests fail on it).

#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <QVector>

QT_BEGIN_NAMESPACE
class QEvent;
class QWidget;
QT_END_NAMESPACE

namespace gradus {

struct FittedText {
    QFont font;
    QStringList lines;
    bool elided = false;
    double lineHeight() const;
    double height() const { return lines.size() * lineHeight(); }
};

// The smallest a figure's text may become to fit, as a fraction of its designed size.
inline constexpr double kMinimumTextFactor = 0.8;

// `text` in `width` at `font`: one line at full size, one line a step smaller, then up to `maxLines`
// lines broken at spaces (full size, then smaller down to kMinimumTextFactor); the last line is elided
// only if even that does not fit.
FittedText fitText(const QString& text, const QFont& font, double width, int maxLines = 2);
// `text` at `font` on up to `maxLines` lines broken at spaces, the last one elided if it must be.
FittedText wrapText(const QString& text, const QFont& font, double width, int maxLines);

// What a view had to cut short when it last painted, and where.
class ElidedTexts {
public:
    void clear() { entries_.clear(); }
    void add(const QString& whole, const QRectF& where) { entries_.append({where, whole}); }
    QStringList texts() const;
    // The whole text cut short at `point`, or an empty string.
    QString at(const QPointF& point) const;

private:
    QVector<QPair<QRectF, QString>> entries_;
};

// For a view's event(): a tooltip event over text cut short shows the whole text (true: handled);
// elsewhere the view's own tooltip, if any, applies.
bool showElidedToolTip(QWidget* view, QEvent* event, const ElidedTexts& elided);

// Every view that may shorten text says what it shortened.
class ReportsElidedText {
public:
    virtual ~ReportsElidedText() = default;
    virtual QStringList elidedTexts() const = 0;
};

// What the views under `root` (a figure) have cut short.
QStringList elidedTextsUnder(const QWidget* root);

} // namespace gradus
