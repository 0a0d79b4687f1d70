// Issue 11 point 7: undated facts are kept. A stage, status or won flag without a date is stored as
// "reached, date unknown", counted by the import, and known to the fact table; deals are open whenever
// they are not closed, with or without a creation date.
#include "importtesthelpers.h"

#include "metrics/kpitotals.h"
#include "store/factstore.h"

#include <QFile>

using namespace revalign;
using namespace revalign::test;

namespace {
using Fresh = FreshWorkspace;

ImportOptions withProfile(const char* profile) {
    ImportOptions o;
    o.profile = testData(QStringLiteral("import/profiles/") + QString::fromLatin1(profile));
    return o;
}

const UndatedFact* fact(const ImportResult& r, const char* name) {
    for (const UndatedFact& u : r.findings.undated)
        if (u.fact == QLatin1String(name))
            return &u;
    return nullptr;
}

qint64 undatedEntries(Workspace& ws, const char* stage) {
    Statement st(ws.db(), "SELECT count(*) FROM contact_stage cs JOIN funnel_stage s ON s.id = cs.stage_id "
                          "WHERE s.key = ? AND cs.entered_at IS NULL");
    st.bind(1, std::string_view(stage));
    REQUIRE(st.step());
    return st.int64(0);
}

int stageIndex(const FactTable& f, const char* key) {
    return f.stageIndex(QString::fromLatin1(key));
}
} // namespace

TEST_CASE("undated: a lead list with a Converted flag and no dates keeps who converted") {
    Fresh f;
    const ImportResult r =
        importOne(f.ws, importFixture("leads-converted-flag.csv"), withProfile("lead-list-converted.json"));
    CHECK(r.counts.added == 7);
    // every row is a lead (the profile's default), none has a date: 7 undated lead entries on lines 2-8;
    // Converted TRUE on lines 4, 6, 7: 3 undated SQL entries
    const UndatedFact* lead = fact(r, "stage.lead");
    const UndatedFact* sql = fact(r, "stage.sql");
    REQUIRE(lead);
    REQUIRE(sql);
    CHECK(lead->count == 7);
    CHECK(sql->count == 3);
    CHECK(sql->lines == std::vector<qint64>{4, 6, 7});
    CHECK(undatedEntries(f.ws, "lead") == 7);
    CHECK(undatedEntries(f.ws, "sql") == 3);
    const FactSnapshot facts = FactStore(f.ws).load();
    const int leadStage = stageIndex(*facts, "lead");
    const int sqlStage = stageIndex(*facts, "sql");
    const int mqlStage = stageIndex(*facts, "mql");
    qint64 reachedSql = 0, undatedSql = 0, undatedMql = 0, undatedLead = 0;
    for (qsizetype i = 0; i < facts->contacts.size(); ++i) {
        reachedSql += facts->contacts.lastStage[size_t(i)] != kNoStage &&
                      facts->contacts.lastStage[size_t(i)] >= sqlStage;
        undatedSql += facts->reachedUndated(i, sqlStage);
        undatedMql += facts->reachedUndated(i, mqlStage); // implied by SQL, no date either
        undatedLead += facts->reachedUndated(i, leadStage);
        CHECK(facts->contacts.stageAt[size_t(sqlStage)][size_t(i)] == kNoTime); // no period can place it
    }
    CHECK(reachedSql == 3);
    CHECK(undatedSql == 3);
    CHECK(undatedMql == 3);
    CHECK(undatedLead == 7);
}

TEST_CASE("undated: a Salesforce Lead export without CreatedDate keeps each status as a stage reached") {
    Fresh f;
    const ImportResult r = importOne(f.ws, importFixture("salesforce-leads-no-dates.csv"));
    CHECK(r.profile == u"salesforce-leads");
    // Open - Not Contacted (00QN1) and Closed - Not Converted (00QN5) -> MQL; Working - Contacted (00QN2) ->
    // SAL; Closed - Converted -> SQL on 00QN3 (IsConverted TRUE as well) and 00QN4: 2 + 1 + 2 = 5 entries
    REQUIRE(fact(r, "stage.mql"));
    CHECK(fact(r, "stage.mql")->count == 2);
    CHECK(fact(r, "stage.sal")->count == 1);
    CHECK(fact(r, "stage.sql")->count == 2);
    CHECK(scalar(f.ws, "SELECT count(*) FROM contact_stage") == 5);
    CHECK(scalar(f.ws, "SELECT count(*) FROM contact_stage WHERE entered_at IS NULL") == 5);

    // A date that arrives later replaces "date unknown"; an undated fact never replaces a date.
    TempDir dir;
    const QString dated = dir.path(QStringLiteral("dated.csv"));
    writeFile(dated, "email,stage.sal\nben@beta.test,2024-05-01\n");
    const ImportResult update = importOne(f.ws, dated);
    CHECK(update.counts.updated == 1);
    CHECK(undatedEntries(f.ws, "sal") == 0);
    importOne(f.ws, importFixture("salesforce-leads-no-dates.csv"));
    CHECK(undatedEntries(f.ws, "sal") == 0);
    CHECK(scalar(f.ws, "SELECT count(*) FROM contact_stage WHERE entered_at IS NOT NULL") == 1);
}

TEST_CASE("undated: a won deal without a close date is kept won, deals without a creation date are open") {
    Fresh f;
    const ImportResult r =
        importOne(f.ws, importFixture("sales-pipeline.csv"), withProfile("sales-pipeline.json"));
    // X9WON000 is Won with no close_date (line 14): won, date unknown
    REQUIRE(fact(r, "won"));
    CHECK(fact(r, "won")->count == 1);
    CHECK(fact(r, "won")->lines == std::vector<qint64>{14});
    CHECK(scalar(f.ws, "SELECT is_won FROM opportunity WHERE source_id = 'X9WON000'") == 1);
    const FactSnapshot facts = FactStore(f.ws).load();
    // Open: Engaging x3, Prospecting x2 (7GN8Q4LL and S8DX3XOU have no engage_date), Negotiating x1 = 6
    const Window w = Window::of(*facts, DateRange{QDate(2017, 1, 1), QDate(2017, 12, 31)});
    qint64 open = 0, openUndated = 0;
    for (qsizetype j = 0; j < facts->opportunities.size(); ++j) {
        if (!openAtEnd(facts->opportunities, j, w))
            continue;
        ++open;
        openUndated += facts->opportunities.createdAt[size_t(j)] == kNoTime;
    }
    CHECK(open == 6);
    CHECK(openUndated == 2);
}

TEST_CASE("undated: a stage update can say who owns the contact now") {
    Fresh f;
    importOne(f.ws, importFixture("salesforce-leads-no-dates.csv"));
    TempDir dir;
    const QString updates = dir.path(QStringLiteral("updates.csv"));
    writeFile(updates, "email,lifecycle_stage,occurred_at,owner\nben@beta.test,sql,2024-06-01,Rita Rep\n");
    const ImportResult r = importOne(f.ws, updates);
    CHECK(r.profile == u"generic-stage-updates");
    CHECK(r.counts.updated == 1);
    CHECK(text(f.ws, "SELECT o.name FROM contact c JOIN owner o ON o.id = c.owner_id WHERE c.email = "
                     "'ben@beta.test'") == u"Rita Rep");
    // Again: nothing changes.
    CHECK(importOne(f.ws, updates).counts.updated == 0);
}
