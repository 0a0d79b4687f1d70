// The commands of issue 12: n/a with a reason in `kpi`, `--all-time`, `check`, `breakdown` and `plan`,
// on workspaces made the way users make them (init + import of an export), and on the real Salesforce
// exports when ../shared/data/real is there.
#include "cli.h"

#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using revalign::test::CliResult;
using revalign::test::runCli;
using revalign::test::TempDir;

namespace {
QString imported(const TempDir& dir, const char* name, const QStringList& files) {
    const QString path = dir.path(QString::fromLatin1(name));
    REQUIRE(runCli({QStringLiteral("init"), path}).code == 0);
    for (const QString& f : files) {
        const CliResult r = runCli({QStringLiteral("import"), path, f});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
    }
    return path;
}

QString fixture(const char* name) {
    return revalign::test::testData(QStringLiteral("figures/") + QString::fromLatin1(name));
}

QJsonObject json(const CliResult& r) {
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QJsonObject byKey(const QJsonArray& array, const QString& key) {
    for (const auto& v : array)
        if (v.toObject().value(QStringLiteral("key")).toString() == key)
            return v.toObject();
    FAIL("no " << key.toStdString());
    return {};
}
} // namespace

TEST_CASE("cli kpi: a KPI the data cannot support is null with the reason, in JSON and CSV") {
    TempDir dir;
    const QString ws = imported(dir, "mql.revalign", {fixture("hubspot-mql-list.csv")});
    const QJsonObject root =
        json(runCli({QStringLiteral("kpi"), ws, QStringLiteral("--all-time"), QStringLiteral("--json")}));
    const QJsonArray kpis = root.value(QStringLiteral("kpis")).toArray();
    const QJsonObject acceptance = byKey(kpis, QStringLiteral("mql_acceptance_rate"));
    CHECK(acceptance.value(QStringLiteral("value")).isNull());
    CHECK(acceptance.value(QStringLiteral("reason")).toString() ==
          QStringLiteral("no handoff decisions in this workspace"));
    const QJsonObject mqls = byKey(kpis, QStringLiteral("mqls"));
    CHECK(mqls.value(QStringLiteral("value")).toInt() == 22);
    CHECK(mqls.value(QStringLiteral("reason")).isNull());
    CHECK(byKey(kpis, QStringLiteral("win_rate")).value(QStringLiteral("reason")).toString() ==
          QStringLiteral("no deal data in this workspace"));
    CHECK(root.value(QStringLiteral("all_time")).toBool());

    const CliResult csv = runCli({QStringLiteral("kpi"), ws, QStringLiteral("--csv")});
    REQUIRE(csv.code == 0);
    const QStringList lines = csv.out.split(u'\n', Qt::SkipEmptyParts);
    CHECK(lines.first().endsWith(QStringLiteral(",formula,reason")));
    bool found = false;
    for (const QString& line : lines)
        if (line.startsWith(QStringLiteral("sla_compliance,")))
            found = line.endsWith(
                QStringLiteral(",no handoff decisions or first sales touches in this workspace"));
    CHECK(found);
}

TEST_CASE("cli kpi: --all-time takes no --from or --to") {
    TempDir dir;
    const QString ws = imported(dir, "mql.revalign", {fixture("hubspot-mql-list.csv")});
    const CliResult r = runCli({QStringLiteral("kpi"), ws, QStringLiteral("--all-time"),
                                QStringLiteral("--from"), QStringLiteral("2026-01-01")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--all-time")));
}

TEST_CASE("cli check: findings with counts and examples, exit 0, 1 only when it cannot run") {
    TempDir dir;
    const QString ws = imported(dir, "deals.revalign", {fixture("hubspot-deals-only.csv")});
    const QJsonObject root = json(runCli({QStringLiteral("check"), ws, QStringLiteral("--json")}));
    CHECK(root.value(QStringLiteral("checks")).toArray().size() == 9);
    const QJsonObject closed =
        byKey(root.value(QStringLiteral("findings")).toArray(), QStringLiteral("closed_before_created"));
    CHECK(closed.value(QStringLiteral("count")).toInt() == 1);
    CHECK(closed.value(QStringLiteral("checked")).toInt() == 27);
    CHECK(closed.value(QStringLiteral("kind")).toString() == QStringLiteral("opportunities"));
    CHECK(closed.value(QStringLiteral("ids")).toArray().size() == 1);
    const QJsonObject example = closed.value(QStringLiteral("examples")).toArray().first().toObject();
    CHECK(example.value(QStringLiteral("source_id")).toString() == QStringLiteral("21001410"));
    CHECK(example.value(QStringLiteral("close_date")).toString() == QStringLiteral("2025-11-28"));

    const CliResult text = runCli({QStringLiteral("check"), ws});
    CHECK(text.code == 0);
    CHECK(text.out.contains(
        QStringLiteral("Deals closed before they were created: 1 of 27 opportunities (3.7%)")));
    CHECK(runCli({QStringLiteral("check"), dir.path(QStringLiteral("missing.revalign"))}).code == 1);
}

TEST_CASE("cli breakdown: rows sorted by the metric, every KPI of the row, the forecast rolled up") {
    TempDir dir;
    const QString ws = imported(dir, "deals.revalign", {fixture("hubspot-deals-only.csv")});
    const QJsonObject root =
        json(runCli({QStringLiteral("breakdown"), ws, QStringLiteral("--by"), QStringLiteral("owner"),
                     QStringLiteral("--all-time"), QStringLiteral("--json")}));
    CHECK(root.value(QStringLiteral("by")).toString() == QStringLiteral("owner"));
    CHECK(root.value(QStringLiteral("metric")).toString() == QStringLiteral("bookings"));
    const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 4);
    double previous = 1e18, bookings = 0;
    qint64 won = 0;
    for (const auto& v : rows) {
        const QJsonObject row = v.toObject();
        for (const char* field : {"key", "value", "opportunities", "open_opportunities", "open_pipeline",
                                  "won", "lost", "bookings", "win_rate", "average_deal_size", "forecast"})
            CHECK(row.contains(QString::fromLatin1(field)));
        CHECK(row.value(QStringLiteral("value")).toDouble() <= previous);
        previous = row.value(QStringLiteral("value")).toDouble();
        bookings += row.value(QStringLiteral("bookings")).toDouble();
        won += row.value(QStringLiteral("won")).toInteger();
        CHECK(row.value(QStringLiteral("mqls")).isNull()); // no contacts in this workspace
    }
    // The owners' rows add up to the workspace's all-time figures (the migrated deal included).
    const QJsonObject all =
        json(runCli({QStringLiteral("kpi"), ws, QStringLiteral("--all-time"), QStringLiteral("--json")}));
    const QJsonArray kpis = all.value(QStringLiteral("kpis")).toArray();
    CHECK(bookings ==
          Approx(byKey(kpis, QStringLiteral("bookings")).value(QStringLiteral("value")).toDouble()));
    CHECK(won == byKey(kpis, QStringLiteral("win_rate"))
                     .value(QStringLiteral("detail"))
                     .toObject()
                     .value(QStringLiteral("won"))
                     .toInteger());
    CHECK(root.value(QStringLiteral("reasons")).toObject().value(QStringLiteral("mqls")).toString() ==
          QStringLiteral("no lead data in this workspace"));

    const CliResult csv = runCli({QStringLiteral("breakdown"), ws, QStringLiteral("--by"),
                                  QStringLiteral("deal-stage"), QStringLiteral("--csv")});
    REQUIRE(csv.code == 0);
    CHECK(csv.out.startsWith(
        QStringLiteral("deal-stage,name,value,opportunities,open_opportunities,open_pipeline,")));
    CHECK(runCli({QStringLiteral("breakdown"), ws, QStringLiteral("--by"), QStringLiteral("moon")}).code ==
          2);
    CHECK(runCli({QStringLiteral("breakdown"), ws, QStringLiteral("--by"), QStringLiteral("owner"),
                  QStringLiteral("--metric"), QStringLiteral("nope")})
              .code == 2);
    // Managers and regions need the owner hierarchy, which this workspace does not have.
    const CliResult manager =
        runCli({QStringLiteral("breakdown"), ws, QStringLiteral("--by"), QStringLiteral("manager")});
    CHECK(manager.code == 1);
    CHECK(manager.err.contains(QStringLiteral("owner hierarchy")));
}

TEST_CASE("cli plan: a bookings target back through the workspace's rates, what-ifs and reasons") {
    TempDir dir;
    const QString ws = imported(dir, "deals.revalign", {fixture("hubspot-deals-only.csv")});
    // What-ifs for every rate the deals carry: 100,000 ÷ 10,000 = 10 won deals ÷ 0.25 = 40 opportunities,
    // 400,000 of pipeline, created 30 days before the quarter ends.
    const QJsonObject root =
        json(runCli({QStringLiteral("plan"), ws, QStringLiteral("--target"), QStringLiteral("100000"),
                     QStringLiteral("--from"), QStringLiteral("2027-01-01"), QStringLiteral("--to"),
                     QStringLiteral("2027-03-31"), QStringLiteral("--deal-size"), QStringLiteral("10000"),
                     QStringLiteral("--win-rate"), QStringLiteral("25"), QStringLiteral("--cycle-days"),
                     QStringLiteral("30"), QStringLiteral("--json")}));
    const QJsonArray steps = root.value(QStringLiteral("steps")).toArray();
    CHECK(byKey(steps, QStringLiteral("won_deals")).value(QStringLiteral("needed")).toInt() == 10);
    CHECK(byKey(steps, QStringLiteral("opportunities")).value(QStringLiteral("needed")).toInt() == 40);
    CHECK(byKey(steps, QStringLiteral("opportunities")).value(QStringLiteral("by")).toString() ==
          QStringLiteral("2027-03-01"));
    CHECK(byKey(steps, QStringLiteral("pipeline")).value(QStringLiteral("needed")).toDouble() == 400000.0);
    // No contacts: SQLs, SALs and MQLs are null with the reason.
    const QJsonObject mqls = byKey(steps, QStringLiteral("mqls"));
    CHECK(mqls.value(QStringLiteral("needed")).isNull());
    CHECK(mqls.value(QStringLiteral("reason")).toString() ==
          QStringLiteral("no lead data in this workspace"));
    CHECK(root.value(QStringLiteral("teams"))
              .toObject()
              .value(QStringLiteral("sales"))
              .toObject()
              .contains(QStringLiteral("pipeline")));
    CHECK(runCli({QStringLiteral("plan"), ws}).code == 2);
    CHECK(runCli({QStringLiteral("plan"), ws, QStringLiteral("--target"), QStringLiteral("100"),
                  QStringLiteral("--win-rate"), QStringLiteral("250")})
              .code == 2);
}

TEST_CASE("cli info: the data range is the one the metrics use") {
    TempDir dir;
    const QString ws = imported(dir, "deals.revalign", {fixture("hubspot-deals-only.csv")});
    const QJsonObject info = json(runCli({QStringLiteral("info"), ws, QStringLiteral("--json")}));
    const QJsonObject kpi = json(runCli({QStringLiteral("kpi"), ws, QStringLiteral("--json")}));
    CHECK(info.value(QStringLiteral("data_from")).toString() ==
          QStringLiteral("2025-11-28")); // the migrated deal's close
    CHECK(info.value(QStringLiteral("data_from")) == kpi.value(QStringLiteral("from")));
    CHECK(info.value(QStringLiteral("data_to")) == kpi.value(QStringLiteral("to")));
}

TEST_CASE("cli check: the real Salesforce exports, what is really wrong there") {
    // Skips cleanly without the shared folder (Catch2 v2 has no SKIP: nothing to check then).
    QStringList files;
    for (const char* f : {"Account", "Campaign", "Lead", "Contact", "CampaignMember", "Opportunity"}) {
        const QString path = revalign::test::sharedRealData(QStringLiteral("salesforce-datacloud-workshop/") +
                                                            QString::fromLatin1(f) + QStringLiteral(".csv"));
        if (path.isEmpty())
            return;
        files << path;
    }
    TempDir dir;
    const QString ws = imported(dir, "workshop.revalign", files);
    const QJsonObject root = json(runCli({QStringLiteral("check"), ws, QStringLiteral("--json")}));
    // The workshop's opportunities were all created on the day of the export: 15 of the 50 closed before.
    const QJsonObject closed =
        byKey(root.value(QStringLiteral("findings")).toArray(), QStringLiteral("closed_before_created"));
    CHECK(closed.value(QStringLiteral("count")).toInt() == 15);
    CHECK(closed.value(QStringLiteral("checked")).toInt() == 50);
    // Their cycle is not negative: every won deal of that range is left out and the KPI says why.
    const QJsonObject kpi =
        json(runCli({QStringLiteral("kpi"), ws, QStringLiteral("--from"), QStringLiteral("2023-01-01"),
                     QStringLiteral("--to"), QStringLiteral("2023-12-31"), QStringLiteral("--json")}));
    const QJsonObject cycle =
        byKey(kpi.value(QStringLiteral("kpis")).toArray(), QStringLiteral("sales_cycle_days"));
    CHECK(cycle.value(QStringLiteral("value")).isNull());
    CHECK(cycle.value(QStringLiteral("reason")).toString().startsWith(QStringLiteral("every won deal here")));
}
