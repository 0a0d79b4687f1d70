#include "cli.h"

#include "clirunner.h"
#include "pgtestserver.h"
#include "pgurlschema.h"
#include "testsupport.h"

#include "store/database.h"
#include "store/migrations.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pgstatement.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <unistd.h>

using namespace revalign;
using revalign::test::CliResult;
using revalign::test::runCli;
using revalign::test::TempDir;

namespace {
QJsonObject jsonOf(const CliResult& r) {
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

using CliScratchSchema = revalign::test::PgUrlSchema;
} // namespace

TEST_CASE("cli: upgrade brings an older workspace file up to date, then finds nothing to do") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("old.revalign"));
    const int previous = migrations()[migrations().size() - 2].version;
    {
        Database db(path, Database::Mode::ReadWriteCreate);
        migrate(db, previous);
    }
    const CliResult up = runCli({QStringLiteral("upgrade"), path, QStringLiteral("--json")});
    INFO(up.err.toStdString());
    REQUIRE(up.code == 0);
    const QJsonObject root = jsonOf(up);
    CHECK(root.value(QStringLiteral("engine")).toString() == u"sqlite");
    CHECK(root.value(QStringLiteral("from_version")).toInt() == previous);
    CHECK(root.value(QStringLiteral("to_version")).toInt() == latestSchemaVersion());
    CHECK(root.value(QStringLiteral("upgraded")).toBool());
    const CliResult again = runCli({QStringLiteral("upgrade"), path});
    CHECK(again.code == 0);
    CHECK(again.out ==
          QStringLiteral("%1: up to date (workspace version %2)\n").arg(path).arg(latestSchemaVersion()));
}

TEST_CASE("cli: upgrade refuses what is not a workspace and follows the exit-code contract") {
    TempDir dir;
    const QString other = dir.path(QStringLiteral("other.db"));
    {
        Database db(other, Database::Mode::ReadWriteCreate);
        db.exec("CREATE TABLE t (x)");
    }
    const CliResult notOurs = runCli({QStringLiteral("upgrade"), other, QStringLiteral("--json")});
    CHECK(notOurs.code == 1);
    CHECK(notOurs.err.startsWith(other + u": not a RevAlign workspace"));
    CHECK(notOurs.err.count(u'\n') == 1);
    CHECK_FALSE(jsonOf(notOurs).value(QStringLiteral("upgraded")).toBool(true));
    CHECK(jsonOf(notOurs).value(QStringLiteral("error")).toString().startsWith(other));
    CHECK(runCli({QStringLiteral("upgrade")}).code == 2);
    const CliResult usage =
        runCli({QStringLiteral("upgrade"), other, QStringLiteral("--bogus"), QStringLiteral("--json")});
    CHECK(usage.code == 2);
    CHECK(jsonOf(usage).contains(QStringLiteral("error")));
}

TEST_CASE("cli: upgrade URL creates the schema in an empty PostgreSQL database, then finds it up to date",
          "[pg]") {
    REVALIGN_NEED_PG(server);
    CliScratchSchema schema(server);
    const CliResult created = runCli({QStringLiteral("upgrade"), schema.url(), QStringLiteral("--json")});
    INFO(created.err.toStdString());
    REQUIRE(created.code == 0);
    const QJsonObject root = jsonOf(created);
    CHECK(root.value(QStringLiteral("engine")).toString() == u"postgresql");
    CHECK(root.value(QStringLiteral("from_version")).toInt() == 0);
    CHECK(root.value(QStringLiteral("to_version")).toInt() == latestSchemaVersion());
    CHECK(root.value(QStringLiteral("migrations")).toInt() == int(migrations().size()));
    const CliResult again = runCli({QStringLiteral("upgrade"), schema.url()});
    CHECK(again.code == 0);
    CHECK(again.out.endsWith(
        QStringLiteral(": up to date (workspace version %1)\n").arg(latestSchemaVersion())));
}

TEST_CASE("cli: upgrade URL upgrades an older team workspace from its version", "[pg]") {
    REVALIGN_NEED_PG(server);
    CliScratchSchema schema(server);
    const int previous = migrations()[migrations().size() - 2].version;
    {
        PgConnection conn(schema.url());
        migrate(conn, previous);
    }
    const CliResult up = runCli({QStringLiteral("upgrade"), schema.url()});
    INFO(up.err.toStdString());
    REQUIRE(up.code == 0);
    CHECK(up.out.contains(QStringLiteral("upgraded from workspace version %1 to %2 (1 migrations)")
                              .arg(previous)
                              .arg(latestSchemaVersion())));
}

TEST_CASE("cli: upgrade URL refuses another application's database without showing the password", "[pg]") {
    REVALIGN_NEED_PG(server);
    CliScratchSchema schema(server);
    schema.exec("CREATE TABLE invoices (id int)");
    const CliResult r = runCli({QStringLiteral("upgrade"), schema.urlWithPassword()});
    CHECK(r.code == 1);
    CHECK(r.err.contains(
        QStringLiteral("not a RevAlign workspace (the database has tables but no revalign_meta)")));
    INFO(r.err.toStdString());
    CHECK(r.err.count(u'\n') == 1);
    REQUIRE_FALSE(server.password.isEmpty());
    CHECK_FALSE(r.err.contains(server.password));
    CHECK_FALSE(r.out.contains(server.password));
    // init creates team workspaces only in an empty database: this one has another application's table.
    const CliResult init = runCli({QStringLiteral("init"), schema.urlWithPassword()});
    CHECK(init.code == 1);
    CHECK(init.err.contains(QStringLiteral("the database is not empty (1 tables: invoices)")));
    CHECK_FALSE(init.err.contains(server.password));
}
