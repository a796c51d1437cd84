#include "miplib_table.h"

#include "framework/errors.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace gradus {

namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gradus::MiplibTable)
};

// One CSV line with quoted fields ("a, b" is one field; "" inside quotes is a quote).
QStringList splitQuoted(const QString& line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"')
                field += u'"', ++i;
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field.trimmed();
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field.trimmed();
    return fields;
}

} // namespace

QString statusName(MiplibInstance::Status status)
{
    switch (status) {
    case MiplibInstance::Status::Easy: return QStringLiteral("easy");
    case MiplibInstance::Status::Hard: return QStringLiteral("hard");
    case MiplibInstance::Status::Open: return QStringLiteral("open");
    }
    return {};
}

QVector<MiplibInstance> parseMiplibTable(const QByteArray& text, const QString& sourceName)
{
    if (text.contains('\0'))
        throw InputError(Tr::tr("'%1' is not a text file").arg(sourceName));
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    // Columns by name: the export doubles every header ("InstanceInst."), so match the start.
    const QStringList wanted = {"instance", "status", "variables", "binaries", "integers", "continuous",
                                "constraints", "nonz", "submitter", "group", "objective", "tags"};
    QVector<int> column(wanted.size(), -1);
    QVector<MiplibInstance> instances;
    bool headerSeen = false;
    for (int index = 0; index < lines.size(); ++index) {
        QString line = lines[index];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (index == 0 && line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        if (line.trimmed().isEmpty())
            continue;
        const QStringList fields = splitQuoted(line);
        const int lineNumber = index + 1;
        if (!headerSeen) {
            for (int c = 0; c < fields.size(); ++c)
                for (int w = 0; w < wanted.size(); ++w)
                    if (column[w] < 0 && fields[c].toLower().startsWith(wanted[w]))
                        column[w] = c;
            for (int w = 0; w < 8; ++w) // name, status and the six counts are needed; the rest is welcome
                if (column[w] < 0)
                    throw InputError(Tr::tr("%1: the header has no '%2' column; expected MIPLIB's collection table "
                                        "(Instance, Status, Variables, Binaries, Integers, Continuous, Constraints, Nonzeros, …)")
                                         .arg(sourceName, wanted[w]));
            headerSeen = true;
            continue;
        }
        auto field = [&](int w) { return column[w] >= 0 && column[w] < fields.size() ? fields[column[w]] : QString(); };
        MiplibInstance instance;
        instance.name = field(0);
        if (instance.name.isEmpty())
            throw InputError(Tr::tr("%1, line %2: no instance name").arg(sourceName).arg(lineNumber));
        const QString status = field(1).toLower();
        if (status == u"easy")
            instance.status = MiplibInstance::Status::Easy;
        else if (status == u"hard")
            instance.status = MiplibInstance::Status::Hard;
        else if (status == u"open")
            instance.status = MiplibInstance::Status::Open;
        else
            throw InputError(Tr::tr("%1, line %2: status '%3' is none of easy, hard, open").arg(sourceName).arg(lineNumber).arg(field(1)));
        double* counts[] = {&instance.variables, &instance.binaries, &instance.integers, &instance.continuous,
                            &instance.constraints, &instance.nonzeros};
        for (int k = 0; k < 6; ++k) {
            bool ok = false;
            const double value = field(2 + k).toDouble(&ok); // "1e+05" included
            if (!ok || !std::isfinite(value) || value < 0)
                throw InputError(Tr::tr("%1, line %2: '%3' is not a count of %4")
                                     .arg(sourceName).arg(lineNumber).arg(field(2 + k), wanted[2 + k]));
            *counts[k] = value;
        }
        instance.submitter = field(8);
        instance.group = field(9) == u"–" || field(9) == u"-" ? QString() : field(9);
        QString objective = field(10);
        if (objective.compare(u"Infeasible", Qt::CaseInsensitive) == 0) {
            instance.objectiveKind = MiplibInstance::Objective::Infeasible;
        } else if (objective.compare(u"Unbounded", Qt::CaseInsensitive) == 0) {
            instance.objectiveKind = MiplibInstance::Objective::Unbounded;
        } else if (!objective.isEmpty() && objective.compare(u"NA", Qt::CaseInsensitive) != 0) {
            const bool bestKnown = objective.endsWith(u'*');
            if (bestKnown)
                objective.chop(1);
            bool ok = false;
            instance.objective = objective.toDouble(&ok);
            if (!ok)
                throw InputError(Tr::tr("%1, line %2: objective '%3' is not a number, a number with *, Infeasible, Unbounded or NA")
                                     .arg(sourceName).arg(lineNumber).arg(field(10)));
            instance.objectiveKind = bestKnown ? MiplibInstance::Objective::BestKnown : MiplibInstance::Objective::Value;
        }
        instance.tags = field(11).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        instances.append(instance);
    }
    if (instances.isEmpty())
        throw InputError(Tr::tr("%1 lists no instances").arg(sourceName));
    return instances;
}

QVector<MiplibInstance> readMiplibTable(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(Tr::tr("cannot read '%1': %2").arg(path, file.errorString()));
    if (file.size() > 64LL * 1024 * 1024)
        throw InputError(Tr::tr("'%1' is too large for a collection table (%2 MB)").arg(path).arg(file.size() / 1'000'000));
    return parseMiplibTable(file.readAll(), QFileInfo(path).fileName());
}

} // namespace gradus
