#include "atomic_file.h"

#include "framework/errors.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStorageInfo>

namespace gradus {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gradus::io)
};

// Below this a disk counts as full whatever was being written: file systems keep a little back.
constexpr qint64 kNearlyFull = 256 * 1024;

} // namespace

QString cannotWriteMessage(const QString& path, const QString& systemReason, qint64 bytesNeeded)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir())
        return Tr::tr("cannot write '%1': the folder '%2' does not exist").arg(path, folder.filePath());
    if (!folder.isWritable() || (file.exists() && !file.isWritable()))
        return Tr::tr("cannot write '%1': %2; choose a folder you may write to").arg(path, systemReason);
    const QStorageInfo storage(folder.filePath());
    if (storage.isValid() && storage.isReadOnly())
        return Tr::tr("cannot write '%1': the disk is read-only; choose another folder").arg(path);
    const qint64 available = storage.isValid() ? storage.bytesAvailable() : -1;
    if (available >= 0 && (available < kNearlyFull || (bytesNeeded >= 0 && available < bytesNeeded)))
        return Tr::tr("cannot write '%1': the disk is full (%2 free%3); free some space or choose another folder")
            .arg(path, QLocale().formattedDataSize(available),
                 bytesNeeded > 0 ? Tr::tr(", %1 needed").arg(QLocale().formattedDataSize(bytesNeeded)) : QString());
    return Tr::tr("cannot write '%1': %2").arg(path, systemReason);
}

bool diskNearlyFull(const QString& folder)
{
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.bytesAvailable() < kNearlyFull;
}

void writeFileAtomically(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw InputError(cannotWriteMessage(path, file.errorString()));
    if (file.write(data) != data.size() || !file.commit())
        throw InputError(cannotWriteMessage(path, file.errorString(), data.size()));
}

} // namespace gradus
