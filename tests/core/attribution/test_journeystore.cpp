#include "metrics/attribution.h"
#include "store/journeystore.h"
#include "store/workspace.h"

#include "testsupport.h"

#include <QFile>

using namespace revalign;

namespace {
Workspace fixtureWorkspace(const test::TempDir& dir) {
    Workspace ws = Workspace::create(dir.path(QStringLiteral("j.revalign")));
    QFile sql(test::testData(QStringLiteral("attribution/journeys.sql")));
    REQUIRE(sql.open(QIODevice::ReadOnly));
    ws.db().exec(sql.readAll().toStdString());
    return ws;
}
} // namespace

TEST_CASE("journey store: loads touches in time order with milestones and outcomes") {
    test::TempDir dir;
    Workspace ws = fixtureWorkspace(dir);
    const JourneySnapshot t = JourneyStore(ws).load();
    REQUIRE(t->contactCount() == 2);
    REQUIRE(t->touchCount() == 5);
    REQUIRE(t->opportunityCount() == 3);
    CHECK(t->touchBegin == std::vector<qint64>{0, 4, 5});
    CHECK(t->channels.name(t->touchChannel[2]) == u"outbound");
    CHECK(t->campaigns.name(t->touchCampaign[0]) == u"Spring ads");
    CHECK(t->touchTeam[2] == quint8(TouchTeam::Sales));
    CHECK(t->personas.name(t->persona[0]) == u"CMO");
    CHECK(t->persona[1] == 0);
    // Ann: first stage after Lead is the MQL at 1709341200; she reached SQL and won.
    CHECK(t->qualifiedAt[0] == 1709341200);
    CHECK(t->reachedSql[0] == 1);
    CHECK(t->reachedSql[1] == 0);
    CHECK(t->hasWon[0] == 1);
    CHECK(t->employees[1] == 100);
    // The won deal closed 2024-03-11: credited up to 23:59:59 UTC that day.
    CHECK(t->oppWonAt[0] == 1710201599);
    CHECK(t->oppContact[2] == -1);
    CHECK(t->owners.name(t->oppOwner[1]) == u"Bert AE");
    CHECK(t->asOf == 1710288000);

    // Same answer as the in-memory fixture: Ann's three touches share her 900.00 deal.
    AttributionQuery q;
    const AttributionResult r = attribute(*t, q);
    CHECK(r.total == 130000);
    REQUIRE(r.rows.size() == 4);
    CHECK(r.rows[0].key == noTouchpointsKey());
    CHECK(r.rows[0].credit == 40000);
}

TEST_CASE("journey store: an empty workspace loads empty columns") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.path(QStringLiteral("e.revalign")));
    const JourneySnapshot t = JourneyStore(ws).load();
    CHECK(t->contactCount() == 0);
    CHECK(t->touchBegin == std::vector<qint64>{0});
    const AttributionResult r = attribute(*t, AttributionQuery{});
    CHECK(r.total == 0);
    CHECK(r.rows.empty());
}
