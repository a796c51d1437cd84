#pragma once
// Widget tests run under Xvfb in CI; without any display they fall back to the offscreen platform.
// Include once per test executable, before QTEST_MAIN creates the application.

#include <QtGlobal>

namespace gradus::test {
inline const bool kPlatformChosen = [] {
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return true;
}();
} // namespace gradus::test
