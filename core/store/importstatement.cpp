#include "store/importstatement.h"

#include <sqlite3.h>

namespace revalign {

namespace {
// SQLite counts every allocation under a global mutex unless told not to; nothing in RevAlign reads those
// counters, and at a million imported rows the lock pairs cost more than the inserts' own bookkeeping.
// sqlite3_config() must run before SQLite initialises, hence a static initializer of this file (which
// every import links in).
[[maybe_unused]] const int kMemStatusOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
} // namespace

ImportStatement::ImportStatement(Database& db, std::string_view sql)
    : m_db(&db) {
    if (sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_stmt, nullptr) != SQLITE_OK)
        throw Error(db.errorMessage(sql));
}

ImportStatement::~ImportStatement() {
    sqlite3_finalize(m_stmt);
}

ImportStatement& ImportStatement::bind(int index, qint64 value) {
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

ImportStatement& ImportStatement::bind(int index, double value) {
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

ImportStatement& ImportStatement::bind(int index, std::string_view utf8) {
    sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_STATIC);
    return *this;
}

ImportStatement& ImportStatement::bind(int index, const QString& value) {
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

ImportStatement& ImportStatement::bindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool ImportStatement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString message = m_db->errorMessage(sqlite3_sql(m_stmt));
    sqlite3_reset(m_stmt);
    throw Error(message);
}

void ImportStatement::run() {
    step();
    sqlite3_reset(m_stmt);
}

void ImportStatement::reset() {
    sqlite3_reset(m_stmt);
}

std::string_view ImportStatement::textView(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return text ? std::string_view(text, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column)))
                : std::string_view();
}

qint64 ImportStatement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

} // namespace revalign
