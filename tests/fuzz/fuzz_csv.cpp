// Every CSV reader: data tables of the lessons (points, labelled rows such as cities, distance matrices all
// go through parseNumericCsv) and the MIPLIB table. The first byte picks the columns needed and the mode.
#include "fuzz_support.h"
#include "io/csv_table.h"
#include "io/miplib_table.h"

using namespace gradus;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    fuzz::ensureApplication();
    const int minColumns = 1 + data[0] % 4;
    const bool labelledRows = data[0] & 0x10;
    const QByteArray text = fuzz::bytesOf(data + 1, size - 1);
    const CsvLimits limits{1024 * 1024, 100'000};
    if (data[0] & 0x80)
        return fuzz::runOne([&] { (void)parseMiplibTable(text, "fuzz.csv"); });
    return fuzz::runOne([&] {
        const NumericTable table = parseNumericCsv(text, "fuzz.csv", minColumns, limits, labelledRows);
        for (const auto& column : table.columns)
            if (column.size() != table.rowCount())
                __builtin_trap(); // a ragged table would break every lesson that reads it
    });
}
