#include "store/database.h"
#include "store/migrations.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pgstatement.h"
#include "store/schemameta.h"
#include "store/schemaupgrade.h"
#include "store/sqldialect.h"

#include "pgscratch.h"
#include "testsupport.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

using namespace revalign;
using namespace revalign::test;

namespace {
struct ColumnShape {
    std::string name;
    std::string type; // SQLite's declared type mapped to PostgreSQL's name for it
    bool notNull = false;
    bool primaryKey = false;
    friend bool operator==(const ColumnShape&, const ColumnShape&) = default;
};
std::ostream& operator<<(std::ostream& os, const ColumnShape& c) {
    return os << c.name << ' ' << c.type << (c.notNull ? " NOT NULL" : "") << (c.primaryKey ? " PK" : "");
}

struct Shape {
    std::map<std::string, std::vector<ColumnShape>> tables;
    std::set<std::string> indexes;
};

// The type mapping the dialect promises: {int} -> bigint, {real} -> double precision, TEXT -> text.
std::string pgTypeOf(const std::string& sqliteType) {
    if (sqliteType == "INTEGER")
        return "bigint";
    if (sqliteType == "REAL")
        return "double precision";
    if (sqliteType == "TEXT")
        return "text";
    return "?" + sqliteType;
}

Shape sqliteShape(int target = -1) {
    Database db(QStringLiteral(":memory:"), Database::Mode::ReadWriteCreate);
    migrate(db, target);
    const SqlDialect d = SqlDialect::sqlite();
    Shape s;
    Statement tables(db, d.tablesQuery());
    Statement columns(db, d.columnsQuery());
    while (tables.step()) {
        const std::string table(tables.textView(0));
        columns.bind(1, std::string_view(table));
        while (columns.step()) {
            const bool pk = columns.int64(3) != 0;
            // A primary key is NOT NULL on PostgreSQL; SQLite's table_info says so only where declared.
            s.tables[table].push_back({std::string(columns.textView(0)),
                                       pgTypeOf(std::string(columns.textView(1))),
                                       columns.int64(2) != 0 || pk, pk});
        }
        columns.reset();
    }
    Statement indexes(db, d.indexesQuery());
    while (indexes.step())
        s.indexes.emplace(indexes.textView(0));
    return s;
}

Shape pgShape(PgConnection& conn) {
    const SqlDialect d = SqlDialect::postgres();
    Shape s;
    std::vector<std::string> names;
    {
        PgStatement tables(conn, d.tablesQuery());
        while (tables.step())
            names.emplace_back(tables.textView(0));
    }
    PgStatement columns(conn, d.columnsQuery());
    for (const std::string& table : names) {
        if (table == "revalign_meta" || table == "revalign_lock_holder") // PostgreSQL's own bookkeeping
            continue;
        columns.bind(1, std::string_view(table));
        while (columns.step())
            s.tables[table].push_back({std::string(columns.textView(0)), std::string(columns.textView(1)),
                                       columns.int64(2) != 0, columns.int64(3) != 0});
        columns.reset();
    }
    PgStatement indexes(conn, d.indexesQuery());
    while (indexes.step())
        s.indexes.emplace(indexes.textView(0));
    return s;
}

void requireSameShape(const Shape& sqlite, const Shape& pg) {
    std::set<std::string> sqliteTables, pgTables;
    for (const auto& [t, c] : sqlite.tables)
        sqliteTables.insert(t);
    for (const auto& [t, c] : pg.tables)
        pgTables.insert(t);
    REQUIRE(sqliteTables == pgTables);
    for (const auto& [table, columns] : sqlite.tables) {
        INFO("table " << table);
        CHECK(pg.tables.at(table) == columns);
    }
    // Every index the migrations name exists on both (PostgreSQL adds its own for keys; SQLite's
    // automatic ones are not listed).
    for (const std::string& index : sqlite.indexes) {
        INFO("index " << index);
        CHECK(pg.indexes.count(index) == 1);
    }
}

qint64 scalar(PgConnection& conn, std::string_view sql) {
    PgStatement st(conn, sql);
    REQUIRE(st.step());
    return st.int64(0);
}

// The connection info with the test role's password in it: messages must never show it.
PgConnInfo withPassword(const PgTestServer& server) {
    PgConnInfo info = PgConnInfo::parse(server.url);
    info.set("password", server.password);
    return info;
}
} // namespace

TEST_CASE("every migration runs on an empty PostgreSQL schema and gives SQLite's tables and columns",
          "[pg]") {
    REVALIGN_NEED_PG(server);
    PgConnection conn(server.url);
    PgScratchSchema schema(server, conn);
    CHECK(migrate(conn, -1, QStringLiteral("anna")) == int(migrations().size()));
    requireSameShape(sqliteShape(), pgShape(conn));
    CHECK(scalar(conn, "SELECT application_id FROM revalign_meta") == kApplicationId);
    CHECK(scalar(conn, "SELECT schema_version FROM revalign_meta") == latestSchemaVersion());
    CHECK(scalar(conn, "SELECT count(*) FROM revalign_meta") == 1);
    PgStatement who(conn, "SELECT upgraded_by, min_writer_version FROM revalign_meta");
    REQUIRE(who.step());
    CHECK(who.text(0) == u"anna");
    CHECK(who.text(1) == QString::fromLatin1(kMinWriterVersion));
    // Running again changes nothing.
    CHECK(migrate(conn) == 0);
}

TEST_CASE("each migration applies on PostgreSQL from the previous version, keeping the rows", "[pg]") {
    REVALIGN_NEED_PG(server);
    std::vector<int> versions{0};
    for (const Migration& m : migrations())
        versions.push_back(m.version);
    const Shape expected = sqliteShape();
    for (const int start : versions) {
        INFO("from version " << start);
        PgConnection conn(server.url);
        PgScratchSchema schema(server, conn);
        migrate(conn, start);
        CHECK(SchemaMeta(conn).version() == start);
        if (start == 4) {
            // Migration 5 moves a stage entry's undo row id to the contact id in its before-image.
            conn.exec("INSERT INTO import_batch(id, file_name, file_hash, profile, imported_at) "
                      "VALUES (1, 'a.csv', 'h', 'p', 0)");
            conn.exec(
                "INSERT INTO import_undo(batch_id, seq, table_name, row_id, before) VALUES "
                "(1, 1, 'contact_stage', 0, '{\"contact_id\": 42, \"stage_id\": 3, \"entered_at\": 5}')");
        }
        if (start == 5) {
            // Migration 6 copies touchpoints with their ids into a rebuilt table: the next id handed out must
            // follow them (an identity sequence is not moved by explicit ids).
            conn.exec("INSERT INTO contact(id, source, source_id) VALUES (7, 'hubspot', 'c7')");
            conn.exec("INSERT INTO touchpoint(id, source, source_id, contact_id, occurred_at, kind, team) "
                      "VALUES (9, 'hubspot', 't9', 7, 100, 'email', 'marketing')");
        }
        if (start == 8) {
            // Migration 9 gives existing notes version 1 (and their creation time as the last change).
            conn.exec("INSERT INTO meeting(id, held_on) VALUES (1, '2026-11-30')");
            conn.exec("INSERT INTO meeting_note(id, meeting_id, team, text, created_at) "
                      "VALUES (7, 1, 'sales', 'Students again', 1796000000)");
        }
        migrate(conn);
        CHECK(SchemaMeta(conn).version() == latestSchemaVersion());
        requireSameShape(expected, pgShape(conn));
        if (start == 4)
            CHECK(scalar(conn, "SELECT row_id FROM import_undo") == 42);
        if (start == 5) {
            CHECK(scalar(conn,
                         "INSERT INTO touchpoint(source, source_id, contact_id, occurred_at, kind, team) "
                         "VALUES ('hubspot', 't10', 7, 200, 'email', 'marketing') RETURNING id") == 10);
            CHECK(scalar(conn, "SELECT count(*) FROM touchpoint") == 2);
        }
        if (start == 8) {
            CHECK(scalar(conn, "SELECT version FROM meeting_note WHERE id = 7") == 1);
            CHECK(scalar(conn, "SELECT updated_at FROM meeting_note WHERE id = 7") == 1796000000);
            // MeetingStore's versioned update, as PostgreSQL runs it: the first from version 1 changes the
            // row, a second from the same stale version changes none (a conflict).
            const std::string edit = "UPDATE meeting_note SET text = 'edited', version = version + 1 "
                                     "WHERE id = 7 AND version = 1";
            CHECK(conn.exec(edit) == 1);
            CHECK(conn.exec(edit) == 0);
            CHECK(scalar(conn, "SELECT version FROM meeting_note WHERE id = 7") == 2);
        }
    }
}

TEST_CASE("SchemaMeta on PostgreSQL: ours, empty, another application's, newer, older, newer writer",
          "[pg]") {
    REVALIGN_NEED_PG(server);
    PgConnection conn(withPassword(server));
    PgScratchSchema schema(server, conn);
    const QString where = conn.info().redacted();
    const QString app = QStringLiteral("0.1.0");
    REQUIRE_FALSE(where.contains(server.password));
    const auto refusal = [&] {
        try {
            SchemaMeta(conn).access(where, app);
        } catch (const Error& e) {
            CHECK_FALSE(e.message().contains(server.password));
            CHECK(e.message().count(u'\n') == 0);
            return e.message();
        }
        FAIL("not refused");
        return QString();
    };

    SECTION("an empty database is not a workspace yet; upgrade creates one") {
        const QString message = refusal();
        CHECK(message.startsWith(where + u": not a RevAlign workspace yet"));
        CHECK(message.contains(QStringLiteral("revalign-cli upgrade ") + where));
    }
    SECTION("a database with other tables is refused, and never written") {
        conn.exec("CREATE TABLE invoices (id int)");
        CHECK(refusal() ==
              where + u": not a RevAlign workspace (the database has tables but no revalign_meta)");
        CHECK_THROWS_WITH(upgradeSchema(conn, PgLockIntent::ofThisProcess(QStringLiteral("Upgrade"))),
                          Catch::Contains("not a RevAlign workspace"));
        CHECK(scalar(conn, "SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                           "current_schema() AND table_name = 'contact'") == 0);
    }
    SECTION("revalign_meta of another application id is refused") {
        migrate(conn);
        conn.exec("UPDATE revalign_meta SET application_id = 1");
        CHECK(refusal() == where + u": not a RevAlign workspace (revalign_meta names application id 1)");
    }
    SECTION("the current schema is writable") {
        migrate(conn);
        const SchemaMeta::Access a = SchemaMeta(conn).access(where, app);
        CHECK(a.writable);
        CHECK_FALSE(a.needsUpgrade);
        CHECK(a.readOnlyReason.isEmpty());
    }
    SECTION("a schema newer than this build opens read-only and is not upgraded") {
        migrate(conn);
        conn.exec("UPDATE revalign_meta SET schema_version = " + std::to_string(latestSchemaVersion() + 1));
        const SchemaMeta::Access a = SchemaMeta(conn).access(where, app);
        CHECK_FALSE(a.writable);
        CHECK_FALSE(a.needsUpgrade);
        CHECK(a.readOnlyReason.contains(QStringLiteral("upgraded by a newer RevAlign (workspace version %1")
                                            .arg(latestSchemaVersion() + 1)));
        CHECK_THROWS_WITH(upgradeSchema(conn, PgLockIntent::ofThisProcess(QStringLiteral("Upgrade"))),
                          Catch::Contains("upgraded by a newer RevAlign"));
    }
    SECTION("a schema only newer builds may write opens read-only") {
        migrate(conn);
        conn.exec("UPDATE revalign_meta SET min_writer_version = '0.10.0'");
        const SchemaMeta::Access a = SchemaMeta(conn).access(where, QStringLiteral("0.9.2"));
        CHECK_FALSE(a.writable);
        CHECK(a.readOnlyReason.contains(QStringLiteral("RevAlign 0.10.0 or newer (this is 0.9.2)")));
        CHECK(SchemaMeta(conn).access(where, QStringLiteral("0.10.0")).writable); // compared as versions
    }
    SECTION("an older schema opens read-only, is never upgraded by opening, and upgrade brings it up") {
        const int previous = migrations()[migrations().size() - 2].version;
        migrate(conn, previous);
        const SchemaMeta::Access a = SchemaMeta(conn).access(where, app);
        CHECK_FALSE(a.writable);
        CHECK(a.needsUpgrade);
        CHECK(a.readOnlyReason.contains(QStringLiteral("run `revalign-cli upgrade %1`").arg(where)));
        CHECK(SchemaMeta(conn).version() == previous);

        // Other test processes upgrade their own schemas on the same server (NOTIFY is per database): this
        // upgrade is told apart by its person.
        const QString who = QStringLiteral("anna-%1").arg(::getpid());
        PgConnection listener(server.url);
        listener.listen("revalign_schema");
        const SchemaUpgradeResult r =
            upgradeSchema(conn, {who, QStringLiteral("laptop"), QStringLiteral("Upgrade")});
        CHECK(r.from == previous);
        CHECK(r.to == latestSchemaVersion());
        CHECK(r.applied == 1);
        CHECK(SchemaMeta(conn).read().upgradedBy == who);
        CHECK(SchemaMeta(conn).access(where, app).writable);
        std::optional<PgNotification> ours;
        for (int i = 0; i < 50 && !ours; ++i) {
            listener.waitForNotification(std::chrono::milliseconds(100), {}, "revalign_schema");
            for (const PgNotification& n : listener.takeNotifications("revalign_schema"))
                if (n.payload.value(QStringLiteral("who")).toString() == who)
                    ours = n;
        }
        REQUIRE(ours);
        CHECK(ours->payload.value(QStringLiteral("from")).toInt() == previous);
        CHECK(ours->payload.value(QStringLiteral("version")).toInt() == latestSchemaVersion());
    }
}

TEST_CASE("two upgrades at once: one creates the schema, the other waits and finds it done", "[pg]") {
    REVALIGN_NEED_PG(server);
    PgConnection first(server.url);
    PgScratchSchema schema(server, first);
    PgConnection second(server.url);
    schema.use(second);
    SchemaUpgradeResult a, b;
    std::thread other([&] {
        b = upgradeSchema(second, {QStringLiteral("ben"), QStringLiteral("desk"), QStringLiteral("Upgrade")});
    });
    a = upgradeSchema(first, {QStringLiteral("anna"), QStringLiteral("laptop"), QStringLiteral("Upgrade")});
    other.join();
    // 7 + 0 in either order: the migrations ran once.
    CHECK(a.applied + b.applied == int(migrations().size()));
    CHECK((a.applied == 0 || b.applied == 0));
    CHECK(a.to == latestSchemaVersion());
    CHECK(b.to == latestSchemaVersion());
    CHECK(scalar(first, "SELECT count(*) FROM revalign_meta") == 1);
}

TEST_CASE("the engine fragments give the same answers on both engines", "[pg]") {
    REVALIGN_NEED_PG(server);
    PgConnection conn(server.url);
    PgScratchSchema schema(server, conn);
    migrate(conn);
    Database db(QStringLiteral(":memory:"), Database::Mode::ReadWriteCreate);
    migrate(db);
    const char* setup[] = {
        "INSERT INTO funnel_stage(id, key, name, position, team) VALUES (1, 'lead', 'Lead', 1, 'marketing'), "
        "(2, 'mql', 'MQL', 2, 'marketing'), (3, 'sql', 'SQL', 3, 'sales')",
        "INSERT INTO contact(id, source, source_id, score, first_name) VALUES (1, 's', 'a', 12, 'Anna')",
        // Entered in another order than the funnel's.
        "INSERT INTO contact_stage(contact_id, stage_id, entered_at) VALUES (1, 3, 30), (1, 1, 10), (1, 2, "
        "20)",
        "INSERT INTO owner(id, name, role, team) VALUES (1, 'Ben', 'ae', 'sales')",
        "INSERT INTO deal_stage(name, position, probability, forecast_category) VALUES ('Won', 1, 0.1, "
        "'closed')"};
    for (const char* sql : setup) {
        db.exec(sql);
        conn.exec(sql);
    }
    {
        const std::string sql = "SELECT " + SqlDialect::sqlite().stagePath("c.id") + " FROM contact c";
        Statement st(db, sql);
        REQUIRE(st.step());
        CHECK(st.text(0) == u"lead > mql > sql");
        PgStatement pg(conn, "SELECT " + SqlDialect::postgres().stagePath("c.id") + " FROM contact c");
        REQUIRE(pg.step());
        CHECK(pg.text(0) == u"lead > mql > sql");
    }
    // A before-image and its restore (what undo will do on PostgreSQL): integers, text, a double, NULLs.
    const std::vector<std::string> columns{"id", "score", "first_name", "last_name"};
    const std::vector<std::string> types{"bigint", "bigint", "text", "text"};
    const SqlDialect pgd = SqlDialect::postgres();
    PgStatement image(conn, "SELECT " + pgd.jsonObject(columns) + "::text FROM contact WHERE id = 1");
    REQUIRE(image.step());
    const QString before = image.text(0);
    image.reset();
    conn.exec("UPDATE contact SET score = 99, first_name = 'changed', last_name = 'set'");
    std::string sets;
    for (size_t i = 0; i < columns.size(); ++i)
        sets += (sets.empty() ? "" : ", ") + columns[i] + " = " + pgd.jsonValue("$1", columns[i], types[i]);
    PgStatement restore(conn, "UPDATE contact SET " + sets + " WHERE id = " + pgd.jsonInteger("$1", "id"));
    restore.bind(1, before).run();
    CHECK(restore.changes() == 1);
    PgStatement back(conn,
                     "SELECT score, first_name, CASE WHEN last_name IS NULL THEN 1 ELSE 0 END FROM contact "
                     "WHERE id = 1");
    REQUIRE(back.step());
    CHECK(back.int64(0) == 12);
    CHECK(back.text(1) == u"Anna");
    CHECK(back.int64(2) == 1);
    // A double survives the round trip exactly.
    PgStatement prob(conn, "SELECT " +
                               pgd.jsonValue("(" + pgd.jsonObject({"probability"}) + ")::text", "probability",
                                             "double precision") +
                               " FROM deal_stage");
    REQUIRE(prob.step());
    CHECK(prob.real(0) == 0.1);
}
