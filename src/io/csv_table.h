#pragma once
// Numeric tables from CSV-like text files, as students export them from spreadsheets and numpy.

#include <QString>
#include <QStringList>
#include <QVector>

namespace gradus {

struct NumericTable {
    QStringList header;               // empty when the file has none
    QVector<QVector<double>> columns; // columns[c][row]
    QStringList rowLabels;            // with labelled rows: the first field of every row (e.g. a city)

    int rowCount() const { return columns.isEmpty() ? 0 : int(columns.first().size()); }
    int columnCount() const { return int(columns.size()); }
};

struct CsvLimits {
    qint64 maxBytes = 256LL * 1024 * 1024;
    int maxRows = 5'000'000;
};

// Accepts comma, semicolon, tab or blank separated values; an optional header line (detected when
// the first line is not all numbers); blank lines and lines starting with '#' are skipped; with
// semicolon or tab separators a decimal comma ("1,5") is accepted too.
// Throws InputError naming the file, line and column for anything it cannot read.
// With `labelledRows`, the first field of every row is text kept in rowLabels, and minColumns
// counts the numbers after it.
NumericTable parseNumericCsv(const QByteArray& text, const QString& sourceName, int minColumns,
                             const CsvLimits& limits = {}, bool labelledRows = false);
NumericTable readNumericCsv(const QString& path, int minColumns, const CsvLimits& limits = {}, bool labelledRows = false);

} // namespace gradus
