#include "isolated_read.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <stdexcept>

#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace gradus::core::mip {
namespace {

class Writer {
public:
    template <typename T>
    void number(T value) { bytes_.append(reinterpret_cast<const char*>(&value), sizeof value); }
    void text(const std::string& value)
    {
        number<std::uint64_t>(value.size());
        bytes_ += value;
    }
    template <typename T>
    void numbers(const std::vector<T>& values)
    {
        number<std::uint64_t>(values.size());
        for (const T& value : values)
            number(value);
    }
    std::string take() { return std::move(bytes_); }

private:
    std::string bytes_;
};

class Reader {
public:
    explicit Reader(const std::string& bytes) : bytes_(bytes) {}
    template <typename T>
    T number()
    {
        T value;
        if (bytes_.size() - at_ < sizeof value)
            throw std::invalid_argument("the model reader's answer was cut short");
        std::memcpy(&value, bytes_.data() + at_, sizeof value);
        at_ += sizeof value;
        return value;
    }
    std::size_t count(std::size_t itemBytes)
    {
        const auto n = number<std::uint64_t>();
        if (itemBytes > 0 && n > (bytes_.size() - at_) / itemBytes)
            throw std::invalid_argument("the model reader's answer was cut short");
        return std::size_t(n);
    }
    std::string text()
    {
        const std::size_t n = count(1);
        std::string value = bytes_.substr(at_, n);
        at_ += n;
        return value;
    }
    template <typename T>
    std::vector<T> numbers()
    {
        std::vector<T> values(count(sizeof(T)));
        for (T& value : values)
            value = number<T>();
        return values;
    }

private:
    const std::string& bytes_;
    std::size_t at_ = 0;
};

void writeAll(int fd, const std::string& bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        done += std::size_t(n);
    }
}

} // namespace

std::string serializeModel(const LinearModel& model)
{
    Writer out;
    out.text(model.name);
    out.number<std::uint8_t>(model.maximize);
    out.numbers(model.objective);
    out.numbers(model.lower);
    out.numbers(model.upper);
    out.number<std::uint64_t>(model.integer.size());
    for (bool integer : model.integer)
        out.number<std::uint8_t>(integer);
    out.number<std::uint64_t>(model.columnNames.size());
    for (const std::string& name : model.columnNames)
        out.text(name);
    out.number<std::uint64_t>(model.rows.size());
    for (const auto& row : model.rows) {
        out.number<std::uint64_t>(row.size());
        for (const auto& [column, value] : row) {
            out.number<std::int32_t>(column);
            out.number(value);
        }
    }
    out.numbers(model.rowLower);
    out.numbers(model.rowUpper);
    return out.take();
}

LinearModel deserializeModel(const std::string& bytes)
{
    Reader in(bytes);
    LinearModel model;
    model.name = in.text();
    model.maximize = in.number<std::uint8_t>() != 0;
    model.objective = in.numbers<double>();
    model.lower = in.numbers<double>();
    model.upper = in.numbers<double>();
    model.integer.resize(in.count(1));
    for (std::size_t j = 0; j < model.integer.size(); ++j)
        model.integer[j] = in.number<std::uint8_t>() != 0;
    model.columnNames.resize(in.count(8));
    for (std::string& name : model.columnNames)
        name = in.text();
    model.rows.resize(in.count(8));
    for (auto& row : model.rows) {
        row.resize(in.count(sizeof(std::int32_t) + sizeof(double)));
        for (auto& entry : row) {
            entry.first = in.number<std::int32_t>();
            entry.second = in.number<double>();
        }
    }
    model.rowLower = in.numbers<double>();
    model.rowUpper = in.numbers<double>();
    return model;
}

LinearModel readInChildProcess(const std::function<LinearModel()>& read, int timeoutSeconds)
{
    int channel[2];
    if (::pipe(channel) != 0)
        throw std::invalid_argument(std::string("cannot start the model reader: ") + std::strerror(errno));
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(channel[0]);
        ::close(channel[1]);
        throw std::invalid_argument(std::string("cannot start the model reader: ") + std::strerror(errno));
    }
    if (child == 0) {
        // The child: read, answer "M" + model or "E" + message, and leave without running the parent's
        // exit handlers (they belong to the parent's threads and files).
        ::close(channel[0]);
        // A crash here must end this child quietly, not run handlers installed for the parent (a crash
        // reporter, or a sanitizer's report that would blame the parent's program).
        for (int deadly : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT})
            std::signal(deadly, SIG_DFL);
        // Appended rather than "M" + model: GCC 12 warns falsely (-Wrestrict) on operator+ with a temporary.
        std::string answer = "M";
        try {
            answer += serializeModel(read());
        } catch (const std::exception& error) {
            answer = std::string("E") + error.what();
        }
        writeAll(channel[1], answer);
        ::_exit(0);
    }
    ::close(channel[1]);
    std::string answer;
    bool timedOut = false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeoutSeconds);
    char buffer[65536];
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
        if (left <= 0) {
            timedOut = true;
            break;
        }
        pollfd wait{channel[0], POLLIN, 0};
        const int ready = ::poll(&wait, 1, int(std::min<long long>(left, 1000)));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0)
            continue;
        const ssize_t n = ::read(channel[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; // the child closed its end: finished or died
        answer.append(buffer, std::size_t(n));
    }
    ::close(channel[0]);
    if (timedOut)
        ::kill(child, SIGKILL);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (timedOut)
        throw std::invalid_argument("the reader did not finish within " + std::to_string(timeoutSeconds) +
                                    " s on this file, so it was stopped: the file is probably malformed");
    if (WIFSIGNALED(status))
        throw std::invalid_argument(std::string("the reader crashed on this file (") + strsignal(WTERMSIG(status)) +
                                    "): it is malformed; check its syntax, or save the model as MPS");
    if (answer.empty())
        throw std::invalid_argument("the reader stopped without an answer");
    if (answer[0] == 'E')
        throw std::invalid_argument(answer.substr(1));
    return deserializeModel(answer.substr(1));
}

} // namespace gradus::core::mip
