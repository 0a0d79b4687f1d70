#include "metrics/dataquality.h"
#include "metrics/funnel.h"
#include "metrics/kpiengine.h"
#include "store/qualitystore.h"

#include "metricsfixture.h"

// Specs name only the fields a row needs (designated initializers); the rest keep their defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace revalign;
using namespace revalign::test;

namespace {
// A workspace with every kind of problem the checks look for (UTC):
//   C1 created 03-01 (the latest instant: as-of), no stages; O2's contact.
//   C2 created 01-01, MQL 01-10, SQL 01-05: SQL dated before MQL (out of order).
//   C3 created 01-01, MQL 01-03, SQL 01-06.
//   C4 no date at all.
//   C5 "Pat@Example.com" from hubspot, C6 " pat@example.com" from salesforce: one person, two records.
//   O1 10,000 created 02-10, won 01-20: closed before created.
//   O2  5,000 (C1) created 01-05, won 02-01: won a month before C1 was first seen.
//   O3  3,000 created 01-02, won 01-12: 10 days, the only possible cycle.
//   O4 open without an amount, close date 01-15: past it at the as-of instant.
//   O5  7,000 open in "Handshake", a stage no one defined, closes 06-30.
//   O6  2,000 created 01-04, lost without a close date.
struct Problems {
    qint64 c1, c2, c3, c4, c5, c6;
    qint64 o1, o2, o3, o4, o5, o6;
};

Problems buildProblems(MetricsFixture& fx) {
    fx.setCalendar(QStringLiteral("UTC"));
    Problems p{};
    p.c1 = fx.contact({.created = "2024-03-01T09:00"});
    p.c2 = fx.contact({.created = "2024-01-01T09:00",
                       .stages = {{QStringLiteral("mql"), "2024-01-10T09:00"},
                                  {QStringLiteral("sql"), "2024-01-05T09:00"}}});
    p.c3 = fx.contact({.created = "2024-01-01T09:00",
                       .stages = {{QStringLiteral("mql"), "2024-01-03T09:00"},
                                  {QStringLiteral("sql"), "2024-01-06T09:00"}}});
    p.c4 = fx.contact({});
    p.c5 = fx.contact(
        {.created = "2024-01-20T09:00", .email = QStringLiteral("Pat@Example.com"), .source = "hubspot"});
    p.c6 = fx.contact(
        {.created = "2024-01-20T10:00", .email = QStringLiteral(" pat@example.com"), .source = "salesforce"});
    p.o1 = fx.opportunity({.amountCents = 1000000,
                           .created = "2024-02-10T09:00",
                           .closeDate = "2024-01-20",
                           .closed = true,
                           .won = true,
                           .stage = QStringLiteral("Closed Won")});
    p.o2 = fx.opportunity({.contact = p.c1,
                           .amountCents = 500000,
                           .created = "2024-01-05T09:00",
                           .closeDate = "2024-02-01",
                           .closed = true,
                           .won = true,
                           .stage = QStringLiteral("Closed Won")});
    p.o3 = fx.opportunity({.amountCents = 300000,
                           .created = "2024-01-02T09:00",
                           .closeDate = "2024-01-12",
                           .closed = true,
                           .won = true,
                           .stage = QStringLiteral("Closed Won")});
    p.o4 = fx.opportunity({.created = "2024-01-03T09:00",
                           .closeDate = "2024-01-15",
                           .stage = QStringLiteral("Qualification"),
                           .noAmount = true});
    p.o5 = fx.opportunity({.amountCents = 700000,
                           .created = "2024-01-03T09:00",
                           .closeDate = "2024-06-30",
                           .stage = QStringLiteral("Handshake")});
    p.o6 = fx.opportunity({.amountCents = 200000,
                           .created = "2024-01-04T09:00",
                           .closed = true,
                           .stage = QStringLiteral("Closed Lost")});
    return p;
}

MetricQuery quarter() {
    return {{QDate(2024, 1, 1), QDate(2024, 3, 31)}, PeriodKind::Quarter, {}};
}
} // namespace

TEST_CASE("data quality: each check finds exactly its records, with count and share") {
    MetricsFixture fx;
    const Problems p = buildProblems(fx);
    const FactSnapshot facts = fx.load();
    const QualityReport r = checkDataQuality(*facts, QualityStore(fx.workspace().db()).read());
    CHECK(r.checks.size() == 9);
    using Ids = std::vector<qint64>;
    const auto [key, ids, checked] = GENERATE_COPY(table<const char*, Ids, qint64>({
        {"closed_before_created", {p.o1}, 6},
        {"won_before_first_contact", {p.o2}, 6},
        {"stage_dates_out_of_order", {p.c2}, 6},
        {"deals_without_amount", {p.o4}, 6},
        {"open_past_close_date", {p.o4}, 6},
        {"undefined_deal_stages", {p.o5}, 6},
        {"contacts_without_dates", {p.c4}, 6},
        {"deals_without_dates", {p.o6}, 6},
        {"duplicate_people", {p.c5, p.c6}, 6},
    }));
    INFO(key);
    const QualityFinding* f = r.find(QString::fromLatin1(key));
    REQUIRE(f);
    CHECK(f->ids == ids);
    CHECK(f->count == qint64(ids.size()));
    CHECK(f->checked == checked); // six contacts, six deals
    CHECK(*f->share() == Approx(double(ids.size()) / double(checked)));
    CHECK_FALSE(f->title.isEmpty());
    CHECK_FALSE(f->effect.isEmpty());
}

TEST_CASE("data quality: the duplicate check counts people, not only records") {
    MetricsFixture fx;
    buildProblems(fx);
    const QualityInputs in = QualityStore(fx.workspace().db()).read();
    REQUIRE(in.duplicateEmails.size() == 1); // case and surrounding spaces aside, one address
    CHECK(checkDataQuality(*fx.load(), in).find(QStringLiteral("duplicate_people"))->groups == 1);
}

TEST_CASE("data quality: a clean workspace has no findings but says which checks ran") {
    MetricsFixture fx;
    fx.contact({.created = "2024-01-02T09:00", .stages = {{QStringLiteral("mql"), "2024-01-03T09:00"}}});
    const QualityReport r = checkDataQuality(*fx.load(), {});
    CHECK(r.findings.empty());
    CHECK(r.checks.size() == 9);
}

TEST_CASE("impossible intervals are left out of the sales cycle and velocity, and counted") {
    MetricsFixture fx;
    buildProblems(fx);
    const KpiReport r = computeKpis(*fx.load(), quarter());
    // Won in Q1: O1, O2, O3 = 10,000 + 5,000 + 3,000 — bookings keep all three.
    CHECK(r.find(QStringLiteral("bookings"))->value == 18000.0);
    // Cycle: O1 (−21 days) and O2 (won before its contact existed) are left out; O3's 10 days remain.
    const KpiValue* cycle = r.find(QStringLiteral("sales_cycle_days"));
    CHECK(cycle->value == 10.0);
    CHECK(cycle->detail ==
          std::vector<std::pair<QString, double>>{{QStringLiteral("measured"), 1},
                                                  {QStringLiteral("left_out_impossible_dates"), 2}});
    bool velocitySays = false;
    for (const auto& [part, n] : r.find(QStringLiteral("sales_velocity"))->detail)
        velocitySays = velocitySays || (part == u"left_out_impossible_dates" && n == 2);
    CHECK(velocitySays);
}

TEST_CASE("regression: a cycle of −751 days — a range where every won deal closed before it was created") {
    MetricsFixture fx;
    fx.setCalendar(QStringLiteral("UTC"));
    // The Salesforce developer org's sample: created on the day of the export, closed two years before.
    fx.opportunity({.amountCents = 2200000,
                    .created = "2026-02-23T09:00",
                    .closeDate = "2024-02-03",
                    .closed = true,
                    .won = true});
    const KpiReport r =
        computeKpis(*fx.load(), {{QDate(2024, 1, 1), QDate(2026, 3, 31)}, PeriodKind::Quarter, {}});
    const KpiValue* cycle = r.find(QStringLiteral("sales_cycle_days"));
    CHECK_FALSE(cycle->value.has_value()); // not −751
    CHECK(cycle->reason.startsWith(QStringLiteral("every won deal here has impossible dates")));
    CHECK_FALSE(r.find(QStringLiteral("sales_velocity"))->value.has_value()); // not −2,998.67 $/day
}

TEST_CASE("impossible intervals are left out of time in stage, and counted per stage") {
    MetricsFixture fx;
    buildProblems(fx);
    const MetricQuery january{{QDate(2024, 1, 1), QDate(2024, 1, 31)}, PeriodKind::Month, {}};
    const FunnelReport f = computeFunnel(*fx.load(), january, FunnelMode::Flow);
    REQUIRE(f.stages.size() == 6);
    // SAL has no recorded date: by the skipped-stage rule C2 and C3 pass it at their SQL dates. C3: MQL
    // 01-03 → SAL 01-06 = 3 days. C2: MQL 01-10 → SAL 01-05 = −5 days, impossible: left out, counted.
    const FunnelStageRow& sal = f.stages[2];
    CHECK(sal.count == 2);
    CHECK(sal.medianDaysFromPrevious == 3.0);
    CHECK(sal.intervalsLeftOut == 1);
    // MQL: C2 9 days after its creation, C3 2 days: both possible.
    CHECK(f.stages[1].intervalsLeftOut == 0);
    CHECK(f.stages[1].medianDaysFromPrevious == 5.5);
}
