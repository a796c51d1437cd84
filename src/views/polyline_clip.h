#pragma once
// Cuts lines in pixel space to a rectangle before they reach QPainter. A diverging run leaves
// points at 10¹² pixels; stroked as they are (or clamped), Qt's raster engine spends minutes
// filling the pen's outline far outside the picture. Cut at the rectangle, a line keeps its direction.

#include <QLineF>
#include <QPolygonF>
#include <QRectF>
#include <QVector>

#include <optional>

namespace gradus {

bool isFinite(const QPointF& p);

// The part of `segment` inside `bounds`, or nothing when it misses it or has a non-finite end.
std::optional<QLineF> clipSegment(const QLineF& segment, const QRectF& bounds);

// The visible runs of a polyline: pieces inside `bounds`, split where the line leaves the rectangle
// or meets a non-finite point. A single finite point inside `bounds` is a run of its own.
QVector<QPolygonF> clipPolyline(const QPolygonF& line, const QRectF& bounds);

// The same for a closed outline (the last point joins the first).
QVector<QPolygonF> clipOutline(const QPolygonF& outline, const QRectF& bounds);

// True when every point is finite and inside `bounds`: nothing to cut.
bool insideBounds(const QPolygonF& points, const QRectF& bounds);

} // namespace gradus
