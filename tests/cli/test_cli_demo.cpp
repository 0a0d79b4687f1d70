#include "cli.h"

#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using revalign::test::CliResult;
using revalign::test::runCli;
using revalign::test::TempDir;

TEST_CASE("cli: demo writes a workspace and prints a one-line summary") {
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("demo.revalign"));
    const CliResult r = runCli({QStringLiteral("demo"), ws, QStringLiteral("--contacts"),
                                QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("5"),
                                QStringLiteral("--end"), QStringLiteral("2026-06-30")});
    REQUIRE(r.code == 0);
    CHECK(r.err.isEmpty());
    CHECK(r.out.count(u'\n') == 1);
    CHECK(r.out.startsWith(QStringLiteral("Created ") + ws));
    CHECK(r.out.contains(QStringLiteral("300 contacts")));
    CHECK(r.out.contains(QStringLiteral("2024-07-01 to 2026-06-30")));
    const CliResult info = runCli({QStringLiteral("info"), ws, QStringLiteral("--json")});
    REQUIRE(info.code == 0);
    const QJsonObject root = QJsonDocument::fromJson(info.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("counts")).toObject().value(QStringLiteral("contact")).toInt() == 300);
    CHECK(root.value(QStringLiteral("name")).toString() == QStringLiteral("Northwind Analytics (demo)"));
}

TEST_CASE("cli: demo with the same seed and end date writes the same content") {
    TempDir dir;
    const auto make = [&](const QString& name, const QString& seed) {
        const QString ws = dir.path(name);
        REQUIRE(
            runCli({QStringLiteral("demo"), ws, QStringLiteral("--contacts"), QStringLiteral("200"),
                    QStringLiteral("--seed"), seed, QStringLiteral("--end"), QStringLiteral("2025-12-31")})
                .code == 0);
        return revalign::test::workspaceContentDigest(ws);
    };
    const QByteArray a = make(QStringLiteral("a.revalign"), QStringLiteral("7"));
    CHECK(a == make(QStringLiteral("b.revalign"), QStringLiteral("7")));
    CHECK(a != make(QStringLiteral("c.revalign"), QStringLiteral("8")));
}

TEST_CASE("cli: demo refuses an existing file and bad options") {
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("w.revalign"));
    REQUIRE(runCli({QStringLiteral("init"), ws}).code == 0);
    const QByteArray before = revalign::test::sha256(ws);
    const CliResult exists =
        runCli({QStringLiteral("demo"), ws, QStringLiteral("--contacts"), QStringLiteral("10")});
    CHECK(exists.code == 1);
    CHECK(exists.err.startsWith(ws));
    CHECK(exists.err.count(u'\n') == 1);
    CHECK(revalign::test::sha256(ws) == before);

    const QString fresh = dir.path(QStringLiteral("fresh.revalign"));
    const QStringList bad = GENERATE(values<QStringList>({
        {QStringLiteral("--contacts"), QStringLiteral("0")},
        {QStringLiteral("--contacts"), QStringLiteral("lots")},
        {QStringLiteral("--contacts"), QStringLiteral("5000001")},
        {QStringLiteral("--seed"), QStringLiteral("-1")},
        {QStringLiteral("--end"), QStringLiteral("2026-13-01")},
        {QStringLiteral("--end"), QStringLiteral("31/12/2026")},
        {QStringLiteral("--bogus")},
    }));
    const CliResult r = runCli(QStringList{QStringLiteral("demo"), fresh} + bad);
    CHECK(r.code == 2);
    CHECK(r.err.count(u'\n') >= 1);
    CHECK_FALSE(QFile::exists(fresh));
    CHECK(runCli({QStringLiteral("demo")}).code == 2);
}

TEST_CASE("cli: demo into a folder that does not exist fails with one line and writes nothing") {
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("missing/folder/demo.revalign"));
    const CliResult r =
        runCli({QStringLiteral("demo"), ws, QStringLiteral("--contacts"), QStringLiteral("10")});
    CHECK(r.code == 1);
    CHECK(r.err.startsWith(ws));
    CHECK(r.err.count(u'\n') == 1);
    CHECK_FALSE(QFile::exists(ws));
}
