#include "polyline_clip.h"

#include <cmath>

namespace gradus {

bool isFinite(const QPointF& p) { return std::isfinite(p.x()) && std::isfinite(p.y()); }

std::optional<QLineF> clipSegment(const QLineF& segment, const QRectF& bounds)
{
    const QPointF a = segment.p1(), b = segment.p2();
    if (!isFinite(a) || !isFinite(b))
        return std::nullopt;
    // Liang–Barsky: the segment is a + t(b − a), t ∈ [0, 1]; each side of the rectangle narrows t.
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    double enter = 0, leave = 1;
    const auto narrow = [&](double p, double q) {
        if (p == 0)
            return q >= 0; // parallel to this side: inside or out entirely
        const double t = q / p;
        if (p < 0)
            enter = std::max(enter, t);
        else
            leave = std::min(leave, t);
        return enter <= leave;
    };
    if (!narrow(-dx, a.x() - bounds.left()) || !narrow(dx, bounds.right() - a.x()) ||
        !narrow(-dy, a.y() - bounds.top()) || !narrow(dy, bounds.bottom() - a.y()))
        return std::nullopt;
    return QLineF(a + enter * QPointF(dx, dy), a + leave * QPointF(dx, dy));
}

bool insideBounds(const QPolygonF& points, const QRectF& bounds)
{
    for (const QPointF& p : points)
        if (!isFinite(p) || p.x() < bounds.left() || p.x() > bounds.right() || p.y() < bounds.top() ||
            p.y() > bounds.bottom())
            return false;
    return true;
}

QVector<QPolygonF> clipPolyline(const QPolygonF& line, const QRectF& bounds)
{
    if (insideBounds(line, bounds))
        return line.isEmpty() ? QVector<QPolygonF>{} : QVector<QPolygonF>{line};
    QVector<QPolygonF> runs;
    QPolygonF run;
    const auto finishRun = [&] {
        if (!run.isEmpty())
            runs.append(run);
        run.clear();
    };
    if (line.size() == 1)
        return runs;
    for (qsizetype k = 1; k < line.size(); ++k) {
        const std::optional<QLineF> piece = clipSegment(QLineF(line[k - 1], line[k]), bounds);
        if (!piece) {
            finishRun();
            continue;
        }
        if (run.isEmpty() || run.last() != piece->p1()) {
            finishRun();
            run << piece->p1();
        }
        run << piece->p2();
        if (piece->p2() != line[k]) // it left the rectangle here
            finishRun();
    }
    finishRun();
    return runs;
}

QVector<QPolygonF> clipOutline(const QPolygonF& outline, const QRectF& bounds)
{
    if (outline.isEmpty())
        return {};
    QPolygonF closed = outline;
    if (closed.first() != closed.last())
        closed << closed.first();
    return clipPolyline(closed, bounds);
}

} // namespace gradus
