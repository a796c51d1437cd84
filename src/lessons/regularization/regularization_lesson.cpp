#include "regularization_lesson.h"

#include "core/compute_control.h"
#include "core/regression/double_descent.h"
#include "framework/errors.h"
#include "framework/json_numbers.h"
#include "io/csv_table.h"
#include "regularization_figure.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

#include <cmath>

namespace gradus {

namespace {

// Built in as a resource (datasets/diabetes/diabetes.csv, credited in datasets/CREDITS).
const QString kDiabetes = QStringLiteral(":/datasets/diabetes.csv");


} // namespace

bool isSparse(const core::Vec2& w) { return std::abs(w[0]) <= 1e-12 || std::abs(w[1]) <= 1e-12; }

QString RegularizationResult::frameLabel(int frame) const
{
    frame = std::clamp(frame, 0, frameCount() - 1);
    if (pathMode)
        return QCoreApplication::translate("gradus::RegularizationLesson", "α = %1").arg(lasso.penalties[std::size_t(frame)], 0, 'g', 3);
    return LessonResult::frameLabel(frame);
}

namespace {

struct Motion {
    std::vector<core::Vec2> truths;
    std::vector<double> angles; // degrees
};

// The notebook's six parts of `steps` frames each (np.linspace, ends included): the design turns
// 0 → 360° at w = (3, 1.8); w₁ 3 → −2.5; the design turns again at (−2.5, 1.8); w₂ 1.8 → −1.3;
// w₁ −2.5 → 3; w₂ −1.3 → 1.8.
Motion notebookMotion(int steps)
{
    Motion m;
    const std::vector<double> turn = core::regression::linspace(0, 360, steps);
    const auto add = [&](core::Vec2 w, double angle) {
        m.truths.push_back(w);
        m.angles.push_back(angle);
    };
    for (double a : turn)
        add({3, 1.8}, a);
    for (double w1 : core::regression::linspace(3, -2.5, steps))
        add({w1, 1.8}, 0);
    for (double a : turn)
        add({-2.5, 1.8}, a);
    for (double w2 : core::regression::linspace(1.8, -1.3, steps))
        add({-2.5, w2}, 0);
    for (double w1 : core::regression::linspace(-2.5, 3, steps))
        add({w1, -1.3}, 0);
    for (double w2 : core::regression::linspace(-1.3, 1.8, steps))
        add({3, w2}, 0);
    return m;
}

} // namespace

RegularizationLesson::RegularizationLesson()
{
    schema_.add(ParamSpec::choice("mode", tr("Picture"), "constraint",
                                  {{"constraint", tr("constrained least squares in 2D")},
                                   {"path", tr("Lasso and Ridge paths on real data")}})
                    .withHelp(tr("2D: the solution over the diamond (L1) and over the disc (L2). Paths: every coefficient "
                                 "as the penalty shrinks.")));
    const QString twoD = tr("Constrained, in 2D");
    schema_.add(ParamSpec::real("t", tr("Ball radius t"), 1, 0.05, 10, 3)
                    .withHelp(tr("The constraint ‖w‖₁ ≤ t (left) and ‖w‖₂ ≤ t (right)."))
                    .inGroup(twoD).relevantWhen("mode", {"constraint"}));
    schema_.add(ParamSpec::choice("motion", tr("What moves"), "circle",
                                  {{"circle", tr("the true weights, around a circle")},
                                   {"notebook", tr("the design turns, then the true weights go round a rectangle")}})
                    .withHelp(tr("The circle: the true weights go once round it. The course notebook's motion, in six equal "
                                 "parts: the design turns through 360° (the level ellipses turn) at w = (3, 1.8); w₁ slides to "
                                 "−2.5; the design turns again; w₂ slides to −1.3, w₁ back to 3, w₂ back to 1.8."))
                    .inGroup(twoD).relevantWhen("mode", {"constraint"}));
    schema_.add(ParamSpec::real("sweep_radius", tr("True weights' circle"), 2, 0, 10, 3)
                    .withHelp(tr("The true weights go once around a circle of this radius about the origin; 0 keeps "
                                 "them at the centre of the circle."))
                    .inGroup(twoD).relevantWhen("motion", {"circle"}));
    schema_.add(ParamSpec::point("sweep_center", tr("Circle's centre"), QPointF(0, 0), -10, 10, 3)
                    .inGroup(twoD).relevantWhen("motion", {"circle"}));
    schema_.add(ParamSpec::integer("frames", tr("Frames"), 180, 1, 2000)
                    .withHelp(tr("Positions of the true weights around the circle.")).inGroup(twoD).relevantWhen("mode", {"constraint"}));
    schema_.add(ParamSpec::integer("samples", tr("Samples"), 15, 3, 10000).inGroup(twoD).relevantWhen("mode", {"constraint"}));
    schema_.add(ParamSpec::point("singular_values", tr("Singular values of X"), QPointF(1, 2.14), 0.01, 100, 3)
                    .withHelp(tr("The design matrix's two singular values: their ratio stretches the level lines.")).inGroup(twoD).relevantWhen("mode", {"constraint"}));
    schema_.add(ParamSpec::real("noise", tr("Noise σ"), 0.5, 0, 10, 3).inGroup(twoD).relevantWhen("mode", {"constraint"}));
    schema_.add(ParamSpec::integer("seed", tr("Seed"), 42, 0, 1 << 30).inGroup(twoD).relevantWhen("mode", {"constraint"}));
    schema_.add(ParamSpec::choice("design", tr("Design from"), "rotation",
                                  {{"rotation", tr("a random rotation (ours)")}, {"notebook", tr("the SVD of a Gaussian matrix (the notebook's)")}})
                    .withHelp(tr("Both give X the chosen singular values. Ours: U from the QR of a Gaussian matrix and V a random "
                                 "rotation. The notebook's: the SVD of randn(n, 2) with its singular values replaced, drawn as "
                                 "numpy draws them, so that seed 1984 gives the notebook's very data."))
                    .inGroup(twoD).relevantWhen("mode", {"constraint"}));
    schema_.add(ParamSpec::file("data", tr("Your data (CSV: x₁, x₂, y)"), tr("Tables (*.csv *.tsv *.txt)"))
                    .withHelp(tr("Rows of two features and a response: the picture then shows that one problem (one frame)."))
                    .inGroup(twoD).relevantWhen("mode", {"constraint"}));
    const QString paths = tr("Paths");
    schema_.add(ParamSpec::file("table", tr("Table (CSV, last column y)"), tr("Tables (*.csv *.tsv *.txt)"))
                    .withHelp(tr("Features in the columns, the response in the last one; empty: the diabetes data (442 "
                                 "patients, 10 features, Efron et al. 2004). Columns are standardized."))
                    .inGroup(paths).relevantWhen("mode", {"path"}));
    schema_.add(ParamSpec::integer("penalties", tr("Penalties"), 100, 5, 1000)
                    .withHelp(tr("Values of α on a log grid, from the one where every Lasso coefficient is zero down to 1/1000 of it."))
                    .inGroup(paths).relevantWhen("mode", {"path"}));
}

QList<LessonPreset> RegularizationLesson::presets() const
{
    return {
        // Regularization_animation.ipynb: its data (numpy seed 1984) and its motion, 600 frames.
        {"seed", tr("As in the original post: its data (seed 1984) and its motion"),
         {"design=notebook", "seed=1984", "motion=notebook", "frames=600"}},
        {"round", tr("Round level lines (equal singular values): sparsity is rarer"), {"singular_values=1,1"}},
        {"inside", tr("A big ball: the constraint is inactive"), {"t=3", "sweep_radius=1"}},
        {"diabetes", tr("Lasso and Ridge paths on the diabetes data"), {"mode=path"}},
        // The earlier seed picture (new presets go last: the digit keys keep theirs).
        {"circle", tr("15 samples, singular values 1 and 2.14, the true weights round a circle"), {"frames=240"}},
    };
}

QString RegularizationLesson::title() const { return tr("L1 vs L2 regularization"); }
QString RegularizationLesson::topic() const { return tr("Machine learning"); }
QString RegularizationLesson::summary() const
{
    return tr("Least squares over the L1 diamond lands on a corner (a zero weight) far more often than over the L2 disc; "
              "Lasso paths reach exactly zero.");
}

ResultPtr RegularizationLesson::compute(const ParamValues& params, core::ComputeControl* control) const
{
    auto result = std::make_shared<RegularizationResult>();
    result->pathMode = params.text("mode") == u"path";
    if (result->pathMode) {
        QString path = params.text("table").trimmed();
        if (path.isEmpty())
            path = kDiabetes;
        const NumericTable table = readNumericCsv(path, 2);
        if (table.rowCount() < 3)
            throw InputError(tr("%1 has fewer than three rows").arg(QFileInfo(path).fileName()));
        core::Regression data;
        const int features = table.columnCount() - 1;
        for (int i = 0; i < table.rowCount(); ++i) {
            std::vector<double> row;
            for (int j = 0; j < features; ++j)
                row.push_back(table.columns[j][i]);
            data.rows.push_back(std::move(row));
            data.y.push_back(table.columns[features][i]);
        }
        for (int j = 0; j < features; ++j)
            result->featureNames << (j < table.header.size() ? table.header[j] : tr("x%1").arg(j + 1));
        try {
            data = core::standardized(data);
        } catch (const std::invalid_argument&) {
            throw InputError(tr("A column of %1 is constant; remove it.").arg(QFileInfo(path).fileName()));
        }
        const std::vector<double> alphas = core::lassoPenaltyGrid(data, params.integer("penalties"), 1e-3);
        core::checkpoint(control, 0.0);
        result->lasso = core::lassoPath(data, alphas);
        core::checkpoint(control, 0.8);
        // Ridge in scikit-learn's form ‖y − Xw‖² + α‖w‖², over as many decades around the largest
        // eigenvalue of XᵀX (where it starts to bite) as the Lasso grid spans, largest first.
        double largest = 0;
        for (int j = 0; j < features; ++j) {
            double sum = 0;
            for (const auto& row : data.rows)
                sum += row[std::size_t(j)] * row[std::size_t(j)];
            largest = std::max(largest, sum);
        }
        std::vector<double> ridgeAlphas;
        const int count = int(alphas.size());
        for (int k = 0; k < count; ++k)
            ridgeAlphas.push_back(largest * 1e3 * std::pow(1e-6, count > 1 ? double(k) / (count - 1) : 0.0));
        result->ridge = core::ridgePath(data, ridgeAlphas);
        return result;
    }

    result->radius = params.real("t");
    const QString dataPath = params.text("data").trimmed();
    std::vector<core::Vec2> truths;
    std::vector<double> angles; // degrees, per frame; none: the design stays
    if (!dataPath.isEmpty()) {
        const NumericTable table = readNumericCsv(dataPath, 3);
        result->dataSource = QFileInfo(dataPath).fileName();
        if (table.rowCount() < 2)
            throw InputError(tr("%1 has fewer than two rows").arg(result->dataSource));
        for (int i = 0; i < table.rowCount(); ++i) {
            result->design.rows.push_back({table.columns[0][i], table.columns[1][i]});
            result->design.noise.push_back(table.columns[2][i]); // y itself, with a zero true weight
        }
        truths.push_back({0, 0});
    } else {
        const QPointF s = params.point("singular_values");
        const auto make = params.text("design") == u"notebook" ? core::makeNotebookDesign : core::makeDesignWithNoise;
        result->design = make(params.integer("samples"), s.x(), s.y(), params.real("noise"), std::uint32_t(params.integer("seed")));
        const int count = params.integer("frames");
        if (params.text("motion") == u"notebook") {
            const Motion motion = notebookMotion(std::max(1, count / 6));
            truths = motion.truths;
            angles = motion.angles;
        } else {
            const QPointF centre = params.point("sweep_center");
            const double r = params.real("sweep_radius");
            for (int k = 0; k < count; ++k) {
                const double angle = 2 * M_PI * k / count;
                truths.push_back({centre.x() + r * std::cos(angle), centre.y() + r * std::sin(angle)});
            }
        }
    }
    angles.resize(truths.size(), 0.0);
    int sparseL1 = 0, sparseL2 = 0;
    for (std::size_t k = 0; k < truths.size(); ++k) {
        if (k % 64 == 0)
            core::checkpoint(control, double(k) / double(truths.size()));
        ConstrainedFrame frame;
        frame.truth = truths[k];
        frame.designAngle = angles[k];
        const core::DesignWithNoise design = core::rotatedDesign(result->design, angles[k] * M_PI / 180);
        frame.loss = core::makeLeastSquares2D(design.rows, design.responses(truths[k]));
        try {
            frame.unconstrained = frame.loss.minimizer();
        } catch (const std::invalid_argument&) {
            throw InputError(tr("The two features are collinear: the least-squares solution is not unique."));
        }
        frame.l1 = core::solveInL1Ball(frame.loss, result->radius);
        frame.l2 = core::solveInL2Ball(frame.loss, result->radius);
        frame.sparseL1 = isSparse(frame.l1);
        frame.sparseL2 = isSparse(frame.l2);
        frame.sparseL1SoFar = sparseL1 += frame.sparseL1;
        frame.sparseL2SoFar = sparseL2 += frame.sparseL2;
        result->frames.append(frame);
    }
    return result;
}

QJsonObject RegularizationLesson::toJson(const RegularizationResult& r, int frame) const
{
    if (r.pathMode) {
        int nonzero = 0;
        for (double c : r.lasso.coefficients[std::size_t(frame)])
            nonzero += c != 0;
        return QJsonObject{{"mode", "path"},
                           {"features", QJsonArray::fromStringList(r.featureNames)},
                           {"lambdas", jsonNumbers(r.lasso.penalties)},
                           {"lasso_coefs", jsonRows(r.lasso.coefficients)},
                           {"ridge_lambdas", jsonNumbers(r.ridge.penalties)},
                           {"ridge_coefs", jsonRows(r.ridge.coefficients)},
                           {"lasso_nonzero", nonzero},
                           {"frame", frame}};
    }
    const ConstrainedFrame& f = r.frames[frame];
    const core::DesignWithNoise design = core::rotatedDesign(r.design, f.designAngle * M_PI / 180);
    return QJsonObject{{"mode", "constraint"},
                       {"X", jsonRows(design.rows)},
                       {"y", jsonNumbers(design.responses(f.truth))},
                       {"design_angle", f.designAngle},
                       {"t", r.radius},
                       {"true_weights", jsonNumbers(f.truth)},
                       {"unconstrained", jsonNumbers(f.unconstrained)},
                       {"solution_l1", jsonNumbers(f.l1)},
                       {"solution_l2", jsonNumbers(f.l2)},
                       {"sparse_l1", f.sparseL1},
                       {"sparse_l2", f.sparseL2},
                       {"sparse_share_l1", double(f.sparseL1SoFar) / (frame + 1)},
                       {"sparse_share_l2", double(f.sparseL2SoFar) / (frame + 1)},
                       {"frame", frame}};
}

LessonFigure* RegularizationLesson::createFigure(QWidget* parent) const { return new RegularizationFigure(parent); }

} // namespace gradus
