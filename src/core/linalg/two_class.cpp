#include "two_class.h"

#include "core/regression/double_descent.h"

#include <cmath>
#include <stdexcept>

namespace gradus::core {

namespace {

Vec2 withFixedSign(Vec2 d)
{
    const double n = norm(d);
    if (!(n > 0))
        return {1, 0};
    d = (1 / n) * d;
    const double dominant = std::abs(d[0]) >= std::abs(d[1]) ? d[0] : d[1];
    return dominant < 0 ? -1.0 * d : d;
}

} // namespace

TwoClassData makeTwoClouds(int sizeA, int sizeB, double separation, double spread, double width, double angleDegrees,
                           std::uint32_t seed)
{
    if (sizeA < 2 || sizeB < 2)
        throw std::invalid_argument("each class needs at least two points");
    const std::vector<double> z = regression::numpyLegacyNormal(seed, 1.0, 2 * (sizeA + sizeB));
    const double angle = angleDegrees * M_PI / 180;
    const Vec2 along{std::cos(angle), std::sin(angle)}, across{-std::sin(angle), std::cos(angle)};
    TwoClassData data;
    for (int c = 0; c < 2; ++c) {
        const Vec2 centre = ((c == 0 ? -0.5 : 0.5) * separation) * across;
        const int size = c == 0 ? sizeA : sizeB, before = c == 0 ? 0 : sizeA;
        for (int i = 0; i < size; ++i) {
            const std::size_t k = std::size_t(2 * (before + i));
            data.points.push_back(centre + (spread * z[k]) * along + (width * z[k + 1]) * across);
            data.labels.push_back(c);
        }
    }
    return data;
}

Vec2 meanOf(const std::vector<Vec2>& points)
{
    Vec2 sum{0, 0};
    for (const Vec2& p : points)
        sum = sum + p;
    return points.empty() ? sum : (1.0 / double(points.size())) * sum;
}

std::vector<Vec2> makeNotebookCloud(int size, std::uint32_t seed)
{
    const std::vector<double> z = regression::numpyLegacyNormal(seed, 1.0, 2 * size);
    const double l11 = 1, l21 = 0.6, l22 = std::sqrt(0.6 - 0.6 * 0.6); // cholesky([[1, .6], [.6, .6]])
    std::vector<Vec2> points;
    for (int i = 0; i < size; ++i) {
        const double a = z[std::size_t(2 * i)], b = z[std::size_t(2 * i + 1)];
        points.push_back({a * l11 + b * l21 + 1, b * l22 + 1}); // the row (a, b) times L
    }
    return points;
}

Sym2 covarianceOf(const std::vector<Vec2>& points)
{
    if (points.size() < 2)
        throw std::invalid_argument("a covariance needs at least two points");
    const Vec2 m = meanOf(points);
    Sym2 c;
    for (const Vec2& p : points) {
        const Vec2 d = p - m;
        c.xx += d[0] * d[0], c.xy += d[0] * d[1], c.yy += d[1] * d[1];
    }
    const double scale = 1.0 / double(points.size() - 1);
    return {c.xx * scale, c.xy * scale, c.yy * scale};
}

Vec2 pcaDirection(const std::vector<Vec2>& points)
{
    const Sym2 c = covarianceOf(points);
    const double largest = c.eigenvalues()[1];
    // (C − λI)v = 0: take the better-conditioned row.
    const Vec2 fromFirst{c.xy, largest - c.xx}, fromSecond{largest - c.yy, c.xy};
    return withFixedSign(norm(fromFirst) >= norm(fromSecond) ? fromFirst : fromSecond);
}

Vec2 ldaDirection(const TwoClassData& data)
{
    std::vector<Vec2> classes[2];
    for (std::size_t i = 0; i < data.points.size(); ++i)
        classes[data.labels[i] == 0 ? 0 : 1].push_back(data.points[i]);
    if (classes[0].empty() || classes[1].empty())
        throw std::invalid_argument("LDA needs points of both classes");
    Sym2 scatter;
    Vec2 means[2];
    for (int c = 0; c < 2; ++c) {
        means[c] = meanOf(classes[c]);
        for (const Vec2& p : classes[c]) {
            const Vec2 d = p - means[c];
            scatter.xx += d[0] * d[0], scatter.xy += d[0] * d[1], scatter.yy += d[1] * d[1];
        }
    }
    Vec2 w{0, 0};
    if (!scatter.solve(means[1] - means[0], w))
        throw std::invalid_argument("the classes have no spread in some direction: LDA's direction is not defined");
    return withFixedSign(w);
}

double projectedVariance(const std::vector<Vec2>& points, const Vec2& d)
{
    const Sym2 c = covarianceOf(points);
    return dot(d, c * d);
}

double fisherRatio(const TwoClassData& data, const Vec2& d)
{
    // Two passes (means, then scatters) so that points far from the origin lose no precision.
    double sum[2] = {0, 0};
    int count[2] = {0, 0};
    for (std::size_t i = 0; i < data.points.size(); ++i) {
        const int c = data.labels[i] == 0 ? 0 : 1;
        sum[c] += dot(data.points[i], d), ++count[c];
    }
    if (count[0] == 0 || count[1] == 0)
        throw std::invalid_argument("the Fisher ratio needs points of both classes");
    const double mean[2] = {sum[0] / count[0], sum[1] / count[1]};
    double scatter[2] = {0, 0};
    for (std::size_t i = 0; i < data.points.size(); ++i) {
        const int c = data.labels[i] == 0 ? 0 : 1;
        const double y = dot(data.points[i], d) - mean[c];
        scatter[c] += y * y;
    }
    return (mean[1] - mean[0]) * (mean[1] - mean[0]) / (scatter[0] / count[0] + scatter[1] / count[1]);
}

} // namespace gradus::core
