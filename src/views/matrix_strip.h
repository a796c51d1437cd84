#pragma once
// A row of small labelled matrices with brackets ("A = [...]  B = [...]"), painted directly, for
// figures that show the matrices behind a picture.

#include <QColor>
#include <QString>
#include <QVector>
#include <QWidget>

#include "views/text_fit.h"

namespace gradus {

struct LabelledMatrix {
    QString label;
    QVector<QVector<double>> rows;
    QColor color = QColor(34, 34, 34);
};

class MatrixStrip : public QWidget, public ReportsElidedText {
    Q_OBJECT
public:
    QStringList elidedTexts() const override { return elided_.texts(); }
    explicit MatrixStrip(QWidget* parent = nullptr);

    void setMatrices(const QVector<LabelledMatrix>& matrices);
    // A line under the matrices, e.g. "‖AB − BA‖_F = 2.449".
    void setNote(const QString& note);

    QSize sizeHint() const override { return {900, 150}; }
    QSize minimumSizeHint() const override { return {300, 110}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override; // tooltips: the whole text where some was cut short

private:
    ElidedTexts elided_; // in the last paint
    QVector<LabelledMatrix> matrices_;
    QString note_;
};

// A matrix entry as a person writes it: 3 decimals at most, no "-0".
QString formatEntry(double value);

} // namespace gradus
