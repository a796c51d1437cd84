// The IDX reader (Fashion-MNIST and students' own IDX files), gzipped or not.
#include "fuzz_support.h"
#include "io/idx_file.h"

using namespace gradus;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::ensureApplication();
    const QByteArray bytes = fuzz::bytesOf(data, size);
    if (bytes.startsWith("\x1f\x8b"))
        return fuzz::runOne([&] { (void)parseIdx(gunzip(bytes, "fuzz.idx.gz", 16 * 1024 * 1024), "fuzz.idx"); });
    return fuzz::runOne([&] { (void)parseIdx(bytes, "fuzz.idx"); });
}
