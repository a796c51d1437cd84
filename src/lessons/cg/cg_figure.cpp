#include "cg_figure.h"

#include "views/chart_panel.h"
#include "views/field_view.h"
#include "views/plot_style.h"

#include <algorithm>
#include <cmath>

namespace gradus {

namespace {

QColor methodColor(const QString& key)
{
    if (key == u"sd")
        return QColor(0, 114, 178);
    if (key == u"cg")
        return QColor(213, 94, 0);
    if (key == u"heavy-ball")
        return QColor(0, 158, 115);
    if (key == u"nesterov")
        return QColor(204, 121, 167);
    return QColor(90, 90, 90); // gradient descent
}

QVector<QPointF> planePoints(const std::vector<Eigen::VectorXd>& points)
{
    QVector<QPointF> out;
    for (const Eigen::VectorXd& p : points)
        out.append(QPointF(p[0], p[1]));
    return out;
}

void prepareMap(FieldView* map)
{
    map->setAxisTitles(QStringLiteral("x₁"), QStringLiteral("x₂"));
    map->setAspectLocked(true);
    map->setPickEnabled(true);
    map->setColorMap(core::ColorMapKind::Light);
    map->setContourColor(QColor(60, 60, 60, 120));
    map->setToolTip(CgFigure::tr("Level ellipses of f. Click to start every method there."));
}

} // namespace

CgFigure::CgFigure(QWidget* parent) : FigureOf(parent)
{
    steepestMap_ = new FieldView(this);
    cgMap_ = new FieldView(this);
    prepareMap(steepestMap_);
    prepareMap(cgMap_);
    spectrum_ = new ChartPanel(this);
    spectrum_->setAxisTitles(tr("index i"), tr("eigenvalue λᵢ"));
    spectrum_->setLegendVisible(false);
    conjugacy_ = new FieldView(this);
    conjugacy_->setAxisTitles(tr("direction i"), tr("direction j"));
    conjugacy_->setColorMap(core::ColorMapKind::Diverging);
    conjugacy_->setColorRange(-1, 1);
    conjugacy_->setToolTip(tr("pᵢᵀApⱼ / √(pᵢᵀApᵢ · pⱼᵀApⱼ) for CG's directions: 0 (white) off the diagonal in exact "
                              "arithmetic; colour where rounding has spoilt it."));
    errors_ = new ChartPanel(this);
    errors_->setLogY(true);
    errors_->setAxisTitles(tr("iteration k"), tr("‖x_k − x*‖_A"));
    errors_->setLegendOnRight(true);

    // The maps (2D) and the spectrum and conjugacy (nD) share the top row: one pair is shown.
    addPane(QStringLiteral("steepest"), steepestMap_, {.row = 0, .column = 0});
    addPane(QStringLiteral("cg"), cgMap_, {.row = 0, .column = 1});
    addPane(QStringLiteral("spectrum"), spectrum_, {.row = 0, .column = 0});
    addPane(QStringLiteral("conjugacy"), conjugacy_, {.row = 0, .column = 1});
    addPane(QStringLiteral("errors"), errors_, {.row = 1, .column = 0, .columnSpan = 2});
    setRowWeights({3, 2});
    setColumnWeights({1, 1});

    for (FieldView* map : {steepestMap_, cgMap_})
        connect(map, &FieldView::pointPicked, this, [this](QPointF p) { emitPickedPoint(QStringLiteral("start"), p); });
}

void CgFigure::showResult(const CgResult& r)
{
    steepestMap_->setVisible(r.twoDimensional);
    cgMap_->setVisible(r.twoDimensional);
    spectrum_->setVisible(!r.twoDimensional);
    conjugacy_->setVisible(!r.twoDimensional);
    if (r.twoDimensional)
        showMaps(r);
    else
        showSpectrum(r);

    QVector<ChartSeries> series;
    const double start = r.runs.front().errorsA.front();
    // An error of exactly 0 (CG in 2D) has no place on a log axis: it is drawn at 10⁻¹⁶ of the first, rounding's level.
    const double floor = 1e-16 * start;
    for (const QuadraticMethodRun& run : r.runs) {
        QVector<QPointF> points;
        bool floored = false;
        for (std::size_t k = 0; k < run.errorsA.size(); ++k) {
            floored = floored || run.errorsA[k] < floor;
            points.append(QPointF(double(k), std::max(run.errorsA[k], floor)));
        }
        const QString name = quadraticMethodName(run.key);
        series.append(ChartSeries::line(floored ? tr("%1 (0 drawn at 10⁻¹⁶)").arg(name) : name, methodColor(run.key), points));
    }
    QVector<QPointF> sdBound, cgBound;
    for (int k = 0; k <= r.iterations; ++k) {
        sdBound.append(QPointF(k, start * core::steepestDescentBound(r.kappa(), k)));
        cgBound.append(QPointF(k, start * core::conjugateGradientBound(r.kappa(), k)));
    }
    // The bounds may fall below the doubles' range long before the errors do: they must not stretch the axis.
    series.append(ChartSeries::line(tr("bound ((κ − 1)/(κ + 1))ᵏ"), methodColor(QStringLiteral("sd")), sdBound).withDashes().ignoredByTheAxes());
    series.append(ChartSeries::line(tr("bound 2((√κ − 1)/(√κ + 1))ᵏ"), methodColor(QStringLiteral("cg")), cgBound).withDashes().ignoredByTheAxes());
    // Exact arithmetic would end CG by step n (in fact by the number of distinct eigenvalues).
    const int n = int(r.spectrum.size());
    if (!r.twoDimensional && n <= r.iterations)
        series.append(ChartSeries::line(tr("k = n = %1: exact CG is done").arg(n), QColor(110, 110, 110),
                                        {QPointF(n, start), QPointF(n, floor)}).withDots().ignoredByTheAxes());
    errors_->setSeries(series);
    errors_->setTitle(tr("Error in the A-norm, κ = %1").arg(style::formatValue(r.kappa())));
}

void CgFigure::showMaps(const CgResult& r)
{
    const Eigen::MatrixXd A = r.problem.A;
    const Eigen::VectorXd b = r.problem.b;
    double half = 5; // the notebook's [−5, 5]²
    for (const QuadraticMethodRun& run : r.runs)
        half = std::max(half, 1.2 * run.run.points.front().cwiseAbs().maxCoeff());
    const DataBox box{-half, half, -half, half};
    const FieldView::Sampler value = [A, b](double x, double y) {
        const Eigen::Vector2d p(x, y);
        return 0.5 * p.dot(A * p) - b.dot(p);
    };
    const QVector<double> levels = suggestedContourLevels(value, box, 0, false, 20);
    for (FieldView* map : {steepestMap_, cgMap_}) {
        map->setField(value, FieldView::ColorScale::Linear);
        map->setContourField(value);
        map->setContourLevels(levels);
        map->setHomeBox(box);
        map->setPoints({{QPointF(r.minimizer[0], r.minimizer[1]), tr("minimum x*"), QColor(40, 40, 40), FieldPoint::Shape::Star}});
    }
    const bool others = std::any_of(r.runs.begin(), r.runs.end(), [](const QuadraticMethodRun& run) {
        return run.key != u"sd" && run.key != u"cg";
    });
    steepestMap_->setTitle(others ? tr("Steepest descent and constant steps") : tr("Steepest descent"));
    cgMap_->setTitle(tr("Conjugate gradients"));

    // CG's directions as diameters of the level ellipse through the start: conjugate diameters.
    QVector<FieldShape> diameters;
    if (const QuadraticMethodRun* cg = r.find(QStringLiteral("cg"))) {
        const double start = cg->errorsA.front();
        for (std::size_t i = 0; i < cg->run.directions.size() && i < 2; ++i) {
            const Eigen::VectorXd& d = cg->run.directions[i];
            const double t = start / std::sqrt(d.dot(A * d));
            const Eigen::VectorXd from = r.minimizer - t * d, to = r.minimizer + t * d;
            FieldShape line = FieldShape::polyline({QPointF(from[0], from[1]), QPointF(to[0], to[1])}, QColor(213, 94, 0, 150));
            line.withDashes().withWidth(1.8);
            if (i == 0)
                line.withLabel(tr("conjugate diameters along p₀, p₁"));
            diameters.append(line);
        }
    }
    cgMap_->setOverlay(diameters);
}

void CgFigure::showSpectrum(const CgResult& r)
{
    QVector<QPointF> points;
    for (std::size_t i = 0; i < r.spectrum.size(); ++i)
        points.append(QPointF(double(i + 1), r.spectrum[i]));
    spectrum_->setLogY(r.kappa() >= 100);
    spectrum_->setSeries({ChartSeries::markers(tr("eigenvalues"), QColor(40, 40, 40), points)});
    spectrum_->setTitle(tr("Spectrum of A: n = %1, κ = %2").arg(r.spectrum.size()).arg(style::formatValue(r.kappa())));
}

void CgFigure::showConjugacy(const CgResult& r)
{
    const int shown = r.conjugacyShown(frame_);
    if (shown < 1) {
        conjugacy_->setBlankBackground();
        conjugacy_->setHomeBox({0.5, 1.5, 0.5, 1.5});
        conjugacy_->setTitle(tr("Conjugacy of CG's directions"));
        conjugacy_->setSubtitle(r.conjugacy.rows() > 0 ? tr("no direction taken yet") : tr("CG is not among the methods"));
        return;
    }
    const Eigen::MatrixXd C = r.conjugacy.topLeftCorner(shown, shown);
    conjugacy_->setField([C](double x, double y) {
        const int i = std::clamp(int(std::lround(x)) - 1, 0, int(C.rows()) - 1);
        const int j = std::clamp(int(std::lround(y)) - 1, 0, int(C.rows()) - 1);
        return C(i, j);
    });
    conjugacy_->setHomeBox({0.5, shown + 0.5, 0.5, shown + 0.5});
    const double worst = r.worstConjugacy(shown);
    conjugacy_->setTitle(tr("Conjugacy of CG's first %1 directions").arg(shown));
    conjugacy_->setSubtitle(shown > 1 ? tr("blue −1, white 0, red +1; largest off the diagonal %1").arg(style::formatValue(worst))
                                      : tr("blue −1, white 0, red +1"));
}

void CgFigure::showFrameOf(const CgResult& r)
{
    errors_->setMarkerX(frame_);
    if (!r.twoDimensional) {
        showConjugacy(r);
        return;
    }
    QVector<FieldPath> steepestPaths, cgPaths;
    for (const QuadraticMethodRun& run : r.runs) {
        const int last = int(run.run.points.size()) - 1;
        const int at = std::min(frame_, last);
        QString name = quadraticMethodName(run.key);
        if (frame_ >= last && run.run.outcome.stopReason == "converged")
            name = tr("%1: at x* after %2 steps").arg(name).arg(last);
        else
            name = tr("%1: ‖x − x*‖_A = %2").arg(name, style::formatValue(run.errorsA[std::size_t(at)]));
        FieldPath path{name, methodColor(run.key), planePoints(run.run.points), at};
        (run.key == u"cg" ? cgPaths : steepestPaths).append(path);
    }
    steepestMap_->setPaths(steepestPaths);
    cgMap_->setPaths(cgPaths);
    const QString subtitle = tr("iteration %1 of %2").arg(frame_).arg(r.iterations);
    steepestMap_->setSubtitle(subtitle);
    cgMap_->setSubtitle(subtitle);
}

} // namespace gradus
