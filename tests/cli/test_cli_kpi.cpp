#include "cli.h"

#include "store/database.h"
#include "store/workspace.h"

#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using revalign::test::CliResult;
using revalign::test::runCli;
using revalign::test::TempDir;

namespace {
// Two contacts in March 2024 (UTC): X lead 03-04 09:00, MQL 03-05 10:00, accepted; Y lead 03-06 09:00.
// One opportunity of X, 1,234.50, created 03-07, won 03-20.
QString tinyWorkspace(const TempDir& dir) {
    const QString path = dir.path(QStringLiteral("k.revalign"));
    revalign::Workspace ws = revalign::Workspace::create(path);
    ws.db().exec(
        "INSERT INTO persona(name) VALUES ('CFO');"
        "INSERT INTO contact(id, source, source_id, created_at, channel, persona_id, handoff_status, "
        "handoff_decided_at) VALUES (1, 't', '1', 1709542800, 'Paid Search', 1, 'accepted', 1709636400),"
        "(2, 't', '2', 1709715600, 'Events', NULL, 'none', NULL);"
        "INSERT INTO contact_stage(contact_id, stage_id, entered_at) "
        "SELECT 1, id, 1709632800 FROM funnel_stage WHERE key = 'mql';"
        "INSERT INTO opportunity(source, source_id, contact_id, amount_cents, created_at, close_date, "
        "is_closed, is_won, sourced_by) VALUES ('t', 'o1', 1, 123450, 1709802000, '2024-03-20', 1, 1, "
        "'marketing');");
    return path;
}

QJsonObject kpiByKey(const QJsonObject& root, const QString& key) {
    for (const auto& v : root.value(QStringLiteral("kpis")).toArray())
        if (v.toObject().value(QStringLiteral("key")).toString() == key)
            return v.toObject();
    return {};
}
} // namespace

TEST_CASE("cli kpi: --json has the documented shape and values") {
    TempDir dir;
    const QString ws = tinyWorkspace(dir);
    const CliResult r =
        runCli({QStringLiteral("kpi"), ws, QStringLiteral("--from"), QStringLiteral("2024-03-01"),
                QStringLiteral("--to"), QStringLiteral("2024-03-31"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("from")).toString() == QStringLiteral("2024-03-01"));
    CHECK(root.value(QStringLiteral("to")).toString() == QStringLiteral("2024-03-31"));
    CHECK(root.value(QStringLiteral("filters")).toObject().isEmpty());
    const QJsonArray kpis = root.value(QStringLiteral("kpis")).toArray();
    REQUIRE(kpis.size() == 22);
    for (const auto& v : kpis)
        for (const char* field : {"key", "name", "team", "value", "unit", "target", "previous", "formula"})
            CHECK(v.toObject().contains(QString::fromLatin1(field)));
    // Leads X, Y → 2, written as an integer; previous (February) 0.
    const QJsonObject leads = kpiByKey(root, QStringLiteral("leads_created"));
    CHECK(leads.value(QStringLiteral("value")).toVariant().typeId() == QMetaType::LongLong);
    CHECK(leads.value(QStringLiteral("value")).toInteger() == 2);
    CHECK(leads.value(QStringLiteral("previous")).toInteger() == 0);
    // 1 of 2 leads reached MQL: 0.5 as a fraction. 1 accepted of 1 decided: 1.
    CHECK(kpiByKey(root, QStringLiteral("lead_to_mql_rate")).value(QStringLiteral("value")).toDouble() ==
          0.5);
    CHECK(kpiByKey(root, QStringLiteral("mql_acceptance_rate")).value(QStringLiteral("value")).toDouble() ==
          1.0);
    // Money in currency units: 1,234.50.
    CHECK(kpiByKey(root, QStringLiteral("bookings")).value(QStringLiteral("value")).toDouble() == 1234.5);
    // No opportunity was lost: win rate 1 / 1; no SQL: mql_to_sql 0 / 1; no decided MQL in February: null.
    CHECK(kpiByKey(root, QStringLiteral("mql_acceptance_rate")).value(QStringLiteral("previous")).isNull());
    CHECK(kpiByKey(root, QStringLiteral("cost_per_mql")).value(QStringLiteral("value")).toDouble() == 0.0);
}

TEST_CASE("cli kpi: filters, whole range and CSV") {
    TempDir dir;
    const QString ws = tinyWorkspace(dir);
    const CliResult filtered = runCli({QStringLiteral("kpi"), ws, QStringLiteral("--persona"),
                                       QStringLiteral("CFO"), QStringLiteral("--json")});
    REQUIRE(filtered.code == 0);
    const QJsonObject root = QJsonDocument::fromJson(filtered.out.toUtf8()).object();
    // Without --from/--to: the data range, X's creation (03-04) to the close date (03-20).
    CHECK(root.value(QStringLiteral("from")).toString() == QStringLiteral("2024-03-04"));
    CHECK(root.value(QStringLiteral("to")).toString() == QStringLiteral("2024-03-20"));
    CHECK(root.value(QStringLiteral("filters")).toObject().value(QStringLiteral("persona")).toString() ==
          QStringLiteral("CFO"));
    CHECK(kpiByKey(root, QStringLiteral("leads_created")).value(QStringLiteral("value")).toInteger() == 1);
    CHECK(kpiByKey(root, QStringLiteral("cost_per_mql")).value(QStringLiteral("value")).isNull());

    const CliResult csv = runCli({QStringLiteral("kpi"), ws, QStringLiteral("--csv")});
    REQUIRE(csv.code == 0);
    const QStringList lines = csv.out.trimmed().split(u'\n');
    REQUIRE(lines.size() == 23); // header + 22 KPIs
    CHECK(lines[0].startsWith(QStringLiteral("key,name,team,value,unit,target,previous")));
    CHECK(lines[1].startsWith(QStringLiteral("leads_created,Leads created,marketing,2,count,")));
}

// Issue 10.6: `kpi --csv` had its own csvField(): names edited on the Definitions page went out as
// formulas, and a CR in a name went out unquoted and split the row.
TEST_CASE("cli kpi --csv neutralises formula starters and quotes line breaks in KPI names") {
    TempDir dir;
    const QString ws = tinyWorkspace(dir);
    {
        revalign::Workspace w = revalign::Workspace::open(ws);
        w.db().exec("UPDATE kpi_definition SET name = '@SUM(A1)' WHERE key = 'leads_created';"
                    "UPDATE kpi_definition SET name = '+1+1' WHERE key = 'mqls';"
                    "UPDATE kpi_definition SET name = '=HYPERLINK(\"http://x\",\"y\")' WHERE key = 'sqls';"
                    "UPDATE kpi_definition SET name = 'two' || char(13) || 'lines', formula = '-2+3' "
                    "WHERE key = 'pipeline_created';");
    }
    const CliResult csv = runCli({QStringLiteral("kpi"), ws, QStringLiteral("--csv")});
    REQUIRE(csv.code == 0);
    CHECK(csv.out.contains(QStringLiteral("\nleads_created,'@SUM(A1),marketing,")));
    CHECK(csv.out.contains(QStringLiteral("\nmqls,'+1+1,")));
    CHECK(csv.out.contains(QStringLiteral("\nsqls,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",")));
    CHECK(csv.out.contains(QStringLiteral("\npipeline_created,\"two\rlines\",")));
    // The formula is followed by the n/a reason column (issue 12): empty where the KPI has a value.
    CHECK(csv.out.contains(QStringLiteral(",'-2+3,")));
    // Still one line per KPI: the CR is inside quotes (header + 22 KPIs).
    CHECK(csv.out.count(u'\n') == 23);
}

TEST_CASE("cli kpi and funnel: exit codes") {
    TempDir dir;
    const QString ws = tinyWorkspace(dir);
    const auto kpi = [&](QStringList extra) {
        extra.prepend(ws);
        extra.prepend(QStringLiteral("kpi"));
        return runCli(extra);
    };
    CHECK(kpi({QStringLiteral("--from"), QStringLiteral("2024-13-01")}).code == 2);
    CHECK(kpi({QStringLiteral("--from"), QStringLiteral("01/03/2024")}).code == 2);
    CHECK(kpi({QStringLiteral("--from"), QStringLiteral("2024-03-10"), QStringLiteral("--to"),
               QStringLiteral("2024-03-01")})
              .code == 2);
    CHECK(kpi({QStringLiteral("--period"), QStringLiteral("year")}).code == 2);
    CHECK(kpi({QStringLiteral("--json"), QStringLiteral("--csv")}).code == 2);
    const CliResult unknown = kpi({QStringLiteral("--persona"), QStringLiteral("Astronaut")});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.startsWith(ws));
    CHECK(unknown.err.contains(QStringLiteral("unknown persona 'Astronaut' (known: CFO)")));
    CHECK(unknown.err.count(u'\n') == 1);
    CHECK(runCli({QStringLiteral("kpi"), dir.path(QStringLiteral("missing.revalign"))}).code == 1);
    CHECK(runCli({QStringLiteral("funnel"), ws, QStringLiteral("--mode"), QStringLiteral("sideways")}).code ==
          2);
    CHECK(runCli({QStringLiteral("funnel"), ws, QStringLiteral("--cohort-stage"), QStringLiteral("nope")})
              .code == 1);
}

TEST_CASE("cli funnel: --json flow and cohort") {
    TempDir dir;
    const QString ws = tinyWorkspace(dir);
    const CliResult r = runCli({QStringLiteral("funnel"), ws, QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("mode")).toString() == QStringLiteral("flow"));
    const QJsonArray stages = root.value(QStringLiteral("stages")).toArray();
    REQUIRE(stages.size() == 6);
    for (const auto& v : stages)
        for (const char* field :
             {"key", "name", "count", "next_step_rate", "cumulative_rate", "median_days_from_previous"})
            CHECK(v.toObject().contains(QString::fromLatin1(field)));
    // Leads X, Y; MQL X: next-step 1 / 2. SAL nobody: 0 / 1; SQL: 0 ÷ 0 → null.
    CHECK(stages[0].toObject().value(QStringLiteral("count")).toInteger() == 2);
    CHECK(stages[0].toObject().value(QStringLiteral("next_step_rate")).isNull());
    CHECK(stages[1].toObject().value(QStringLiteral("next_step_rate")).toDouble() == 0.5);
    CHECK(stages[3].toObject().value(QStringLiteral("next_step_rate")).isNull());
    // X: lead 03-04 09:00 → MQL 03-05 10:00 = 25 h = 1.0417 days.
    CHECK(stages[1].toObject().value(QStringLiteral("median_days_from_previous")).toDouble() ==
          Approx(25.0 / 24.0));
    const CliResult cohort = runCli({QStringLiteral("funnel"), ws, QStringLiteral("--mode"),
                                     QStringLiteral("cohort"), QStringLiteral("--json")});
    REQUIRE(cohort.code == 0);
    CHECK(QJsonDocument::fromJson(cohort.out.toUtf8()).object().value(QStringLiteral("mode")).toString() ==
          QStringLiteral("cohort"));
}
