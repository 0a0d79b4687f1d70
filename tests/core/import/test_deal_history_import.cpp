// Imported deal history: Salesforce OpportunityHistory rows and HubSpot "Date entered" columns fill the
// same timeline as the weekly snapshots, so a first import already has a past.
#include "importtesthelpers.h"

#include "metrics/waterfall.h"
#include "store/factstore.h"
#include "store/importstore.h"

#include <QTimeZone>

using namespace revalign;
using namespace revalign::test;

namespace {
QString historyFixture(const char* name) {
    return testData(QStringLiteral("history/") + QString::fromLatin1(name));
}

ImportOptions asOf(int y, int m, int d) {
    ImportOptions o;
    o.asOf = QDateTime(QDate(y, m, d), QTime(23, 59, 59), QTimeZone::utc());
    return o;
}

qint64 utcAt(int y, int mo, int d, int h, int mi) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc()).toSecsSinceEpoch();
}

// A deal's states in the loaded fact table, "stage@unix time(status)" in timeline order.
QStringList path(const FactTable& f, const QString& sourceId) {
    const DealHistoryColumns& h = f.dealHistory;
    QStringList out;
    for (qsizetype j = 0; j < f.opportunities.size(); ++j) {
        if (h.sourceIds[size_t(j)] != sourceId)
            continue;
        for (qint32 k = h.first(j); k < h.end(j); ++k) {
            static const char* const kStatus[] = {"open", "won", "lost"};
            out << QStringLiteral("%1@%2(%3)")
                       .arg(f.dealStages.name(h.stage[size_t(k)]))
                       .arg(h.validFrom[size_t(k)])
                       .arg(QLatin1String(kStatus[h.status[size_t(k)]]));
        }
    }
    return out;
}
} // namespace

TEST_CASE("OpportunityHistory is recognised as history, not as opportunities, and re-imports unchanged") {
    TempDir dir;
    Workspace ws = Workspace::create(dir.path(QStringLiteral("w.revalign")));
    importOne(ws, historyFixture("sf-opps-w1.csv"), asOf(2024, 3, 4));
    const ImportResult r = importOne(ws, historyFixture("sf-opportunity-history.csv"));
    CHECK(r.profile == u"salesforce-opportunity-history");
    CHECK(r.written);
    CHECK(r.counts.added == 4);
    CHECK(scalar(ws, "SELECT count(*) FROM opportunity") == 3); // no deal doubled
    CHECK(scalar(ws, "SELECT count(*) FROM deal_state WHERE origin = 'history'") == 4);
    // BestCase and Forecast are Salesforce's API values for Best Case and Commit.
    CHECK(text(ws, "SELECT forecast_category FROM deal_state WHERE source_id = '008H3'") == u"best_case");
    CHECK(text(ws, "SELECT forecast_category FROM deal_state WHERE source_id = '008H4'") == u"commit");
    const auto again = importFiles(ws, {historyFixture("sf-opportunity-history.csv")}, {});
    CHECK(again[0].counts.unchanged == 4);
    CHECK(scalar(ws, "SELECT count(*) FROM deal_state") == 3 + 4);

    // 006A: Prospecting 9,000 on 5 Jan, 10,000 on 12 Feb (history), then the snapshot of 4 March.
    const FactSnapshot f = FactStore(ws).load();
    CHECK(path(*f, QStringLiteral("006A")) ==
          QStringList{QStringLiteral("Prospecting@%1(open)").arg(utcAt(2024, 1, 5, 9, 0)),
                      QStringLiteral("Prospecting@%1(open)").arg(utcAt(2024, 2, 12, 10, 30)),
                      QStringLiteral("Prospecting@%1(open)").arg(utcAt(2024, 3, 4, 23, 59) + 59)});
    // A first import already has a past: February's waterfall. At the end of 31 Jan 006A was 9,000 and 006B
    // 50,000 (Value Proposition); by the end of 29 Feb 006A is 10,000 (+1,000); 006C had no record before
    // its first snapshot and is not in the window.
    WaterfallQuery q;
    q.from = endOfDay(*f, QDate(2024, 1, 31));
    q.to = endOfDay(*f, QDate(2024, 2, 29));
    q.window = {QDate(2024, 1, 1), QDate(2024, 3, 31)};
    const Waterfall w = computeWaterfall(*f, q);
    REQUIRE(w.available);
    CHECK(w.startCents == 900'000 + 5'000'000);
    CHECK(w.magnitude(WaterfallBucket::Increased) == 100'000);
    CHECK(w.endCents == 1'000'000 + 5'000'000);

    // Undo takes the history back out and gives the snapshot its open end again.
    ImportStore store(ws.db());
    REQUIRE(store.undoLastBatch());
    CHECK(scalar(ws, "SELECT count(*) FROM deal_state") == 3);
    CHECK(scalar(ws, "SELECT count(*) FROM deal_state WHERE valid_to IS NULL AND origin = 'snapshot'") == 3);
}

TEST_CASE("a history row for a deal the workspace lacks is an error naming the deal") {
    TempDir dir;
    Workspace ws = Workspace::create(dir.path(QStringLiteral("w.revalign")));
    const auto results = importFiles(ws, {historyFixture("sf-opportunity-history.csv")}, {});
    REQUIRE(results.size() == 1);
    CHECK_FALSE(results[0].written);
    REQUIRE_FALSE(results[0].errors.empty());
    CHECK(results[0].errors[0].reason.contains(QStringLiteral("no salesforce deal with id '006A'")));
    CHECK(scalar(ws, "SELECT count(*) FROM deal_state") == 0);
}

TEST_CASE("HubSpot 'Date entered' columns fill the stage history, exited and time-in columns do not") {
    TempDir dir;
    Workspace ws = Workspace::create(dir.path(QStringLiteral("w.revalign")));
    const ImportResult r = importOne(ws, historyFixture("hubspot-deals-stage-dates.csv"), asOf(2024, 3, 4));
    CHECK(r.profile == u"hubspot-deals");
    CHECK(r.counts.added == 3);
    // 301: Appointment Scheduled, Qualified To Buy; 302: both of those at the same time, and
    // "Closed Won (Internal)" (a stage with parentheses of its own); 303: Appointment Scheduled.
    CHECK(scalar(ws, "SELECT count(*) FROM deal_state WHERE origin = 'history'") == 2 + 3 + 1);
    CHECK(
        scalar(ws,
               "SELECT count(*) FROM deal_state WHERE stage = 'Closed Won (Internal)' AND status = 'won'") ==
        1);
    CHECK(
        scalar(ws, "SELECT count(*) FROM deal_state WHERE stage LIKE '%exited%' OR stage LIKE '%Time in%'") ==
        0);
    const FactSnapshot f = FactStore(ws).load();
    // Skipped stages share one "Date entered": they follow the pipeline's column order at that instant.
    CHECK(path(*f, QStringLiteral("302")) ==
          QStringList{QStringLiteral("Appointment Scheduled@%1(open)").arg(utcAt(2024, 2, 5, 10, 0)),
                      QStringLiteral("Qualified To Buy@%1(open)").arg(utcAt(2024, 2, 5, 10, 0)),
                      QStringLiteral("Closed Won (Internal)@%1(won)").arg(utcAt(2024, 3, 1, 16, 0)),
                      QStringLiteral("Closed Won@%1(won)").arg(utcAt(2024, 3, 4, 23, 59) + 59)});
    // The same file again: nothing new (the stage columns are part of each row's content).
    const auto again = importFiles(ws, {historyFixture("hubspot-deals-stage-dates.csv")}, asOf(2024, 3, 5));
    CHECK(again[0].counts.unchanged == 3);
    CHECK(scalar(ws, "SELECT count(*) FROM deal_state") == 6 + 3);
    // Undo removes the history with the snapshot.
    ImportStore store(ws.db());
    REQUIRE(store.undoLastBatch());
    CHECK(scalar(ws, "SELECT count(*) FROM deal_state") == 0);
}

TEST_CASE("real: OpportunityHistory of the Salesforce developer org, one deal's stage path by hand") {
    const QString opportunities = sharedRealData(QStringLiteral("salesforce-devorg-sample/Opportunity.csv"));
    const QString history = sharedRealData(QStringLiteral("salesforce-devorg-sample/OpportunityHistory.csv"));
    if (opportunities.isEmpty() || history.isEmpty()) {
        WARN("shared data absent");
        return;
    }
    TempDir dir;
    Workspace ws = Workspace::create(dir.path(QStringLiteral("w.revalign")));
    const auto results = importFiles(ws, {opportunities, history}, asOf(2026, 3, 8));
    requireReferencesHold(ws);
    REQUIRE(results.size() == 2);
    CHECK(results[1].profile == u"salesforce-opportunity-history");
    CHECK(results[1].counts.invalid == 0);
    CHECK(results[1].counts.added == 48);                        // one history row per line of the file
    CHECK(scalar(ws, "SELECT count(*) FROM opportunity") == 36); // not doubled
    // 006bm00000LKgOnAAL ("Farmers Coop. of Florida-"), read off the file (lines 43-45, out of time order):
    //   02/24/26 02:18 AM Prospecting, close 03/31/26, 10 %, Pipeline
    //   02/24/26 02:20 AM Closed Won,  close 02/23/26, 100 %, Closed
    //   03/07/26 08:59 PM Closed Lost, close 02/23/26, 0 %, Omitted
    // then Opportunity.csv as of the end of 8 March 2026: Closed Lost.
    const FactSnapshot f = FactStore(ws).load();
    CHECK(path(*f, QStringLiteral("006bm00000LKgOnAAL")) ==
          QStringList{QStringLiteral("Prospecting@%1(open)").arg(utcAt(2026, 2, 24, 2, 18)),
                      QStringLiteral("Closed Won@%1(won)").arg(utcAt(2026, 2, 24, 2, 20)),
                      QStringLiteral("Closed Lost@%1(lost)").arg(utcAt(2026, 3, 7, 20, 59)),
                      QStringLiteral("Closed Lost@%1(lost)").arg(utcAt(2026, 3, 8, 23, 59) + 59)});
    CHECK(text(ws, "SELECT s.close_date FROM deal_state s JOIN opportunity o ON o.id = s.opportunity_id "
                   "WHERE o.source_id = '006bm00000LKgOnAAL' AND s.stage = 'Prospecting'") == u"2026-03-31");
    CHECK(scalar(ws, "SELECT count(*) FROM deal_state s JOIN opportunity o ON o.id = s.opportunity_id "
                     "WHERE o.source_id = '006bm00000LKgOnAAL' AND s.origin = 'history' AND "
                     "s.forecast_category = 'omitted'") == 1);
}
