#include "store/database.h"

#include "store/pg/pgconnection.h"
#include "store/pg/pgplaceholders.h"
#include "store/pg/pgstatement.h"
#include "store/pg/pgtransaction.h"
#include "store/writernote.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <utility>

namespace revalign {

namespace {
// SQLite counts every allocation under a global mutex unless told not to; nothing in RevAlign reads those
// counters, and at a million imported rows the lock pairs cost more than the inserts' own bookkeeping.
// sqlite3_config() must run before SQLite initialises, hence a static initializer of this file (which
// everything that opens a database links in).
[[maybe_unused]] const int kMemStatusOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);

int openFlags(Database::Mode mode) {
    switch (mode) {
    case Database::Mode::ReadOnly:
    case Database::Mode::ReadOnlyImmutable:
        return SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    case Database::Mode::ReadWrite:
        return SQLITE_OPEN_READWRITE;
    case Database::Mode::ReadWriteCreate:
        return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    }
    return SQLITE_OPEN_READONLY;
}

// Read-only modes go through a URI (mode=ro, immutable=1); the path is percent-encoded so '?', '#' and
// '%' in a folder name stay part of the path.
QByteArray openName(const QString& path, Database::Mode mode) {
    if (mode != Database::Mode::ReadOnly && mode != Database::Mode::ReadOnlyImmutable)
        return path.toUtf8();
    if (path == u":memory:")
        return QByteArrayLiteral(":memory:");
    QByteArray uri = "file:" + QUrl::toPercentEncoding(path, "/");
    uri += mode == Database::Mode::ReadOnlyImmutable ? "?mode=ro&immutable=1" : "?mode=ro";
    return uri;
}
} // namespace

QString describeSqliteFailure(int code, const QString& path, const QString& detail) {
    switch (code & 0xff) {
    case SQLITE_FULL:
        return QCoreApplication::translate("Database", "the disk is full (nothing was written)");
    case SQLITE_NOTADB:
        return QCoreApplication::translate("Database", "not a RevAlign workspace (not an SQLite file)");
    case SQLITE_CORRUPT:
        return QCoreApplication::translate("Database", "the file is damaged (%1)").arg(detail);
    case SQLITE_READONLY:
        return QCoreApplication::translate("Database",
                                           "the workspace is open read-only here: nothing can be changed");
    case SQLITE_IOERR:
        return QCoreApplication::translate("Database",
                                           "the disk could not be read or written; check that the drive is "
                                           "still connected and has free space (%1)")
            .arg(detail);
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate(
                   "Database",
                   "cannot open the file, or create its journal files (%1-wal, %1-shm) beside it: "
                   "the folder may be read-only, missing or on a full disk")
            .arg(QFileInfo(path).fileName());
    case SQLITE_BUSY:
    case SQLITE_LOCKED: {
        const QString writer = currentWriter(path);
        return writer.isEmpty()
                   ? QCoreApplication::translate(
                         "Database",
                         "another program is writing to the workspace; try again when it has finished")
                   : QCoreApplication::translate(
                         "Database", "another import is writing to the workspace (%1); try again when it has "
                                     "finished")
                         .arg(writer);
    }
    default:
        return detail;
    }
}

Database::Database(const QString& path, Mode mode)
    : m_path(path)
    , m_mode(mode) {
    const QByteArray name = openName(path, mode);
    const int rc = sqlite3_open_v2(name.constData(), &m_db, openFlags(mode) | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const int code = m_db ? sqlite3_extended_errcode(m_db) : rc;
        const QString detail =
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(QCoreApplication::translate("Database", "%1: cannot open: %2")
                        .arg(path, describeSqliteFailure(code, path, detail)));
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
}

Database Database::connect(const QString& address) {
    Database db;
    db.m_pg = std::make_unique<PgConnection>(address);
    db.m_path = db.m_pg->info().redacted();
    db.m_mode = Mode::ReadWrite;
    return db;
}

PgConnection& Database::pg() const {
    if (!m_pg)
        throw Error(QStringLiteral("internal: %1 is not a PostgreSQL connection").arg(m_path));
    return *m_pg;
}

bool Database::isReadOnly() const {
    if (m_pg) [[unlikely]]
        return !m_readOnlyReason.isEmpty();
    return m_db && sqlite3_db_readonly(m_db, "main") == 1;
}

Database::Failure Database::lastFailure() const {
    if (m_pg) [[unlikely]]
        return Failure::Other; // PgError::kind() says more
    switch (m_db ? sqlite3_errcode(m_db) & 0xff : SQLITE_MISUSE) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Failure::Damaged;
    case SQLITE_CANTOPEN:
        return Failure::CannotOpen;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Failure::Busy;
    case SQLITE_FULL:
        return Failure::Full;
    case SQLITE_READONLY:
        return Failure::ReadOnly;
    case SQLITE_IOERR:
        return Failure::DiskIo;
    default:
        return Failure::Other;
    }
}

void Database::setBusyTimeout(int milliseconds) {
    if (m_pg) [[unlikely]]
        return;
    sqlite3_busy_timeout(m_db, milliseconds);
}

bool Database::writeLockFree() {
    if (m_pg) [[unlikely]]
        return true;
    sqlite3_busy_timeout(m_db, 0);
    const int rc = sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_busy_timeout(m_db, 5000);
    return (rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED;
}

QString Database::checkpoint(bool truncate) {
    if (m_pg) [[unlikely]]
        return {};
    int frames = 0;
    int copied = 0;
    const int rc = sqlite3_wal_checkpoint_v2(
        m_db, nullptr, truncate ? SQLITE_CHECKPOINT_TRUNCATE : SQLITE_CHECKPOINT_PASSIVE, &frames, &copied);
    // Busy: another connection is reading (the GUI); the last connection to close finishes the job.
    if (rc == SQLITE_OK || (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        return {};
    if ((rc & 0xff) == SQLITE_FULL)
        return QCoreApplication::translate("Database", "the disk is full");
    return describeSqliteFailure(rc, m_path, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Database::~Database() {
    if (m_db)
        sqlite3_close_v2(m_db);
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_mode(other.m_mode)
    , m_readOnlyReason(std::move(other.m_readOnlyReason))
    , m_pg(std::move(other.m_pg))
    , m_pgChanges(other.m_pgChanges) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_mode = other.m_mode;
        m_readOnlyReason = std::move(other.m_readOnlyReason);
        m_pg = std::move(other.m_pg);
        m_pgChanges = other.m_pgChanges;
    }
    return *this;
}

void Database::close() {
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
    m_pg.reset();
}

QString Database::errorMessage(std::string_view context) const {
    Q_UNUSED(context);
    if (m_pg) [[unlikely]] // PostgreSQL failures arrive as PgError with their own message
        return QCoreApplication::translate("Database", "%1: the statement failed").arg(m_path);
    const int code = sqlite3_extended_errcode(m_db);
    if ((code & 0xff) == SQLITE_READONLY && !m_readOnlyReason.isEmpty())
        return QCoreApplication::translate("Database",
                                           "%1: the workspace is open read-only (%2): nothing can "
                                           "be changed")
            .arg(m_path, m_readOnlyReason);
    return QStringLiteral("%1: %2").arg(m_path,
                                        describeSqliteFailure(sqlite3_extended_errcode(m_db), m_path,
                                                              QString::fromUtf8(sqlite3_errmsg(m_db))));
}

void Database::exec(std::string_view sql) {
    if (m_pg) [[unlikely]] {
        m_pgChanges = m_pg->exec(sql);
        return;
    }
    const std::string owned(sql);
    char* err = nullptr;
    if (sqlite3_exec(m_db, owned.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        sqlite3_free(err);
        throw Error(errorMessage(sql));
    }
}

qint64 Database::lastInsertRowId() const {
    if (m_pg) [[unlikely]]
        throw Error(
            QStringLiteral("internal: lastInsertRowId() on PostgreSQL (%1); use INSERT ... RETURNING id")
                .arg(m_path));
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const {
    if (m_pg) [[unlikely]]
        return static_cast<int>(m_pgChanges);
    return sqlite3_changes(m_db);
}

qint64 Database::totalChanges() const {
    if (m_pg) [[unlikely]]
        throw Error(QStringLiteral("internal: totalChanges() on PostgreSQL"));
    return sqlite3_total_changes64(m_db);
}

bool Database::inTransaction() const {
    if (m_pg) [[unlikely]]
        return m_pg->inTransaction();
    return sqlite3_get_autocommit(m_db) == 0;
}

int Database::pragmaInt(std::string_view name) {
    if (m_pg) [[unlikely]]
        throw Error(QStringLiteral("internal: PRAGMA %1 on PostgreSQL (%2)")
                        .arg(QString::fromUtf8(name.data(), qsizetype(name.size())), m_path));
    Statement st(*this, std::string("PRAGMA ") + std::string(name));
    return st.step() ? st.int32(0) : 0;
}

Statement::Statement(Database& db, std::string_view sql)
    : m_db(&db) {
    if (db.m_pg) [[unlikely]] {
        m_pg = std::make_unique<PgStatement>(*db.m_pg, fromSqlitePlaceholders(sql));
        return;
    }
    if (sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_stmt, nullptr) != SQLITE_OK)
        throw Error(db.errorMessage(sql));
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_pg(std::move(other.m_pg)) {}

Statement& Statement::bind(int index, qint64 value) {
    if (m_pg) [[unlikely]] {
        m_pg->bind(index, value);
        return *this;
    }
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    if (m_pg) [[unlikely]] {
        m_pg->bind(index, value);
        return *this;
    }
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value) {
    if (m_pg) [[unlikely]] {
        m_pg->bind(index, value);
        return *this;
    }
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, std::string_view utf8) {
    if (m_pg) [[unlikely]] {
        m_pg->bind(index, utf8);
        return *this;
    }
    sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindView(int index, std::string_view utf8) {
    if (m_pg) [[unlikely]] {
        m_pg->bindView(index, utf8);
        return *this;
    }
    if (utf8.data() == nullptr)
        return bindNull(index);
    sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindNull(int index) {
    if (m_pg) [[unlikely]] {
        m_pg->bindNull(index);
        return *this;
    }
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step() {
    if (m_pg) [[unlikely]] {
        const bool row = m_pg->step();
        m_db->m_pgChanges = m_pg->changes();
        return row;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString message = m_db->errorMessage(sqlite3_sql(m_stmt));
    sqlite3_reset(m_stmt);
    throw Error(message);
}

void Statement::run(Bindings after) {
    if (m_pg) [[unlikely]] {
        m_pg->run(after == Bindings::Keep ? PgStatement::Bindings::Keep : PgStatement::Bindings::Clear);
        m_db->m_pgChanges = m_pg->changes();
        return;
    }
    step();
    if (after == Bindings::Keep)
        sqlite3_reset(m_stmt);
    else
        reset();
}

qint64 Statement::runReturningId() {
    if (!step()) {
        reset();
        throw Error(
            QStringLiteral("internal: %1 returned no row")
                .arg(m_pg ? QStringLiteral("INSERT ... RETURNING") : QString::fromUtf8(sqlite3_sql(m_stmt))));
    }
    const qint64 id = int64(0);
    reset();
    return id;
}

void Statement::reset() {
    if (m_pg) [[unlikely]] {
        m_pg->reset();
        return;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const {
    if (m_pg) [[unlikely]]
        return m_pg->isNull(column);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const {
    if (m_pg) [[unlikely]]
        return m_pg->int64(column);
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const {
    if (m_pg) [[unlikely]]
        return m_pg->real(column);
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const {
    if (m_pg) [[unlikely]]
        return m_pg->text(column);
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

std::string_view Statement::textView(int column) const {
    if (m_pg) [[unlikely]]
        return m_pg->textView(column);
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? std::string_view(data, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column)))
                : std::string_view();
}

std::optional<qint64> Statement::optInt64(int column) const {
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

std::optional<double> Statement::optReal(int column) const {
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

Transaction::Transaction(Database& db)
    : m_db(db) {
    if (db.isPostgres()) [[unlikely]] {
        m_pg = std::make_unique<PgTransaction>(db.pg());
        return;
    }
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (m_pg) [[unlikely]]
        return; // ~PgTransaction rolls back what was not committed
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const Error&) {
            // The connection may already have rolled back on its own (e.g. SQLITE_FULL); nothing to undo.
        }
    }
}

void Transaction::commit() {
    if (m_pg) [[unlikely]] {
        m_pg->commit();
        m_done = true;
        return;
    }
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace revalign
