#include "training_figure.h"

#include "views/chart_panel.h"
#include "views/plot_style.h"

#include <algorithm>
#include <map>

namespace gradus {

namespace {

QColor methodColor(const QString& key)
{
    static const std::map<QString, QColor> colors{
        {QStringLiteral("sgd"), QColor(213, 94, 0)},     {QStringLiteral("momentum"), QColor(0, 114, 178)},
        {QStringLiteral("nesterov"), QColor(0, 158, 115)}, {QStringLiteral("adam"), QColor(204, 60, 150)},
        {QStringLiteral("adamw"), QColor(100, 40, 150)},   {QStringLiteral("lion"), QColor(140, 110, 0)},
    };
    const auto it = colors.find(key);
    return it != colors.end() ? it->second : QColor(40, 40, 40);
}

} // namespace

TrainingFigure::TrainingFigure(QWidget* parent) : FigureOf(parent)
{
    loss_ = new ChartPanel(this);
    loss_->setLogY(true);
    loss_->setLegendOnRight(true);
    accuracy_ = new ChartPanel(this);
    accuracy_->setLegendVisible(false);
    accuracy_->setYFloor(0);
    accuracy_->setYCeiling(100);
    // One above the other at full width: the legend beside the loss has room for every method and its rate.
    addPane(QStringLiteral("loss"), loss_, {.row = 0, .column = 0});
    addPane(QStringLiteral("accuracy"), accuracy_, {.row = 1, .column = 0});
}

void TrainingFigure::showResult(const TrainingResult& r)
{
    if (r.mode == TrainingMode::Sweep)
        return; // every frame draws its epoch's values
    loss_->setLogX(false);
    accuracy_->setLogX(false);
    const QString x = r.againstSeconds ? tr("training time, s") : tr("epoch");
    loss_->setAxisTitles(x, tr("cross-entropy loss"));
    accuracy_->setAxisTitles(x, tr("accuracy, %"));
    QVector<ChartSeries> losses, accuracies;
    for (const TrainingCurve& run : r.runs) {
        QVector<QPointF> trainLoss, testLoss, trainAcc, testAcc;
        for (const core::models::EpochRecord& e : run.history) {
            const double t = r.againstSeconds ? e.seconds : e.epoch;
            trainLoss.append(QPointF(t, e.train.loss));
            testLoss.append(QPointF(t, e.test.loss));
            trainAcc.append(QPointF(t, 100 * e.train.accuracy));
            testAcc.append(QPointF(t, 100 * e.test.accuracy));
        }
        const QString name = tr("%1, η = %2%3").arg(TrainingLesson::methodName(run.method), style::formatValue(run.lr), run.diverged ? tr(" (diverged)") : QString());
        losses.append(ChartSeries::line(name, methodColor(run.method), trainLoss));
        losses.append(ChartSeries::line(QString(), methodColor(run.method), testLoss).withDashes());
        accuracies.append(ChartSeries::line(name, methodColor(run.method), testAcc));
        accuracies.append(ChartSeries::line(QString(), methodColor(run.method), trainAcc).withDashes());
    }
    loss_->setSeries(losses);
    accuracy_->setSeries(accuracies);
    const QString progress = r.complete ? QString() : tr(" (training…)");
    loss_->setTitle(tr("Loss on %1 training (solid) and %2 test (dashed) images%3").arg(r.trainSize).arg(r.testSize).arg(progress));
    accuracy_->setTitle(tr("Accuracy: test (solid) and training (dashed), %1").arg(r.modelName));
}

void TrainingFigure::showSweepFrame(const TrainingResult& r)
{
    loss_->setLogX(true);
    accuracy_->setLogX(true);
    loss_->setAxisTitles(tr("learning rate η"), tr("training loss"));
    accuracy_->setAxisTitles(tr("learning rate η"), tr("test accuracy, %"));
    std::map<QString, std::pair<QVector<QPointF>, QVector<QPointF>>> byMethod;
    QStringList order;
    for (const TrainingCurve& run : r.runs) {
        if (!byMethod.count(run.method))
            order << run.method;
        const core::models::EpochRecord& e = TrainingResult::recordAt(run, frame_);
        byMethod[run.method].first.append(QPointF(run.lr, e.train.loss));
        byMethod[run.method].second.append(QPointF(run.lr, 100 * e.test.accuracy));
    }
    QVector<ChartSeries> losses, accuracies;
    for (const QString& method : order) {
        const auto& [loss, accuracy] = byMethod[method];
        losses.append(ChartSeries::line(TrainingLesson::methodName(method), methodColor(method), loss));
        losses.append(ChartSeries::markers(QString(), methodColor(method), loss));
        accuracies.append(ChartSeries::line(TrainingLesson::methodName(method), methodColor(method), accuracy));
        accuracies.append(ChartSeries::markers(QString(), methodColor(method), accuracy));
    }
    loss_->setSeries(losses);
    accuracy_->setSeries(accuracies);
    const int epoch = std::clamp(frame_, 0, r.epochs);
    const QString progress = r.complete ? QString() : tr(" (training…)");
    loss_->setTitle(tr("Training loss after epoch %1 against the learning rate%2").arg(epoch).arg(progress));
    accuracy_->setTitle(tr("Test accuracy after epoch %1, %2").arg(epoch).arg(r.modelName));
}

void TrainingFigure::showFrameOf(const TrainingResult& r)
{
    if (r.mode == TrainingMode::Sweep) {
        showSweepFrame(r);
        return;
    }
    const double x = r.againstSeconds ? NAN : double(std::clamp(frame_, 0, r.epochs));
    loss_->setMarkerX(x);
    accuracy_->setMarkerX(x);
}

} // namespace gradus
