// PostgreSQL bulk-load groundwork (issue 15): loads a HubSpot contacts export (bench/import_bench_gen.py)
// into a typed table through PgConnection + PgCopyIn, the way a PostgreSQL import will write, and reads a
// loaded table back through PgStatement's three row modes. bench/pg_import_bench.sh runs it next to
// `psql -c "\copy ... CSV HEADER"` into an all-text table and prints the ratios.
//
//   pg_import_bench load URL FILE.csv [--format binary|text] [--buffer BYTES] [--unlogged]
//                        [--index before|after|keys|none]
//   pg_import_bench read URL [--rows all|single|cursor] [--transfer binary|text]
//
// Prints one line "rows=N seconds=S" (wall time inside the process, connect included). Errors go to
// stderr in one line; exit 1.
#include "import/csvreader.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pgcopyin.h"
#include "store/pg/pgstatement.h"
#include "store/pg/pgtransaction.h"

#include <QCoreApplication>
#include <QStringList>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>

using namespace revalign;

namespace {
using T = PgCopyIn::Type;

// The export's 28 columns as a typed table: ids and counts as integers, dates as Unix seconds (as the
// workspace stores them), the rest text. Column i of the file is column i here.
const std::vector<PgCopyIn::Column> kColumns = {
    {"record_id", T::Int8},
    {"first_name", T::Text},
    {"last_name", T::Text},
    {"email", T::Text},
    {"phone", T::Text},
    {"company", T::Text},
    {"title", T::Text},
    {"lifecycle_stage", T::Text},
    {"lead_status", T::Text},
    {"original_source", T::Text},
    {"created_at", T::Int8},
    {"lead_at", T::Int8},
    {"mql_at", T::Int8},
    {"sql_at", T::Int8},
    {"opportunity_at", T::Int8},
    {"customer_at", T::Int8},
    {"owner", T::Text},
    {"street", T::Text},
    {"city", T::Text},
    {"region", T::Text},
    {"postal_code", T::Text},
    {"country", T::Text},
    {"website", T::Text},
    {"industry", T::Text},
    {"employees", T::Int4},
    {"annual_revenue", T::Int8},
    {"last_activity_at", T::Int8},
    {"notes", T::Text},
};

// Days from 1970-01-01 to y-m-d (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d) {
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

int digits(std::string_view s, size_t at, size_t n) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

// "YYYY-MM-DD HH:MM" (the generator's format) -> Unix seconds; nullopt when empty or malformed.
std::optional<qint64> parseStamp(std::string_view s) {
    if (s.size() != 16 || s[4] != '-' || s[7] != '-' || s[10] != ' ' || s[13] != ':')
        return std::nullopt;
    const int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2), h = digits(s, 11, 2),
              mi = digits(s, 14, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59)
        return std::nullopt;
    return daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 + h * 3600 + mi * 60;
}

std::optional<qint64> parseInt(std::string_view s) {
    if (s.empty())
        return std::nullopt;
    qint64 v = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size())
        return std::nullopt;
    return v;
}

QString arg(const QStringList& args, const QString& name, const QString& fallback) {
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

int load(const QStringList& args) {
    const QString url = args.value(2);
    const QString file = args.value(3);
    const bool binary = arg(args, QStringLiteral("--format"), QStringLiteral("binary")) == u"binary";
    const size_t buffer = arg(args, QStringLiteral("--buffer"), QStringLiteral("262144")).toULongLong();
    const QString index = arg(args, QStringLiteral("--index"), QStringLiteral("none"));
    const bool unlogged = args.contains(QStringLiteral("--unlogged"));

    const auto start = std::chrono::steady_clock::now();
    PgConnection conn(url);
    std::string create = std::string("DROP TABLE IF EXISTS contacts_typed; CREATE ") +
                         (unlogged ? "UNLOGGED " : "") + "TABLE contacts_typed (";
    for (size_t i = 0; i < kColumns.size(); ++i)
        create += (i ? ", " : "") + kColumns[i].name + ' ' + PgCopyIn::sqlTypeName(kColumns[i].type);
    create += ")";
    conn.exec(create);
    // What the workspace's contact table carries: a primary key and a unique (source, source id), both
    // growing with the file's order ("keys": the text id stands in for source_id), or a unique index on a
    // key in no particular order ("before"/"after": email), which costs a random b-tree insert per row.
    const std::string indexes =
        index == u"keys" ? "ALTER TABLE contacts_typed ADD PRIMARY KEY (record_id); "
                           "CREATE UNIQUE INDEX contacts_typed_source_id ON contacts_typed((record_id::text))"
                         : "ALTER TABLE contacts_typed ADD PRIMARY KEY (record_id); "
                           "CREATE UNIQUE INDEX contacts_typed_email ON contacts_typed(email)";
    if (index == u"before" || index == u"keys")
        conn.exec(indexes);

    PgTransaction tx(conn);
    CsvReader reader(file, {});
    CsvRecord record;
    reader.next(record); // header
    PgCopyIn copy(conn, "contacts_typed", kColumns,
                  binary ? PgCopyIn::Format::Binary : PgCopyIn::Format::Text, buffer);
    qint64 bad = 0;
    while (reader.next(record)) {
        if (record.size() != kColumns.size()) {
            ++bad;
            continue;
        }
        for (size_t i = 0; i < kColumns.size(); ++i) {
            const std::string_view f = record.field(i);
            if (kColumns[i].type == T::Text) {
                copy.text(f);
            } else if (i >= 10 && i != 24 && i != 25) {
                copy.value(parseStamp(f));
            } else {
                copy.value(parseInt(f));
            }
        }
        copy.endRow();
    }
    const qint64 rows = copy.finish();
    if (index == u"after")
        conn.exec(indexes);
    tx.commit();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("rows=%lld seconds=%.3f skipped=%lld\n", static_cast<long long>(rows), seconds,
                static_cast<long long>(bad));
    return 0;
}

int read(const QStringList& args) {
    const QString url = args.value(2);
    const QString rowsMode = arg(args, QStringLiteral("--rows"), QStringLiteral("cursor"));
    const bool binary = arg(args, QStringLiteral("--transfer"), QStringLiteral("binary")) == u"binary";
    PgStatement::Options options;
    options.rows = rowsMode == u"all"      ? PgStatement::Rows::All
                   : rowsMode == u"single" ? PgStatement::Rows::SingleRow
                                           : PgStatement::Rows::Cursor;
    options.transfer = binary ? PgStatement::Transfer::Binary : PgStatement::Transfer::Text;
    const auto start = std::chrono::steady_clock::now();
    PgConnection conn(url);
    // What a fact load reads: ids, dates and a few text columns of every contact.
    PgStatement st(conn,
                   "SELECT record_id, created_at, mql_at, sql_at, employees, lifecycle_stage, owner, email "
                   "FROM contacts_typed",
                   options);
    qint64 rows = 0;
    qint64 check = 0;
    while (st.step()) {
        ++rows;
        check += st.int64(0) + st.optInt64(2).value_or(0) + static_cast<qint64>(st.textView(7).size());
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("rows=%lld seconds=%.3f check=%lld\n", static_cast<long long>(rows), seconds,
                static_cast<long long>(check));
    return 0;
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    try {
        if (args.value(1) == u"load" && args.size() >= 4)
            return load(args);
        if (args.value(1) == u"read" && args.size() >= 3)
            return read(args);
    } catch (const Error& e) {
        std::fprintf(stderr, "pg_import_bench: %s\n", e.message().toUtf8().constData());
        return 1;
    }
    std::fprintf(stderr,
                 "usage: pg_import_bench load URL FILE.csv [--format binary|text] [--buffer BYTES] "
                 "[--unlogged] [--index before|after|keys|none]\n"
                 "       pg_import_bench read URL [--rows all|single|cursor] [--transfer binary|text]\n");
    return 2;
}
