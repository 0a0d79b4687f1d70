#include "store/pg/pgconnection.h"

#include "store/pg/pgmessages.h"
#include "store/pg/pgresult.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <libpq-fe.h>
#include <poll.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <iterator>
#include <memory>
#include <utility>

namespace revalign {

// Quiet unless asked (QT_LOGGING_RULES="revalign.pg.info=true"): the CLI's stderr carries one line per
// problem, and the errors themselves travel as PgError.
Q_LOGGING_CATEGORY(lcPg, "revalign.pg", QtWarningMsg)

namespace {
using Clock = std::chrono::steady_clock;

// Server notices ("relation already exists, skipping") would go to stderr by default and garble the
// CLI's one-line-per-problem output; they are diagnostics, so they go to the log category.
void noticeToLog(void*, const PGresult* result) {
    const char* text = PQresultErrorField(const_cast<PGresult*>(result), PG_DIAG_MESSAGE_PRIMARY);
    qCDebug(lcPg) << "server notice:" << (text ? text : "");
}

// Waits for `events` on `fd` for at most `slice`; EINTR counts as "nothing yet".
int waitSocket(int fd, short events, std::chrono::milliseconds slice) {
    pollfd p{fd, events, 0};
    const int rc = ::poll(&p, 1, static_cast<int>(slice.count()));
    return rc < 0 && errno == EINTR ? 0 : rc;
}

int connectTimeoutSeconds(const PgConnInfo& info) {
    int seconds = 10;
    const std::string v = info.value("connect_timeout").toStdString();
    std::from_chars(v.data(), v.data() + v.size(), seconds);
    return seconds;
}
} // namespace

PgConnection::PgConnection(const QString& address, std::stop_token stop)
    : PgConnection(PgConnInfo::parse(address), std::move(stop)) {}

PgConnection::PgConnection(PgConnInfo info, std::stop_token stop)
    : m_info(std::move(info)) {
    if (!m_info.has("connect_timeout"))
        m_info.set("connect_timeout", QStringLiteral("10"));
    if (!m_info.has("application_name") && !m_info.has("fallback_application_name"))
        m_info.set("fallback_application_name", QStringLiteral("RevAlign"));
    m_info.set("client_encoding", QStringLiteral("UTF8")); // every string crossing this API is UTF-8
    open(std::move(stop));
}

PgConnection::~PgConnection() {
    close();
}

void PgConnection::close() {
    {
        std::lock_guard lock(m_cancelMutex);
        if (m_cancel)
            PQfreeCancel(m_cancel);
        m_cancel = nullptr;
    }
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

void PgConnection::open(std::stop_token stop) {
    std::vector<const char*> keys;
    std::vector<const char*> values;
    for (const auto& [k, v] : m_info.options()) {
        keys.push_back(k.c_str());
        values.push_back(v.c_str());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    PGconn* conn = PQconnectStartParams(keys.data(), values.data(), 0);
    if (!conn)
        throw PgError(
            PgError::Kind::Unreachable,
            QCoreApplication::translate("PgConnection", "%1: out of memory").arg(m_info.redacted()));
    // Verbose errors carry the server's SQLSTATE even during authentication, where no PGresult exists:
    // the code, unlike the text, does not change with the server's language.
    PQsetErrorVerbosity(conn, PQERRORS_VERBOSE);

    // libpq ignores connect_timeout in this asynchronous mode: we keep the deadline (and watch `stop`).
    const int timeout = connectTimeoutSeconds(m_info);
    const auto deadline = Clock::now() + std::chrono::seconds(timeout > 0 ? timeout : 3600 * 24);
    PostgresPollingStatusType status =
        PQstatus(conn) == CONNECTION_BAD ? PGRES_POLLING_FAILED : PGRES_POLLING_WRITING;
    while (status != PGRES_POLLING_OK && status != PGRES_POLLING_FAILED) {
        const short events = status == PGRES_POLLING_READING ? POLLIN : POLLOUT;
        int ready = 0;
        while (ready == 0) {
            if (stop.stop_requested() || Clock::now() >= deadline) {
                const QString server = pgmessages::serverName(conn);
                PQfinish(conn);
                if (stop.stop_requested())
                    throw PgError(PgError::Kind::Cancelled,
                                  QCoreApplication::translate("PgConnection", "%1: connecting was cancelled")
                                      .arg(server));
                throw pgmessages::timeoutError(m_info, server, timeout);
            }
            ready = waitSocket(PQsocket(conn), events, std::chrono::milliseconds(100));
        }
        status = PQconnectPoll(conn);
    }
    if (status == PGRES_POLLING_FAILED) {
        const QString server = pgmessages::serverName(conn);
        PgError error = pgmessages::connectError(conn, m_info, server);
        qCInfo(lcPg).noquote() << "connect failed:" << error.message();
        PQfinish(conn);
        throw error;
    }
    PQsetErrorVerbosity(conn, PQERRORS_DEFAULT);
    PQsetNoticeReceiver(conn, &noticeToLog, nullptr);
    m_conn = conn;
    m_serverName = pgmessages::serverName(conn);
    ++m_generation;
    {
        std::lock_guard lock(m_cancelMutex);
        m_cancel = PQgetCancel(conn);
    }
    qCInfo(lcPg).noquote() << "connected to" << m_serverName << "as" << user() << "server" << serverVersion()
                           << (tlsInUse() ? "TLS" : "no TLS") << "pid" << backendPid();
}

void PgConnection::reconnect(std::stop_token stop) {
    qCInfo(lcPg).noquote() << "reconnecting to" << m_info.redacted();
    close();
    open(std::move(stop));
}

bool PgConnection::isOpen() const {
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

QString PgConnection::user() const {
    return QString::fromUtf8(m_conn ? PQuser(m_conn) : "");
}

int PgConnection::serverVersion() const {
    return m_conn ? PQserverVersion(m_conn) : 0;
}

int PgConnection::backendPid() const {
    return m_conn ? PQbackendPID(m_conn) : 0;
}

bool PgConnection::tlsInUse() const {
    return m_conn && PQsslInUse(m_conn);
}

bool PgConnection::inTransaction() const {
    return m_conn && PQtransactionStatus(m_conn) != PQTRANS_IDLE;
}

int PgConnection::socket() const {
    return m_conn ? PQsocket(m_conn) : -1;
}

std::string PgConnection::nextName(std::string_view prefix) {
    return std::string(prefix) + std::to_string(m_generation) + '_' + std::to_string(++m_names);
}

PgError PgConnection::errorFor(const pg_result* result) const {
    if (!m_conn)
        return PgError(
            PgError::Kind::ConnectionLost,
            QCoreApplication::translate("PgConnection", "%1: the connection is closed").arg(m_serverName));
    PgError error = pgmessages::resultError(m_conn, result, m_info, m_serverName);
    if (error.kind() == PgError::Kind::ConnectionLost)
        qCInfo(lcPg).noquote() << error.message();
    return error;
}

void PgConnection::check(const pg_result* result) const {
    const ExecStatusType s = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK)
        fail(result);
}

qint64 PgConnection::exec(std::string_view sql) {
    if (!m_conn)
        fail(nullptr);
    const std::string owned(sql);
    PgResultPtr r(PQexec(m_conn, owned.c_str()));
    check(r.get());
    const char* n = PQcmdTuples(r.get());
    qint64 rows = 0;
    std::from_chars(n, n + std::char_traits<char>::length(n), rows);
    return rows;
}

std::string PgConnection::quoteIdentifier(std::string_view name) const {
    std::string out = "\"";
    for (char ch : name) {
        if (ch == '"')
            out += '"';
        out += ch;
    }
    return out + '"';
}

void PgConnection::listen(std::string_view channel) {
    exec("LISTEN " + quoteIdentifier(channel));
}

void PgConnection::unlisten(std::string_view channel) {
    exec("UNLISTEN " + quoteIdentifier(channel));
}

void PgConnection::notify(std::string_view channel, const QJsonObject& payload) {
    const QByteArray json = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    if (json.size() >= 8000)
        throw Error(QStringLiteral("internal: NOTIFY payload of %1 bytes exceeds the server's 7999")
                        .arg(json.size()));
    const std::string ch(channel);
    const char* values[] = {ch.c_str(), json.constData()};
    PgResultPtr r(PQexecParams(m_conn, "SELECT pg_notify($1, $2)", 2, nullptr, values, nullptr, nullptr, 0));
    check(r.get());
}

void PgConnection::collectNotifications() {
    if (!m_conn || !PQconsumeInput(m_conn))
        fail(nullptr); // a dropped connection reads as EOF here: say so the way statements do
    const int self = PQbackendPID(m_conn);
    while (PGnotify* n = PQnotifies(m_conn)) {
        PgNotification note;
        note.channel = QString::fromUtf8(n->relname);
        note.rawPayload = QByteArray(n->extra);
        note.senderPid = n->be_pid;
        note.fromThisConnection = n->be_pid == self;
        const QJsonDocument doc = QJsonDocument::fromJson(note.rawPayload);
        if (doc.isObject())
            note.payload = doc.object();
        PQfreemem(n);
        m_notes.push_back(std::move(note));
    }
}

std::vector<PgNotification> PgConnection::takeNotifications(std::string_view channel) {
    collectNotifications();
    if (channel.empty())
        return std::exchange(m_notes, {});
    std::vector<PgNotification> out;
    const QString wanted = QString::fromUtf8(channel.data(), static_cast<qsizetype>(channel.size()));
    const auto rest = std::stable_partition(m_notes.begin(), m_notes.end(),
                                            [&](const PgNotification& n) { return n.channel != wanted; });
    std::move(rest, m_notes.end(), std::back_inserter(out));
    m_notes.erase(rest, m_notes.end());
    return out;
}

bool PgConnection::waitForNotification(std::chrono::milliseconds timeout, std::stop_token stop,
                                       std::string_view channel) {
    const QString wanted = QString::fromUtf8(channel.data(), static_cast<qsizetype>(channel.size()));
    const auto arrived = [&] {
        return std::any_of(m_notes.begin(), m_notes.end(),
                           [&](const PgNotification& n) { return wanted.isEmpty() || n.channel == wanted; });
    };
    // Notifications may already sit in libpq's buffer, read along with an earlier result.
    collectNotifications();
    const auto deadline = Clock::now() + timeout;
    while (!arrived()) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0 || stop.stop_requested())
            return false;
        // Short slices, so a stop request is seen within 50 ms without a second wake-up channel.
        if (waitSocket(PQsocket(m_conn), POLLIN, std::min(left, std::chrono::milliseconds(50))) > 0)
            collectNotifications();
    }
    return true;
}

void PgConnection::cancel() {
    std::lock_guard lock(m_cancelMutex);
    if (!m_cancel)
        return;
    char err[256];
    if (!PQcancel(m_cancel, err, sizeof err))
        qCInfo(lcPg) << "cancel request failed:" << err;
}

} // namespace revalign
