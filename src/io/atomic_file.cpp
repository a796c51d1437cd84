#include "atomic_file.h"

#include "framework/errors.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace gradus {

void writeFileAtomically(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw InputError(QCoreApplication::translate("gradus::io", "cannot write '%1': %2").arg(path, file.errorString()));
    if (file.write(data) != data.size() || !file.commit())
        throw InputError(QCoreApplication::translate("gradus::io", "cannot write '%1': %2").arg(path, file.errorString()));
}

} // namespace gradus
