#pragma once
// The versions of the numerical libraries Gradus is built with (for `gradus --version` and About).

#include <string>

namespace gradus::core {

std::string eigenVersion();   // e.g. "3.4.0"
std::string openBlasVersion(); // OpenBLAS's own configuration line, e.g. "OpenBLAS 0.3.21 DYNAMIC_ARCH …"

} // namespace gradus::core
