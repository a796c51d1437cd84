#pragma once
// Numbers for `gradus data`: any range of numbers (std::vector, an Eigen vector, a Vec2) as a JSON
// array, with NaN and ±Inf written as null (JSON has no such numbers; the lessons document it).

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

} // namespace gradus
