// MPS and LP files for the MIP lesson, through readModelFile as the program calls it: CBC's readers in a
// child process (COIN-OR's LP reader crashes and hangs on some files; fuzzing found both), so a finding
// here is a crash of this process, a wrong answer from the child, or a hang beyond the reader's limit.
// The first byte picks the kind: LP, MPS or gzipped MPS.
#include "core/mip/mip_model.h"
#include "fuzz_support.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace gradus;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    fuzz::ensureApplication();
    static const QString stem = QDir::temp().filePath(QStringLiteral("gradus-fuzz-%1").arg(getpid()));
    const char* suffixes[] = {".lp", ".mps", ".mps.gz"};
    const QString path = stem + QLatin1String(suffixes[data[0] % 3]);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    file.write(reinterpret_cast<const char*>(data + 1), qint64(size - 1));
    file.close();
    fuzz::runOne([&] { (void)core::mip::readModelFile(QFile::encodeName(path).toStdString()); });
    QFile::remove(path);
    return 0;
}
