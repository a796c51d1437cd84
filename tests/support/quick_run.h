#pragma once
// A lesson's values made quick by its own QuickRun (a solver capped, a network trained briefly), so that
// tests that compute many settings stay within CI's time.

#include "framework/lesson.h"

namespace gradus::test {

// smallInstances also applies the lesson's smaller inputs (fewer points, a smaller picture).
inline ParamValues quickValues(const Lesson& lesson, ParamValues values, bool smallInstances)
{
    const QuickRun quickRun = lesson.quickRun();
    for (const QString& assignment : quickRun.caps)
        lesson.schema().applyAssignment(values, assignment);
    if (smallInstances)
        for (const QString& assignment : quickRun.smallerInputs)
            lesson.schema().applyAssignment(values, assignment);
    return values;
}

} // namespace gradus::test
