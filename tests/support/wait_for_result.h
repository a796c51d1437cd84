#pragma once
// Waits until a lesson page has a result and is no longer computing.

#include "app/lesson_page.h"
#include "framework/compute_runner.h"
#include "support/time_factor.h"

#include <QtTest>

namespace gradus::test {

inline bool waitForResult(LessonPage* page)
{
    // Generous: CI runs two suites at once on two cores, and a timeout here is not a speed test.
    return QTest::qWaitFor([page] { return page->result() && !page->runner().busy(); }, 30000 * timeFactor());
}

} // namespace gradus::test
