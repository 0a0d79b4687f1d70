#include "metrics/funnel.h"
#include "metrics/kpiengine.h"

#include "metricsfixture.h"

// Specs name only the fields a row needs (designated initializers); the rest keep their defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace revalign;
using namespace revalign::test;

namespace {
std::optional<double> value(const KpiReport& r, const char* key) {
    const KpiValue* k = r.find(QString::fromLatin1(key));
    REQUIRE(k);
    return k->value;
}
MetricQuery range(QDate from, QDate to) {
    return {{from, to}, PeriodKind::Month, {}};
}
} // namespace

TEST_CASE("kpi edge: an empty workspace gives n/a with a reason, never zeros or NaN") {
    MetricsFixture fx;
    const FactSnapshot facts = fx.load();
    const KpiReport r = computeKpis(*facts, MetricQuery{});
    CHECK_FALSE(r.range.isValid()); // no data, no range
    REQUIRE(r.kpis.size() == 22);
    // Nothing imported: every KPI is n/a and says why (a row of zeros would read as facts).
    for (const KpiValue& k : r.kpis) {
        CHECK_FALSE(k.value.has_value());
        CHECK_FALSE(k.reason.isEmpty());
    }
    CHECK(r.find(QStringLiteral("leads_created"))->reason ==
          QStringLiteral("no lead data in this workspace"));
    CHECK(r.find(QStringLiteral("bookings"))->reason == QStringLiteral("no deal data in this workspace"));
    const FunnelReport f = computeFunnel(*facts, MetricQuery{}, FunnelMode::Flow);
    REQUIRE(f.stages.size() == 6);
    CHECK(f.stages[0].count == 0);
    CHECK_FALSE(f.stages[1].cumulativeRate.has_value());
    // A range given explicitly over an empty workspace works too.
    const FunnelReport cohort =
        computeFunnel(*facts, range(QDate(2024, 1, 1), QDate(2024, 1, 31)), FunnelMode::Cohort);
    CHECK(cohort.stages[0].count == 0);
    CHECK_FALSE(cohort.stages[1].immature);
    const KpiReport jan = computeKpis(*facts, range(QDate(2024, 1, 1), QDate(2024, 1, 31)));
    CHECK_FALSE(value(jan, "leads_created").has_value());
    CHECK_FALSE(value(jan, "win_rate").has_value());
}

TEST_CASE("kpi edge: a single contact") {
    MetricsFixture fx;
    fx.contact({.created = "2024-03-10T10:00"});
    const FactSnapshot facts = fx.load();
    const KpiReport r = computeKpis(*facts, MetricQuery{});
    CHECK(r.range == DateRange{QDate(2024, 3, 10), QDate(2024, 3, 10)});
    CHECK(value(r, "leads_created") == 1);
    // No contact has an MQL or later date: MQLs and the lead → MQL rate are n/a, not "0" and "0 %".
    CHECK_FALSE(value(r, "mqls").has_value());
    CHECK(r.find(QStringLiteral("mqls"))->reason ==
          QStringLiteral("no MQL or later stage dates in this workspace"));
    CHECK_FALSE(value(r, "lead_to_mql_rate").has_value());
    CHECK_FALSE(value(r, "mql_acceptance_rate").has_value());
    const FunnelReport f = computeFunnel(*facts, MetricQuery{}, FunnelMode::Flow);
    CHECK(f.stages[0].count == 1);
    // No contact has a date for MQL or later: those rows are unknown, not zeros, and carry no rates.
    CHECK(f.stages[1].reason == QStringLiteral("no dates for this stage or a later one in this workspace"));
    CHECK_FALSE(f.stages[1].nextStepRate.has_value());
    CHECK_FALSE(f.stages[2].nextStepRate.has_value());
}

TEST_CASE("kpi edge: periods are days of the workspace's time zone") {
    // 2024-01-31 20:00 UTC is 1 February 03:00 in Bangkok (UTC+7).
    const auto build = [](MetricsFixture& fx, const char* zone) {
        fx.setCalendar(QString::fromLatin1(zone));
        fx.contact({.created = "2024-01-31T20:00",
                    .firstTouch = "2024-02-01T03:00",
                    .stages = {{QStringLiteral("mql"), "2024-02-01T01:00"}}});
    };
    MetricsFixture bangkok;
    build(bangkok, "Asia/Bangkok");
    const FactSnapshot bkk = bangkok.load();
    CHECK(value(computeKpis(*bkk, range(QDate(2024, 1, 1), QDate(2024, 1, 31))), "leads_created") == 0);
    const KpiReport feb = computeKpis(*bkk, range(QDate(2024, 2, 1), QDate(2024, 2, 29)));
    CHECK(value(feb, "leads_created") == 1);
    // MQL 08:00 local, first touch 10:00 local: 1 business hour (09–10).
    CHECK(value(feb, "median_hours_to_first_touch") == 1.0);

    MetricsFixture utcWs;
    build(utcWs, "UTC");
    const FactSnapshot u = utcWs.load();
    CHECK(value(computeKpis(*u, range(QDate(2024, 1, 1), QDate(2024, 1, 31))), "leads_created") == 1);
    // In UTC both instants are before 09:00: 0 business hours.
    CHECK(value(computeKpis(*u, range(QDate(2024, 2, 1), QDate(2024, 2, 29))),
                "median_hours_to_first_touch") == 0.0);
}

TEST_CASE("kpi edge: a leap day") {
    MetricsFixture fx;
    fx.contact({.created = "2024-02-29T10:00",
                .firstTouch = "2024-03-01T10:00",
                .stages = {{QStringLiteral("mql"), "2024-02-29T12:00"}}});
    fx.contact({.created = "2023-02-28T10:00"});
    const KpiReport r = computeKpis(*fx.load(), range(QDate(2024, 2, 1), QDate(2024, 2, 29)));
    CHECK(r.lastYearRange == DateRange{QDate(2023, 2, 1), QDate(2023, 2, 28)});
    CHECK(value(r, "leads_created") == 1);
    CHECK(r.find(QStringLiteral("leads_created"))->lastYear == 1);
    // Thu 29 Feb 12:00–17:00 = 5 h + Fri 1 Mar 09:00–10:00 = 1 h → 6 business hours.
    CHECK(value(r, "median_hours_to_first_touch") == 6.0);
}

TEST_CASE("kpi edge: an untouched MQL whose SLA has not run out is not a failure") {
    MetricsFixture fx;
    // MQL Mon 2024-02-19 09:00; the data ends Tue 20 Feb 10:00 (another contact's creation): 8 + 1 = 9
    // business hours of the 24 allowed have passed → not due yet, left out of the ratio.
    fx.contact({.created = "2024-02-19T08:00", .stages = {{QStringLiteral("mql"), "2024-02-19T09:00"}}});
    // Sales touches are recorded in this workspace (here on a contact that is no MQL), so the SLA is
    // supported at all.
    fx.contact({.created = "2024-02-20T10:00", .firstTouch = "2024-02-20T10:00"});
    const KpiReport r = computeKpis(*fx.load(), range(QDate(2024, 2, 1), QDate(2024, 2, 29)));
    CHECK_FALSE(value(r, "sla_compliance").has_value());
    const KpiValue* sla = r.find(QStringLiteral("sla_compliance"));
    CHECK(sla->detail == std::vector<std::pair<QString, double>>{{QStringLiteral("met"), 0},
                                                                 {QStringLiteral("missed"), 0},
                                                                 {QStringLiteral("not_due_yet"), 1}});
}
