#include "store/pg/pgconnection.h"
#include "store/pg/pgplaceholders.h"
#include "store/pg/pgstatement.h"
#include "store/pg/pgtransaction.h"

#include "pgscratch.h"
#include "testsupport.h"

#include <cmath>
#include <limits>

using namespace revalign;
using namespace revalign::test;

namespace {
using Transfer = PgStatement::Transfer;
using Rows = PgStatement::Rows;

const char* name(Transfer t) {
    return t == Transfer::Binary ? "binary" : "text";
}
} // namespace

TEST_CASE("PgStatement round-trips typed values, NULLs, int64 extremes and Thai text", "[pg]") {
    REVALIGN_NEED_PG(server);
    const Transfer write = GENERATE(Transfer::Binary, Transfer::Text);
    const Transfer read = GENERATE(Transfer::Binary, Transfer::Text);
    INFO("write " << name(write) << ", read " << name(read));
    PgConnection conn(server.url);
    PgScratchSchema schema(server, conn);
    conn.exec("CREATE TABLE v (k int4 PRIMARY KEY, i int8, j int4, s int2, r float8, f float4, t text, "
              "c varchar(40), b bool, n numeric(14,2), d date)");
    PgStatement insert(conn, "INSERT INTO v VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                       {Rows::All, write});
    const QString thai = QStringLiteral("ทีมขายรับลีดแล้ว ✓ (ยอดขาย ๑๒๓)");
    // Row 1: extremes; row 2: all NULL; row 3: ordinary values, empty (not NULL) text.
    insert.bind(1, 1)
        .bind(2, std::numeric_limits<qint64>::max())
        .bind(3, std::numeric_limits<qint32>::min())
        .bind(4, qint64(-32768))
        .bind(5, 1.0e308)
        .bind(6, 0.5)
        .bind(7, thai)
        .bind(8, std::string_view("ASCII \t tab, \"quotes\", back\\slash"))
        .bind(9, qint64(1))
        .bind(10, std::string_view("123456789012.34"))
        .bind(11, std::string_view("2026-02-28"))
        .run();
    insert.bind(1, 2).run(); // unbound parameters are NULL, as in SQLite
    insert.bind(1, 3)
        .bind(2, std::numeric_limits<qint64>::min())
        .bind(3, 0)
        .bind(4, 7)
        .bind(5, -0.1)
        .bind(6, std::numeric_limits<double>::infinity()) // float4 from a double
        .bind(7, QStringLiteral(""))
        .bindView(8, std::string_view("view"))
        .bind(9, qint64(0))
        .bind(10, -0.05) // a double into numeric goes as text: exact
        .bind(11, std::string_view("1999-12-31"))
        .run();

    PgStatement select(conn, "SELECT k, i, j, s, r, f, t, c, b, n, d FROM v ORDER BY k", {Rows::All, read});
    REQUIRE(select.step());
    CHECK(select.int64(1) == std::numeric_limits<qint64>::max());
    CHECK(select.int64(2) == std::numeric_limits<qint32>::min());
    CHECK(select.int32(3) == -32768);
    CHECK(select.real(4) == 1.0e308);
    CHECK(select.real(5) == 0.5);
    CHECK(select.text(6) == thai);
    CHECK(select.textView(7) == "ASCII \t tab, \"quotes\", back\\slash");
    CHECK(select.boolean(8));
    CHECK(select.text(9) == u"123456789012.34");
    CHECK(select.real(9) == 123456789012.34);
    CHECK(select.text(10) == u"2026-02-28");
    CHECK(select.text(1) == u"9223372036854775807");

    REQUIRE(select.step());
    for (int c = 1; c <= 10; ++c) {
        INFO("column " << c);
        CHECK(select.isNull(c));
        CHECK(select.text(c).isNull());
        CHECK(select.textView(c).data() == nullptr);
        CHECK_FALSE(select.optInt64(c));
        CHECK_FALSE(select.optReal(c));
    }

    REQUIRE(select.step());
    CHECK(select.int64(1) == std::numeric_limits<qint64>::min());
    CHECK(select.optInt64(2) == 0);
    CHECK(select.real(4) == -0.1);
    CHECK(std::isinf(select.real(5)));
    CHECK(select.text(5) == u"Infinity");
    CHECK_FALSE(select.isNull(6));
    CHECK(select.text(6).isEmpty());
    CHECK_FALSE(select.text(6).isNull());
    CHECK(select.text(7) == u"view");
    CHECK_FALSE(select.boolean(8));
    CHECK(select.text(8) == u"f");
    CHECK(select.text(9) == u"-0.05");
    CHECK(select.text(10) == u"1999-12-31");
    CHECK_FALSE(select.step());
}

TEST_CASE("PgStatement decodes binary numeric exactly as the server prints it", "[pg]") {
    REVALIGN_NEED_PG(server);
    PgConnection conn(server.url);
    const char* values[] = {
        "0",          "0.00",     "1",           "-1",       "10000",
        "9999.9999",  "0.000123", "-98765.4321", "1e30",     "123456789012345678901234567890.5",
        "0.1000",     "-0.00001", "NaN",         "Infinity", "-Infinity",
        "12345678.90"};
    PgStatement bin(conn, "SELECT $1::numeric");
    PgStatement txt(conn, "SELECT $1::numeric::text", {Rows::All, Transfer::Text});
    for (const char* v : values) {
        INFO(v);
        bin.bind(1, std::string_view(v));
        txt.bind(1, std::string_view(v));
        REQUIRE(bin.step());
        REQUIRE(txt.step());
        CHECK(bin.text(0) == txt.text(0));
        bin.reset();
        txt.reset();
    }
    // sum(bigint) is numeric on PostgreSQL: the store reads it with int64().
    PgStatement sum(conn, "SELECT sum(x) FROM (VALUES (9000000000000000000::int8), "
                          "(-9000000000000000000::int8), (42::int8)) t(x)");
    REQUIRE(sum.step());
    CHECK(sum.int64(0) == 42);
}

TEST_CASE("PgStatement is prepared once and reused, parameter types are the server's", "[pg]") {
    REVALIGN_NEED_PG(server);
    PgConnection conn(server.url);
    PgScratchSchema schema(server, conn);
    conn.exec("CREATE TABLE t (id int4 PRIMARY KEY, amount int8, label text)");
    PgStatement count(conn, "SELECT count(*) FROM pg_prepared_statements");
    const auto prepared = [&] {
        REQUIRE(count.step());
        const qint64 n = count.int64(0);
        count.reset();
        return n;
    };
    {
        // The first run binds NULL for $1's neighbours: the server decides int4/int8/text from the table.
        PgStatement insert(conn, "INSERT INTO t(id, amount, label) VALUES ($1, $2, $3)");
        insert.bind(1, 1).run();
        for (int i = 2; i <= 500; ++i)
            insert.bind(1, i).bind(2, qint64(i) * 1'000'000'000'000).bind(3, QString::number(i)).run();
        CHECK(prepared() == 2); // `count` and `insert`, however often they ran
        // A text value for an integer parameter is parsed by the server, as SQLite would coerce it.
        insert.bind(1, 501).bind(2, std::string_view("77")).run();
        // A value outside int4 is the server's error, in its words, naming no secret.
        insert.bind(1, qint64(5'000'000'000));
        try {
            insert.run();
            FAIL("stored 5e9 in an int4 column");
        } catch (const PgError& e) {
            CHECK(e.kind() == PgError::Kind::Query);
            CHECK(e.sqlState() == "22003");
            INFO(e.message());
            CHECK(e.message().endsWith(u": value \"5000000000\" is out of range for type integer"));
        }
    }
    CHECK(prepared() == 1); // the insert deallocated itself
    PgStatement sum(conn,
                    "SELECT count(*), sum(amount), min(label), max(id) FROM t WHERE amount IS NOT NULL");
    REQUIRE(sum.step());
    CHECK(sum.int64(0) == 500); // ids 2..500, plus 501 with amount 77
    // sum of i * 10^12 for i = 2..500 = (500 * 501 / 2 - 1) * 10^12 = 125249 * 10^12, plus 77
    CHECK(sum.int64(1) == 125'249'000'000'000'000 + 77);
    CHECK(sum.text(2) == u"10");
    CHECK(sum.int32(3) == 501);

    PgStatement update(conn, "UPDATE t SET label = 'even' WHERE id % 2 = 0");
    update.run();
    CHECK(update.changes() == 250); // 2, 4, ..., 500
}

TEST_CASE("PgStatement::run keeps or clears bindings, changes() in every row mode", "[pg]") {
    REVALIGN_NEED_PG(server);
    const Rows rows = GENERATE(Rows::All, Rows::SingleRow);
    PgConnection conn(server.url);
    PgScratchSchema schema(server, conn);
    conn.exec("CREATE TABLE t (id int8 PRIMARY KEY, amount int8, label text)");
    PgStatement insert(conn, "INSERT INTO t VALUES ($1, $2, $3)", {rows});
    insert.bind(1, 1).bind(2, qint64(5)).bind(3, std::string_view("kept")).run(PgStatement::Bindings::Keep);
    CHECK(insert.changes() == 1);
    insert.bind(1, 2).run(); // amount and label still bound from the first run
    insert.bind(1, 3).run(); // the second run cleared them: NULLs
    PgStatement update(conn, "UPDATE t SET amount = coalesce(amount, 0) + 1", {rows});
    update.run();
    CHECK(update.changes() == 3);
    PgStatement select(conn, "SELECT id, amount, label FROM t ORDER BY id");
    std::vector<std::tuple<qint64, std::optional<qint64>, QString>> got;
    while (select.step())
        got.emplace_back(select.int64(0), select.optInt64(1), select.text(2));
    const std::vector<std::tuple<qint64, std::optional<qint64>, QString>> want = {
        {1, 6, QStringLiteral("kept")}, {2, 6, QStringLiteral("kept")}, {3, 1, QString()}};
    CHECK(got == want);
}

TEST_CASE("PgStatement streams a big SELECT row by row or by cursor", "[pg]") {
    REVALIGN_NEED_PG(server);
    const Rows rows = GENERATE(Rows::SingleRow, Rows::Cursor, Rows::All);
    const Transfer transfer = GENERATE(Transfer::Binary, Transfer::Text);
    PgConnection conn(server.url);
    PgStatement st(conn, "SELECT g, 'row ' || g FROM generate_series(1, $1::int) g", {rows, transfer, 1000});
    st.bind(1, 50000);
    qint64 sum = 0;
    qint64 n = 0;
    while (st.step()) {
        sum += st.int64(0);
        ++n;
        if (n == 12345)
            CHECK(st.text(1) == u"row 12345");
    }
    CHECK(n == 50000);
    CHECK(sum == 50000LL * 50001 / 2); // 1 + ... + n = n(n+1)/2 = 1,250,025,000
    CHECK_FALSE(conn.inTransaction()); // the cursor's own read-only transaction is over
    // The connection is ready for the next statement.
    PgStatement one(conn, "SELECT 1");
    REQUIRE(one.step());
    CHECK(one.int64(0) == 1);
}

TEST_CASE("PgStatement in cursor mode lets other statements run between rows", "[pg]") {
    REVALIGN_NEED_PG(server);
    PgConnection conn(server.url);
    PgScratchSchema schema(server, conn);
    conn.exec("CREATE TABLE seen (g int8)");
    PgTransaction tx(conn);
    PgStatement rows(conn, "SELECT g FROM generate_series(1, 5000) g", {Rows::Cursor, Transfer::Binary, 700});
    PgStatement insert(conn, "INSERT INTO seen VALUES ($1)");
    while (rows.step())
        if (rows.int64(0) % 1000 == 0)
            insert.bind(1, rows.int64(0)).run();
    tx.commit();
    PgStatement check(conn, "SELECT count(*), sum(g) FROM seen");
    REQUIRE(check.step());
    CHECK(check.int64(0) == 5);
    CHECK(check.int64(1) == 15000); // 1000 + 2000 + ... + 5000
}

TEST_CASE("PgStatement reset() in the middle of a stream leaves the connection usable", "[pg]") {
    REVALIGN_NEED_PG(server);
    PgConnection conn(server.url);
    SECTION("single-row, no transaction: the rest is cancelled") {
        // Ten million rows would take a while to drain: the cancel makes this quick. (A join of two small
        // series: a single generate_series would be materialised whole before its first row.)
        PgStatement big(conn,
                        "SELECT a * 10000 + b FROM generate_series(0, 999) a, generate_series(1, 10000) b",
                        {Rows::SingleRow});
        for (int i = 0; i < 10; ++i)
            REQUIRE(big.step());
        big.reset();
        PgStatement one(conn, "SELECT 2");
        REQUIRE(one.step());
        CHECK(one.int64(0) == 2);
    }
    SECTION("single-row in a transaction: the rest is read, the transaction goes on") {
        PgTransaction tx(conn);
        PgStatement big(conn, "SELECT g FROM generate_series(1, 100000) g", {Rows::SingleRow});
        REQUIRE(big.step());
        big.reset();
        PgStatement one(conn, "SELECT 3");
        REQUIRE(one.step());
        CHECK(one.int64(0) == 3);
        tx.commit();
    }
    SECTION("cursor: closed, and its own transaction ended") {
        PgStatement big(conn,
                        "SELECT a * 10000 + b FROM generate_series(0, 999) a, generate_series(1, 10000) b",
                        {Rows::Cursor});
        REQUIRE(big.step());
        CHECK(conn.inTransaction());
        big.reset();
        CHECK_FALSE(conn.inTransaction());
    }
}

TEST_CASE("PgStatement reports a failing statement and the stream stays usable afterwards", "[pg]") {
    REVALIGN_NEED_PG(server);
    const Rows rows = GENERATE(Rows::SingleRow, Rows::Cursor, Rows::All);
    PgConnection conn(server.url);
    // Division by zero at row 3000: the first rows may already have arrived.
    PgStatement st(conn, "SELECT 1 / (3000 - g) FROM generate_series(1, 5000) g",
                   {rows, Transfer::Binary, 1000});
    try {
        while (st.step()) {
        }
        FAIL("no error");
    } catch (const PgError& e) {
        CHECK(e.kind() == PgError::Kind::Query);
        CHECK(e.sqlState() == "22012");
        CHECK(e.message() == conn.serverName() + u": division by zero");
    }
    st.reset();
    CHECK_FALSE(conn.inTransaction());
    PgStatement one(conn, "SELECT 4");
    REQUIRE(one.step());
    CHECK(one.int64(0) == 4);
}

TEST_CASE("PgTransaction rolls back unless committed, a snapshot reader sees one state", "[pg]") {
    REVALIGN_NEED_PG(server);
    PgConnection writer(server.url);
    PgScratchSchema schema(server, writer);
    PgConnection reader(server.url);
    schema.use(reader);
    writer.exec("CREATE TABLE n (x int8)");
    {
        PgTransaction tx(writer);
        writer.exec("INSERT INTO n VALUES (1)");
    }
    PgStatement count(reader, "SELECT count(*) FROM n");
    const auto rows = [&] {
        REQUIRE(count.step());
        const qint64 c = count.int64(0);
        count.reset();
        return c;
    };
    CHECK(rows() == 0);
    PgTransaction snapshot(reader, PgTransaction::Mode::ReadOnlySnapshot);
    CHECK(rows() == 0);
    {
        PgTransaction tx(writer);
        writer.exec("INSERT INTO n VALUES (1), (2)");
        tx.commit();
    }
    CHECK(rows() ==
          0); // the snapshot was taken at its first statement: an import committed since is not half-seen
    snapshot.commit();
    CHECK(rows() == 2);
    try {
        PgTransaction ro(reader, PgTransaction::Mode::ReadOnlySnapshot);
        reader.exec("INSERT INTO n VALUES (3)");
        FAIL("wrote in a read-only transaction");
    } catch (const PgError& e) {
        CHECK(e.sqlState() == "25006");
    }
}

TEST_CASE("fromSqlitePlaceholders rewrites ? and ?N outside literals and comments", "[pg]") {
    struct Case {
        const char* sqlite;
        const char* postgres;
    };
    const Case c = GENERATE(values<Case>({
        {"SELECT 1", "SELECT 1"},
        {"INSERT INTO t VALUES (?, ?, ?)", "INSERT INTO t VALUES ($1, $2, $3)"},
        {"UPDATE t SET a = ?2 WHERE id = ?1 AND ?2 IS NOT NULL",
         "UPDATE t SET a = $2 WHERE id = $1 AND $2 IS NOT NULL"},
        {"SELECT ?3, ?", "SELECT $3, $4"}, // SQLite: a bare ? is one more than the highest so far
        {"SELECT '?', \"a?b\", ? -- what?\n, ?", "SELECT '?', \"a?b\", $1 -- what?\n, $2"},
        {"SELECT 'it''s ?', ? /* ?1 */", "SELECT 'it''s ?', $1 /* ?1 */"},
        {"SELECT ?10", "SELECT $10"},
    }));
    CHECK(fromSqlitePlaceholders(c.sqlite) == c.postgres);
}
