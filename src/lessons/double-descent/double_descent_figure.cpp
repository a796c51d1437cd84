#include "double_descent_figure.h"

#include "double_descent_lesson.h"
#include "views/chart_panel.h"
#include "views/plot_style.h"

#include <algorithm>
#include <cmath>

namespace gradus {

namespace {

constexpr int kCurvePoints = 400;
const QColor kTrainColor(0, 114, 178);
const QColor kTestColor(213, 94, 0);
const QColor kTruthColor(60, 60, 60);
const QColor kThresholdColor(0, 158, 115);

// A vertical dashed line at the threshold that spans [lo, hi] without moving the axes.
ChartSeries thresholdLine(double degree, double lo, double hi)
{
    ChartSeries line{QCoreApplication::translate("gradus::DoubleDescentFigure", "D + 1 = n_train"), kThresholdColor,
                     {{degree, lo}, {degree, hi}}};
    line.dashed = true;
    line.fitRange = false;
    return line;
}

std::pair<double, double> positiveRange(const std::vector<double>& values)
{
    double lo = INFINITY, hi = 0;
    for (double x : values)
        if (std::isfinite(x) && x > 0)
            lo = std::min(lo, x), hi = std::max(hi, x);
    return {std::isfinite(lo) ? lo : 1e-3, hi > 0 ? hi : 1.0};
}

} // namespace

DoubleDescentFigure::DoubleDescentFigure(QWidget* parent) : FigureOf(parent)
{
    fit_ = new ChartPanel(this);
    fit_->setAxisTitles(QStringLiteral("x"), QStringLiteral("y"));
    error_ = new ChartPanel(this);
    error_->setTitle(tr("Mean squared error"));
    error_->setAxisTitles(tr("degree D"), QString());
    error_->setLogY(true);
    norm_ = new ChartPanel(this);
    norm_->setTitle(tr("Coefficient norm ‖β‖"));
    norm_->setAxisTitles(tr("degree D"), QString());
    norm_->setLogY(true);
    addPane(QStringLiteral("fit"), fit_, {.row = 0, .column = 0, .rowSpan = 2});
    addPane(QStringLiteral("error"), error_, {.row = 0, .column = 1});
    addPane(QStringLiteral("norm"), norm_, {.row = 1, .column = 1});
    setColumnWeights({1, 1});
}

void DoubleDescentFigure::showResult(const DoubleDescentResult& r)
{
    ChartSeries points{tr("training points"), kTrainColor, {}};
    points.scatter = true;
    for (size_t i = 0; i < r.xTrain.size(); ++i)
        points.points.append(QPointF(r.xTrain[i], r.yTrain[i]));
    ChartSeries truth{tr("true function"), kTruthColor, {}};
    truth.dashed = true;
    if (r.truth)
        for (int i = 0; i <= kCurvePoints; ++i) {
            const double x = -1.0 + 2.0 * i / kCurvePoints;
            truth.points.append(QPointF(x, r.truth(x)));
        }
    // The fit may shoot far off near the threshold: it must not stretch the axes.
    ChartSeries fitted{tr("fit"), kTestColor, {}};
    fitted.fitRange = false;
    fit_->setSeries({truth, points, fitted});

    QVector<ChartSeries> errors;
    ChartSeries train{tr("train"), kTrainColor, {}}, test{tr("test"), kTestColor, {}};
    // The peak can reach 1e16 (the interpolant's huge coefficients): drawn at full height it would
    // squeeze the first descent, the other half of the story, into the bottom decade. Errors above
    // 1e6 × the degree-0 error are drawn at that cap, and the title says so. Train error above the
    // threshold is rounding noise (≈ 1e-30): the axis stops four decades below the best test error.
    const std::vector<double>& reference = r.xTest.empty() ? r.curve.trainMse : r.curve.testMse;
    const double cap = std::max(reference.front(), 1e-12) * 1e6;
    const double best = *std::min_element(reference.begin(), reference.end());
    const double floor = std::max(best * 1e-4, 1e-300);
    const double peak = *std::max_element(reference.begin(), reference.end());
    auto shown = [&](double v) { return std::clamp(v, floor, cap); };
    for (size_t d = 0; d < r.curve.degrees.size(); ++d) {
        train.points.append(QPointF(r.curve.degrees[d], shown(r.curve.trainMse[d])));
        if (!r.xTest.empty())
            test.points.append(QPointF(r.curve.degrees[d], shown(r.curve.testMse[d])));
    }
    error_->setTitle(peak > cap ? tr("MSE (peak %1, drawn up to %2)").arg(style::formatValue(peak), style::formatValue(cap))
                                : tr("Mean squared error"));
    errors << train;
    if (!r.xTest.empty())
        errors << test;
    errors << thresholdLine(r.threshold(), floor, std::min(cap, std::max(peak, floor * 10)));
    error_->setSeries(errors);

    ChartSeries norm{tr("‖β‖"), kTrainColor, {}};
    for (size_t d = 0; d < r.curve.degrees.size(); ++d)
        norm.points.append(QPointF(r.curve.degrees[d], r.curve.coefficientNorm[d]));
    const auto [normLo, normHi] = positiveRange(r.curve.coefficientNorm);
    norm_->setSeries({norm, thresholdLine(r.threshold(), normLo, normHi)});
    norm_->setLegendVisible(false);
    showFrame();
}

void DoubleDescentFigure::showFrameOf(const DoubleDescentResult& r)
{
    const int degree = frame_;
    const std::vector<double>& c = r.curve.coefficients[size_t(degree)];
    QVector<QPointF> curve;
    for (int i = 0; i <= kCurvePoints; ++i) {
        const double x = -1.0 + 2.0 * i / kCurvePoints;
        curve.append(QPointF(x, core::regression::evaluateChebyshev(c, x)));
    }
    fit_->setSeriesPoints(2, curve);
    fit_->setSeriesName(2, tr("fit, degree %1").arg(degree));
    fit_->setTitle(tr("D = %1: train MSE %2, test %3")
                       .arg(degree)
                       .arg(style::formatValue(r.curve.trainMse[size_t(degree)]))
                       .arg(r.xTest.empty() ? QStringLiteral("—") : style::formatValue(r.curve.testMse[size_t(degree)])));
    error_->setMarkerX(degree);
    norm_->setMarkerX(degree);
}

} // namespace gradus
