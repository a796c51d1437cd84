#pragma once
// Numbers for `gradus data`: any range of numbers (std::vector, an Eigen vector, a Vec2) as a JSON
// array, lists of them as arrays of arrays, with NaN and ±Inf written as null (JSON has no such numbers; the lessons document it).

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace gradus {

inline QJsonValue jsonNumber(double value) { return std::isfinite(value) ? QJsonValue(value) : QJsonValue(); }

template <class Range>
QJsonArray jsonNumbers(const Range& values)
{
    QJsonArray out;
    for (const auto& value : values)
        out.append(jsonNumber(double(value)));
    return out;
}

// A list of rows (points, matrix rows, per-iteration vectors) as an array of arrays.
template <class Rows>
QJsonArray jsonRows(const Rows& rows)
{
    QJsonArray out;
    for (const auto& row : rows)
        out.append(jsonNumbers(row));
    return out;
}

} // namespace gradus
