// The gradus command line, run as a separate process: outputs, files and exit codes.
#include <QDir>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run gradus(const QStringList& args, const QString& locale = QString(), const QList<QPair<QString, QString>>& extraEnv = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!locale.isEmpty())
        env.insert("LC_ALL", locale);
    for (const auto& [name, value] : extraEnv)
        env.insert(name, value);
    // The CLI must work without a display: render picks the offscreen platform itself.
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    env.remove("QT_QPA_PLATFORM");
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GRADUS_BINARY), args);
    if (!process.waitForFinished(120000))
        qFatal("gradus did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject parseObject(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString() << text.left(200);
    return document.object();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

    void expectError(const QStringList& args, int code, const QString& fragment)
    {
        const Run run = gradus(args);
        QVERIFY2(run.exitCode == code, qPrintable(QStringLiteral("%1 → %2 (%3)").arg(args.join(' ')).arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.err.startsWith("gradus: error: "), qPrintable(run.err));
        QVERIFY2(run.err.contains(fragment), qPrintable(run.err));
        QCOMPARE(run.err.count('\n'), 1); // one line
    }

private slots:
    void initTestCase() { QVERIFY(dir.isValid()); }

    void helpAndVersion()
    {
        Run run = gradus({"--version"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("gradus 0."));
        // The libraries that do the work, with their versions (Debian 12: Qt 6.4, OpenCV 4.6, Eigen 3.4, CBC 2.10).
        for (const char* library : {"Qt 6.", "OpenCV 4.", "Eigen 3.4", "CBC 2.10", "OpenBLAS 0."})
            QVERIFY2(run.out.contains(library), qPrintable(run.out));
        run = gradus({"--help"});
        QCOMPARE(run.exitCode, 0);
        for (const char* word : {"list", "params", "render", "data", "--session", "Exit codes"})
            QVERIFY2(run.out.contains(word), word);
    }

    void listLessons()
    {
        Run run = gradus({"list"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("linreg"));
        run = gradus({"list", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray lessons = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(!lessons.isEmpty());
        QCOMPARE(lessons[0]["id"].toString(), QString("linreg"));
        QVERIFY(!lessons[0]["title"].toString().isEmpty());
    }

    void paramsSchema()
    {
        Run run = gradus({"params", "linreg"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("-s lr=0.25"));
        QVERIFY(run.out.contains("-s start=-1,5"));
        run = gradus({"params", "linreg", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray params = parseObject(run.out)["params"].toArray();
        QStringList names;
        for (const QJsonValue& p : params)
            names << p["name"].toString();
        QCOMPARE(names, (QStringList{"data", "n", "w_true", "b_true", "noise", "x_min", "x_max", "seed", "lr", "iters",
                                     "start", "standardize", "directions"}));
    }

    void dataToStdoutAndFile()
    {
        Run run = gradus({"data", "linreg", "-s", "iters=5", "-s", "start=0,0", "--frame", "2"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = parseObject(run.out);
        QCOMPARE(json["lesson"].toString(), QString("linreg"));
        QCOMPARE(json["frame"].toInt(), 2);
        QCOMPARE(json["frames"].toInt(), 6);
        QCOMPARE(json["params"]["iters"].toInt(), 5);
        QVERIFY(json["timing"]["compute_s"].toDouble() >= 0);
        const QJsonObject result = json["result"].toObject();
        QCOMPARE(result["path"].toArray().size(), 6);
        QCOMPARE(result["path"][0][0].toDouble(), 0.0);
        QCOMPARE(result["current"]["step"].toInt(), 2);

        const QString path = dir.filePath("out.json");
        run = gradus({"data", "linreg", "-siters=3", "--set", "lr=0.1", "-o", path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(written["params"]["lr"].toDouble(), 0.1);
        QCOMPARE(written["frame"].toInt(), 3); // the last frame by default
    }

    void bundledExampleData()
    {
        const Run run = gradus({"data", "linreg", "-s", "data=" GRADUS_SOURCE_DIR "/datasets/linreg_example.csv"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject result = parseObject(run.out)["result"].toObject();
        QCOMPARE(result["x"].toArray().size(), 30);
        QCOMPARE(result["data_source"].toString(), QString("linreg_example.csv"));
        // Generated from y = −0.8x + 3 with σ = 0.4 noise: the fit is close to the generating line.
        QCOMPARE_LE(std::abs(result["optimum"][0].toDouble() + 0.8), 0.1);
        QCOMPARE_LE(std::abs(result["optimum"][1].toDouble() - 3.0), 0.5);
    }

    void presets()
    {
        Run run = gradus({"data", "optimizers", "--preset", "newton-to-maximum", "-s", "iters=20"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = parseObject(run.out);
        QCOMPARE(json["params"]["function"].toString(), QString("himmelblau"));
        QCOMPARE(json["params"]["iters"].toInt(), 20); // -s applies on top of the preset
        run = gradus({"params", "optimizers"});
        QVERIFY(run.out.contains("Presets (--preset ID):") && run.out.contains("lion-high-lr"));
        run = gradus({"params", "optimizers", "--json"});
        QVERIFY(parseObject(run.out)["presets"].toArray().size() >= 5);
        expectError({"data", "optimizers", "--preset", "nope"}, 2, "has no preset 'nope'");
        expectError({"data", "optimizers", "--preset", "families", "--session", "x.gradus"}, 2, "give one of them");
    }

    void dataFromSession()
    {
        const QString session = dir.filePath("s.gradus");
        QFile file(session);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "gradus-session", "version": 1, "lesson": "linreg", "params": {"iters": 7, "lr": 0.05}, "frame": 3})");
        file.close();
        const Run run = gradus({"data", "linreg", "--session", session, "-s", "lr=0.07"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = parseObject(run.out);
        QCOMPARE(json["params"]["iters"].toInt(), 7);
        QCOMPARE(json["params"]["lr"].toDouble(), 0.07); // -s overrides the session
    }

    void renderAllFormats()
    {
        const QString png = dir.filePath("fig.png");
        Run run = gradus({"render", "linreg", "--size", "1600x900", "-o", png});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QImage image(png);
        QCOMPARE(image.size(), QSize(1600, 900));
        // Not blank: a heat map and charts have many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 200, qPrintable(QString::number(colours.size())));

        const QString svg = dir.filePath("fig.svg");
        run = gradus({"render", "linreg", "-o", svg});
        QCOMPARE(run.exitCode, 0);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg") && svgText.contains("</svg>"));
        QVERIFY(svgText.contains("<polyline") || svgText.contains("<path")); // vector, not just a bitmap

        const QString pdf = dir.filePath("fig.pdf");
        run = gradus({"render", "linreg", "--view", "loss", "-o", pdf});
        QCOMPARE(run.exitCode, 0);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray pdfBytes = pdfFile.readAll();
        QVERIFY(pdfBytes.startsWith("%PDF-"));
        QVERIFY(pdfBytes.trimmed().endsWith("%%EOF"));
    }

    void animateToGifMp4AndFrames()
    {
        const QString gif = dir.filePath("path.gif");
        Run run = gradus({"animate", "linreg", "-s", "iters=12", "--fps", "10", "--speed", "10", "--hold", "0.5",
                          "--size", "320x180", "-o", gif});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // 13 iterations at 10 it/s and 10 fps, then 5 frames held.
        QVERIFY2(run.out.contains("18 frames at 10 fps (1.8 s), 13 pictures, GIF"), qPrintable(run.out));
        QImageReader reader(gif);
        QCOMPARE(reader.imageCount(), 13);
        QCOMPARE(reader.size(), QSize(320, 180));

        run = gradus({"animate", "linreg", "--frames", "5:9", "--size", "320x180", "-o", dir.filePath("part.mp4")});
        QVERIFY2(run.exitCode == 0 && run.out.contains("5 pictures, H.264"), qPrintable(run.out + run.err));

        run = gradus({"animate", "linreg", "-s", "iters=3", "--speed", "30", "--hold", "0", "--size", "64x48", "-o",
                      dir.filePath("frames") + "/"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QDir(dir.filePath("frames")).entryList(QDir::Files).size(), 4);
        // The same folder again: it has frames in it now.
        expectError({"animate", "linreg", "-o", dir.filePath("frames")}, 3, "not an empty folder");

        expectError({"animate", "linreg", "-o", dir.filePath("clip.avi")}, 2, ".mp4 or .gif");
        expectError({"animate", "linreg"}, 2, "animate needs an output");
        expectError({"animate", "linreg", "--frames", "9:5", "-o", dir.filePath("x.gif")}, 2, "frames 9:5 are not in this run");
        expectError({"animate", "linreg", "--frames", "0:500", "-o", dir.filePath("x.gif")}, 2, "0 to 60");
        expectError({"animate", "linreg", "--frames", "five", "-o", dir.filePath("x.gif")}, 2, "FIRST:LAST");
        expectError({"animate", "linreg", "--fps", "0", "-o", dir.filePath("x.gif")}, 2, "--fps needs a number from 1 to 120");
        expectError({"animate", "linreg", "--size", "321x180", "-o", dir.filePath("x.mp4")}, 2, "even width and height");
        expectError({"animate", "linreg", "-o", dir.filePath("missing/x.gif")}, 3, "does not exist");
        QVERIFY(!QFileInfo::exists(dir.filePath("x.gif")) && !QFileInfo::exists(dir.filePath("x.mp4")));
    }

    void galleryOfEveryLesson()
    {
        const QString folder = dir.filePath("gallery");
        const Run run = gradus({"gallery", "--size", "640x360", "-o", folder});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Run list = gradus({"list", "--json"});
        const QJsonArray lessons = QJsonDocument::fromJson(list.out.toUtf8()).array();
        const QString index = QString::fromUtf8([&] {
            QFile file(folder + "/index.html");
            file.open(QIODevice::ReadOnly);
            return file.readAll();
        }());
        int pictures = 0;
        for (const QJsonValue& lesson : lessons) {
            const QString id = lesson.toObject().value("id").toString();
            QVERIFY2(index.contains(QStringLiteral("<section id=\"%1\">").arg(id)), qPrintable(id));
            if (QFileInfo::exists(folder + "/" + id + ".png")) {
                QCOMPARE(QImage(folder + "/" + id + ".png").size(), QSize(640, 360));
                QVERIFY(index.contains(QStringLiteral("src=\"%1.png\"").arg(id)));
                ++pictures;
            } else {
                // Without a display only 3D lessons are skipped, and they say why.
                QVERIFY2(run.err.contains(QStringLiteral("gradus: warning: %1: ").arg(id)) && run.err.contains("OpenGL"),
                         qPrintable(run.err));
            }
        }
        QVERIFY(pictures >= lessons.size() - 1);
        expectError({"gallery"}, 2, "gallery needs a folder");
    }

    // The command line speaks the system's language; scripts keep the same exit codes and prefix.
    void russianLocale()
    {
        const Run list = gradus({"list"}, "ru_RU.UTF-8");
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("Линейная регрессия градиентным спуском"), qPrintable(list.out));
        const Run bad = gradus({"render", "linreg", "-o", dir.filePath("x.avi")}, "ru_RU.UTF-8");
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.startsWith("gradus: error: не удаётся экспортировать"), qPrintable(bad.err));
    }

    void usageErrors()
    {
        expectError({"render", "nosuch", "-o", dir.filePath("x.png")}, 2, "unknown lesson 'nosuch'");
        expectError({"data", "linreg", "-s", "speed=3"}, 2, "unknown parameter 'speed'");
        expectError({"data", "linreg", "-s", "lr=100"}, 2, "parameter 'lr'");
        expectError({"data", "linreg", "-s", "iters=many"}, 2, "an integer from 1 to 10000");
        expectError({"data", "linreg", "-s", "start=1"}, 2, "a point X,Y");
        expectError({"data", "linreg", "--frame", "999"}, 2, "frame 999 does not exist");
        expectError({"data", "linreg", "--frame"}, 2, "needs a value");
        expectError({"data"}, 2, "needs a lesson id");
        expectError({"render", "linreg"}, 2, "needs an output file");
        expectError({"render", "linreg", "-o", dir.filePath("x.bmp")}, 2, ".png, .svg or .pdf");
        expectError({"render", "linreg", "--size", "big", "-o", dir.filePath("x.png")}, 2, "WIDTHxHEIGHT");
        expectError({"render", "linreg", "--view", "nope", "-o", dir.filePath("x.png")}, 2, "no view 'nope'");
        expectError({"frobnicate"}, 2, "unknown command 'frobnicate'");
        expectError({"list", "--bogus"}, 2, "unknown option '--bogus'");
        QVERIFY(!QFile::exists(dir.filePath("x.png")));
    }

    void userFormula()
    {
        Run run = gradus({"data", "optimizers", "-s", "function=formula", "-s", "formula=(x-1)^2 + 4*(y+2)^2",
                          "-s", "methods=newton", "-s", "iters=3"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject result = parseObject(run.out)["result"].toObject();
        // A quadratic: Newton lands on (1, −2) in one step, with the exact Hessian.
        const QJsonArray path = result["methods"][0]["path"].toArray();
        QCOMPARE(path[1][0].toDouble(), 1.0);
        QCOMPARE(path[1][1].toDouble(), -2.0);
        QVERIFY(result["function"]["f_min"].isNull()); // unknown for a formula
        QCOMPARE(result["function"]["label"].toString(), QString("f(x, y) = (x-1)^2 + 4*(y+2)^2"));
        expectError({"data", "optimizers", "-s", "function=formula", "-s", "formula=exp(x"}, 2,
                    "at character 6: expected ')' after the argument of exp");
    }

    void inputErrors()
    {
        expectError({"data", "linreg", "-s", "data=" + dir.filePath("missing.csv")}, 3, "does not exist");
        const QString bad = dir.filePath("bad.csv");
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x,y\n1,2\n3,oops\n");
        file.close();
        expectError({"data", "linreg", "-s", "data=" + bad}, 3, "line 3, column 2");
        expectError({"data", "linreg", "--session", dir.filePath("none.gradus")}, 3, "does not exist");
        expectError({"data", "linreg", "-o", dir.filePath("no/such/dir/out.json")}, 3, "cannot write");
        // Models and programs that do not read.
        const QString model = dir.filePath("bad.lp");
        QFile lp(model);
        QVERIFY(lp.open(QIODevice::WriteOnly));
        lp.write("subject to nothing\n");
        lp.close();
        expectError({"data", "mip", "-s", "mps=" + model}, 3, "Cannot read bad.lp: the LP file is broken: line 1: an LP file starts with its objective"); // implies view=solve
        expectError({"data", "mip", "-s", "view=relaxation", "-s", "constraints=x + y <= 4; x >"}, 3, "does not parse");
        expectError({"data", "mip", "-s", "view=relaxation", "-s", "constraints=x - y <= 4; x >= 0; y >= 0"}, 3, "unbounded");
    }

    // A stand-in for missing data is no error, but the user hears of it: "gradus: note: …" on stderr
    // (stdout stays the JSON), and nothing when the data is there.
    void aNoteWhenAStandInIsUsed()
    {
        QTemporaryDir empty;
        const QStringList args{"data", "landscape", "-s", "data=installed", "-s", "epochs=1", "-s", "resolution=5",
                               "-s", "grid_images=100", "-s", "train_size=200", "-s", "test_size=200"};
        const QPair<QString, QString> cache{"XDG_CACHE_HOME", dir.filePath("cache")};
        const Run absent = gradus(args, {}, {{"GRADUS_FASHION_MNIST_DIR", empty.path()}, cache});
        QCOMPARE(absent.exitCode, 0);
        QCOMPARE(absent.err, QString("gradus: note: The full Fashion-MNIST is not installed (sudo apt install dataset-fashion-mnist): "
                                     "the bundled 2,000 images stand in, 200 for training and 200 for testing.\n"));
        QCOMPARE(parseObject(absent.out)["result"].toObject()["full_data_missing"].toBool(), true);
        const Run present = gradus(args, {}, {cache});
        QCOMPARE(present.exitCode, 0);
        QCOMPARE(present.err, QString());
        QCOMPARE(parseObject(present.out)["result"].toObject()["full_data_missing"].toBool(), false);
    }

    void svdImage()
    {
        Run run = gradus({"data", "svd-image", "-s", "image=camera", "-s", "rank=20"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = parseObject(run.out);
        QCOMPARE(json["frame"].toInt(), 19); // the rank names the frame
        const QJsonObject result = json["result"].toObject();
        QCOMPARE(result["rank"].toInt(), 20);
        QCOMPARE(result["channels"].toInt(), 1);
        QCOMPARE(result["stored_values"].toDouble(), 20.0 * (512 + 512 + 1));
        QCOMPARE(result["singular_values"].toArray().first().toArray().size(), 512);

        const QString picture = dir.filePath("compressed.png");
        run = gradus({"render", "svd-image", "-s", "image=chelsea", "-s", "rank=5", "--picture", "compressed", "-o", picture});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(picture);
        QCOMPARE(image.size(), QSize(451, 300));

        expectError({"data", "svd-image", "-s", "image=chelsea", "-s", "rank=301"}, 2, "at most 300");
        // Left at its default, a frame parameter follows a shorter run instead of failing.
        const Run shorter = gradus({"data", "double-descent", "-s", "max_degree=20"});
        QVERIFY2(shorter.exitCode == 0, qPrintable(shorter.err));
        QCOMPARE(parseObject(shorter.out)["frame"].toInt(), 20);
        expectError({"render", "svd-image", "--picture", "nothing", "-o", picture}, 2, "no picture 'nothing'");
        expectError({"render", "svd-image", "--picture", "compressed", "-o", dir.filePath("x.svg")}, 2, "cannot save a picture");
        expectError({"data", "svd-image", "-s", "image=" + dir.filePath("missing.png")}, 3, "does not exist");
        const QString notPicture = dir.filePath("notes.png");
        QFile file(notPicture);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a picture\n");
        file.close();
        expectError({"data", "svd-image", "-s", "image=" + notPicture}, 3, "not a picture");
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
