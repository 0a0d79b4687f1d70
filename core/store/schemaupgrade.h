#pragma once

#include "store/pg/pgadvisorylock.h"

#include <chrono>
#include <functional>
#include <stop_token>

namespace revalign {

class PgConnection;

struct SchemaUpgradeResult {
    int from = 0;    // schema version found (0: the database was empty)
    int to = 0;      // schema version now
    int applied = 0; // migrations run
};

// Creates or upgrades the RevAlign schema in the PostgreSQL schema `conn` works in (current_schema()):
// takes the Schema advisory lock (waiting while another upgrade holds it: `waiting` is told who), reads
// the version again under it, runs each pending migration in its own transaction with the
// revalign_meta bump, releases the lock and, when something changed, NOTIFYs revalign_schema so open
// apps reopen. Never touches a database that is not ours or one a newer RevAlign upgraded (Error naming
// the address, without password). A failed migration leaves the database at the last one that committed.
SchemaUpgradeResult upgradeSchema(PgConnection& conn, const PgLockIntent& intent,
                                  const std::function<void(const PgLockHolder&)>& waiting = {},
                                  std::stop_token stop = {},
                                  std::chrono::milliseconds timeout = std::chrono::minutes(10));

} // namespace revalign
