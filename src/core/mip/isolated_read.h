#pragma once
// Runs a model reader in a child process, so that a reader that crashes or never returns on a
// malformed file (COIN-OR's LP reader, which Gradus once linked, did both, found by fuzzing) costs an
// error message instead of the program. POSIX only (fork).

#include "mip_model.h"

#include <functional>

namespace gradus::core::mip {

// Calls `read` in a forked child and returns its model. Rethrows the child's std::invalid_argument
// message; throws std::invalid_argument saying so when the child crashes, or runs longer than
// `timeoutSeconds` (it is then killed).
LinearModel readInChildProcess(const std::function<LinearModel()>& read, int timeoutSeconds);

// The model as bytes and back (the child's answer to its parent); exposed for the tests.
std::string serializeModel(const LinearModel& model);
LinearModel deserializeModel(const std::string& bytes); // throws std::invalid_argument on short data

} // namespace gradus::core::mip
