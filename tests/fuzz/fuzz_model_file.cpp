// MPS and LP files for the MIP lesson, through readModelFile as the program calls it: CBC's readers in a
// child process (COIN-OR's LP reader crashes and hangs on some files; fuzzing found both), so a finding
// here is a crash of this process, a wrong answer from the child, or a hang beyond the reader's limit.
// The first byte picks the kind: LP, MPS or gzipped MPS.
#include "core/mip/mip_model.h"
#include "fuzz_support.h"


using namespace gradus;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    fuzz::ensureApplication();
    const char* suffixes[] = {".lp", ".mps", ".mps.gz"};
    const QString path = fuzz::inputAsFile(data + 1, size - 1, QLatin1String(suffixes[data[0] % 3]));
    if (path.isEmpty())
        return 0;
    fuzz::runOne([&] { (void)core::mip::readModelFile(QFile::encodeName(path).toStdString()); });
    QFile::remove(path);
    return 0;
}
