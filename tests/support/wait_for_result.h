#pragma once
// Waits until a lesson page has a result, is no longer computing, and its figure shows all of it.

#include "app/lesson_page.h"
#include "framework/compute_runner.h"
#include "support/time_factor.h"

#include <QtTest>

namespace gradus::test {

inline bool waitForResult(LessonPage* page)
{
    // Generous: CI runs two suites at once on two cores, and a timeout here is not a speed test.
    // A figure that puts a large result on screen in steps is waited for too: what a test reads from
    // it half-way (a chart whose legend has its names but not yet its layout) is not what is shown.
    return QTest::qWaitFor([page] { return page->result() && !page->runner().busy() && !page->figure()->arriving(); },
                           30000 * timeFactor());
}

} // namespace gradus::test
