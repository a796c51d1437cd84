#include "scalar_quantizer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace gradus::core::quantization {

double Codebook::nearest(double value) const
{
    // levels are sorted: the first level not below the value, or the one before it
    const auto above = std::lower_bound(levels.begin(), levels.end(), value);
    if (above == levels.begin())
        return *above;
    if (above == levels.end())
        return levels.back();
    const double below = *(above - 1);
    return value - below <= *above - value ? below : *above;
}

Eigen::MatrixXd Codebook::apply(const Eigen::MatrixXd& values) const
{
    return values.unaryExpr([this](double v) { return nearest(v); });
}

Codebook uniformCodebook(const Eigen::MatrixXd& values, int bits)
{
    if (bits <= 0)
        return {{values.mean()}}; // no bits: one level, and the mean is the best one
    const double lo = values.minCoeff(), hi = values.maxCoeff();
    if (!(hi > lo))
        return {{lo}};
    const int count = 1 << bits;
    Codebook book;
    for (int i = 0; i < count; ++i)
        book.levels.push_back(lo + (hi - lo) * i / (count - 1));
    return book;
}

namespace {

std::vector<double> sortedValues(const Eigen::MatrixXd& values)
{
    std::vector<double> sorted(values.data(), values.data() + values.size());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

// Lloyd on sorted values with prefix sums: an assignment is k − 1 cut points (the midpoints between
// centroids), found by binary search, so one iteration costs O(k log n) however many values there are.
std::vector<double> lloyd(const std::vector<double>& sorted, const std::vector<double>& prefix, std::vector<double> centroids,
                          int maxIterations)
{
    const std::size_t k = centroids.size();
    std::vector<std::size_t> cuts(k + 1);
    for (int iteration = 0; iteration < maxIterations; ++iteration) {
        cuts[0] = 0;
        cuts[k] = sorted.size();
        for (std::size_t j = 1; j < k; ++j) {
            const double midpoint = 0.5 * (centroids[j - 1] + centroids[j]);
            // ties go to the lower centroid, as Codebook::nearest sends them
            cuts[j] = std::size_t(std::upper_bound(sorted.begin(), sorted.end(), midpoint) - sorted.begin());
        }
        bool moved = false;
        for (std::size_t j = 0; j < k; ++j) {
            const std::size_t count = cuts[j + 1] - cuts[j];
            if (count == 0)
                continue;
            const double mean = (prefix[cuts[j + 1]] - prefix[cuts[j]]) / double(count);
            moved |= mean != centroids[j];
            centroids[j] = mean;
        }
        if (!moved)
            break;
    }
    return centroids;
}

std::vector<double> prefixSums(const std::vector<double>& sorted)
{
    std::vector<double> prefix(sorted.size() + 1, 0.0);
    for (std::size_t i = 0; i < sorted.size(); ++i)
        prefix[i + 1] = prefix[i] + sorted[i];
    return prefix;
}

std::vector<double> distinctSorted(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

double squaredError(const std::vector<double>& sorted, const Codebook& book)
{
    double sum = 0;
    for (double v : sorted) {
        const double d = v - book.nearest(v);
        sum += d * d;
    }
    return sum;
}

std::vector<double> quantileStart(const std::vector<double>& sorted, int k)
{
    std::vector<double> start;
    const double n = double(sorted.size());
    for (int i = 0; i < k; ++i)
        start.push_back(sorted[std::min(sorted.size() - 1, std::size_t((i + 0.5) * n / k))]);
    return distinctSorted(start);
}

std::vector<double> kMeansPlusPlusStart(const std::vector<double>& sorted, int k, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::vector<double> start{sorted[std::uniform_int_distribution<std::size_t>(0, sorted.size() - 1)(rng)]};
    std::vector<double> distance2(sorted.size());
    for (std::size_t i = 0; i < sorted.size(); ++i)
        distance2[i] = (sorted[i] - start[0]) * (sorted[i] - start[0]);
    for (int c = 1; c < k; ++c) {
        // the next centroid is a value drawn with probability proportional to its squared distance
        std::discrete_distribution<std::size_t> draw(distance2.begin(), distance2.end());
        const double chosen = sorted[draw(rng)];
        start.push_back(chosen);
        for (std::size_t i = 0; i < sorted.size(); ++i)
            distance2[i] = std::min(distance2[i], (sorted[i] - chosen) * (sorted[i] - chosen));
        if (std::all_of(distance2.begin(), distance2.end(), [](double d) { return d == 0; }))
            break; // fewer distinct values than centroids
    }
    return distinctSorted(start);
}

} // namespace

Codebook lloydCentroids(const Eigen::MatrixXd& values, std::vector<double> initial, int maxIterations)
{
    const std::vector<double> sorted = sortedValues(values);
    if (sorted.empty())
        return {};
    return {distinctSorted(lloyd(sorted, prefixSums(sorted), distinctSorted(std::move(initial)), maxIterations))};
}

Codebook kMeansCodebook(const Eigen::MatrixXd& values, int bits, std::uint64_t seed)
{
    const std::vector<double> sorted = sortedValues(values);
    if (sorted.empty())
        return {};
    const std::vector<double> prefix = prefixSums(sorted);
    const int k = 1 << bits;
    Codebook best;
    double bestError = std::numeric_limits<double>::infinity();
    for (const std::vector<double>& start : {quantileStart(sorted, k), kMeansPlusPlusStart(sorted, k, seed)}) {
        Codebook book{distinctSorted(lloyd(sorted, prefix, start, 10000))};
        const double error = squaredError(sorted, book);
        if (error < bestError) {
            bestError = error;
            best = std::move(book);
        }
    }
    return best;
}

double relativeError(const Eigen::MatrixXd& a, const Eigen::MatrixXd& b)
{
    const double norm = a.norm();
    const double difference = (a - b).norm();
    return norm > 0 ? difference / norm : difference;
}

} // namespace gradus::core::quantization
