#pragma once
// The thread pool for every Gradus background job (lesson computations, figures' measurements).

class QThreadPool;

namespace gradus {

// Not QThreadPool::globalInstance(): Qt 6's raster engine splits fills and smooth image scaling of
// large areas into tasks on the global pool and waits for them on the GUI thread. While two long jobs
// held the global pool's two threads, one picture of the SVD lesson took 275 ms to paint instead of 1.
QThreadPool& backgroundPool();

// Its threads' name (in top, gdb and /proc/…/comm; under Linux's 15-character limit).
inline constexpr char kBackgroundThreadName[] = "gradus worker";

} // namespace gradus
