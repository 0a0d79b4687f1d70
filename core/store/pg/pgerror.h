#pragma once

#include "util/error.h"

#include <QByteArray>

namespace revalign {

// A failure talking to a PostgreSQL server. The message is fit to show a person as is: it names the
// server as host:port/db, says what went wrong in plain words and never contains the password. kind()
// lets callers react without parsing text (offer "Reconnect" on ConnectionLost, ask for the password on
// AuthenticationFailed, ...); sqlState() is the server's five-character code where the server sent one.
class PgError final : public Error {
public:
    enum class Kind {
        InvalidAddress,       // the URL or conninfo string cannot be parsed
        Unreachable,          // no server answers there (down, wrong host or port, firewall, timeout)
        PasswordMissing,      // the server wants a password and none was given (keychain, ~/.pgpass)
        AuthenticationFailed, // wrong password, unknown role, or pg_hba.conf refuses this client
        DatabaseMissing,      // the server runs, but not that database
        TlsRequired,          // the server accepts this client only over TLS
        TlsFailed,            // TLS was asked for and could not be set up or verified
        ConnectionLost,       // the connection dropped (server restart, pg_terminate_backend, network)
        Cancelled,            // the caller cancelled the wait or the statement
        Query,                // the server refused a statement (constraint, syntax, permission...)
    };

    PgError(Kind kind, const QString& message, QByteArray sqlState = {})
        : Error(message)
        , m_kind(kind)
        , m_sqlState(std::move(sqlState)) {}

    Kind kind() const noexcept { return m_kind; }
    const QByteArray& sqlState() const noexcept { return m_sqlState; }

private:
    Kind m_kind;
    QByteArray m_sqlState;
};

} // namespace revalign
