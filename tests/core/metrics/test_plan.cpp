#include "metrics/plan.h"

#include "januaryfixture.h"

// Specs name only the fields a row needs (designated initializers); the rest keep their defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace revalign;
using namespace revalign::test;

namespace {
PlanRates round() {
    PlanRates r;
    r.averageDealSize = 10000;
    r.winRate = 0.25;
    r.cycleDays = 30;
    r.sqlToOpportunity = 0.5;
    r.sqlToOpportunityDays = 5;
    r.salToSql = 0.5;
    r.salToSqlDays = 7;
    r.mqlToSal = 0.4;
    r.mqlToSalDays = 2;
    return r;
}
} // namespace

TEST_CASE("plan: from a bookings target back to each stage, by when and by team") {
    MetricsFixture fx;
    fx.contact({.created = "2024-03-15T09:00"}); // the data ends on 15 March
    const DateRange q2{QDate(2024, 4, 1), QDate(2024, 6, 30)};
    const ReversePlan p = planFromTarget(*fx.load(), 100000, q2, round());
    CHECK(p.booked == 0.0);
    CHECK(p.stillToBook == 100000.0);
    using Row = std::tuple<const char*, double, QDate, Team>;
    // 100,000 ÷ 10,000 = 10 deals won; ÷ 0.25 = 40 opportunities (× 10,000 = 400,000 pipeline), created
    // by 30 June − 30 days = 31 May; ÷ 0.5 = 80 SQLs by 31 May − 5 = 26 May; ÷ 0.5 = 160 SALs by 26 May −
    // 7 = 19 May; ÷ 0.4 = 400 MQLs by 19 May − 2 = 17 May.
    const auto [key, needed, by, team] = GENERATE(table<const char*, double, QDate, Team>({
        Row{"won_deals", 10, QDate(2024, 6, 30), Team::Sales},
        Row{"opportunities", 40, QDate(2024, 5, 31), Team::Sales},
        Row{"pipeline", 400000, QDate(2024, 5, 31), Team::Sales},
        Row{"sqls", 80, QDate(2024, 5, 26), Team::Sales},
        Row{"sals", 160, QDate(2024, 5, 19), Team::Sales},
        Row{"mqls", 400, QDate(2024, 5, 17), Team::Marketing},
    }));
    INFO(key);
    const PlanStep* s = p.find(QString::fromLatin1(key));
    REQUIRE(s);
    CHECK(*s->needed == Approx(needed));
    CHECK(s->by == by);
    CHECK(s->team == team);
    CHECK_FALSE(s->late);
    CHECK(s->reason.isEmpty());
}

TEST_CASE("plan: what was already booked counts, late steps are flagged, a missing rate says why") {
    MetricsFixture fx;
    buildJanuary(fx); // the data ends on 20 Feb 2024
    PlanRates rates = round();
    rates.mqlToSal.reset();
    rates.reasons.emplace_back(QStringLiteral("mql_to_sal"),
                               QStringLiteral("no handoff decisions in this workspace"));
    // Q1 2024 has booked O1 10,000 + O4 8,000 = 18,000 of a 100,000 target: 82,000 still to book, 8.2
    // deals won, 32.8 opportunities — created by 1 March (31 March − 30 days), after the data's last day.
    const ReversePlan p = planFromTarget(*fx.load(), 100000, {QDate(2024, 1, 1), QDate(2024, 3, 31)}, rates);
    CHECK(p.booked == 18000.0);
    CHECK(p.stillToBook == 82000.0);
    CHECK(*p.find(QStringLiteral("opportunities"))->needed == Approx(32.8));
    CHECK_FALSE(p.find(QStringLiteral("opportunities"))->late);
    // SQLs by 1 March − 5 = 25 Feb: still ahead of 21 Feb. SALs by 18 Feb: already past.
    CHECK_FALSE(p.find(QStringLiteral("sqls"))->late);
    CHECK(p.find(QStringLiteral("sals"))->late);
    const PlanStep* mqls = p.find(QStringLiteral("mqls"));
    CHECK_FALSE(mqls->needed.has_value());
    CHECK(mqls->reason == QStringLiteral("no handoff decisions in this workspace"));
}

TEST_CASE("plan: the workspace's own rates over the last twelve months") {
    MetricsFixture fx;
    buildJanuary(fx);
    const FactSnapshot facts = fx.load();
    const DateRange basis = planBasis(*facts);
    CHECK(basis == DateRange{QDate(2023, 12, 10), QDate(2024, 2, 20)}); // all the data: less than a year
    const PlanRates r = workspaceRates(*facts, basis);
    // Won O1, O4 and lost O2: 2 / 3; (10,000 + 8,000) / 2; cycles 12 and 26 days → median 19.
    CHECK(*r.winRate == Approx(2.0 / 3.0));
    CHECK(r.averageDealSize == 9000.0);
    CHECK(r.cycleDays == 19.0);
    // Accepted A, D, F; rejected B, E (C and G pending): 3 / 5.
    CHECK(r.mqlToSal == 0.6);
    // Entered SQL: A, D, F; of them only A reached the opportunity stage: 1 / 3.
    CHECK(*r.sqlToOpportunity == Approx(1.0 / 3.0));
    // Entered SAL (A recorded; D and F by the skipped-stage rule): all three reached SQL.
    CHECK(r.salToSql == 1.0);
    CHECK(r.reasons.empty());
}
