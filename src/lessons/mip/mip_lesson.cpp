#include "mip_lesson.h"

#include "framework/errors.h"
#include "framework/json_numbers.h"
#include "mip_figure.h"

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
    schema_.add(ParamSpec::text("tag", tr("Only tag"), QString())
                    .withHelp(tr("Show only instances with this tag, e.g. binary, knapsack, set_partitioning, "
                                 "integer_knapsack, general_linear (empty: all).")));
    schema_.add(ParamSpec::boolean("benchmark", tr("Benchmark set only"), false)
                    .withHelp(tr("The 240 instances of MIPLIB 2017's benchmark set.")));
    schema_.add(ParamSpec::integer("highlight", tr("Name the smallest"), 4, 0, 20)
                    .withHelp(tr("How many of the smallest hard and of the smallest open instances to name on the picture.")));
    schema_.add(ParamSpec::file("table", tr("Collection table (CSV)"), tr("Tables (*.csv)"))
                    .withHelp(tr("A newer copy of the collection table from miplib.zib.de in the same format; empty: the bundled 2017 table.")));
}

QList<LessonPreset> MipLesson::presets() const
{
    return {
        {"benchmark", tr("The benchmark set"), {"benchmark=true"}},
        {"knapsack", tr("Knapsack-type instances"), {"tag=integer_knapsack"}},
        {"set-partitioning", tr("Set partitioning"), {"tag=set_partitioning"}},
    };
}

QString MipLesson::title() const { return tr("MIP: size does not predict difficulty"); }
QString MipLesson::topic() const { return tr("Optimization methods"); }
QString MipLesson::summary() const
{
    return tr("MIPLIB 2017 by variables and constraints: some instances with a few dozen variables are unsolved, some with "
              "millions are easy.");
}

ResultPtr MipLesson::compute(const ParamValues& params, core::ComputeControl*) const
{
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

QJsonObject MipLesson::resultJson(const LessonResult& base, int) const
{
    const auto& r = static_cast<const MipResult&>(base);
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

} // namespace gradus
