#pragma once

#include "store/pg/pgconnection.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace revalign {

// A prepared statement on a PgConnection, shaped like Statement so store code reads the same on both
// engines: 1-based typed binds, step() through the rows, typed accessors on the current row, run() for
// statements without rows. Prepared once on first use (and again after a reconnect), then reused.
//
// Parameters: $1, $2... (pgplaceholders.h rewrites SQL written with ?N). Types are the server's:
// the statement is prepared without types, so the server types each parameter from the SQL (the column it
// is compared with or stored in, the function it is passed to); only when the SQL leaves one open
// ("SELECT $1") do the first bound values decide (int64 -> bigint, double -> double precision, else text).
// Every value is then sent in the server's type: integers, floats and text in binary (no formatting or
// parsing, no copy of bound views), other types (numeric, date...) as text the server parses.
//
// Rows:
//   All        the whole result arrives in one buffer: nested statements can run while stepping
//              (as SQLite allows), memory grows with the result. For small and medium results.
//   SingleRow  libpq's single-row mode: flat memory, but the connection is busy until the last row is
//              read (no other statement on it meanwhile). reset() before the end cancels the rest
//              outside a transaction and drains it inside one (a cancel would abort the transaction).
//   Cursor     DECLARE ... CURSOR + FETCH in batches: flat memory, and other statements may run between
//              rows. Needs a transaction: opens a read-only one itself when none is open and ends it after
//              the last row (or reset()).
class PgStatement final {
public:
    enum class Rows { All, SingleRow, Cursor };
    // Binary moves integers and floats without text conversion both ways; Text reads any type as text
    // (and is what to measure against).
    enum class Transfer { Binary, Text };
    struct Options {
        Rows rows = Rows::All;
        Transfer transfer = Transfer::Binary;
        int cursorBatch = 10000; // rows per FETCH in Cursor mode
    };

    PgStatement(PgConnection& conn, std::string_view sql);
    PgStatement(PgConnection& conn, std::string_view sql, Options options);
    ~PgStatement();
    PgStatement(const PgStatement&) = delete;
    PgStatement& operator=(const PgStatement&) = delete;
    PgStatement(PgStatement&&) = delete;
    PgStatement& operator=(PgStatement&&) = delete;

    // Binds are 1-based like Statement's; a null optional or null QString binds SQL NULL.
    PgStatement& bind(int index, qint64 value);
    PgStatement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    PgStatement& bind(int index, double value);
    PgStatement& bind(int index, const QString& value);
    PgStatement& bind(int index, std::string_view utf8); // copied
    PgStatement& bind(int index, const char* utf8) { return bind(index, std::string_view(utf8)); }
    // Not copied: `utf8` must stay valid until the statement has run. Null data binds NULL.
    PgStatement& bindView(int index, std::string_view utf8);
    PgStatement& bindNull(int index);
    template <typename T> PgStatement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Runs the statement on the first call after binding; true while a row is available. Throws PgError.
    bool step();
    enum class Bindings { Clear, Keep };
    // Runs a statement without a result (or ignores it) and makes it ready to run again.
    void run(Bindings after = Bindings::Clear);
    // Ends the current execution (see Rows for what happens to unread rows) and clears the bindings.
    void reset();
    // Rows the last run changed (INSERT/UPDATE/DELETE/COPY), like Database::changes().
    qint64 changes() const { return m_changes; }

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    bool boolean(int column) const { return int64(column) != 0; }
    QString text(int column) const;
    // The column's UTF-8 text without a copy for text columns (numbers are formatted into a per-column
    // buffer), valid until the next step() or reset().
    std::string_view textView(int column) const;
    std::optional<qint64> optInt64(int column) const;
    std::optional<double> optReal(int column) const;

private:
    struct Param {
        enum class Kind : char { Null, Int, Real, Text, View } kind = Kind::Null;
        qint64 i = 0;
        double d = 0;
        std::string text;
        std::string_view view;
    };
    Param& param(int index);
    void prepare();
    void execute();
    bool nextRow();
    bool fetchBatch();
    void finishStream();
    // Throws the error `result` describes after ending the stream (without letting cleanup mask it).
    [[noreturn]] void failAndFinish(const pg_result* result);
    void clearResult();
    void endExecution();
    void clearBindings();
    std::string_view raw(int column) const;
    unsigned typeOf(int column) const;

    PgConnection& m_conn;
    std::string m_sql;
    Options m_options;
    std::string m_name;       // prepared statement name on the server, empty until prepared
    std::string m_cursor;     // cursor name (Cursor mode)
    std::string m_fetchName;  // prepared FETCH (Cursor mode)
    quint64 m_generation = 0; // the connection generation m_name belongs to
    std::vector<Param> m_params;
    std::vector<unsigned> m_paramTypes; // the server's type of each $n, after prepare
    std::vector<unsigned> m_columnTypes;
    std::vector<std::string> m_encoded; // per-parameter scratch for binary and formatted values
    std::vector<const char*> m_values;  // PQexecPrepared's arrays, reused from run to run
    std::vector<int> m_lengths;
    std::vector<int> m_formats;
    pg_result* m_result = nullptr;
    int m_row = -1;
    bool m_executed = false;
    bool m_streaming = false;   // SingleRow: rows still coming on the connection
    bool m_idleAtStart = false; // SingleRow: no transaction was open when the query was sent
    bool m_cursorOpen = false;
    bool m_ownTransaction = false; // Cursor mode opened the transaction it runs in
    bool m_cursorDone = false;
    qint64 m_changes = 0;
    mutable std::vector<std::string> m_scratch; // textView() of non-text columns
};

} // namespace revalign
