#pragma once
// Name–value rows painted directly ("Ratio  19.6 %"), for numbers that change on every frame.
// Unlike a rich-text QLabel, new values never change the widget's size hint, so a frame repaints
// this widget alone instead of re-laying out the whole figure.

#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

#include "views/text_fit.h"

namespace gradus {

class NumberTable : public QWidget, public ReportsElidedText {
    Q_OBJECT
public:
    QStringList elidedTexts() const override { return elided_.texts(); }
    explicit NumberTable(QWidget* parent = nullptr);

    void setRows(const QList<QPair<QString, QString>>& rows);
    // A smaller line of text under the rows (e.g. how the numbers were computed); empty for none.
    void setNote(const QString& note);

    QSize sizeHint() const override { return {320, 260}; }
    QSize minimumSizeHint() const override { return {160, 120}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override; // tooltips: the whole text where some was cut short

private:
    ElidedTexts elided_; // in the last paint
    QList<QPair<QString, QString>> rows_;
    QString note_;
};

} // namespace gradus
