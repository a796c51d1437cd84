#include "surface_params.h"

#include "core/functions/formula.h"
#include "framework/errors.h"

#include <QCoreApplication>

#include <cmath>

namespace gradus {

namespace {
// The translation context of this file's messages (lupdate reads the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gradus::SurfaceParams)
};
} // namespace

QString surfaceLabel(const QString& name)
{
    if (name == u"rosenbrock") return Tr::tr("Rosenbrock (1−x)² + 100(y−x²)²");
    if (name == u"himmelblau") return Tr::tr("Himmelblau (four minima)");
    if (name == u"beale") return Tr::tr("Beale");
    if (name == u"booth") return Tr::tr("Booth");
    if (name == u"rastrigin") return Tr::tr("Rastrigin (many local minima)");
    if (name == u"ackley") return Tr::tr("Ackley");
    if (name == u"goldstein-price") return Tr::tr("Goldstein–Price");
    if (name == u"quadratic") return Tr::tr("Quadratic with condition number κ");
    if (name == u"saddle") return Tr::tr("Saddle x² − y²");
    if (name == u"monkey-saddle") return Tr::tr("Monkey saddle x³ − 3xy²");
    if (name == u"peaks") return Tr::tr("A well between two peaks (three Gaussians)");
    if (name == u"formula") return Tr::tr("Your formula f(x, y)");
    return name;
}

QString surfaceLabel(const core::TestFunction& function, const ParamValues* params)
{
    if (function.name() == "formula" && params)
        return QStringLiteral("f(x, y) = ") + params->text("formula");
    return surfaceLabel(QString::fromStdString(function.name()));
}

void addSurfaceParams(ParamSchema& schema, const QString& defaultFunction, const QString& group,
                      const QList<QPair<QString, QStringList>>& shownWhenAny)
{
    QList<ChoiceOption> functions;
    for (const std::string& name : core::testFunctionNames())
        functions.append({QString::fromStdString(name), surfaceLabel(QString::fromStdString(name))});
    functions.append({"formula", surfaceLabel(QStringLiteral("formula"))});
    auto when = [&](ParamSpec spec) {
        spec.inGroup(group);
        for (qsizetype i = 0; i < shownWhenAny.size(); ++i)
            i == 0 ? spec.relevantWhen(shownWhenAny[i].first, shownWhenAny[i].second)
                   : spec.orWhen(shownWhenAny[i].first, shownWhenAny[i].second);
        return spec;
    };
    schema.add(when(ParamSpec::choice("function", Tr::tr("Function"), defaultFunction, functions)
                        .withHelp(Tr::tr("The surface; 'Your formula' takes any expression in x and y."))));
    // These belong to one function each, and to the caller's condition as well.
    schema.add(when(ParamSpec::real("kappa", Tr::tr("Condition number κ"), 10, 1, 1000, 1).logScale()
                        .withHelp(Tr::tr("Ratio of the largest to the smallest curvature of the quadratic."))
                        .relevantWhen("function", {"quadratic"})));
    schema.add(when(ParamSpec::real("angle", Tr::tr("Valley angle"), 30, -90, 90, 1).withUnit(Tr::tr("°"))
                        .withHelp(Tr::tr("Rotation of the quadratic's valley from the x axis."))
                        .relevantWhen("function", {"quadratic"})));
    schema.add(when(ParamSpec::text("formula", Tr::tr("f(x, y) ="), "0.1*x^4 - x^2 + y^2 + 0.5*x*y")
                        .withHelp(Tr::tr("Any expression in x and y: + − * / ^, parentheses, |…|, pi, e, and sin cos tan asin "
                                     "acos atan sinh cosh tanh exp log sqrt abs. Gradient and Hessian are exact "
                                     "(automatic differentiation)."))
                        .relevantWhen("function", {"formula"})));
    schema.add(when(ParamSpec::real("extent", Tr::tr("View ±"), 3, 0.01, 1000, 2).logScale()
                        .withHelp(Tr::tr("The formula is shown on [−extent, extent]²."))
                        .relevantWhen("function", {"formula"})));
}

core::Vec2 surfaceStart(const core::TestFunction& function, const ParamValues& params)
{
    if (params.isAuto("start"))
        return function.defaultStart();
    return {params.point("start").x(), params.point("start").y()};
}

core::RunSettings surfaceRunSettings(const core::TestFunction& function, const core::Vec2& start, int iterations)
{
    const core::Box2 box = function.defaultBox();
    core::RunSettings settings;
    settings.iterations = iterations;
    settings.divergenceBound = 1000 * std::hypot(box.x1 - box.x0, box.y1 - box.y0) + core::norm(start);
    return settings;
}

std::shared_ptr<const core::TestFunction> makeSurface(const ParamValues& params)
{
    const QString name = params.text("function");
    if (name != u"formula")
        return core::makeTestFunction(name.toStdString(), {params.real("kappa"), params.real("angle")});
    const QString text = params.text("formula");
    try {
        return core::makeFormulaFunction(text.toStdString(), params.real("extent"));
    } catch (const core::FormulaError& e) {
        throw UsageError(Tr::tr("formula \"%1\", at character %2: %3")
                             .arg(text)
                             .arg(e.position() + 1)
                             .arg(QString::fromStdString(e.what())));
    }
}

} // namespace gradus
