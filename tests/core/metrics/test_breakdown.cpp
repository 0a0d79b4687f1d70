#include "metrics/kpiengine.h"
#include "store/factstore.h"

#include "../import/importtesthelpers.h"
#include "metricsfixture.h"

// Specs name only the fields a row needs (designated initializers); the rest keep their defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace revalign;
using namespace revalign::test;

namespace {
MetricQuery january() {
    return {{QDate(2024, 1, 1), QDate(2024, 1, 31)}, PeriodKind::Month, {}};
}

const BreakdownRow& rowNamed(const std::vector<BreakdownRow>& rows, const QString& name) {
    for (const BreakdownRow& r : rows)
        if (r.name == name)
            return r;
    FAIL("no row " << name.toStdString());
    return rows.front();
}

std::optional<double> v(const BreakdownRow& r, const char* key) {
    const auto it = r.values.find(QString::fromLatin1(key));
    return it == r.values.end() ? std::nullopt : it->second;
}
} // namespace

TEST_CASE("breakdown: campaigns whose names repeat are told apart by their CRM id") {
    MetricsFixture fx;
    fx.setCalendar(QStringLiteral("UTC"));
    const qint64 webinarA = fx.campaign("Webinar", "Events", 20000, "2024-01-10", "2024-01-10");
    const qint64 webinarB = fx.campaign("Webinar", "Events", 30000, "2024-01-20", "2024-01-20");
    const qint64 search = fx.campaign("Search", "Paid Search", 10000, "2024-01-01", "2024-01-31");
    const auto mql = [&](qint64 campaign, const char* at) {
        fx.contact({.created = at, .campaign = campaign, .stages = {{QStringLiteral("mql"), at}}});
    };
    mql(webinarA, "2024-01-10T10:00");
    mql(webinarB, "2024-01-20T10:00");
    mql(webinarB, "2024-01-21T10:00");
    mql(search, "2024-01-05T10:00");
    const std::vector<BreakdownRow> rows = computeBreakdown(*fx.load(), january(), Dimension::Campaign);
    REQUIRE(rows.size() == 3);
    const QString idA = fx.sourceId("campaign", webinarA);
    const QString idB = fx.sourceId("campaign", webinarB);
    const BreakdownRow& a = rowNamed(rows, QStringLiteral("Webinar (%1)").arg(idA));
    const BreakdownRow& b = rowNamed(rows, QStringLiteral("Webinar (%1)").arg(idB));
    const BreakdownRow& s = rowNamed(rows, QStringLiteral("Search")); // unique: shown by its name
    CHECK(a.key == idA);
    CHECK(b.key == idB);
    CHECK(s.key == fx.sourceId("campaign", search));
    // Webinar A: 200.00 over 1 MQL; Webinar B: 300.00 over 2 MQLs = 150.00; Search 100.00 over 1.
    CHECK(v(a, "mqls") == 1);
    CHECK(v(a, "cost_per_mql") == 200.0);
    CHECK(v(b, "mqls") == 2);
    CHECK(v(b, "cost_per_mql") == 150.0);
    CHECK(v(s, "cost_per_mql") == 100.0);
}

TEST_CASE("breakdown: by owner, every KPI of the row and the forecast rolled up") {
    MetricsFixture fx;
    fx.setCalendar(QStringLiteral("UTC"));
    const qint64 ann = fx.owner("Ann", "sales");
    const qint64 bob = fx.owner("Bob", "sales");
    // Ann: won 10,000 (01-15); open 5,000 commit closing 01-31; open 2,000 pipeline closing in February.
    fx.opportunity({.amountCents = 1000000,
                    .created = "2024-01-02T09:00",
                    .closeDate = "2024-01-15",
                    .closed = true,
                    .won = true,
                    .owner = ann});
    fx.opportunity({.amountCents = 500000,
                    .created = "2024-01-03T09:00",
                    .closeDate = "2024-01-31",
                    .forecast = QStringLiteral("commit"),
                    .owner = ann});
    fx.opportunity({.amountCents = 200000,
                    .created = "2024-01-04T09:00",
                    .closeDate = "2024-02-20",
                    .forecast = QStringLiteral("pipeline"),
                    .owner = ann});
    // Bob: lost 4,000 (01-10); open 8,000 best case closing 01-25.
    fx.opportunity({.amountCents = 400000,
                    .created = "2024-01-02T09:00",
                    .closeDate = "2024-01-10",
                    .closed = true,
                    .owner = bob});
    fx.opportunity({.amountCents = 800000,
                    .created = "2024-01-05T09:00",
                    .closeDate = "2024-01-25",
                    .forecast = QStringLiteral("best_case"),
                    .owner = bob});
    const std::vector<BreakdownRow> rows = computeBreakdown(*fx.load(), january(), Dimension::Owner);
    REQUIRE(rows.size() == 2);
    const BreakdownRow& a = rowNamed(rows, QStringLiteral("Ann"));
    CHECK(v(a, "opportunities_created") == 3);
    CHECK(v(a, "won_count") == 1);
    CHECK(v(a, "lost_count") == 0);
    CHECK(v(a, "bookings") == 10000.0);
    CHECK(v(a, "win_rate") == 1.0);
    CHECK(v(a, "open_opportunities") == 2); // both open deals are open at the end of January
    CHECK(v(a, "open_pipeline") == 7000.0); // 5,000 + 2,000
    // Closing in January: 10,000 closed + 5,000 commit; the February deal is outside the range.
    CHECK(a.forecast.cumulative[1] == 15000.0); // commit roll-up
    CHECK(a.forecast.cumulative[2] == 15000.0); // best case roll-up
    CHECK(a.forecast.cumulative[3] == 15000.0); // pipeline roll-up
    const BreakdownRow& b = rowNamed(rows, QStringLiteral("Bob"));
    CHECK(v(b, "win_rate") == 0.0); // 0 won of 1 closed
    CHECK(v(b, "bookings") == 0.0);
    CHECK(b.forecast.cumulative[1] == 0.0);
    CHECK(b.forecast.cumulative[2] == 8000.0);
    CHECK(b.forecast.cumulative[3] == 8000.0);
    // The team row adds both: 15,000 closed + commit, 23,000 with best case.
    const std::vector<BreakdownRow> teams = computeBreakdown(*fx.load(), january(), Dimension::Team);
    const BreakdownRow& sales = rowNamed(teams, QStringLiteral("sales"));
    CHECK(sales.forecast.cumulative[2] == 23000.0);
    CHECK(*v(sales, "win_rate") == Approx(0.5));
}

// Issue 12 point 6 with the owner hierarchy of issue 11: users Cora Ceo > Vic Vp > {Ann Exec, Bo Rep},
// Cora Ceo > Mia Mkt; regions EMEA (Cora, Vic, Ann, Mia) and APAC (Bo). Deals: Ann won 1,000 (closed
// 03-01), Bo open 2,000 (closing 06-30), Vic open 3,000 (closing 05-15), Mia lost 4,000 (closed 04-01).
TEST_CASE("breakdown: by manager and by region, rolled up from the owner hierarchy") {
    TempDir dir;
    Workspace ws = Workspace::create(dir.path(QStringLiteral("w.revalign")));
    importFiles(
        ws, {importFixture("salesforce-opportunities-owned.csv"), importFixture("salesforce-users-api.csv")},
        {});
    const FactSnapshot f = FactStore(ws).load();
    const MetricQuery half{{QDate(2024, 1, 1), QDate(2024, 6, 30)}, PeriodKind::Quarter, {}};

    // By direct manager: Vic's row holds Ann's and Bo's deals, Cora's holds Vic's and Mia's.
    const std::vector<BreakdownRow> managers = computeBreakdown(*f, half, Dimension::Manager);
    const BreakdownRow& vic = rowNamed(managers, QStringLiteral("Vic Vp"));
    CHECK(v(vic, "opportunities_created") == 2);
    CHECK(v(vic, "bookings") == 1000.0);                  // Ann's win
    CHECK(v(vic, "win_rate") == 1.0);                     // 1 won ÷ (1 won + 0 lost)
    CHECK(v(vic, "open_pipeline") == 2000.0);             // Bo's open deal
    CHECK(vic.forecast.cumulative[0] == 1000.0);          // closed
    CHECK(vic.forecast.cumulative[3] == 1000.0 + 2000.0); // pipeline roll-up: closed + Bo's, closing 06-30
    const BreakdownRow& cora = rowNamed(managers, QStringLiteral("Cora Ceo"));
    CHECK(v(cora, "opportunities_created") == 2);
    CHECK(v(cora, "bookings") == 0.0);
    CHECK(v(cora, "win_rate") == 0.0);         // 0 won ÷ (0 won + 1 lost: Mia's)
    CHECK(v(cora, "open_pipeline") == 3000.0); // Vic's own open deal
    CHECK(cora.forecast.cumulative[3] == 3000.0);

    const std::vector<BreakdownRow> regions = computeBreakdown(*f, half, Dimension::Region);
    const BreakdownRow& emea = rowNamed(regions, QStringLiteral("EMEA")); // Ann, Vic, Mia
    CHECK(v(emea, "bookings") == 1000.0);
    CHECK(*v(emea, "win_rate") == Approx(0.5)); // 1 won ÷ (1 won + 1 lost)
    CHECK(v(emea, "open_pipeline") == 3000.0);
    const BreakdownRow& apac = rowNamed(regions, QStringLiteral("APAC")); // Bo
    CHECK(v(apac, "open_pipeline") == 2000.0);
    CHECK(!v(apac, "win_rate")); // no deal of the region closed in the range: n/a, not 0 %
}
