#pragma once

#include "store/pg/pgconninfo.h"
#include "store/pg/pgerror.h"

struct pg_conn;
struct pg_result;

namespace revalign::pgmessages {

// What a person reads when connecting or a statement fails: libpq's and the server's texts (and the
// server's SQLSTATE, which unlike the text is not translated by the server's locale) turned into one
// sentence naming the server and what to do. Internal to store/pg.

// "host:port/db" as libpq resolved them (even for a connection that failed).
QString serverName(const pg_conn* conn);
PgError connectError(const pg_conn* conn, const PgConnInfo& info, const QString& server);
PgError timeoutError(const PgConnInfo& info, const QString& server, int seconds);
// `result` may be null (libpq could not even build one: out of memory, connection gone).
PgError resultError(const pg_conn* conn, const pg_result* result, const PgConnInfo& info,
                    const QString& server);

} // namespace revalign::pgmessages
