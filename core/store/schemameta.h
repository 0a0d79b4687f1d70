#pragma once

#include "store/sqldialect.h"

#include <QString>
#include <QStringList>

namespace revalign {

class Database;
class PgConnection;

// The oldest RevAlign that may write the latest schema (what revalign_meta.min_writer_version says after
// an upgrade). Raise it together with a migration that older builds would damage by writing.
inline constexpr const char* kMinWriterVersion = "0.1.0";

// A workspace's record of itself, whichever engine holds it:
//   SQLite      PRAGMA application_id (0x5276416c, "RvAl") and PRAGMA user_version, in the file header
//   PostgreSQL  the one-row table revalign_meta (application_id, schema_version, min_writer_version,
//               created_at, upgraded_at, upgraded_by), created by migration 1 on that engine
// Store code asks this class instead of reading PRAGMAs, so it reads the same on both.
class SchemaMeta final {
public:
    explicit SchemaMeta(Database& db);
    explicit SchemaMeta(PgConnection& conn);

    SqlEngine engine() const { return m_pg ? SqlEngine::Postgres : SqlEngine::Sqlite; }

    enum class Kind {
        Empty,   // nothing in it yet (a new SQLite file, a PostgreSQL schema without tables)
        Ours,    // a RevAlign workspace
        Foreign, // tables of something else, or another application id
    };
    struct Info {
        Kind kind = Kind::Empty;
        int version = 0;          // 0 when empty
        QString minWriterVersion; // empty where the engine keeps none (SQLite)
        QString upgradedBy;       // PostgreSQL: who ran the last upgrade
        qint64 upgradedAt = 0;    // PostgreSQL: Unix seconds, 0 = never upgraded
        QString foreignReason;    // for Foreign: what gave it away, in words
    };
    Info read() const;
    // The schema version; 0 for an empty database. Throws Error for a PostgreSQL database that is not ours.
    int version() const;

    // Inside the transaction of migration `version`: records that it is applied (SQLite: application id
    // with migration 1, user_version; PostgreSQL: creates revalign_meta with migration 1, then
    // schema_version, min_writer_version, upgraded_at/_by).
    void recordMigration(int version, const QString& who = {});

    // How this build may use the workspace at `where` (a path, or a server address without password).
    struct Access {
        bool writable = false;
        bool needsUpgrade = false; // older schema: `revalign-cli upgrade` brings it up to date
        QString readOnlyReason;    // why not writable, a sentence without `where`
    };
    // Throws Error naming `where` for an empty database ("not a RevAlign workspace yet: run `revalign-cli
    // upgrade URL`") and for one that is not ours. Never writes: on PostgreSQL an older schema stays as it is
    // (others' apps still use it) and opens read-only until someone runs `revalign-cli upgrade URL`.
    // `appVersion` is this build's (REVALIGN_VERSION), a parameter so tests can play an older build.
    Access access(const QString& where, const QString& appVersion) const;

private:
    Database* m_db = nullptr;
    PgConnection* m_pg = nullptr;
};

// "the database is not empty (7 tables: a, b, c, d, e and 2 more)": why a team workspace is created, or a
// workspace copied, only into an empty database or schema (`tables` as found there, the lock holder's
// left out by the caller).
QString notEmptyReason(const QStringList& tables);

} // namespace revalign
