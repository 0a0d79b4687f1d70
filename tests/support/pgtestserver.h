#pragma once

#include <QString>

#include <optional>

namespace revalign::test {

// The throw-away PostgreSQL server `make test` starts around the suite (tests/pg/with-cluster.sh), read
// from the environment it exports. Absent when no server runs: tests that need one then return early
// with a warning, so the rest of the suite still runs on a machine without PostgreSQL.
struct PgTestServer {
    QString url;         // postgresql://revalign_test@127.0.0.1:PORT/DB (password via PGPASSFILE)
    QString password;    // the test roles' password: to check it never shows up in messages
    QString caFile;      // the CA that signed the server's certificate (issued for "localhost")
    QString socketDir;   // the unix socket directory
    QString tlsOnlyUser; // a role pg_hba.conf admits over TLS only
    QString binDir;      // the server's binaries (psql)
    int port = 0;
    QString database;

    // The URL with `query` ("sslmode=require") appended.
    QString urlWith(const QString& query) const;
};

std::optional<PgTestServer> pgTestServer();

} // namespace revalign::test

// Returns from the current test case (with a warning) when no test server runs.
#define REVALIGN_NEED_PG(var)                                                                                \
    const std::optional<revalign::test::PgTestServer> var##Opt = revalign::test::pgTestServer();             \
    if (!var##Opt) {                                                                                         \
        WARN("REVALIGN_TEST_PG is not set (no PostgreSQL test server): skipped; `make test` starts one");    \
        return;                                                                                              \
    }                                                                                                        \
    const revalign::test::PgTestServer& var = *var##Opt
