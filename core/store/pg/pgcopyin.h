#pragma once

#include "store/pg/pgconnection.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace revalign {

// Streams rows into a table with COPY ... FROM STDIN: the bulk path of imports on PostgreSQL (one
// statement for a million rows instead of a million INSERTs). Rows are encoded into a buffer of
// `bufferBytes` that is handed to libpq whenever it fills, so memory stays flat however many rows go in.
//
//   PgCopyIn copy(conn, "contact_stage", {{"contact_id", PgCopyIn::Type::Int8}, ...});
//   for (...) copy.int64(id).int64(stage).int64(at).endRow();
//   copy.finish(); // the server has the rows (inside the caller's transaction, if one is open)
//
// Binary format (the default) sends integers and floats as their bytes: no formatting here, no parsing
// on the server; the declared column types are checked against the table's first, so a mismatch is a
// clear message instead of "incorrect binary data format". Text format (COPY's tab-separated text) is
// there to measure against and for types without a binary writer here.
//
// A COPY that is not finished (an exception while producing rows) is aborted when the object goes: the
// server then stores none of its rows.
class PgCopyIn final {
public:
    enum class Type { Int8, Int4, Float8, Bool, Text };
    // The SQL type a column of `type` is declared with ("bigint", "double precision"...).
    static const char* sqlTypeName(Type type);
    enum class Format { Binary, Text };
    struct Column {
        std::string name;
        Type type;
    };

    // `table` is an SQL name the store chose (never user input); columns are quoted here.
    PgCopyIn(PgConnection& conn, std::string_view table, std::vector<Column> columns,
             Format format = Format::Binary, size_t bufferBytes = 256 * 1024);
    ~PgCopyIn();
    PgCopyIn(const PgCopyIn&) = delete;
    PgCopyIn& operator=(const PgCopyIn&) = delete;

    // One value per column, in column order, then endRow(). The value's kind must match the column's
    // type (int64 for Int8/Int4/Bool, real for Float8, text for Text); null() fits every column.
    PgCopyIn& int64(qint64 value);
    PgCopyIn& real(double value);
    PgCopyIn& boolean(bool value);
    PgCopyIn& text(std::string_view utf8);
    PgCopyIn& text(const QString& value); // a null QString is NULL
    PgCopyIn& null();
    template <typename T> PgCopyIn& value(const std::optional<T>& v) {
        if (!v)
            return null();
        if constexpr (std::is_floating_point_v<T>)
            return real(*v);
        else
            return int64(*v);
    }
    void endRow();

    // Ends the COPY; returns the rows the server stored. Throws PgError with the server's reason (for COPY
    // it names the row, "line N", and the column).
    qint64 finish();
    qint64 rows() const { return m_rows; }

private:
    const Column& nextColumn(Type kind, bool isNull);
    void flush();
    [[noreturn]] void failFromServer();
    [[noreturn]] void throwAfterDrain(const pg_result* result);
    void abort(const char* reason);

    PgConnection& m_conn;
    std::vector<Column> m_columns;
    Format m_format;
    size_t m_bufferBytes;
    std::string m_buffer;
    size_t m_column = 0;
    qint64 m_rows = 0;
    bool m_active = false;
};

} // namespace revalign
