#pragma once

#include "store/sqldialect.h"
#include "util/error.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace revalign {

class PgConnection;
class PgStatement;
class PgTransaction;

// Thin RAII over the sqlite3 C API. We use it instead of QtSql because bulk imports and metric loads
// of millions of rows need prepared statements reused without QVariant boxing, and because core must
// not depend on a Qt plugin being deployed to open its own file.
class Database final {
public:
    // ReadOnly never writes the file. ReadOnlyImmutable also takes no locks and creates no -shm: for a
    // workspace in a read-only folder or on read-only media, where SQLite cannot create the shared-memory
    // file WAL mode needs; it then assumes nobody changes the file (no one can) and ignores any -wal.
    enum class Mode { ReadOnly, ReadWrite, ReadWriteCreate, ReadOnlyImmutable };

    Database(const QString& path, Mode mode);
    // A team workspace's connection: `address` is a postgresql:// URL or a libpq conninfo (PgConnInfo).
    // Throws PgError naming host:port/db, never the password.
    static Database connect(const QString& address);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Closes the connection early (e.g. before deleting the file); further use throws.
    void close();

    bool isPostgres() const { return m_pg != nullptr; }
    SqlDialect dialect() const { return m_pg ? SqlDialect::postgres() : SqlDialect::sqlite(); }
    // The PostgreSQL connection; throws Error on an SQLite one.
    PgConnection& pg() const;

    // Runs one or more statements that return no rows.
    void exec(std::string_view sql);
    // SQLite only (throws on PostgreSQL): write `INSERT ... RETURNING id` with Statement::runReturningId().
    qint64 lastInsertRowId() const;
    // Rows the last statement changed (on PostgreSQL: the last Statement run or exec() on this connection).
    int changes() const;
    // SQLite only (the SQLite import sink's): rows inserted, updated or deleted through this connection
    // since it opened (a transaction's writes are those after the value it had at BEGIN).
    qint64 totalChanges() const;
    // True inside BEGIN ... COMMIT (or a savepoint opened outside one).
    bool inTransaction() const;
    // SQLite only: throws on PostgreSQL (SchemaMeta reads a workspace's version on both).
    int pragmaInt(std::string_view name);
    // The file, or for a team workspace its URL without password (what titles and messages show).
    const QString& path() const { return m_path; }
    // SQLite's handle; null on PostgreSQL.
    sqlite3* handle() const { return m_db; }
    // True when the connection cannot write (opened read-only, or SQLite fell back to reading because
    // the file is write-protected; on PostgreSQL: setReadOnlyReason() was given a reason).
    bool isReadOnly() const;
    // How another connection reads what this one reads (FactStore's second reader; SQLite only).
    Mode readMode() const { return m_mode == Mode::ReadOnlyImmutable ? m_mode : Mode::ReadOnly; }
    // What the connection's last failure was, in the terms callers decide on.
    enum class Failure { Other, Damaged, CannotOpen, Busy, Full, ReadOnly, DiskIo };
    Failure lastFailure() const;

    // True unless another connection holds the write lock (an import's transaction): tries BEGIN
    // IMMEDIATE without waiting and rolls it back. Writes nothing. PostgreSQL: true (writers do not lock
    // each other out of a server; the import's advisory lock is the import's to take).
    bool writeLockFree();
    // How long a statement waits for another connection's lock before failing (5 s by default). SQLite
    // only: does nothing on PostgreSQL.
    void setBusyTimeout(int milliseconds);
    // Why writes fail, for their messages (a workspace opened read-only because its disk is full, ...).
    void setReadOnlyReason(const QString& reason) { m_readOnlyReason = reason; }

    // Copies the WAL into the file (TRUNCATE when `truncate`, else PASSIVE: never waits for others).
    // Returns an empty string when done or when readers only made it wait; else a message for people.
    // PostgreSQL: nothing to do (the server checkpoints), returns an empty string.
    QString checkpoint(bool truncate);

    // Builds a user-facing message for the last failure of this connection.
    [[nodiscard]] QString errorMessage(std::string_view context) const;

private:
    friend class Statement;
    Database() = default;

    sqlite3* m_db = nullptr;
    QString m_path;
    Mode m_mode = Mode::ReadOnly;
    QString m_readOnlyReason;
    std::unique_ptr<PgConnection> m_pg;
    qint64 m_pgChanges = 0; // changes() on PostgreSQL
};

// What SQLite's result `code` means for a person, without SQLite's words ("disk I/O error",
// "unable to open database file"); `detail` is SQLite's own message, kept in brackets where it helps.
QString describeSqliteFailure(int code, const QString& path, const QString& detail);

class Statement final {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Binds are 1-based like sqlite's; a null optional or null QString binds SQL NULL.
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, std::string_view utf8); // copied
    // Not copied: `utf8` must stay valid until the statement has run (or been reset). For hot loops that
    // bind views of a record they are about to write (imports, the demo generator). Null data binds NULL.
    Statement& bindView(int index, std::string_view utf8);
    Statement& bindNull(int index);
    template <typename T> Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Returns true while a row is available; false when done. Throws on error.
    bool step();
    // Steps once for statements without a result; resets afterwards so the statement can run again.
    // Bindings::Keep leaves the parameters bound (cheaper in loops that rebind every one of them anyway;
    // otherwise they are cleared to NULL).
    enum class Bindings { Clear, Keep };
    void run(Bindings after = Bindings::Clear);
    // For `INSERT ... RETURNING id` (portable, unlike sqlite3_last_insert_rowid): steps once, returns the
    // first column of the row it returned and resets (bindings cleared). Throws when no row came back.
    qint64 runReturningId();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    // The column's UTF-8 bytes without a copy, valid until the next step() or reset().
    std::string_view textView(int column) const;
    std::optional<qint64> optInt64(int column) const;
    std::optional<double> optReal(int column) const;

private:
    Database* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    std::unique_ptr<PgStatement> m_pg; // set on a PostgreSQL Database, then m_stmt is null
};

// BEGIN IMMEDIATE ... COMMIT; rolls back when destroyed without commit(), so an exception anywhere
// inside leaves the file as it was (all-or-nothing imports rely on this). On PostgreSQL a PgTransaction
// (READ COMMITTED BEGIN ... COMMIT).
class Transaction final {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
    std::unique_ptr<PgTransaction> m_pg;
};

} // namespace revalign
