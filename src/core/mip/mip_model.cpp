#include "mip_model.h"

#include "isolated_read.h"

#include "model_formats.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <limits>
#include <random>
#include <stdexcept>

namespace gradus::core::mip {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

std::string baseName(const std::string& path)
{
    std::string name = path.substr(path.find_last_of('/') + 1);
    for (const char* ending : {".gz", ".mps", ".lp", ".MPS", ".LP"})
        if (name.size() > std::string(ending).size() && name.compare(name.size() - std::string(ending).size(), std::string::npos, ending) == 0)
            name.resize(name.size() - std::string(ending).size());
    return name;
}

bool endsWith(const std::string& text, const std::string& ending)
{
    return text.size() >= ending.size() && std::equal(ending.rbegin(), ending.rend(), text.rbegin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
           });
}

// The file's text, unpacked when it is gzipped (zlib reads plain files as they are).
std::string fileText(const std::string& path)
{
    // Far beyond any model the lesson can solve in class; a bigger "model" is a mistake or a decompression bomb.
    constexpr std::size_t kMaxBytes = std::size_t(1) << 30;
    gzFile file = gzopen(path.c_str(), "rb");
    if (!file)
        throw std::invalid_argument("cannot open " + path);
    std::string text;
    char buffer[1 << 16];
    for (;;) {
        const int n = gzread(file, buffer, sizeof buffer);
        if (n < 0) {
            int code = 0;
            const std::string why = gzerror(file, &code);
            gzclose(file);
            throw std::invalid_argument("the file cannot be unpacked (" + why + "): it may be damaged or cut short");
        }
        if (n == 0)
            break;
        text.append(buffer, std::size_t(n));
        if (text.size() > kMaxBytes) {
            gzclose(file);
            throw std::invalid_argument("the model is larger than 1 GiB of text: too large for the lesson");
        }
    }
    gzclose(file);
    if (text.find('\0') != std::string::npos)
        throw std::invalid_argument("this is not a text file: MPS and LP models are text");
    return text;
}

} // namespace

int LinearModel::addColumn(std::string columnName, double cost, double lowerBound, double upperBound, bool isInteger)
{
    objective.push_back(cost);
    lower.push_back(lowerBound);
    upper.push_back(upperBound);
    integer.push_back(isInteger);
    columnNames.push_back(std::move(columnName));
    return variables() - 1;
}

int LinearModel::integerVariables() const { return int(std::count(integer.begin(), integer.end(), true)); }

std::size_t LinearModel::nonzeros() const
{
    std::size_t count = 0;
    for (const auto& row : rows)
        count += row.size();
    return count;
}

MarketSplit makeMarketSplit(int m, std::uint32_t seed)
{
    if (m < 1)
        throw std::invalid_argument("market split needs at least one row");
    MarketSplit split;
    split.m = m;
    split.n = 10 * (m - 1);
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> coefficient(0, 99);
    split.a.assign(std::size_t(m), std::vector<int>(std::size_t(split.n)));
    for (auto& row : split.a)
        for (int& value : row)
            value = coefficient(rng);
    for (const auto& row : split.a) {
        long sum = 0;
        for (int value : row)
            sum += value;
        split.d.push_back(int(sum / 2));
    }
    LinearModel& model = split.model;
    model.name = "market-split-" + std::to_string(m) + "-" + std::to_string(seed);
    // Columns: x_1…x_n (binary), then s⁺_1, s⁻_1, …, s⁺_m, s⁻_m (continuous, ≥ 0).
    for (int j = 0; j < split.n; ++j)
        // append, not "x" + …: GCC 12 warns falsely (-Wrestrict) on operator+ with a temporary
        model.addColumn(std::string("x").append(std::to_string(j + 1)), 0, 0, 1, true);
    for (int i = 0; i < m; ++i)
        for (const char* sign : {"plus", "minus"})
            model.addColumn(std::string("s_") + sign + std::to_string(i + 1), 1, 0, kInfinity, false);
    for (int i = 0; i < m; ++i) {
        std::vector<std::pair<int, double>> row;
        for (int j = 0; j < split.n; ++j)
            if (split.a[std::size_t(i)][std::size_t(j)] != 0)
                row.push_back({j, double(split.a[std::size_t(i)][std::size_t(j)])});
        row.push_back({split.n + 2 * i, 1.0});
        row.push_back({split.n + 2 * i + 1, -1.0});
        model.rows.push_back(row);
        model.rowLower.push_back(split.d[std::size_t(i)]);
        model.rowUpper.push_back(split.d[std::size_t(i)]);
    }
    return split;
}

LinearModel makeKnapsack(int n, std::uint32_t seed)
{
    if (n < 1)
        throw std::invalid_argument("a knapsack needs at least one item");
    LinearModel model;
    model.name = "knapsack-" + std::to_string(n) + "-" + std::to_string(seed);
    model.maximize = true;
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> draw(1, 100);
    std::vector<std::pair<int, double>> weights;
    double total = 0;
    for (int j = 0; j < n; ++j) {
        const int weight = draw(rng), value = draw(rng);
        weights.push_back({j, double(weight)});
        total += weight;
        model.addColumn(std::string("x").append(std::to_string(j + 1)), value, 0, 1, true);
    }
    model.rows.push_back(weights);
    model.rowLower.push_back(-kInfinity);
    model.rowUpper.push_back(std::floor(total / 2));
    return model;
}

LinearModel readModelFile(const std::string& path)
{
    if (!std::ifstream(path).good())
        throw std::invalid_argument("cannot open " + path);
    const auto read = [&] {
        const std::string text = fileText(path);
        if (endsWith(path, ".lp") || endsWith(path, ".lp.gz"))
            return readLpText(text, baseName(path));
        return readMpsText(text, baseName(path));
    };
    // The readers are ours and fuzzed, but a file from anywhere is still read in a child process: whatever
    // it does to a reader costs a message, never the window.
    constexpr int kReaderSeconds = 30;
    return readInChildProcess(read, kReaderSeconds);
}

} // namespace gradus::core::mip
