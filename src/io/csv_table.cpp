#include "csv_table.h"

#include "framework/errors.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace gradus {

namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gradus::CsvTable)
};

enum class Separator { Comma, Semicolon, Tab, Blank };

Separator detectSeparator(const QString& line)
{
    if (line.contains(QLatin1Char('\t')))
        return Separator::Tab;
    if (line.contains(QLatin1Char(';')))
        return Separator::Semicolon;
    if (line.contains(QLatin1Char(',')))
        return Separator::Comma;
    return Separator::Blank;
}

QStringList splitFields(const QString& line, Separator separator)
{
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    QStringList fields;
    switch (separator) {
    case Separator::Tab: fields = line.split(QLatin1Char('\t')); break;
    case Separator::Semicolon: fields = line.split(QLatin1Char(';')); break;
    case Separator::Comma: fields = line.split(QLatin1Char(',')); break;
    case Separator::Blank: fields = line.trimmed().split(blanks, Qt::SkipEmptyParts); break;
    }
    for (QString& field : fields) {
        field = field.trimmed();
        if (field.size() >= 2 && field.startsWith(QLatin1Char('"')) && field.endsWith(QLatin1Char('"')))
            field = field.mid(1, field.size() - 2).trimmed();
    }
    return fields;
}

bool parseNumber(QString field, Separator separator, double& value)
{
    if (separator != Separator::Comma && separator != Separator::Blank)
        field.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    value = field.toDouble(&ok);
    return ok;
}

} // namespace

NumericTable parseNumericCsv(const QByteArray& text, const QString& sourceName, int minColumns, const CsvLimits& limits,
                             bool labelledRows)
{
    const int skip = labelledRows ? 1 : 0; // leading text fields
    if (text.contains('\0'))
        throw InputError(Tr::tr("'%1' is not a text file").arg(sourceName));
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));

    NumericTable table;
    Separator separator = Separator::Comma;
    bool separatorKnown = false;
    int width = -1;
    for (int index = 0; index < lines.size(); ++index) {
        QString line = lines[index];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (index == 0 && line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1); // byte order mark written by some spreadsheets
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (!separatorKnown) {
            separator = detectSeparator(line);
            separatorKnown = true;
        }
        const QStringList fields = splitFields(line, separator);
        const int lineNumber = index + 1;

        QVector<double> numbers;
        numbers.reserve(fields.size());
        int firstBad = -1;
        for (int c = skip; c < fields.size(); ++c) {
            double value = 0;
            if (!parseNumber(fields[c], separator, value)) {
                if (firstBad < 0)
                    firstBad = c;
                continue;
            }
            if (!std::isfinite(value))
                throw InputError(Tr::tr("%1, line %2, column %3: '%4' is not a finite number")
                                     .arg(sourceName).arg(lineNumber).arg(c + 1).arg(fields[c]));
            numbers.append(value);
        }

        if (width < 0) {
            width = int(fields.size());
            if (width - skip < minColumns)
                throw InputError(Tr::tr("%1, line %2: expected at least %3 columns, found %4")
                                     .arg(sourceName).arg(lineNumber).arg(minColumns + skip).arg(width));
            table.columns.resize(width - skip);
            if (firstBad >= 0) {
                table.header = fields; // the first line with text in it names the columns
                continue;
            }
        }
        if (fields.size() != width)
            throw InputError(Tr::tr("%1, line %2: expected %3 columns like the first line, found %4")
                                 .arg(sourceName).arg(lineNumber).arg(width).arg(fields.size()));
        if (firstBad >= 0)
            throw InputError(Tr::tr("%1, line %2, column %3: '%4' is not a number")
                                 .arg(sourceName).arg(lineNumber).arg(firstBad + 1).arg(fields[firstBad]));
        if (table.rowCount() >= limits.maxRows)
            throw InputError(Tr::tr("%1 has more than %2 rows").arg(sourceName).arg(limits.maxRows));
        for (int c = 0; c < width - skip; ++c)
            table.columns[c].append(numbers[c]);
        if (labelledRows)
            table.rowLabels.append(fields[0]);
    }
    if (table.rowCount() == 0)
        throw InputError(Tr::tr("%1 contains no rows of numbers").arg(sourceName));
    return table;
}

NumericTable readNumericCsv(const QString& path, int minColumns, const CsvLimits& limits, bool labelledRows)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw InputError(Tr::tr("file '%1' does not exist").arg(path));
    if (info.isDir())
        throw InputError(Tr::tr("'%1' is a folder, not a file").arg(path));
    if (info.size() > limits.maxBytes)
        throw InputError(Tr::tr("'%1' is too large (%2 MB; the limit is %3 MB)")
                             .arg(path).arg(info.size() / 1'000'000).arg(limits.maxBytes / 1'000'000));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(Tr::tr("cannot read '%1': %2").arg(path, file.errorString()));
    return parseNumericCsv(file.readAll(), info.fileName(), minColumns, limits, labelledRows);
}

} // namespace gradus
