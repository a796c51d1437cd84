#pragma once
// How much slower than a release build this test build runs, for limits that are about correctness
// (a time limit is obeyed, a wait ends), never about speed.

#include <QtGlobal>

#include <algorithm>

namespace gradus::test {

// GRADUS_TEST_TIME_FACTOR (4 in the sanitizer build), so that waits and limits are generous there too.
inline int timeFactor()
{
    static const int factor = std::max(1, qEnvironmentVariableIntValue("GRADUS_TEST_TIME_FACTOR"));
    return factor;
}

} // namespace gradus::test
