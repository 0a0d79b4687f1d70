#include "cli.h"

#include "clirunner.h"
#include "pgtestserver.h"
#include "pgurlschema.h"
#include "teamcli.h"
#include "testsupport.h"

#include "store/migrations.h"
#include "store/pg/pgconninfo.h"
#include "store/pg/pgstatement.h"
#include "store/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

// Team workspaces opened by URL (docs/postgresql.md §9 steps 1-2): `init URL`, the read-only commands on
// a URL, and the same figures from a workspace file and from its copy on PostgreSQL.

using namespace revalign;
using revalign::test::CliResult;
using revalign::test::jsonOf;
using revalign::test::PgUrlSchema;
using revalign::test::runCli;
using revalign::test::TempDir;
using revalign::test::withoutName;

namespace {
// The demo workspace (fixed seed and end, so its figures do not depend on the day the test runs) plus
// the five contacts of the HubSpot fixture.
QString demoWorkspace(const TempDir& dir) {
    const QString ws = dir.path(QStringLiteral("team.revalign"));
    const CliResult demo = runCli({QStringLiteral("demo"), ws, QStringLiteral("--contacts"),
                                   QStringLiteral("80"), QStringLiteral("--seed"), QStringLiteral("7"),
                                   QStringLiteral("--end"), QStringLiteral("2026-06-30")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == 0);
    return ws;
}
} // namespace

TEST_CASE("cli: init URL creates a team workspace with the defaults a file gets", "[pg]") {
    REVALIGN_NEED_PG(server);
    TempDir dir;
    PgUrlSchema schema(server, QStringLiteral("team"));
    const CliResult init = runCli({QStringLiteral("init"), schema.url()});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    CHECK(init.out.startsWith(QStringLiteral("Created postgresql://")));

    const CliResult info = runCli({QStringLiteral("info"), schema.url(), QStringLiteral("--json")});
    INFO(info.err.toStdString());
    REQUIRE(info.code == 0);
    const QJsonObject team = jsonOf(info);
    CHECK(team.value(QStringLiteral("schema_version")).toInt() == latestSchemaVersion());
    const QJsonObject counts = team.value(QStringLiteral("counts")).toObject();
    // The default funnel: lead, mql, sal, sql, opportunity, customer = 6 stages; nothing imported yet.
    CHECK(counts.value(QStringLiteral("funnel_stage")).toInteger() == 6);
    CHECK(counts.value(QStringLiteral("contact")).toInteger() == 0);
    CHECK(counts.value(QStringLiteral("import_batch")).toInteger() == 0);

    // The same defaults as a new file: funnel, KPI registry, settings (name, currency).
    const QString file = dir.path(QStringLiteral("w.revalign"));
    REQUIRE(runCli({QStringLiteral("init"), file}).code == 0);
    const QJsonObject local = jsonOf(runCli({QStringLiteral("info"), file, QStringLiteral("--json")}));
    CHECK(counts == local.value(QStringLiteral("counts")).toObject());
    CHECK(team.value(QStringLiteral("currency")) == local.value(QStringLiteral("currency")));
    CHECK(team.value(QStringLiteral("name")) == local.value(QStringLiteral("name")));
    CHECK(team.value(QStringLiteral("contacts_by_stage")) ==
          local.value(QStringLiteral("contacts_by_stage")));
    // The KPI registry, figure by figure (all n/a on an empty workspace, but every KPI listed).
    const CliResult kpiTeam =
        runCli({QStringLiteral("kpi"), schema.url(), QStringLiteral("--json"), QStringLiteral("--all-time")});
    const CliResult kpiFile =
        runCli({QStringLiteral("kpi"), file, QStringLiteral("--json"), QStringLiteral("--all-time")});
    INFO(kpiTeam.err.toStdString());
    REQUIRE(kpiTeam.code == 0);
    CHECK(withoutName(kpiTeam.out, schema.url()) == withoutName(kpiFile.out, file));

    // A second init finds a workspace there and changes nothing.
    const CliResult again = runCli({QStringLiteral("init"), schema.url()});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("the database is not empty")));
    CHECK(again.err.contains(QStringLiteral("127.0.0.1:%1/%2").arg(server.port).arg(server.database)));
    CHECK(jsonOf(runCli({QStringLiteral("info"), schema.url(), QStringLiteral("--json")}))
              .value(QStringLiteral("counts"))
              .toObject() == counts);
}

TEST_CASE("cli: init URL refuses a database holding another application's tables", "[pg]") {
    REVALIGN_NEED_PG(server);
    PgUrlSchema schema(server, QStringLiteral("team"));
    schema.exec("CREATE TABLE invoices (id bigint PRIMARY KEY)");
    const CliResult init = runCli({QStringLiteral("init"), schema.url()});
    CHECK(init.code == 1);
    CHECK(init.err.contains(QStringLiteral("127.0.0.1:%1/%2").arg(server.port).arg(server.database)));
    CHECK(init.err.contains(QStringLiteral(": the database is not empty (1 tables: invoices)")));
    // Untouched: still only the one table, no revalign_meta.
    PgConnection conn(schema.url());
    PgStatement n(conn,
                  "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()");
    REQUIRE(n.step());
    CHECK(n.int64(0) == 1);
}

TEST_CASE("cli: read-only commands on a URL give the figures of the file it was copied from", "[pg]") {
    REVALIGN_NEED_PG(server);
    TempDir dir;
    const QString ws = demoWorkspace(dir);
    const CliResult imp = runCli({QStringLiteral("import"), ws,
                                  revalign::test::testData(QStringLiteral("import/hubspot-contacts.csv"))});
    INFO(imp.err.toStdString());
    REQUIRE(imp.code == 0);
    PgUrlSchema schema(server, QStringLiteral("team"));
    const CliResult copy = runCli({QStringLiteral("copy"), ws, schema.url()});
    INFO(copy.err.toStdString());
    REQUIRE(copy.code == 0);

    // Hand-checked on the PostgreSQL side: the fixture's contacts 101-105 are there, with both owners.
    const CliResult info = runCli({QStringLiteral("info"), schema.url(), QStringLiteral("--json")});
    INFO(info.err.toStdString());
    REQUIRE(info.code == 0);
    {
        PgConnection conn(schema.url());
        PgStatement fixture(conn, "SELECT count(*) FROM contact WHERE source_id IN ('101', '102', '103', "
                                  "'104', '105')");
        REQUIRE(fixture.step());
        CHECK(fixture.int64(0) == 5);
    }

    const auto args = GENERATE(
        as<QStringList>{}, QStringList{QStringLiteral("info"), QStringLiteral("--json")},
        QStringList{QStringLiteral("kpi"), QStringLiteral("--json")},
        QStringList{QStringLiteral("kpi"), QStringLiteral("--json"), QStringLiteral("--all-time")},
        QStringList{QStringLiteral("funnel"), QStringLiteral("--json")},
        QStringList{QStringLiteral("funnel"), QStringLiteral("--json"), QStringLiteral("--mode"),
                    QStringLiteral("cohort")},
        QStringList{QStringLiteral("changes"), QStringLiteral("--json")},
        QStringList{QStringLiteral("changes"), QStringLiteral("--json"), QStringLiteral("--by"),
                    QStringLiteral("owner")},
        QStringList{QStringLiteral("breakdown"), QStringLiteral("--by"), QStringLiteral("owner"),
                    QStringLiteral("--json")},
        QStringList{QStringLiteral("check"), QStringLiteral("--json")},
        QStringList{QStringLiteral("attribution"), QStringLiteral("--compare"), QStringLiteral("--json")},
        QStringList{QStringLiteral("plan"), QStringLiteral("--target"), QStringLiteral("2500000"),
                    QStringLiteral("--json")},
        QStringList{QStringLiteral("score"), QStringLiteral("--json")});
    QStringList onFile = args;
    onFile.insert(1, ws);
    QStringList onTeam = args;
    onTeam.insert(1, schema.url());
    const CliResult a = runCli(onFile);
    const CliResult b = runCli(onTeam);
    INFO(args.join(u' ').toStdString()
         << "\nfile: " << a.err.toStdString() << "\nteam: " << b.err.toStdString());
    REQUIRE(a.code == 0);
    CHECK(b.code == a.code);
    CHECK(withoutName(b.out, schema.url()) == withoutName(a.out, ws));
}

TEST_CASE("cli: a URL whose schema is older, newer or missing says what to do", "[pg]") {
    REVALIGN_NEED_PG(server);
    PgUrlSchema schema(server, QStringLiteral("team"));
    // Empty: not a workspace yet.
    const CliResult empty = runCli({QStringLiteral("info"), schema.url()});
    CHECK(empty.code == 1);
    CHECK(empty.err.contains(QStringLiteral("not a RevAlign workspace yet")));

    // Older (one migration short): refused, naming the upgrade command; nothing upgraded.
    {
        PgConnection conn(schema.url());
        migrate(conn, latestSchemaVersion() - 1);
    }
    const CliResult older = runCli({QStringLiteral("kpi"), schema.url()});
    CHECK(older.code == 1);
    CHECK(older.err.contains(QStringLiteral("run `revalign-cli upgrade postgresql://")));
    CHECK(older.err.contains(QStringLiteral("127.0.0.1:%1/%2").arg(server.port).arg(server.database)));
    const auto version = [&] {
        PgConnection conn(schema.url());
        PgStatement v(conn, "SELECT schema_version FROM revalign_meta");
        REQUIRE(v.step());
        return v.int64(0);
    };
    CHECK(version() == latestSchemaVersion() - 1);

    // Newer: read (read-only), but not written.
    REQUIRE(runCli({QStringLiteral("upgrade"), schema.url()}).code == 0);
    schema.exec("UPDATE revalign_meta SET schema_version = schema_version + 1");
    const CliResult info = runCli({QStringLiteral("info"), schema.url(), QStringLiteral("--json")});
    INFO(info.err.toStdString());
    CHECK(info.code == 0);
    Workspace team = Workspace::open(schema.url(), WorkspaceAccess::Auto);
    CHECK(team.isReadOnly());
    CHECK(team.readOnlyReason().contains(QStringLiteral("upgraded by a newer RevAlign")));
    CHECK(team.path().startsWith(QStringLiteral("postgresql://")));
    CHECK(team.path().contains(QStringLiteral("127.0.0.1:%1/%2").arg(server.port).arg(server.database)));
    // Opened with the password in the URL, the workspace's name still has none.
    const Workspace withPassword = Workspace::open(schema.urlWithPassword(), WorkspaceAccess::ReadOnly);
    CHECK_FALSE(withPassword.path().contains(server.password));
    CHECK(withPassword.path().contains(
        QStringLiteral("127.0.0.1:%1/%2").arg(server.port).arg(server.database)));
    const CliResult undo = runCli({QStringLiteral("undo"), schema.url()});
    CHECK(undo.code == 1);
    CHECK(undo.err.contains(QStringLiteral("cannot be changed now: it was upgraded by a newer RevAlign")));
}

TEST_CASE("cli: a URL with a wrong password or without a server names the server, never the password",
          "[pg]") {
    REVALIGN_NEED_PG(server);
    PgUrlSchema schema(server, QStringLiteral("team"));
    REQUIRE(runCli({QStringLiteral("init"), schema.url()}).code == 0);
    const QString secret = QStringLiteral("Wr0ng-s3cret");
    const auto command = GENERATE(QStringLiteral("info"), QStringLiteral("kpi"), QStringLiteral("init"));
    const CliResult wrong = runCli({command, schema.urlWithPassword(secret)});
    CHECK(wrong.code == 1);
    CHECK(wrong.err.contains(QStringLiteral("127.0.0.1:%1/%2").arg(server.port).arg(server.database)));
    CHECK(wrong.err.contains(QStringLiteral("password")));
    CHECK_FALSE(wrong.err.contains(secret));
    CHECK_FALSE(wrong.out.contains(secret));

    const CliResult nobody = runCli(
        {command, QStringLiteral("postgresql://anna:%1@127.0.0.1:1/team?connect_timeout=2").arg(secret)});
    CHECK(nobody.code == 1);
    CHECK(nobody.err.contains(QStringLiteral("127.0.0.1:1/team")));
    CHECK(nobody.err.count(u'\n') == 1);
    CHECK_FALSE(nobody.err.contains(secret));
}

TEST_CASE("cli: a libpq key=value address names a team workspace as its URL does", "[pg]") {
    REVALIGN_NEED_PG(server);
    PgUrlSchema schema(server, QStringLiteral("kv"));
    REQUIRE(runCli({QStringLiteral("init"), schema.url()}).code == 0);
    const QUrl url(server.url);
    const QString conninfo = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 options='-csearch_path=%5'")
                                 .arg(url.host())
                                 .arg(url.port())
                                 .arg(url.path().mid(1), url.userName(), schema.name());
    const CliResult byUrl = runCli({QStringLiteral("kpi"), schema.url(), QStringLiteral("--json")});
    const CliResult byWords = runCli({QStringLiteral("kpi"), conninfo, QStringLiteral("--json")});
    INFO(byWords.err.toStdString());
    REQUIRE(byUrl.code == 0);
    CHECK(byWords.code == 0);
    CHECK(withoutName(byWords.out, conninfo) == withoutName(byUrl.out, schema.url()));
    // Not a libpq keyword: a file of that name, which does not exist.
    const CliResult notOne = runCli({QStringLiteral("info"), QStringLiteral("hostname=db")});
    CHECK(notOne.code != 0);
    CHECK_FALSE(notOne.err.contains(QStringLiteral("PostgreSQL")));
}
