#pragma once

#include "store/pg/pgconninfo.h"
#include "store/pg/pgerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

#include <chrono>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;
struct pg_cancel;

namespace revalign {

Q_DECLARE_LOGGING_CATEGORY(lcPg)

// One asynchronous notification (LISTEN/NOTIFY). Payloads are JSON objects by our protocol; a payload
// that is not one (another tool's NOTIFY on the same channel) arrives with `payload` empty and the
// bytes in `rawPayload`.
struct PgNotification {
    QString channel;
    QJsonObject payload;
    QByteArray rawPayload;
    int senderPid = 0;
    bool fromThisConnection = false;
};

// Thin RAII over one libpq connection, the PostgreSQL counterpart of Database. We use libpq directly, not
// QtSql's QPSQL: prepared statements are reused without QVariant boxing (as with sqlite3), and libpq
// exposes what a shared workspace needs and QPSQL hides: COPY FROM STDIN, the socket for LISTEN/NOTIFY,
// cancellation, and a connection without a Qt plugin to deploy.
//
// A connection belongs to one thread at a time; only cancel() may be called from another thread while
// the owner waits in a call. Every failure throws PgError with a message naming the server as
// host:port/db and never the password.
class PgConnection final {
public:
    // Connects to `address` (URL or conninfo, see PgConnInfo). `stop` cancels a connection attempt that
    // is still waiting for the server (the GUI's "Test connection" button). Unless the address says
    // otherwise, waits at most 10 s for a server (connect_timeout) and speaks UTF-8.
    explicit PgConnection(const QString& address, std::stop_token stop = {});
    explicit PgConnection(PgConnInfo info, std::stop_token stop = {});
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;
    PgConnection(PgConnection&&) = delete;
    PgConnection& operator=(PgConnection&&) = delete;

    // Drops the old session (if any) and connects again with the same address. Prepared statements,
    // LISTENs and session locks of the old session are gone: statements prepare themselves again.
    void reconnect(std::stop_token stop = {});
    // True while the session is usable; false after the server or the network dropped it.
    bool isOpen() const;

    // Runs one or more statements that return no rows (DDL, SET, BEGIN...). Returns the rows the last
    // one affected, where it says.
    qint64 exec(std::string_view sql);

    // "host:port/db" of the server this connection talks to (socket directory for local sockets).
    QString serverName() const { return m_serverName; }
    QString user() const;
    const PgConnInfo& info() const { return m_info; }
    int serverVersion() const;
    int backendPid() const;
    bool tlsInUse() const;
    bool inTransaction() const;

    // LISTEN/NOTIFY. Channels are plain identifiers chosen by the store ("revalign_import"). notify()
    // sends `payload` as compact JSON (at most 7,999 bytes, the server's limit); it is delivered when the
    // sender's transaction commits (at once outside one).
    void listen(std::string_view channel);
    void unlisten(std::string_view channel);
    void notify(std::string_view channel, const QJsonObject& payload);
    // Reads what the server has sent without blocking and returns the notifications that arrived (only
    // those of `channel` when one is given; the others stay for the next call).
    std::vector<PgNotification> takeNotifications(std::string_view channel = {});
    // Waits until a notification arrives, `timeout` passes or `stop` is requested (seen within 50 ms).
    // Returns true when one is there to take (of `channel`, when given).
    bool waitForNotification(std::chrono::milliseconds timeout, std::stop_token stop = {},
                             std::string_view channel = {});
    // The socket to watch for notifications (QSocketNotifier, see PgNotificationListener); -1 if closed.
    int socket() const;

    // Asks the server to cancel what this connection is running now. Safe from any thread.
    void cancel();

    // For the statement, COPY and lock classes in this folder.
    pg_conn* handle() const { return m_conn; }
    // Bumped by every (re)connect, so a prepared statement knows when it must be prepared again.
    quint64 generation() const { return m_generation; }
    std::string nextName(std::string_view prefix);
    // The PgError `result` describes (or the connection's last error when `result` is null); fail()
    // throws it. Take the error before cleaning up: cleanup statements overwrite the connection's message.
    PgError errorFor(const pg_result* result) const;
    [[noreturn]] void fail(const pg_result* result) const { throw errorFor(result); }
    // Throws unless `result` has one of the two expected statuses; clears nothing.
    void check(const pg_result* result) const;
    // Quotes an identifier for SQL ("a""b"), as the server expects.
    std::string quoteIdentifier(std::string_view name) const;

private:
    void open(std::stop_token stop);
    void close();
    void collectNotifications();

    PgConnInfo m_info;
    pg_conn* m_conn = nullptr;
    QString m_serverName;
    quint64 m_generation = 0;
    quint64 m_names = 0;
    mutable std::mutex m_cancelMutex; // guards m_cancel against reconnect() while another thread cancels
    pg_cancel* m_cancel = nullptr;
    std::vector<PgNotification> m_notes; // read from the socket, not yet taken
};

} // namespace revalign
