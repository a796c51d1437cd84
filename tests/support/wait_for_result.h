#pragma once
// Waits until a lesson page has a result and is no longer computing.

#include "app/lesson_page.h"
#include "framework/compute_runner.h"

#include <QtTest>

#include <algorithm>

namespace gradus::test {

// How much slower than a release build this one runs: GRADUS_TEST_TIME_FACTOR (4 in the sanitizer
// build), so that waits are generous there too.
inline int timeFactor()
{
    static const int factor = std::max(1, qEnvironmentVariableIntValue("GRADUS_TEST_TIME_FACTOR"));
    return factor;
}

inline bool waitForResult(LessonPage* page)
{
    // Generous: CI runs two suites at once on two cores, and a timeout here is not a speed test.
    return QTest::qWaitFor([page] { return page->result() && !page->runner().busy(); }, 30000 * timeFactor());
}

} // namespace gradus::test
