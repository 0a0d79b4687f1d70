#include "cli.h"

#include "clirunner.h"
#include "testsupport.h"

#include "store/database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using revalign::test::CliResult;
using revalign::test::runCli;
using revalign::test::TempDir;

TEST_CASE("cli: init then info --json reports an empty workspace") {
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("w.revalign"));
    REQUIRE(runCli({QStringLiteral("init"), ws}).code == 0);
    const CliResult info = runCli({QStringLiteral("info"), ws, QStringLiteral("--json")});
    REQUIRE(info.code == 0);
    const QJsonObject root = QJsonDocument::fromJson(info.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("schema_version")).toInt() >= 1);
    CHECK(root.value(QStringLiteral("counts")).toObject().value(QStringLiteral("contact")).toInt() == 0);
    CHECK(root.value(QStringLiteral("counts")).toObject().value(QStringLiteral("funnel_stage")).toInt() == 6);
    CHECK(root.value(QStringLiteral("first_activity")).isNull());
}

TEST_CASE("cli: exit codes follow the contract") {
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("w.revalign"));
    CHECK(runCli({}).code == 2);
    CHECK(runCli({QStringLiteral("frobnicate")}).code == 2);
    CHECK(runCli({QStringLiteral("init")}).code == 2);
    CHECK(runCli({QStringLiteral("info"), ws, QStringLiteral("--bogus")}).code == 2);
    const CliResult missing = runCli({QStringLiteral("info"), ws});
    CHECK(missing.code == 1);
    CHECK(missing.err.startsWith(ws));
    CHECK(missing.err.count(u'\n') == 1);
    REQUIRE(runCli({QStringLiteral("init"), ws}).code == 0);
    CHECK(runCli({QStringLiteral("init"), ws}).code == 1);
    CHECK(runCli({QStringLiteral("--version")}).out.startsWith(QStringLiteral("revalign-cli ")));
}

// Issue 10.3: a workspace with a table dropped made `info` exit 1, but `import` wrote into it and `kpi`
// answered.
TEST_CASE("cli: every command refuses a damaged workspace, naming it") {
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("w.revalign"));
    REQUIRE(runCli({QStringLiteral("init"), ws}).code == 0);
    {
        revalign::Database db(ws, revalign::Database::Mode::ReadWrite);
        db.exec("DROP TABLE contact_stage");
    }
    const QByteArray before = revalign::test::sha256(ws);
    const QString csv = revalign::test::testData(QStringLiteral("import/hubspot-contacts.csv"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("import"), ws, csv}, QStringList{QStringLiteral("kpi"), ws},
          QStringList{QStringLiteral("funnel"), ws}, QStringList{QStringLiteral("info"), ws},
          QStringList{QStringLiteral("undo"), ws},
          QStringList{QStringLiteral("attribution"), ws, QStringLiteral("--model"), QStringLiteral("linear")},
          QStringList{QStringLiteral("score"), ws}}) {
        INFO(args.join(u' '));
        const CliResult r = runCli(args);
        CHECK(r.code == 1);
        CHECK(r.err.startsWith(ws + QStringLiteral(": the workspace is damaged (table 'contact_stage' is "
                                                   "missing)")));
        CHECK(r.err.count(u'\n') == 1);
    }
    CHECK(revalign::test::sha256(ws) == before);
    CHECK_FALSE(QFile::exists(ws + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(ws + QStringLiteral("-shm")));
}

TEST_CASE("cli: info --check runs the full integrity check") {
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("w.revalign"));
    REQUIRE(runCli({QStringLiteral("init"), ws}).code == 0);
    const CliResult ok = runCli({QStringLiteral("info"), ws, QStringLiteral("--check")});
    CHECK(ok.code == 0);
    CHECK(ok.out.contains(QStringLiteral("Integrity:      ok\n")));
    const CliResult json =
        runCli({QStringLiteral("info"), ws, QStringLiteral("--check"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("integrity")).toString() ==
          QStringLiteral("ok"));
}
