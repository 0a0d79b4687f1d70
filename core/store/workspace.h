#pragma once

#include "domain/settings.h"
#include "store/database.h"

#include <QDateTime>
#include <QString>

#include <map>
#include <utility>
#include <vector>

namespace revalign {

struct WorkspaceSummary {
    int schemaVersion = 0;
    std::map<QString, qint64> counts; // table name -> rows: "contact", "opportunity", ...
    // The data range (store/dataspan.h): every dated fact, as local days in the workspace's time zone —
    // the same range the metrics snapshot and the filter bar's anchor use. Invalid when empty.
    QDate dataFrom, dataTo;
    QDateTime firstActivity; // the earliest and latest timed fact (UTC), within that range
    QDateTime lastActivity;
    std::map<QString, qint64> contactsByPersona; // persona name -> contacts ("" = outside every persona)
    std::vector<std::pair<QString, qint64>>
        contactsByStage; // stage key -> contacts that entered it, in funnel order
};

// How a caller means to use a workspace it opens.
enum class WorkspaceAccess {
    // Read and write when the workspace can be written; otherwise read only, and readOnlyReason() says
    // why (a read-only file, folder or disk, a full disk). Writes then fail with a message, not a crash.
    Auto,
    // For commands that write (import, undo): refused, with the reason, when the workspace cannot be
    // written.
    ReadWrite,
    // For reading (the CLI's metric commands, the GUI's pages): never writes the file, and reads a
    // workspace in a read-only folder or on read-only media too.
    ReadOnly,
};

// One RevAlign workspace file (.revalign): an SQLite database with our application_id, WAL journal and
// foreign keys on. Move-only; owns its connection.
class Workspace final {
public:
    // Creates a new workspace with the default funnel, deal stages, KPI registry and settings.
    // Fails (and touches nothing) if the file already exists. A postgresql:// URL (or conninfo) creates a
    // team workspace: the schema (every migration, revalign_meta) and the same defaults, only in an empty
    // database or schema (a non-empty one is refused naming the server and its tables, untouched).
    static Workspace create(const QString& path);
    // Opens an existing workspace. A missing file, a file that is not a workspace, one written by a newer
    // RevAlign, and a damaged one (a table, column or index of this version missing; the file cannot be
    // read) are refused with a message naming the file (and the `.before-vN` copy when one exists); a
    // refused open leaves the file as it was and no -wal/-shm behind. An older schema is migrated after a
    // full integrity check and a copy of the file kept beside it (`NAME.before-vN`): the only write an
    // open for reading makes, and only where the file can be written. A WAL an earlier write could not
    // copy into the file (the disk was full) is copied now; when that fails again, notices() says so.
    // The full integrity check is too slow for every open (11-30 s at a million contacts, see
    // schemacheck.h): `revalign-cli info --check` runs it, and so does every upgrade.
    //
    // A postgresql:// URL (or libpq conninfo) opens a team workspace: connects (PgError naming
    // host:port/db, never the password), checks SchemaMeta (empty and foreign databases refused; an older
    // schema refused with "run `revalign-cli upgrade URL`", never upgraded here; a newer one, or one only a
    // newer RevAlign may write, opened read-only with the reason) and the tables, columns and indexes.
    // Read-only access makes the session read-only on the server (default_transaction_read_only).
    static Workspace open(const QString& path, WorkspaceAccess access = WorkspaceAccess::Auto);

    Workspace(Workspace&&) noexcept = default;
    Workspace& operator=(Workspace&&) noexcept = default;

    Database& db() { return m_db; }
    // The file, or for a team workspace its URL without the password.
    const QString& path() const { return m_db.path(); }
    bool isTeam() const { return m_db.isPostgres(); }
    int schemaVersion();

    // Empty when this connection can write; else why not, for a person ("the folder is read-only").
    const QString& readOnlyReason() const { return m_readOnlyReason; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // What the caller should pass on (a checkpoint that failed); each a sentence without the file name.
    const QStringList& notices() const { return m_notices; }
    // After a large write has committed: copies the WAL into the file now. A failure (a full disk) does
    // not undo the write: it is added to notices() and the next open tries again.
    void compact();
    // PRAGMA integrity_check: empty when sound.
    QStringList integrityProblems();

    // Why `path` cannot be written right now, for a person, or empty: the file, folder or disk is
    // read-only, the disk is full, or another process (named where it left a WriterNote) is writing to
    // it. Opens nothing for writing and waits for nobody.
    static QString writeBlocker(const QString& path);

    WorkspaceSettings settings();
    void saveSettings(const WorkspaceSettings& settings, const QString& who);

    WorkspaceSummary summary();

private:
    explicit Workspace(Database db);
    static Workspace openForWriting(const QString& path, WorkspaceAccess access);
    static Workspace openForReading(const QString& path, const QString& readOnlyReason);
    static Workspace openTeam(const QString& address, WorkspaceAccess access);
    static Workspace createTeam(const QString& address);
    void configureConnection();
    void seedDefaults();
    // Refuses the open unless the schema is whole.
    void requireSound();
    // Copies into the file the WAL a full disk left behind (see open()).
    void finishCheckpoint();

    Database m_db;
    QString m_readOnlyReason;
    QStringList m_notices;
};

// Reads the first 100 bytes of a file and tells whether it is a RevAlign workspace this build can open,
// without letting SQLite touch it. Throws Error with the reason otherwise.
void checkWorkspaceHeader(const QString& path);

// " A copy from before the upgrade to version N is kept: PATH.before-vN." for the newest such copy
// beside `path`, or empty: what a message about a damaged workspace tells the user.
QString backupHint(const QString& path);

} // namespace revalign
