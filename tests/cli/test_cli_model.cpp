// The CLI side of issue 11 points 1, 5-8: files written in dependency order, unresolved references,
// undated facts and undefined deal stages in the text and in --json, --manager and --region filters.
#include "cli.h"

#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using revalign::test::CliResult;
using revalign::test::runCli;
using revalign::test::TempDir;
using revalign::test::testData;

namespace {
QString fixture(const char* name) {
    return testData(QStringLiteral("import/") + QString::fromLatin1(name));
}

QJsonObject fileNamed(const QJsonObject& result, const char* name) {
    for (const QJsonValue& f : result.value(QStringLiteral("files")).toArray())
        if (f.toObject().value(QStringLiteral("file")).toString().endsWith(QString::fromLatin1(name)))
            return f.toObject();
    return {};
}
} // namespace

TEST_CASE("cli: import --json carries unresolved, undated and undefined_stages for every file") {
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("w.revalign"));
    REQUIRE(runCli({QStringLiteral("init"), ws}).code == 0);
    const CliResult deals = runCli({QStringLiteral("import"), ws,
                                    fixture("salesforce-opportunities-owned.csv"), QStringLiteral("--json")});
    REQUIRE(deals.code == 0);
    const QJsonObject file =
        fileNamed(QJsonDocument::fromJson(deals.out.toUtf8()).object(), "salesforce-opportunities-owned.csv");
    for (const char* key : {"unresolved", "undated", "undefined_stages", "notes", "errors"})
        CHECK(file.contains(QString::fromLatin1(key)));
    const QJsonArray unresolved = file.value(QStringLiteral("unresolved")).toArray();
    REQUIRE(unresolved.size() == 1);
    const QJsonObject u = unresolved.at(0).toObject();
    CHECK(u.value(QStringLiteral("field")).toString() == u"account_source_id");
    CHECK(u.value(QStringLiteral("count")).toInt() == 4);
    CHECK(u.value(QStringLiteral("examples")).toArray().size() == 3); // 001X, 001Y, 001Q

    const CliResult pipeline =
        runCli({QStringLiteral("import"), ws, fixture("sales-pipeline.csv"), QStringLiteral("--profile"),
                testData(QStringLiteral("import/profiles/sales-pipeline.json"))});
    REQUIRE(pipeline.code == 0);
    CHECK(pipeline.out.contains(
        QStringLiteral("undefined deal stage: 'Engaging' (3 deal(s), new to the workspace)")));
    CHECK(pipeline.out.contains(QStringLiteral("undated: won: 1 record(s) without a date (lines 14)")));
}

TEST_CASE("cli: files are imported in dependency order and the text says so") {
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("w.revalign"));
    REQUIRE(runCli({QStringLiteral("init"), ws}).code == 0);
    const CliResult r = runCli({QStringLiteral("import"), ws, fixture("salesforce-opportunities-owned.csv"),
                                fixture("salesforce-accounts-report.csv")});
    REQUIRE(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("Imported in dependency order")));
    CHECK(r.out.indexOf(QStringLiteral("salesforce-accounts-report.csv: salesforce-accounts")) <
          r.out.indexOf(QStringLiteral("salesforce-opportunities-owned.csv: salesforce-opportunities")));
    // 001Q names no account of the file: one reference stays
    CHECK(r.out.contains(QStringLiteral("unresolved: account_source_id: 1 reference(s) to account records")));
}

TEST_CASE("cli: an OpportunityHistory export is history, never opportunities: alone it is refused, naming "
          "the deal") {
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("w.revalign"));
    REQUIRE(runCli({QStringLiteral("init"), ws}).code == 0);
    const CliResult r = runCli({QStringLiteral("import"), ws, fixture("opportunity-history.csv")});
    CHECK(r.code == 1);
    CHECK(QString(r.out + r.err).contains(QStringLiteral("salesforce-opportunity-history")));
    CHECK(r.err.contains(QStringLiteral("006O1")));
}

TEST_CASE("cli: kpi and funnel take --manager and --region") {
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("w.revalign"));
    REQUIRE(runCli({QStringLiteral("init"), ws}).code == 0);
    REQUIRE(runCli({QStringLiteral("import"), ws, fixture("salesforce-users-api.csv"),
                    fixture("salesforce-opportunities-owned.csv")})
                .code == 0);
    const QStringList range{QStringLiteral("--from"), QStringLiteral("2024-01-01"), QStringLiteral("--to"),
                            QStringLiteral("2024-12-31"), QStringLiteral("--json")};
    const CliResult vic =
        runCli(QStringList{QStringLiteral("kpi"), ws, QStringLiteral("--manager"), QStringLiteral("Vic Vp")} +
               range);
    REQUIRE(vic.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(vic.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("filters")).toObject().value(QStringLiteral("manager")).toString() ==
          u"Vic Vp");
    CHECK(
        runCli(QStringList{QStringLiteral("funnel"), ws, QStringLiteral("--region"), QStringLiteral("EMEA")} +
               range)
            .code == 0);
    const CliResult unknown =
        runCli(QStringList{QStringLiteral("kpi"), ws, QStringLiteral("--manager"), QStringLiteral("Nobody")} +
               range);
    CHECK(unknown.code != 0);
    CHECK(unknown.err.contains(QStringLiteral("unknown manager 'Nobody'")));
}
