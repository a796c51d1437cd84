#include "mip_lesson.h"

#include "framework/errors.h"
#include "framework/json_numbers.h"
#include "mip_figure.h"
#include "mip_relaxation.h"
#include "mip_solve.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

namespace gradus {

namespace {

// Built in as a resource (datasets/miplib/miplib2017.csv, CC BY-SA 4.0, credited in datasets/CREDITS).
const QString kMiplib = QStringLiteral(":/datasets/miplib2017.csv");

QJsonValue objectiveJson(const MiplibInstance& i)
{
    switch (i.objectiveKind) {
    case MiplibInstance::Objective::Value: return i.objective;
    case MiplibInstance::Objective::BestKnown: return QStringLiteral("%1*").arg(i.objective, 0, 'g', 17);
    case MiplibInstance::Objective::Infeasible: return QStringLiteral("Infeasible");
    case MiplibInstance::Objective::Unbounded: return QStringLiteral("Unbounded");
    case MiplibInstance::Objective::Unknown: return QJsonValue();
    }
    return QJsonValue();
}

} // namespace

MipLesson::MipLesson()
{
    schema_.add(ParamSpec::choice("view", tr("Picture"), "miplib",
                                  {{"miplib", tr("MIPLIB: size against difficulty")},
                                   {"relaxation", tr("LP relaxation and branch and bound in 2D")},
                                   {"market-split", tr("Market split against knapsack, solved by CBC")},
                                   {"solve", tr("Solve a model file with CBC")}})
                    .withHelp(tr("What to show: the MIPLIB 2017 collection, or a two-variable integer program solved by branch and bound.")));
    const QStringList miplib = {"miplib"}, relaxation = {"relaxation"};
    schema_.add(ParamSpec::text("objective", tr("Objective"), QStringLiteral("max x + 0.64y"))
                    .withHelp(tr("max or min of a linear expression in x and y, e.g. max 5x + 4y."))
                    .relevantWhen("view", relaxation));
    schema_.add(ParamSpec::text("constraints", tr("Constraints"), QStringLiteral("50x + 31y <= 250; 3x - 2y >= -4; x >= 0; y >= 0"))
                    .withHelp(tr("Linear constraints in x and y separated by semicolons, e.g. 6x + 4y <= 24; x + 2y <= 6; x >= 0; y >= 0. "
                                 "x and y are integers; the region must be bounded."))
                    .relevantWhen("view", relaxation));
    schema_.add(ParamSpec::choice("order", tr("Node order"), "depth-first",
                                  {{"depth-first", tr("depth first")}, {"best-bound", tr("best bound first")}})
                    .withHelp(tr("Which waiting node branch and bound solves next: the newest (depth first, finds integer points soon) "
                                 "or the one with the best LP bound (proves optimality with fewer nodes)."))
                    .relevantWhen("view", relaxation));
    schema_.add(ParamSpec::integer("cuts", tr("Gomory cuts first"), 0, 0, 30)
                    .withHelp(tr("How many Gomory fractional cuts to add, one per frame, before branching (fewer when the LP optimum "
                                 "becomes integral)."))
                    .relevantWhen("view", relaxation));
    const QStringList solving = {"market-split", "solve"};
    schema_.add(ParamSpec::file("mps", tr("Model file"), tr("MIP models (*.mps *.mps.gz *.lp)"))
                    .withDefault(MipSolve::availableSamples().isEmpty() ? QString() : MipSolve::availableSamples().value(1, MipSolve::availableSamples().first()))
                    .withSuggestions(MipSolve::availableSamples())
                    .withHelp(tr("An MPS or CPLEX LP file, or a MIPLIB 3 sample that Debian ships (p0033, p0201, p0548, lseu; "
                                 "package coinor-libcoinutils-dev). On the command line it implies view=solve."))
                    .relevantWhen("view", {"solve"})
                    .implies("view", "solve"));
    schema_.add(ParamSpec::real("time_limit", tr("Time limit per solve"), 20, 1, 600, 0)
                    .withUnit(tr("s"))
                    .withHelp(tr("CBC stops after this many seconds and reports what it has (the best solution and bound so far)."))
                    .relevantWhen("view", solving));
    schema_.add(ParamSpec::integer("largest_m", tr("Largest market split m"), 4, 2, 6)
                    .withHelp(tr("Market split instances with m = 2 … this many rows and 10(m − 1) binaries: m = 3 takes about a "
                                 "second, m = 4 ten seconds or more, m = 5 beyond most time limits."))
                    .relevantWhen("view", {"market-split"}));
    schema_.add(ParamSpec::choice("knapsack_items", tr("Largest knapsack"), "100000",
                                  {{"1000", tr("1,000 items")}, {"10000", tr("10,000 items")}, {"100000", tr("100,000 items")}})
                    .withHelp(tr("Random 0/1 knapsacks with 100, 1,000, … up to this many items: thousands of times larger than a "
                                 "market split, and solved at once."))
                    .relevantWhen("view", {"market-split"}));
    schema_.add(ParamSpec::integer("seed", tr("Random seed"), 1, 1, 100000)
                    .withHelp(tr("Draws the coefficients of the market split and knapsack instances."))
                    .relevantWhen("view", {"market-split"}));
    schema_.add(ParamSpec::text("tag", tr("Only tag"), QString())
                    .withHelp(tr("Show only instances with this tag, e.g. binary, knapsack, set_partitioning, "
                                 "integer_knapsack, general_linear (empty: all)."))
                    .relevantWhen("view", miplib));
    schema_.add(ParamSpec::boolean("benchmark", tr("Benchmark set only"), false)
                    .withHelp(tr("The 240 instances of MIPLIB 2017's benchmark set."))
                    .relevantWhen("view", miplib));
    schema_.add(ParamSpec::integer("highlight", tr("Name the smallest"), 4, 0, 20)
                    .withHelp(tr("How many of the smallest hard and of the smallest open instances to name on the picture."))
                    .relevantWhen("view", miplib));
    schema_.add(ParamSpec::file("table", tr("Collection table (CSV)"), tr("Tables (*.csv)"))
                    .withHelp(tr("A newer copy of the collection table from miplib.zib.de in the same format; empty: the bundled 2017 table."))
                    .relevantWhen("view", miplib));
}

QList<LessonPreset> MipLesson::presets() const
{
    return {
        {"benchmark", tr("The benchmark set"), {"benchmark=true"}},
        {"knapsack", tr("Knapsack-type instances"), {"tag=integer_knapsack"}},
        {"set-partitioning", tr("Set partitioning"), {"tag=set_partitioning"}},
        {"far-optimum", tr("2D: the integer optimum far from the LP optimum"), {"view=relaxation"}},
        {"paint-factory", tr("2D: rounding the LP optimum fails"),
         {"view=relaxation", "objective=max 5x + 4y", "constraints=6x + 4y <= 24; x + 2y <= 6; x >= 0; y >= 0"}},
        {"gomory", tr("2D: Gomory cuts close the gap"),
         {"view=relaxation", "cuts=10"}},
        {"market-split", tr("CBC: 30 binaries against 100,000"), {"view=market-split"}},
        {"p0548", tr("CBC: MIPLIB 3's p0548"), {"view=solve", "mps=p0548"}},
        // miplib.ipynb: the collection as variables against constraints.
        {"seed", tr("As in the original post: MIPLIB 2017 by size"), {}},
    };
}

QString MipLesson::title() const { return tr("MIP: size does not predict difficulty"); }
QString MipLesson::topic() const { return tr("Optimization methods"); }
QString MipLesson::summary() const
{
    return tr("MIPLIB 2017 by variables and constraints: some instances with a few dozen variables are unsolved, some with "
              "millions are easy.");
}

ResultPtr MipLesson::compute(const ParamValues& params, core::ComputeControl* control) const
{
    if (params.text("view") == u"solve")
        return MipSolve::solveFile(params.text("mps"), params.real("time_limit"), control);
    if (params.text("view") == u"market-split")
        return MipSolve::compareFamilies(params.integer("largest_m"), params.text("knapsack_items").toInt(), std::uint32_t(params.integer("seed")),
                                         params.real("time_limit"), control);
    if (params.text("view") == u"relaxation")
        return MipRelaxation::compute(params.text("objective"), params.text("constraints"),
                                      params.text("order") == u"best-bound" ? core::mip::NodeOrder::BestBound : core::mip::NodeOrder::DepthFirst,
                                      params.integer("cuts"));
    auto result = std::make_shared<MipResult>();
    const QString path = params.text("table").trimmed();
    const QVector<MiplibInstance> all = readMiplibTable(path.isEmpty() ? kMiplib : path);
    result->source = path.isEmpty() ? tr("MIPLIB 2017") : QFileInfo(path).fileName();
    result->total = int(all.size());
    const QString tag = params.text("tag").trimmed();
    const bool benchmark = params.boolean("benchmark");
    for (const MiplibInstance& instance : all)
        if ((tag.isEmpty() || instance.tags.contains(tag)) && (!benchmark || instance.inBenchmarkSet()))
            result->instances.append(instance);
    if (result->instances.isEmpty())
        throw InputError(tr("No instance has the tag '%1'%2; tags look like binary, knapsack, set_partitioning.")
                             .arg(tag, benchmark ? tr(" in the benchmark set") : QString()));
    QStringList filters;
    if (!tag.isEmpty())
        filters << tr("tag %1").arg(tag);
    if (benchmark)
        filters << tr("benchmark set");
    result->filter = filters.join(QStringLiteral(", "));
    for (const MiplibInstance& i : result->instances)
        ++result->counts[int(i.status)];
    // The smallest hard and open instances by number of variables: the picture's surprise.
    for (MiplibInstance::Status status : {MiplibInstance::Status::Hard, MiplibInstance::Status::Open}) {
        QVector<int> indices;
        for (int k = 0; k < result->instances.size(); ++k)
            if (result->instances[k].status == status)
                indices.append(k);
        std::sort(indices.begin(), indices.end(), [&](int a, int b) {
            return result->instances[a].variables < result->instances[b].variables;
        });
        result->highlighted += indices.mid(0, params.integer("highlight"));
    }
    return result;
}

QJsonObject MipLesson::toJson(const MipResult& r, int) const
{
    QJsonArray instances;
    for (const MiplibInstance& i : r.instances)
        instances.append(QJsonObject{{"name", i.name},
                                     {"status", statusName(i.status)},
                                     {"variables", i.variables},
                                     {"binaries", i.binaries},
                                     {"integers", i.integers},
                                     {"continuous", i.continuous},
                                     {"constraints", i.constraints},
                                     {"nonzeros", i.nonzeros},
                                     {"submitter", i.submitter},
                                     {"group", i.group},
                                     {"objective", objectiveJson(i)},
                                     {"tags", QJsonArray::fromStringList(i.tags)},
                                     {"benchmark", i.inBenchmarkSet()}});
    QJsonArray highlighted;
    for (int k : r.highlighted)
        highlighted.append(r.instances[k].name);
    return QJsonObject{{"view", "miplib"},
                       {"instances", instances},
                       {"counts", QJsonObject{{"easy", r.counts[0]}, {"hard", r.counts[1]}, {"open", r.counts[2]}}},
                       {"total", r.total},
                       {"highlighted", highlighted}};
}

LessonFigure* MipLesson::createFigure(QWidget* parent) const { return new MipFigure(parent); }

bool MipLesson::stopKeepsResult(const ParamValues& params) const
{
    return params.text("view") == u"solve" || params.text("view") == u"market-split";
}

} // namespace gradus
