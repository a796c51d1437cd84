#include "pca_lda_lesson.h"

#include "framework/errors.h"
#include "framework/json_numbers.h"
#include "io/csv_table.h"
#include "pca_lda_figure.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

#include <cmath>

namespace gradus {

QString PcaLdaResult::frameLabel(int frame) const
{
    return QCoreApplication::translate("gradus::PcaLdaLesson", "line at %1°").arg(angles[std::size_t(std::clamp(frame, 0, frameCount() - 1))]);
}

PcaLdaLesson::PcaLdaLesson()
{
    const QString clouds = tr("Two clouds");
    schema_.add(ParamSpec::choice("classes", tr("Classes"), "two",
                                  {{"two", tr("two: PCA against LDA")}, {"one", tr("one cloud: what PCA finds")}})
                    .withHelp(tr("One cloud is the course notebook's first animation: n correlated points (its recipe: "
                                 "randn(n, 2)·L + (1, 1), L = cholesky([[1, 0.6], [0.6, 0.6]]), numpy's generator), a line "
                                 "turning through 180° with each point's projection, and the variance of the projections, "
                                 "largest along the first principal direction.")));
    schema_.add(ParamSpec::integer("n", tr("Points in class A"), 100, 2, 20000).inGroup(clouds));
    schema_.add(ParamSpec::integer("n_b", tr("Points in class B"), 100, 2, 20000).inGroup(clouds).relevantWhen("classes", {"two"}));
    schema_.add(ParamSpec::real("separation", tr("Distance between the means"), 2, 0, 50, 3)
                    .withHelp(tr("Across the clouds' long axis: the direction PCA ignores.")).inGroup(clouds));
    schema_.add(ParamSpec::real("spread", tr("Spread along"), 3, 0.01, 50, 3)
                    .withHelp(tr("Standard deviation along the clouds' long axis.")).inGroup(clouds));
    schema_.add(ParamSpec::real("width", tr("Spread across"), 0.5, 0.01, 50, 3)
                    .withHelp(tr("Standard deviation across it.")).inGroup(clouds));
    schema_.add(ParamSpec::real("angle", tr("Long axis at"), 30, -180, 180, 1).withUnit(QStringLiteral("°")).inGroup(clouds));
    schema_.add(ParamSpec::integer("seed", tr("Seed"), 42, 0, 1 << 30).inGroup(clouds));
    schema_.add(ParamSpec::file("data", tr("Your points (CSV: x, y, class)"), tr("Tables (*.csv *.tsv *.txt)"))
                    .withHelp(tr("Three columns; the class column holds two distinct values.")));
}

QList<LessonPreset> PcaLdaLesson::presets() const
{
    return {
        // PCA_intuition.ipynb's "PCA fails": np.random.seed(4), 20 + 20 points, spreads 1.1 and 0.2, the second
        // cluster 2 higher (ours are centred, 1 below and 1 above).
        {"seed", tr("As in the original post: PCA mixes the classes LDA separates"),
         {"n=20", "n_b=20", "separation=2", "spread=1.1", "width=0.2", "angle=0", "seed=4"}},
        {"agree", tr("Clouds apart along their long axis: PCA and LDA agree"), {"separation=12", "spread=1", "width=1"}},
        {"round", tr("Round clouds: PCA follows the separation"), {"spread=1", "width=1", "separation=3"}},
        {"overlap", tr("No separation: nothing to find"), {"separation=0"}},
        {"unequal", tr("Unequal classes: 30 against 170 points"), {"n=30", "n_b=170"}},
        // PCA_intuition.ipynb's first animation: 30 points from np.random.seed(42).
        {"seed-one-class", tr("As in the original post: one cloud and the variance of its projections"), {"classes=one", "n=30", "seed=42"}},
    };
}

QString PcaLdaLesson::title() const { return tr("PCA vs LDA for two classes"); }
QString PcaLdaLesson::topic() const { return tr("Machine learning"); }
QString PcaLdaLesson::summary() const
{
    return tr("The direction of largest variance can mix two classes that another direction separates: PCA vs Fisher's LDA, "
              "and a turning line with the variance of the projections.");
}

ResultPtr PcaLdaLesson::compute(const ParamValues& params, core::ComputeControl*) const
{
    auto result = std::make_shared<PcaLdaResult>();
    const QString path = params.text("data").trimmed();
    if (!path.isEmpty()) {
        const NumericTable table = readNumericCsv(path, 3);
        result->dataSource = QFileInfo(path).fileName();
        QVector<double> classes;
        for (double c : table.columns[2])
            if (!classes.contains(c))
                classes.append(c);
        if (classes.size() != 2)
            throw InputError(tr("%1: the class column has %2 distinct values; this lesson needs exactly two.")
                                 .arg(result->dataSource)
                                 .arg(classes.size()));
        std::sort(classes.begin(), classes.end());
        for (int i = 0; i < table.rowCount(); ++i) {
            result->data.points.push_back({table.columns[0][i], table.columns[1][i]});
            result->data.labels.push_back(table.columns[2][i] == classes[0] ? 0 : 1);
        }
    } else if (params.text("classes") == u"one") {
        result->oneClass = true;
        result->data.points = core::makeNotebookCloud(params.integer("n"), std::uint32_t(params.integer("seed")));
        result->data.labels.assign(result->data.points.size(), 0);
    } else {
        result->data = core::makeTwoClouds(params.integer("n"), params.integer("n_b"), params.real("separation"), params.real("spread"),
                                           params.real("width"), params.real("angle"), std::uint32_t(params.integer("seed")));
    }
    int counts[2] = {0, 0};
    for (int label : result->data.labels)
        ++counts[label];
    if (counts[0] < 2 || (counts[1] < 2 && !result->oneClass))
        throw InputError(tr("Each class needs at least two points."));
    const std::vector<core::Vec2>& points = result->data.points;
    result->mean = core::meanOf(points);
    result->pca = core::pcaDirection(points);
    const core::Sym2 covariance = core::covarianceOf(points);
    result->explainedVariance = core::projectedVariance(points, result->pca);
    result->explainedRatio = result->explainedVariance / (covariance.xx + covariance.yy);
    for (int degree = 0; degree <= 180; ++degree) {
        const double a = degree * M_PI / 180;
        const core::Vec2 d{std::cos(a), std::sin(a)};
        result->angles.push_back(degree);
        result->varianceByAngle.push_back(core::projectedVariance(points, d));
        if (!result->oneClass)
            result->fisherByAngle.push_back(core::fisherRatio(result->data, d));
    }
    if (result->oneClass)
        return result; // one class: nothing for LDA to separate
    try {
        result->lda = core::ldaDirection(result->data);
    } catch (const std::invalid_argument&) {
        throw InputError(tr("The classes have no spread in some direction (all points on a line?): LDA's direction is not defined."));
    }
    result->fisherPca = core::fisherRatio(result->data, result->pca);
    result->fisherLda = core::fisherRatio(result->data, result->lda);
    return result;
}

QJsonObject PcaLdaLesson::toJson(const PcaLdaResult& r, int frame) const
{
    const auto twoClassOnly = [&](const QJsonValue& value) { return r.oneClass ? QJsonValue() : value; };
    return QJsonObject{{"classes", r.oneClass ? "one" : "two"},
                       {"points", jsonRows(r.data.points)},
                       {"labels", jsonNumbers(r.data.labels)},
                       {"mean", jsonNumbers(r.mean)},
                       {"pca_direction", jsonNumbers(r.pca)},
                       {"lda_direction", twoClassOnly(jsonNumbers(r.lda))},
                       {"explained_variance", r.explainedVariance},
                       {"explained_variance_ratio", r.explainedRatio},
                       {"fisher_ratio_pca", twoClassOnly(r.fisherPca)},
                       {"fisher_ratio_lda", twoClassOnly(r.fisherLda)},
                       {"angles", jsonNumbers(r.angles)},
                       {"variance_by_angle", jsonNumbers(r.varianceByAngle)},
                       {"fisher_by_angle", twoClassOnly(jsonNumbers(r.fisherByAngle))},
                       {"variance", r.varianceByAngle[std::size_t(frame)]},
                       {"angle", r.angles[std::size_t(frame)]},
                       {"frame", frame}};
}

LessonFigure* PcaLdaLesson::createFigure(QWidget* parent) const { return new PcaLdaFigure(parent); }

} // namespace gradus
