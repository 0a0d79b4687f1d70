#pragma once

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace revalign {

class Database;
class PgConnection;
class SqlDialect;

// "RvAl" — written to PRAGMA application_id so `file(1)` and RevAlign can tell a workspace from any
// other SQLite file.
inline constexpr int kApplicationId = 0x5276416c;

struct Migration {
    int version;
    std::string_view description;
    std::string_view sql; // with SqlDialect tokens: run migrationSql()
    // A migration that only changes how SQLite stores or checks something (its schema text, its b-trees)
    // runs as an empty step on PostgreSQL: the version numbers stay the same on both engines.
    bool sqliteOnly = false;
};

// Numbered migrations; version N brings a file from user_version N-1 to N. Never edit a released one:
// add the next number.
const std::vector<Migration>& migrations();
int latestSchemaVersion();
// The migration's SQL for one engine (its tokens expanded; empty for a SQLite-only one on PostgreSQL).
std::string migrationSql(const Migration& m, const SqlDialect& dialect);

// Gives the default deal stages their expected days (migration 7 does it for older files).
void seedDefaultExpectedDays(Database& db);

// Applies every migration above the file's user_version up to `target` (default: latest), each in its
// own transaction together with the user_version bump.
void migrate(Database& db, int target = -1);

// The same on a PostgreSQL schema (the connection's current_schema()): every migration above
// revalign_meta's schema_version up to `target`, each in its own transaction together with the version
// bump; migration 1 creates revalign_meta (see SchemaMeta). `who` is written as upgraded_by. The caller
// holds the Schema advisory lock (upgradeSchema() in schemaupgrade.h does). Returns how many ran.
int migrate(PgConnection& conn, int target = -1, const QString& who = {});

} // namespace revalign
