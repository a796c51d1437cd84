#include "mds_lesson.h"

#include "framework/language.h"

#include "core/compute_control.h"
#include "framework/errors.h"
#include "framework/json_numbers.h"
#include "io/csv_table.h"
#include "mds_figure.h"
#include "views/plot_style.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

#include <cmath>

namespace gradus {

namespace {

// Built in as a resource (datasets/cities/cities_europe_1m.csv, credited in datasets/CREDITS).
const QString kCities = QStringLiteral(":/datasets/cities_europe_1m.csv");

struct Places {
    QStringList names;
    Eigen::MatrixXd km;
    core::mds::Layout truth; // projected, km; empty for a distance table
};

// Places given by latitude and longitude (degrees).
using LatLon = std::vector<std::pair<double, double>>;

// The true map: an equirectangular projection about the places' mean latitude (km).
core::mds::Layout projected(const LatLon& latLon)
{
    const int n = int(latLon.size());
    double meanLat = 0;
    for (const auto& p : latLon)
        meanLat += p.first / n;
    core::mds::Layout map(2 * n);
    constexpr double toRadians = M_PI / 180;
    for (int i = 0; i < n; ++i) {
        map[2 * i] = core::mds::kEarthRadiusKm * latLon[std::size_t(i)].second * toRadians * std::cos(meanLat * toRadians);
        map[2 * i + 1] = core::mds::kEarthRadiusKm * latLon[std::size_t(i)].first * toRadians;
    }
    return map;
}

// Great-circle distances, and the true map for comparison.
Places placesOnEarth(const QStringList& names, const LatLon& latLon)
{
    Places places;
    places.names = names;
    const int n = int(latLon.size());
    places.km.resize(n, n);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            places.km(i, j) = core::mds::haversineKm(latLon[std::size_t(i)].first, latLon[std::size_t(i)].second,
                                                     latLon[std::size_t(j)].first, latLon[std::size_t(j)].second);
    places.truth = projected(latLon);
    return places;
}

// The bundled city table: order, city, city_ru, country, lat, lon, population (text in columns 2–4).
struct CityTable {
    QStringList names, russianNames;
    LatLon latLon;
};

CityTable bundledCities()
{
    QFile file(kCities);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(QCoreApplication::translate("gradus::MdsLesson", "the bundled city table is missing"));
    CityTable table;
    file.readLine();
    while (!file.atEnd()) {
        const QStringList fields = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
        if (fields.size() >= 6) {
            table.names << fields[1], table.russianNames << fields[2];
            table.latLon.push_back({fields[4].toDouble(), fields[5].toDouble()});
        }
    }
    return table;
}

Places userPlaces(const QString& path);

// A bundled set of places: its distance table and, where known, where the places are (for the true map).
struct BundledPlaces {
    QString title; // "%1 European cities"
    QStringList names;
    Eigen::MatrixXd km;
    LatLon latLon; // one per place, or empty

    int size() const { return int(names.size()); }
    // The first `count` places: the seed's 6, 15 and 34 cities.
    Places first(int count) const
    {
        const int n = std::min(count, size());
        Places places;
        places.names = names.mid(0, n);
        places.km = km.topLeftCorner(n, n);
        if (!latLon.empty())
            places.truth = projected(LatLon(latLon.begin(), latLon.begin() + n));
        return places;
    }
};

// `table`: europe, usa or world; `seedDistances`: the course notebook's own table (datasets/mds/, as its
// MDS.ipynb optimizes it) rather than great-circle distances from the cities' coordinates, which only the
// European cities have.
BundledPlaces bundledPlaces(const QString& table, bool seedDistances, bool russianNames)
{
    BundledPlaces bundle;
    if (table == u"usa")
        bundle.title = MdsLesson::tr("%1 US cities");
    else if (table == u"world")
        bundle.title = MdsLesson::tr("%1 of the world's largest cities");
    else
        bundle.title = MdsLesson::tr("%1 European cities");
    if (table != u"europe" && !seedDistances)
        throw InputError(MdsLesson::tr("Only the European cities come with coordinates: for this table choose the course's distances (distances=seed)."));
    const CityTable cities = table == u"europe" ? bundledCities() : CityTable{};
    if (!seedDistances) {
        const Places all = placesOnEarth(russianNames ? cities.russianNames : cities.names, cities.latLon);
        bundle.names = all.names, bundle.km = all.km, bundle.latLon = cities.latLon;
        return bundle;
    }
    const Places seed = userPlaces(QStringLiteral(":/datasets/seed_distances_%1.csv").arg(table));
    bundle.names = seed.names;
    bundle.km = seed.km;
    // The European table names its cities in Russian, in the city table's order: the coordinates (and
    // the English names) come from there wherever every name is found.
    LatLon latLon;
    QStringList english;
    for (const QString& name : seed.names) {
        const qsizetype at = cities.russianNames.indexOf(name);
        if (at < 0)
            break;
        latLon.push_back(cities.latLon[std::size_t(at)]), english << cities.names[at];
    }
    if (!seed.names.isEmpty() && int(latLon.size()) == seed.names.size()) {
        bundle.latLon = latLon;
        if (!russianNames)
            bundle.names = english;
    }
    return bundle;
}

// The user's table: places (name, lat, lon) or a symmetric distance table (a name and n distances per row).
Places userPlaces(const QString& path)
{
    const NumericTable table = readNumericCsv(path, 2, {}, true);
    const QString name = QFileInfo(path).fileName();
    const int rows = table.rowCount();
    if (rows < 3)
        throw InputError(MdsLesson::tr("%1: at least three places are needed, found %2").arg(name).arg(rows));
    if (table.columnCount() == 2) {
        LatLon latLon;
        for (int i = 0; i < rows; ++i) {
            const double lat = table.columns[0][i], lon = table.columns[1][i];
            if (std::abs(lat) > 90 || std::abs(lon) > 180)
                throw InputError(MdsLesson::tr("%1, %2: latitude %3 and longitude %4 are not on Earth (degrees: |lat| ≤ 90, |lon| ≤ 180)")
                                     .arg(name, table.rowLabels[i]).arg(lat).arg(lon));
            latLon.push_back({lat, lon});
        }
        return placesOnEarth(table.rowLabels, latLon);
    }
    if (table.columnCount() != rows)
        throw InputError(MdsLesson::tr("%1: expected either name, latitude, longitude per row or a square table of distances "
                            "(a name and %2 numbers per row); found %3 numbers per row")
                             .arg(name).arg(rows).arg(table.columnCount()));
    Places places;
    places.names = table.rowLabels;
    places.km.resize(rows, rows);
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < rows; ++j)
            places.km(i, j) = table.columns[j][i];
    for (int i = 0; i < rows; ++i) {
        if (places.km(i, i) != 0)
            throw InputError(MdsLesson::tr("%1: the distance from %2 to itself is %3, not 0").arg(name, places.names[i]).arg(places.km(i, i)));
        for (int j = 0; j < rows; ++j) {
            if (places.km(i, j) < 0)
                throw InputError(MdsLesson::tr("%1: a negative distance between %2 and %3").arg(name, places.names[i], places.names[j]));
            if (std::abs(places.km(i, j) - places.km(j, i)) > 1e-9 * std::max(1.0, std::abs(places.km(i, j))))
                throw InputError(MdsLesson::tr("%1: the table is not symmetric: %2→%3 is %4 but %3→%2 is %5")
                                     .arg(name, places.names[i], places.names[j])
                                     .arg(places.km(i, j))
                                     .arg(places.km(j, i)));
        }
    }
    return places;
}

core::mds::Layout startFrom(const QString& path, int n, std::uint32_t seed)
{
    if (path.isEmpty())
        return core::mds::randomStart(n, seed);
    const NumericTable table = readNumericCsv(path, 2);
    if (table.rowCount() != n)
        throw InputError(QCoreApplication::translate("gradus::MdsLesson", "%1: the start needs %2 rows of x, y (one per place), found %3")
                             .arg(QFileInfo(path).fileName())
                             .arg(n)
                             .arg(table.rowCount()));
    core::mds::Layout x(2 * n);
    for (int i = 0; i < n; ++i)
        x[2 * i] = table.columns[0][i], x[2 * i + 1] = table.columns[1][i];
    return x;
}

const QColor kMethodColors[4] = {QColor(0, 114, 178), QColor(213, 94, 0), QColor(0, 158, 115), QColor(204, 121, 167)};
// A race of gradient-descent steps: blues and a yellow that stay apart from the other methods' colours.
const QColor kRaceColors[4] = {QColor(0, 114, 178), QColor(86, 180, 233), QColor(0, 60, 110), QColor(230, 159, 0)};

// "0.1/n, 0.2/n, 0.02": each a step, "/n" dividing by the number of places.
std::vector<double> raceSteps(const QString& text, int places)
{
    std::vector<double> steps;
    for (QString item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        item = item.trimmed();
        if (item.isEmpty())
            continue;
        const bool perPlace = item.endsWith(QLatin1String("/n"));
        bool ok = false;
        const double value = (perPlace ? item.chopped(2).trimmed() : item).toDouble(&ok);
        if (!ok || !(value > 0) || !std::isfinite(value))
            throw InputError(MdsLesson::tr("race: '%1' is not a step; write positive numbers such as 0.01 or 0.2/n, separated by commas")
                                 .arg(item));
        steps.push_back(perPlace ? value / places : value);
    }
    if (steps.size() > 4)
        throw InputError(MdsLesson::tr("race: at most four steps side by side, not %1").arg(steps.size()));
    return steps;
}

} // namespace

QString MdsResult::frameLabel(int frame) const
{
    return QCoreApplication::translate("gradus::MdsLesson", "%1 operations").arg(style::formatValue(budgets[std::size_t(std::clamp(frame, 0, frameCount() - 1))]));
}

int MdsResult::iterateAt(const MdsMethodRun& method, int frame) const
{
    const double budget = budgets[std::size_t(std::clamp(frame, 0, frameCount() - 1))];
    const auto& flops = method.run.flops;
    const auto it = std::upper_bound(flops.begin(), flops.end(), budget * (1 + 1e-12));
    return std::max(0, int(it - flops.begin()) - 1);
}

MdsLesson::MdsLesson()
{
    schema_.add(ParamSpec::choice("table", tr("Places"), "europe",
                                  {{"europe", tr("Europe: 34 cities of over a million")}, {"usa", tr("USA: 25 cities")},
                                   {"world", tr("World: 21 largest cities")}})
                    .withHelp(tr("The three tables of the course's MDS notebook; only the European cities come with a true map.")));
    schema_.add(ParamSpec::choice("distances", tr("Distances from"), "seed",
                                  {{"seed", tr("the course's table (as in the post)")}, {"haversine", tr("coordinates (great circles)")}})
                    .withHelp(tr("The notebook optimizes its own table (Moscow–Istanbul 1734.5 km); great circles from "
                                 "the cities' coordinates differ by up to a few per cent (1756.1 km).")));
    schema_.add(ParamSpec::integer("cities", tr("Cities"), 15, 3, 34)
                    .withHelp(tr("The first n of the table's places (the seed: 6, 15, 34 European cities; the USA has 25, the world 21).")));
    schema_.add(ParamSpec::choiceSet("methods", tr("Methods"), {"gd", "nelder-mead"},
                                     {{"gd", tr("Gradient descent")},
                                      {"nelder-mead", tr("Nelder–Mead (scipy)")},
                                      {"smacof", tr("SMACOF")},
                                      {"classical", tr("Classical MDS")}}));
    schema_.add(ParamSpec::real("lr", tr("Step"), 0, 0, 10, 5)
                    .logScale()
                    .withSpecialValue(tr("0.2/n"))
                    .withHelp(tr("Gradient descent's fixed step; at the left end 0.2/n, which converges for these tables.")));
    schema_.add(ParamSpec::text("race", tr("Race of steps"), QString())
                    .withHelp(tr("Several gradient-descent steps side by side, as the course notebook races them: a list such as "
                                 "'0.1/n, 0.2/n, 0.4/n' or '0.005, 0.01' (n: the number of places). Empty: one run with the step "
                                 "above."))
                    .relevantWhen("methods", {"gd"}));
    schema_.add(ParamSpec::boolean("backtracking", tr("Backtracking"), false)
                    .withHelp(tr("Halve the step until the objective drops enough (Armijo).")));
    schema_.add(ParamSpec::integer("iters", tr("Iteration cap"), 0, 0, 100000)
                    .withSpecialValue(tr("auto"))
                    .withHelp(tr("auto: scipy's 200 × variables for Nelder–Mead, 20,000 for gradient descent, 2,000 for SMACOF.")));
    schema_.add(ParamSpec::choice("scale", tr("Distances"), "max", {{"max", tr("divided by the largest")}, {"none", tr("in km")}}));
    schema_.add(ParamSpec::integer("seed", tr("Seed"), 42, 0, 1 << 30).withHelp(tr("Random start: uniform points in the unit square.")));
    schema_.add(ParamSpec::file("init", tr("Start (CSV: x, y)"), tr("Tables (*.csv *.tsv *.txt)")));
    schema_.add(ParamSpec::file("data", tr("Your places (CSV)"), tr("Tables (*.csv *.tsv *.txt)"))
                    .withHelp(tr("Rows of name, latitude, longitude; or a square table of distances with a name first in every row.")));
    schema_.add(ParamSpec::choice("layout", tr("Maps"), "side-by-side", {{"side-by-side", tr("one per method")}, {"overlaid", tr("overlaid")}}));
    schema_.add(ParamSpec::choice("names", tr("City names"), "auto",
                                  {{"auto", tr("in the interface's language")}, {"en", tr("English")}, {"ru", tr("Russian (as in the seed)")}}));
    schema_.add(ParamSpec::choice("x_axis", tr("Chart against"), "operations",
                                  {{"operations", tr("operations (the fair comparison)")}, {"iterations", tr("iterations")}}));
}

QList<LessonPreset> MdsLesson::presets() const
{
    return {
        {"six", tr("6 cities (12 variables): Nelder–Mead keeps up"), {"cities=6"}},
        {"all", tr("34 cities (68 variables): Nelder–Mead falls far behind"), {"cities=34"}},
        {"references", tr("All 34 with SMACOF and classical MDS"), {"cities=34", "methods=gd,nelder-mead,smacof,classical"}},
        // MDS.ipynb's executed run: its step 0.12 is along half of our gradient.
        {"seed", tr("As in the original post"), {"table=europe", "distances=seed", "cities=6", "methods=gd,nelder-mead", "lr=0.06", "iters=75"}},
        {"step-race", tr("A race of steps: 0.1/n, 0.2/n and 0.4/n"), {"methods=gd", "race=0.1/n,0.2/n,0.4/n"}},
    };
}

QString MdsLesson::title() const { return tr("MDS: the map of Europe from its distances"); }
QString MdsLesson::topic() const { return tr("Optimization methods"); }
QString MdsLesson::summary() const
{
    return tr("Restore city positions from the distance table: gradient descent against Nelder–Mead as the dimension grows.");
}

ResultPtr MdsLesson::compute(const ParamValues& params, core::ComputeControl* control) const
{
    auto result = std::make_shared<MdsResult>();
    const QString dataPath = params.text("data").trimmed();
    const int cities = params.integer("cities");
    // The bundled table is read once: the picture and the 6/15/34 table below both come from it.
    const bool russianNames = params.text("names") == u"ru" || (params.text("names") == u"auto" && uiLanguage() == u"ru");
    const BundledPlaces bundled = dataPath.isEmpty() ? bundledPlaces(params.text("table"), params.text("distances") == u"seed", russianNames)
                                                     : BundledPlaces{};
    const Places places = dataPath.isEmpty() ? bundled.first(cities) : userPlaces(dataPath);
    result->source = dataPath.isEmpty() ? bundled.title.arg(places.names.size()) : QFileInfo(dataPath).fileName();
    result->names = places.names;
    result->km = places.km;
    result->truth = places.truth;
    result->overlaid = params.text("layout") == u"overlaid";
    result->perIteration = params.text("x_axis") == u"iterations";
    const int n = int(places.km.rows());
    result->scale = params.text("scale") == u"max" ? places.km.maxCoeff() : 1.0;
    if (!(result->scale > 0))
        throw InputError(tr("All distances are zero: there is no map to find."));
    const Eigen::MatrixXd d = places.km / result->scale;
    const core::mds::Layout start = startFrom(params.text("init").trimmed(), n, std::uint32_t(params.integer("seed")));
    const int userCap = params.integer("iters");
    const QStringList chosen = params.list("methods");

    // Gradient descent's step: the panel's, or 0.2/n, which converges for these tables.
    const auto defaultStep = [&](int size) { return params.real("lr") > 0 ? params.real("lr") : 0.2 / size; };
    const auto descend = [&](const Eigen::MatrixXd& table, const core::mds::Layout& from, double step, int cap) {
        return core::mds::gradientDescent(table, from, step, cap > 0 ? cap : 20000, params.boolean("backtracking"));
    };
    auto runMethod = [&](const QString& id, const Eigen::MatrixXd& table, const core::mds::Layout& from, int cap) {
        const int size = int(table.rows());
        if (id == u"gd")
            return descend(table, from, defaultStep(size), cap);
        if (id == u"nelder-mead")
            return core::mds::nelderMead(table, from, cap);
        if (id == u"smacof")
            return core::mds::smacof(table, from, cap > 0 ? cap : 2000);
        core::mds::MdsRun run;
        run.method = "classical";
        const core::mds::Layout x = core::mds::classicalMds(table);
        run.iterates = {x};
        run.history = {core::mds::stress(table, x)};
        run.flops = {10.0 * size * size * size}; // a dense symmetric eigendecomposition
        run.evaluations = 1;
        run.stopReason = "closed form";
        return run;
    };
    const QStringList order = {"gd", "nelder-mead", "smacof", "classical"};
    const QStringList labels = {tr("Gradient descent"), tr("Nelder–Mead"), tr("SMACOF"), tr("Classical MDS")};
    // The true map in scaled units, for alignment; without one, align to classical MDS.
    const core::mds::Layout target = places.truth.size() ? core::mds::Layout(places.truth / result->scale) : core::mds::classicalMds(d);
    const auto add = [&](MdsMethodRun method) {
        // Procrustes is O(n) per iterate: aligning all of a long run stays cheap (13,600 × 34 points).
        method.aligned.reserve(method.run.iterates.size());
        for (const core::mds::Layout& x : method.run.iterates)
            method.aligned.push_back(core::mds::alignTo(x, target) * result->scale);
        result->methods.append(method);
    };
    const std::vector<double> race = raceSteps(params.text("race"), n);
    for (int m = 0; m < order.size(); ++m) {
        if (!chosen.contains(order[m]))
            continue;
        core::checkpoint(control, 0.5 * m / order.size());
        if (order[m] == u"gd" && !race.empty()) {
            // One gradient descent per step of the race, each in its own colour.
            for (std::size_t k = 0; k < race.size(); ++k)
                add({order[m], tr("GD η %1").arg(race[k], 0, 'g', 3), kRaceColors[k % std::size(kRaceColors)],
                     descend(d, start, race[k], userCap), {}, race[k]});
            continue;
        }
        MdsMethodRun method{order[m], labels[m], kMethodColors[m], runMethod(order[m], d, start, userCap), {}};
        if (order[m] == u"gd")
            method.step = defaultStep(n);
        add(method);
    }
    // Frames: operation budgets, log-spaced from one gradient step to the most any method used.
    double most = core::mds::gradientStepFlops(n);
    for (const MdsMethodRun& m : result->methods)
        most = std::max(most, m.run.flops.back());
    const double least = std::min(most, core::mds::functionFlops(n));
    constexpr int kFrames = 300;
    for (int k = 0; k <= kFrames; ++k)
        result->budgets.push_back(k == 0 ? 0.0 : least * std::pow(most / least, double(k - 1) / (kFrames - 1)));
    // The seed's table: the same methods on the first 6, 15 and 34 cities (bundled data only; all of a
    // smaller table in place of 34).
    if (dataPath.isEmpty())
        for (int size : {6, 15, std::max(15, std::min(34, bundled.size()))}) {
            core::checkpoint(control, 0.5 + size / 70.0);
            const Places subset = bundled.first(size);
            const Eigen::MatrixXd table = subset.km / (params.text("scale") == u"max" ? subset.km.maxCoeff() : 1.0);
            const core::mds::Layout from = core::mds::randomStart(size, std::uint32_t(params.integer("seed")));
            for (int m = 0; m < order.size(); ++m)
                if (chosen.contains(order[m]) && order[m] != u"classical") {
                    // The seed's comparison: every method with its default cap, whatever the panel says.
                    const core::mds::MdsRun run = runMethod(order[m], table, from, 0);
                    static const QStringList shortNames = {QStringLiteral("GD"), QStringLiteral("NM"), QStringLiteral("SMACOF"), QString()};
                    result->summary.append({size, shortNames[m], int(run.iterates.size()) - 1, run.evaluations, run.history.back(),
                                            run.seconds, run.divergedAtStep});
                }
        }
    return result;
}

QJsonObject MdsLesson::toJson(const MdsResult& r, int frame) const
{
    auto rows = [](const core::mds::Layout& x) {
        QJsonArray list;
        for (Eigen::Index i = 0; i + 1 < x.size(); i += 2)
            list.append(QJsonArray{x[i], x[i + 1]});
        return list;
    };
    QJsonArray methods;
    for (const MdsMethodRun& m : r.methods) {
        const int at = r.iterateAt(m, frame);
        methods.append(QJsonObject{{"name", m.id},
                                   {"step", m.step > 0 ? QJsonValue(m.step) : QJsonValue()},
                                   {"X", rows(m.run.iterates.back())},
                                   {"X_aligned", rows(m.aligned.back())},
                                   {"f", m.run.history.back()},
                                   {"history", jsonNumbers(m.run.history)},
                                   {"flops", jsonNumbers(m.run.flops)},
                                   {"iterations", int(m.run.iterates.size()) - 1},
                                   {"fevals", double(m.run.evaluations)},
                                   {"seconds", m.run.seconds},
                                   {"stop_reason", QString::fromStdString(m.run.stopReason)},
                                   {"diverged", m.run.diverged},
                                   {"diverged_at_step", m.run.diverged ? QJsonValue(m.run.divergedAtStep) : QJsonValue()},
                                   {"current", QJsonObject{{"iteration", at}, {"f", m.run.history[std::size_t(at)]}}}});
    }
    QJsonArray d;
    for (Eigen::Index i = 0; i < r.km.rows(); ++i) {
        QJsonArray row;
        for (Eigen::Index j = 0; j < r.km.cols(); ++j)
            row.append(r.km(i, j));
        d.append(row);
    }
    QJsonArray summary;
    for (const MdsSummaryRow& s : r.summary)
        summary.append(QJsonObject{{"cities", s.cities}, {"method", s.method}, {"iterations", s.iterations},
                                   {"fevals", double(s.evaluations)}, {"f", s.f}, {"seconds", s.seconds},
                                   {"diverged_at_step", s.divergedAtStep >= 0 ? QJsonValue(s.divergedAtStep) : QJsonValue()}});
    return QJsonObject{{"cities", QJsonArray::fromStringList(r.names)},
                       {"D", d},
                       {"scale", r.scale},
                       {"methods", methods},
                       {"summary", summary},
                       {"budget", r.budgets[std::size_t(frame)]},
                       {"frame", frame}};
}

LessonFigure* MdsLesson::createFigure(QWidget* parent) const { return new MdsFigure(parent); }

} // namespace gradus
