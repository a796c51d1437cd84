#include "newton_figure.h"

#include "newton_lesson.h"
#include "lessons/common/run_legend.h"
#include "views/chart_panel.h"
#include "views/field_view.h"
#include "views/plot_style.h"

#include <cmath>

namespace gradus {

namespace {

const QColor kGradientColor(0, 114, 178);
const QColor kNewtonColor(153, 68, 170);
const QColor kArrowColor(40, 40, 40, 200);
const QColor kLevelLineColor(60, 60, 60, 110);
// Pale, so that arrows, level lines and paths stay readable on top.
const QVector<QColor> kSignatureColors = {QColor(205, 226, 245), QColor(253, 236, 170), QColor(250, 196, 180),
                                          QColor(200, 200, 200)};

// The direction of `kind` at (x, y) as the maps draw it (they normalise it to pixels themselves).
FieldView::VectorSampler directionSampler(std::shared_ptr<const core::TestFunction> function, core::DirectionKind kind)
{
    return [function = std::move(function), kind](double x, double y) {
        const core::Vec2 d = core::unitDirection(*function, kind, {x, y}, {});
        return QPointF(d[0], d[1]);
    };
}

void prepareMap(FieldView* map)
{
    map->setAxisTitles(QStringLiteral("x"), QStringLiteral("y"));
    map->setAspectLocked(true);
    map->setPickEnabled(true);
    map->setContourColor(kLevelLineColor);
    map->setToolTip(NewtonFigure::tr("Colour: the Hessian's signature. Click to start both methods there."));
}

} // namespace

NewtonFigure::NewtonFigure(QWidget* parent) : FigureOf(parent)
{
    gradientMap_ = new FieldView(this);
    newtonMap_ = new FieldView(this);
    prepareMap(gradientMap_);
    prepareMap(newtonMap_);
    function1D_ = new ChartPanel(this);
    function1D_->setAxisTitles(QStringLiteral("x"), QStringLiteral("f(x)"));
    error1D_ = new ChartPanel(this);
    error1D_->setLogY(true);
    error1D_->setTitle(tr("Distance to the minimizer |x_k − x*|"));
    error1D_->setAxisTitles(tr("iteration"), QString());
    error1D_->setLegendVisible(false);

    addPane(QStringLiteral("gradient"), gradientMap_, {.row = 0, .column = 0});
    addPane(QStringLiteral("newton"), newtonMap_, {.row = 0, .column = 1});
    addPane(QStringLiteral("function"), function1D_, {.row = 1, .column = 0});
    addPane(QStringLiteral("error"), error1D_, {.row = 1, .column = 1});

    for (FieldView* map : {gradientMap_, newtonMap_})
        connect(map, &FieldView::pointPicked, this, [this](QPointF p) { emitPickedPoint(QStringLiteral("start"), p); });
}

void NewtonFigure::showResult(const NewtonResult& result)
{
    const bool oneD = result.oneDimensional;
    gradientMap_->setVisible(!oneD);
    newtonMap_->setVisible(!oneD && !result.overlaid && !result.morphing());
    function1D_->setVisible(oneD);
    error1D_->setVisible(oneD);
    oneD ? showResult1D() : showResult2D();
    showFrame();
}

void NewtonFigure::showMorphResult()
{
    const NewtonResult& r = *result_;
    const auto function = r.function;
    const core::Box2 box = function->defaultBox();
    const DataBox dataBox{box.x0, box.x1, box.y0, box.y1};
    const FieldView::Sampler value = [function](double x, double y) { return function->value({x, y}); };
    // As the course draws it: f on a light map with pale level lines, so that the black arrows carry the picture.
    gradientMap_->setField(value, FieldView::ColorScale::Linear);
    gradientMap_->setColorMap(core::ColorMapKind::Light);
    gradientMap_->setContourField(value);
    gradientMap_->setContourLevels(suggestedContourLevels(value, dataBox, 0, false, 15));
    gradientMap_->setContourColor(QColor(255, 255, 255, 170));
    gradientMap_->setHomeBox(dataBox);
    gradientMap_->setLegendKeys({});
    gradientMap_->setPaths({});
    QVector<FieldPoint> targets;
    for (const core::Vec2& m : r.morphTargets)
        targets.append({QPointF(m[0], m[1]), QString(), QColor(230, 159, 0), FieldPoint::Shape::Star});
    if (!targets.isEmpty())
        targets.first().label = r.morphTargets.size() > 1 ? tr("minima") : tr("minimum");
    gradientMap_->setPoints(targets);
}

void NewtonFigure::showMorphFrame()
{
    const NewtonResult& r = *result_;
    const core::MorphStage stage = core::morphStage(frame_, r.framesPerMorphStage);
    const auto function = r.function;
    const std::vector<core::Vec2> targets = r.morphTargets;
    gradientMap_->setDirectionField(
        [function, stage, targets](double x, double y) {
            const core::Vec2 d = core::morphedDirection(*function, stage, {x, y}, targets);
            return QPointF(d[0], d[1]);
        },
        QColor(0, 0, 0));
    const auto fieldName = [](core::DirectionKind kind) {
        switch (kind) {
        case core::DirectionKind::Ideal: return tr("the ideal direction");
        case core::DirectionKind::Gradient: return tr("−∇f");
        case core::DirectionKind::Newton: return tr("Newton's −H⁻¹∇f");
        }
        return QString();
    };
    const auto steadyTitle = [](core::DirectionKind kind) {
        switch (kind) {
        case core::DirectionKind::Ideal: return tr("Ideal: straight at the minimum");
        case core::DirectionKind::Gradient: return tr("Gradient descent: −∇f");
        case core::DirectionKind::Newton: return tr("Newton: −H⁻¹∇f");
        }
        return QString();
    };
    gradientMap_->setTitle(stage.blending() ? tr("Turning: %1 → %2").arg(fieldName(stage.from), fieldName(stage.to))
                                            : steadyTitle(stage.from));
    gradientMap_->setSubtitle(stage.blending() ? tr("turning: %1 % of the way, frame %2 of %3")
                                                     .arg(qRound(100 * stage.t)).arg(frame_ + 1).arg(r.frameCount())
                                               : tr("frame %1 of %2").arg(frame_ + 1).arg(r.frameCount()));
}

void NewtonFigure::showResult2D()
{
    const NewtonResult& r = *result_;
    if (r.morphing())
        return showMorphResult();
    // What the turning field changed, back to this picture's own.
    gradientMap_->setColorMap(core::ColorMapKind::Viridis);
    gradientMap_->setContourColor(kLevelLineColor);
    gradientMap_->setPoints({});
    const auto function = r.function;
    const core::Box2 box = function->defaultBox();
    const DataBox dataBox{box.x0, box.x1, box.y0, box.y1};
    const FieldView::Sampler value = [function](double x, double y) { return function->value({x, y}); };
    const FieldView::Sampler signature = [function](double x, double y) {
        return double(int(classifyHessian(function->hessian({x, y}))));
    };
    const FieldView::VectorSampler downhill = directionSampler(function, core::DirectionKind::Gradient);
    const FieldView::VectorSampler newton = directionSampler(function, core::DirectionKind::Newton);
    const bool bounded = std::isfinite(function->minimumValue());
    const QVector<double> levels = suggestedContourLevels(value, dataBox, function->minimumValue(), bounded, 12);
    for (FieldView* map : {gradientMap_, newtonMap_}) {
        map->setField(signature, FieldView::ColorScale::Categorical);
        map->setCategories(kSignatureColors);
        map->setContourField(value);
        map->setContourLevels(levels);
        map->setHomeBox(dataBox);
    }
    if (r.overlaid) {
        gradientMap_->setTitle(tr("−∇f (blue) and Newton's −H⁻¹∇f (purple)"));
        gradientMap_->setDirectionField(downhill, kGradientColor);
        gradientMap_->addDirectionField(newton, kNewtonColor);
    } else {
        gradientMap_->setTitle(tr("Gradient directions −∇f"));
        gradientMap_->setDirectionField(downhill, kArrowColor);
        newtonMap_->setTitle(tr("Newton directions −H⁻¹∇f"));
        newtonMap_->setDirectionField(newton, kArrowColor);
    }
    // The signature's legend, on the Newton map (or the only map when overlaid).
    FieldView* legendMap = r.overlaid ? gradientMap_ : newtonMap_;
    legendMap->setLegendKeys({{tr("H positive definite (bowl)"), kSignatureColors[0].darker(115)},
                              {tr("H indefinite (saddle)"), kSignatureColors[1].darker(115)},
                              {tr("H negative definite (cap)"), kSignatureColors[2].darker(115)}});
    if (!r.overlaid)
        gradientMap_->setLegendKeys({});
}

void NewtonFigure::showResult1D()
{
    const NewtonResult& r = *result_;
    const core::Function1D& f = *r.function1D;
    const double w = f.viewHalfWidth();
    QVector<QPointF> curve;
    for (int i = 0; i <= 400; ++i) {
        const double x = -w + 2 * w * i / 400;
        curve.append(QPointF(x, f.value(x)));
    }
    QVector<QPointF> iterates;
    for (double x : r.newton1D.points)
        iterates.append(QPointF(x, f.value(x)));
    ChartSeries iterateSeries = ChartSeries::markers(tr("iterates"), kNewtonColor, iterates);
    iterateSeries.fitRange = false; // a diverging run must not flatten the curve
    ChartSeries parabola = ChartSeries::line(tr("tangent parabola"), QColor(213, 94, 0)).withDashes();
    parabola.fitRange = false;
    function1D_->setSeries({{QString::fromStdString(f.name()), QColor(40, 40, 40), curve}, iterateSeries, parabola});
    function1D_->setTitle(r.newton1D.diverged
                              ? tr("f(x) = %1: Newton's iterates run away").arg(QString::fromStdString(f.name()))
                              : tr("f(x) = %1 and Newton's iterates").arg(QString::fromStdString(f.name())));

    QVector<QPointF> errors;
    for (std::size_t k = 0; k < r.newton1D.points.size(); ++k)
        errors.append(QPointF(double(k), std::abs(r.newton1D.points[k] - f.minimizer())));
    error1D_->setSeries({{tr("|x_k − x*|"), kNewtonColor, errors}});
}

void NewtonFigure::showFrameOf(const NewtonResult& r)
{
    if (r.oneDimensional) {
        const core::Function1D& f = *r.function1D;
        const int k = std::min(frame_, int(r.newton1D.points.size()) - 1);
        const double x = r.newton1D.points[std::size_t(k)];
        // q(t) = f(x) + f'(x)(t − x) + ½f''(x)(t − x)²: its vertex is the next iterate.
        QVector<QPointF> parabola;
        const double w = f.viewHalfWidth();
        for (int i = 0; i <= 200; ++i) {
            const double t = -w + 2 * w * i / 200;
            parabola.append(QPointF(t, f.value(x) + f.slope(x) * (t - x) + 0.5 * f.curvature(x) * (t - x) * (t - x)));
        }
        function1D_->setSeriesPoints(2, parabola);
        function1D_->setSeriesName(2, tr("tangent parabola at x_%1 = %2").arg(k).arg(style::formatValue(x)));
        QVector<QPointF> shown;
        for (int i = 0; i <= k; ++i)
            shown.append(QPointF(r.newton1D.points[std::size_t(i)], f.value(r.newton1D.points[std::size_t(i)])));
        function1D_->setSeriesPoints(1, shown);
        error1D_->setMarkerX(frame_);
        return;
    }
    if (r.morphing())
        return showMorphFrame();
    const int gdLast = int(r.gradientDescent.points.size()) - 1;
    const int newtonLast = int(r.newton.points.size()) - 1;
    const int gdAt = std::min(frame_, gdLast), newtonAt = std::min(frame_, newtonLast);
    const QVector<FieldPath> paths = {
        {runLegend(tr("gradient descent, η = %1").arg(style::formatValue(r.learningRate)), r.gradientDescent, frame_),
         kGradientColor, toPointList(r.gradientDescent.points), gdAt},
        {runLegend(tr("Newton"), r.newton, frame_), kNewtonColor, toPointList(r.newton.points), newtonAt}};
    gradientMap_->setPaths(paths);
    newtonMap_->setPaths(paths);
    const QString subtitle = tr("iteration %1 of %2").arg(frame_).arg(r.iterations);
    gradientMap_->setSubtitle(subtitle);
    newtonMap_->setSubtitle(subtitle);
}

} // namespace gradus
