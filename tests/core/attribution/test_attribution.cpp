#include "metrics/attribution.h"

#include "testsupport.h"

#include <numeric>
#include <random>

using namespace revalign;

namespace {
constexpr qint64 kDay = 86400;
// 2024-03-01 00:00:00 UTC.
constexpr qint64 kT0 = 1'709'251'200;
const QDate kDay0(2024, 3, 1);

qint32 dayAfter(int days) {
    return qint32(kDay0.addDays(days).toJulianDay());
}

// Two contacts and three deals:
// - Ann (persona "CMO"): web/paid day 0 (marketing), form/organic day 1 (lead created day 1, marketing),
//   call/outbound day 3 (sales); opportunity 1 created day 3 12:00, 900.00, won closing day 10; a webinar
//   touch on day 12 comes after everything.
// - Bob (no persona): a single sales call on day 5; opportunity 2 created day 2 (before his only touch),
//   300.00, open.
// - Opportunity 3: no contact, 100.00, created day 4, sales-sourced.
JourneySnapshot fixture() {
    JourneyBuilder b;
    const qint32 ann = b.addContact(1, kT0 + kDay, QStringLiteral("CMO"), QStringLiteral("paid"));
    b.addTouch(ann, kT0, QStringLiteral("paid"), QStringLiteral("Spring ads"));
    b.addTouch(ann, kT0 + kDay, QStringLiteral("organic"), {}, QStringLiteral("form"));
    b.addTouch(ann, kT0 + 3 * kDay, QStringLiteral("outbound"), {}, QStringLiteral("call"), TouchTeam::Sales);
    b.addTouch(ann, kT0 + 12 * kDay, QStringLiteral("webinar"), QStringLiteral("Webinar"),
               QStringLiteral("event"));
    const qint32 bob = b.addContact(2, kT0, {}, QStringLiteral("outbound"));
    b.addTouch(bob, kT0 + 5 * kDay, QStringLiteral("outbound"), {}, QStringLiteral("call"), TouchTeam::Sales);
    b.addOpportunity(1, ann, kT0 + 3 * kDay + kDay / 2, 90000, DealOutcome::Won, dayAfter(10),
                     Source::Marketing, QStringLiteral("paid"), QStringLiteral("Alice AE"));
    b.addOpportunity(2, bob, kT0 + 2 * kDay, 30000, DealOutcome::Open, kNoDayNumber, Source::Sales,
                     QStringLiteral("outbound"), QStringLiteral("Bert AE"));
    b.addOpportunity(3, -1, kT0 + 4 * kDay, 10000, DealOutcome::Open, kNoDayNumber, Source::Sales, {},
                     QStringLiteral("Bert AE"));
    return b.finish();
}

std::map<QString, qint64> credits(const AttributionResult& r) {
    std::map<QString, qint64> out;
    for (const AttributionRow& row : r.rows)
        out[row.key] = row.credit;
    return out;
}
} // namespace

TEST_CASE("attribution: pipeline by channel credits touches up to opportunity creation only") {
    const JourneySnapshot t = fixture();
    AttributionQuery q;
    q.metric = AttributionMetric::Pipeline;
    q.model = AttributionModel::Linear;
    const AttributionResult r = attribute(*t, q);
    // Total 900 + 300 + 100 = 1300.00. Ann's journey: paid, organic, outbound (the webinar is later):
    // 90000 / 3 = 30000 each. Bob's only touch is after his opportunity: no touchpoints, nor for deal 3.
    CHECK(r.total == 130000);
    CHECK(r.opportunities == 3);
    CHECK(credits(r) == std::map<QString, qint64>{{QStringLiteral("paid"), 30000},
                                                  {QStringLiteral("organic"), 30000},
                                                  {QStringLiteral("outbound"), 30000},
                                                  {noTouchpointsKey(), 40000}});
    CHECK(r.rows.front().key == noTouchpointsKey());
    CHECK(r.rows.front().share == Approx(40000.0 / 130000.0));
}

TEST_CASE("attribution: revenue, teams, personas and campaigns") {
    const JourneySnapshot t = fixture();
    AttributionQuery q;
    q.metric = AttributionMetric::Revenue;
    q.model = AttributionModel::UShaped;
    q.by = AttributionDimension::Team;
    // Only deal 1 is won. Its revenue journey ends at the end of day 10: paid, organic, outbound (the
    // webinar on day 12 is after). U: paid 40%, organic (lead creation, day 1) 40%, outbound 20%:
    // marketing 36000 + 36000 = 72000, sales 18000.
    AttributionResult r = attribute(*t, q);
    CHECK(r.total == 90000);
    CHECK(credits(r) ==
          std::map<QString, qint64>{{QStringLiteral("marketing"), 72000}, {QStringLiteral("sales"), 18000}});
    q.by = AttributionDimension::Persona;
    CHECK(credits(attribute(*t, q)) == std::map<QString, qint64>{{QStringLiteral("CMO"), 90000}});
    q.by = AttributionDimension::Campaign;
    q.model = AttributionModel::FirstTouch;
    CHECK(credits(attribute(*t, q)) == std::map<QString, qint64>{{QStringLiteral("Spring ads"), 90000}});
}

TEST_CASE("attribution: the period and the filters pick the opportunities") {
    const JourneySnapshot t = fixture();
    AttributionQuery q;
    q.model = AttributionModel::LastTouch;
    SECTION("created in the period") {
        q.from = kDay0.addDays(3);
        q.to = kDay0.addDays(4); // deals 1 (day 3) and 3 (day 4)
        const AttributionResult r = attribute(*t, q);
        CHECK(r.opportunities == 2);
        CHECK(r.total == 100000);
        CHECK(credits(r) ==
              std::map<QString, qint64>{{QStringLiteral("outbound"), 90000}, {noTouchpointsKey(), 10000}});
    }
    SECTION("revenue by close date: nothing closed before day 10") {
        q.metric = AttributionMetric::Revenue;
        q.to = kDay0.addDays(9);
        CHECK(attribute(*t, q).total == 0);
        CHECK(attribute(*t, q).rows.empty());
    }
    SECTION("persona, channel and owner filters; typos are errors") {
        q.personas = QStringList{QStringLiteral("(none)")}; // deals 2 and 3
        CHECK(attribute(*t, q).total == 40000);
        q.personas.clear();
        q.owners = QStringList{QStringLiteral("Bert AE")};
        CHECK(attribute(*t, q).total == 40000);
        q.channels = QStringList{QStringLiteral("outbound")}; // deal 2 only
        CHECK(attribute(*t, q).total == 30000);
        q.channels = QStringList{QStringLiteral("outbond")};
        CHECK_THROWS_WITH(attribute(*t, q), Catch::Contains("unknown channel 'outbond'"));
    }
    SECTION("opportunities metric counts each deal as 1.00") {
        q.metric = AttributionMetric::Opportunities;
        q.model = AttributionModel::Linear;
        const AttributionResult r = attribute(*t, q);
        // Ann's deal: 100 / 3 = 33 r 1 → paid (earliest) 34, organic 33, outbound 33.
        CHECK(r.total == 300);
        CHECK(credits(r) == std::map<QString, qint64>{{QStringLiteral("paid"), 34},
                                                      {QStringLiteral("organic"), 33},
                                                      {QStringLiteral("outbound"), 33},
                                                      {noTouchpointsKey(), 200}});
    }
}

TEST_CASE("attribution: sourced vs influenced per team") {
    const JourneySnapshot t = fixture();
    AttributionQuery q;
    const std::vector<TeamInfluence> teams = sourcedVsInfluenced(*t, q);
    REQUIRE(teams.size() == 4);
    // Marketing sourced deal 1 (900.00); marketing touched deal 1 before creation; sales touched deal 1
    // (the call on day 3) but not deal 2 (Bob's call came after it). Sales sourced deals 2 and 3.
    CHECK(teams[0] == TeamInfluence{QStringLiteral("marketing"), 1, 90000, 1, 90000});
    CHECK(teams[1] == TeamInfluence{QStringLiteral("sales"), 2, 40000, 1, 90000});
    CHECK(teams[2] == TeamInfluence{QStringLiteral("partner"), 0, 0, 0, 0});
}

// Property: over random workspaces every model and dimension credits exactly the total, to the cent.
TEST_CASE("attribution: totals are exact to the cent over randomised journeys") {
    std::mt19937_64 rng(7);
    JourneyBuilder b;
    const QStringList channels{QStringLiteral("paid"), QStringLiteral("organic"), QStringLiteral("email"),
                               QStringLiteral("events")};
    qint64 oppId = 0;
    for (qint64 c = 1; c <= 400; ++c) {
        const qint64 start = kT0 + qint64(rng() % (90 * kDay));
        const qint32 row = b.addContact(c, start + qint64(rng() % (10 * kDay)),
                                        rng() % 3 ? QStringLiteral("Ops") : QString());
        qint64 at = start;
        for (int i = int(rng() % 9); i > 0; --i) {
            at += qint64(rng() % (6 * kDay));
            b.addTouch(row, at, channels[qsizetype(rng() % 4)], {}, QStringLiteral("web_visit"),
                       rng() % 2 ? TouchTeam::Marketing : TouchTeam::Sales);
        }
        for (int d = int(rng() % 3); d > 0; --d) {
            const qint64 created = start + qint64(rng() % (60 * kDay));
            const bool won = rng() % 2;
            b.addOpportunity(++oppId, row, created, qint64(rng() % 100'000'000),
                             won ? DealOutcome::Won : DealOutcome::Lost,
                             utcDayOf(created) + qint32(rng() % 40));
        }
    }
    const JourneySnapshot t = b.finish();
    for (const AttributionMetric metric : {AttributionMetric::Pipeline, AttributionMetric::Revenue}) {
        for (const AttributionDimension by :
             {AttributionDimension::Channel, AttributionDimension::Team, AttributionDimension::Persona,
              AttributionDimension::Campaign}) {
            AttributionQuery q;
            q.metric = metric;
            q.by = by;
            q.halfLifeDays = 3.5;
            const std::vector<AttributionResult> all = compareModels(*t, q);
            REQUIRE(all.size() == 8);
            for (const AttributionResult& r : all) {
                CAPTURE(toKey(r.model), toKey(metric), toKey(by));
                CHECK(r.total == all.front().total);
                CHECK(std::accumulate(r.rows.begin(), r.rows.end(), qint64(0),
                                      [](qint64 s, const AttributionRow& row) { return s + row.credit; }) ==
                      r.total);
            }
        }
    }
}

TEST_CASE("attribution: keys round-trip and every model has a written formula") {
    for (const AttributionModel model : allAttributionModels()) {
        CHECK(attributionModelFromKey(toKey(model)) == model);
        CHECK(formulaText(model).contains(u"largest-remainder"));
    }
    CHECK(!attributionModelFromKey(QStringLiteral("z")).has_value());
    CHECK(attributionMetricFromKey(QStringLiteral("revenue")) == AttributionMetric::Revenue);
    CHECK(attributionDimensionFromKey(QStringLiteral("persona")) == AttributionDimension::Persona);
    AttributionQuery q;
    q.halfLifeDays = 0;
    CHECK_THROWS_WITH(attribute(*fixture(), q), Catch::Contains("half-life"));
}
