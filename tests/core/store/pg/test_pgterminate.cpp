#include "store/pg/pgconnection.h"
#include "store/pg/pgcopyin.h"
#include "store/pg/pgstatement.h"
#include "store/pg/pgtransaction.h"

#include "pgscratch.h"
#include "testsupport.h"

using namespace revalign;
using namespace revalign::test;

namespace {
void terminate(const PgTestServer& server, int pid) {
    PgConnection admin(server.url); // a role may end its own sessions: no superuser needed
    PgStatement kill(admin, "SELECT pg_terminate_backend($1, 10000)");
    kill.bind(1, pid);
    REQUIRE(kill.step());
    REQUIRE(kill.boolean(0));
}
} // namespace

TEST_CASE("A connection the server terminates fails with a clear error, and reconnect works", "[pg]") {
    REVALIGN_NEED_PG(server);
    PgConnection conn(server.url);
    PgScratchSchema schema(server, conn);
    conn.exec("CREATE TABLE t (x int8)");
    PgStatement insert(conn, "INSERT INTO t VALUES ($1)");
    insert.bind(1, 1).run();

    terminate(server, conn.backendPid());
    try {
        insert.bind(1, 2).run();
        FAIL("the statement ran on a terminated session");
    } catch (const PgError& e) {
        CHECK(e.kind() == PgError::Kind::ConnectionLost);
        // Whether the server's goodbye (57P01) is read before the socket's end depends on timing.
        const QString byServer =
            conn.serverName() +
            u": the connection to the server was lost (the server ended the session: an "
            u"administrator terminated it or the server is shutting down); reconnect to go on";
        const QString byNetwork = conn.serverName() +
                                  u": the connection to the server was lost (the server or "
                                  u"the network closed it); reconnect to go on";
        INFO(e.message());
        CHECK((e.message() == byServer || e.message() == byNetwork));
    }
    CHECK_FALSE(conn.isOpen());
    // Every further use says the same, without touching a dead socket.
    CHECK_THROWS_AS(conn.exec("SELECT 1"), PgError);

    conn.reconnect();
    CHECK(conn.isOpen());
    schema.use(conn);        // session settings went with the session
    insert.bind(1, 3).run(); // the statement prepares itself again on the new session
    PgStatement sum(conn, "SELECT sum(x) FROM t");
    REQUIRE(sum.step());
    CHECK(sum.int64(0) == 4); // 1 + 3: the insert of 2 never reached the server
}

TEST_CASE("A session terminated mid-transaction or mid-COPY leaves nothing half-written", "[pg]") {
    REVALIGN_NEED_PG(server);
    PgConnection conn(server.url);
    PgScratchSchema schema(server, conn);
    conn.exec("CREATE TABLE t (x int8)");
    SECTION("transaction") {
        PgTransaction tx(conn);
        conn.exec("INSERT INTO t SELECT generate_series(1, 1000)");
        terminate(server, conn.backendPid());
        try {
            tx.commit();
            FAIL("committed on a terminated session");
        } catch (const PgError& e) {
            CHECK(e.kind() == PgError::Kind::ConnectionLost);
            CHECK(
                e.message().endsWith(u" The server may or may not have saved the changes: check, and repeat "
                                     u"the work if they are missing."));
        }
    }
    SECTION("COPY") {
        try {
            PgTransaction tx(conn);
            PgCopyIn copy(conn, "t", {{"x", PgCopyIn::Type::Int8}}, PgCopyIn::Format::Binary, 4096);
            for (qint64 i = 0; i < 1000; ++i)
                copy.int64(i).endRow();
            terminate(server, conn.backendPid());
            for (qint64 i = 0; i < 100000; ++i)
                copy.int64(i).endRow();
            copy.finish();
            tx.commit();
            FAIL("COPY went on after the session ended");
        } catch (const PgError& e) {
            CHECK(e.kind() == PgError::Kind::ConnectionLost);
        }
    }
    conn.reconnect();
    schema.use(conn);
    PgStatement count(conn, "SELECT count(*) FROM t");
    REQUIRE(count.step());
    CHECK(count.int64(0) == 0);
}
