#include "double_descent_lesson.h"

#include "core/functions/formula.h"
#include "double_descent_figure.h"
#include "framework/errors.h"
#include "framework/json_numbers.h"
#include "io/csv_table.h"

#include <QFileInfo>
#include <QJsonArray>

#include <cmath>
#include <random>

namespace gradus {

namespace {


} // namespace

QString DoubleDescentResult::frameLabel(int frame) const
{
    return QCoreApplication::translate("gradus::DoubleDescentResult", "degree %1 of %2").arg(frame).arg(frameCount() - 1);
}

DoubleDescentLesson::DoubleDescentLesson()
{
    const QString data = tr("Data");
    const QString fit = tr("Fit");
    schema_.add(ParamSpec::choice("function", tr("Function"), QStringLiteral("sin"),
                                  {{"sin", QStringLiteral("sin(4.5x)")},
                                   {"runge", QStringLiteral("1/(1 + 25x²)")},
                                   {"abs", QStringLiteral("|x|")},
                                   {"step", tr("step at 0")},
                                   {"formula", tr("Your formula f(x)")}})
                    .withHelp(tr("The function the points are sampled from, on [−1, 1]. The seed uses sin(4.5x)."))
                    .inGroup(data));
    schema_.add(ParamSpec::text("formula", tr("f(x) ="), QStringLiteral("x^3 - x"))
                    .withHelp(tr("Any formula in x, e.g. exp(-x^2)*cos(6*x)."))
                    .relevantWhen("function", {"formula"})
                    .inGroup(data));
    schema_.add(ParamSpec::file("data", tr("Your points (CSV)"), tr("Tables (*.csv *.tsv *.txt)"))
                    .withHelp(tr("Two columns x, y. They become the training points (x mapped onto [−1, 1]); there is no test set then."))
                    .inGroup(data));
    schema_.add(ParamSpec::integer("n_train", tr("Training points"), 50, 2, 1000).inGroup(data)
                    .withHelp(tr("The interpolation threshold is at degree n_train − 1.")));
    schema_.add(ParamSpec::integer("n_test", tr("Test points"), 100, 2, 5000).inGroup(data)
                    .withHelp(tr("Noiseless test points on an even grid.")));
    schema_.add(ParamSpec::real("noise", tr("Noise σ"), 0.25, 0, 5, 3).inGroup(data)
                    .withHelp(tr("Gaussian noise on the training points (numpy's generator, so the seed's data are reproduced exactly).")));
    schema_.add(ParamSpec::integer("seed", tr("Random seed"), 8, 0, 2147483647).inGroup(data));
    schema_.add(ParamSpec::choice("grid", tr("Training x"), QStringLiteral("even"),
                                  {{"even", tr("Even grid (linspace)")}, {"random", tr("Uniform random")}})
                    .inGroup(data));
    schema_.add(ParamSpec::integer("max_degree", tr("Largest degree"), 100, 1, 300).inGroup(fit)
                    .withHelp(tr("The curve is computed for every degree from 0 to this.")));
    schema_.add(ParamSpec::integer("degree", tr("Degree D"), 100, 0, 300).inGroup(fit)
                    .withHelp(tr("The fit shown on the left. The same as the player's slider.")));
    schema_.add(ParamSpec::real("ridge", tr("Ridge λ"), 0, 0, 10, 6).inGroup(fit)
                    .withSpecialValue(tr("none"))
                    .withHelp(tr("Adds λ‖β‖² to the loss: the peak at the threshold disappears.")));
}

QString DoubleDescentLesson::title() const { return tr("Double descent of polynomial regression"); }
QString DoubleDescentLesson::topic() const { return tr("Machine learning"); }
QString DoubleDescentLesson::summary() const
{
    return tr("Minimum-norm Chebyshev regression: the test error peaks where the model starts to interpolate, then falls again.");
}

QList<LessonPreset> DoubleDescentLesson::presets() const
{
    return {
        {"threshold", tr("At the threshold: D + 1 = 50"), {"degree=49"}},
        {"ridge", tr("Ridge λ = 0.001 flattens the peak"), {"ridge=0.001"}},
        {"runge", tr("Runge's function"), {"function=runge", "noise=0.05"}},
        {"no-noise", tr("No noise: a milder peak"), {"noise=0"}},
        // double_descent_visualization.ipynb is the default: np.random.seed(8), 50 noisy samples of sin 4.5x.
        {"seed", tr("As in the original post: degrees 0 to 100"), {}},
    };
}

ResultPtr DoubleDescentLesson::compute(const ParamValues& params, core::ComputeControl* control) const
{
    auto result = std::make_shared<DoubleDescentResult>();
    const QString function = params.text("function");
    if (function == u"formula") {
        try {
            auto formula = std::make_shared<core::Formula>(params.text("formula").toStdString());
            result->truth = [formula](double x) { return formula->value({x, 0.0}); };
        } catch (const core::FormulaError& e) {
            throw UsageError(tr("the formula does not parse at character %1: %2").arg(e.position() + 1).arg(QString::fromUtf8(e.what())));
        }
    } else if (function == u"runge") {
        result->truth = [](double x) { return 1.0 / (1.0 + 25.0 * x * x); };
    } else if (function == u"abs") {
        result->truth = [](double x) { return std::abs(x); };
    } else if (function == u"step") {
        result->truth = [](double x) { return x < 0 ? 0.0 : 1.0; };
    } else {
        result->truth = [](double x) { return std::sin(4.5 * x); };
    }

    const QString path = params.text("data").trimmed();
    if (!path.isEmpty()) {
        const NumericTable table = readNumericCsv(path, 2);
        const auto [lo, hi] = std::minmax_element(table.columns[0].begin(), table.columns[0].end());
        const double span = *hi > *lo ? *hi - *lo : 1.0;
        for (int i = 0; i < table.rowCount(); ++i) {
            result->xTrain.push_back(2.0 * (table.columns[0][i] - *lo) / span - 1.0);
            result->yTrain.push_back(table.columns[1][i]);
        }
        result->truth = nullptr;
        result->dataSource = QFileInfo(path).fileName();
    } else {
        const int n = params.integer("n_train");
        const auto seed = std::uint32_t(params.integer("seed"));
        result->xTrain = params.text("grid") == u"random" ? core::regression::numpyLegacyUniform(seed + 1, -1, 1, n)
                                                          : core::regression::linspace(-1, 1, n);
        const std::vector<double> noise = core::regression::numpyLegacyNormal(seed, params.real("noise"), n);
        for (int i = 0; i < n; ++i)
            result->yTrain.push_back(result->truth(result->xTrain[size_t(i)]) + noise[size_t(i)]);
        result->xTest = core::regression::linspace(-1, 1, params.integer("n_test"));
        for (double x : result->xTest)
            result->yTest.push_back(result->truth(x));
        for (double y : result->yTrain)
            if (!std::isfinite(y))
                throw UsageError(tr("the function is not finite everywhere on [−1, 1] (e.g. a division by zero): pick another"));
    }
    result->ridge = params.real("ridge");
    result->curve = core::regression::doubleDescent(result->xTrain, result->yTrain, result->xTest, result->yTest,
                                                    params.integer("max_degree"), result->ridge, control);
    return result;
}

QJsonObject DoubleDescentLesson::toJson(const DoubleDescentResult& result, int frame) const
{
    const int degree = frame;
    QJsonArray degrees;
    for (int d : result.curve.degrees)
        degrees.append(d);
    return QJsonObject{
        {"degrees", degrees},
        {"train_mse", jsonNumbers(result.curve.trainMse)},
        {"test_mse", result.xTest.empty() ? QJsonValue() : QJsonValue(jsonNumbers(result.curve.testMse))},
        {"coef_norm", jsonNumbers(result.curve.coefficientNorm)},
        {"x_train", jsonNumbers(result.xTrain)},
        {"y_train", jsonNumbers(result.yTrain)},
        {"x_test", jsonNumbers(result.xTest)},
        {"y_test", jsonNumbers(result.yTest)},
        {"degree", degree},
        {"coefficients", jsonNumbers(result.curve.coefficients[size_t(degree)])},
        {"threshold_degree", result.threshold()},
        {"ridge", result.ridge},
        {"data_source", result.dataSource.isEmpty() ? QJsonValue() : QJsonValue(result.dataSource)},
    };
}

LessonFigure* DoubleDescentLesson::createFigure(QWidget* parent) const { return new DoubleDescentFigure(parent); }

} // namespace gradus
