#include "surface_map.h"

#include "views/field_view.h"
#include "views/plot_style.h"

#include <QCoreApplication>

#include <cmath>

namespace gradus {

namespace {
// The translation context of this file's labels (lupdate reads the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gradus::SurfaceMap)
};
} // namespace

void showSurfaceOnMap(FieldView& map, std::shared_ptr<const core::TestFunction> shared, bool labelMinimum)
{
    const core::TestFunction& function = *shared;
    const double fMin = function.minimumValue();
    const bool bounded = std::isfinite(fMin);
    const FieldView::Sampler sampler = [shared](double x, double y) { return shared->value({x, y}); };
    const core::Box2 box = function.defaultBox();
    const DataBox dataBox{box.x0, box.x1, box.y0, box.y1};
    map.setField(sampler, bounded ? FieldView::ColorScale::LogAboveFloor : FieldView::ColorScale::Linear, bounded ? fMin : 0.0);
    map.setContourLevels(suggestedContourLevels(sampler, dataBox, fMin, bounded));
    map.setHomeBox(dataBox);
    QVector<FieldPoint> minima;
    for (const core::Vec2& m : function.localMinima())
        minima.append({QPointF(m[0], m[1]), QString(), Qt::white, FieldPoint::Shape::Star});
    if (!minima.isEmpty() && labelMinimum) {
        // Where the infimum is not attained (peaks), the star marks the well, which is not the lowest point.
        const core::Vec2 first = function.localMinima().front();
        minima.first().label = function.minima().empty()
                                   ? Tr::tr("local minimum f = %1").arg(style::formatValue(function.value(first)))
                                   : Tr::tr("minimum f* = %1").arg(style::formatValue(fMin));
    }
    map.setPoints(minima);
}

void showQuadraticOnMap(FieldView& map, const Eigen::Matrix2d& A, const DataBox& box)
{
    const FieldView::Sampler value = [A](double x, double y) {
        const Eigen::Vector2d p(x, y);
        return 0.5 * p.dot(A * p);
    };
    map.setField(value, FieldView::ColorScale::Linear);
    map.setContourField(value);
    map.setContourLevels(suggestedContourLevels(value, box, 0, true, 14));
    map.setHomeBox(box);
}

} // namespace gradus
