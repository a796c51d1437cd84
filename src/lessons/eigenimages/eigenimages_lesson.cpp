#include "eigenimages_lesson.h"

#include "core/compute_control.h"
#include "eigenimages_figure.h"
#include "framework/errors.h"
#include "framework/json_numbers.h"
#include "io/fashion_mnist.h"
#include "io/idx_file.h"
#include "io/image_folder.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <limits>

namespace gradus {

namespace {


} // namespace

QStringList EigenimagesLesson::classNames()
{
    return {tr("T-shirt/top"), tr("Trouser"), tr("Pullover"), tr("Dress"), tr("Coat"),
            tr("Sandal"),      tr("Shirt"),   tr("Sneaker"),  tr("Bag"),   tr("Ankle boot")};
}

QString EigenimagesResult::frameLabel(int frame) const
{
    return QCoreApplication::translate("gradus::EigenimagesResult", "k = %1 of %2").arg(frame).arg(componentCount());
}

core::linalg::VectorF EigenimagesResult::reconstruction(int k, int picture) const
{
    return core::linalg::reconstructSample(*pca, scores.row(picture).transpose(), k);
}

std::vector<int> EigenimagesResult::rebuiltSamples() const
{
    const int n = int(set->samples.rows());
    std::vector<int> pictures;
    for (int i = 0; i < std::min(rebuiltCount, n); ++i)
        pictures.push_back((sample + i) % n);
    return pictures;
}

double EigenimagesResult::relativeError(int picture, const core::linalg::VectorF& rebuilt) const
{
    const auto original = set->samples.row(picture).transpose();
    return (rebuilt - original).norm() / std::max(1e-12f, original.norm());
}

EigenimagesLesson::EigenimagesLesson()
{
    const QString data = tr("Pictures");
    const QString pca = tr("PCA");
    QList<ChoiceOption> classes;
    const QStringList names = classNames();
    QStringList all;
    for (int c = 0; c < names.size(); ++c) {
        classes.append({QString::number(c), names[c]});
        all << QString::number(c);
    }
    schema_.add(ParamSpec::choice("data", tr("Pictures"), QStringLiteral("subset"),
                                  {{"subset", tr("Fashion-MNIST, 2,000 (bundled)")},
                                   {"full", tr("Fashion-MNIST, 60,000 (package)")},
                                   {"folder", tr("A folder of your pictures")}})
                    .withHelp(tr("The bundled subset is the first 2,000 test images of Fashion-MNIST. The full training set "
                                 "(60,000) needs Debian's dataset-fashion-mnist package. Or any folder of pictures."))
                    .inGroup(data));
    schema_.add(ParamSpec::file("folder", tr("Folder"), QString())
                    .asDirectory()
                    .withHelp(tr("A folder of pictures (PNG, JPEG, …): each is cropped to a centred square and scaled to the common size."))
                    .relevantWhen("data", {"folder"})
                    .inGroup(data));
    schema_.add(ParamSpec::integer("size", tr("Picture size"), 64, 8, 128)
                    .withUnit(tr("px"))
                    .withHelp(tr("Pictures from a folder are scaled to size × size (the eigencats used 64 × 64)."))
                    .relevantWhen("data", {"folder"})
                    .inGroup(data));
    schema_.add(ParamSpec::boolean("color", tr("Colour"), false)
                    .withHelp(tr("Keep R, G and B (three times the features) instead of the grey luma."))
                    .relevantWhen("data", {"folder"})
                    .inGroup(data));
    schema_.add(ParamSpec::choiceSet("classes", tr("Classes"), all, classes)
                    .withHelp(tr("Which Fashion-MNIST classes take part: one class alone gives its own 'eigen-shoes'."))
                    .relevantWhen("data", {"subset", "full"})
                    .inGroup(data));
    schema_.add(ParamSpec::integer("components", tr("Components K"), 50, 0, 4096)
                    .withSpecialValue(tr("all"))
                    .withHelp(tr("How many principal components to compute; the rebuild slider goes up to K. 'all': as many as "
                                 "the set has (its rank, at most the number of pixels), so that the last rebuild is exact."))
                    .inGroup(pca));
    schema_.add(ParamSpec::integer("k", tr("Rebuild from k"), 10, 0, 4096)
                    .withHelp(tr("The chosen picture rebuilt as the mean plus its first k components. The same as the player's slider."))
                    .inGroup(pca));
    schema_.add(ParamSpec::integer("sample", tr("Picture #"), 0, 0, 60000)
                    .withHelp(tr("Which picture to rebuild (its number in the set). Click a point on the PC1/PC2 map to choose one."))
                    .inGroup(pca));
    schema_.add(ParamSpec::integer("rebuilt", tr("Pictures rebuilt"), 1, 1, 4)
                    .withHelp(tr("Rebuild this many pictures side by side: picture # and the ones after it (the course "
                                 "notebook shows four)."))
                    .inGroup(pca));
    schema_.add(ParamSpec::integer("grid", tr("Components shown"), 16, 1, 36)
                    .withHelp(tr("How many principal components to show as pictures."))
                    .inGroup(pca));
}

QString EigenimagesLesson::title() const { return tr("Eigen-images: PCA of pictures"); }
QString EigenimagesLesson::topic() const { return tr("Linear algebra"); }
QString EigenimagesLesson::summary() const
{
    return tr("The mean picture, the principal components as pictures, explained variance, and a picture rebuilt from k components.");
}

QList<LessonPreset> EigenimagesLesson::presets() const
{
    return {
        {"sneakers", tr("One class: eigen-sneakers"), {"classes=7", "k=5"}},
        {"few", tr("Rebuilt from 3 components"), {"k=3"}},
        {"many", tr("Rebuilt from 50 components"), {"k=50"}},
        // Eigencats.ipynb: 16 eigen-pictures and a rank-5 rebuild; its cat faces are not bundled, so the
        // bundled Fashion-MNIST pictures stand in (a folder of cat faces with size=64 gives the original).
        {"seed", tr("As in the original post: 16 eigen-pictures, four pictures rebuilt from 5"), {"grid=16", "k=5", "rebuilt=4"}},
        {"exact", tr("All components: the last rebuild is exact"), {"components=0", "k=784", "rebuilt=4"}},
    };
}

std::shared_ptr<const PictureSet> EigenimagesLesson::loadSet(const ParamValues& params) const
{
    auto set = std::make_shared<PictureSet>();
    const QString data = params.text("data");
    if (data == u"folder") {
        const ImageFolder folder = loadImageFolder(params.text("folder"), params.integer("size"), params.boolean("color"));
        set->samples = folder.samples;
        set->rows = set->cols = folder.size;
        set->channels = folder.channels;
        set->labels.assign(size_t(folder.samples.rows()), -1);
        set->names = folder.names;
        set->source = QDir::toNativeSeparators(params.text("folder"));
        if (!folder.skipped.isEmpty())
            set->notes << tr("%1 file(s) skipped: %2").arg(folder.skipped.size()).arg(folder.skipped.first());
        return set;
    }
    LabelledImages images;
    if (data == u"full") {
        images = readFashionMnist(FashionMnistPart::FullTraining);
        set->source = tr("Fashion-MNIST training set (60,000)");
    } else {
        images = readFashionMnist(FashionMnistPart::BundledSubset);
        set->source = tr("Fashion-MNIST subset (2,000 test images)");
    }
    QList<int> wanted;
    for (const QString& c : params.list("classes"))
        wanted << c.toInt();
    const int d = images.rows * images.cols;
    std::vector<int> rows;
    for (int i = 0; i < images.count; ++i)
        if (wanted.contains(int(images.labels[size_t(i)])))
            rows.push_back(i);
    set->rows = images.rows;
    set->cols = images.cols;
    set->samples.resize(Eigen::Index(rows.size()), d);
    for (size_t r = 0; r < rows.size(); ++r) {
        const std::uint8_t* pixels = images.pixels.data() + size_t(rows[r]) * size_t(d);
        for (int j = 0; j < d; ++j)
            set->samples(Eigen::Index(r), j) = pixels[j] * (1.0f / 255.0f);
        set->labels.push_back(images.labels[size_t(rows[r])]);
    }
    if (set->samples.rows() < 2)
        throw UsageError(tr("pick at least one class"));
    return set;
}

ResultPtr EigenimagesLesson::compute(const ParamValues& params, core::ComputeControl* control) const
{
    const QString data = params.text("data");
    QString setKey = data + "|" + params.list("classes").join(',');
    if (data == u"folder")
        setKey = QStringLiteral("folder|%1|%2|%3").arg(params.text("folder")).arg(params.integer("size")).arg(params.boolean("color"));
    // 0: all of them — fitPca stops at min(n, d), where the last rebuild is exact.
    const int components = params.integer("components") == 0 ? std::numeric_limits<int>::max() : params.integer("components");
    const QString pcaKey = setKey + QStringLiteral("|%1").arg(components);

    std::shared_ptr<const PictureSet> set;
    std::shared_ptr<const core::linalg::Pca> pca;
    core::linalg::MatrixF scores;
    {
        std::lock_guard lock(cacheMutex_);
        if (setKey == setKey_)
            set = set_;
        if (pcaKey == pcaKey_) {
            pca = pca_;
            scores = scores_;
        }
    }
    if (!set)
        set = loadSet(params);
    core::checkpoint(control, 0.2);
    if (!pca) {
        core::ComputeStage stage(control, 0.2, 0.95);
        try {
            pca = std::make_shared<core::linalg::Pca>(
                core::linalg::fitPca(set->samples, components, core::linalg::PcaSolver::Auto, stage.get()));
        } catch (const std::invalid_argument& e) {
            throw InputError(QString::fromStdString(e.what()));
        }
        scores = core::linalg::transform(*pca, set->samples);
        std::lock_guard lock(cacheMutex_);
        setKey_ = setKey;
        set_ = set;
        pcaKey_ = pcaKey;
        pca_ = pca;
        scores_ = scores;
    }
    auto result = std::make_shared<EigenimagesResult>();
    result->set = set;
    result->pca = pca;
    result->scores = scores;
    result->sample = std::clamp(params.integer("sample"), 0, int(set->samples.rows()) - 1);
    result->rebuiltCount = params.integer("rebuilt");
    result->gridCount = params.integer("grid");
    return result;
}

QJsonObject EigenimagesLesson::toJson(const EigenimagesResult& result, int frame) const
{
    const core::linalg::Pca& pca = *result.pca;
    QJsonArray components;
    for (Eigen::Index i = 0; i < pca.components.rows(); ++i)
        components.append(jsonNumbers(pca.components.row(i).transpose()));
    const int k = frame; // 0 … componentCount()
    const core::linalg::VectorF rebuilt = result.reconstruction(k);
    const double error = result.relativeError(result.sample, rebuilt);
    QJsonArray reconstructions;
    for (int picture : result.rebuiltSamples())
        reconstructions.append(QJsonObject{{"sample", picture},
                                           {"label", result.set->labels[size_t(picture)]},
                                           {"relative_error", result.relativeError(picture, k)}});
    return QJsonObject{
        {"source", result.set->source},
        {"notes", QJsonArray::fromStringList(result.set->notes)},
        {"n_samples", int(result.set->samples.rows())},
        {"n_features", int(result.set->samples.cols())},
        {"image_shape", QJsonArray{result.set->rows, result.set->cols, result.set->channels}},
        {"mean", jsonNumbers(pca.mean)},
        {"components", components},
        {"explained_variance", jsonNumbers(pca.explainedVariance)},
        {"explained_variance_ratio", jsonNumbers(pca.explainedVarianceRatio)},
        {"singular_values", jsonNumbers(pca.singularValues)},
        {"solver", pca.randomized ? "randomized" : "covariance"},
        {"reconstruction", QJsonObject{{"sample", result.sample},
                                       {"k", k},
                                       {"label", result.set->labels[size_t(result.sample)]},
                                       {"relative_error", error},
                                       {"pixels", jsonNumbers(rebuilt)}}},
        {"reconstructions", reconstructions},
    };
}

LessonFigure* EigenimagesLesson::createFigure(QWidget* parent) const { return new EigenimagesFigure(parent); }

} // namespace gradus
