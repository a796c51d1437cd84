#pragma once
// Shared by the libFuzzer harnesses: the Qt application they need once, and the rule of what counts as a
// finding. A loader that rejects its input with its own error (InputError, FormulaError, …) is doing its
// job; a crash, a sanitizer report, a hang (-timeout) or runaway memory (-rss_limit_mb) is a finding.

#include "framework/errors.h"

#include <QByteArray>
#include <QGuiApplication>

#include <cstddef>
#include <cstdint>
#include <exception>

namespace gradus::fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "gradus-fuzz";
    static char* argv[] = {name, nullptr};
    if (!QCoreApplication::instance()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        static QGuiApplication app(argc, argv);
    }
}

inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// Runs one input: rejections by the loader's own errors are expected outcomes.
template <typename Body>
int runOne(Body&& body)
{
    try {
        body();
    } catch (const GradusError&) {
    } catch (const std::exception&) { // the core's parsers report with std::invalid_argument and friends
    }
    return 0;
}

} // namespace gradus::fuzz
