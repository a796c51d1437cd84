// The formula parser (optimizers/newton lessons) and the 2D linear program parser (mip relaxation).
// Input: a formula; after the first newline, constraints for the linear program parser.
#include "core/functions/formula.h"
#include "core/mip/linear_text.h"
#include "fuzz_support.h"

#include <cmath>

using namespace gradus;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    const std::size_t newline = text.find('\n');
    fuzz::runOne([&] {
        const core::Formula formula(text.substr(0, newline));
        for (const core::Vec2 p : {core::Vec2{0, 0}, core::Vec2{1.5, -2}, core::Vec2{1e3, 1e-3}, core::Vec2{-1e-300, 1e300}}) {
            (void)formula.value(p);
            (void)formula.gradient(p);
            (void)formula.hessian(p);
        }
    });
    if (newline != std::string::npos)
        fuzz::runOne([&] { (void)core::mip::parseProgram2D(text.substr(0, newline), text.substr(newline + 1)); });
    return 0;
}
