#include "metrics/dealpipeline.h"
#include "metrics/funnel.h"
#include "metrics/kpiengine.h"
#include "metrics/kpisupport.h"

#include "januaryfixture.h"
#include "metricsfixture.h"

#include "util/error.h"

// Specs name only the fields a row needs (designated initializers); the rest keep their defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace revalign;
using namespace revalign::test;

namespace {
MetricQuery january() {
    return {{QDate(2024, 1, 1), QDate(2024, 1, 31)}, PeriodKind::Month, {}};
}

const KpiValue& kpi(const KpiReport& r, const char* key) {
    const KpiValue* k = r.find(QString::fromLatin1(key));
    REQUIRE(k);
    return *k;
}

// A sales-led CRM export: deals and their owners, no contacts at all.
//   D1 12,000 created 01-03 won 01-23 (20 days), D2 6,000 created 01-05 lost 01-25,
//   D3 30,000 created 01-10 open ("Value Proposition", 0.5), D4 2,000 created 01-12 won 01-14 (2 days).
void buildDealsOnly(MetricsFixture& fx) {
    fx.setCalendar(QStringLiteral("UTC"));
    const qint64 ann = fx.owner("Ann", "sales");
    fx.opportunity({.amountCents = 1200000,
                    .created = "2024-01-03T10:00",
                    .closeDate = "2024-01-23",
                    .closed = true,
                    .won = true,
                    .stage = QStringLiteral("Closed Won"),
                    .owner = ann});
    fx.opportunity({.amountCents = 600000,
                    .created = "2024-01-05T10:00",
                    .closeDate = "2024-01-25",
                    .closed = true,
                    .stage = QStringLiteral("Closed Lost"),
                    .owner = ann});
    fx.opportunity({.amountCents = 3000000,
                    .created = "2024-01-10T10:00",
                    .closeDate = "2024-03-01",
                    .stage = QStringLiteral("Value Proposition"),
                    .owner = ann});
    fx.opportunity({.amountCents = 200000,
                    .created = "2024-01-12T10:00",
                    .closeDate = "2024-01-14",
                    .closed = true,
                    .won = true,
                    .stage = QStringLiteral("Closed Won"),
                    .owner = ann});
}

// An MQL list (dates only) joined to the deals some of them became. No handoff decisions, no first
// sales touches, no campaigns: the shape of the export in issue 12.
//   M1 MQL 01-02, SQL 01-09, deal won 01-30 (10,000); M2 MQL 01-04, SQL 01-11, deal lost 01-29;
//   M3 MQL 01-08; M4 MQL 01-15; M5 MQL 01-22.
void buildMqlList(MetricsFixture& fx) {
    fx.setCalendar(QStringLiteral("UTC"));
    const auto mql = [&](const char* at, const char* sql = nullptr) {
        ContactSpec c{.created = at, .stages = {{QStringLiteral("mql"), at}}};
        if (sql)
            c.stages[QStringLiteral("sql")] = sql;
        return fx.contact(c);
    };
    const qint64 m1 = mql("2024-01-02T09:00", "2024-01-09T09:00");
    const qint64 m2 = mql("2024-01-04T09:00", "2024-01-11T09:00");
    mql("2024-01-08T09:00");
    mql("2024-01-15T09:00");
    mql("2024-01-22T09:00");
    fx.opportunity({.contact = m1,
                    .amountCents = 1000000,
                    .created = "2024-01-10T09:00",
                    .closeDate = "2024-01-30",
                    .closed = true,
                    .won = true});
    fx.opportunity({.contact = m2,
                    .amountCents = 400000,
                    .created = "2024-01-12T09:00",
                    .closeDate = "2024-01-29",
                    .closed = true});
}
} // namespace

TEST_CASE("regression: an MQL list joined to closed deals showed SLA 2.2 %, acceptance 100 % and cost per "
          "MQL $0.00") {
    MetricsFixture fx;
    buildMqlList(fx);
    const KpiReport r = computeKpis(*fx.load(), january());
    // What the list does carry: 5 MQLs in January; 2 of them reached SQL (2 / 5); 1 won of 2 closed.
    CHECK(kpi(r, "mqls").value == 5);
    CHECK(kpi(r, "mql_to_sql_rate").value == 0.4);
    CHECK(kpi(r, "win_rate").value == 0.5);
    // What it does not: no figure, the reason instead. Before, M1 and M2 counted as accepted by reaching
    // SQL (acceptance 2 / 2 = 100 %), the three others as unanswered past the SLA, and no campaign meant
    // a cost of $0.00.
    const auto naBecause = [&](const char* key, const char* reason) {
        INFO(key);
        CHECK_FALSE(kpi(r, key).value.has_value());
        CHECK_FALSE(kpi(r, key).previous.has_value());
        CHECK(kpi(r, key).reason == QString::fromUtf8(reason));
    };
    naBecause("mql_acceptance_rate", "no handoff decisions in this workspace");
    naBecause("mql_rejection_reasons", "no handoff decisions in this workspace");
    naBecause("sla_compliance", "no handoff decisions or first sales touches in this workspace");
    naBecause("median_hours_to_first_touch", "no first sales touches in this workspace");
    naBecause("cost_per_mql", "no campaign costs in this workspace");
    naBecause("lead_to_mql_rate", "every contact in this workspace is an MQL or later: the leads that did "
                                  "not become MQLs are not in the data");
    naBecause("marketing_sourced_pipeline", "no deal sources (marketing, sales, partner) in this workspace");
    // The chart parts follow the KPIs: no accepted/rejected series made of zeros.
    const auto series = computeSeries(*fx.load(), january());
    REQUIRE(series.size() == 1);
    CHECK_FALSE(series[0].values.at(QStringLiteral("mqls_accepted")).has_value());
    CHECK_FALSE(series[0].values.at(QStringLiteral("campaign_cost")).has_value());
    CHECK(series[0].values.at(QStringLiteral("mqls")) == 5);
}

TEST_CASE("kpi support: a deals-only workspace gets its sales figures and n/a for every lead KPI") {
    MetricsFixture fx;
    buildDealsOnly(fx);
    const FactSnapshot facts = fx.load();
    const KpiReport r = computeKpis(*facts, january());
    const auto [key, reason] = GENERATE(table<const char*, const char*>({
        {"leads_created", "no lead data in this workspace"},
        {"mqls", "no lead data in this workspace"},
        {"lead_to_mql_rate", "no lead data in this workspace"},
        {"cost_per_mql", "no lead data in this workspace"},
        {"mql_acceptance_rate", "no lead data in this workspace"},
        {"sla_compliance", "no lead data in this workspace"},
        {"median_hours_to_first_touch", "no lead data in this workspace"},
        {"mql_to_sql_rate", "no lead data in this workspace"},
        {"lead_to_customer_rate", "no lead data in this workspace"},
        {"sqls", "no lead data in this workspace"},
    }));
    INFO(key);
    CHECK_FALSE(kpi(r, key).value.has_value());
    CHECK(kpi(r, key).reason == QString::fromUtf8(reason));
}

TEST_CASE("kpi support: the deals-only workspace's sales picture, by hand") {
    MetricsFixture fx;
    buildDealsOnly(fx);
    const FactSnapshot facts = fx.load();
    const KpiReport r = computeKpis(*facts, january());
    // Created in January: all four; 12,000 + 6,000 + 30,000 + 2,000 = 50,000.
    CHECK(kpi(r, "opportunities_created").value == 4);
    CHECK(kpi(r, "pipeline_created").value == 50000.0);
    // Won D1 and D4, lost D2: 2 / 3. Deal size (12,000 + 2,000) / 2 = 7,000. Cycle median of {20, 2} = 11.
    CHECK(*kpi(r, "win_rate").value == Approx(2.0 / 3.0));
    CHECK(kpi(r, "average_deal_size").value == 7000.0);
    CHECK(kpi(r, "sales_cycle_days").value == 11.0);
    CHECK(kpi(r, "bookings").value == 14000.0);
    // D3 open at the month's end: 30,000 × 0.5 (Value Proposition).
    CHECK(kpi(r, "weighted_pipeline").value == 15000.0);
    for (const KpiValue& k : r.kpis)
        if (k.key == u"opportunities_created" || k.key == u"win_rate" || k.key == u"bookings")
            CHECK(k.reason.isEmpty());
    // The contact funnel says why it is empty; the deal pipeline is there.
    CHECK(computeFunnel(*facts, january(), FunnelMode::Flow).reason ==
          QStringLiteral("no lead data in this workspace"));
    CHECK(computeDealPipeline(*facts, january()).reason.isEmpty());
}

TEST_CASE("kpi support: cost per MQL needs campaign costs, and a cost that can be split by the filter") {
    MetricsFixture fx;
    buildJanuary(fx);
    const KpiReport whole = computeKpis(*fx.load(), january());
    CHECK(whole.find(QStringLiteral("cost_per_mql"))->reason.isEmpty());
    MetricQuery byPersona = january();
    byPersona.filters.personas = {QStringLiteral("CFO")};
    const KpiReport costReport = computeKpis(*fx.load(), byPersona);
    const KpiValue* cost = costReport.find(QStringLiteral("cost_per_mql"));
    CHECK_FALSE(cost->value.has_value());
    CHECK(cost->reason == QStringLiteral("campaign cost cannot be split by persona, owner, team or segment"));

    MetricsFixture noCampaigns;
    noCampaigns.contact(
        {.created = "2024-01-02T09:00", .stages = {{QStringLiteral("mql"), "2024-01-03T09:00"}}});
    noCampaigns.contact({.created = "2024-01-04T09:00"});
    const KpiReport r = computeKpis(*noCampaigns.load(), january());
    CHECK(r.find(QStringLiteral("mqls"))->value == 1);
    CHECK(r.find(QStringLiteral("cost_per_mql"))->reason ==
          QStringLiteral("no campaign costs in this workspace"));
    // One of the two leads became an MQL: the rate is supported (a lead stopped before MQL).
    CHECK(r.find(QStringLiteral("lead_to_mql_rate"))->value == 0.5);
}

TEST_CASE("kpi support: pipeline coverage says whether the target is missing or already met") {
    MetricsFixture fx;
    buildDealsOnly(fx);
    const KpiReport noneReport = computeKpis(*fx.load(), january());
    const KpiValue* none = noneReport.find(QStringLiteral("pipeline_coverage"));
    CHECK_FALSE(none->value.has_value());
    CHECK(none->reason == QStringLiteral("no bookings target agreed for this period kind"));
    // A quarter target of 10,000 is met by January's 14,000 of bookings.
    fx.setTarget("bookings", "quarter", 1000000);
    const KpiReport metReport = computeKpis(*fx.load(), january());
    const KpiValue* met = metReport.find(QStringLiteral("pipeline_coverage"));
    CHECK_FALSE(met->value.has_value());
    CHECK(met->reason == QStringLiteral("the bookings target is already met"));
}

TEST_CASE("kpi support: weekly coverage is measured against what is left of the quarter's target") {
    MetricsFixture fx;
    buildDealsOnly(fx);
    fx.setTarget("bookings", "quarter", 10000000); // 100,000.00 for the quarter
    // The week of Mon 22 Jan 2024: the quarter (Q1) booked D4 2,000 (14 Jan) before it and D1 12,000
    // (23 Jan) in it: 100,000 − 14,000 = 86,000 still to book. Open at the week's end: D3 30,000.
    // Coverage 30,000 / 86,000 — not 30,000 against a week's share of the target.
    const MetricQuery week{{QDate(2024, 1, 22), QDate(2024, 1, 28)}, PeriodKind::Week, {}};
    const KpiReport cReport = computeKpis(*fx.load(), week);
    const KpiValue* c = cReport.find(QStringLiteral("pipeline_coverage"));
    REQUIRE(c->value);
    CHECK(*c->value == Approx(30000.0 / 86000.0));
    // The weekly series holds each week to the same quarter: at the end of the week of 8 Jan, D1, D2 and
    // D3 were open (12,000 + 6,000 + 30,000 = 48,000) and the quarter had booked D4's 2,000 (won 14 Jan,
    // in that week): 48,000 / (100,000 − 2,000).
    const auto series =
        computeSeries(*fx.load(), {{QDate(2024, 1, 8), QDate(2024, 1, 14)}, PeriodKind::Week, {}});
    REQUIRE(series.size() == 1);
    CHECK(*series[0].values.at(QStringLiteral("pipeline_coverage")) == Approx(48000.0 / 98000.0));
}

TEST_CASE("kpi support: the current period is marked as still in progress") {
    MetricsFixture fx;
    buildDealsOnly(fx); // the data ends on 25 Jan (D2's close date)
    const KpiReport jan = computeKpis(*fx.load(), january());
    CHECK(jan.partial); // January runs past the data's last day
    CHECK_FALSE(
        computeKpis(*fx.load(), {{QDate(2024, 1, 1), QDate(2024, 1, 20)}, PeriodKind::Month, {}}).partial);
    const auto weeks =
        computeSeries(*fx.load(), {{QDate(2024, 1, 1), QDate(2024, 1, 31)}, PeriodKind::Week, {}});
    // Weeks from Mon 1 Jan: the one of 22–28 Jan holds the last day and is the one in progress.
    REQUIRE(weeks.size() == 5);
    CHECK_FALSE(weeks[2].partial);
    CHECK(weeks[3].partial);
    CHECK_FALSE(weeks[4].partial); // starts after the data ends: nothing in progress there
}
