// What each lesson must compute, against closed forms and references made once by numpy/scipy/scikit-learn
// (tests/data/make_*_reference.py), and what every lesson shares: an id, a folder, a row in the README.
// Every lesson at every parameter's extremes and every preset: test_lesson_sweep.
#include "core/compute_control.h"
#include "framework/errors.h"
#include "framework/lesson_registry.h"
#include "lessons/linreg/linreg_lesson.h"
#include "lessons/mip/mip_solve.h"
#include "lessons/newton/newton_lesson.h"
#include "lessons/svd-image/svd_image_lesson.h"
#include "lessons/eigenimages/eigenimages_lesson.h"
#include "io/fashion_mnist.h"
#include "io/training_cache.h"
#include "lessons/quantization/quantization_lesson.h"
#include "lessons/register_lessons.h"

#include "support/quick_run.h"
#include "support/reference_data.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace gradus;

namespace {

QJsonObject loadReference(const QString& variant)
{
    return gradus::test::referenceJson("linreg_reference.json")[variant].toObject();
}

double relativeError(double actual, double expected)
{
    return std::abs(actual - expected) / std::max(1.0, std::abs(expected));
}

} // namespace

class TestLessons : public QObject {
    Q_OBJECT

    LessonRegistry registry;

private slots:
    void initTestCase() { registerBuiltinLessons(registry); }

    void idsAreUniqueAndLowercase()
    {
        QVERIFY(!registry.lessons().isEmpty());
        for (const Lesson* lesson : registry.lessons()) {
            QCOMPARE(lesson->id(), lesson->id().toLower());
            QVERIFY(!lesson->title().isEmpty() && !lesson->summary().isEmpty());
            QVERIFY(lesson->explanationHtml().contains("<h3>"));
        }
    }

    // A lesson is its folder, src/lessons/<id>/ (src/CMakeLists.txt builds every folder there but common/).
    void eachLessonIsTheFolderOfItsId()
    {
        const QDir lessons(QStringLiteral(GRADUS_SOURCE_DIR "/src/lessons"));
        QStringList ids;
        for (const Lesson* lesson : registry.lessons()) {
            ids << lesson->id();
            QVERIFY2(lessons.exists(lesson->id()), qPrintable(lessons.filePath(lesson->id()) + " is missing"));
        }
        QStringList folders = lessons.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        folders.removeOne(QStringLiteral("common"));
        folders.sort();
        ids.sort();
        QCOMPARE(folders, ids); // a folder that registers no lesson would be built and never shown
    }

    // The README's table of lessons is the one list a reader sees before installing. It is made from the
    // lessons (the window's order, ids, titles) and the "What it shows" line of each docs page by
    // `cmake --build build --target update_readme`; here it must be what that would make, so that a new
    // lesson cannot be left out and a page's line cannot drift from the README.
    void theReadmeTableIsMadeFromTheLessons()
    {
        QFile readme(QStringLiteral(GRADUS_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        static const QRegularExpression row(QStringLiteral("^\\| `[a-z0-9-]+` \\|.*$"), QRegularExpression::MultilineOption);
        QStringList rows;
        for (auto match = row.globalMatch(text); match.hasNext();)
            rows << match.next().captured(0);
        static const QRegularExpression shows(QStringLiteral("\\*\\*What it shows:\\*\\* ([^\n]+)"));
        QStringList made;
        for (const Lesson* lesson : registry.lessons()) {
            QFile page(QStringLiteral(GRADUS_SOURCE_DIR "/docs/lessons/%1.md").arg(lesson->id()));
            QVERIFY(page.open(QIODevice::ReadOnly));
            const QRegularExpressionMatch line = shows.match(QString::fromUtf8(page.readAll()));
            QVERIFY2(line.hasMatch(), qPrintable(page.fileName() + " has no line \"**What it shows:** …\""));
            made << QStringLiteral("| `%1` | %2 | %3 |").arg(lesson->id(), lesson->title(), line.captured(1));
        }
        QVERIFY2(rows == made, "README.md's table of lessons is out of date: cmake --build build --target update_readme");
    }


    void linregDataKeys()
    {
        const Lesson& lesson = registry.get("linreg");
        const ResultPtr result = lesson.compute(lesson.schema().defaults(), nullptr);
        const QJsonObject json = lesson.resultJson(*result, 0);
        for (const char* key : {"x", "y", "path", "loss", "optimum", "hessian_eigenvalues", "lr_max_stable", "diverged"})
            QVERIFY2(json.contains(key), key);
        QCOMPARE(json["x"].toArray().size(), 50);
        QCOMPARE(json["path"].toArray().size(), 61); // the start and 60 steps
        QCOMPARE(json["loss"].toArray().size(), 61);
        QCOMPARE(json["current"].toObject()["step"].toInt(), 0);
    }

    void linregMatchesNumpy_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<bool>("standardize");
        QTest::newRow("plain x") << "plain" << false;
        QTest::newRow("standardized x") << "standardized" << true;
    }

    void linregMatchesNumpy()
    {
        QFETCH(QString, variant);
        QFETCH(bool, standardize);
        const QJsonObject reference = loadReference(variant);
        const Lesson& lesson = registry.get("linreg");
        ParamValues values = lesson.schema().defaults();
        lesson.schema().applyAssignment(values, "data=" GRADUS_TEST_DATA_DIR "/linreg_points.csv");
        lesson.schema().setValue(values, "standardize", standardize);
        lesson.schema().setValue(values, "lr", reference["lr"].toDouble());
        lesson.schema().setValue(values, "iters", 10);
        const QJsonArray start = reference["start"].toArray();
        lesson.schema().setValue(values, "start", QPointF(start[0].toDouble(), start[1].toDouble()));
        const ResultPtr result = lesson.compute(values, nullptr);
        const QJsonObject json = lesson.resultJson(*result, 10);

        QCOMPARE(json["x"].toArray().size(), 40);
        QCOMPARE(json["data_source"].toString(), QString("linreg_points.csv"));
        for (int k = 0; k < 2; ++k) {
            QCOMPARE_LE(relativeError(json["optimum"][k].toDouble(), reference["optimum"][k].toDouble()), 1e-10);
            QCOMPARE_LE(relativeError(json["hessian_eigenvalues"][k].toDouble(), reference["hessian_eigenvalues"][k].toDouble()), 1e-10);
        }
        QCOMPARE_LE(relativeError(json["lr_max_stable"].toDouble(), reference["lr_max_stable"].toDouble()), 1e-10);
        QCOMPARE_LE(relativeError(json["loss_optimum"].toDouble(), reference["loss_optimum"].toDouble()), 1e-10);
        const QJsonArray path = json["path"].toArray();
        const QJsonArray expectedPath = reference["path"].toArray();
        QCOMPARE(path.size(), expectedPath.size());
        for (qsizetype i = 0; i < path.size(); ++i)
            for (int k = 0; k < 2; ++k)
                QCOMPARE_LE(relativeError(path[i][k].toDouble(), expectedPath[i][k].toDouble()), 1e-10);
        const QJsonArray loss = json["loss"].toArray();
        for (qsizetype i = 0; i < loss.size(); ++i)
            QCOMPARE_LE(relativeError(loss[i].toDouble(), reference["loss"][i].toDouble()), 1e-10);
        if (standardize) {
            QCOMPARE_LE(relativeError(json["standardization"]["shift"].toDouble(), reference["shift"].toDouble()), 1e-12);
            QCOMPARE_LE(relativeError(json["standardization"]["scale"].toDouble(), reference["scale"].toDouble()), 1e-12);
        }
    }

    void linregAboveTheStableStepDivergesVisibly()
    {
        const Lesson& lesson = registry.get("linreg");
        ParamValues values = lesson.schema().defaults();
        const ResultPtr probe = lesson.compute(values, nullptr);
        const double limit = lesson.resultJson(*probe, 0)["lr_max_stable"].toDouble();
        lesson.schema().setValue(values, "lr", 1.2 * limit);
        lesson.schema().setValue(values, "iters", 1000);
        const ResultPtr result = lesson.compute(values, nullptr);
        const QJsonObject json = lesson.resultJson(*result, 0);
        QVERIFY(json["diverged"].toBool());
        QCOMPARE(json["stop_reason"].toString(), QString("diverged"));
        QVERIFY(json["diverged_at_step"].toInt() > 0);
        QCOMPARE(json["path"].toArray().size(), json["diverged_at_step"].toInt());
    }

    void optimizersDataContract()
    {
        const Lesson& lesson = registry.get("optimizers");
        ParamValues values = lesson.schema().defaults();
        lesson.schema().applyAssignment(values, "methods=adam,gd,newton,lion");
        lesson.schema().applyAssignment(values, "adam.lr=0.05");
        lesson.schema().applyAssignment(values, "iters=40");
        const ResultPtr result = lesson.compute(values, nullptr);
        QCOMPARE(result->frameCount(), 41);
        const QJsonObject json = lesson.resultJson(*result, 40);
        QCOMPARE(json["function"]["name"].toString(), QString("rosenbrock"));
        QCOMPARE(json["function"]["minimum"][0].toDouble(), 1.0);
        QCOMPARE(json["function"]["f_min"].toDouble(), 0.0);
        const QJsonArray methods = json["methods"].toArray();
        QCOMPARE(methods.size(), 4);
        // Always in the order of the method list, whatever order the user typed.
        QStringList names;
        for (const QJsonValue& m : methods)
            names << m["name"].toString();
        QCOMPARE(names, (QStringList{"gd", "adam", "lion", "newton"}));
        for (const QJsonValue& m : methods)
            for (const char* key : {"name", "params", "path", "f", "grad_norm", "diverged", "stop_reason"})
                QVERIFY2(m.toObject().contains(key), key);
        // The shared learning rate 0 means each method's PyTorch default; adam has its own.
        QCOMPARE(methods[0]["params"]["lr"].toDouble(), 1e-3);
        QCOMPARE(methods[1]["params"]["lr"].toDouble(), 0.05);
        QCOMPARE(methods[2]["params"]["lr"].toDouble(), 1e-4);
        QCOMPARE(methods[1]["params"]["beta2"].toDouble(), 0.999);
        QVERIFY(!methods[3]["params"].toObject().contains("lr")); // Newton has none
        // The auto start is the function's own: (−1.5, 2) for Rosenbrock.
        QCOMPARE(methods[0]["path"][0][0].toDouble(), -1.5);
        QCOMPARE(methods[0]["path"][0][1].toDouble(), 2.0);
        QCOMPARE(methods[0]["path"].toArray().size(), 41);
        // Newton converges to (1, 1) well within 40 steps and stops there.
        QCOMPARE(methods[3]["stop_reason"].toString(), QString("converged"));
        QCOMPARE_LE(std::abs(methods[3]["path"].toArray().last()[0].toDouble() - 1.0), 1e-12);
        // Lion moves every coordinate by exactly lr per step.
        const QJsonArray lion = methods[2]["path"].toArray();
        QCOMPARE_LE(std::abs(std::abs(lion[1][0].toDouble() - lion[0][0].toDouble()) - 1e-4), 1e-15);
    }

    void optimizersNewtonClimbsHimmelblau()
    {
        const Lesson& lesson = registry.get("optimizers");
        ParamValues values = lesson.schema().defaults();
        lesson.schema().applyAssignment(values, "function=himmelblau");
        lesson.schema().applyAssignment(values, "methods=newton,damped-newton");
        lesson.schema().applyAssignment(values, "start=-0.5,-0.5");
        lesson.schema().applyAssignment(values, "iters=50");
        const QJsonObject json = lesson.resultJson(*lesson.compute(values, nullptr), 50);
        const QJsonArray methods = json["methods"].toArray();
        QCOMPARE_LE(std::abs(methods[0]["current"]["f"].toDouble() - 181.616522), 1e-5); // the local maximum
        QCOMPARE_LE(methods[1]["current"]["f"].toDouble(), 1e-10);                      // a minimum
        QCOMPARE(json["function"]["minima"].toArray().size(), 4);
    }

    // Gradient descent with a constant step η on ½xᵀHx under gradient noise σξ never settles: in the
    // eigendirection of curvature λ the iterate becomes stationary with variance ησ²/(λ(2 − ηλ)), so the
    // mean excess is ½ησ² Σ 1/(2 − ηλ) — 0.7622 for λ = 1, 10, η = 0.15, σ = 2. Over 9,500 steps our mean
    // is within 8 % of it (about three standard errors; numpy's simulation of the same sum: 0.7622).
    // The same seed gives the same run, another seed another; σ = 0 is the exact run.
    void optimizersGradientNoiseHasItsStationaryLevel()
    {
        const Lesson& lesson = registry.get("optimizers");
        const auto run = [&](const QStringList& assignments) {
            ParamValues values = lesson.schema().defaults();
            for (const QString& a : QStringList{"function=quadratic", "kappa=10", "methods=gd", "lr=0.15", "iters=10000"} + assignments)
                lesson.schema().applyAssignment(values, a);
            return lesson.resultJson(*lesson.compute(values, nullptr), 10000);
        };
        const QJsonObject noisy = run({"noise=2", "noise_seed=1"});
        QCOMPARE(noisy["gradient_noise"].toDouble(), 2.0);
        const QJsonArray f = noisy["methods"][0]["f"].toArray();
        QCOMPARE(f.size(), 10001);
        double sum = 0;
        for (int k = 501; k < f.size(); ++k)
            sum += f[k].toDouble();
        const double expected = 0.5 * 0.15 * 4 * (1 / (2 - 0.15) + 1 / (2 - 1.5));
        QCOMPARE_LE(std::abs(sum / (f.size() - 501) / expected - 1), 0.08);
        QCOMPARE(run({"noise=2", "noise_seed=1"})["methods"][0]["f"], noisy["methods"][0]["f"]);
        QVERIFY(run({"noise=2", "noise_seed=2"})["methods"][0]["f"] != noisy["methods"][0]["f"]);
        const QJsonObject exact = run({}), quiet = run({"noise=0", "noise_seed=7"});
        QCOMPARE(exact["gradient_noise"].toDouble(), 0.0);
        QCOMPARE(quiet["methods"][0]["path"], exact["methods"][0]["path"]);
        QCOMPARE_LE(exact["methods"][0]["f"].toArray().last().toDouble(), 1e-12); // no noise: it converges
    }

    void optimizersTuningPicksTheBestRate()
    {
        const Lesson& lesson = registry.get("optimizers");
        ParamValues values = lesson.schema().defaults();
        lesson.schema().applyAssignment(values, "function=quadratic");
        lesson.schema().applyAssignment(values, "methods=gd,adam,bfgs");
        lesson.schema().applyAssignment(values, "iters=50");
        lesson.schema().applyAssignment(values, "tune=true");
        const QJsonObject json = lesson.resultJson(*lesson.compute(values, nullptr), 50);
        const QJsonArray methods = json["methods"].toArray();
        for (int m = 0; m < 2; ++m) {
            const QJsonArray tuning = methods[m]["tuning"].toArray();
            QCOMPARE(tuning.size(), 21); // 1e-5 … 1, four per decade
            double best = INFINITY, bestRate = 0;
            for (const QJsonValue& t : tuning)
                if (!t["f_final"].isNull() && t["f_final"].toDouble() < best) {
                    best = t["f_final"].toDouble();
                    bestRate = t["lr"].toDouble();
                }
            QCOMPARE(methods[m]["params"]["lr"].toDouble(), bestRate);
            QVERIFY(methods[m]["params"]["tuned"].toBool());
            QCOMPARE(methods[m]["f"].toArray().last().toDouble(), best);
        }
        // Gradient descent on a quadratic with curvatures 1 and 10 is stable below 2/10: the grid's
        // best rate must lie below that, and rates above it diverge.
        QVERIFY(methods[0]["params"]["lr"].toDouble() < 0.2);
        QVERIFY(methods[0]["tuning"].toArray().last()["f_final"].isNull()); // lr = 1 diverges
        QVERIFY(methods[2]["tuning"].toArray().isEmpty()); // BFGS has no learning rate
    }

    void optimizersDivergenceAndUnboundedFunctions()
    {
        const Lesson& lesson = registry.get("optimizers");
        ParamValues values = lesson.schema().defaults();
        lesson.schema().applyAssignment(values, "methods=gd");
        lesson.schema().applyAssignment(values, "lr=0.01");
        const QJsonObject rosenbrock = lesson.resultJson(*lesson.compute(values, nullptr), 0);
        QVERIFY(rosenbrock["methods"][0]["diverged"].toBool());
        lesson.schema().applyAssignment(values, "function=saddle");
        const QJsonObject saddle = lesson.resultJson(*lesson.compute(values, nullptr), 0);
        QVERIFY(saddle["function"]["f_min"].isNull());
        QVERIFY(saddle["function"]["minimum"].isNull());
    }

    void newtonHessianClasses()
    {
        QCOMPARE(classifyHessian({2, 0, 3}), HessianClass::PositiveDefinite);
        QCOMPARE(classifyHessian({2, 0, -3}), HessianClass::Indefinite);
        QCOMPARE(classifyHessian({-2, 1, -3}), HessianClass::NegativeDefinite);
        QCOMPARE(classifyHessian({1, 1, 1}), HessianClass::Singular);
        QCOMPARE(classifyHessian({0, 0, 0}), HessianClass::Singular);
    }

    void newtonDataContract()
    {
        const Lesson& lesson = registry.get("newton");
        const QJsonObject json = lesson.resultJson(*lesson.compute(lesson.schema().defaults(), nullptr), 12);
        for (const char* key : {"x", "y", "gd_direction", "newton_direction", "hessian_class", "paths"})
            QVERIFY2(json.contains(key), key);
        const int n = NewtonLesson::kGridNodes;
        QCOMPARE(json["x"].toArray().size(), n);
        QCOMPARE(json["hessian_class"].toArray().size(), n);
        QCOMPARE(json["hessian_class"][0].toArray().size(), n);
        // Himmelblau's grid holds bowls, saddles and the cap around the maximum.
        QSet<QString> seen;
        for (const QJsonValue& row : json["hessian_class"].toArray())
            for (const QJsonValue& c : row.toArray())
                seen.insert(c.toString());
        QVERIFY(seen.contains("pd") && seen.contains("indefinite") && seen.contains("nd"));
        // Directions are unit vectors; at the centre node (0, 0) the gradient of Himmelblau is
        // (−14, −22), so −∇f points up and right.
        const QJsonArray centre = json["gd_direction"][n / 2][n / 2].toArray();
        QCOMPARE_LE(std::abs(std::hypot(centre[0].toDouble(), centre[1].toDouble()) - 1), 1e-12);
        QCOMPARE_LE(std::abs(centre[0].toDouble() - 14 / std::hypot(14.0, 22.0)), 1e-12);
        // From (−0.5, −0.5) Newton ends on the maximum.
        const QJsonArray newton = json["paths"]["newton"].toArray();
        QCOMPARE_LE(std::abs(newton.last()[0].toDouble() + 0.270845), 1e-5);

        ParamValues oneD = lesson.presetValues("soft-abs-converges");
        const QJsonObject json1 = lesson.resultJson(*lesson.compute(oneD, nullptr), 2);
        QCOMPARE(json1["mode"].toString(), QString("1d"));
        QCOMPARE_LE(std::abs(json1["iterates"][1].toDouble() + 0.729), 1e-12);
        QCOMPARE_LE(std::abs(json1["current"]["x"].toDouble() - 0.387420489), 1e-12);
    }

    // The course's animation (Newton_convergence.ipynb, preset seed-directions): at six frames — one in each
    // stage — every arrow of the 21 × 21 data grid equals numpy's ideal, −∇f, Newton or turned direction
    // (tests/data/make_newton_morph_reference.py); the ideal points at the well's bottom. A function without a
    // minimum cannot turn: an input error that says what to choose.
    void newtonTurningFieldIsTheCoursesAnimation()
    {
        const Lesson& lesson = registry.get("newton");
        const ResultPtr result = lesson.compute(lesson.presetValues("seed-directions"), nullptr);
        QCOMPARE(result->frameCount(), 1800);
        const QJsonObject reference = gradus::test::referenceJson("newton_morph_reference.json");
        for (const QJsonValue& want : reference["frames"].toArray()) {
            const int frame = want["frame"].toInt();
            const QJsonObject morph = lesson.resultJson(*result, frame)["morph"].toObject();
            QCOMPARE(morph["stage"].toInt(), want["stage"].toInt());
            QCOMPARE(morph["from"].toString(), want["from"].toString());
            QCOMPARE(morph["to"].toString(), want["to"].toString());
            QCOMPARE_LE(std::abs(morph["t"].toDouble() - want["t"].toDouble()), 1e-15);
            const QJsonArray got = morph["direction"].toArray(), expected = want["direction"].toArray();
            QCOMPARE(got.size(), NewtonLesson::kGridNodes);
            for (int j = 0; j < NewtonLesson::kGridNodes; ++j)
                for (int i = 0; i < NewtonLesson::kGridNodes; ++i)
                    for (int c = 0; c < 2; ++c)
                        QVERIFY2(std::abs(got[j][i][c].toDouble() - expected[j][i][c].toDouble()) < 1e-12,
                                 qPrintable(QStringLiteral("frame %1 node %2,%3").arg(frame).arg(i).arg(j)));
        }
        const QJsonObject still = lesson.resultJson(*result, 0)["morph"].toObject();
        QCOMPARE_LE(std::abs(still["targets"][0][0].toDouble() - reference["well_bottom"][0].toDouble()), 1e-15);
        QCOMPARE(still["frames_per_stage"].toInt(), 300);

        ParamValues saddle = lesson.presetValues("seed-directions");
        lesson.schema().applyAssignment(saddle, "function=saddle");
        QVERIFY_THROWS_EXCEPTION(InputError, lesson.compute(saddle, nullptr));
    }

    // input=network stores a weight matrix of the very network the landscape lesson trains with its
    // defaults: the float32 accuracy is that network's final test accuracy in landscape's own numbers, the
    // layers have the MLP's shapes, and every way of storing converges on the float32 accuracy at 8 bits
    // (within one test image in a hundred) while 1 bit per entry costs some of it.
    void quantizationStoresALayerOfTheLandscapesNetwork()
    {
        const Lesson& landscape = registry.get("landscape");
        ParamValues grid = landscape.schema().defaults();
        landscape.schema().applyAssignment(grid, "resolution=5");
        landscape.schema().applyAssignment(grid, "grid_images=50");
        const QJsonObject trained = landscape.resultJson(*landscape.compute(grid, nullptr), 0)["models"][0].toObject();
        const double landscapeAccuracy = trained["history"]["test_acc"].toArray().last().toDouble();

        const Lesson& lesson = registry.get("quantization");
        const QJsonObject hidden = lesson.resultJson(*lesson.compute(lesson.presetValues("network"), nullptr), 0);
        QCOMPARE(hidden["input"].toString(), QString("network"));
        QCOMPARE(hidden["rows"].toInt(), 128);
        QCOMPARE(hidden["cols"].toInt(), 784);
        const QJsonObject accuracy = hidden["accuracy"].toObject();
        QCOMPARE(accuracy["float32"].toDouble(), landscapeAccuracy);
        QCOMPARE(accuracy["test_images"].toInt(), 1000);
        QCOMPARE(accuracy["layer"].toString(), QString("dense128.kernel"));
        for (const char* way : {"direct_uniform", "direct_centroids", "kashin", "kashin_uniform"}) {
            const QJsonArray byBits = accuracy[way].toArray();
            QCOMPARE(byBits.size(), QuantizationLesson::kMaxBits);
            QVERIFY2(std::abs(byBits.last().toDouble() - landscapeAccuracy) <= 0.01, way);
            QVERIFY2(byBits.first().toDouble() < landscapeAccuracy, way);
        }

        ParamValues output = lesson.presetValues("network");
        lesson.schema().applyAssignment(output, "layer=output");
        const QJsonObject last = lesson.resultJson(*lesson.compute(output, nullptr), 0);
        QCOMPARE(last["rows"].toInt(), 10);
        QCOMPARE(last["cols"].toInt(), 128);
        QCOMPARE(last["accuracy"]["float32"].toDouble(), landscapeAccuracy);

        // Other inputs have no network to measure.
        QVERIFY(lesson.resultJson(*lesson.compute(lesson.schema().defaults(), nullptr), 0)["accuracy"].isNull());
    }

    void linregBadCsvIsAnInputError()
    {
        const Lesson& lesson = registry.get("linreg");
        ParamValues values = lesson.schema().defaults();
        lesson.schema().applyAssignment(values, "data=/nonexistent/points.csv");
        QVERIFY_THROWS_EXCEPTION(InputError, lesson.compute(values, nullptr));
    }

    // Every case of tests/data/make_svd_image_reference.py: singular values, errors, PSNR, counts.
    // Two spectra on one scale (the original post's question: do generated pictures differ from real
    // ones?): each picture's grey σᵢ/σ₁ equals numpy's (the reference's first ten singular values of
    // camera and of chelsea's luma); Gaussian noise of chelsea's shape falls from 1 to about the
    // Marchenko–Pastur edge ratio (√n − √m)/(√n + √m) = 0.102, while the photo is below 1 % by i = 50.
    void svdImageComparesSpectra()
    {
        const QJsonArray cases = gradus::test::referenceJson("svd_image_reference.json")["cases"].toArray();
        const auto head = [&](const char* image, const char* mode) {
            for (const QJsonValue& c : cases)
                if (c["image"].toString() == image && c["mode"].toString() == mode)
                    return c["singular_values_head"].toArray()[0].toArray();
            return QJsonArray();
        };
        const Lesson& lesson = registry.get("svd-image");
        const auto compared = [&](const QString& image, const QString& other) {
            ParamValues values = lesson.schema().defaults();
            lesson.schema().applyAssignment(values, "image=" + image);
            lesson.schema().applyAssignment(values, "compare=" + other);
            return lesson.resultJson(*lesson.compute(values, nullptr), 0).value("compared");
        };
        const QJsonValue cameraAndCat = compared("camera", "chelsea");
        QCOMPARE(cameraAndCat["name"].toString(), QString("chelsea"));
        for (const auto& [key, expected] : {std::pair{"spectrum", head("camera", "channels")}, std::pair{"other_spectrum", head("chelsea", "gray")}}) {
            const QJsonArray got = cameraAndCat[key].toArray();
            QCOMPARE(expected.size(), 10);
            for (qsizetype i = 0; i < expected.size(); ++i) {
                const double want = expected[i].toDouble() / expected[0].toDouble();
                QVERIFY2(std::abs(got[i].toDouble() - want) <= 2e-5, qPrintable(QStringLiteral("%1[%2]: %3 vs %4").arg(key).arg(i).arg(got[i].toDouble()).arg(want)));
            }
        }
        const QJsonValue catAndNoise = compared("chelsea", "noise");
        const QJsonArray noise = catAndNoise["other_spectrum"].toArray(), cat = catAndNoise["spectrum"].toArray();
        QCOMPARE(noise.size(), 300);
        QCOMPARE(noise.first().toDouble(), 1.0);
        const double edge = (std::sqrt(451.0) - std::sqrt(300.0)) / (std::sqrt(451.0) + std::sqrt(300.0));
        QVERIFY2(std::abs(noise.last().toDouble() / edge - 1) < 0.1, qPrintable(QString::number(noise.last().toDouble())));
        QVERIFY(noise[49].toDouble() > 0.5 && cat[49].toDouble() < 0.01);
        QVERIFY(compared("chelsea", "").isNull()); // no comparison
        ParamValues values = lesson.schema().defaults();
        lesson.schema().applyAssignment(values, "compare=/no/such/picture.png");
        QVERIFY_THROWS_EXCEPTION(InputError, lesson.compute(values, nullptr));
    }

    void svdImageMatchesNumpy()
    {
        QFile file(QStringLiteral(GRADUS_TEST_DATA_DIR "/svd_image_reference.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object()["cases"].toArray();
        QVERIFY(cases.size() >= 5);
        const Lesson& lesson = registry.get("svd-image");
        for (const QJsonValue& entry : cases) {
            const QJsonObject expected = entry.toObject();
            const QString label = expected["image"].toString() + " " + expected["mode"].toString();
            ParamValues values = lesson.schema().defaults();
            lesson.schema().applyAssignment(values, "image=" + expected["image"].toString());
            lesson.schema().applyAssignment(values, "mode=" + expected["mode"].toString());
            lesson.schema().applyAssignment(values, QStringLiteral("chroma_rank=%1").arg(expected["chroma_rank"].toInt()));
            const ResultPtr result = lesson.compute(values, nullptr);
            for (const QJsonValue& at : expected["ranks"].toArray()) {
                const QJsonObject want = at.toObject();
                const int rank = want["rank"].toInt();
                const QJsonObject got = lesson.resultJson(*result, rank - 1);
                const QString where = QStringLiteral("%1 rank %2").arg(label).arg(rank);
                QCOMPARE(got["rank"].toInt(), rank);
                QCOMPARE(got["width"].toInt(), expected["width"].toInt());
                QCOMPARE(got["height"].toInt(), expected["height"].toInt());
                QCOMPARE(got["stored_values"].toDouble(), want["stored_values"].toDouble());
                QCOMPARE(got["original_values"].toDouble(), want["original_values"].toDouble());
                QVERIFY2(std::abs(got["relative_error"].toDouble() - want["relative_error"].toDouble()) < 2e-5,
                         qPrintable(where + QStringLiteral(": error %1 vs %2").arg(got["relative_error"].toDouble()).arg(want["relative_error"].toDouble())));
                QVERIFY2(std::abs(got["eckart_young_error"].toDouble() - want["relative_error"].toDouble()) < 2e-5, qPrintable(where));
                // The error curve (the notebook's chart) at this rank is numpy's ‖A − A_r‖/‖A‖ too.
                QVERIFY2(std::abs(got["relative_errors"].toArray()[rank - 1].toDouble() - want["relative_error"].toDouble()) < 2e-5,
                         qPrintable(where + QStringLiteral(": error curve %1").arg(got["relative_errors"].toArray()[rank - 1].toDouble())));
                QVERIFY2(std::abs(got["psnr_db"].toDouble() - want["psnr_db"].toDouble()) < 2e-3,
                         qPrintable(where + QStringLiteral(": PSNR %1 vs %2").arg(got["psnr_db"].toDouble()).arg(want["psnr_db"].toDouble())));
                const QJsonArray sigmas = got["singular_values"].toArray();
                const QJsonArray heads = expected["singular_values_head"].toArray();
                QCOMPARE(sigmas.size(), heads.size());
                for (qsizetype j = 0; j < heads.size(); ++j)
                    for (qsizetype i = 0; i < heads[j].toArray().size(); ++i)
                        QVERIFY2(relativeError(sigmas[j].toArray()[i].toDouble(), heads[j].toArray()[i].toDouble()) < 1e-4,
                                 qPrintable(where + QStringLiteral(" σ[%1][%2]").arg(j).arg(i)));
            }
        }
    }

    void svdImageRankIsTheFrame()
    {
        const Lesson& lesson = registry.get("svd-image");
        QCOMPARE(lesson.frameParameter(), QStringLiteral("rank"));
        ParamValues values = lesson.schema().defaults();
        lesson.schema().applyAssignment(values, "image=chelsea");
        lesson.schema().applyAssignment(values, "rank=30");
        QCOMPARE(lesson.frameFromParams(values), 29);
        lesson.setFrameInParams(values, 4);
        QCOMPARE(values.integer("rank"), 5);
        const ResultPtr result = lesson.compute(values, nullptr);
        QCOMPARE(result->frameCount(), 300);
        // The seed's pacing: every rank up to 10 % of the full rank (30), then every tenth, then the last.
        const QList<int> frames = result->animationFrames();
        QCOMPARE(frames.first(), 0);
        QCOMPARE(frames[29], 29);
        QCOMPARE(frames[30], 39);
        QCOMPARE(frames.last(), 299);
        QCOMPARE(result->frameLabel(49), QStringLiteral("rank 50 of 300"));
        // Changing only the rank reuses the decomposition (same object).
        lesson.schema().applyAssignment(values, "rank=7");
        const ResultPtr again = lesson.compute(values, nullptr);
        QCOMPARE(static_cast<const SvdImageResult&>(*again).svd.get(), static_cast<const SvdImageResult&>(*result).svd.get());
    }

    void svdImageRandomizedForLargeRanks()
    {
        const Lesson& lesson = registry.get("svd-image");
        ParamValues values = lesson.schema().defaults();
        lesson.schema().applyAssignment(values, "image=coffee");
        lesson.schema().applyAssignment(values, "svd=randomized");
        lesson.schema().applyAssignment(values, "max_rank=40");
        const ResultPtr result = lesson.compute(values, nullptr);
        QCOMPARE(result->frameCount(), 40);
        const QJsonObject json = lesson.resultJson(*result, 39);
        QCOMPARE(json["complete"].toBool(), false);
        QVERIFY(std::abs(json["relative_error"].toDouble() - json["eckart_young_error"].toDouble()) < 1e-4);
    }

    // The lesson's PCA of the bundled subset is scikit-learn's (tests/data/make_pca_reference.py).
    void eigenimagesMatchesScikitLearn()
    {
        QFile file(QStringLiteral(GRADUS_TEST_DATA_DIR "/pca_reference.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject reference = QJsonDocument::fromJson(file.readAll()).object();
        const Lesson& lesson = registry.get("eigenimages");
        ParamValues values = lesson.schema().defaults();
        lesson.schema().applyAssignment(values, "components=20");
        lesson.schema().applyAssignment(values, "k=20");
        const ResultPtr result = lesson.compute(values, nullptr);
        QCOMPARE(result->frameCount(), 21);
        const QJsonObject json = lesson.resultJson(*result, 20);
        QCOMPARE(json["n_samples"].toInt(), 2000);
        QCOMPARE(json["n_features"].toInt(), 784);
        QCOMPARE(json["image_shape"].toArray(), (QJsonArray{28, 28, 1}));
        QCOMPARE(json["components"].toArray().size(), 20);
        QCOMPARE(json["components"].toArray()[0].toArray().size(), 784);
        QCOMPARE(json["mean"].toArray().size(), 784);
        const QJsonArray ratio = json["explained_variance_ratio"].toArray();
        const QJsonArray want = reference["all"].toObject()["explained_variance_ratio"].toArray();
        for (qsizetype i = 0; i < want.size(); ++i)
            QVERIFY2(std::abs(ratio[i].toDouble() - want[i].toDouble()) < 1e-4, qPrintable(QString::number(i)));
        // More components rebuild the picture better; all of them in a 784-dimensional space would be exact.
        const double at5 = lesson.resultJson(*result, 5)["reconstruction"].toObject()["relative_error"].toDouble();
        const double at20 = json["reconstruction"].toObject()["relative_error"].toDouble();
        QVERIFY(at20 < at5);
        QCOMPARE(json["reconstruction"].toObject()["label"].toInt(), 9); // the first test image is an ankle boot

        // One class: 200 sandals... here class 0, as in the reference.
        lesson.schema().applyAssignment(values, "classes=0");
        lesson.schema().applyAssignment(values, "components=10");
        lesson.schema().applyAssignment(values, "k=3");
        const QJsonObject one = lesson.resultJson(*lesson.compute(values, nullptr), 3);
        QCOMPARE(one["n_samples"].toInt(), 200);
        const QJsonArray variance = one["explained_variance"].toArray();
        const QJsonArray wantOne = reference["class_0"].toObject()["explained_variance"].toArray();
        for (qsizetype i = 0; i < wantOne.size(); ++i)
            QVERIFY(std::abs(variance[i].toDouble() - wantOne[i].toDouble()) < 1e-3 * wantOne[0].toDouble());
    }

    // The full Fashion-MNIST is optional for a user but installed for the tests (scripts/deps.sh --with-test):
    // present, every lesson that offers it computes with it (test_lesson_sweep, data=full); absent (an empty
    // folder in its place), each says what to install instead of failing some other way.
    void fullDatasetPresentAndAbsent()
    {
        QVERIFY2(fullFashionMnistInstalled(), "dataset-fashion-mnist is not installed: run scripts/deps.sh --with-test");
        QTemporaryDir empty;
        qputenv("GRADUS_FASHION_MNIST_DIR", empty.path().toUtf8());
        QStringList offering;
        for (const Lesson* lesson : registry.lessons()) {
            const ParamSpec* data = lesson->schema().find("data");
            if (!data || std::none_of(data->choices.begin(), data->choices.end(), [](const ChoiceOption& o) { return o.value == u"full"; }))
                continue;
            offering << lesson->id();
            ParamValues values = test::quickValues(*lesson, lesson->schema().defaults(), true);
            lesson->schema().applyAssignment(values, "data=full");
            QString message;
            try {
                lesson->compute(values, nullptr);
            } catch (const InputError& e) {
                message = e.message();
            }
            QCOMPARE(message, QString("the full Fashion-MNIST is not installed: install Debian's dataset-fashion-mnist "
                                      "(sudo apt install dataset-fashion-mnist) or use the bundled subset (data=subset)"));
        }
        // landscape's data=installed (its seed preset's): the subset stands in, and the figure's numbers say so.
        const Lesson& landscape = registry.get("landscape");
        ParamValues installed = test::quickValues(landscape, landscape.schema().defaults(), true);
        landscape.schema().applyAssignment(installed, "data=installed");
        const QJsonObject absent = landscape.resultJson(*landscape.compute(installed, nullptr), 0);
        QCOMPARE(absent["full_data_missing"].toBool(), true);
        QCOMPARE(absent["data"].toString(), QString("Fashion-MNIST subset (dataset-fashion-mnist is not installed)"));
        QCOMPARE(absent["n_train"].toInt() + absent["n_test"].toInt(), 1000); // 500 + 500 of the bundled 2,000
        qunsetenv("GRADUS_FASHION_MNIST_DIR");
        QVERIFY(fullFashionMnistInstalled());
        const QJsonObject present = landscape.resultJson(*landscape.compute(installed, nullptr), 0);
        QCOMPARE(present["full_data_missing"].toBool(), false);
        QCOMPARE(present["data"].toString(), QString("Fashion-MNIST"));
        offering.sort();
        QCOMPARE(offering, QStringList({"eigenimages", "landscape", "training"}));
    }

    // Four pictures rebuilt side by side (the notebook's four): pictures #n … #n + 3, each with the error it
    // has alone; with all components (K = min(n, d) = 784 pixels) the last rebuild is exact to float rounding.
    void eigenimagesFourPicturesAndTheFullRank()
    {
        const Lesson& lesson = registry.get("eigenimages");
        const auto run = [&](const QStringList& assignments, int frame) {
            ParamValues values = lesson.schema().defaults();
            for (const QString& a : assignments)
                lesson.schema().applyAssignment(values, a);
            return lesson.resultJson(*lesson.compute(values, nullptr), frame);
        };
        const QJsonArray four = run({"sample=1998", "rebuilt=4", "k=5"}, 5)["reconstructions"].toArray();
        QCOMPARE(four.size(), 4);
        const int expected[4] = {1998, 1999, 0, 1}; // wrapping round the 2,000
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(four[i]["sample"].toInt(), expected[i]);
            const QJsonObject alone = run({QStringLiteral("sample=%1").arg(expected[i]), "k=5"}, 5);
            QCOMPARE(four[i]["relative_error"].toDouble(), alone["reconstruction"]["relative_error"].toDouble());
            QVERIFY(four[i]["relative_error"].toDouble() > 0.1); // five components are far from exact
        }
        const QJsonObject all = run({"components=0", "rebuilt=4"}, 784);
        QCOMPARE(all["components"].toArray().size(), 784);
        for (const QJsonValue& r : all["reconstructions"].toArray())
            QVERIFY2(r["relative_error"].toDouble() < 1e-5, qPrintable(QString::number(r["relative_error"].toDouble())));
    }

    void eigenimagesOfAFolder()
    {
        QTemporaryDir dir;
        // Twelve pictures of a bright square at different places, in two formats and sizes; one file is junk.
        for (int i = 0; i < 12; ++i) {
            QImage picture(40 + i, 40 + i, QImage::Format_RGB888);
            picture.fill(Qt::black);
            for (int y = 0; y < 10; ++y)
                for (int x = 0; x < 10; ++x)
                    picture.setPixelColor(2 + 2 * i + x, 5 + y, QColor(255, 128, 0));
            QVERIFY(picture.save(dir.filePath(QStringLiteral("p%1.%2").arg(i).arg(i % 2 ? "png" : "bmp"))));
        }
        QFile junk(dir.filePath("junk.png"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a picture");
        junk.close();
        const Lesson& lesson = registry.get("eigenimages");
        ParamValues values = lesson.schema().defaults();
        lesson.schema().applyAssignment(values, "data=folder");
        lesson.schema().applyAssignment(values, "folder=" + dir.path());
        lesson.schema().applyAssignment(values, "size=16");
        lesson.schema().applyAssignment(values, "color=true");
        const ResultPtr result = lesson.compute(values, nullptr);
        const QJsonObject json = lesson.resultJson(*result, 0);
        QCOMPARE(json["n_samples"].toInt(), 12);
        QCOMPARE(json["n_features"].toInt(), 16 * 16 * 3);
        QCOMPARE(json["image_shape"].toArray(), (QJsonArray{16, 16, 3}));
        QCOMPARE(json["components"].toArray().size(), 12); // at most n components
        QVERIFY(json["notes"].toArray().first().toString().contains("1 file(s) skipped"));

        lesson.schema().applyAssignment(values, "folder=" + dir.filePath("missing"));
        QVERIFY_THROWS_EXCEPTION(InputError, lesson.compute(values, nullptr));
    }

    void doubleDescentDataContract()
    {
        const Lesson& lesson = registry.get("double-descent");
        QCOMPARE(lesson.frameParameter(), QStringLiteral("degree"));
        const ParamValues values = lesson.schema().defaults();
        const ResultPtr result = lesson.compute(values, nullptr);
        QCOMPARE(result->frameCount(), 101);
        const QJsonObject json = lesson.resultJson(*result, 60);
        for (const char* key : {"degrees", "train_mse", "test_mse", "coef_norm", "x_train", "y_train", "x_test", "y_test", "coefficients"})
            QVERIFY2(json.contains(key), key);
        QCOMPARE(json["degrees"].toArray().size(), 101);
        QCOMPARE(json["x_train"].toArray().size(), 50);
        QCOMPARE(json["x_test"].toArray().size(), 100);
        QCOMPARE(json["coefficients"].toArray().size(), 61);
        QCOMPARE(json["threshold_degree"].toInt(), 49);
        // The seed's data and the degree-60 fit are numpy's (tests/data/make_double_descent_reference.py).
        QFile file(QStringLiteral(GRADUS_TEST_DATA_DIR "/double_descent_reference.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject reference = QJsonDocument::fromJson(file.readAll()).object();
        for (int i = 0; i < 50; ++i)
            QVERIFY(std::abs(json["y_train"].toArray()[i].toDouble() - reference["y_train"].toArray()[i].toDouble()) < 1e-14);
        // The peak is at the threshold, within a couple of degrees, and the norm peaks with it.
        const QJsonArray test = json["test_mse"].toArray(), norm = json["coef_norm"].toArray();
        qsizetype peakTest = 0, peakNorm = 0;
        for (qsizetype d = 0; d < test.size(); ++d) {
            if (test[d].toDouble() > test[peakTest].toDouble())
                peakTest = d;
            if (norm[d].toDouble() > norm[peakNorm].toDouble())
                peakNorm = d;
        }
        QCOMPARE_LE(std::abs(peakTest - 49), 2);
        QCOMPARE_LE(std::abs(peakNorm - 49), 2);
        // Ridge flattens the peak: from 8e16 to about 11 (numpy: 11.42 at D = 48) with λ = 0.001.
        ParamValues ridged = values;
        lesson.schema().applyAssignment(ridged, "ridge=0.001");
        const QJsonArray smooth = lesson.resultJson(*lesson.compute(ridged, nullptr), 100)["test_mse"].toArray();
        double highest = 0;
        for (const QJsonValue& v : smooth)
            highest = std::max(highest, v.toDouble());
        QVERIFY(std::abs(highest - 11.4232313573537) < 1e-6 * 11.42);
        QVERIFY(test[peakTest].toDouble() > 1e15);
        // A formula that does not parse is a usage error with its position.
        ParamValues bad = values;
        lesson.schema().applyAssignment(bad, "function=formula");
        lesson.schema().applyAssignment(bad, "formula=sin(x");
        QVERIFY_THROWS_EXCEPTION(UsageError, lesson.compute(bad, nullptr));
    }

    void sgdDataContract()
    {
        const Lesson& lesson = registry.get("sgd");
        ParamValues values = lesson.schema().defaults();
        lesson.schema().applyAssignment(values, "methods=gd,sgd,svrg,saga,sag,sgd-1/k,sgd-1/sqrtk,sgd-decay,big-batch");
        lesson.schema().applyAssignment(values, "iters=400");
        lesson.schema().applyAssignment(values, "seeds=3");
        const ResultPtr result = lesson.compute(values, nullptr);
        QCOMPARE(result->frameCount(), 401);
        const QJsonObject json = lesson.resultJson(*result, 400);
        QCOMPARE(json["X"].toArray().size(), 100);
        QCOMPARE(json["y"].toArray().size(), 100);
        QCOMPARE(json["optimum"].toArray().size(), 2);
        const QJsonArray methods = json["methods"].toArray();
        QCOMPARE(methods.size(), 9);
        for (const QJsonValue& m : methods) {
            const QJsonObject method = m.toObject();
            for (const char* key : {"name", "path", "distance", "loss", "gradient_evaluations"})
                QVERIFY2(method.contains(key), key);
            QCOMPARE(method["path"].toArray().size(), 401);
        }
        QVERIFY(json["noise_ball_radius"].toDouble() > 0);
        // Without noise every mini-batch agrees on the optimum: constant-step SGD converges.
        lesson.schema().applyAssignment(values, "noise=0");
        lesson.schema().applyAssignment(values, "methods=sgd");
        lesson.schema().applyAssignment(values, "iters=3000");
        const QJsonObject exact = lesson.resultJson(*lesson.compute(values, nullptr), 3000);
        QVERIFY(exact["methods"].toArray()[0].toObject()["distance"].toArray().last().toDouble() < 1e-8);
        // The longest step on steep data: the stochastic methods diverge, say at which step, keep only
        // finite points, and their mean curves end where a run diverged; the 1/k schedule settles.
        ParamValues steep = lesson.schema().defaults();
        for (const char* assignment : {"lr=2", "w_true=100,100", "noise=10", "methods=gd,sgd,sgd-1/k"})
            lesson.schema().applyAssignment(steep, assignment);
        const QJsonArray runs = lesson.resultJson(*lesson.compute(steep, nullptr), 0)["methods"].toArray();
        const QJsonObject sgd = runs[1].toObject(), decaying = runs[2].toObject();
        QVERIFY(sgd["diverged"].toBool());
        QCOMPARE(sgd["diverged_at_step"].toInt(), sgd["path"].toArray().size());
        for (const QJsonValue& point : sgd["path"].toArray())
            QVERIFY(std::hypot(point.toArray()[0].toDouble(), point.toArray()[1].toDouble()) <= 1e12);
        QVERIFY(sgd["mean_loss"].toArray().size() <= sgd["path"].toArray().size());
        QVERIFY(!decaying["diverged"].toBool() && decaying["diverged_at_step"].isNull());
        QCOMPARE(decaying["path"].toArray().size(), 2001);
    }

    void pnormsDataContract()
    {
        const Lesson& lesson = registry.get("pnorms");
        ParamValues values = lesson.schema().defaults();
        lesson.schema().applyAssignment(values, "dual=true");
        const ResultPtr result = lesson.compute(values, nullptr);
        // Round values of p are frames of their own: setting p = 2 shows exactly the circle.
        for (double p : {0.1, 0.5, 0.8, 1.0, 1.5, 2.0, 3.0, 50.0}) {
            lesson.schema().setValue(values, "p", p);
            const int frame = lesson.frameFromParams(values);
            const QJsonObject json = lesson.resultJson(*result, frame);
            QCOMPARE(json["p"].toDouble(), p);
            QCOMPARE(json["convex"].toBool(), p >= 1);
            for (const QJsonValue& point : json["boundary"].toArray()) {
                const QJsonArray xy = point.toArray();
                const double norm = std::pow(std::pow(std::abs(xy[0].toDouble()), p) + std::pow(std::abs(xy[1].toDouble()), p), 1 / p);
                QVERIFY2(std::abs(norm - 1) < 1e-9, qPrintable(QString::number(p)));
            }
            QCOMPARE(json.contains("non_convexity"), p < 1);
            ParamValues back = values;
            lesson.setFrameInParams(back, frame);
            QCOMPARE(back.real("p"), p);
        }
        // The slider's end is p = ∞, written "inf" in the data, with the square as its ball and the
        // diamond (q = 1) as its dual.
        lesson.schema().applyAssignment(values, "p=inf");
        const QJsonObject square = lesson.resultJson(*result, lesson.frameFromParams(values));
        QCOMPARE(square["p"].toString(), QString("inf"));
        QCOMPARE(square["dual"].toObject()["q"].toDouble(), 1.0);
        QCOMPARE(lesson.frameFromParams(values), result->frameCount() - 1);
        const QJsonObject half = lesson.resultJson(*result, 0);
        QCOMPARE(half["p"].toDouble(), 0.1);
        QVERIFY(std::abs(half["non_convexity"].toObject()["midpoint_norm"].toDouble() - 512.0) < 1e-9); // 2^(10 − 1)
    }

    // The seed preset is Regularization_animation.ipynb frame for frame: numpy's seed 1984 through the
    // notebook's recipe, the design turned, the true weights round the rectangle (600 frames); X, the
    // least-squares solution and the L2-ball solution equal numpy's at eight frames
    // (tests/data/make_regularization_seed_reference.py); frame 0's L1 solution is the corner (0, 1),
    // sparse, as the notebook prints.
    void regularizationSeedIsTheNotebooksAnimation()
    {
        const Lesson& lesson = registry.get("regularization");
        const ResultPtr result = lesson.compute(lesson.presetValues("seed"), nullptr);
        QCOMPARE(result->frameCount(), 600);
        const auto near = [](const QJsonValue& ours, const QJsonValue& theirs, double tolerance) {
            for (int i = 0; i < 2; ++i)
                if (std::abs(ours[i].toDouble() - theirs[i].toDouble()) > tolerance)
                    return false;
            return true;
        };
        for (const QJsonValue& want : gradus::test::referenceJson("regularization_seed_reference.json")["frames"].toArray()) {
            const int frame = want["frame"].toInt();
            const QJsonObject got = lesson.resultJson(*result, frame);
            const QString where = QStringLiteral("frame %1").arg(frame);
            QVERIFY2(std::abs(got["design_angle"].toDouble() - want["angle"].toDouble()) < 1e-9, qPrintable(where));
            QVERIFY2(near(got["true_weights"], want["true_weights"], 1e-12), qPrintable(where));
            for (int row = 0; row < 3; ++row)
                QVERIFY2(near(got["X"][row], want["X_head"][row], 1e-12), qPrintable(where));
            QVERIFY2(near(got["unconstrained"], want["unconstrained"], 1e-10), qPrintable(where));
            QVERIFY2(near(got["solution_l2"], want["solution_l2"], 1e-9), qPrintable(where));
        }
        const QJsonObject first = lesson.resultJson(*result, 0);
        QCOMPARE(first["solution_l1"].toArray(), QJsonArray({0.0, 1.0}));
        QVERIFY(first["sparse_l1"].toBool());
    }

    void regularizationDataContract()
    {
        const Lesson& lesson = registry.get("regularization");
        ParamValues values = lesson.schema().defaults();
        const ResultPtr result = lesson.compute(values, nullptr);
        QCOMPARE(result->frameCount(), 180);
        const QJsonObject last = lesson.resultJson(*result, 179);
        for (const char* key : {"X", "y", "t", "solution_l1", "solution_l2", "unconstrained", "sparse_l1", "sparse_l2"})
            QVERIFY2(last.contains(key), key);
        QCOMPARE(last["X"].toArray().size(), 15);
        // The design matrix has the singular values of the seed, 1 and 2.14: XᵀX has eigenvalues 1 and 2.14².
        double xx = 0, xy = 0, yy = 0;
        for (const QJsonValue& row : last["X"].toArray()) {
            const double a = row.toArray()[0].toDouble(), b = row.toArray()[1].toDouble();
            xx += a * a, xy += a * b, yy += b * b;
        }
        const double mean = (xx + yy) / 2, radius = std::hypot((xx - yy) / 2, xy);
        QVERIFY(std::abs(mean - radius - 1) < 1e-12 && std::abs(mean + radius - 2.14 * 2.14) < 1e-12);
        // The lesson's point: over one turn of the true weights the L1 solution is sparse in a large
        // share of frames, the L2 solution in none.
        QVERIFY2(last["sparse_share_l1"].toDouble() > 0.3, qPrintable(QString::number(last["sparse_share_l1"].toDouble())));
        QCOMPARE(last["sparse_share_l2"].toDouble(), 0.0);
        int sparse = 0;
        for (int frame = 0; frame < 180; ++frame) {
            const QJsonObject json = lesson.resultJson(*result, frame);
            const QJsonArray l1 = json["solution_l1"].toArray();
            QVERIFY(std::abs(std::abs(l1[0].toDouble()) + std::abs(l1[1].toDouble()) - 1) < 1e-12); // on the diamond
            const bool zero = l1[0].toDouble() == 0 || l1[1].toDouble() == 0;
            QCOMPARE(json["sparse_l1"].toBool(), zero);
            sparse += zero;
        }
        QCOMPARE(double(sparse) / 180, last["sparse_share_l1"].toDouble());

        lesson.schema().applyAssignment(values, "mode=path");
        const ResultPtr paths = lesson.compute(values, nullptr);
        const QJsonObject json = lesson.resultJson(*paths, 0);
        QCOMPARE(json["features"].toArray().size(), 10);
        QCOMPARE(json["lambdas"].toArray().size(), 100);
        QCOMPARE(json["lasso_coefs"].toArray().size(), 100);
        QCOMPARE(json["lasso_nonzero"].toInt(), 0); // α_max: nothing has entered yet
        QCOMPARE(lesson.resultJson(*paths, 99)["lasso_nonzero"].toInt(), 10);
        // A table with a constant column says so.
        QTemporaryDir dir;
        QFile file(dir.filePath("constant.csv"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a,b,y\n1,2,3\n1,3,4\n1,5,2\n1,0,1\n");
        file.close();
        lesson.schema().applyAssignment(values, "table=" + file.fileName());
        QVERIFY_THROWS_EXCEPTION(InputError, lesson.compute(values, nullptr));
    }

    // One cloud (PCA_intuition.ipynb's first animation): numpy's seed 42 through the notebook's recipe gives
    // the same 30 points; the first principal direction, its variance (np.cov's largest eigenvalue, 1.170,
    // the notebook's title 33.9 = 29 × it at 17.5°) and the variance at every whole degree equal numpy's
    // (tests/data/make_pca_lda_one_class_reference.py); there is nothing for LDA, and the numbers say so.
    void pcaLdaOneClassIsTheNotebooksCloud()
    {
        const Lesson& lesson = registry.get("pca-lda");
        const QJsonObject got = lesson.resultJson(*lesson.compute(lesson.presetValues("seed-one-class"), nullptr), 18);
        const QJsonObject want = gradus::test::referenceJson("pca_lda_one_class_reference.json");
        QCOMPARE(got["classes"].toString(), QString("one"));
        const QJsonArray points = got["points"].toArray(), expected = want["points"].toArray();
        QCOMPARE(points.size(), 30);
        for (qsizetype i = 0; i < 30; ++i)
            for (int c = 0; c < 2; ++c)
                QVERIFY2(std::abs(points[i][c].toDouble() - expected[i][c].toDouble()) < 1e-14, qPrintable(QString::number(i)));
        for (int c = 0; c < 2; ++c) {
            QVERIFY(std::abs(got["mean"][c].toDouble() - want["mean"][c].toDouble()) < 1e-14);
            QVERIFY(std::abs(got["pca_direction"][c].toDouble() - want["pc1"][c].toDouble()) < 1e-12);
        }
        QVERIFY(std::abs(got["explained_variance"].toDouble() - want["eigenvalues"][0].toDouble()) < 1e-12);
        const QJsonArray variance = got["variance_by_angle"].toArray(), wanted = want["variance_by_angle"].toArray();
        QCOMPARE(variance.size(), 181);
        for (qsizetype k = 0; k < 181; ++k)
            QVERIFY2(std::abs(variance[k].toDouble() - wanted[k].toDouble()) < 1e-12, qPrintable(QString::number(k)));
        QCOMPARE(got["variance"].toDouble(), variance[18].toDouble());
        QVERIFY(got["lda_direction"].isNull() && got["fisher_ratio_lda"].isNull() && got["fisher_by_angle"].isNull());
    }

    void pcaLdaDataContract()
    {
        const Lesson& lesson = registry.get("pca-lda");
        ParamValues values = lesson.schema().defaults();
        const ResultPtr result = lesson.compute(values, nullptr);
        QCOMPARE(result->frameCount(), 181);
        const QJsonObject json = lesson.resultJson(*result, 90);
        for (const char* key : {"points", "labels", "mean", "pca_direction", "lda_direction", "explained_variance",
                                "fisher_ratio_pca", "fisher_ratio_lda", "angles", "variance_by_angle"})
            QVERIFY2(json.contains(key), key);
        QCOMPARE(json["points"].toArray().size(), 200);
        QCOMPARE(json["angle"].toDouble(), 90.0);
        // The turning line's variance peaks within half a degree of PCA's direction.
        const QJsonArray variance = json["variance_by_angle"].toArray();
        int best = 0;
        for (int k = 0; k < variance.size(); ++k)
            if (variance[k].toDouble() > variance[best].toDouble())
                best = k;
        const QJsonArray pca = json["pca_direction"].toArray();
        double pcaAngle = std::atan2(pca[1].toDouble(), pca[0].toDouble()) * 180 / M_PI;
        pcaAngle = std::fmod(pcaAngle + 360, 180.0);
        QVERIFY2(std::abs(best - pcaAngle) <= 0.5 || std::abs(best - pcaAngle) >= 179.5, qPrintable(QStringLiteral("%1 vs %2").arg(best).arg(pcaAngle)));
        QVERIFY(json["fisher_ratio_lda"].toDouble() > 100 * json["fisher_ratio_pca"].toDouble());
        // A table with three classes is refused with a reason.
        QTemporaryDir dir;
        QFile file(dir.filePath("three.csv"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x,y,class\n0,0,1\n1,0,2\n0,1,3\n1,1,1\n");
        file.close();
        lesson.schema().applyAssignment(values, "data=" + file.fileName());
        try {
            lesson.compute(values, nullptr);
            QFAIL("three classes accepted");
        } catch (const InputError& error) {
            QVERIFY(QString(error.what()).contains("exactly two"));
        }
    }

    void rotationsDataContract()
    {
        const Lesson& lesson = registry.get("rotations");
        ParamValues values = lesson.schema().defaults();
        const ResultPtr result = lesson.compute(values, nullptr);
        QCOMPARE(result->frameCount(), 121);
        auto matrix = [](const QJsonValue& value) {
            std::array<double, 9> m{};
            const QJsonArray rows = value.toArray();
            for (int i = 0; i < 3; ++i)
                for (int j = 0; j < 3; ++j)
                    m[std::size_t(3 * i + j)] = rows[i].toArray()[j].toDouble();
            return m;
        };
        const QJsonObject start = lesson.resultJson(*result, 0), end = lesson.resultJson(*result, 120);
        // The seed: A = 90° up (−90° about x), B = 90° right (90° about y).
        QCOMPARE(matrix(end["A"]), (std::array<double, 9>{1, 0, 0, 0, 0, 1, 0, -1, 0}));
        QCOMPARE(matrix(end["B"]), (std::array<double, 9>{0, 0, 1, 0, 1, 0, -1, 0, 0}));
        QCOMPARE(end["commutator_norm"].toDouble(), std::sqrt(6.0));
        // The animation starts at the identity and ends at BA (A first) and AB (B first).
        QCOMPARE(matrix(start["a_then_b"]), (std::array<double, 9>{1, 0, 0, 0, 1, 0, 0, 0, 1}));
        QCOMPARE(matrix(end["a_then_b"]), matrix(end["BA"]));
        QCOMPARE(matrix(end["b_then_a"]), matrix(end["AB"]));
        QVERIFY(end["plane"].toObject()["commutator_norm"].toDouble() < 1e-15);
        // A custom axis that is not a vector is a clear input error.
        lesson.schema().applyAssignment(values, "a_axis=custom");
        lesson.schema().applyAssignment(values, "a_vector=1,x,0");
        try {
            lesson.compute(values, nullptr);
            QFAIL("a bad axis accepted");
        } catch (const InputError& error) {
            QVERIFY(QString(error.what()).contains("three numbers"));
        }
        lesson.schema().applyAssignment(values, "a_vector=0,0,0");
        QVERIFY_THROWS_EXCEPTION(InputError, lesson.compute(values, nullptr));
    }

    void mdsDataContract()
    {
        const Lesson& lesson = registry.get("mds");
        ParamValues values = lesson.schema().defaults();
        // The references below were made from great-circle distances (mds_reference.json).
        lesson.schema().applyAssignment(values, "distances=haversine");
        lesson.schema().applyAssignment(values, "cities=6");
        lesson.schema().applyAssignment(values, "methods=gd,nelder-mead,smacof,classical");
        const ResultPtr result = lesson.compute(values, nullptr);
        const QJsonObject json = lesson.resultJson(*result, result->frameCount() - 1);
        QCOMPARE(json["cities"].toArray().size(), 6);
        QCOMPARE(json["cities"].toArray()[0].toString(), QString("Moscow"));
        // D in km: Moscow–Istanbul is 1756.1 km; the scale is the largest distance.
        QCOMPARE(std::round(json["D"].toArray()[0].toArray()[1].toDouble() * 10) / 10, 1756.1);
        double largest = 0;
        for (const QJsonValue& row : json["D"].toArray())
            for (const QJsonValue& v : row.toArray())
                largest = std::max(largest, v.toDouble());
        QCOMPARE(json["scale"].toDouble(), largest);
        const QJsonArray methods = json["methods"].toArray();
        QCOMPARE(methods.size(), 4);
        for (const QJsonValue& m : methods)
            for (const char* key : {"name", "X", "X_aligned", "f", "history", "iterations", "fevals", "seconds"})
                QVERIFY2(m.toObject().contains(key), key);
        // Scipy's Nelder–Mead on 6 cities from seed 42: 2,400 evaluations, f = 0.0052454 (mds_reference.json).
        const QJsonObject nm = methods[1].toObject();
        QCOMPARE(nm["fevals"].toInt(), 2400);
        QVERIFY(std::abs(nm["f"].toDouble() / 0.005245444712567358 - 1) < 1e-9);
        QCOMPARE(json["summary"].toArray()[1].toObject()["method"].toString(), QString("NM"));
        // Gradient descent gets far lower, and SMACOF lower still or equal; the stress stays above 0.
        QVERIFY(methods[0].toObject()["f"].toDouble() < 1e-4 && methods[0].toObject()["f"].toDouble() > 0);
        // The seed's table: 6, 15 and 34 cities for each iterative method.
        QCOMPARE(json["summary"].toArray().size(), 9);
        QVERIFY(methods[0].toObject()["diverged_at_step"].isNull());
        // Too long a step: gradient descent stops where f grew 10⁸-fold, here and in the table.
        ParamValues tooLong = values;
        lesson.schema().applyAssignment(tooLong, "lr=10");
        const QJsonObject blownUp = lesson.resultJson(*lesson.compute(tooLong, nullptr), 0);
        const QJsonObject gd = blownUp["methods"].toArray()[0].toObject();
        QCOMPARE(gd["stop_reason"].toString(), QString("diverged"));
        QCOMPARE(gd["diverged_at_step"].toInt(), gd["iterations"].toInt() + 1);
        QVERIFY(gd["f"].toDouble() <= 1e8 * gd["history"].toArray()[0].toDouble());
        QVERIFY(blownUp["summary"].toArray()[0].toObject()["diverged_at_step"].toInt() >= 1);
        // Bad tables say what is wrong.
        QTemporaryDir dir;
        auto failsWith = [&](const QByteArray& content, const QString& expected) {
            QFile file(dir.filePath("places.csv"));
            file.open(QIODevice::WriteOnly | QIODevice::Truncate);
            file.write(content);
            file.close();
            ParamValues bad = values;
            lesson.schema().applyAssignment(bad, "data=" + file.fileName());
            try {
                lesson.compute(bad, nullptr);
            } catch (const InputError& error) {
                return QString(error.what()).contains(expected);
            }
            return false;
        };
        QVERIFY(failsWith("name,lat,lon\nA,1,2\nB,3,4\n", "at least three places"));
        QVERIFY(failsWith("name,lat\nA,1\nB,3\nC,5\n", "at least 3 columns"));
        QVERIFY(failsWith("name,lat,lon\nA,1,2\nB,x,4\nC,5,6\n", "is not a number"));
        QVERIFY(failsWith(",A,B,C\nA,0,1,2\nB,1,0,3\nC,2,4,0\n", "not symmetric"));
        QVERIFY(failsWith("name,lat,lon\nA,100,2\nB,3,4\nC,5,6\n", "not on Earth"));
        // A good distance table works, with no true map to compare.
        QFile table(dir.filePath("table.csv"));
        QVERIFY(table.open(QIODevice::WriteOnly));
        table.write(",A,B,C,D\nA,0,3,4,5\nB,3,0,5,4\nC,4,5,0,3\nD,5,4,3,0\n");
        table.close();
        ParamValues good = values;
        lesson.schema().applyAssignment(good, "data=" + table.fileName());
        const QJsonObject fromTable = lesson.resultJson(*lesson.compute(good, nullptr), 0);
        QCOMPARE(fromTable["cities"].toArray().size(), 4);
        QCOMPARE(fromTable["summary"].toArray().size(), 0);
    }

    // The course notebook's own tables (datasets/mds/), its start (np.random.seed(42)) and its gradient
    // descent runs, against numpy (tests/data/make_mds_seed_reference.py): the loss at the start and after
    // the notebook's steps, for each table and size. The notebook steps along half of our gradient, so
    // its step 0.12 is our 0.06.
    // A race of steps: one gradient descent per step, each the very run a single descent with that step
    // gives ("0.2/n" is 0.2 divided by the number of places); a larger step gets there in fewer iterations;
    // what is not a step is an input error that says how to write one.
    void mdsRaceOfSteps()
    {
        const Lesson& lesson = registry.get("mds");
        const auto run = [&](const QStringList& assignments) {
            ParamValues values = lesson.schema().defaults();
            for (const QString& a : QStringList{"cities=15", "methods=gd"} + assignments)
                lesson.schema().applyAssignment(values, a);
            return lesson.resultJson(*lesson.compute(values, nullptr), 0)["methods"].toArray();
        };
        const QJsonArray race = run({"race=0.1/n, 0.2/n,0.02"});
        QCOMPARE(race.size(), 3);
        const double steps[3] = {0.1 / 15, 0.2 / 15, 0.02};
        for (int k = 0; k < 3; ++k) {
            QCOMPARE(race[k]["step"].toDouble(), steps[k]);
            const QJsonArray alone = run({QStringLiteral("lr=%1").arg(steps[k], 0, 'g', 17)});
            QCOMPARE(alone.size(), 1);
            QCOMPARE(race[k]["history"], alone[0]["history"]);
        }
        QVERIFY(race[0]["iterations"].toInt() > race[1]["iterations"].toInt());
        for (const QString& bad : {QString("race=0.1/n, fast"), QString("race=-1"), QString("race=1,2,3,4,5")}) {
            ParamValues values = lesson.schema().defaults();
            lesson.schema().applyAssignment(values, bad);
            try {
                lesson.compute(values, nullptr);
                QFAIL(qPrintable(bad));
            } catch (const InputError& e) {
                QVERIFY2(e.message().startsWith("race: "), qPrintable(e.message()));
            }
        }
    }

    void mdsSeedTablesAsInTheNotebook()
    {
        const Lesson& lesson = registry.get("mds");
        const QJsonObject reference = gradus::test::referenceJson("mds_seed_reference.json");
        int runs = 0;
        for (const QString& table : reference.keys()) {
            const QJsonObject sizes = reference[table].toObject();
            for (const QString& size : sizes.keys()) {
                const QJsonObject expected = sizes[size].toObject();
                ParamValues values = lesson.schema().defaults();
                for (const QString& assignment : {"table=" + table, "cities=" + size, QStringLiteral("methods=gd"),
                                                  QStringLiteral("lr=%1").arg(expected["lr_notebook"].toDouble() / 2, 0, 'g', 17),
                                                  QStringLiteral("iters=%1").arg(expected["steps"].toInt())})
                    lesson.schema().applyAssignment(values, assignment);
                const QJsonObject json = lesson.resultJson(*lesson.compute(values, nullptr), 0);
                const QJsonObject gd = json["methods"].toArray()[0].toObject();
                const QString where = table + " " + size;
                QVERIFY2(relativeError(json["scale"].toDouble(), expected["largest_km"].toDouble()) < 1e-15, qPrintable(where));
                QVERIFY2(relativeError(gd["history"].toArray()[0].toDouble(), expected["L_start"].toDouble()) < 1e-12, qPrintable(where));
                // All the notebook's steps, unless ours stopped at a point where ‖∇f‖ fell 10⁸-fold (the world's 6
                // cities, after 71): the notebook's last steps there no longer move f.
                if (gd["stop_reason"].toString() == u"converged")
                    QVERIFY2(gd["iterations"].toInt() < expected["steps"].toInt(), qPrintable(where));
                else
                    QCOMPARE(gd["iterations"].toInt(), expected["steps"].toInt());
                QVERIFY2(std::abs(gd["f"].toDouble() / expected["L_final"].toDouble() - 1) < 1e-9,
                         qPrintable(QStringLiteral("%1: %2 vs numpy's %3").arg(where).arg(gd["f"].toDouble()).arg(expected["L_final"].toDouble())));
                ++runs;
            }
        }
        QCOMPARE(runs, 7); // Europe 6, 15, 34; the USA and the world 6, 15
        // The seed preset is the notebook's executed run, and its table names Moscow–Istanbul 1734.47 km.
        const QJsonObject seed = lesson.resultJson(*lesson.compute(lesson.presetValues("seed"), nullptr), 0);
        QCOMPARE(seed["cities"].toArray().size(), 6);
        QCOMPARE(std::round(seed["D"].toArray()[0].toArray()[1].toDouble() * 100) / 100, 1734.47);
        const double europe6 = reference["europe"].toObject()["6"].toObject()["L_final"].toDouble();
        QVERIFY(std::abs(seed["methods"].toArray()[0].toObject()["f"].toDouble() / europe6 - 1) < 1e-9);
        // Only the European cities have coordinates: great circles elsewhere are refused with a way out.
        ParamValues usa = lesson.schema().defaults();
        lesson.schema().applyAssignment(usa, "table=usa");
        lesson.schema().applyAssignment(usa, "distances=haversine");
        try {
            lesson.compute(usa, nullptr);
            QFAIL("great circles for the USA table accepted");
        } catch (const InputError& error) {
            QVERIFY(QString(error.what()).contains("distances=seed"));
        }
    }

    // The optimizers' seed preset is the course notebook's race (SG_animation.ipynb): each method ends where
    // numpy's float64 run of the same rules ends (tests/data/make_seed_race_reference.py).
    void optimizersSeedRaceAsInTheNotebook()
    {
        const Lesson& lesson = registry.get("optimizers");
        const QJsonObject reference = gradus::test::referenceJson("seed_race_reference.json")["methods"].toObject();
        const ResultPtr result = lesson.compute(lesson.presetValues("seed"), nullptr);
        const QJsonArray methods = lesson.resultJson(*result, result->frameCount() - 1)["methods"].toArray();
        QCOMPARE(methods.size(), 4);
        for (const QJsonValue& m : methods) {
            const QJsonObject run = m.toObject();
            const QJsonObject expected = reference[run["name"].toString()].toObject();
            QVERIFY2(!expected.isEmpty(), qPrintable(run["name"].toString()));
            const QJsonArray path = run["path"].toArray();
            QCOMPARE(path.size(), 2001);
            for (int c = 0; c < 2; ++c)
                QVERIFY2(relativeError(path.last()[c].toDouble(), expected["last"][c].toDouble()) < 1e-9,
                         qPrintable(QStringLiteral("%1: %2 vs numpy's %3").arg(run["name"].toString()).arg(path.last()[c].toDouble())
                                        .arg(expected["last"][c].toDouble())));
            QVERIFY(relativeError(run["f"].toArray().last().toDouble(), expected["f_last"].toDouble()) < 1e-9);
        }
    }

    // The seed presets of the lessons whose notebooks print no numbers of their own (or draw from JAX's
    // generator, which we do not reproduce) are checked against their setups: the notebook's update rule
    // re-run here on our data, or numpy's run of the notebook's draws.
    void seedPresetsFollowTheNotebooks()
    {
        // linreg (GD_2d_visualization.ipynb): w ← w − 0.1·Xᵀ(Xw − y)/N for 500 steps from (0.5, 3), X = [x 1].
        {
            const Lesson& lesson = registry.get("linreg");
            const QJsonObject json = lesson.resultJson(*lesson.compute(lesson.presetValues("seed"), nullptr), 0);
            const QJsonArray x = json["x"].toArray(), y = json["y"].toArray(), path = json["path"].toArray();
            QCOMPARE(x.size(), 100);
            QCOMPARE(path.size(), 501);
            double w = 0.5, b = 3;
            for (int step = 0; step < 500; ++step) {
                double gw = 0, gb = 0;
                for (qsizetype i = 0; i < x.size(); ++i) {
                    const double r = w * x[i].toDouble() + b - y[i].toDouble();
                    gw += r * x[i].toDouble() / 100, gb += r / 100;
                }
                w -= 0.1 * gw, b -= 0.1 * gb;
            }
            QVERIFY(relativeError(path.last()[0].toDouble(), w) < 1e-10 && relativeError(path.last()[1].toDouble(), b) < 1e-10);
            for (const QJsonValue& xi : x)
                QVERIFY(xi.toDouble() >= -0.5 && xi.toDouble() <= 0.5);
        }
        // sgd ("SGD quick"): every step is w ← w − 1·½(gᵢ(w) + gⱼ(w)) for two distinct samples i ≠ j, gᵢ the
        // gradient of ½(wᵀx̃ᵢ − yᵢ)²: the notebook's mini-batch of 2 without replacement and its step 1.
        {
            const Lesson& lesson = registry.get("sgd");
            const QJsonObject json = lesson.resultJson(*lesson.compute(lesson.presetValues("seed"), nullptr), 0);
            const QJsonArray x = json["X"].toArray(), y = json["y"].toArray();
            const QJsonArray path = json["methods"].toArray()[0].toObject()["path"].toArray();
            QCOMPARE(x.size(), 100);
            QCOMPARE(path.size(), 301);
            QCOMPARE(path[0].toArray(), (QJsonArray{5.5, 1.5}));
            for (qsizetype k = 0; k + 1 < path.size(); ++k) {
                const double w1 = path[k][0].toDouble(), w2 = path[k][1].toDouble();
                auto sample = [&](qsizetype i, int c) {
                    const double r = w1 * x[i].toDouble() + w2 - y[i].toDouble();
                    return c == 0 ? r * x[i].toDouble() : r;
                };
                bool found = false;
                for (qsizetype i = 0; i < x.size() && !found; ++i)
                    for (qsizetype j = i + 1; j < x.size() && !found; ++j)
                        found = std::abs(w1 - 0.5 * (sample(i, 0) + sample(j, 0)) - path[k + 1][0].toDouble()) < 1e-12 &&
                                std::abs(w2 - 0.5 * (sample(i, 1) + sample(j, 1)) - path[k + 1][1].toDouble()) < 1e-12;
                QVERIFY2(found, qPrintable(QStringLiteral("step %1 is no mini-batch step of 2").arg(k + 1)));
            }
        }
        // pca-lda (PCA_intuition.ipynb, "PCA fails"): numpy's points from np.random.seed(4), one higher than
        // ours (the notebook's clusters sit at 0 and 2, ours at −1 and 1); PCA's direction at −12.08° and the
        // notebook's sum of squared projections 50.23 along it (tests/data/make_pca_lda_seed_reference.py).
        {
            const Lesson& lesson = registry.get("pca-lda");
            const QJsonObject reference = gradus::test::referenceJson("pca_lda_seed_reference.json");
            const QJsonObject json = lesson.resultJson(*lesson.compute(lesson.presetValues("seed"), nullptr), 0);
            const QJsonArray points = json["points"].toArray(), expected = reference["points"].toArray();
            QCOMPARE(points.size(), 40);
            for (qsizetype i = 0; i < points.size(); ++i) {
                QVERIFY(std::abs(points[i][0].toDouble() - expected[i][0].toDouble()) < 1e-12);
                QVERIFY(std::abs(points[i][1].toDouble() + 1 - expected[i][1].toDouble()) < 1e-12);
            }
            const QJsonArray pca = json["pca_direction"].toArray();
            const double degrees = std::atan2(pca[1].toDouble(), pca[0].toDouble()) * 180 / M_PI;
            QVERIFY2(std::abs(degrees - reference["pc1_degrees"].toDouble()) < 1e-9, qPrintable(QString::number(degrees)));
            QVERIFY(relativeError(json["explained_variance"].toDouble() * 39, reference["sum_of_squares_pc1"].toDouble()) < 1e-9);
        }
        // newton (Newton.ipynb): x⁴ from 1, x ← 2x/3 for 20 steps.
        {
            const Lesson& lesson = registry.get("newton");
            const QJsonArray iterates = lesson.resultJson(*lesson.compute(lesson.presetValues("seed"), nullptr), 0)["iterates"].toArray();
            QCOMPARE(iterates.size(), 21);
            for (qsizetype k = 0; k < iterates.size(); ++k)
                QVERIFY(std::abs(iterates[k].toDouble() - std::pow(2.0 / 3.0, double(k))) < 1e-15);
        }
        // Every lesson that reproduces a post names the preset the same way.
        for (const Lesson* lesson : registry.lessons()) {
            const QList<LessonPreset> presets = lesson->presets();
            QVERIFY2(std::any_of(presets.begin(), presets.end(), [](const LessonPreset& p) { return p.id == u"seed"; }),
                     qPrintable(lesson->id()));
        }
    }

    void mipMiplibView()
    {
        const Lesson& lesson = registry.get("mip");
        ParamValues values = lesson.schema().defaults();
        const ResultPtr result = lesson.compute(values, nullptr);
        const QJsonObject json = lesson.resultJson(*result, 0);
        QCOMPARE(json["instances"].toArray().size(), 1065);
        QCOMPARE(json["counts"].toObject()["easy"].toInt(), 712);
        QCOMPARE(json["counts"].toObject()["hard"].toInt(), 127);
        QCOMPARE(json["counts"].toObject()["open"].toInt(), 226);
        // The smallest hard instances are market-split problems with a few dozen variables.
        const QJsonArray named = json["highlighted"].toArray();
        QVERIFY(named.contains(QJsonValue("markshare2")));
        for (const QJsonValue& v : json["instances"].toArray())
            if (v.toObject()["name"] == QJsonValue("markshare2"))
                QCOMPARE(v.toObject()["variables"].toDouble(), 74.0);
        lesson.schema().applyAssignment(values, "benchmark=true");
        QCOMPARE(lesson.resultJson(*lesson.compute(values, nullptr), 0)["instances"].toArray().size(), 240);
        lesson.schema().applyAssignment(values, "tag=no_such_tag");
        QVERIFY_THROWS_EXCEPTION(InputError, lesson.compute(values, nullptr));
    }

    void mipRelaxationView()
    {
        const Lesson& lesson = registry.get("mip");
        // Wolsey's example: max x + 0.64y, 50x + 31y ≤ 250, 3x − 2y ≥ −4, x, y ≥ 0.
        ParamValues values = lesson.presetValues("far-optimum");
        const ResultPtr result = lesson.compute(values, nullptr);
        const QJsonObject json = lesson.resultJson(*result, result->frameCount() - 1);
        const QJsonObject lp = json["lp_relaxation"].toObject();
        QCOMPARE(lp["x_fraction"].toString(), QString("376/193"));
        QCOMPARE(lp["y_fraction"].toString(), QString("950/193"));
        QCOMPARE(lp["value"].toDouble(), 376.0 / 193 + 0.64 * 950 / 193);
        const QJsonObject best = json["integer_optimum"].toObject();
        QCOMPARE(best["x"].toInt(), 5);
        QCOMPARE(best["y"].toInt(), 0);
        QCOMPARE(json["rounded"].toObject()["feasible"].toBool(), false); // (2, 5): 50·2 + 31·5 = 255 > 250
        QCOMPARE(json["lattice_points"].toInt(), 19);
        const QJsonObject tree = json["branch_and_bound"].toObject();
        QCOMPARE(tree["optimum"].toObject()["value"].toDouble(), 5.0);
        QCOMPARE(tree["nodes"].toArray().size(), 13);
        QCOMPARE(result->frameCount(), 1 + tree["steps"].toInt());
        QVERIFY(json["shown"].toObject()["open_nodes"].toArray().isEmpty());

        // Gomory cuts first: each frame adds one, and the LP bound falls to the integer optimum.
        lesson.schema().applyAssignment(values, "cuts=10");
        const QJsonObject cut = lesson.resultJson(*lesson.compute(values, nullptr), 0);
        QCOMPARE(cut["cut_texts"].toArray().size(), 4);
        QCOMPARE(cut["cut_texts"].toArray()[0].toString(), QString("−x + y ≤ 2"));
        QCOMPARE(cut["lp_after_cuts"].toArray().last().toObject()["value"].toDouble(), 5.0);

        // A minimization reports values as written.
        lesson.schema().applyAssignment(values, "cuts=0");
        lesson.schema().applyAssignment(values, "objective=min -5x - 4y");
        lesson.schema().applyAssignment(values, "constraints=6x + 4y <= 24; x + 2y <= 6; x >= 0; y >= 0");
        const QJsonObject min = lesson.resultJson(*lesson.compute(values, nullptr), 0);
        QCOMPARE(min["lp_relaxation"].toObject()["value"].toDouble(), -21.0);
        QCOMPARE(min["integer_optimum"].toObject()["value"].toDouble(), -20.0);

        const auto failsWith = [&](const QString& constraints, const QString& expected) {
            ParamValues bad = values;
            lesson.schema().applyAssignment(bad, "constraints=" + constraints);
            try {
                lesson.compute(bad, nullptr);
            } catch (const InputError& error) {
                return QString(error.what()).contains(expected);
            }
            return false;
        };
        QVERIFY(failsWith("x + y <= 4; x >=", "does not parse"));
        QVERIFY(failsWith("x - y <= 4; x >= 0; y >= 0", "unbounded"));
        QVERIFY(failsWith("x <= 900; y <= 900; x >= 0; y >= 0", "too large"));
        // An infeasible program is a picture, not an error.
        ParamValues infeasible = values;
        lesson.schema().applyAssignment(infeasible, "constraints=x + y >= 5; x + y <= 4; x >= 0; y >= 0");
        const QJsonObject none = lesson.resultJson(*lesson.compute(infeasible, nullptr), 0);
        QCOMPARE(none["lp_relaxation"].toObject()["status"].toString(), QString("infeasible"));
        QVERIFY(!none.contains("integer_optimum"));
    }

    void mipSolveViews()
    {
        const Lesson& lesson = registry.get("mip");
        // The samples come with Gradus (datasets/miplib3, found in the source tree by this build).
        QCOMPARE(MipSolve::availableSamples(), QStringList({"p0033", "p0201", "p0548", "lseu"}));
        ParamValues values = lesson.schema().defaults();
        lesson.schema().applyAssignment(values, "view=solve");
        lesson.schema().applyAssignment(values, "mps=p0033");
        const QJsonObject solved = lesson.resultJson(*lesson.compute(values, nullptr), 0);
        QCOMPARE(solved["status"].toString(), QString("optimal"));
        QCOMPARE(solved["objective"].toDouble(), 3089.0);
        QCOMPARE(solved["variables"].toInt(), 33);
        QCOMPARE(solved["constraints"].toInt(), 16);
        QVERIFY(solved["lp_relaxation"].toDouble() < 3089.0);
        QVERIFY(solved["nodes"].toInt() >= 0 && solved["seconds"].toDouble() > 0);
        QVERIFY(!solved["history"].toArray().isEmpty());

        // A broken file and a missing sample are input errors with the reason.
        QTemporaryDir dir;
        QFile broken(dir.filePath("broken.mps"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("NAME BROKEN\nROWS\n N COST\nCOLUMNS\n X\n");
        broken.close();
        lesson.schema().applyAssignment(values, "mps=" + broken.fileName());
        try {
            lesson.compute(values, nullptr);
            QFAIL("a broken MPS file must be refused");
        } catch (const InputError& e) {
            QVERIFY2(e.message().contains("Cannot read broken.mps") && e.message().contains("line"), qPrintable(e.message()));
        }

        // Market split against knapsack: the instance follows the definition, both families are solved.
        ParamValues families = lesson.schema().defaults();
        for (const char* assignment : {"view=market-split", "largest_m=3", "knapsack_items=1000", "seed=3", "time_limit=30"})
            lesson.schema().applyAssignment(families, assignment);
        const QJsonObject json = lesson.resultJson(*lesson.compute(families, nullptr), 0);
        QCOMPARE(json["m"].toInt(), 3);
        QCOMPARE(json["n"].toInt(), 20);
        const QJsonArray a = json["A"].toArray(), d = json["d"].toArray();
        QCOMPARE(a.size(), 3);
        for (int i = 0; i < 3; ++i) {
            double sum = 0;
            for (const QJsonValue& v : a[i].toArray())
                sum += v.toDouble();
            QCOMPARE(d[i].toDouble(), std::floor(sum / 2));
        }
        QCOMPARE(json["status"].toString(), QString("optimal"));
        const QJsonArray runs = json["runs"].toArray();
        QCOMPARE(runs.size(), 2 + 2); // knapsacks of 100 and 1,000 items, market splits m = 2, 3
        QCOMPARE(runs[0].toObject()["family"].toString(), QString("knapsack"));
        QCOMPARE(runs[1].toObject()["integer_variables"].toInt(), 1000);
        QCOMPARE(runs[3].toObject()["integer_variables"].toInt(), 20);
        for (const QJsonValue& run : runs)
            QCOMPARE(run.toObject()["status"].toString(), QString("optimal"));

        // Without the cbc program both solver views say what to install; the other views do not need it.
        qputenv("GRADUS_CBC", "/nonexistent/cbc");
        QStringList messages;
        lesson.schema().applyAssignment(values, "mps=p0033");
        for (const ParamValues& solverView : {values, families}) {
            try {
                lesson.compute(solverView, nullptr);
            } catch (const EnvironmentError& e) {
                messages << e.message();
            }
        }
        ParamValues relaxation = lesson.schema().defaults();
        lesson.schema().applyAssignment(relaxation, "view=relaxation");
        const bool relaxationComputes = lesson.compute(relaxation, nullptr) != nullptr;
        qunsetenv("GRADUS_CBC");
        QCOMPARE(messages.size(), 2);
        for (const QString& message : messages)
            QCOMPARE(message, QString("This view needs the solver CBC, which Gradus runs as a separate program, and it is not installed: "
                                      "install Debian's coinor-cbc (sudo apt install coinor-cbc). The other views of this lesson work "
                                      "without it."));
        QVERIFY(relaxationComputes);
    }

    void landscapeDropoutNarrowsTheGap()
    {
        QStandardPaths::setTestModeEnabled(true); // the weights cache goes to a test folder
        QDir(TrainingCache::defaultFolder()).removeRecursively();
        const Lesson& lesson = registry.get("landscape");
        ParamValues values = lesson.schema().defaults();
        lesson.schema().applyAssignment(values, "resolution=9");
        const QJsonObject json = lesson.resultJson(*lesson.compute(values, nullptr), 0);
        QCOMPARE(json["n_train"].toInt(), 1000);
        QCOMPARE(json["n_test"].toInt(), 1000);
        QCOMPARE(json["alpha"].toArray().size(), 9);
        const QJsonArray models = json["models"].toArray();
        QCOMPARE(models.size(), 2);
        double gap[2];
        for (int m = 0; m < 2; ++m) {
            const QJsonObject model = models[m].toObject();
            QCOMPARE(model["from_cache"].toBool(), false);
            const QJsonObject history = model["history"].toObject();
            QCOMPARE(history["train_loss"].toArray().size(), 31); // epoch 0 and 30 epochs
            // The grid's centre is the trained network on the same images (all 1,000 of each set), up to
            // the order of float sums (the grid runs single-threaded BLAS, training multithreaded).
            const double train = history["train_loss"].toArray().last().toDouble(), test = history["test_loss"].toArray().last().toDouble();
            QVERIFY(std::abs(model["center_train_loss"].toDouble() - train) <= 1e-6 * train);
            QVERIFY(std::abs(model["center_test_loss"].toDouble() - test) <= 1e-6 * test);
            QCOMPARE(model["train_loss_grid"].toArray()[4].toArray()[4].toDouble(), model["center_train_loss"].toDouble());
            gap[m] = test - train;
        }
        QCOMPARE(models[1].toObject()["dropout"].toDouble(), 0.5);
        // Both start from the same weights: the losses before training agree.
        QCOMPARE(models[0].toObject()["history"].toObject()["train_loss"].toArray()[0].toDouble(),
                 models[1].toObject()["history"].toObject()["train_loss"].toArray()[0].toDouble());
        // The lesson's point: dropout leaves a smaller gap between test and training loss.
        qInfo("train-test gap: %.3f without dropout, %.3f with", gap[0], gap[1]);
        QVERIFY(gap[1] < gap[0]);
        // The second time the weights come from the cache, and the numbers are the same.
        const QJsonObject again = lesson.resultJson(*lesson.compute(values, nullptr), 0);
        QCOMPARE(again["models"].toArray()[0].toObject()["from_cache"].toBool(), true);
        QCOMPARE(again["models"].toArray()[0].toObject()["test_loss_grid"], models[0].toObject()["test_loss_grid"]);

        // Cancelled while training: nothing is cached, not even part of a file.
        struct CancelSoon : core::ComputeControl {
            int calls = 0;
            bool cancelRequested() const override { return calls > 20; }
            void reportProgress(double) override { ++calls; }
        } cancel;
        lesson.schema().applyAssignment(values, "seed=7");
        const QStringList before = QDir(TrainingCache::defaultFolder()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY_THROWS_EXCEPTION(core::Cancelled, lesson.compute(values, &cancel));
        QCOMPARE(QDir(TrainingCache::defaultFolder()).entryList(QDir::Files | QDir::Hidden), before);
        QStandardPaths::setTestModeEnabled(false);
    }

    // The other two planes of the map. Around the initial weights the centre is the untrained network
    // (its loss is the history's epoch 0). On the training path's plane the path runs from θ₀ at α, β ≤ 0
    // to the trained weights at (0, 0), one point per epoch, the grid holds all of it, and the centre is the
    // trained network; the two directions explain at most all of the path's variance. One epoch is too
    // few for a plane, and the message says what to do.
    void landscapePlanes()
    {
        QStandardPaths::setTestModeEnabled(true);
        const Lesson& lesson = registry.get("landscape");
        ParamValues values = lesson.schema().defaults();
        for (const char* a : {"resolution=5", "epochs=3", "train_size=300", "test_size=300", "grid_images=300"})
            lesson.schema().applyAssignment(values, a);
        lesson.schema().applyAssignment(values, "plane=initial");
        const QJsonObject initial = lesson.resultJson(*lesson.compute(values, nullptr), 0);
        QCOMPARE(initial["plane"].toString(), QString("initial"));
        for (const QJsonValue& model : initial["models"].toArray()) {
            const double before = model["history"]["train_loss"].toArray().first().toDouble();
            QVERIFY2(std::abs(model["center_train_loss"].toDouble() - before) <= 1e-6 * before, qPrintable(QString::number(before)));
            QVERIFY(model["trajectory"].isNull());
        }
        lesson.schema().applyAssignment(values, "plane=trajectory");
        const QJsonObject path = lesson.resultJson(*lesson.compute(values, nullptr), 0);
        QCOMPARE(path["plane"].toString(), QString("trajectory"));
        const double extent = path["alpha"].toArray().last().toDouble();
        for (const QJsonValue& model : path["models"].toArray()) {
            const QJsonObject trajectory = model["trajectory"].toObject();
            QCOMPARE(trajectory["epoch"].toArray(), QJsonArray({0, 1, 2, 3}));
            const QJsonArray alpha = trajectory["alpha"].toArray(), beta = trajectory["beta"].toArray();
            QCOMPARE(alpha.size(), 4);
            QCOMPARE(alpha.last().toDouble(), 0.0);
            QCOMPARE(beta.last().toDouble(), 0.0);
            QVERIFY(alpha.first().toDouble() < 0 && beta.first().toDouble() <= 0);
            for (qsizetype k = 0; k < alpha.size(); ++k)
                QVERIFY(std::abs(alpha[k].toDouble()) < extent && std::abs(beta[k].toDouble()) < extent);
            const double shares = trajectory["explained"][0].toDouble() + trajectory["explained"][1].toDouble();
            QVERIFY2(shares > 0.5 && shares <= 1 + 1e-12, qPrintable(QString::number(shares)));
            const double trained = model["history"]["train_loss"].toArray().last().toDouble();
            QVERIFY(std::abs(model["center_train_loss"].toDouble() - trained) <= 1e-6 * trained);
        }
        lesson.schema().applyAssignment(values, "epochs=1");
        try {
            lesson.compute(values, nullptr);
            QFAIL("one epoch gave a plane");
        } catch (const InputError& e) {
            QVERIFY2(e.message().startsWith("The map of the training path needs at least two epochs"), qPrintable(e.message()));
        }
        QStandardPaths::setTestModeEnabled(false);
    }

    void svdImageBadPictureIsAnInputError()
    {
        const Lesson& lesson = registry.get("svd-image");
        ParamValues values = lesson.schema().defaults();
        lesson.schema().applyAssignment(values, "image=" GRADUS_SOURCE_DIR "/datasets/CREDITS");
        QVERIFY_THROWS_EXCEPTION(InputError, lesson.compute(values, nullptr));
    }
};

QTEST_GUILESS_MAIN(TestLessons)
#include "test_lessons.moc"
