#include "cli.h"

#include "clirunner.h"
#include "testsupport.h"

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
