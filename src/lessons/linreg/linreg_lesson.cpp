#include "linreg_lesson.h"

#include "framework/errors.h"
#include "framework/json_numbers.h"
#include "io/csv_table.h"
#include "linreg_figure.h"

#include <QFileInfo>
#include <QJsonArray>

namespace gradus {

LinRegLesson::LinRegLesson()
{
    const QString data = tr("Data");
    const QString descent = tr("Gradient descent");
    schema_.add(ParamSpec::file("data", tr("Your data (CSV)"), tr("Tables (*.csv *.tsv *.txt)"))
                    .withHelp(tr("Two numeric columns x, y (header optional). When set, it replaces the generated points."))
                    .inGroup(data));
    schema_.add(ParamSpec::integer("n", tr("Points"), 50, 1, 100000).withHelp(tr("Number of generated points.")).inGroup(data));
    schema_.add(ParamSpec::real("w_true", tr("True slope w"), 2.0, -100, 100, 2).withStep(0.1)
                    .withHelp(tr("Slope of the line the points are generated from.")).inGroup(data));
    schema_.add(ParamSpec::real("b_true", tr("True intercept b"), 1.0, -100, 100, 2).withStep(0.1)
                    .withHelp(tr("Intercept of the line the points are generated from.")).inGroup(data));
    schema_.add(ParamSpec::real("noise", tr("Noise σ"), 0.5, 0, 100, 2).withStep(0.1)
                    .withHelp(tr("Standard deviation of the Gaussian noise added to y.")).inGroup(data));
    schema_.add(ParamSpec::real("x_min", tr("x from"), 0.0, -1000, 1000, 2)
                    .withHelp(tr("Generated x are uniform between 'x from' and 'x to'. Moving the range away from zero makes the problem worse conditioned.")).inGroup(data));
    schema_.add(ParamSpec::real("x_max", tr("x to"), 3.0, -1000, 1000, 2)
                    .withHelp(tr("Generated x are uniform between 'x from' and 'x to'.")).inGroup(data));
    schema_.add(ParamSpec::integer("seed", tr("Random seed"), 1, 0, 1'000'000'000)
                    .withHelp(tr("The same seed always gives the same points.")).inGroup(data));
    schema_.add(ParamSpec::real("lr", tr("Learning rate"), 0.25, 1e-4, 10, 4).logScale()
                    .withHelp(tr("Step size of gradient descent. Descent converges only below 2/λ_max of the Hessian; try values just above it.")).inGroup(descent));
    schema_.add(ParamSpec::integer("iters", tr("Iterations"), 60, 1, 10000).withHelp(tr("Number of gradient steps.")).inGroup(descent));
    schema_.add(ParamSpec::point("start", tr("Start (w, b)"), QPointF(-1.0, 5.0), -1e4, 1e4, 3)
                    .withHelp(tr("Initial parameters. Click on the loss map to choose a start.")).inGroup(descent));
    schema_.add(ParamSpec::boolean("standardize", tr("Standardize x"), false)
                    .withHelp(tr("Centre x and scale it to unit variance before descent: the loss contours become circles and descent goes straight to the optimum.")).inGroup(descent));
    schema_.add(ParamSpec::boolean("directions", tr("Show descent directions −∇L"), false)
                    .withHelp(tr("Arrows of the steepest-descent direction on the map. They cross the level lines at right angles, so in a long valley they point across it, not towards the optimum.")).inGroup(descent));
}

QList<LessonPreset> LinRegLesson::presets() const
{
    return {
        {"zigzag", tr("Zig-zag just below the stable limit"), {}},
        {"diverge", tr("Just above 2/λ_max: divergence"), {"lr=0.3", "iters=40"}},
        {"ill-conditioned", tr("Far from zero: a long, thin valley"), {"x_min=4", "x_max=7", "lr=0.02", "iters=300", "directions=true"}},
        {"standardized", tr("Standardized x: straight to the optimum"), {"x_min=4", "x_max=7", "standardize=true", "lr=0.3", "iters=30", "directions=true"}},
        // GD_2d_visualization.ipynb: 100 points, x uniform in [−0.5, 0.5), y = 3x + 4 + 0.2·noise (its draws
        // come from JAX's generator, ours from our own), step 0.1 on ‖Xw − y‖²/(2N), which is 0.05 on our
        // mean squared error, 500 steps from (0.5, 3).
        {"seed", tr("As in the original post: step 0.1 on ½·MSE, 500 steps"),
         {"n=100", "w_true=3", "b_true=4", "noise=0.2", "x_min=-0.5", "x_max=0.5", "lr=0.05", "iters=500", "start=0.5,3"}},
    };
}

QString LinRegLesson::title() const { return tr("Linear regression by gradient descent"); }
QString LinRegLesson::topic() const { return tr("Foundations"); }
QString LinRegLesson::summary() const
{
    return tr("Fit y = w·x + b by gradient descent: the data, the loss landscape over (w, b) and the path to the optimum.");
}

double LinRegResult::predict(const core::Vec2& theta, double x) const
{
    const double feature = standardized ? (x - standardization.shift) / standardization.scale : x;
    return theta[0] * feature + theta[1];
}

ResultPtr LinRegLesson::compute(const ParamValues& params, core::ComputeControl* control) const
{
    auto result = std::make_shared<LinRegResult>();
    const QString path = params.text("data").trimmed();
    if (!path.isEmpty()) {
        const NumericTable table = readNumericCsv(path, 2);
        result->data.x.assign(table.columns[0].begin(), table.columns[0].end());
        result->data.y.assign(table.columns[1].begin(), table.columns[1].end());
        result->dataSource = QFileInfo(path).fileName();
    } else {
        result->data = core::makeLinearData(params.integer("n"), params.real("w_true"), params.real("b_true"),
                                            params.real("noise"), params.real("x_min"), params.real("x_max"),
                                            std::uint64_t(params.integer("seed")));
    }

    result->standardized = params.boolean("standardize");
    std::vector<double> features = result->data.x;
    if (result->standardized) {
        result->standardization = core::standardizationOf(features);
        features = core::applyStandardization(features, result->standardization);
    }
    result->problem = std::make_shared<core::LinRegProblem>(features, result->data.y);
    result->learningRate = params.real("lr");
    result->showDirections = params.boolean("directions");
    const QPointF start = params.point("start");
    result->path = core::gradientDescent(*result->problem, {start.x(), start.y()}, result->learningRate,
                                         params.integer("iters"), control);
    return result;
}

QJsonObject LinRegLesson::toJson(const LinRegResult& result, int frame) const
{
    const core::LinRegProblem& problem = *result.problem;
    QJsonArray path;
    for (const core::Vec2& p : result.path.points)
        path.append(jsonNumbers(p));
    const auto h = problem.hessian();
    const int step = frame;
    const core::Vec2& current = result.path.points[std::size_t(step)];
    QJsonObject json{
        {"x", jsonNumbers(result.data.x)},
        {"y", jsonNumbers(result.data.y)},
        {"path", path},
        {"loss", jsonNumbers(result.path.loss)},
        {"optimum", jsonNumbers(problem.optimum())},
        {"optimum_unique", problem.optimumUnique()},
        {"loss_optimum", problem.optimalLoss()},
        {"hessian", QJsonArray{QJsonArray{h[0], h[1]}, QJsonArray{h[1], h[2]}}},
        {"hessian_eigenvalues", jsonNumbers(problem.hessianEigenvalues())},
        {"lr_max_stable", problem.largestStableStep()},
        {"diverged", result.path.diverged},
        {"diverged_at_step", result.path.diverged ? QJsonValue(result.path.divergedAtStep) : QJsonValue()},
        {"stop_reason", QString::fromStdString(result.path.stopReason)},
        {"standardization", result.standardized ? QJsonValue(QJsonObject{{"shift", result.standardization.shift},
                                                                          {"scale", result.standardization.scale}})
                                                : QJsonValue()},
        {"data_source", result.dataSource.isEmpty() ? QJsonValue() : QJsonValue(result.dataSource)},
        {"current", QJsonObject{{"step", step}, {"w", current[0]}, {"b", current[1]},
                                {"loss", result.path.loss[std::size_t(step)]}}},
    };
    return json;
}

LessonFigure* LinRegLesson::createFigure(QWidget* parent) const { return new LinRegFigure(parent); }

} // namespace gradus
