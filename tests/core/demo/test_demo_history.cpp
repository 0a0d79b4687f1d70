// The demo's twelve weekly deal snapshots: a history a new user sees moving on first run, consistent with
// the deals as the workspace holds them.
#include "demo/demogenerator.h"
#include "metrics/waterfall.h"
#include "store/database.h"
#include "store/factstore.h"
#include "store/workspace.h"

#include "testsupport.h"

using namespace revalign;
using namespace revalign::test;

namespace {
qint64 scalar(Workspace& ws, const char* sql) {
    Statement st(ws.db(), sql);
    REQUIRE(st.step());
    return st.int64(0);
}
} // namespace

TEST_CASE("demo: twelve weekly snapshots of the deals, the last one the deals as they are") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("d.revalign"));
    generateDemoWorkspace(path, DemoOptions{6000, 5, QDate(2026, 11, 26)});
    Workspace ws = Workspace::open(path);
    CHECK(scalar(ws, "SELECT count(DISTINCT valid_from) FROM deal_state") == 12);
    CHECK(scalar(ws, "SELECT count(*) FROM opportunity o WHERE NOT EXISTS (SELECT 1 FROM deal_state s "
                     "WHERE s.opportunity_id = o.id)") == 0);
    // Each deal's current state is the deal itself.
    CHECK(scalar(ws,
                 "SELECT count(*) FROM opportunity o JOIN deal_state s ON s.opportunity_id = o.id AND "
                 "s.valid_to IS NULL WHERE s.stage IS NOT o.stage OR s.amount_cents IS NOT o.amount_cents OR "
                 "s.close_date IS NOT o.close_date OR s.owner_id IS NOT o.owner_id OR s.status IS NOT CASE "
                 "WHEN o.is_won = 1 THEN 'won' WHEN o.is_closed = 1 THEN 'lost' ELSE 'open' END") == 0);
    CHECK(scalar(ws, "SELECT count(*) FROM (SELECT opportunity_id FROM deal_state WHERE valid_to IS NULL "
                     "GROUP BY opportunity_id HAVING count(*) > 1)") == 0);
    // valid_to chains each state to the next one of its deal; changes only (no two equal states in a row).
    CHECK(scalar(
              ws,
              "SELECT count(*) FROM deal_state s WHERE s.valid_to IS NOT NULL AND NOT EXISTS (SELECT 1 "
              "FROM deal_state n WHERE n.opportunity_id = s.opportunity_id AND n.valid_from = s.valid_to)") ==
          0);
    CHECK(scalar(
              ws,
              "SELECT count(*) FROM deal_state s JOIN deal_state n ON n.opportunity_id = s.opportunity_id "
              "AND n.valid_from = s.valid_to WHERE n.stage IS s.stage AND n.amount_cents IS s.amount_cents "
              "AND n.close_date IS s.close_date AND n.owner_id IS s.owner_id AND n.status IS s.status") == 0);

    // Over the twelve weeks every kind of movement happens.
    const FactSnapshot f = FactStore(ws).load();
    REQUIRE(f->dealHistory.snapshotTimes.size() == 12);
    WaterfallQuery q;
    q.from = f->dealHistory.snapshotTimes.front();
    q.to = f->dealHistory.snapshotTimes.back();
    q.window = {QDate(2026, 10, 1), QDate(2026, 12, 31)}; // the quarter of the last snapshot
    const Waterfall w = computeWaterfall(*f, q);
    REQUIRE(w.available);
    CHECK(w.reconciled() == w.endCents);
    for (int b = 0; b < kWaterfallBuckets; ++b) {
        INFO(toKey(WaterfallBucket(b)).toStdString());
        CHECK(w.bucketDeals[size_t(b)] > 0);
    }
    CHECK_FALSE(w.slipped.empty());
    CHECK_FALSE(w.ownerMoves.empty());
}
