#include "metrics/kpiengine.h"

#include "januaryfixture.h"

#include "util/error.h"

using namespace revalign;
using namespace revalign::test;

namespace {
MetricQuery january() {
    return {{QDate(2024, 1, 1), QDate(2024, 1, 31)}, PeriodKind::Month, {}};
}

std::optional<double> value(const KpiReport& r, const char* key) {
    const KpiValue* k = r.find(QString::fromLatin1(key));
    REQUIRE(k);
    return k->value;
}

double detail(const KpiReport& r, const char* key, const char* part) {
    const KpiValue* k = r.find(QString::fromLatin1(key));
    REQUIRE(k);
    for (const auto& [name, v] : k->detail)
        if (name == QString::fromUtf8(part))
            return v;
    FAIL("no detail " << part);
    return -1;
}
} // namespace

TEST_CASE("kpi: every formula on the January workspace") {
    MetricsFixture fx;
    buildJanuary(fx);
    const KpiReport r = computeKpis(*fx.load(), january());

    // Leads A, B, C, D, E, H were created in January (F in December, G in February).
    CHECK(value(r, "leads_created") == 6);
    // MQLs: A, B, C, E recorded, D inferred from its SQL date (skipped stage) = 5.
    CHECK(value(r, "mqls") == 5);
    // Of the 6 leads, all but H reached MQL: 5 / 6.
    CHECK(*value(r, "lead_to_mql_rate") == Approx(5.0 / 6.0));
    // Cost in January: Search Q1 31 days × 100 = 3,100 + Webinar 25–31 Jan 7 days × 100 = 700 → 3,800 / 5.
    CHECK(*value(r, "cost_per_mql") == Approx(760.0));
    // Marketing-sourced created in January: O1 10,000 + O3 20,000.
    CHECK(value(r, "marketing_sourced_pipeline") == 30000.0);
    // Marketing-sourced won in January: O1.
    CHECK(value(r, "marketing_sourced_revenue") == 10000.0);
    // Accepted A, D (D by reaching SQL); rejected B, E; pending C apart: 2 / (2 + 2).
    CHECK(value(r, "mql_acceptance_rate") == 0.5);
    CHECK(detail(r, "mql_acceptance_rate", "pending") == 1);
    // Rejections: B "No budget", E "Not a fit".
    CHECK(value(r, "mql_rejection_reasons") == 2);
    CHECK(detail(r, "mql_rejection_reasons", "No budget") == 1);
    CHECK(detail(r, "mql_rejection_reasons", "Not a fit") == 1);
    // SLA 24 business hours. A touched after 1 h; B rejected Fri 16–17 + Mon 9–10 = 2 h; D accepted at
    // its MQL instant (0 h); E rejected Fri 8 + Mon 8 + Tue 8 = 24 h (= SLA, met); C never touched and
    // far past 24 h at the as-of instant → missed. 4 / 5.
    CHECK(value(r, "sla_compliance") == 0.8);
    CHECK(detail(r, "sla_compliance", "missed") == 1);
    // First touch: A 1 h; D Fri 15–17 = 2 h + Mon holiday 0 + Tue 9–10 = 1 h → 3 h. Median of {1, 3} = 2.
    CHECK(value(r, "median_hours_to_first_touch") == 2.0);
    // Of the 5 MQLs, A and D reached SQL: 2 / 5.
    CHECK(value(r, "mql_to_sql_rate") == 0.4);
    // Of the 6 leads, A became a customer: 1 / 6.
    CHECK(*value(r, "lead_to_customer_rate") == Approx(1.0 / 6.0));
    // SQLs entered in January: A (01-05), F (01-09), D (01-12).
    CHECK(value(r, "sqls") == 3);
    // Created in January: O1, O2, O3; 10,000 + 5,000 + 20,000.
    CHECK(value(r, "opportunities_created") == 3);
    CHECK(value(r, "pipeline_created") == 35000.0);
    // Closed in January: O1 won, O4 won, O2 lost → 2 / 3.
    CHECK(*value(r, "win_rate") == Approx(2.0 / 3.0));
    // (10,000 + 8,000) / 2.
    CHECK(value(r, "average_deal_size") == 9000.0);
    // O1 8 → 20 Jan = 12 days; O4 10 Dec → 5 Jan = 21 + 5 = 26 days. Median 19.
    CHECK(value(r, "sales_cycle_days") == 19.0);
    // Open at the end of January: O3 only (O2 closed 30 Jan, O5 created in February).
    // 1 × 2/3 × 9,000 / 19 days = 6,000 / 19 per day.
    CHECK(*value(r, "sales_velocity") == Approx(6000.0 / 19.0));
    // 20,000 × 0.9 (the Negotiation/Review stage's probability, O3 has none of its own).
    CHECK(*value(r, "weighted_pipeline") == Approx(18000.0));
    // Coverage is against what is still to book in the quarter containing the range's end (Q1): no
    // quarter target, so the month's 50,000 × 3 months = 150,000; booked in Q1 up to 31 January: O1
    // 10,000 + O4 8,000 = 18,000. Open 20,000 ÷ (150,000 − 18,000) = 20,000 / 132,000.
    CHECK(*value(r, "pipeline_coverage") == Approx(20000.0 / 132000.0));
    CHECK(value(r, "bookings") == 18000.0);
}

TEST_CASE("kpi: previous period, same period last year, change and targets") {
    MetricsFixture fx;
    buildJanuary(fx);
    const KpiReport r = computeKpis(*fx.load(), january());
    CHECK(r.previousRange == DateRange{QDate(2023, 12, 1), QDate(2023, 12, 31)});
    CHECK(r.lastYearRange == DateRange{QDate(2023, 1, 1), QDate(2023, 1, 31)});
    const KpiValue* leads = r.find(QStringLiteral("leads_created"));
    // December: F only. Change 6 − 1 = 5. January 2023: nothing; 6 − 0.
    CHECK(leads->previous == 1);
    CHECK(leads->change == 5);
    CHECK(leads->lastYear == 0);
    CHECK(leads->changeLastYear == 6);
    CHECK(leads->target == 100); // a whole month: the month target
    const KpiValue* acceptance = r.find(QStringLiteral("mql_acceptance_rate"));
    // December: F accepted, 1 / 1. Change 0.5 − 1 = −0.5. January 2023: no MQLs → n/a, change n/a.
    CHECK(acceptance->previous == 1.0);
    CHECK(acceptance->change == -0.5);
    CHECK_FALSE(acceptance->lastYear.has_value());
    CHECK_FALSE(acceptance->changeLastYear.has_value());
    CHECK(acceptance->target == 0.6); // ratios keep their target

    // Money targets are stored in cents: bookings 5,000,000 cents → 50,000.00.
    CHECK(r.find(QStringLiteral("bookings"))->target == 50000.0);

    // 1 Jan – 15 Feb spans January + 15/29 of February: 100 × (1 + 15/29) for a count; a per-MQL cost
    // (800.00 a month, stored as 80,000 cents) is an average and keeps its target.
    fx.setTarget("cost_per_mql", "month", 80000);
    const KpiReport longer =
        computeKpis(*fx.load(), {{QDate(2024, 1, 1), QDate(2024, 2, 15)}, PeriodKind::Month, {}});
    CHECK(*longer.find(QStringLiteral("leads_created"))->target == Approx(100.0 * (1.0 + 15.0 / 29.0)));
    CHECK(longer.find(QStringLiteral("mql_acceptance_rate"))->target == 0.6);
    CHECK(longer.find(QStringLiteral("cost_per_mql"))->target == 800.0);
    CHECK(*longer.find(QStringLiteral("bookings"))->target == Approx(50000.0 * (1.0 + 15.0 / 29.0)));
}

TEST_CASE("kpi: forecast by category with cumulative roll-ups") {
    MetricsFixture fx;
    buildJanuary(fx);
    const FactSnapshot facts = fx.load();
    // January: won O1 10,000 + O4 8,000 closed; O2 lost is left out; nothing else closes in January.
    const Forecast jan = computeKpis(*facts, january()).forecast;
    CHECK(jan.byCategory[size_t(ForecastCategory::Closed)] == 18000.0);
    CHECK(jan.cumulative == std::array<double, 5>{18000.0, 18000.0, 18000.0, 18000.0, 0.0});
    // February: O3 (commit, 20,000) closes 15 Feb. Closed 0; commit roll-up 20,000; and so on.
    const Forecast feb =
        computeKpis(*facts, {{QDate(2024, 2, 1), QDate(2024, 2, 29)}, PeriodKind::Month, {}}).forecast;
    CHECK(feb.byCategory[size_t(ForecastCategory::Commit)] == 20000.0);
    CHECK(feb.cumulative == std::array<double, 5>{0.0, 20000.0, 20000.0, 20000.0, 0.0});
}

TEST_CASE("kpi: filters by persona and channel") {
    MetricsFixture fx;
    buildJanuary(fx);
    const FactSnapshot facts = fx.load();
    MetricQuery cfo = january();
    cfo.filters.personas = {QStringLiteral("CFO")};
    const KpiReport r = computeKpis(*facts, cfo);
    // CFOs: A, B, E. A accepted, B and E rejected: 1 / 3. Only O1 belongs to a CFO contact.
    CHECK(value(r, "leads_created") == 3);
    CHECK(*value(r, "mql_acceptance_rate") == Approx(1.0 / 3.0));
    CHECK(value(r, "bookings") == 10000.0);
    CHECK(value(r, "win_rate") == 1.0);
    // Campaign cost cannot be split by persona: n/a, not a wrong number.
    CHECK_FALSE(value(r, "cost_per_mql").has_value());

    MetricQuery paid = january();
    paid.filters.channels = {QStringLiteral("Paid Search")};
    const KpiReport p = computeKpis(*facts, paid);
    // Paid Search MQLs in January: A, B, E = 3; the Paid Search campaign cost 3,100 → 1,033.33.
    CHECK(value(p, "mqls") == 3);
    CHECK(*value(p, "cost_per_mql") == Approx(3100.0 / 3.0));
    // SQLs: A and F (both Paid Search).
    CHECK(value(p, "sqls") == 2);
}

TEST_CASE("kpi: a filter that matches nothing gives zeros and n/a, an unknown name is an error") {
    MetricsFixture fx;
    buildJanuary(fx);
    const FactSnapshot facts = fx.load();
    MetricQuery ceo = january();
    ceo.filters.personas = {QStringLiteral("CEO")}; // a persona nobody has
    const KpiReport r = computeKpis(*facts, ceo);
    CHECK(value(r, "leads_created") == 0);
    CHECK(value(r, "bookings") == 0.0);
    for (const char* key : {"lead_to_mql_rate", "mql_acceptance_rate", "sla_compliance", "win_rate",
                            "median_hours_to_first_touch", "average_deal_size", "sales_cycle_days",
                            "sales_velocity", "cost_per_mql", "mql_to_sql_rate"}) {
        INFO(key);
        CHECK_FALSE(value(r, key).has_value());
    }
    MetricQuery typo = january();
    typo.filters.personas = {QStringLiteral("Nobody")};
    CHECK_THROWS_WITH(computeKpis(*facts, typo), Catch::Contains("unknown persona 'Nobody'"));
}

TEST_CASE("kpi: drill-down lists the records behind a figure") {
    MetricsFixture fx;
    const January j = buildJanuary(fx);
    const FactSnapshot facts = fx.load();
    const QString acceptance = QStringLiteral("mql_acceptance_rate");
    CHECK(drillDown(*facts, january(), acceptance).ids == std::vector<qint64>{j.a, j.d});
    CHECK(drillDown(*facts, january(), acceptance, DrillSide::Denominator).ids ==
          std::vector<qint64>{j.a, j.b, j.d, j.e});
    const DrillDown won = drillDown(*facts, january(), QStringLiteral("win_rate"));
    CHECK(won.kind == DrillDown::Kind::Opportunities);
    CHECK(won.ids == std::vector<qint64>{j.o1, j.o4});
    CHECK(drillDown(*facts, january(), QStringLiteral("win_rate"), DrillSide::Denominator).ids ==
          std::vector<qint64>{j.o1, j.o2, j.o4});
    CHECK(drillDown(*facts, january(), QStringLiteral("weighted_pipeline")).ids == std::vector<qint64>{j.o3});
    CHECK(drillDown(*facts, january(), QStringLiteral("leads_created")).ids.size() == 6);
}

TEST_CASE("kpi: breakdown by channel and weekly series") {
    MetricsFixture fx;
    buildJanuary(fx);
    const FactSnapshot facts = fx.load();
    const auto rows = computeBreakdown(*facts, january(), Dimension::Channel);
    std::map<QString, std::map<QString, std::optional<double>>> byName;
    for (const BreakdownRow& row : rows)
        byName[row.name] = row.values;
    const QString leads = QStringLiteral("leads_created");
    const QString cpm = QStringLiteral("cost_per_mql");
    CHECK(byName[QStringLiteral("Paid Search")][leads] == 3);    // A, B, E
    CHECK(byName[QStringLiteral("Organic Search")][leads] == 2); // C, D
    CHECK(byName[QStringLiteral("Events")][leads] == 1);         // H
    // Paid Search 3,100 / 3 MQLs; Organic: no campaign cost, 0 / 2 = 0; Events 700 / 0 MQLs = n/a.
    CHECK(*byName[QStringLiteral("Paid Search")][cpm] == Approx(3100.0 / 3.0));
    CHECK(byName[QStringLiteral("Organic Search")][cpm] == 0.0);
    CHECK_FALSE(byName[QStringLiteral("Events")][cpm].has_value());
    // O3, O4 have neither a contact nor a channel: "(none)", with O4's 8,000 booking.
    CHECK(byName[QStringLiteral("(none)")][QStringLiteral("bookings")] == 8000.0);

    // Weeks from Monday: 1–7 Jan A, B; 8–14 C, D; 15–21 H; 22–28 E; 29–31 nobody.
    MetricQuery weekly = january();
    weekly.period = PeriodKind::Week;
    const auto series = computeSeries(*facts, weekly);
    REQUIRE(series.size() == 5);
    std::vector<double> perWeek;
    for (const SeriesPoint& p : series)
        perWeek.push_back(*p.values.at(leads));
    CHECK(perWeek == std::vector<double>{2, 2, 1, 1, 0});
    CHECK(series.back().range == DateRange{QDate(2024, 1, 29), QDate(2024, 1, 31)});
    // Accepted vs rejected MQLs per week: A (wk 1) accepted, B (wk 1) rejected; C pending, D accepted
    // (wk 2); E rejected (wk 4).
    std::vector<double> accepted, rejected;
    for (const SeriesPoint& p : series) {
        accepted.push_back(*p.values.at(QStringLiteral("mqls_accepted")));
        rejected.push_back(*p.values.at(QStringLiteral("mqls_rejected")));
    }
    CHECK(accepted == std::vector<double>{1, 1, 0, 0, 0});
    CHECK(rejected == std::vector<double>{1, 0, 0, 1, 0});
    // Monthly series over January: one whole month, the month's target (100 leads).
    const auto monthly = computeSeries(*facts, january());
    REQUIRE(monthly.size() == 1);
    CHECK(monthly[0].targets.at(leads) == 100);
}

TEST_CASE("kpi: without a range the whole data range is used") {
    MetricsFixture fx;
    buildJanuary(fx);
    const KpiReport r = computeKpis(*fx.load(), MetricQuery{});
    // Earliest: O4 created 2023-12-10; latest: O5 created 2024-02-20.
    CHECK(r.range == DateRange{QDate(2023, 12, 10), QDate(2024, 2, 20)});
    // Every contact: A B C D E F G H.
    CHECK(value(r, "leads_created") == 8);
}
