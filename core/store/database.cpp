#include "store/database.h"

#include <QCoreApplication>

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
        return SQLITE_OPEN_READONLY;
    case Database::Mode::ReadWrite:
        return SQLITE_OPEN_READWRITE;
    case Database::Mode::ReadWriteCreate:
        return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    }
    return SQLITE_OPEN_READONLY;
}
} // namespace

Database::Database(const QString& path, Mode mode)
    : m_path(path) {
    const QByteArray utf8 = path.toUtf8();
    const int rc = sqlite3_open_v2(utf8.constData(), &m_db, openFlags(mode) | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason =
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(QCoreApplication::translate("Database", "%1: cannot open: %2").arg(path, reason));
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
}

Database::~Database() {
    if (m_db)
        sqlite3_close_v2(m_db);
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

void Database::close() {
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

QString Database::errorMessage(std::string_view context) const {
    const int code = sqlite3_extended_errcode(m_db);
    QString reason = QString::fromUtf8(sqlite3_errmsg(m_db));
    if ((code & 0xff) == SQLITE_FULL)
        reason = QCoreApplication::translate("Database", "the disk is full (nothing was written)");
    else if ((code & 0xff) == SQLITE_NOTADB)
        reason = QCoreApplication::translate("Database", "not a RevAlign workspace (not an SQLite file)");
    else if ((code & 0xff) == SQLITE_CORRUPT)
        reason = QCoreApplication::translate("Database", "the file is damaged (%1)").arg(reason);
    else if ((code & 0xff) == SQLITE_READONLY)
        reason = QCoreApplication::translate("Database", "the file is read-only");
    Q_UNUSED(context);
    return QStringLiteral("%1: %2").arg(m_path, reason);
}

void Database::exec(std::string_view sql) {
    const std::string owned(sql);
    char* err = nullptr;
    if (sqlite3_exec(m_db, owned.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        sqlite3_free(err);
        throw Error(errorMessage(sql));
    }
}

qint64 Database::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const {
    return sqlite3_changes(m_db);
}

int Database::pragmaInt(std::string_view name) {
    Statement st(*this, std::string("PRAGMA ") + std::string(name));
    return st.step() ? st.int32(0) : 0;
}

Statement::Statement(Database& db, std::string_view sql)
    : m_db(&db) {
    if (sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_stmt, nullptr) != SQLITE_OK)
        throw Error(db.errorMessage(sql));
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement& Statement::bind(int index, qint64 value) {
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value) {
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, std::string_view utf8) {
    sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindView(int index, std::string_view utf8) {
    if (utf8.data() == nullptr)
        return bindNull(index);
    sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step() {
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
    step();
    if (after == Bindings::Keep)
        sqlite3_reset(m_stmt);
    else
        reset();
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

std::string_view Statement::textView(int column) const {
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
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const Error&) {
            // The connection may already have rolled back on its own (e.g. SQLITE_FULL); nothing to undo.
        }
    }
}

void Transaction::commit() {
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace revalign
