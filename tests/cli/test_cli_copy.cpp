#include "cli.h"

#include "clirunner.h"
#include "pgtestserver.h"
#include "pgurlschema.h"
#include "testsupport.h"

#include "store/database.h"
#include "store/migrations.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pgstatement.h"
#include "store/sqldialect.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <map>
#include <unistd.h>

using namespace revalign;
using revalign::test::CliResult;
using revalign::test::runCli;
using revalign::test::TempDir;

namespace {
QJsonObject jsonOf(const CliResult& r) {
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

using CopyScratchSchema = revalign::test::PgUrlSchema;

bool isMeta(const QString& table) {
    return table == u"revalign_meta" || table == u"revalign_lock_holder";
}

// Every table's rows as text, each value tagged with its kind ("i:42", "r:0.1", "t:สมชาย", "null"),
// rows sorted in C++ (bytewise, so no server collation takes part). Reals with 17 digits: exact.
using Dump = std::map<QString, std::vector<QStringList>>;

QString realText(double d) {
    return QStringLiteral("r:") + QString::number(d, 'g', 17);
}

QStringList tablesOf(const QStringList& all) {
    QStringList out;
    for (const QString& t : all)
        if (!isMeta(t))
            out << t;
    return out;
}

Dump dumpSqlite(const QString& path) {
    Database db(path, Database::Mode::ReadOnly);
    QStringList all;
    {
        Statement q(db, SqlDialect::sqlite().tablesQuery());
        while (q.step())
            all << q.text(0);
    }
    Dump dump;
    for (const QString& table : tablesOf(all)) {
        QStringList cols;
        {
            Statement c(db, SqlDialect::sqlite().columnsQuery());
            c.bind(1, table);
            while (c.step())
                cols << c.text(0);
        }
        std::string sql = "SELECT ";
        for (qsizetype i = 0; i < cols.size(); ++i)
            sql += (i ? ", typeof(\"" : "typeof(\"") + cols[i].toStdString() + "\"), \"" +
                   cols[i].toStdString() + "\"";
        sql += " FROM \"" + table.toStdString() + "\"";
        Statement q(db, sql);
        auto& rows = dump[table];
        while (q.step()) {
            QStringList row;
            for (int i = 0; i < int(cols.size()); ++i) {
                const QString type = q.text(2 * i);
                if (type == u"null")
                    row << QStringLiteral("null");
                else if (type == u"integer")
                    row << QStringLiteral("i:%1").arg(q.int64(2 * i + 1));
                else if (type == u"real")
                    row << realText(q.real(2 * i + 1));
                else
                    row << QStringLiteral("t:") + q.text(2 * i + 1);
            }
            rows.push_back(row);
        }
        std::sort(rows.begin(), rows.end());
    }
    return dump;
}

Dump dumpPg(const QString& url) {
    PgConnection conn(url);
    QStringList all;
    {
        PgStatement q(conn, SqlDialect::postgres().tablesQuery());
        while (q.step())
            all << q.text(0);
    }
    Dump dump;
    for (const QString& table : tablesOf(all)) {
        QStringList cols, types;
        {
            PgStatement c(conn, SqlDialect::postgres().columnsQuery());
            c.bind(1, table);
            while (c.step()) {
                cols << c.text(0);
                types << c.text(1);
            }
        }
        std::string sql = "SELECT ";
        for (qsizetype i = 0; i < cols.size(); ++i)
            sql += (i ? ", " : "") + conn.quoteIdentifier(cols[i].toStdString());
        sql += " FROM " + conn.quoteIdentifier(table.toStdString());
        PgStatement q(conn, sql);
        auto& rows = dump[table];
        while (q.step()) {
            QStringList row;
            for (int i = 0; i < int(cols.size()); ++i) {
                if (q.isNull(i))
                    row << QStringLiteral("null");
                else if (types[i] == u"bigint" || types[i] == u"integer")
                    row << QStringLiteral("i:%1").arg(q.int64(i));
                else if (types[i] == u"double precision")
                    row << realText(q.real(i));
                else
                    row << QStringLiteral("t:") + q.text(i);
            }
            rows.push_back(row);
        }
        std::sort(rows.begin(), rows.end());
    }
    return dump;
}

// Compares two dumps table by table, row by row, and says where they first differ.
void requireEqual(const Dump& a, const Dump& b) {
    QStringList ta, tb;
    for (const auto& [t, rows] : a)
        ta << t;
    for (const auto& [t, rows] : b)
        tb << t;
    REQUIRE(ta == tb);
    for (const auto& [table, rows] : a) {
        const auto& other = b.at(table);
        INFO("table " << table.toStdString());
        REQUIRE(rows.size() == other.size());
        for (size_t i = 0; i < rows.size(); ++i) {
            INFO("row " << i << ": " << rows[i].join(u'|').toStdString() << " vs "
                        << other[i].join(u'|').toStdString());
            REQUIRE(rows[i] == other[i]);
        }
    }
}

qint64 rowsIn(const Dump& d) {
    qint64 n = 0;
    for (const auto& [t, rows] : d)
        n += qint64(rows.size());
    return n;
}

// The demo workspace (a small one) plus imports of Thai text (TIS-620 file) and of a HubSpot export
// with empty cells (NULLs in the workspace).
QString realWorkspace(const TempDir& dir) {
    const QString ws = dir.path(QStringLiteral("source.revalign"));
    const CliResult demo = runCli({QStringLiteral("demo"), ws, QStringLiteral("--contacts"),
                                   QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("3"),
                                   QStringLiteral("--end"), QStringLiteral("2026-06-30")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == 0);
    for (const char* file : {"enc-tis620.csv", "hubspot-contacts.csv"}) {
        const CliResult imp =
            runCli({QStringLiteral("import"), ws,
                    revalign::test::testData(QStringLiteral("import/") + QLatin1String(file))});
        INFO(file << ": " << imp.err.toStdString() << imp.out.toStdString());
        REQUIRE(imp.code == 0);
    }
    return ws;
}

// stderr lines that are not progress ("copied TABLE: N rows (i/n)").
qsizetype problemLines(const QString& err) {
    qsizetype n = 0;
    for (const QString& line : err.split(u'\n', Qt::SkipEmptyParts))
        n += line.startsWith(QStringLiteral("copied ")) ? 0 : 1;
    return n;
}

QStringList pgTables(const QString& url) {
    PgConnection conn(url);
    PgStatement q(conn, SqlDialect::postgres().tablesQuery());
    QStringList out;
    while (q.step())
        if (q.text(0) != u"revalign_lock_holder")
            out << q.text(0);
    return out;
}
} // namespace

TEST_CASE("cli: copy there and back is content-equal", "[pg]") {
    REVALIGN_NEED_PG(server);
    TempDir dir;
    const QString ws = realWorkspace(dir);
    const Dump original = dumpSqlite(ws);
    // Real content: every kind of value the workspace holds.
    REQUIRE(original.at(QStringLiteral("contact")).size() > 60);
    REQUIRE(rowsIn(original) > 500);
    CopyScratchSchema schema(server);

    const CliResult there = runCli({QStringLiteral("copy"), ws, schema.url(), QStringLiteral("--json")});
    INFO(there.err.toStdString());
    REQUIRE(there.code == 0);
    const QJsonObject root = jsonOf(there);
    CHECK(root.value(QStringLiteral("copied")).toBool());
    CHECK(root.value(QStringLiteral("source_engine")).toString() == u"sqlite");
    CHECK(root.value(QStringLiteral("target_engine")).toString() == u"postgresql");
    CHECK(root.value(QStringLiteral("schema_version")).toInt() == latestSchemaVersion());
    CHECK(root.value(QStringLiteral("rows")).toInteger() == rowsIn(original));
    CHECK(root.value(QStringLiteral("tables")).toArray().size() == qsizetype(original.size()));
    // Progress: one line per table on stderr.
    CHECK(there.err.count(QStringLiteral("copied ")) == qsizetype(original.size()));

    requireEqual(original, dumpPg(schema.url()));
    {
        PgConnection conn(schema.url());
        PgStatement thai(conn,
                         "SELECT count(*) FROM contact WHERE first_name = 'สมชาย' AND last_name = 'ใจดี'");
        REQUIRE(thai.step());
        CHECK(thai.int64(0) == 1);
    }

    const QString back = dir.path(QStringLiteral("back.revalign"));
    const CliResult home = runCli({QStringLiteral("copy"), schema.url(), back});
    INFO(home.err.toStdString());
    REQUIRE(home.code == 0);
    CHECK(home.out.contains(
        QStringLiteral(": copied %1 tables, %2 rows").arg(original.size()).arg(rowsIn(original))));
    requireEqual(original, dumpSqlite(back));
    CHECK(revalign::test::workspaceContentDigest(back) == revalign::test::workspaceContentDigest(ws));
    // The copy opens as a workspace of this version.
    const CliResult info = runCli({QStringLiteral("info"), back, QStringLiteral("--json")});
    CHECK(info.code == 0);

    // The identity sequences were moved past the copied ids: the next id handed out is above every
    // copied one, so the next import's insert cannot collide.
    {
        PgConnection conn(schema.url());
        PgStatement seq(conn,
                        "SELECT nextval(pg_get_serial_sequence('contact', 'id')) > (SELECT max(id) FROM "
                        "contact)");
        REQUIRE(seq.step());
        CHECK(seq.int64(0) == 1);
    }
}

TEST_CASE("cli: copy refuses a target that is not empty and changes nothing", "[pg]") {
    REVALIGN_NEED_PG(server);
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("w.revalign"));
    REQUIRE(runCli({QStringLiteral("demo"), ws, QStringLiteral("--contacts"), QStringLiteral("20")}).code ==
            0);
    CopyScratchSchema schema(server);
    REQUIRE(runCli({QStringLiteral("copy"), ws, schema.url()}).code == 0);
    const Dump before = dumpPg(schema.url());
    const CliResult again = runCli({QStringLiteral("copy"), ws, schema.url(), QStringLiteral("--json")});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("the database is not empty")));
    CHECK(again.err.contains(QStringLiteral("account")));
    CHECK(again.err.count(u'\n') == 1);
    CHECK_FALSE(jsonOf(again).value(QStringLiteral("copied")).toBool(true));
    CHECK(jsonOf(again).value(QStringLiteral("error")).toString().contains(QStringLiteral("not empty")));
    requireEqual(before, dumpPg(schema.url()));

    // Another application's tables are refused as well, and named.
    CopyScratchSchema other(server);
    {
        PgConnection conn(other.url());
        conn.exec("CREATE TABLE invoices (id int)");
    }
    const CliResult foreign = runCli({QStringLiteral("copy"), ws, other.url()});
    CHECK(foreign.code == 1);
    CHECK(foreign.err.contains(QStringLiteral("invoices")));
    CHECK(pgTables(other.url()) == QStringList{QStringLiteral("invoices")});

    // A team workspace with a table the schema does not know: refused (it would not be copied), and the
    // new file the copy had created is removed again.
    {
        PgConnection conn(schema.url());
        conn.exec("CREATE TABLE extra_notes (id bigint, note text)");
    }
    const QString fresh = dir.path(QStringLiteral("fresh.revalign"));
    const CliResult extra = runCli({QStringLiteral("copy"), schema.url(), fresh});
    CHECK(extra.code == 1);
    CHECK(extra.err.contains(QStringLiteral("table extra_notes is not part of the workspace schema")));
    CHECK_FALSE(QFileInfo::exists(fresh));
    CHECK_FALSE(QFileInfo::exists(fresh + QStringLiteral("-wal")));

    // Back into an existing file: refused, the file untouched.
    const QByteArray sum = revalign::test::sha256(ws);
    const CliResult exists = runCli({QStringLiteral("copy"), schema.url(), ws});
    CHECK(exists.code == 1);
    CHECK(exists.err.startsWith(ws + QStringLiteral(": already exists")));
    CHECK(revalign::test::sha256(ws) == sum);
}

TEST_CASE("cli: copy refuses a damaged source or one that is not a current workspace", "[pg]") {
    REVALIGN_NEED_PG(server);
    TempDir dir;
    CopyScratchSchema schema(server);

    const QString text = dir.path(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not a workspace\n");
    }
    const CliResult notOurs = runCli({QStringLiteral("copy"), text, schema.url(), QStringLiteral("--json")});
    CHECK(notOurs.code == 1);
    CHECK(notOurs.err.startsWith(text));
    CHECK_FALSE(jsonOf(notOurs).value(QStringLiteral("copied")).toBool(true));
    CHECK(pgTables(schema.url()).isEmpty());

    // A value the schema does not allow (text in an integer column), in a table copied late: the copy
    // fails naming table, row and column, and the target is left empty again.
    const QString ws = dir.path(QStringLiteral("w.revalign"));
    REQUIRE(runCli({QStringLiteral("demo"), ws, QStringLiteral("--contacts"), QStringLiteral("20")}).code ==
            0);
    {
        Database db(ws, Database::Mode::ReadWrite);
        db.exec("UPDATE touchpoint SET occurred_at = 'soon' WHERE id = (SELECT max(id) FROM touchpoint)");
    }
    const CliResult damaged = runCli({QStringLiteral("copy"), ws, schema.url()});
    CHECK(damaged.code == 1);
    CHECK(damaged.err.contains(QStringLiteral("table touchpoint")));
    CHECK(damaged.err.contains(QStringLiteral("column occurred_at")));
    // Progress lines for the tables before it, then the one line of the error.
    CHECK(problemLines(damaged.err) == 1);
    CHECK(pgTables(schema.url()).isEmpty());

    // A team workspace at an older schema: refused with the upgrade hint, and nothing is written.
    CopyScratchSchema old(server);
    {
        PgConnection conn(old.url());
        migrate(conn, migrations()[migrations().size() - 2].version);
    }
    const QString back = dir.path(QStringLiteral("back.revalign"));
    const CliResult older = runCli({QStringLiteral("copy"), old.url(), back});
    CHECK(older.code == 1);
    CHECK(older.err.contains(QStringLiteral("revalign-cli upgrade")));
    CHECK_FALSE(QFileInfo::exists(back));
    // An empty database is no workspace either.
    const CliResult empty = runCli({QStringLiteral("copy"), schema.url(), back});
    CHECK(empty.code == 1);
    CHECK(empty.err.contains(QStringLiteral("not a RevAlign workspace")));
    CHECK_FALSE(QFileInfo::exists(back));
}

TEST_CASE("cli: copy with a wrong password or no server says so without the password", "[pg]") {
    REVALIGN_NEED_PG(server);
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("w.revalign"));
    REQUIRE(runCli({QStringLiteral("demo"), ws, QStringLiteral("--contacts"), QStringLiteral("10")}).code ==
            0);
    CopyScratchSchema schema(server);
    const QString secret = QStringLiteral("Wr0ng-s3cret");
    const CliResult wrong =
        runCli({QStringLiteral("copy"), ws, schema.urlWithPassword(secret), QStringLiteral("--json")});
    CHECK(wrong.code == 1);
    CHECK(wrong.err.contains(QStringLiteral("password")));
    CHECK_FALSE(wrong.err.contains(secret));
    CHECK_FALSE(wrong.out.contains(secret));
    CHECK(jsonOf(wrong).contains(QStringLiteral("error")));
    CHECK(pgTables(schema.url()).isEmpty());

    const CliResult nobody =
        runCli({QStringLiteral("copy"), ws,
                QStringLiteral("postgresql://anna:%1@127.0.0.1:1/team?connect_timeout=2").arg(secret)});
    CHECK(nobody.code == 1);
    CHECK(nobody.err.count(u'\n') == 1);
    CHECK_FALSE(nobody.err.contains(secret));
}

TEST_CASE("cli: copy follows the exit-code contract without a server") {
    TempDir dir;
    CHECK(runCli({QStringLiteral("copy")}).code == 2);
    const CliResult one =
        runCli({QStringLiteral("copy"), dir.path(QStringLiteral("a.revalign")), QStringLiteral("--json")});
    CHECK(one.code == 2);
    CHECK(jsonOf(one).contains(QStringLiteral("error")));
    // Two files (or two URLs): copy goes between engines.
    const CliResult files = runCli({QStringLiteral("copy"), dir.path(QStringLiteral("a.revalign")),
                                    dir.path(QStringLiteral("b.revalign")), QStringLiteral("--json")});
    CHECK(files.code == 2);
    CHECK(files.err.count(u'\n') == 1);
    CHECK_FALSE(jsonOf(files).value(QStringLiteral("copied")).toBool(true));
    // A missing source file: the work failed, nothing written.
    const CliResult missing = runCli({QStringLiteral("copy"), dir.path(QStringLiteral("gone.revalign")),
                                      QStringLiteral("postgresql://anna@127.0.0.1:1/team")});
    CHECK(missing.code == 1);
    CHECK(missing.err.startsWith(dir.path(QStringLiteral("gone.revalign"))));
}
