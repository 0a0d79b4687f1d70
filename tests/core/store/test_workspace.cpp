#include "store/definitionstore.h"
#include "store/importstore.h"
#include "store/migrations.h"
#include "store/workspace.h"

#include "testsupport.h"

#include <QFile>

using namespace revalign;
using revalign::test::TempDir;

namespace {
void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QString openError(const QString& path) {
    try {
        Workspace::open(path);
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}
} // namespace

TEST_CASE("a new workspace has the default funnel, KPIs, settings and the RevAlign application id") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("new.revalign"));
    {
        Workspace ws = Workspace::create(path);
        CHECK(ws.schemaVersion() == latestSchemaVersion());
        CHECK(ws.db().pragmaInt("application_id") == kApplicationId);
        CHECK(ws.db().pragmaInt("foreign_keys") == 1);
        DefinitionStore defs(ws.db());
        const auto stages = defs.funnelStages();
        REQUIRE(stages.size() == 6);
        CHECK(stages.front().key == QStringLiteral("lead"));
        CHECK(stages[1].key == QStringLiteral("mql"));
        CHECK(stages[2].key == QStringLiteral("sal"));
        CHECK(stages.back().key == QStringLiteral("customer"));
        CHECK(stages[1].slaHours == 24.0);
        CHECK(defs.kpiDefinitions().size() == defaultKpiDefinitions().size());
        CHECK(ws.settings() == WorkspaceSettings{});
        CHECK(defs.changeLog().empty());
    }
    Statement check(Workspace::open(path).db(), "PRAGMA journal_mode");
    REQUIRE(check.step());
    CHECK(check.text(0) == QStringLiteral("wal"));
}

TEST_CASE("creating over an existing file is refused and leaves it alone") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("taken.revalign"));
    writeFile(path, "keep me");
    CHECK_THROWS_WITH(Workspace::create(path), Catch::Contains("already exists"));
    CHECK(test::fileBytes(path) == "keep me");
}

TEST_CASE("opening something that is not a workspace fails clearly and leaves the file untouched") {
    TempDir dir;
    SECTION("missing file") {
        CHECK(openError(dir.path(QStringLiteral("nope.revalign"))).contains(QStringLiteral("no such file")));
    }
    SECTION("a CSV file") {
        const QString path = dir.path(QStringLiteral("leads.csv"));
        writeFile(path, "Id,Name\n1,Alice\n");
        const QByteArray before = test::sha256(path);
        const QString message = openError(path);
        CHECK(message.startsWith(path));
        CHECK(message.contains(QStringLiteral("not a RevAlign workspace")));
        CHECK(test::sha256(path) == before);
    }
    SECTION("an empty file") {
        const QString path = dir.path(QStringLiteral("empty.revalign"));
        writeFile(path, "");
        CHECK(openError(path).contains(QStringLiteral("not a RevAlign workspace")));
        CHECK(test::fileBytes(path).isEmpty());
    }
    SECTION("another application's SQLite database") {
        const QString path = dir.path(QStringLiteral("other.db"));
        {
            Database db(path, Database::Mode::ReadWriteCreate);
            db.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1);");
        }
        const QByteArray before = test::sha256(path);
        CHECK(openError(path).contains(QStringLiteral("another application")));
        CHECK(test::sha256(path) == before);
    }
    SECTION("a workspace from a newer RevAlign") {
        const QString path = dir.path(QStringLiteral("future.revalign"));
        {
            Workspace ws = Workspace::create(path);
            ws.db().exec("PRAGMA journal_mode = DELETE");
            ws.db().exec("PRAGMA user_version = 999");
        }
        const QByteArray before = test::sha256(path);
        const QString message = openError(path);
        CHECK(message.contains(QStringLiteral("newer RevAlign")));
        CHECK(message.contains(QStringLiteral("999")));
        CHECK(test::sha256(path) == before);
    }
    SECTION("a damaged workspace") {
        const QString path = dir.path(QStringLiteral("damaged.revalign"));
        {
            Workspace ws = Workspace::create(path);
            ws.db().exec("PRAGMA journal_mode = DELETE");
        }
        QByteArray bytes = test::fileBytes(path);
        REQUIRE(bytes.size() > 4096);
        // Keep the 100-byte header (so it still looks like ours) and scribble over the schema page.
        for (qsizetype i = 100; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>(0xA5 ^ (i & 0xff));
        writeFile(path, bytes);
        const QByteArray before = test::sha256(path);
        const QString message = openError(path);
        CHECK(message.startsWith(path));
        CHECK((message.contains(QStringLiteral("damaged")) || message.contains(QStringLiteral("malformed"))));
        CHECK(test::sha256(path) == before);
    }
}

TEST_CASE("every migration applies from an empty file and from each earlier version") {
    TempDir dir;
    const int latest = latestSchemaVersion();
    // Every version a file can be at: empty, or after any migration (branches may leave gaps in the
    // numbering until they land in order).
    std::vector<int> versions{0};
    for (const Migration& m : migrations())
        versions.push_back(m.version);
    for (const int start : versions) {
        const QString path = dir.path(QStringLiteral("m%1.revalign").arg(start));
        {
            Database db(path, Database::Mode::ReadWriteCreate);
            migrate(db, start);
            CHECK(db.pragmaInt("user_version") == start);
            migrate(db);
            CHECK(db.pragmaInt("user_version") == latest);
            CHECK(db.pragmaInt("application_id") == kApplicationId);
            db.exec("PRAGMA foreign_keys = ON");
            Statement fk(db, "PRAGMA foreign_key_check");
            CHECK_FALSE(fk.step());
        }
        // The migrated file and a freshly migrated one have the same schema.
        const QString fresh = dir.path(QStringLiteral("fresh%1.revalign").arg(start));
        {
            Database db(fresh, Database::Mode::ReadWriteCreate);
            migrate(db);
        }
        CHECK(test::workspaceContentDigest(path) == test::workspaceContentDigest(fresh));
    }
}

// Regression (issue 11.12): SQLite tests `x IN ('a', 'b', 'c')` through a temporary index for every row,
// which cost a quarter of a 1M-contact import's writer thread in contact.handoff_status alone. Migration 8
// spells every such list as comparisons; the constraints must still refuse what they refused.
TEST_CASE(
    "no CHECK constraint tests a list of three or more values, and the checks still refuse bad values") {
    TempDir dir;
    std::vector<int> starts{0};
    for (const Migration& m : migrations())
        if (m.version < 8)
            starts.push_back(m.version);
    for (const int start : starts) {
        Database db(dir.path(QStringLiteral("c%1.revalign").arg(start)), Database::Mode::ReadWriteCreate);
        migrate(db, start);
        migrate(db);
        Statement lists(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                            "sql LIKE '%IN (''%'', ''%'', ''%'')%'");
        QStringList tables;
        while (lists.step())
            tables << lists.text(0);
        INFO("from version " << start << ": " << tables.join(QStringLiteral(", ")).toStdString());
        CHECK(tables.isEmpty());
        Statement checks(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND "
                             "sql LIKE '%handoff_status = ''none'' OR handoff_status = ''pending''%'");
        REQUIRE(checks.step());
        CHECK(checks.int64(0) == 1);
        db.exec("INSERT INTO contact(source, source_id, handoff_status) VALUES ('csv', '1', 'accepted')");
        CHECK_THROWS_WITH(
            db.exec("INSERT INTO contact(source, source_id, handoff_status) VALUES ('csv', '3', 'maybe')"),
            Catch::Contains("CHECK constraint failed"));
        CHECK_THROWS_WITH(db.exec("INSERT INTO funnel_stage(key, name, position, team) "
                                  "VALUES ('x', 'X', 99, 'finance')"),
                          Catch::Contains("CHECK constraint failed"));
    }
}

TEST_CASE("a failing migration leaves the file at its previous version") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("half.revalign"));
    Database db(path, Database::Mode::ReadWriteCreate);
    db.exec("CREATE TABLE setting(x)"); // collides with migration 1
    CHECK_THROWS_AS(migrate(db), Error);
    CHECK(db.pragmaInt("user_version") == 0);
    CHECK(db.pragmaInt("application_id") == 0);
}

TEST_CASE("definition changes are logged with who, old and new value") {
    TempDir dir;
    Workspace ws = Workspace::create(dir.path(QStringLiteral("log.revalign")));
    DefinitionStore defs(ws.db());

    Persona p;
    p.name = QStringLiteral("CFO");
    p.titleKeywords = {QStringLiteral("CFO")};
    p.id = defs.savePersona(p, QStringLiteral("Nok (marketing ops)"), QStringLiteral("agreed in sync"));
    REQUIRE(p.id == defs.personas().front().id); // the persona's id, not the change-log row's
    defs.logChange(QStringLiteral("x"), QStringLiteral("setting"), QStringLiteral("pad"), QStringLiteral("f"),
                   {}, {}, {});
    Persona second;
    second.name = QStringLiteral("Second");
    const PersonaId secondId = defs.savePersona(second, QStringLiteral("Nok"), QString());
    CHECK(secondId == defs.personas().back().id);
    defs.removePersona(defs.personas().back().id, QStringLiteral("Nok"), QString());
    p.minEmployees = 500;
    defs.savePersona(p, QStringLiteral("Somchai (sales ops)"), QString());
    REQUIRE(defs.personas() == std::vector<Persona>{p});

    FunnelStage mql = defs.funnelStages()[1];
    mql.slaHours = 8.0;
    defs.updateFunnelStage(mql, QStringLiteral("Ann"), QStringLiteral("faster follow-up"));
    CHECK(defs.funnelStages()[1].slaHours == 8.0);

    KpiDefinition kpi = defs.kpiDefinitions().front();
    kpi.targets[PeriodKind::Month] = 400;
    defs.updateKpiDefinition(kpi, QStringLiteral("Ann"), QString());

    WorkspaceSettings s = ws.settings();
    s.currency = QStringLiteral("THB");
    s.calendar.holidays.insert(QDate(2026, 4, 13));
    ws.saveSettings(s, QStringLiteral("Ann"));
    CHECK(ws.settings() == s);

    auto log = defs.changeLog();
    log.erase(std::remove_if(log.begin(), log.end(),
                             [](const DefinitionChange& c) {
                                 return c.entityKey == u"pad" || c.entityKey == u"Second";
                             }),
              log.end());
    REQUIRE(log.size() == 5);
    CHECK(log[0].entity == QStringLiteral("setting"));
    CHECK(log[0].oldValue == QStringLiteral("USD"));
    CHECK(log[0].newValue == QStringLiteral("THB"));
    CHECK(log[1].entity == QStringLiteral("kpi"));
    CHECK(log[1].newValue.contains(QStringLiteral("month=400")));
    CHECK(log[2].entityKey == QStringLiteral("mql"));
    CHECK(log[2].oldValue == QStringLiteral("24"));
    CHECK(log[2].newValue == QStringLiteral("8"));
    CHECK(log[2].note == QStringLiteral("faster follow-up"));
    CHECK(log[3].field == QStringLiteral("min_employees"));
    CHECK(log[3].who == QStringLiteral("Somchai (sales ops)"));
    CHECK(log[4].field == QStringLiteral("created"));

    defs.removePersona(p.id, QStringLiteral("Ann"), QString());
    CHECK(defs.personas().empty());
}

TEST_CASE("opening a workspace of an older version upgrades it and keeps a copy of the old file") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("old.revalign"));
    {
        Database db(path, Database::Mode::ReadWriteCreate);
        migrate(db, 1);
        db.exec("INSERT INTO setting(key, value) VALUES ('name', 'Old team')");
        db.exec("INSERT INTO contact(source, source_id, email) VALUES ('hubspot', '42', 'a@example.com')");
    }
    const QByteArray before = test::sha256(path);
    {
        Workspace ws = Workspace::open(path);
        CHECK(ws.schemaVersion() == latestSchemaVersion());
        CHECK(ws.settings().name == QStringLiteral("Old team"));
        CHECK(ws.summary().counts.at(QStringLiteral("contact")) == 1);
    }
    const QString backup = path + QStringLiteral(".before-v%1").arg(latestSchemaVersion());
    REQUIRE(QFile::exists(backup));
    CHECK(test::sha256(backup) == before);
}

TEST_CASE("migration 5 keeps every stage entry and the undo log of a stage change") {
    TempDir dir;
    Database db(dir.path(QStringLiteral("v4.revalign")), Database::Mode::ReadWriteCreate);
    migrate(db, 4);
    db.exec("PRAGMA foreign_keys = ON");
    db.exec(
        "INSERT INTO funnel_stage(id, key, name, position, team) VALUES (1, 'lead', 'Lead', 1, 'marketing'), "
        "(2, 'mql', 'MQL', 2, 'marketing')");
    db.exec("INSERT INTO import_batch(id, file_name, file_hash, profile, imported_at) VALUES "
            "(1, 'a.csv', '', 'p', 0), (2, 'b.csv', '', 'p', 1)");
    db.exec("INSERT INTO contact(id, source, source_id, batch_id) VALUES (7, 'hubspot', '7', 1), "
            "(8, 'hubspot', '8', 1)");
    db.exec("INSERT INTO contact_stage(contact_id, stage_id, entered_at, batch_id) VALUES (7, 1, 100, 1), "
            "(7, 2, 250, 2), (8, 1, 300, 1)");
    // Batch 2 moved contact 7's MQL from 200 to 250; version 4 logged the entry by rowid (2).
    db.exec("INSERT INTO import_undo(batch_id, seq, table_name, row_id, before) VALUES (2, 1, "
            "'contact_stage', 2, "
            "json_object('contact_id', 7, 'stage_id', 2, 'entered_at', 200, 'batch_id', 1))");
    migrate(db, 5);
    CHECK(db.pragmaInt("user_version") == 5);
    const auto scalar = [&](const char* sql) {
        Statement st(db, sql);
        REQUIRE(st.step());
        return st.int64(0);
    };
    CHECK(scalar("SELECT count(*) FROM contact_stage") == 3);
    CHECK(scalar("SELECT sum(entered_at) FROM contact_stage") == 650);
    CHECK(scalar("SELECT count(*) FROM sqlite_master WHERE name = 'contact_email'") == 0);
    CHECK(scalar("SELECT row_id FROM import_undo") == 7); // the entry's contact: informational from now on
    // Undoing batch 2 after the upgrade (to the latest version, as the app runs) finds the entry by its key
    // and puts the old date back.
    migrate(db);
    ImportStore store(db);
    REQUIRE(store.undoLastBatch());
    CHECK(scalar("SELECT entered_at FROM contact_stage WHERE contact_id = 7 AND stage_id = 2") == 200);
    CHECK(scalar("SELECT count(*) FROM contact_stage") == 3);
    CHECK(scalar("SELECT count(*) FROM import_undo") == 0);
}

TEST_CASE("migration 6 keeps every stage entry and touchpoint, and lets them wait for what they lack") {
    TempDir dir;
    Database db(dir.path(QStringLiteral("v5.revalign")), Database::Mode::ReadWriteCreate);
    migrate(db, 5);
    db.exec("PRAGMA foreign_keys = ON");
    db.exec(
        "INSERT INTO funnel_stage(id, key, name, position, team) VALUES (1, 'lead', 'Lead', 1, 'marketing')");
    db.exec("INSERT INTO import_batch(id, file_name, file_hash, profile, imported_at) VALUES (1, 'a.csv', "
            "'', 'p', 0)");
    db.exec("INSERT INTO contact(id, source, source_id, batch_id) VALUES (7, 'hubspot', '7', 1)");
    db.exec("INSERT INTO contact_stage(contact_id, stage_id, entered_at, batch_id) VALUES (7, 1, 100, 1)");
    db.exec("INSERT INTO touchpoint(id, source, source_id, contact_id, occurred_at, kind, team, batch_id, "
            "row_hash) "
            "VALUES (3, 'hubspot', 't3', 7, 500, 'demo', 'sales', 1, 42)");
    db.exec("INSERT INTO owner(id, name, role, team) VALUES (1, 'Ann', 'ae', 'sales')");
    db.exec("INSERT INTO deal_stage(name, position, probability, forecast_category) VALUES ('Won', 1, 1, "
            "'closed')");
    db.exec("INSERT INTO opportunity(source, source_id, stage) VALUES ('crm', 'o1', 'Won'), ('crm', 'o2', "
            "'Engaging'), "
            "('crm', 'o3', 'Engaging'), ('crm', 'o4', NULL)");
    migrate(db);
    CHECK(db.pragmaInt("user_version") == latestSchemaVersion());
    const auto scalar = [&](const char* sql) {
        Statement st(db, sql);
        REQUIRE(st.step());
        return st.int64(0);
    };
    CHECK(scalar("SELECT entered_at FROM contact_stage WHERE contact_id = 7") == 100);
    CHECK(scalar("SELECT contact_id * 1000 + row_hash FROM touchpoint WHERE id = 3") == 7042);
    CHECK(scalar("SELECT is_defined FROM deal_stage WHERE name = 'Won'") == 1); // existing stages are defined
    // a stage deals name that no definition lists: listed now, after the others, not yet defined
    CHECK(scalar("SELECT position * 10 + is_defined FROM deal_stage WHERE name = 'Engaging'") == 20);
    CHECK(scalar("SELECT count(*) FROM deal_stage") == 2);
    CHECK(scalar("SELECT count(*) FROM owner WHERE manager_id IS NULL AND region IS NULL") == 1);
    // "Reached, date unknown" and a touch waiting for its contact are now storable.
    db.exec("INSERT INTO contact_stage(contact_id, stage_id, entered_at) VALUES (7, 1, NULL) "
            "ON CONFLICT (contact_id, stage_id) DO UPDATE SET entered_at = NULL");
    db.exec("INSERT INTO touchpoint(source, source_id, contact_id, occurred_at, kind, team) "
            "VALUES ('hubspot', 't4', NULL, 600, 'demo', 'sales')");
    CHECK(scalar("SELECT count(*) FROM contact_stage WHERE entered_at IS NULL") == 1);
    CHECK(scalar("SELECT count(*) FROM touchpoint WHERE contact_id IS NULL") == 1);
    CHECK(scalar("SELECT count(*) FROM pragma_foreign_key_check") == 0);
}
