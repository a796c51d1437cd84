#include "child_process.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace gradus::core::mip {

std::string findProgram(const std::string& program)
{
    if (program.empty())
        return {};
    if (program.find('/') != std::string::npos)
        return ::access(program.c_str(), X_OK) == 0 ? program : std::string();
    const char* path = std::getenv("PATH");
    std::string folders = path && *path ? path : "/usr/local/bin:/usr/bin:/bin";
    std::size_t start = 0;
    while (start <= folders.size()) {
        std::size_t end = folders.find(':', start);
        if (end == std::string::npos)
            end = folders.size();
        const std::string folder = end > start ? folders.substr(start, end - start) : ".";
        const std::string candidate = folder + "/" + program;
        if (::access(candidate.c_str(), X_OK) == 0)
            return candidate;
        start = end + 1;
    }
    return {};
}

ChildProcess::ChildProcess(const std::vector<std::string>& argv)
{
    if (argv.empty())
        throw std::runtime_error("no program to run");
    int channel[2];
    if (::pipe2(channel, O_CLOEXEC) != 0)
        throw std::runtime_error(std::string("cannot start ") + argv[0] + ": " + std::strerror(errno));
    // Everything the child needs is made before fork: between fork and exec only async-signal-safe calls.
    std::vector<char*> arguments;
    for (const std::string& argument : argv)
        arguments.push_back(const_cast<char*>(argument.c_str()));
    arguments.push_back(nullptr);
    const pid_t parent = ::getpid();
    pid_t child = ::fork();
    if (child < 0) {
        const int error = errno;
        ::close(channel[0]);
        ::close(channel[1]);
        throw std::runtime_error(std::string("cannot start ") + argv[0] + ": " + std::strerror(error));
    }
    if (child == 0) {
        // A solver left running by a program that crashed would hold a core for its whole time limit.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127);
        // The parent may block or ignore signals (a GUI thread, a sanitizer): the child starts clean.
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        ::signal(SIGINT, SIG_DFL);
        ::signal(SIGPIPE, SIG_DFL);
        const int input = ::open("/dev/null", O_RDONLY);
        if (input >= 0)
            ::dup2(input, STDIN_FILENO);
        ::dup2(channel[1], STDOUT_FILENO);
        ::dup2(channel[1], STDERR_FILENO);
        ::execv(arguments[0], arguments.data());
        ::_exit(127);
    }
    ::close(channel[1]);
    pid_ = child;
    output_ = channel[0];
}

ChildProcess::~ChildProcess()
{
    if (output_ >= 0)
        ::close(output_);
    if (!reaped_ && pid_ > 0) {
        ::kill(pid_, SIGKILL);
        wait();
    }
}

bool ChildProcess::readLines(std::chrono::milliseconds timeout, std::vector<std::string>& lines)
{
    if (output_ < 0)
        return false;
    pollfd ready{output_, POLLIN, 0};
    const int count = ::poll(&ready, 1, int(timeout.count()));
    if (count <= 0)
        return count == 0 || errno == EINTR; // nothing yet
    char buffer[1 << 16];
    const ssize_t n = ::read(output_, buffer, sizeof buffer);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return true;
    if (n <= 0) {
        if (!partial_.empty())
            lines.push_back(std::move(partial_));
        partial_.clear();
        ::close(output_);
        output_ = -1;
        return false;
    }
    partial_.append(buffer, std::size_t(n));
    std::size_t start = 0;
    for (std::size_t end; (end = partial_.find('\n', start)) != std::string::npos; start = end + 1)
        lines.push_back(partial_.substr(start, end - start));
    partial_.erase(0, start);
    return true;
}

void ChildProcess::signal(int number)
{
    if (!reaped_ && pid_ > 0)
        ::kill(pid_, number);
}

int ChildProcess::wait()
{
    if (reaped_)
        return status_;
    while (::waitpid(pid_, &status_, 0) < 0 && errno == EINTR) {
    }
    reaped_ = true;
    return status_;
}

} // namespace gradus::core::mip
