// The parameter schema: parsing, validation and JSON, as the CLI, the panel and sessions use them.
#include "framework/errors.h"
#include "framework/parameter.h"

#include <QtTest>

using namespace gradus;

class TestParams : public QObject {
    Q_OBJECT

    ParamSchema schema;

    static QString usageError(const std::function<void()>& action)
    {
        try {
            action();
        } catch (const UsageError& e) {
            return e.message();
        }
        return QString();
    }

private slots:
    void initTestCase()
    {
        schema.add(ParamSpec::integer("iters", "Iterations", 100, 1, 10000));
        schema.add(ParamSpec::real("lr", "Learning rate", 0.1, 1e-4, 10).logScale());
        schema.add(ParamSpec::boolean("standardize", "Standardize", false));
        schema.add(ParamSpec::choice("view", "View", "both", {{"both", "Both"}, {"map", "Map"}}));
        schema.add(ParamSpec::point("start", "Start", QPointF(-1, 2), -100, 100));
        schema.add(ParamSpec::color("tint", "Tint", QColor("#336699")));
        schema.add(ParamSpec::file("data", "Data", "CSV (*.csv)"));
        schema.add(ParamSpec::choiceSet("methods", "Methods", {"adam", "gd"},
                                        {{"gd", "GD"}, {"adam", "Adam"}, {"lion", "Lion"}}));
        schema.add(ParamSpec::real("adam.lr", "Adam's rate", 0, 0, 1).withSpecialValue("shared")
                       .relevantWhen("methods", {"adam"}));
    }

    void choiceSets()
    {
        ParamValues values = schema.defaults();
        QCOMPARE(values.list("methods"), (QStringList{"adam", "gd"}));
        schema.applyAssignment(values, "methods=LION, gd");
        QCOMPARE(values.list("methods"), (QStringList{"lion", "gd"}));
        QVERIFY(usageError([&] { schema.applyAssignment(values, "methods=gd,gd"); }).contains("one or more of"));
        QVERIFY(!usageError([&] { schema.applyAssignment(values, "methods="); }).isEmpty());
        QVERIFY(!usageError([&] { schema.applyAssignment(values, "methods=gd,sgd"); }).isEmpty());
        QVERIFY_THROWS_EXCEPTION(UsageError, schema.setValue(values, "methods", QStringList{}));
        const ParamSpec& spec = *schema.find("methods");
        QCOMPARE(spec.format(values.value("methods")), QString("lion,gd"));
        QCOMPARE(spec.toJson(values.value("methods")).toArray().size(), 2);
        QCOMPARE(spec.fromJson(QJsonArray{"adam"}).value.toStringList(), QStringList{"adam"});
        QVERIFY(!spec.fromJson(QJsonArray{1}).ok());
    }

    void choiceSetsThatMayBeEmpty()
    {
        ParamSchema local;
        local.add(ParamSpec::choiceSet("overlay", "Overlay", {"1"}, {{"1", "1"}, {"2", "2"}}).allowingNone());
        ParamValues values = local.defaults();
        local.applyAssignment(values, "overlay=none");
        QVERIFY(values.list("overlay").isEmpty());
        QCOMPARE(local.find("overlay")->format(values.value("overlay")), QString("none"));
        local.applyAssignment(values, "overlay=2,1");
        QCOMPARE(values.list("overlay"), (QStringList{"2", "1"}));
        local.applyAssignment(values, "overlay=");
        QVERIFY(values.list("overlay").isEmpty());
        QVERIFY(local.find("overlay")->describeAccepted().startsWith("none, or"));
    }

    void infinityAtTheMaximum()
    {
        ParamSchema local;
        local.add(ParamSpec::real("p", "p", 2, 0.1, 100).logScale().withMaximumText(QStringLiteral("∞")));
        ParamValues values = local.defaults();
        for (const char* text : {"p=inf", "p=Infinity", "p=∞"}) {
            values = local.defaults();
            local.applyAssignment(values, text);
            QCOMPARE(values.real("p"), 100.0);
        }
        QVERIFY(!usageError([&] { local.applyAssignment(values, "p=101"); }).isEmpty());
        QVERIFY(!usageError([&] { local.applyAssignment(values, "p=nan"); }).isEmpty());
    }

    void automaticPoints()
    {
        ParamSchema local;
        local.add(ParamSpec::point("start", "Start", QPointF(1, 2), -10, 10).withAuto());
        ParamValues values = local.defaults();
        QVERIFY(!values.isAuto("start"));
        local.applyAssignment(values, "start=AUTO");
        QVERIFY(values.isAuto("start"));
        const ParamSpec& spec = *local.find("start");
        QCOMPARE(spec.format(values.value("start")), QString("auto"));
        QCOMPARE(spec.toJson(values.value("start")).toString(), QString("auto"));
        QVERIFY(spec.fromJson(QJsonValue("auto")).ok());
        QVERIFY(spec.describeAccepted().endsWith("or auto"));
        // Without withAuto() the word is not a point.
        QVERIFY(usageError([&] { schema.applyAssignment(values, "start=auto"); }).contains("'start'"));
    }

    void relevance()
    {
        ParamValues values = schema.defaults();
        const ParamSpec& rate = *schema.find("adam.lr");
        QVERIFY(rate.isRelevant(values)); // adam is among the methods
        schema.applyAssignment(values, "methods=gd");
        QVERIFY(!rate.isRelevant(values));
        QVERIFY(schema.find("lr")->isRelevant(values)); // no condition
        // Several conditions must all hold.
        ParamSpec both = ParamSpec::real("k", "k", 1, 0, 2).relevantWhen("view", {"map"}).relevantWhen("methods", {"gd"});
        QVERIFY(!both.isRelevant(values)); // methods=gd holds, view=both does not
        schema.applyAssignment(values, "view=map");
        QVERIFY(both.isRelevant(values));
        // A widened condition holds when either alternative does.
        ParamSpec either = ParamSpec::real("k", "k", 1, 0, 2).relevantWhen("view", {"both"}).orWhen("methods", {"adam"});
        QVERIFY(!either.isRelevant(values)); // view=map, methods=gd
        schema.applyAssignment(values, "methods=adam");
        QVERIFY(either.isRelevant(values));
        schema.applyAssignment(values, "methods=gd");
        schema.applyAssignment(values, "view=both");
        QVERIFY(either.isRelevant(values));
        QVERIFY(!either.relevantWhen("methods", {"nesterov"}).isRelevant(values)); // and a further clause must hold too
        // The CLI accepts it regardless.
        schema.applyAssignment(values, "adam.lr=0.3");
        QCOMPARE(values.real("adam.lr"), 0.3);
    }

    void implications()
    {
        ParamSchema solver;
        solver.add(ParamSpec::choice("view", "View", "map", {{"map", "Map"}, {"solve", "Solve"}}));
        solver.add(ParamSpec::file("model", "Model", "*.mps").implies("view", "solve"));
        ParamValues values = solver.defaults();
        solver.applyAssignments(values, {"model=a.mps"});
        QCOMPARE(values.text("view"), QString("solve"));
        // An explicit choice wins, in either order.
        values = solver.defaults();
        solver.applyAssignments(values, {"view=map", "model=a.mps"});
        QCOMPARE(values.text("view"), QString("map"));
        values = solver.defaults();
        solver.applyAssignments(values, {"model=a.mps", "view=map"});
        QCOMPARE(values.text("view"), QString("map"));
        // One by one, nothing is implied (the panel and sessions set every parameter themselves).
        values = solver.defaults();
        solver.applyAssignment(values, "model=a.mps");
        QCOMPARE(values.text("view"), QString("map"));
    }

    void defaults()
    {
        const ParamValues values = schema.defaults();
        QCOMPARE(values.integer("iters"), 100);
        QCOMPARE(values.real("lr"), 0.1);
        QCOMPARE(values.boolean("standardize"), false);
        QCOMPARE(values.text("view"), QString("both"));
        QCOMPARE(values.point("start"), QPointF(-1, 2));
        QCOMPARE(values.color("tint"), QColor("#336699"));
        QCOMPARE(values.text("data"), QString());
    }

    void validAssignments()
    {
        ParamValues values = schema.defaults();
        schema.applyAssignment(values, "iters=250");
        schema.applyAssignment(values, "lr=1e-3");
        schema.applyAssignment(values, "standardize=yes");
        schema.applyAssignment(values, "view=MAP");
        schema.applyAssignment(values, "start= 3.5 , -2");
        schema.applyAssignment(values, "tint=red");
        schema.applyAssignment(values, "data=/tmp/a=b.csv");
        QCOMPARE(values.integer("iters"), 250);
        QCOMPARE(values.real("lr"), 1e-3);
        QCOMPARE(values.boolean("standardize"), true);
        QCOMPARE(values.text("view"), QString("map"));
        QCOMPARE(values.point("start"), QPointF(3.5, -2));
        QCOMPARE(values.color("tint"), QColor(Qt::red));
        QCOMPARE(values.text("data"), QString("/tmp/a=b.csv"));
        for (const char* text : {"true", "1", "on", "TRUE"}) {
            schema.applyAssignment(values, QString("standardize=") + text);
            QCOMPARE(values.boolean("standardize"), true);
        }
        for (const char* text : {"false", "0", "off", "No"}) {
            schema.applyAssignment(values, QString("standardize=") + text);
            QCOMPARE(values.boolean("standardize"), false);
        }
    }

    void invalidAssignmentsNameTheParameterAndRange()
    {
        ParamValues values = schema.defaults();
        const QString range = usageError([&] { schema.applyAssignment(values, "iters=0"); });
        QVERIFY2(range.contains("'iters'") && range.contains("from 1 to 10000"), qPrintable(range));
        const QString type = usageError([&] { schema.applyAssignment(values, "iters=2.5"); });
        QVERIFY2(type.contains("an integer"), qPrintable(type));
        QVERIFY(usageError([&] { schema.applyAssignment(values, "lr=fast"); }).contains("a number from 0.0001 to 10"));
        QVERIFY(!usageError([&] { schema.applyAssignment(values, "lr=nan"); }).isEmpty());
        QVERIFY(!usageError([&] { schema.applyAssignment(values, "lr=inf"); }).isEmpty());
        QVERIFY(usageError([&] { schema.applyAssignment(values, "standardize=maybe"); }).contains("true or false"));
        QVERIFY(usageError([&] { schema.applyAssignment(values, "view=3d"); }).contains("one of: both, map"));
        QVERIFY(!usageError([&] { schema.applyAssignment(values, "start=1"); }).isEmpty());
        QVERIFY(!usageError([&] { schema.applyAssignment(values, "start=1,500"); }).isEmpty());
        QVERIFY(!usageError([&] { schema.applyAssignment(values, "tint=notacolour"); }).isEmpty());
        const QString unknown = usageError([&] { schema.applyAssignment(values, "speed=3"); });
        QVERIFY2(unknown.contains("unknown parameter 'speed'") && unknown.contains("iters, lr"), qPrintable(unknown));
        QVERIFY(usageError([&] { schema.applyAssignment(values, "iters"); }).contains("NAME=VALUE"));
        // A rejected value leaves the old one in place.
        QCOMPARE(values, schema.defaults());
    }

    void widgetValuesAreChecked()
    {
        ParamValues values = schema.defaults();
        schema.setValue(values, "iters", 7.0);
        QCOMPARE(values.value("iters").typeId(), QMetaType::Int);
        QCOMPARE(values.integer("iters"), 7);
        QVERIFY_THROWS_EXCEPTION(UsageError, schema.setValue(values, "lr", 100.0));
        QVERIFY_THROWS_EXCEPTION(UsageError, schema.setValue(values, "start", QPointF(0, 1000)));
        QVERIFY_THROWS_EXCEPTION(UsageError, schema.setValue(values, "nope", 1));
    }

    void formatParsesBack()
    {
        ParamValues values = schema.defaults();
        schema.applyAssignment(values, "lr=0.123456789");
        schema.applyAssignment(values, "start=-0.5,7.25");
        for (const ParamSpec& spec : schema.specs()) {
            const ParamCheck parsed = spec.parse(spec.format(values.value(spec.name)));
            QVERIFY2(parsed.ok(), qPrintable(spec.name));
            QCOMPARE(parsed.value, values.value(spec.name));
        }
    }

    void jsonRoundTrip()
    {
        ParamValues values = schema.defaults();
        schema.applyAssignment(values, "iters=42");
        schema.applyAssignment(values, "start=0.25,-3");
        schema.applyAssignment(values, "view=map");
        const QJsonObject json = schema.toJson(values);
        QCOMPARE(json["start"].toArray().at(1).toDouble(), -3.0);
        QStringList problems;
        QCOMPARE(schema.fromJson(json, &problems), values);
        QVERIFY(problems.isEmpty());
    }

    void jsonProblemsKeepDefaults()
    {
        QStringList problems;
        const QJsonObject json{{"iters", "many"}, {"lr", 1e9}, {"start", QJsonArray{1}}, {"colour", "red"},
                               {"standardize", true}};
        const ParamValues values = schema.fromJson(json, &problems);
        QCOMPARE(problems.size(), 4);
        QVERIFY(problems.join("\n").contains("unknown parameter 'colour'"));
        QCOMPARE(values.integer("iters"), 100);
        QCOMPARE(values.real("lr"), 0.1);
        QCOMPARE(values.boolean("standardize"), true);
    }

    void describeJsonListsRanges()
    {
        const QJsonObject lr = schema.find("lr")->describeJson();
        QCOMPARE(lr["type"].toString(), QString("real"));
        QCOMPARE(lr["min"].toDouble(), 1e-4);
        QCOMPARE(lr["max"].toDouble(), 10.0);
        QCOMPARE(lr["default"].toDouble(), 0.1);
        QCOMPARE(schema.find("view")->describeJson()["choices"].toArray().size(), 2);
    }
};

QTEST_APPLESS_MAIN(TestParams)
#include "test_params.moc"
