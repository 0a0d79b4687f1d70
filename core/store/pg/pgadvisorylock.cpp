#include "store/pg/pgadvisorylock.h"

#include "store/pg/pgstatement.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace revalign {

namespace {
using Clock = std::chrono::steady_clock;

constexpr std::string_view kHolderTable = R"sql(
CREATE TABLE IF NOT EXISTS revalign_lock_holder (
    lock_key integer PRIMARY KEY,
    pid      integer NOT NULL,
    who      text NOT NULL,
    host     text NOT NULL,
    what     text NOT NULL,
    since    timestamptz NOT NULL
))sql";

// Stops listening for releases however acquire() ends.
class ListenGuard final {
public:
    explicit ListenGuard(PgConnection& conn)
        : m_conn(conn) {}
    ~ListenGuard() {
        if (!m_listening || !m_conn.isOpen())
            return;
        try {
            m_conn.unlisten(PgAdvisoryLock::kReleasedChannel);
            m_conn.takeNotifications(PgAdvisoryLock::kReleasedChannel);
        } catch (const Error&) {
            // The session is going; its LISTENs go with it.
        }
    }
    void listen() {
        m_conn.listen(PgAdvisoryLock::kReleasedChannel);
        m_listening = true;
    }
    bool listening() const { return m_listening; }

private:
    PgConnection& m_conn;
    bool m_listening = false;
};
} // namespace

PgLockIntent PgLockIntent::ofThisProcess(const QString& what) {
    QString who = qEnvironmentVariable("USER");
    if (who.isEmpty())
        who = qEnvironmentVariable("LOGNAME");
    if (who.isEmpty())
        if (const passwd* pw = ::getpwuid(::getuid()))
            who = QString::fromLocal8Bit(pw->pw_name);
    if (who.isEmpty())
        who = QString::number(::getuid());
    return {who, QSysInfo::machineHostName(), what};
}

QString PgLockHolder::describe(const QDateTime& now) const {
    const QString by = host.isEmpty() ? who : who + u'@' + host;
    const QString task = what.isEmpty() ? QCoreApplication::translate("PgAdvisoryLock", "Work") : what;
    if (!since.isValid())
        return QCoreApplication::translate("PgAdvisoryLock", "%1 by %2").arg(task, by);
    const QDateTime local = since.toLocalTime();
    const QString at = local.date() == now.toLocalTime().date()
                           ? local.toString(QStringLiteral("HH:mm"))
                           : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return QCoreApplication::translate("PgAdvisoryLock", "%1 by %2 since %3").arg(task, by, at);
}

QString PgLockHolder::waitingMessage(const QDateTime& now) const {
    return QCoreApplication::translate("PgAdvisoryLock", "%1 — waiting…").arg(describe(now));
}

PgAdvisoryLock::PgAdvisoryLock(PgConnection& conn, qint32 resource, PgLockIntent intent)
    : m_conn(conn)
    , m_resource(resource)
    , m_intent(std::move(intent)) {}

PgAdvisoryLock::~PgAdvisoryLock() {
    try {
        release();
    } catch (const Error&) {
        // The server releases session locks when the session ends; nothing is left behind.
    }
}

void PgAdvisoryLock::ensureSchema(PgConnection& conn) {
    // CREATE TABLE IF NOT EXISTS races with itself (two sessions may both pass the check); a transaction
    // lock on a key of our own class lets one create and the other find it.
    conn.exec("BEGIN");
    try {
        conn.exec("SELECT pg_advisory_xact_lock(" + std::to_string(kClass) + ", 0)");
        conn.exec(kHolderTable);
        conn.exec("COMMIT");
    } catch (...) {
        if (conn.isOpen())
            conn.exec("ROLLBACK");
        throw;
    }
}

qint32 PgAdvisoryLock::key() {
    // Per workspace, not per database: two workspaces in two schemas of one database (each test case has
    // its own; a company may keep a test workspace beside the real one) must not wait for each other. The
    // key is a hash of the schema the workspace lives in (the session's current_schema(), which its URL's
    // search_path picks) and the resource.
    if (m_key == 0 || m_keyGeneration != m_conn.generation()) {
        // Non-negative: pg_locks shows objid as an (unsigned) oid, which holder() compares with.
        PgStatement st(
            m_conn, "SELECT hashtext(coalesce(current_schema(), '') || '/' || $1::int4::text) & 2147483647");
        st.bind(1, static_cast<qint64>(m_resource));
        if (!st.step())
            throw Error(QStringLiteral("internal: no key for the %1 lock").arg(m_resource));
        m_key = st.int32(0);
        m_keyGeneration = m_conn.generation();
    }
    return m_key;
}

bool PgAdvisoryLock::isHeld() const {
    return m_heldGeneration != 0 && m_heldGeneration == m_conn.generation() && m_conn.isOpen();
}

bool PgAdvisoryLock::tryAcquire() {
    if (isHeld())
        return true;
    if (m_conn.inTransaction())
        throw Error(QStringLiteral("internal: take the %1 lock outside a transaction").arg(m_resource));
    PgStatement take(m_conn, "SELECT pg_try_advisory_lock($1::int4, $2::int4)");
    take.bind(1, static_cast<qint64>(kClass)).bind(2, static_cast<qint64>(key()));
    if (!take.step() || !take.boolean(0))
        return false;
    m_heldGeneration = m_conn.generation();
    try {
        PgStatement describe(m_conn,
                             "INSERT INTO revalign_lock_holder(lock_key, pid, who, host, what, since) "
                             "VALUES ($1, pg_backend_pid(), $2, $3, $4, now()) ON CONFLICT (lock_key) DO "
                             "UPDATE SET pid = excluded.pid, who = excluded.who, host = excluded.host, "
                             "what = excluded.what, since = excluded.since");
        describe.bind(1, static_cast<qint64>(key()))
            .bind(2, m_intent.who)
            .bind(3, m_intent.host)
            .bind(4, m_intent.what)
            .run();
    } catch (...) {
        release();
        throw;
    }
    return true;
}

PgAdvisoryLock::Outcome PgAdvisoryLock::acquire(const std::function<void(const PgLockHolder&)>& waiting,
                                                std::stop_token stop, std::chrono::milliseconds timeout,
                                                std::chrono::milliseconds poll) {
    const auto deadline = Clock::now() + timeout;
    ListenGuard guard(m_conn);
    std::optional<PgLockHolder> shown;
    for (;;) {
        if (tryAcquire())
            return Outcome::Acquired;
        if (!guard.listening()) {
            // Listen first, then try again: a release between the failed try and the LISTEN would
            // otherwise only be noticed at the next poll.
            guard.listen();
            continue;
        }
        const std::optional<PgLockHolder> now = holder();
        if (now && now != shown) {
            shown = now;
            if (waiting)
                waiting(*now);
        }
        if (stop.stop_requested())
            return Outcome::Cancelled;
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            return Outcome::TimedOut;
        if (!now) {
            // Released between our try and the look: try again at once, but never spin on the server
            // (a holder this query cannot see would otherwise keep both sides busy).
            m_conn.waitForNotification(std::min(left, std::chrono::milliseconds(50)), stop, kReleasedChannel);
            continue;
        }
        m_conn.waitForNotification(std::min(left, poll), stop, kReleasedChannel);
        m_conn.takeNotifications(kReleasedChannel);
        if (stop.stop_requested())
            return Outcome::Cancelled;
    }
}

void PgAdvisoryLock::release() {
    if (!isHeld()) {
        m_heldGeneration = 0;
        return;
    }
    m_heldGeneration = 0;
    PgStatement forget(m_conn,
                       "DELETE FROM revalign_lock_holder WHERE lock_key = $1 AND pid = pg_backend_pid()");
    forget.bind(1, static_cast<qint64>(key())).run();
    PgStatement unlock(m_conn, "SELECT pg_advisory_unlock($1::int4, $2::int4), pg_notify($3, $4)");
    unlock.bind(1, static_cast<qint64>(kClass))
        .bind(2, static_cast<qint64>(key()))
        .bind(3, std::string_view(kReleasedChannel))
        .bind(4, std::to_string(key()))
        .run();
}

std::optional<PgLockHolder> PgAdvisoryLock::holder() {
    // pg_locks is the truth (a row of a dead holder may linger in revalign_lock_holder until the next
    // holder overwrites it); the description is joined on the holder's pid.
    PgStatement st(
        m_conn, "SELECT l.pid, h.who, h.host, h.what, extract(epoch FROM h.since)::int8, a.usename::text, "
                "coalesce(a.client_hostname, host(a.client_addr)), a.application_name "
                "FROM pg_locks l "
                "LEFT JOIN revalign_lock_holder h ON h.lock_key = $2 AND h.pid = l.pid "
                "LEFT JOIN pg_stat_activity a ON a.pid = l.pid "
                "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 "
                "AND l.classid::int8 = $1 AND l.objid::int8 = $2 "
                "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) LIMIT 1");
    st.bind(1, static_cast<qint64>(kClass)).bind(2, static_cast<qint64>(key()));
    if (!st.step())
        return std::nullopt;
    PgLockHolder h;
    h.pid = st.int32(0);
    h.described = !st.isNull(1);
    if (h.described) {
        h.who = st.text(1);
        h.host = st.text(2);
        h.what = st.text(3);
        h.since = QDateTime::fromSecsSinceEpoch(st.int64(4), Qt::UTC);
    } else {
        h.who = st.text(5);
        h.host = st.isNull(6) ? QCoreApplication::translate("PgAdvisoryLock", "the server") : st.text(6);
        h.what = st.text(7);
    }
    return h;
}

} // namespace revalign
