#include "store/pg/pgconnection.h"
#include "store/pg/pgcopyin.h"
#include "store/pg/pgstatement.h"
#include "store/pg/pgtransaction.h"

#include "pgscratch.h"
#include "testsupport.h"

using namespace revalign;
using namespace revalign::test;

namespace {
using T = PgCopyIn::Type;

const std::vector<PgCopyIn::Column> kColumns = {
    {"id", T::Int8},    {"email", T::Text},   {"first_name", T::Text}, {"created_at", T::Int8},
    {"score", T::Int4}, {"ratio", T::Float8}, {"active", T::Bool},     {"note", T::Text},
};

constexpr std::string_view kTable =
    "CREATE TABLE contact_copy (id int8 PRIMARY KEY, email text NOT NULL, "
    "first_name text, created_at int8, score int4, ratio float8, active bool, "
    "note text)";

// Row i of the test data: every type, NULLs in a pattern, Thai names, text that needs escaping in COPY's
// text format (tab, newline, backslash).
struct Row {
    qint64 id;
    std::string email;
    std::string name;
    qint64 created;
    std::optional<qint64> score;
    double ratio;
    bool active;
    std::optional<std::string> note;
};
Row row(qint64 i) {
    Row r;
    r.id = i;
    r.email = "user" + std::to_string(i) + "@example.com";
    r.name = i % 7 == 0 ? "สมชาย" : "Ann";
    r.created = 1704067200 + i * 60;
    if (i % 13 != 0)
        r.score = i % 101;
    r.ratio = static_cast<double>(i) / 8.0;
    r.active = i % 2 == 0;
    if (i % 5 != 0)
        r.note = "note with\ttab and\nnewline \\ " + std::to_string(i);
    return r;
}

void write(PgCopyIn& copy, const Row& r) {
    copy.int64(r.id).text(r.email).text(r.name).int64(r.created).value(r.score).real(r.ratio).boolean(
        r.active);
    if (r.note)
        copy.text(*r.note);
    else
        copy.null();
    copy.endRow();
}
} // namespace

TEST_CASE("PgCopyIn: 100,000 typed rows round-trip exactly", "[pg]") {
    REVALIGN_NEED_PG(server);
    const PgCopyIn::Format format = GENERATE(PgCopyIn::Format::Binary, PgCopyIn::Format::Text);
    INFO((format == PgCopyIn::Format::Binary ? "binary" : "text"));
    PgConnection conn(server.url);
    PgScratchSchema schema(server, conn);
    conn.exec(kTable);
    constexpr qint64 kRows = 100000;
    {
        PgTransaction tx(conn);
        // A small buffer: many hand-overs to libpq, memory bounded by it whatever the row count.
        PgCopyIn copy(conn, "contact_copy", kColumns, format, 8192);
        for (qint64 i = 1; i <= kRows; ++i)
            write(copy, row(i));
        CHECK(copy.rows() == kRows);
        CHECK(copy.finish() == kRows);
        tx.commit();
    }
    PgStatement totals(conn, "SELECT count(*), sum(id), count(score), sum(ratio), count(note), "
                             "count(*) FILTER (WHERE active), count(*) FILTER (WHERE first_name = 'สมชาย'), "
                             "sum(created_at) FROM contact_copy");
    REQUIRE(totals.step());
    CHECK(totals.int64(0) == kRows);
    CHECK(totals.int64(1) == 5'000'050'000);       // 100000 * 100001 / 2
    CHECK(totals.int64(2) == 100000 - 7692);       // NULL for the 7692 multiples of 13
    CHECK(totals.real(3) == 625'006'250.0);        // sum(i) / 8, exact in binary floating point
    CHECK(totals.int64(4) == 100000 - 20000);      // NULL for multiples of 5
    CHECK(totals.int64(5) == 50000);               // even ids
    CHECK(totals.int64(6) == 14285);               // floor(100000 / 7)
    CHECK(totals.int64(7) == 170'706'723'000'000); // 100000 * 1704067200 + 60 * 5000050000

    // And every value of every row is what went in.
    PgStatement all(
        conn,
        "SELECT id, email, first_name, created_at, score, ratio, active, note FROM contact_copy ORDER BY id",
        {PgStatement::Rows::Cursor});
    qint64 i = 0;
    qint64 mismatches = 0;
    while (all.step()) {
        const Row want = row(++i);
        const bool same =
            all.int64(0) == want.id && all.textView(1) == want.email && all.textView(2) == want.name &&
            all.int64(3) == want.created && all.optInt64(4) == want.score && all.real(5) == want.ratio &&
            all.boolean(6) == want.active && (want.note ? all.textView(7) == *want.note : all.isNull(7));
        if (!same && ++mismatches < 5)
            FAIL_CHECK("row " << i << " differs");
    }
    CHECK(i == kRows);
    CHECK(mismatches == 0);
}

TEST_CASE("PgCopyIn checks the declared types against the table before sending", "[pg]") {
    REVALIGN_NEED_PG(server);
    PgConnection conn(server.url);
    PgScratchSchema schema(server, conn);
    conn.exec(kTable);
    try {
        PgCopyIn copy(conn, "contact_copy", {{"id", T::Int8}, {"score", T::Int8}});
        FAIL("accepted bigint for an integer column");
    } catch (const Error& e) {
        CHECK(e.message() == u"internal: COPY into contact_copy: column score is integer on the server, the "
                             u"writer sends bigint");
    }
    try {
        PgCopyIn copy(conn, "contact_copy", {{"id", T::Int8}, {"nope", T::Text}});
        FAIL("accepted a missing column");
    } catch (const Error& e) {
        CHECK(e.message() == u"internal: COPY into contact_copy: no column nope");
    }
    // The connection is not left in COPY mode by a refused writer.
    PgStatement one(conn, "SELECT 1");
    REQUIRE(one.step());
}

TEST_CASE("PgCopyIn names the row and column the server refused, nothing of that COPY is stored", "[pg]") {
    REVALIGN_NEED_PG(server);
    const PgCopyIn::Format format = GENERATE(PgCopyIn::Format::Binary, PgCopyIn::Format::Text);
    PgConnection conn(server.url);
    PgScratchSchema schema(server, conn);
    conn.exec(kTable);
    SECTION("a duplicate key in row 5") {
        try {
            PgCopyIn copy(conn, "contact_copy", kColumns, format);
            for (qint64 i : {1, 2, 3, 4, 2, 6})
                write(copy, row(i));
            copy.finish();
            FAIL("stored a duplicate key");
        } catch (const PgError& e) {
            CHECK(e.sqlState() == "23505");
            CHECK(e.message().contains(
                u"duplicate key value violates unique constraint \"contact_copy_pkey\""));
            CHECK(e.message().contains(u"(Key (id)=(2) already exists.)"));
            CHECK(e.message().contains(u"[COPY contact_copy, line 5"));
        }
    }
    SECTION("a NUL byte in a text value of row 2") {
        try {
            PgCopyIn copy(conn, "contact_copy", kColumns, format);
            write(copy, row(1));
            Row bad = row(2);
            bad.email = std::string("a\0b@example.com", 15);
            write(copy, bad);
            copy.finish();
            FAIL("stored a NUL byte");
        } catch (const PgError& e) {
            CHECK(e.sqlState() == "22021");
            CHECK(e.message().contains(u"line 2"));
        }
    }
    SECTION("the program stops producing rows (an exception): the COPY is aborted") {
        try {
            PgCopyIn copy(conn, "contact_copy", kColumns, format);
            write(copy, row(1));
            throw std::runtime_error("the file could not be read");
        } catch (const std::runtime_error&) {
        }
    }
    PgStatement count(conn, "SELECT count(*) FROM contact_copy");
    REQUIRE(count.step());
    CHECK(count.int64(0) == 0);
}

TEST_CASE("PgCopyIn refuses values that do not fit the row's shape", "[pg]") {
    REVALIGN_NEED_PG(server);
    PgConnection conn(server.url);
    PgScratchSchema schema(server, conn);
    conn.exec(kTable);
    PgCopyIn copy(conn, "contact_copy", {{"id", T::Int8}, {"email", T::Text}});
    CHECK_THROWS_WITH(copy.text(std::string_view("x")), "internal: COPY column id is bigint, not text");
    copy.int64(1); // the refused value did not count
    CHECK_THROWS_WITH(copy.endRow(), "internal: COPY row 1 has 1 values for 2 columns");
    copy.text(std::string_view("a@example.com")).endRow();
    copy.int64(2).text(std::string_view("b@example.com"));
    CHECK_THROWS_WITH(copy.int64(3), "internal: COPY row 2 has more values than the 2 columns");
    copy.endRow();
    CHECK(copy.finish() == 2);
}
