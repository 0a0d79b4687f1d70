#include "metrics/dealpipeline.h"

#include "metricsfixture.h"

// Specs name only the fields a row needs (designated initializers); the rest keep their defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace revalign;
using namespace revalign::test;

namespace {
const DealStageRow& stage(const DealPipelineReport& r, const char* name) {
    for (const DealStageRow& s : r.stages)
        if (s.name == QString::fromUtf8(name))
            return s;
    FAIL("no stage " << name);
    return r.stages.front();
}
} // namespace

TEST_CASE("deal pipeline: deals by stage in the workspace's order, with conversion and win rate") {
    MetricsFixture fx;
    fx.setCalendar(QStringLiteral("UTC"));
    // The default sales process (Prospecting … Negotiation/Review, Closed Won, Closed Lost), January:
    const auto deal = [&](const char* stageName, qint64 cents, const char* created,
                          const char* close = nullptr, bool closed = false, bool won = false) {
        fx.opportunity({.amountCents = cents,
                        .created = created,
                        .closeDate = close,
                        .closed = closed,
                        .won = won,
                        .stage = QString::fromUtf8(stageName)});
    };
    deal("Prospecting", 100000, "2024-01-02T10:00", "2024-03-01");            // P1
    deal("Prospecting", 300000, "2024-01-20T10:00", "2024-03-01");            // P2 (the as-of instant)
    deal("Qualification", 200000, "2024-01-05T10:00", "2024-03-01");          // Q1
    deal("Negotiation/Review", 1000000, "2024-01-03T10:00", "2024-02-15");    // N1
    deal("Closed Won", 400000, "2024-01-01T10:00", "2024-01-31", true, true); // W1
    deal("Closed Lost", 500000, "2024-01-04T10:00", "2024-01-28", true);      // L1
    deal("Handshake", 600000, "2024-01-06T10:00", "2024-03-01");              // U1, a stage no one defined
    const DealPipelineReport r =
        computeDealPipeline(*fx.load(), {{QDate(2024, 1, 1), QDate(2024, 1, 31)}, PeriodKind::Month, {}});
    CHECK(r.reason.isEmpty());
    CHECK(r.timeInStage == TimeInStageSource::OpportunityRows);
    // The eight defined open stages in their positions, the undefined one, then the closed stages.
    REQUIRE(r.stages.size() == 11);
    CHECK(r.stages.front().name == QStringLiteral("Prospecting"));
    CHECK(r.stages[7].name == QStringLiteral("Negotiation/Review"));
    CHECK(r.stages[8].name == QStringLiteral("Handshake"));
    CHECK_FALSE(r.stages[8].defined);
    CHECK(r.stages[9].name == QStringLiteral("Closed Won"));
    CHECK(r.stages[10].name == QStringLiteral("Closed Lost"));

    const DealStageRow& p = stage(r, "Prospecting");
    CHECK(p.deals == 2);
    CHECK(p.amount == 4000.0);
    CHECK(p.weighted == Approx(400.0)); // × 0.10
    const DealStageRow& n = stage(r, "Negotiation/Review");
    CHECK(n.deals == 1);
    CHECK(n.weighted == Approx(9000.0));          // × 0.90
    CHECK(stage(r, "Handshake").weighted == 0.0); // no probability of its own, none from a stage
    CHECK(stage(r, "Closed Won").deals == 1);
    CHECK(stage(r, "Closed Lost").amount == 5000.0);
    // Without deal history a deal now in an open stage has passed the ones before it, every won deal has
    // passed them all, and a lost deal is only known to have entered: open deals at Prospecting or later
    // (P1, P2, Q1, N1) + won W1 + lost L1 = 6; at Qualification or later: Q1, N1, W1 = 3; from Needs
    // Analysis on: N1, W1 = 2; Negotiation → won: W1 of 2.
    CHECK(p.reached == 6);
    CHECK(*p.conversionToNext == Approx(3.0 / 6.0));
    CHECK(*stage(r, "Qualification").conversionToNext == Approx(2.0 / 3.0));
    CHECK(stage(r, "Needs Analysis").conversionToNext == 1.0);
    CHECK(*n.conversionToNext == Approx(0.5));
    // Ages at the latest instant in the data (20 Jan 10:00): P1 18 days, P2 0 → median 9.
    CHECK(*p.medianDays == Approx(9.0).margin(1e-3));
    CHECK(r.openDeals == 5);
    CHECK(r.openAmount == 22000.0);
    CHECK(r.weightedAmount == Approx(9600.0)); // 400 + 200 + 9,000
    CHECK(r.won == 1);
    CHECK(r.lost == 1);
    CHECK(r.winRate == 0.5);
}

TEST_CASE("deal pipeline: with stage names of its own, the empty default stages are left out") {
    MetricsFixture fx;
    fx.setCalendar(QStringLiteral("UTC"));
    // A HubSpot pipeline: no deal in any of the workspace's default open stages.
    fx.opportunity({.amountCents = 100000,
                    .created = "2024-01-02T10:00",
                    .closeDate = "2024-03-01",
                    .stage = QStringLiteral("Appointment Scheduled")});
    fx.opportunity({.amountCents = 200000,
                    .created = "2024-01-03T10:00",
                    .closeDate = "2024-01-20",
                    .closed = true,
                    .won = true,
                    .stage = QStringLiteral("Closed Won")});
    const DealPipelineReport r = computeDealPipeline(*fx.load(), {});
    REQUIRE(r.stages.size() == 3);
    CHECK(r.stages[0].name == QStringLiteral("Appointment Scheduled"));
    CHECK_FALSE(r.stages[0].defined);
    CHECK(r.stages[1].name == QStringLiteral("Closed Won"));
    CHECK(r.stages[2].name == QStringLiteral("Closed Lost"));
}

TEST_CASE("deal pipeline: a workspace without deals says so instead of a table of zeros") {
    MetricsFixture fx;
    fx.contact({.created = "2024-01-02T10:00"});
    const DealPipelineReport r = computeDealPipeline(*fx.load(), {});
    CHECK(r.stages.empty());
    CHECK(r.reason == QStringLiteral("no deal data in this workspace"));
}
