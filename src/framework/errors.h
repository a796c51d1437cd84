#pragma once
// Errors that reach the user. Each carries the message to show and the CLI exit code it maps to.

#include <QString>
#include <exception>

namespace gradus {

class GradusError : public std::exception {
public:
    explicit GradusError(QString message) : message_(std::move(message)), utf8_(message_.toUtf8()) {}
    const QString& message() const { return message_; }
    const char* what() const noexcept override { return utf8_.constData(); }
    virtual int exitCode() const = 0;

private:
    QString message_;
    QByteArray utf8_;
};

// The user asked for something that cannot be: unknown lesson or parameter, value out of range,
// malformed option. CLI exit code 2.
class UsageError : public GradusError {
public:
    using GradusError::GradusError;
    int exitCode() const override { return 2; }
};

// A file could not be read, written or understood (missing, unreadable, wrong format, bad
// contents). CLI exit code 3.
class InputError : public GradusError {
public:
    using GradusError::GradusError;
    int exitCode() const override { return 3; }
};

// The machine cannot do what was asked (e.g. no OpenGL for a 3D view without a display).
// CLI exit code 1.
class EnvironmentError : public GradusError {
public:
    using GradusError::GradusError;
    int exitCode() const override { return 1; }
};

} // namespace gradus
