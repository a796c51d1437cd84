#pragma once
// A mixed-integer linear program as plain data, the instance families that show that size does not
// predict difficulty (market split, knapsack), and the MPS / LP file reader (model_formats.h). Solving
// is in cbc_solver.h, by the cbc program: no solver library is linked into Gradus.

#include <cstdint>
#include <string>
#include <vector>

namespace gradus::core::mip {

struct LinearModel {
    std::string name;
    bool maximize = false;
    // Columns.
    std::vector<double> objective, lower, upper;
    std::vector<bool> integer;
    std::vector<std::string> columnNames; // may be empty
    // Rows: rowLower ≤ Σ_j A_ij x_j ≤ rowUpper, A stored by rows as (column, value) pairs.
    std::vector<std::vector<std::pair<int, double>>> rows;
    std::vector<double> rowLower, rowUpper;

    int variables() const { return int(objective.size()); }
    // Appends a column (in no row yet) and returns its index.
    int addColumn(std::string columnName, double cost, double lowerBound, double upperBound, bool isInteger);
    int constraints() const { return int(rows.size()); }
    int integerVariables() const;
    std::size_t nonzeros() const;
};

// Market split (Cornuéjols & Dawande 1999) as an optimization problem: m rows, n = 10(m − 1)
// binaries, a_ij uniform in {0, …, 99}, d_i = ⌊½ Σ_j a_ij⌋;
// minimize Σ_i (s⁺_i + s⁻_i) subject to Σ_j a_ij x_j + s⁺_i − s⁻_i = d_i, s ≥ 0.
// The optimum is 0 exactly when the feasibility version has a solution. `a` is filled with the
// coefficients (row-major, m × n) and `d` with the right-hand sides.
struct MarketSplit {
    int m = 0, n = 0;
    std::vector<std::vector<int>> a;
    std::vector<int> d;
    LinearModel model;
};
MarketSplit makeMarketSplit(int m, std::uint32_t seed);

// A 0/1 knapsack with n items: weights and values uniform in {1, …, 100}, capacity half the total
// weight; maximize the value. Easy for any modern solver even with 10⁵ items.
LinearModel makeKnapsack(int n, std::uint32_t seed);

// Reads an MPS (free or fixed, optionally gzipped) or CPLEX LP file, by extension (.lp is LP,
// anything else MPS), in a child process. Throws std::invalid_argument with the line and what is wrong
// when the file cannot be read or is malformed.
LinearModel readModelFile(const std::string& path);

} // namespace gradus::core::mip
