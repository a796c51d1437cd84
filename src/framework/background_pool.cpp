#include "background_pool.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace gradus {

namespace {
// Like Qt's own global pool: made on first use, and at exit its destructor waits for the jobs left.
Q_GLOBAL_STATIC(QThreadPool, pool)
} // namespace

QThreadPool& backgroundPool()
{
    static const bool configured = [] {
        // A cancelled computation runs on until its next check while the new one starts: room for both.
        pool()->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        pool()->setObjectName(QString::fromLatin1(kBackgroundThreadName));
        return true;
    }();
    (void)configured;
    return *pool();
}

} // namespace gradus
