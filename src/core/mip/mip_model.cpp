#include "mip_model.h"

#include "isolated_read.h"

#include <CoinError.hpp>
#include <CoinLpIO.hpp>
#include <CoinMessageHandler.hpp>
#include <CoinMpsIO.hpp>
#include <CoinPackedMatrix.hpp>

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

// Keeps what a COIN-OR reader says instead of printing it, so that a broken file's complaint can
// be shown to the user.
class RecordingHandler : public CoinMessageHandler {
public:
    RecordingHandler() { setLogLevel(1); }
    RecordingHandler(const RecordingHandler&) = default;
    CoinMessageHandler* clone() const override { return new RecordingHandler(*this); }
    int print() override
    {
        std::string line = messageBuffer();
        if (!line.empty())
            lines.push_back(line);
        return 0;
    }
    // The reader's warnings and errors without COIN-OR's message numbers, each once
    // ("Bad image at line 7 < X >"), or its last line when it gave no reason.
    std::string complaints() const
    {
        std::vector<std::string> seen;
        std::string text;
        for (std::string line : lines) {
            // "Coin3002W Bad image …": the letter after the number is the severity.
            if (line.rfind("Coin", 0) == 0 && line.size() > 9 && line[8] != ' ') {
                if (line[8] == 'I' || line.find("too many errors") != std::string::npos)
                    continue;
                line = line.substr(line.find(' ') + 1);
            }
            if (std::find(seen.begin(), seen.end(), line) != seen.end())
                continue;
            seen.push_back(line);
            text += (text.empty() ? "" : "; ") + line;
        }
        if (text.size() > 400)
            text = text.substr(0, 400) + "…";
        return text;
    }
    std::vector<std::string> lines;
};

double finiteOrInfinite(double value)
{
    // COIN-OR writes infinity as its largest double.
    if (value >= 1e30)
        return kInfinity;
    if (value <= -1e30)
        return -kInfinity;
    return value;
}

template <typename Reader>
LinearModel modelFrom(Reader& reader, const CoinPackedMatrix& byRow, const std::string& name)
{
    LinearModel model;
    model.name = name;
    const int columns = reader.getNumCols(), rows = reader.getNumRows();
    for (int j = 0; j < columns; ++j) {
        model.objective.push_back(reader.getObjCoefficients()[j]);
        model.lower.push_back(finiteOrInfinite(reader.getColLower()[j]));
        model.upper.push_back(finiteOrInfinite(reader.getColUpper()[j]));
        model.integer.push_back(reader.isInteger(j));
        model.columnNames.push_back(reader.columnName(j) ? reader.columnName(j) : "");
    }
    model.rows.resize(std::size_t(rows));
    for (int i = 0; i < rows; ++i) {
        const CoinShallowPackedVector row = byRow.getVector(i);
        for (int k = 0; k < row.getNumElements(); ++k)
            model.rows[std::size_t(i)].push_back({row.getIndices()[k], row.getElements()[k]});
        model.rowLower.push_back(finiteOrInfinite(reader.getRowLower()[i]));
        model.rowUpper.push_back(finiteOrInfinite(reader.getRowUpper()[i]));
    }
    return model;
}

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

// CoinLpIO 1.11 must only see files shaped like LP files: it reads past its buffer when a file has no
// objective section (seen under valgrind with a one-line text file), and loops for ever when a Generals
// or Binaries section runs to the end of the file (found by fuzzing). So the first word that is not a
// comment (\ …) must name the objective's sense, and an End line must close the file, as the format asks.
// Returns what is wrong, or an empty string.
std::string lpFileProblem(const std::string& path)
{
    std::ifstream in(path);
    std::string line;
    bool sawObjective = false, sawEnd = false;
    while (std::getline(in, line)) {
        const auto start = line.find_first_not_of(" \t\r\v\f");
        if (start == std::string::npos || line[start] == '\\')
            continue;
        std::string word;
        for (std::size_t k = start; k < line.size() && std::isalpha(static_cast<unsigned char>(line[k])); ++k)
            word += char(std::tolower(static_cast<unsigned char>(line[k])));
        if (!sawObjective) {
            for (const char* sense : {"minimize", "minimise", "minimum", "min", "maximize", "maximise", "maximum", "max"})
                sawObjective = sawObjective || word == sense;
            if (!sawObjective)
                return "an LP file starts with its objective: Minimize or Maximize, then Subject To, Bounds, Generals and End";
        }
        const auto last = line.find_last_not_of(" \t\r\v\f");
        sawEnd = word == "end" && last - start + 1 == 3;
    }
    if (!sawObjective)
        return "the LP file is empty: it starts with Minimize or Maximize, then Subject To, Bounds, Generals and End";
    if (!sawEnd)
        return "the LP file does not finish with an End line: it may be cut short (LP files end with End)";
    return {};
}

} // namespace

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
    for (int j = 0; j < split.n; ++j) {
        model.objective.push_back(0);
        model.lower.push_back(0);
        model.upper.push_back(1);
        model.integer.push_back(true);
        model.columnNames.push_back(std::string("x").append(std::to_string(j + 1)));
    }
    for (int i = 0; i < m; ++i)
        for (const char* sign : {"plus", "minus"}) {
            model.objective.push_back(1);
            model.lower.push_back(0);
            model.upper.push_back(kInfinity);
            model.integer.push_back(false);
            model.columnNames.push_back(std::string("s_") + sign + std::to_string(i + 1));
        }
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
        model.objective.push_back(value);
        model.lower.push_back(0);
        model.upper.push_back(1);
        model.integer.push_back(true);
    }
    model.rows.push_back(weights);
    model.rowLower.push_back(-kInfinity);
    model.rowUpper.push_back(std::floor(total / 2));
    return model;
}

namespace {

LinearModel readModelFileHere(const std::string& path)
{
    RecordingHandler handler;
    try {
        if (endsWith(path, ".lp") || endsWith(path, ".lp.gz")) {
            if (endsWith(path, ".gz"))
                throw std::invalid_argument("compressed LP files are not read: unpack it first (gunzip)");
            if (const std::string problem = lpFileProblem(path); !problem.empty())
                throw std::invalid_argument(problem);
            CoinLpIO reader;
            reader.passInMessageHandler(&handler);
            reader.readLp(path.c_str());
            if (reader.getNumCols() == 0)
                throw std::invalid_argument("no variables in the LP file" + (handler.lines.empty() ? std::string() : ": " + handler.complaints()));
            LinearModel model = modelFrom(reader, *reader.getMatrixByRow(), baseName(path));
            return model;
        }
        CoinMpsIO reader;
        reader.passInMessageHandler(&handler);
        const int errors = reader.readMps(path.c_str(), "");
        if (errors != 0)
            throw std::invalid_argument(std::string("the MPS file is broken") + (handler.complaints().empty() ? "" : ": " + handler.complaints()));
        if (reader.getNumCols() == 0)
            throw std::invalid_argument("no variables in the MPS file");
        return modelFrom(reader, *reader.getMatrixByRow(), reader.getProblemName() && *reader.getProblemName() ? reader.getProblemName() : baseName(path));
    } catch (const CoinError& e) {
        throw std::invalid_argument("the file is not a valid model: " + e.message());
    }
}

} // namespace

LinearModel readModelFile(const std::string& path)
{
    if (!std::ifstream(path).good())
        throw std::invalid_argument("cannot open " + path);
    // COIN-OR's readers crash or loop on some malformed files: they run in a child process.
    constexpr int kReaderSeconds = 30;
    return readInChildProcess([&] { return readModelFileHere(path); }, kReaderSeconds);
}

} // namespace gradus::core::mip
