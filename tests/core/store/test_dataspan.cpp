#include "domain/kpibenchmark.h"
#include "store/dataspan.h"
#include "store/definitionstore.h"
#include "store/factstore.h"
#include "store/workspace.h"

#include "../metrics/metricsfixture.h"

// Specs name only the fields a row needs (designated initializers); the rest keep their defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace revalign;
using namespace revalign::test;

TEST_CASE("data range: info, the Summary page and the metrics read one range of every dated fact") {
    MetricsFixture fx;
    fx.setCalendar(QStringLiteral("Asia/Bangkok"));
    // Each kind of dated fact, the earliest and latest being a campaign's dates:
    const qint64 c = fx.contact({.created = "2024-01-10T09:00"});
    fx.touchpoint(c, "2024-01-04T20:00"); // 5 Jan in Bangkok
    fx.opportunity({.amountCents = 100,
                    .created = "2024-01-12T09:00",
                    .closeDate = "2024-02-20",
                    .closed = true,
                    .won = true});
    fx.opportunity({.amountCents = 100, .created = "2024-01-13T09:00", .closeDate = "2024-09-30"}); // a plan
    fx.campaign("Roadshow", "Events", 0, "2023-12-01", "2024-03-31");
    const WorkspaceSummary s = fx.workspace().summary();
    const FactSnapshot facts = fx.load();
    CHECK(s.dataFrom == QDate(2023, 12, 1));
    CHECK(s.dataTo == QDate(2024, 3, 31)); // the open deal's expected close date is not a fact yet
    CHECK(facts->dataFrom == s.dataFrom);
    CHECK(facts->dataTo == s.dataTo);
    // The timed facts alone: the touch (4 Jan 20:00 UTC) to the second deal's creation (13 Jan).
    CHECK(s.firstActivity == QDateTime(QDate(2024, 1, 4), QTime(20, 0), Qt::UTC));
    CHECK(s.lastActivity == QDateTime(QDate(2024, 1, 13), QTime(9, 0), Qt::UTC));
    CHECK(facts->asOf == s.lastActivity.toSecsSinceEpoch());
}

TEST_CASE("data range: the touch is a day later in the workspace's time zone") {
    MetricsFixture fx;
    fx.setCalendar(QStringLiteral("Asia/Bangkok"));
    const qint64 c = fx.contact({.created = "2024-01-10T09:00"});
    fx.touchpoint(c, "2024-01-04T20:00");
    QDate from, to;
    readDataSpan(fx.workspace().db()).localDays(QStringLiteral("Asia/Bangkok"), from, to);
    CHECK(from == QDate(2024, 1, 5));
    CHECK(to == QDate(2024, 1, 10));
    readDataSpan(fx.workspace().db()).localDays(QStringLiteral("UTC"), from, to);
    CHECK(from == QDate(2024, 1, 4));
    CHECK(fx.workspace().summary().dataFrom == QDate(2024, 1, 5)); // the workspace's zone
}

TEST_CASE(
    "regression: a new workspace carried targets nobody agreed (acceptance 60 %, SLA 90 %, win rate 25 %)") {
    TempDir dir;
    Workspace ws = Workspace::create(dir.path(QStringLiteral("new.revalign")));
    DefinitionStore defs(ws.db());
    for (const KpiDefinition& k : defs.kpiDefinitions()) {
        INFO(k.key.toStdString());
        CHECK(k.targets.empty());
        CHECK_FALSE(k.agreedOn.isValid());
    }
    CHECK(defs.changeLog().empty());
}

TEST_CASE("benchmarks: suggested for rates and levels only, adopted explicitly and logged") {
    TempDir dir;
    Workspace ws = Workspace::create(dir.path(QStringLiteral("new.revalign")));
    DefinitionStore defs(ws.db());
    const std::vector<KpiBenchmark> benchmarks = suggestedBenchmarks();
    REQUIRE_FALSE(benchmarks.empty());
    for (const KpiBenchmark& b : benchmarks) {
        bool known = false;
        for (const KpiDefinition& k : defaultKpiDefinitions())
            known = known || (k.key == b.kpiKey && k.unit != KpiUnit::Count && k.unit != KpiUnit::Money);
        CHECK(known); // a built-in rate or level KPI: sums depend on the business
        CHECK_FALSE(b.basis.isEmpty());
    }
    KpiDefinition acceptance;
    for (const KpiDefinition& k : defs.kpiDefinitions())
        if (k.key == u"mql_acceptance_rate")
            acceptance = k;
    const KpiBenchmark& b = benchmarks.front();
    REQUIRE(b.kpiKey == QStringLiteral("mql_acceptance_rate"));
    defs.updateKpiDefinition(withBenchmark(acceptance, b, QStringLiteral("Noi"), QDate(2026, 3, 2)),
                             QStringLiteral("Noi"), QStringLiteral("Adopted the suggested benchmark"));
    KpiDefinition after;
    for (const KpiDefinition& k : defs.kpiDefinitions())
        if (k.key == u"mql_acceptance_rate")
            after = k;
    CHECK(after.target(PeriodKind::Week) == 0.6);
    CHECK(after.target(PeriodKind::Quarter) == 0.6);
    CHECK(after.agreedBy == QStringLiteral("Noi"));
    const auto log = defs.changeLog();
    REQUIRE(log.size() == 3); // targets, agreed_on, agreed_by
    for (const DefinitionChange& c : log) {
        CHECK(c.who == QStringLiteral("Noi"));
        CHECK(c.entityKey == QStringLiteral("mql_acceptance_rate"));
    }
}
