#pragma once

#include "store/pg/pgconnection.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>
#include <stop_token>

namespace revalign {

// Who wants a lock and for what; shown to whoever has to wait ("Import by anna@laptop since 09:14").
struct PgLockIntent {
    QString who;  // the person (login name unless the app knows better)
    QString host; // their machine
    QString what; // the work, in words ("Import", "Import of contacts.csv", "Upgrade")
    // The OS login and host name of this process.
    static PgLockIntent ofThisProcess(const QString& what);
};

// The session that holds a lock, as the server sees it now. `described` is false when the holder left
// no description (it is not RevAlign, or it is between taking the lock and writing it down): then who
// and host come from pg_stat_activity (role and client address) and `since` may be unknown.
struct PgLockHolder {
    int pid = 0;
    QString who;
    QString host;
    QString what;
    QDateTime since; // UTC
    bool described = false;
    friend bool operator==(const PgLockHolder&, const PgLockHolder&) = default;

    // "Import by anna@laptop since 09:14" (the date too when `since` is not on `now`'s day, local time).
    QString describe(const QDateTime& now = QDateTime::currentDateTime()) const;
    // "Import by anna@laptop since 09:14 — waiting…"
    QString waitingMessage(const QDateTime& now = QDateTime::currentDateTime()) const;
};

// A server-side advisory lock held by this session (pg_advisory_lock): taken before an import, so a second
// import waits instead of interleaving; readers take no lock and never wait. The server releases it when
// the session ends for any reason (release(), disconnect, a client killed with SIGKILL, a dropped network
// once the server notices), so a crashed client never leaves the workspace locked.
//
// Holders describe themselves in the table revalign_lock_holder (pid, who, host, what, since), written
// when the lock is taken; a waiter joins it with pg_locks, so a stale row of a dead holder is never shown.
// Releasing sends NOTIFY revalign_lock_released so waiters retry at once instead of at the next poll.
//
// Take and release locks outside transactions (the description must be visible to others at once). The
// key is (kClass, key()): the class is RevAlign's application id, so pg_locks shows our locks with
// classid 1383481708 apart from other applications' advisory locks; objid is a hash of the workspace's
// schema and the resource, so workspaces in different schemas of one database never wait for each other.
class PgAdvisoryLock final {
public:
    static constexpr qint32 kClass = 0x5276416c; // "RvAl", the workspace file's application_id
    static constexpr const char* kReleasedChannel = "revalign_lock_released";
    enum Resource : qint32 { Import = 1, Schema = 2 };

    PgAdvisoryLock(PgConnection& conn, qint32 resource, PgLockIntent intent);
    ~PgAdvisoryLock();
    PgAdvisoryLock(const PgAdvisoryLock&) = delete;
    PgAdvisoryLock& operator=(const PgAdvisoryLock&) = delete;

    // Creates revalign_lock_holder when missing (the PostgreSQL base migration will own it).
    static void ensureSchema(PgConnection& conn);

    // Takes the lock if it is free; never waits.
    bool tryAcquire();
    enum class Outcome { Acquired, Cancelled, TimedOut };
    // Takes the lock, waiting while another session holds it. `waiting` is called with the holder when
    // the wait starts and whenever the holder changes (on this thread). A release wakes the wait at once;
    // a holder that vanished without releasing (killed) is noticed within `poll`. `stop` cancels within
    // 50 ms. Waiters are not queued: whoever retries first after a release gets the lock.
    Outcome acquire(const std::function<void(const PgLockHolder&)>& waiting, std::stop_token stop = {},
                    std::chrono::milliseconds timeout = std::chrono::hours(24),
                    std::chrono::milliseconds poll = std::chrono::milliseconds(1000));
    void release();
    // False after release() and after the session was lost (the server let go of the lock then).
    bool isHeld() const;
    // Who holds the lock now (this session included); nullopt when it is free.
    std::optional<PgLockHolder> holder();

    // The lock's key within kClass: the resource and the workspace's schema (see the .cpp).
    qint32 key();

private:
    PgConnection& m_conn;
    qint32 m_resource;
    qint32 m_key = 0;
    quint64 m_keyGeneration = 0;
    PgLockIntent m_intent;
    quint64 m_heldGeneration = 0; // the connection generation the lock was taken in; 0 = not held
};

} // namespace revalign
