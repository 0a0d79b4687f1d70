#pragma once

#include <QString>

#include <stdexcept>

namespace revalign {

// Core reports failures by throwing Error. The message is already fit to show a user: it names the file
// (and line/column where known) and says what went wrong, so callers print it as is.
class Error : public std::runtime_error {
public:
    explicit Error(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message) {}
    const QString& message() const noexcept { return m_message; }

private:
    QString m_message;
};

} // namespace revalign
