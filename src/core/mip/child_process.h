#pragma once
// A program run as a child process, its standard output and error read line by line as they come (POSIX).
// Gradus runs the cbc solver this way: CBC is under the EPL, which may not be linked into a GPL program,
// but a GPL program may run it.

#include <chrono>
#include <string>
#include <sys/types.h>
#include <vector>

namespace gradus::core::mip {

// The full path of `program` found on PATH (or `program` itself when it holds a '/' and is executable);
// empty when there is none.
std::string findProgram(const std::string& program);

class ChildProcess {
public:
    // Starts argv[0] (a path) with stdin from /dev/null and stdout and stderr into one pipe. The child is
    // killed if the thread that started it ends first. Throws std::runtime_error when it cannot start.
    explicit ChildProcess(const std::vector<std::string>& argv);
    ~ChildProcess(); // kills and reaps the child if it still runs
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    // Waits at most `timeout` for output; appends each complete line (without '\n') to `lines`. Returns
    // false once the output has ended (the child closed it: it exited, or is about to).
    bool readLines(std::chrono::milliseconds timeout, std::vector<std::string>& lines);
    void signal(int number);
    // Waits for the child to exit; its exit status as waitpid reports it.
    int wait();

private:
    pid_t pid_ = -1;
    int output_ = -1;
    std::string partial_;
    bool reaped_ = false;
    int status_ = 0;
};

} // namespace gradus::core::mip
