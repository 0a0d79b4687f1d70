#include "metrics/funnel.h"
#include "metrics/kpiengine.h"

#include "metricsfixture.h"

// Specs name only the fields a row needs (designated initializers); the rest keep their defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace revalign;
using namespace revalign::test;

namespace {
// Dated and undated records side by side (UTC):
//   A contact created 01-05, MQL 01-06.   B contact with no date at all.
//   X 1,000 created 01-10, won 01-20.     Y 2,000 without a creation date, won 01-25.
//   Z 3,000 created 01-12, lost without a close date.
//   Campaigns: "January" 310.00 over 01-01..01-31; "Undated" 500.00 without dates.
struct Undated {
    qint64 a, b, x, y, z;
};

Undated buildUndated(MetricsFixture& fx) {
    fx.setCalendar(QStringLiteral("UTC"));
    fx.campaign("January", "Paid Search", 31000, "2024-01-01", "2024-01-31");
    fx.campaign("Undated", "Events", 50000, nullptr, nullptr);
    Undated u{};
    u.a =
        fx.contact({.created = "2024-01-05T09:00", .stages = {{QStringLiteral("mql"), "2024-01-06T09:00"}}});
    u.b = fx.contact({});
    u.x = fx.opportunity({.amountCents = 100000,
                          .created = "2024-01-10T09:00",
                          .closeDate = "2024-01-20",
                          .closed = true,
                          .won = true});
    u.y = fx.opportunity({.amountCents = 200000, .closeDate = "2024-01-25", .closed = true, .won = true});
    u.z = fx.opportunity({.amountCents = 300000, .created = "2024-01-12T09:00", .closed = true});
    return u;
}

std::optional<double> value(const KpiReport& r, const char* key) {
    const KpiValue* k = r.find(QString::fromLatin1(key));
    REQUIRE(k);
    return k->value;
}
} // namespace

TEST_CASE("all time: a period view counts dated facts and says how many records it leaves out") {
    MetricsFixture fx;
    buildUndated(fx);
    const KpiReport jan =
        computeKpis(*fx.load(), {{QDate(2024, 1, 1), QDate(2024, 1, 31)}, PeriodKind::Month, {}});
    CHECK_FALSE(jan.allTime);
    CHECK(value(jan, "leads_created") == 1);         // A; B has no date
    CHECK(value(jan, "opportunities_created") == 2); // X, Z; Y has no creation date
    CHECK(value(jan, "bookings") == 3000.0);         // X + Y close in January
    CHECK(value(jan, "win_rate") == 1.0);            // Z's loss has no date: 2 won of 2 closed
    CHECK(value(jan, "cost_per_mql") == 310.0);      // the undated campaign falls in no period
    // B (no date at all) and Y, Z (each missing a date a figure needs) are named as left out.
    CHECK(jan.undated == UndatedRecords{1, 2});
}

TEST_CASE("all time: every record counts, undated ones included, with no previous period") {
    MetricsFixture fx;
    const Undated u = buildUndated(fx);
    MetricQuery all;
    all.allTime = true;
    const FactSnapshot facts = fx.load();
    const KpiReport r = computeKpis(*facts, all);
    CHECK(r.allTime);
    CHECK(value(r, "leads_created") == 2);             // A and B
    CHECK(value(r, "mqls") == 1);                      // A
    CHECK(value(r, "opportunities_created") == 3);     // X, Y, Z
    CHECK(*value(r, "win_rate") == Approx(2.0 / 3.0)); // X, Y won; Z lost
    CHECK(value(r, "bookings") == 3000.0);
    CHECK(value(r, "cost_per_mql") == 810.0); // 310 + 500 ÷ 1 MQL
    CHECK(r.undated == UndatedRecords{});
    CHECK_FALSE(r.previousRange.isValid());
    for (const KpiValue& k : r.kpis) {
        CHECK_FALSE(k.previous.has_value());
        CHECK_FALSE(k.target.has_value());
    }
    // The funnel and the drill-down agree with the totals.
    CHECK(computeFunnel(*facts, all, FunnelMode::Flow).stages[0].count == 2);
    CHECK(drillDown(*facts, all, QStringLiteral("leads_created")).ids == std::vector<qint64>{u.a, u.b});
    CHECK(drillDown(*facts, all, QStringLiteral("opportunities_created")).ids ==
          std::vector<qint64>{u.x, u.y, u.z});
    CHECK(drillDown(*facts, all, QStringLiteral("win_rate"), DrillSide::Denominator).ids ==
          std::vector<qint64>{u.x, u.y, u.z});
}
