// MPS and LP files for the MIP lesson, through readModelFile as the program calls it: Gradus's own readers
// in a child process, so a finding here is a crash of this process, a wrong answer from the child, or a
// hang beyond the reader's limit. (Fuzzing found both a crash and a hang in COIN-OR's LP reader, which Gradus
// used before it ran CBC as a separate program.)
// The first byte picks the kind: LP, MPS or gzipped MPS through the file, or the LP and MPS readers called
// here in this process, where libFuzzer sees their coverage (a child's is invisible to it).
#include "core/mip/mip_model.h"
#include "core/mip/model_formats.h"
#include "fuzz_support.h"


using namespace gradus;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const int kind = data[0] % 5;
    if (kind >= 3) {
        const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
        fuzz::runOne([&] { (void)(kind == 3 ? core::mip::readLpText(text, "fuzz") : core::mip::readMpsText(text, "fuzz")); });
        return 0;
    }
    fuzz::ensureApplication();
    const char* suffixes[] = {".lp", ".mps", ".mps.gz"};
    const QString path = fuzz::inputAsFile(data + 1, size - 1, QLatin1String(suffixes[kind]));
    if (path.isEmpty())
        return 0;
    fuzz::runOne([&] { (void)core::mip::readModelFile(QFile::encodeName(path).toStdString()); });
    QFile::remove(path);
    return 0;
}
