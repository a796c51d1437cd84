#pragma once
// Exact integer arithmetic for the two-variable programs: 128-bit intermediates (GCC/Clang's
// __int128) for products of 64-bit coefficients, and the floor, modulo and gcd they need.

#include <cstdint>
#include <limits>
#include <stdexcept>

namespace gradus::core::mip {

__extension__ typedef __int128 Wide;

inline std::int64_t narrow(Wide value)
{
    if (value > Wide(std::numeric_limits<std::int64_t>::max()) || value < Wide(std::numeric_limits<std::int64_t>::min()))
        throw std::overflow_error("the coefficients grew too large for exact arithmetic");
    return std::int64_t(value);
}

inline Wide floorDiv(Wide n, Wide d) // d > 0
{
    Wide q = n / d;
    if (n % d != 0 && n < 0)
        --q;
    return q;
}

inline Wide positiveMod(Wide n, Wide d) // d > 0
{
    const Wide r = n % d;
    return r < 0 ? r + d : r;
}

inline Wide gcdWide(Wide a, Wide b)
{
    a = a < 0 ? -a : a;
    b = b < 0 ? -b : b;
    while (b != 0) {
        const Wide t = a % b;
        a = b;
        b = t;
    }
    return a;
}

} // namespace gradus::core::mip
