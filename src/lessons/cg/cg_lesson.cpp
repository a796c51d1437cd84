#include "cg_lesson.h"

#include "cg_figure.h"
#include "core/compute_control.h"
#include "framework/errors.h"
#include "framework/json_numbers.h"
#include "lessons/common/quadratic_method_names.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace gradus {

namespace {

// In the order the legends list them: the notebook's two first.
constexpr KeyedQuadraticMethod kMethods[] = {
    {"sd", core::QuadraticMethod::SteepestDescent},
    {"cg", core::QuadraticMethod::ConjugateGradients},
    {"gd", core::QuadraticMethod::Gradient},
    {"heavy-ball", core::QuadraticMethod::HeavyBall},
    {"nesterov", core::QuadraticMethod::Nesterov},
};

core::SpectrumKind spectrumKind(const QString& name)
{
    if (name == u"clustered")
        return core::SpectrumKind::Clustered;
    if (name == u"outliers")
        return core::SpectrumKind::Outliers;
    if (name == u"random")
        return core::SpectrumKind::Random;
    if (name == u"strakos")
        return core::SpectrumKind::Strakos;
    return core::SpectrumKind::Uniform;
}

QJsonArray pointRows(const std::vector<Eigen::VectorXd>& points)
{
    QJsonArray rows;
    for (const Eigen::VectorXd& p : points)
        rows.append(jsonNumbers(std::vector<double>(p.data(), p.data() + p.size())));
    return rows;
}

} // namespace

const QuadraticMethodRun* CgResult::find(const QString& key) const
{
    for (const QuadraticMethodRun& r : runs)
        if (r.key == key)
            return &r;
    return nullptr;
}

CgLesson::CgLesson()
{
    schema_.add(ParamSpec::choice("mode", tr("Dimension"), "2d",
                                  {{"2d", tr("2D: every step on the map")},
                                   {"nd", tr("nD: a spectrum you choose")}})
                    .withHelp(tr("2D draws every step; n dimensions shows what only the errors can: CG's finite "
                                 "termination, its clusters, and rounding.")));
    QList<ChoiceOption> methods;
    for (const KeyedQuadraticMethod& m : kMethods)
        methods.append({m.key, quadraticMethodName(m.key)});
    schema_.add(ParamSpec::choiceSet("methods", tr("Methods"), {"sd", "cg", "gd", "heavy-ball", "nesterov"}, methods)
                    .withHelp(tr("Gradient descent, heavy ball and Nesterov use their optimal constants from μ and L.")));
    // μ and κ rather than μ and L: no setting of one can put L below μ.
    schema_.add(ParamSpec::real("mu", tr("Smallest eigenvalue μ"), 1, 1e-6, 1e6, 6).logScale()
                    .withHelp(tr("The largest eigenvalue is L = κμ.")));
    schema_.add(ParamSpec::real("kappa", tr("Condition number κ = L/μ"), 5, 1, 1e8, 3).logScale()
                    .withHelp(tr("The ratio of the largest eigenvalue to the smallest, which the bounds and the "
                                 "constant-step methods follow.")));

    const QString twoD = tr("Two variables");
    schema_.add(ParamSpec::real("angle", tr("Rotation of the axes"), 10, -90, 90, 1).withUnit(tr("°"))
                    .withHelp(tr("The ellipses' axes turn by this angle; the methods do not care, the picture does."))
                    .inGroup(twoD).relevantWhen("mode", {"2d"}));
    schema_.add(ParamSpec::point("start", tr("Start"), QPointF(4, 4), -1e3, 1e3, 3)
                    .withHelp(tr("Where every method starts; click on a map to choose."))
                    .inGroup(twoD).relevantWhen("mode", {"2d"}));

    const QString nD = tr("n variables");
    schema_.add(ParamSpec::integer("n", tr("Dimension n"), 60, 2, 1000).inGroup(nD).relevantWhen("mode", {"nd"}));
    schema_.add(ParamSpec::choice("spectrum", tr("Eigenvalues"), "uniform",
                                  {{"uniform", tr("evenly spaced from μ to L")},
                                   {"clustered", tr("in clusters from μ to L")},
                                   {"outliers", tr("a bulk on [μ, 10μ] and a few large outliers")},
                                   {"random", tr("at random between μ and L")},
                                   {"strakos", tr("dense near μ, sparse near L (Strakoš): rounding delays CG")}})
                    .withHelp(tr("A = diag(λ): turning the basis would change nothing that CG or the other methods "
                                 "do. The start is 0 and x* has equal parts along every eigenvector."))
                    .inGroup(nD).relevantWhen("mode", {"nd"}));
    schema_.add(ParamSpec::integer("clusters", tr("Clusters"), 4, 1, 50)
                    .withHelp(tr("CG needs about one step per cluster, however many eigenvalues there are."))
                    .inGroup(nD).relevantWhen("mode", {"nd"}).relevantWhen("spectrum", {"clustered"}));
    schema_.add(ParamSpec::real("cluster_width", tr("Cluster width"), 0, 0, 1, 3).withStep(0.01)
                    .withHelp(tr("Relative spread inside a cluster: 0 makes each cluster one eigenvalue, and CG "
                                 "exact after as many steps as there are clusters."))
                    .inGroup(nD).relevantWhen("mode", {"nd"}).relevantWhen("spectrum", {"clustered"}));
    schema_.add(ParamSpec::integer("outliers", tr("Outliers"), 3, 1, 50)
                    .inGroup(nD).relevantWhen("mode", {"nd"}).relevantWhen("spectrum", {"outliers"}));
    schema_.add(ParamSpec::real("rho", tr("Spacing ρ"), 0.9, 0.1, 1, 3).withStep(0.01)
                    .withHelp(tr("λᵢ = μ + (i/(n − 1))(L − μ)ρ^(n−1−i): below 1 the eigenvalues crowd near μ and thin out "
                                 "towards L; 1 spaces them evenly."))
                    .inGroup(nD).relevantWhen("mode", {"nd"}).relevantWhen("spectrum", {"strakos"}));
    schema_.add(ParamSpec::integer("seed", tr("Random seed"), 0, 0, 1000000)
                    .inGroup(nD).relevantWhen("mode", {"nd"}).relevantWhen("spectrum", {"random"}));
    schema_.add(ParamSpec::integer("restart", tr("Restart CG every"), 0, 0, 1000).withSpecialValue(tr("never"))
                    .withHelp(tr("Every this many steps CG starts afresh from the residual, forgetting directions "
                                 "whose conjugacy rounding has spoilt (and the progress they carried)."))
                    .inGroup(nD).relevantWhen("mode", {"nd"}));

    schema_.add(ParamSpec::integer("iters", tr("Iterations"), 30, 1, 2000));
}

QList<LessonPreset> CgLesson::presets() const
{
    return {
        {"zigzag", tr("κ = 25: steepest descent zig-zags, CG is done in two steps"),
         {"mode=2d", "mu=1", "kappa=25", "angle=30", "start=3.38,2.14", "iters=40"}},
        {"clusters", tr("Four clusters of eigenvalues: CG exact in four steps"),
         {"mode=nd", "spectrum=clustered", "clusters=4", "cluster_width=0", "mu=10", "kappa=100", "n=60", "iters=60"}},
        {"clusters-blurred", tr("Four blurred clusters: CG needs a few steps per cluster"),
         {"mode=nd", "spectrum=clustered", "clusters=4", "cluster_width=0.05", "mu=10", "kappa=100", "n=60", "iters=60"}},
        {"outliers", tr("Three outliers: CG removes them first, then goes at the bulk's rate"),
         {"mode=nd", "spectrum=outliers", "outliers=3", "mu=1", "kappa=1000", "n=60", "iters=60"}},
        {"rounding", tr("Strakoš's spectrum: rounding spoils conjugacy, CG needs far more than n steps"),
         {"mode=nd", "spectrum=strakos", "rho=0.9", "mu=1", "kappa=10000", "n=60", "iters=200", "methods=sd,cg,nesterov"}},
        {"random", tr("As in the course: n = 60, μ = 10⁻³, L = 100, eigenvalues at random"),
         {"mode=nd", "spectrum=random", "mu=0.001", "kappa=100000", "n=60", "iters=100"}},
        // CG.ipynb: A = Q diag(1, 5) Qᵀ, Q the rotation by 10°, b = 0, x₀ = (4, 4); five steepest-descent steps, CG two.
        {"seed", tr("As in the course: μ = 1, L = 5, 10°, from (4, 4)"),
         {"mode=2d", "mu=1", "kappa=5", "angle=10", "start=4,4", "iters=5", "methods=sd,cg"}},
    };
}

QString CgLesson::title() const { return tr("Conjugate gradients vs steepest descent"); }
QString CgLesson::topic() const { return tr("Optimization methods"); }
QString CgLesson::summary() const
{
    return tr("On a quadratic, steepest descent zig-zags while CG finishes in n steps along conjugate directions; "
              "the errors against their bounds, clusters of eigenvalues, and rounding.");
}

ResultPtr CgLesson::compute(const ParamValues& params, core::ComputeControl* control) const
{
    auto result = std::make_shared<CgResult>();
    result->twoDimensional = params.text("mode") != u"nd";
    result->iterations = params.integer("iters");
    const double mu = params.real("mu"), L = params.real("kappa") * mu;
    Eigen::VectorXd x0;
    if (result->twoDimensional) {
        result->problem = core::Quadratic::dense(core::rotatedQuadratic2D(mu, L, params.real("angle")), Eigen::Vector2d::Zero());
        result->spectrum = {mu, L};
        const QPointF start = params.point("start");
        x0 = Eigen::Vector2d(start.x(), start.y());
    } else {
        const core::SpectrumSettings spectrum{.kind = spectrumKind(params.text("spectrum")),
                                              .n = params.integer("n"),
                                              .mu = mu,
                                              .L = L,
                                              .clusters = params.integer("clusters"),
                                              .clusterWidth = params.real("cluster_width"),
                                              .outliers = params.integer("outliers"),
                                              .seed = static_cast<unsigned long long>(params.integer("seed")),
                                              .rho = params.real("rho")};
        result->spectrumKind = params.text("spectrum");
        result->spectrum = core::quadraticSpectrum(spectrum);
        const int n = int(result->spectrum.size());
        const Eigen::VectorXd lambda = Eigen::Map<const Eigen::VectorXd>(result->spectrum.data(), n);
        // x* = (1, …, 1)/√n: the error starts with equal parts along every eigenvector, and ‖x₀ − x*‖ = 1.
        const Eigen::VectorXd xStar = Eigen::VectorXd::Constant(n, 1 / std::sqrt(double(n)));
        result->problem = core::Quadratic::withDiagonal(lambda, lambda.cwiseProduct(xStar));
        x0 = Eigen::VectorXd::Zero(n);
        result->restartEvery = params.integer("restart");
    }
    result->mu = result->spectrum.front();
    result->L = result->spectrum.back();
    result->minimizer = result->problem.minimizer();

    const QStringList chosen = params.list("methods");
    std::vector<KeyedQuadraticMethod> selected;
    for (const KeyedQuadraticMethod& m : kMethods)
        if (chosen.contains(QLatin1String(m.key)))
            selected.push_back(m);
    if (selected.empty())
        throw InputError(tr("No method is chosen: tick at least one under Methods."));
    const core::QuadraticRunSettings settings{.steps = result->iterations, .mu = result->mu, .L = result->L,
                                              .restartEvery = result->restartEvery};
    for (std::size_t i = 0; i < selected.size(); ++i) {
        core::ComputeStage stage(control, double(i) / selected.size(), double(i + 1) / selected.size());
        QuadraticMethodRun entry{QString::fromLatin1(selected[i].key), selected[i].method,
                                 core::runQuadratic(result->problem, selected[i].method, x0, settings, &stage), {}};
        for (const Eigen::VectorXd& x : entry.run.points)
            entry.errorsA.push_back(result->problem.energyError(x, result->minimizer));
        result->runs.push_back(std::move(entry));
    }
    if (const QuadraticMethodRun* cg = result->find(QStringLiteral("cg")))
        result->conjugacy = core::conjugacyMatrix(result->problem, cg->run.directions, kConjugacyShown);
    return result;
}

QJsonObject CgLesson::toJson(const CgResult& r, int frame) const
{
    const int k = std::clamp(frame, 0, r.iterations);
    const double start = r.runs.front().errorsA.front();
    QJsonObject errors, stops, stepsToTolerance, paths, directions;
    for (const QuadraticMethodRun& run : r.runs) {
        errors[run.key] = jsonNumbers(run.errorsA);
        stops[run.key] = QString::fromStdString(run.run.outcome.stopReason);
        const auto reached = std::find_if(run.errorsA.begin(), run.errorsA.end(),
                                          [&](double e) { return e <= kRelativeTolerance * start; });
        stepsToTolerance[run.key] = reached == run.errorsA.end() ? QJsonValue() : QJsonValue(int(reached - run.errorsA.begin()));
        if (r.twoDimensional) {
            paths[run.key] = pointRows(run.run.points);
            directions[run.key] = pointRows(run.run.directions);
        }
    }
    QJsonArray sdBound, cgBound;
    for (int i = 0; i <= r.iterations; ++i) {
        sdBound.append(jsonNumber(start * core::steepestDescentBound(r.kappa(), i)));
        cgBound.append(jsonNumber(start * core::conjugateGradientBound(r.kappa(), i)));
    }
    // The conjugacy of the directions taken up to this frame.
    const int shown = r.conjugacyShown(k);
    QJsonArray conjugacy;
    for (int i = 0; i < shown; ++i) {
        QJsonArray row;
        for (int j = 0; j < shown; ++j)
            row.append(jsonNumber(r.conjugacy(i, j)));
        conjugacy.append(row);
    }
    QJsonObject json{{"mode", r.twoDimensional ? "2d" : "nd"},
                     {"n", int(r.spectrum.size())},
                     {"mu", r.mu},
                     {"L", r.L},
                     {"kappa", r.kappa()},
                     {"eigenvalues", jsonNumbers(r.spectrum)},
                     {"minimizer", jsonNumbers(std::vector<double>(r.minimizer.data(), r.minimizer.data() + r.minimizer.size()))},
                     {"errors_A", errors},
                     {"bounds", QJsonObject{{"steepest_descent", sdBound}, {"conjugate_gradients", cgBound}}},
                     {"steps_to_tolerance", stepsToTolerance},
                     {"relative_tolerance", kRelativeTolerance},
                     {"stop_reasons", stops},
                     {"conjugacy", conjugacy},
                     {"conjugacy_worst_off_diagonal", shown > 1 ? QJsonValue(r.worstConjugacy(shown)) : QJsonValue()},
                     {"frame", k}};
    if (r.twoDimensional) {
        json["paths"] = paths;
        json["directions"] = directions;
        json["A"] = jsonRows(std::vector<std::vector<double>>{{r.problem.A(0, 0), r.problem.A(0, 1)}, {r.problem.A(1, 0), r.problem.A(1, 1)}});
    } else {
        json["spectrum"] = r.spectrumKind;
        json["restart"] = r.restartEvery;
    }
    return json;
}

LessonFigure* CgLesson::createFigure(QWidget* parent) const { return new CgFigure(parent); }

} // namespace gradus
