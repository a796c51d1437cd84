#include "library_versions.h"

#include <Eigen/Core>
#include <cblas.h>

namespace gradus::core {

std::string eigenVersion()
{
    return std::to_string(EIGEN_WORLD_VERSION) + "." + std::to_string(EIGEN_MAJOR_VERSION) + "." + std::to_string(EIGEN_MINOR_VERSION);
}

std::string openBlasVersion()
{
    // "OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY Zen MAX_THREADS=64": the first two words are enough.
    const std::string config = openblas_get_config();
    const auto second = config.find(' ', config.find(' ') + 1);
    return second == std::string::npos ? config : config.substr(0, second);
}

} // namespace gradus::core
