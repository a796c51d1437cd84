#pragma once
// The MIPLIB 2017 collection table (miplib.zib.de's export): one quoted row per instance with its
// status (easy / hard / open), sizes, submitter, group, objective and tags. Read robustly: the
// header's doubled names ("InstanceInst."), columns found by name, counts such as "1e+05",
// objectives such as "923.99", "3089*" (best known, not proven), "Infeasible", "Unbounded", "NA".

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cmath>

namespace gradus {

struct MiplibInstance {
    enum class Status { Easy, Hard, Open };
    enum class Objective { Value, BestKnown, Infeasible, Unbounded, Unknown };

    QString name;
    Status status = Status::Open;
    double variables = 0, binaries = 0, integers = 0, continuous = 0, constraints = 0, nonzeros = 0;
    QString submitter, group; // group empty for none ("–" in the table)
    Objective objectiveKind = Objective::Unknown;
    double objective = NAN; // for Value and BestKnown
    QStringList tags;

    bool inBenchmarkSet() const { return tags.contains(QStringLiteral("benchmark")); }
};

// Throws InputError naming the file and line for anything it cannot read.
QVector<MiplibInstance> parseMiplibTable(const QByteArray& text, const QString& sourceName);
QVector<MiplibInstance> readMiplibTable(const QString& path);

// "easy", "hard", "open".
QString statusName(MiplibInstance::Status status);

} // namespace gradus
