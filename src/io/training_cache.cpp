#include "training_cache.h"

#include "atomic_file.h"
#include "framework/errors.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace gradus {

namespace {

constexpr quint32 kMagic = 0x47574331; // "GWC1"
constexpr quint32 kVersion = 3; // 2: the weights after each epoch; 3: the training seconds per epoch

void writeEvaluation(QDataStream& out, const core::models::Evaluation& e) { out << e.loss << e.accuracy; }
void readEvaluation(QDataStream& in, core::models::Evaluation& e) { in >> e.loss >> e.accuracy; }

} // namespace

TrainingCache::TrainingCache(QString folder, qint64 limitBytes) : folder_(std::move(folder)), limitBytes_(limitBytes) {}

QString TrainingCache::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/training");
}

QString TrainingCache::keyFor(const QString& description)
{
    return QString::fromLatin1(QCryptographicHash::hash(description.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

QString TrainingCache::pathFor(const QString& key) const { return folder_ + QLatin1Char('/') + key + QStringLiteral(".weights"); }

std::optional<core::models::TrainingRun> TrainingCache::load(const QString& key, std::size_t parameterCount) const
{
    QFile file(pathFor(key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(&file);
    in.setByteOrder(QDataStream::LittleEndian);
    in.setFloatingPointPrecision(QDataStream::DoublePrecision);
    quint32 magic = 0, version = 0;
    quint64 parameters = 0, epochs = 0, checkpoints = 0;
    in >> magic >> version >> parameters >> epochs >> checkpoints;
    if (in.status() != QDataStream::Ok || magic != kMagic || version != kVersion || parameters != parameterCount || epochs > 100000
        || checkpoints > epochs)
        return std::nullopt;
    // The file must hold exactly what the header announces.
    const qint64 expected = 4 + 4 + 8 + 8 + 8 + 1 + 2 * qint64(parameters) * 4 + qint64(epochs) * (4 + 5 * 8)
                          + qint64(checkpoints) * (4 + qint64(parameters) * 4);
    if (file.size() != expected)
        return std::nullopt;
    core::models::TrainingRun run;
    quint8 diverged = 0;
    in >> diverged;
    run.diverged = diverged != 0;
    run.initial.resize(parameters);
    run.trained.resize(parameters);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    for (float& x : run.initial)
        in >> x;
    for (float& x : run.trained)
        in >> x;
    in.setFloatingPointPrecision(QDataStream::DoublePrecision);
    for (quint64 k = 0; k < epochs; ++k) {
        core::models::EpochRecord record;
        qint32 epoch = 0;
        in >> epoch;
        record.epoch = epoch;
        readEvaluation(in, record.train);
        readEvaluation(in, record.test);
        in >> record.seconds;
        run.history.push_back(record);
    }
    for (quint64 k = 0; k < checkpoints; ++k) {
        core::models::Checkpoint checkpoint;
        qint32 epoch = 0;
        in >> epoch;
        checkpoint.epoch = epoch;
        checkpoint.theta.resize(parameters);
        in.setFloatingPointPrecision(QDataStream::SinglePrecision);
        for (float& x : checkpoint.theta)
            in >> x;
        in.setFloatingPointPrecision(QDataStream::DoublePrecision);
        run.checkpoints.push_back(std::move(checkpoint));
    }
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    file.setFileTime(QDateTime::currentDateTime(), QFileDevice::FileModificationTime); // used now: kept longest
    return run;
}

void TrainingCache::trim() const
{
    // Newest first; everything past the limit goes.
    const QFileInfoList files = QDir(folder_).entryInfoList({QStringLiteral("*.weights")}, QDir::Files, QDir::Time);
    qint64 kept = 0;
    for (const QFileInfo& file : files) {
        kept += file.size();
        if (kept > limitBytes_)
            QFile::remove(file.filePath());
    }
}

bool TrainingCache::save(const QString& key, const core::models::TrainingRun& run) const
{
    if (!QDir().mkpath(folder_))
        return false;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.setFloatingPointPrecision(QDataStream::DoublePrecision);
    out << kMagic << kVersion << quint64(run.trained.size()) << quint64(run.history.size()) << quint64(run.checkpoints.size())
        << quint8(run.diverged ? 1 : 0);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    for (float x : run.initial)
        out << x;
    for (float x : run.trained)
        out << x;
    out.setFloatingPointPrecision(QDataStream::DoublePrecision);
    for (const core::models::EpochRecord& record : run.history) {
        out << qint32(record.epoch);
        writeEvaluation(out, record.train);
        writeEvaluation(out, record.test);
        out << record.seconds;
    }
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    for (const core::models::Checkpoint& checkpoint : run.checkpoints) {
        out << qint32(checkpoint.epoch);
        for (float x : checkpoint.theta)
            out << x;
    }
    try {
        writeFileAtomically(pathFor(key), bytes);
    } catch (const GradusError&) {
        return false;
    }
    trim();
    return true;
}

} // namespace gradus
