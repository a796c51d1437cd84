#include "svd_image_lesson.h"

#include "core/compute_control.h"
#include "framework/errors.h"
#include "framework/json_numbers.h"
#include "svd_image_figure.h"

#include <QFileInfo>
#include <QJsonArray>

namespace gradus {

namespace {

core::SvdColorMode parseMode(const QString& text)
{
    if (text == u"gray")
        return core::SvdColorMode::Gray;
    if (text == u"stacked")
        return core::SvdColorMode::Stacked;
    if (text == u"ycbcr")
        return core::SvdColorMode::YCbCr;
    return core::SvdColorMode::Channels;
}

// Identifies a file's contents cheaply: a changed file (same name, new picture) is read again.
QString fileKey(const QString& nameOrPath)
{
    const QFileInfo info(resolveImagePath(nameOrPath));
    return QStringLiteral("%1|%2|%3").arg(info.absoluteFilePath()).arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}

} // namespace

QString svdColorModeName(core::SvdColorMode mode)
{
    switch (mode) {
    case core::SvdColorMode::Channels: return QStringLiteral("channels");
    case core::SvdColorMode::Gray: return QStringLiteral("gray");
    case core::SvdColorMode::Stacked: return QStringLiteral("stacked");
    case core::SvdColorMode::YCbCr: return QStringLiteral("ycbcr");
    }
    return {};
}

QList<int> SvdImageResult::animationFrames() const
{
    // As in the seed: every rank up to 10 % of the full rank, then every tenth.
    QList<int> frames;
    const int fine = std::max(1, svd->fullRank() / 10);
    for (int rank = 1; rank <= frameCount(); rank += rank < fine ? 1 : 10)
        frames.append(rank - 1);
    if (frames.last() != frameCount() - 1)
        frames.append(frameCount() - 1);
    return frames;
}

std::vector<double> SvdImageResult::relativeErrors() const
{
    std::vector<double> errors;
    errors.reserve(std::size_t(frameCount()));
    for (int frame = 0; frame < frameCount(); ++frame)
        errors.push_back(core::eckartYoungError(*svd, ranksAt(frame)));
    return errors;
}

QString SvdImageResult::frameLabel(int frame) const
{
    return QCoreApplication::translate("gradus::SvdImageResult", "rank %1 of %2").arg(rankAt(frame)).arg(frameCount());
}

SvdImageLesson::SvdImageLesson()
{
    const QString picture = tr("Picture");
    const QString compression = tr("Compression");
    const QString look = tr("Display");
    QStringList samples = sampleImageNames();
    schema_.add(ParamSpec::file("image", tr("Picture"), tr("Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.ppm *.pgm *.pbm *.pnm *.jp2 *.exr *.hdr)"))
                    .withDefault(QStringLiteral("astronaut"))
                    .withSuggestions(samples)
                    .withHelp(tr("A picture file (PNG, JPEG, BMP, TIFF, WebP, PPM, …) or a built-in sample: %1. "
                                 "You can also drop a file on the window or paste a picture (Ctrl+V).").arg(samples.join(u", ")))
                    .inGroup(picture));
    schema_.add(ParamSpec::real("max_pixels", tr("Largest size"), 24e6, 1e4, ImageLimits::kRefusePixels, 0)
                    .logScale()
                    .withUnit(tr("pixels"))
                    .withHelp(tr("Bigger pictures are scaled down (area averaging) to this many pixels before the SVD. "
                                 "Pictures over 200 megapixels are refused."))
                    .inGroup(picture));
    schema_.add(ParamSpec::choice("mode", tr("Colour"), QStringLiteral("channels"),
                                  {{"channels", tr("R, G, B: one SVD per channel")},
                                   {"gray", tr("Grey: the luma only")},
                                   {"stacked", tr("Stacked: [R G B] in one matrix")},
                                   {"ycbcr", tr("Y, Cb, Cr: separate chroma rank")}})
                    .withHelp(tr("How a colour picture becomes matrices. Stacked puts the channels side by side "
                                 "(m × 3n) so they share one left basis; Y/Cb/Cr is JPEG's colour space, where the "
                                 "colour (chroma) can be cut much harder than the brightness."))
                    .inGroup(compression));
    schema_.add(ParamSpec::integer("rank", tr("Rank r"), 50, 1, 100000)
                    .withHelp(tr("Number of rank-one layers σᵢuᵢvᵢᵀ kept. The same as the player's slider."))
                    .inGroup(compression));
    schema_.add(ParamSpec::integer("chroma_rank", tr("Chroma rank"), 0, 0, 100000)
                    .withSpecialValue(tr("as rank r"))
                    .withHelp(tr("Rank of the Cb and Cr matrices in Y/Cb/Cr mode. The eye barely notices a low chroma rank."))
                    .relevantWhen("mode", {"ycbcr"})
                    .inGroup(compression));
    schema_.add(ParamSpec::choice("svd", tr("SVD"), QStringLiteral("auto"),
                                  {{"auto", tr("Automatic")},
                                   {"full", tr("Full (LAPACK gesdd)")},
                                   {"randomized", tr("Randomized, leading ranks")}})
                    .withHelp(tr("Full computes every singular value. Randomized (Halko–Martinsson–Tropp with power "
                                 "iterations) computes only the leading ranks, much faster on big photos. Automatic "
                                 "uses full up to 2.5 megapixels."))
                    .inGroup(compression));
    schema_.add(ParamSpec::integer("max_rank", tr("Ranks computed"), 300, 10, 5000)
                    .withHelp(tr("How many leading singular triplets the randomized SVD computes; the slider stops there."))
                    .relevantWhen("svd", {"auto", "randomized"})
                    .inGroup(compression));
    schema_.add(ParamSpec::choice("storage", tr("Stored as"), QStringLiteral("float32"),
                                  {{"float32", tr("32-bit floats")}, {"int8", tr("8-bit quantized factors")}})
                    .withHelp(tr("How the factors would be saved, for the storage cost in bytes. 8-bit: every entry of u and v "
                                 "in one byte, with σ and two scales per layer as 32-bit floats."))
                    .inGroup(compression));
    schema_.add(ParamSpec::real("gain", tr("Difference ×"), 4, 1, 100, 1)
                    .logScale()
                    .withHelp(tr("Amplification of the difference picture: red where the approximation is brighter, blue where darker."))
                    .inGroup(look));
    schema_.add(ParamSpec::choice("curve", tr("Right chart"), QStringLiteral("energy"),
                                  {{"energy", tr("Energy kept, %")}, {"error", tr("Relative error, log scale")}})
                    .withHelp(tr("Beside the singular values: the share of Σσᵢ² the rank keeps, or the relative error "
                                 "‖A − A_r‖_F/‖A‖_F against the rank on a log scale, as the course notebook draws it."))
                    .inGroup(look));
    schema_.add(ParamSpec::file("compare", tr("Compare spectrum with"),
                                tr("Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.ppm *.pgm *.pbm *.pnm *.jp2 *.exr *.hdr)"))
                    .withDefault(QString())
                    .withSuggestions(QStringList{QStringLiteral("noise")} + samples)
                    .withHelp(tr("A second picture (a file or a sample), or 'noise': its singular values are drawn over this "
                                 "picture's, both in grey and divided by the largest (σᵢ/σ₁), so that brightness and size do not "
                                 "matter. A photo's spectrum falls steeply, noise's hardly at all: the original post asks whether "
                                 "generated pictures differ from real ones here. Empty: no comparison."))
                    .inGroup(look));
    schema_.add(ParamSpec::integer("layers", tr("Layers shown"), 8, 0, 16)
                    .withHelp(tr("How many of the first rank-one layers σᵢuᵢvᵢᵀ to show as thumbnails."))
                    .inGroup(look));
}

QString SvdImageLesson::title() const { return tr("Image compression by truncated SVD"); }
QString SvdImageLesson::topic() const { return tr("Linear algebra"); }
QString SvdImageLesson::summary() const
{
    return tr("Keep r rank-one layers of a photo: the best rank-r approximation, its error and its real storage cost.");
}

QList<LessonPreset> SvdImageLesson::presets() const
{
    return {
        {"rank-1", tr("Rank 1: a cross of row and column averages"), {"image=astronaut", "rank=1"}},
        {"rank-5", tr("Rank 5: only the big shapes"), {"image=astronaut", "rank=5"}},
        {"gray-camera", tr("Grey cameraman, rank 20"), {"image=camera", "mode=gray", "rank=20"}},
        {"chroma", tr("Y/Cb/Cr: chroma rank 5 is enough"), {"image=coffee", "mode=ycbcr", "rank=40", "chroma_rank=5"}},
        {"stacked", tr("Stacked channels: one shared basis"), {"image=chelsea", "mode=stacked", "rank=30"}},
        // The notebook's photo is not in its repository; its treatment is: grey, every rank, the error curve.
        {"seed", tr("As in the original post: grey, with the relative error against the rank"), {"image=astronaut", "mode=gray", "rank=20", "curve=error"}},
        // The post's question whether real and generated pictures differ in their spectra.
        {"photo-vs-noise", tr("Spectra: a photo against noise"), {"image=astronaut", "mode=gray", "compare=noise"}},
    };
}

std::shared_ptr<const SvdImageResult::ComparedSpectra> SvdImageLesson::comparedSpectra(const QString& other, const QString& imageKey,
                                                                                    const LoadedImage& image, double maxPixels) const
{
    if (other.trimmed().isEmpty())
        return nullptr;
    const QString key = imageKey + QStringLiteral("|") + (other == u"noise" ? other : fileKey(other));
    {
        std::lock_guard lock(cacheMutex_);
        if (key == comparedKey_)
            return compared_;
    }
    auto spectra = std::make_shared<SvdImageResult::ComparedSpectra>();
    spectra->own = core::normalizedLumaSpectrum(image.image, kComparedSpectrumPixels);
    if (other == u"noise") {
        // Noise of the shape the own spectrum was taken at: as many singular values, the same aspect.
        const auto [rows, cols] = core::fitWithinPixels(image.image.height(), image.image.width(), kComparedSpectrumPixels);
        spectra->other = core::normalizedNoiseSpectrum(rows, cols, 1);
        spectra->name = tr("Gaussian noise");
    } else {
        ImageLimits limits;
        limits.maxPixels = maxPixels;
        const LoadedImage loaded = loadImage(other, limits);
        spectra->other = core::normalizedLumaSpectrum(loaded.image, kComparedSpectrumPixels);
        spectra->name = loaded.displayName;
    }
    std::lock_guard lock(cacheMutex_);
    comparedKey_ = key;
    compared_ = spectra;
    return spectra;
}

ResultPtr SvdImageLesson::compute(const ParamValues& params, core::ComputeControl* control) const
{
    const QString imageName = params.text("image");
    const double maxPixels = params.real("max_pixels");
    const core::SvdColorMode mode = parseMode(params.text("mode"));
    const QString svdChoice = params.text("svd");
    const int maxRank = params.integer("max_rank");

    std::shared_ptr<const LoadedImage> image;
    const QString imageKey = fileKey(imageName) + QStringLiteral("|%1").arg(maxPixels);
    {
        std::lock_guard lock(cacheMutex_);
        if (imageKey == imageKey_)
            image = image_;
    }
    if (!image) {
        ImageLimits limits;
        limits.maxPixels = maxPixels;
        image = std::make_shared<LoadedImage>(loadImage(imageName, limits));
    }
    core::checkpoint(control, 0.02);

    const double pixels = double(image->image.width()) * image->image.height();
    const bool full = svdChoice == u"full" || (svdChoice == u"auto" && pixels <= kAutoFullPixels);
    const QString svdKey = imageKey + QStringLiteral("|%1|%2").arg(svdColorModeName(mode)).arg(full ? 0 : maxRank);
    std::shared_ptr<const core::SvdImage> svd;
    QString method;
    {
        std::lock_guard lock(cacheMutex_);
        if (svdKey == svdKey_) {
            svd = svd_;
            method = method_;
        }
    }
    if (!svd) {
        core::ComputeStage stage(control, 0.02, 1.0);
        try {
            svd = std::make_shared<core::SvdImage>(core::decomposeImage(image->image, mode, full ? 0 : maxRank, stage.get()));
        } catch (const std::runtime_error& e) {
            if (dynamic_cast<const core::Cancelled*>(&e))
                throw;
            throw InputError(tr("the SVD of %1 failed: %2").arg(image->displayName, QString::fromStdString(e.what())));
        }
        method = svd->complete ? tr("full SVD (LAPACK gesdd)")
                               : tr("randomized SVD, leading %1 of %2 ranks").arg(svd->maxRank()).arg(svd->fullRank());
        std::lock_guard lock(cacheMutex_);
        imageKey_ = imageKey;
        image_ = image;
        svdKey_ = svdKey;
        svd_ = svd;
        method_ = method;
    }

    auto result = std::make_shared<SvdImageResult>();
    result->source = image;
    result->svd = svd;
    result->method = method;
    result->chromaRank = params.integer("chroma_rank");
    result->differenceGain = params.real("gain");
    result->layerCount = params.integer("layers");
    result->quantizedStorage = params.text("storage") == u"int8";
    result->errorCurve = params.text("curve") == u"error";
    result->compared = comparedSpectra(params.text("compare"), imageKey, *image, maxPixels);
    return result;
}

QJsonObject SvdImageLesson::toJson(const SvdImageResult& result, int frame) const
{
    const core::SvdImage& svd = *result.svd;
    const std::vector<int> ranks = result.ranksAt(frame);
    const core::SvdStorage storage = core::storageCost(svd, ranks);
    const core::SvdQuality quality = core::measureQuality(svd, result.source->image, ranks);
    QJsonArray singularValues;
    for (const core::linalg::Svd& f : svd.factors) {
        QJsonArray values;
        for (Eigen::Index i = 0; i < f.s.size(); ++i)
            values.append(double(f.s[i]));
        singularValues.append(values);
    }
    QJsonArray matrixRanks;
    for (int r : ranks)
        matrixRanks.append(r);
    const int channels = core::referenceImage(result.source->image, svd.mode).channels();
    return QJsonObject{
        {"source", result.source->displayName},
        {"file_bytes", double(result.source->fileBytes)},
        {"notes", QJsonArray::fromStringList(result.source->notes)},
        {"width", svd.width},
        {"height", svd.height},
        {"channels", channels},
        {"mode", svdColorModeName(svd.mode)},
        {"rank", result.rankAt(frame)},
        {"matrix_ranks", matrixRanks},
        {"complete", svd.complete},
        {"method", result.method},
        {"singular_values", singularValues},
        {"stored_values", storage.storedValues},
        {"original_values", storage.originalValues},
        {"ratio", storage.ratio},
        {"bytes", QJsonObject{{"float32", storage.bytesFloat32},
                              {"int8", storage.bytesQuantized8},
                              {"raw8", storage.bytesRaw8},
                              {"file", double(result.source->fileBytes)}}},
        {"relative_error", quality.relativeError},
        {"relative_errors", jsonNumbers(result.relativeErrors())},
        {"eckart_young_error", quality.eckartYoung},
        {"psnr_db", quality.psnrDb ? QJsonValue(*quality.psnrDb) : QJsonValue()},
        {"compared", result.compared ? QJsonValue(QJsonObject{{"name", result.compared->name},
                                                              {"spectrum", jsonNumbers(result.compared->own)},
                                                              {"other_spectrum", jsonNumbers(result.compared->other)}})
                                     : QJsonValue()},
    };
}

LessonFigure* SvdImageLesson::createFigure(QWidget* parent) const { return new SvdImageFigure(parent); }

} // namespace gradus
