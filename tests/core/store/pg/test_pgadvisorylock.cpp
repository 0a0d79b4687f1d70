#include "store/pg/pgadvisorylock.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pgstatement.h"

#include "pgscratch.h"
#include "testsupport.h"

#include <csignal>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

using namespace revalign;
using namespace revalign::test;

namespace {
// Lock keys are per workspace schema, and each fixture has a schema of its own; a resource number of its
// own per test process keeps cases apart even so.
qint32 testResource() {
    return 100000 + static_cast<qint32>(::getpid() % 1000000);
}

struct Fixture {
    explicit Fixture(const PgTestServer& s)
        : server(s)
        , first(s.url)
        , schema(s, first)
        , second(s.url) {
        schema.use(second);
        PgAdvisoryLock::ensureSchema(first);
    }
    const PgTestServer& server;
    PgConnection first;
    PgScratchSchema schema;
    PgConnection second;
};
} // namespace

TEST_CASE("PgAdvisoryLock: a second import waits, sees who holds the lock, and gets it on release", "[pg]") {
    REVALIGN_NEED_PG(server);
    Fixture f(server);
    const qint32 key = testResource();
    PgAdvisoryLock anna(f.first, key,
                        {QStringLiteral("anna"), QStringLiteral("laptop"), QStringLiteral("Import")});
    REQUIRE(anna.tryAcquire());
    CHECK(anna.isHeld());

    PgAdvisoryLock ben(f.second, key,
                       {QStringLiteral("ben"), QStringLiteral("desktop"), QStringLiteral("Import")});
    CHECK_FALSE(ben.tryAcquire());
    const std::optional<PgLockHolder> holder = ben.holder();
    REQUIRE(holder);
    CHECK(holder->described);
    CHECK(holder->pid == f.first.backendPid());
    CHECK(holder->who == u"anna");
    CHECK(holder->host == u"laptop");
    CHECK(holder->since.isValid());
    // The message the waiting user reads, for a lock taken at 09:14 today.
    PgLockHolder at914 = *holder;
    const QDateTime today914(QDate::currentDate(), QTime(9, 14));
    at914.since = today914.toUTC();
    CHECK(at914.waitingMessage(today914.addSecs(600)) == u"Import by anna@laptop since 09:14 — waiting…");
    CHECK(at914.describe(today914.addDays(1)) ==
          u"Import by anna@laptop since " + today914.toString(QStringLiteral("yyyy-MM-dd")) + u" 09:14");

    // anna releases from another thread once ben is waiting; ben is told about anna first.
    std::vector<QString> shown;
    std::jthread releaser;
    const auto outcome = ben.acquire([&](const PgLockHolder& h) {
        shown.push_back(h.describe());
        if (!releaser.joinable())
            releaser = std::jthread([&] { anna.release(); });
    });
    CHECK(outcome == PgAdvisoryLock::Outcome::Acquired);
    REQUIRE(shown.size() >= 1);
    CHECK(shown.front().startsWith(u"Import by anna@laptop since "));
    releaser.join();
    CHECK_FALSE(anna.isHeld());
    CHECK(ben.isHeld());
    const std::optional<PgLockHolder> now = anna.holder();
    REQUIRE(now);
    CHECK(now->who == u"ben");
    ben.release();
    CHECK_FALSE(anna.holder());
}

TEST_CASE("PgAdvisoryLock: waiting can be cancelled, and times out", "[pg]") {
    REVALIGN_NEED_PG(server);
    Fixture f(server);
    const qint32 key = testResource();
    PgAdvisoryLock holder(f.first, key, PgLockIntent::ofThisProcess(QStringLiteral("Import")));
    REQUIRE(holder.tryAcquire());
    PgAdvisoryLock waiter(f.second, key, PgLockIntent::ofThisProcess(QStringLiteral("Import")));
    SECTION("cancelled from another thread while waiting (the dialog's Cancel button)") {
        std::stop_source stop;
        std::jthread canceller;
        const auto outcome = waiter.acquire(
            [&](const PgLockHolder&) {
                canceller = std::jthread([&] {
                    std::this_thread::sleep_for(std::chrono::milliseconds(100));
                    stop.request_stop();
                });
            },
            stop.get_token());
        CHECK(outcome == PgAdvisoryLock::Outcome::Cancelled);
    }
    SECTION("timed out") {
        const auto outcome =
            waiter.acquire({}, {}, std::chrono::milliseconds(300), std::chrono::milliseconds(100));
        CHECK(outcome == PgAdvisoryLock::Outcome::TimedOut);
    }
    CHECK_FALSE(waiter.isHeld());
    CHECK(holder.isHeld());
    // The waiter's connection is clean: not listening any more, nothing pending.
    PgStatement listening(f.second, "SELECT count(*) FROM pg_listening_channels()");
    REQUIRE(listening.step());
    CHECK(listening.int64(0) == 0);
}

TEST_CASE("PgAdvisoryLock: a holder killed with SIGKILL releases the lock", "[pg]") {
    REVALIGN_NEED_PG(server);
    Fixture f(server);
    const qint32 key = testResource();
    int ready[2];
    REQUIRE(::pipe(ready) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // The child: its own connection (never share a PGconn across fork), take the lock, say so, sleep.
        ::close(ready[0]);
        char ok = 'n';
        try {
            PgConnection conn(server.url);
            f.schema.use(conn);
            PgAdvisoryLock lock(conn, key,
                                {QStringLiteral("child"), QStringLiteral("box"), QStringLiteral("Import")});
            ok = lock.tryAcquire() ? 'y' : 'n';
            (void)!::write(ready[1], &ok, 1);
            for (;;)
                ::pause();
        } catch (...) {
            (void)!::write(ready[1], &ok, 1);
        }
        ::_exit(1);
    }
    ::close(ready[1]);
    char ok = 0;
    REQUIRE(::read(ready[0], &ok, 1) == 1);
    ::close(ready[0]);
    REQUIRE(ok == 'y');

    PgAdvisoryLock waiter(f.second, key, PgLockIntent::ofThisProcess(QStringLiteral("Import")));
    CHECK_FALSE(waiter.tryAcquire());
    const std::optional<PgLockHolder> h = waiter.holder();
    REQUIRE(h);
    CHECK(h->who == u"child");
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    CHECK(WIFSIGNALED(status));
    // No release, no NOTIFY: the server drops the dead session's locks and the poll finds the lock free.
    const auto outcome = waiter.acquire({}, {}, std::chrono::seconds(60), std::chrono::milliseconds(100));
    CHECK(outcome == PgAdvisoryLock::Outcome::Acquired);
    // The dead holder's description row is still there, but not shown: pg_locks says who holds the lock.
    const std::optional<PgLockHolder> mine = waiter.holder();
    REQUIRE(mine);
    CHECK(mine->pid == f.second.backendPid());
}

TEST_CASE("PgAdvisoryLock: a holder that never described itself is named from pg_stat_activity", "[pg]") {
    REVALIGN_NEED_PG(server);
    Fixture f(server);
    const qint32 key = testResource();
    // Another tool (or a RevAlign between taking the lock and writing who it is) holds the key.
    PgAdvisoryLock waiter(f.second, key, PgLockIntent::ofThisProcess(QStringLiteral("Import")));
    PgStatement raw(f.first, "SELECT pg_advisory_lock($1::int4, $2::int4)");
    raw.bind(1, qint64(PgAdvisoryLock::kClass)).bind(2, qint64(waiter.key())).run();
    const std::optional<PgLockHolder> h = waiter.holder();
    REQUIRE(h);
    CHECK_FALSE(h->described);
    CHECK(h->who == u"revalign_test");
    CHECK(h->what == u"RevAlign"); // its application_name
    CHECK(h->describe() == u"RevAlign by revalign_test@" + h->host);
    CHECK_FALSE(h->since.isValid());
}
