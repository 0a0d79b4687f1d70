// Issue 11 point 6: figures by manager and region. --manager X is X's whole team (X and everyone below X,
// directly or through other managers: what a CRO expects of "the sales org"); Dimension::Manager groups
// by the owner's direct manager, Dimension::Region by the owner's region.
#include "../import/importtesthelpers.h"

#include "metrics/kpitotals.h"
#include "metrics/metricquery.h"
#include "metrics/ownerfilter.h"
#include "store/factstore.h"

using namespace revalign;
using namespace revalign::test;

namespace {
// Users: Cora Ceo > Vic Vp > {Ann Exec > Sid Dev, Bo Rep}; Cora Ceo > Mia Mkt. Regions: EMEA Cora, Vic,
// Ann, Mia; APAC Bo, Sid. Deals: 006O1 Ann (won 1000), 006O2 Bo (open 2000), 006O3 Vic (open 3000),
// 006O4 Mia (lost 4000).
FactSnapshot usersAndDeals(TempDir& dir) {
    Workspace ws = Workspace::create(dir.path(QStringLiteral("w.revalign")));
    importFiles(
        ws, {importFixture("salesforce-opportunities-owned.csv"), importFixture("salesforce-users-api.csv")},
        {});
    return FactStore(ws).load();
}

QStringList dealsAllowed(const FactTable& f, const MetricFilters& filters) {
    const ResolvedFilter filter(f, filters);
    QStringList names;
    for (qsizetype j = 0; j < f.opportunities.size(); ++j)
        if (filter.opportunity(f, j))
            names << f.owners.name(f.opportunities.owner[size_t(j)]);
    names.sort();
    return names;
}
} // namespace

TEST_CASE("hierarchy: a manager's filter is the manager's whole team, a region filter the owners there") {
    TempDir dir;
    const FactSnapshot f = usersAndDeals(dir);
    struct Case {
        QStringList managers, regions;
        QStringList deals; // the owners of the deals that pass, sorted
    };
    const Case c = GENERATE(values<Case>({
        // Vic's team: Vic, Ann (and Sid, no deals), Bo
        {{QStringLiteral("Vic Vp")},
         {},
         {QStringLiteral("Ann Exec"), QStringLiteral("Bo Rep"), QStringLiteral("Vic Vp")}},
        // the CRO: everyone
        {{QStringLiteral("Cora Ceo")},
         {},
         {QStringLiteral("Ann Exec"), QStringLiteral("Bo Rep"), QStringLiteral("Mia Mkt"),
          QStringLiteral("Vic Vp")}},
        // Ann manages Sid only: her own deal
        {{QStringLiteral("Ann Exec")}, {}, {QStringLiteral("Ann Exec")}},
        {{},
         {QStringLiteral("EMEA")},
         {QStringLiteral("Ann Exec"), QStringLiteral("Mia Mkt"), QStringLiteral("Vic Vp")}},
        {{}, {QStringLiteral("APAC")}, {QStringLiteral("Bo Rep")}},
        // both: Vic's team in EMEA
        {{QStringLiteral("Vic Vp")},
         {QStringLiteral("EMEA")},
         {QStringLiteral("Ann Exec"), QStringLiteral("Vic Vp")}},
        // owners without a manager: Cora, who owns no deal
        {{QStringLiteral("(none)")}, {}, {}},
    }));
    MetricFilters filters;
    filters.managers = c.managers;
    filters.regions = c.regions;
    INFO(c.managers.join(u',').toStdString() << " / " << c.regions.join(u',').toStdString());
    CHECK(dealsAllowed(*f, filters) == c.deals);
    CHECK(!ResolvedFilter(*f, filters).costIsAttributable());
}

TEST_CASE("hierarchy: an unknown manager or region is an error naming the known ones") {
    TempDir dir;
    const FactSnapshot f = usersAndDeals(dir);
    MetricFilters filters;
    filters.managers = {QStringLiteral("Nobody")};
    try {
        ResolvedFilter filter(*f, filters);
        FAIL("accepted");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("unknown manager 'Nobody'")));
        CHECK(e.message().contains(QStringLiteral("Vic Vp")));
    }
    filters = {};
    filters.regions = {QStringLiteral("Mars")};
    CHECK_THROWS_AS(ResolvedFilter(*f, filters), Error);
}

TEST_CASE("hierarchy: the fact table groups records by the owner's direct manager and region") {
    TempDir dir;
    const FactSnapshot f = usersAndDeals(dir);
    QStringList byManager, byRegion;
    for (qsizetype j = 0; j < f->opportunities.size(); ++j) {
        byManager << f->managers.name(opportunityGroup(*f, j, Dimension::Manager));
        byRegion << f->regions.name(opportunityGroup(*f, j, Dimension::Region));
    }
    byManager.sort();
    byRegion.sort();
    // Ann and Bo report to Vic; Vic and Mia to Cora
    CHECK(byManager == QStringList{QStringLiteral("Cora Ceo"), QStringLiteral("Cora Ceo"),
                                   QStringLiteral("Vic Vp"), QStringLiteral("Vic Vp")});
    CHECK(byRegion == QStringList{QStringLiteral("APAC"), QStringLiteral("EMEA"), QStringLiteral("EMEA"),
                                  QStringLiteral("EMEA")});
    CHECK(&f->dictionary(Dimension::Manager) == &f->managers);
    CHECK(&f->dictionary(Dimension::Region) == &f->regions);
}

TEST_CASE("hierarchy: a cycle in the data ends the walk") {
    // owner 1 reports to 2, 2 to 1; 3 to 1
    const std::vector<qint32> parent{0, 2, 1, 1};
    std::vector<char> roots(4, 0);
    roots[2] = 1;
    CHECK(ownersUnder(parent, roots) == std::vector<char>{0, 1, 1, 1});
}

TEST_CASE("hierarchy: views that filter by owner name get the names of a manager's team") {
    TempDir dir;
    const FactSnapshot f = usersAndDeals(dir);
    MetricFilters filters;
    CHECK_FALSE(allowedOwnerNames(*f, filters));
    filters.managers = {QStringLiteral("Vic Vp")};
    std::optional<QStringList> names = allowedOwnerNames(*f, filters);
    REQUIRE(names);
    names->sort();
    CHECK(*names == QStringList{QStringLiteral("Ann Exec"), QStringLiteral("Bo Rep"),
                                QStringLiteral("Sid Dev"), QStringLiteral("Vic Vp")});
    filters.regions = {QStringLiteral("APAC")}; // Vic's team in APAC: Bo and Sid
    names = allowedOwnerNames(*f, filters);
    REQUIRE(names);
    names->sort();
    CHECK(*names == QStringList{QStringLiteral("Bo Rep"), QStringLiteral("Sid Dev")});
}
