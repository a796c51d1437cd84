// Pictures students load (svd-image, eigen-images): the header sniffing, the size guards and OpenCV's
// decoders behind them, with the application's own limits.
#include "fuzz_support.h"
#include "io/image_file.h"

using namespace gradus;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::ensureApplication();
    ImageLimits limits;
    limits.maxPixels = 4e6;
    return fuzz::runOne([&] { (void)decodeImage(fuzz::bytesOf(data, size), "fuzz.img", limits); });
}
