// Real Salesforce exports from ../shared/data/real (see its PROVENANCE.md files). Expected numbers were
// counted by hand from the files (csv module, one column at a time), not taken from this importer.
#include "importtesthelpers.h"

using namespace revalign;
using namespace revalign::test;

namespace {
QStringList realFiles(const char* folder, std::initializer_list<const char*> names) {
    QStringList out;
    for (const char* name : names) {
        const QString path = sharedRealData(QString::fromLatin1(folder) + u'/' + QString::fromLatin1(name));
        if (path.isEmpty())
            return {};
        out << path;
    }
    return out;
}
} // namespace

TEST_CASE("real: Salesforce developer-org sample imports, twice without change") {
    const QStringList files =
        realFiles("salesforce-devorg-sample", {"Account.csv", "Lead.csv", "Contact.csv", "Opportunity.csv"});
    if (files.isEmpty()) {
        WARN("shared data absent");
        return;
    }
    TempDir dir;
    const QString path = dir.path(QStringLiteral("w.revalign"));
    Workspace ws = Workspace::create(path);
    const auto results = importFiles(ws, files, {});
    requireReferencesHold(ws);
    REQUIRE(results.size() == 4);
    for (const ImportResult& r : results) {
        INFO(r.file);
        CHECK(r.written);
        CHECK(r.counts.invalid == 0);
    }
    CHECK(results[0].profile == u"salesforce-accounts");
    CHECK(results[1].profile == u"salesforce-leads");
    CHECK(results[2].profile == u"salesforce-contacts");
    CHECK(results[3].profile == u"salesforce-opportunities");
    CHECK(scalar(ws, "SELECT count(*) FROM account") == 18);
    // 22 leads; 7 of the 25 contacts carry a lead's email (converted leads) and update that person
    CHECK(results[1].counts.added == 22);
    CHECK(results[2].counts.added == 18);
    CHECK(scalar(ws, "SELECT count(*) FROM contact") == 40);
    // IsConverted = TRUE on 5 leads, each with a ConvertedDate -> SQL on that date; the 3 stock leads with
    // status "Closed - Converted" but IsConverted = FALSE and no date reached SQL by their status, date
    // unknown (no date is invented): 5 + 3 = 8 SQL entries, 3 of them undated
    CHECK(scalar(ws, "SELECT count(*) FROM contact_stage cs JOIN funnel_stage s ON s.id = cs.stage_id "
                     "WHERE s.key = 'sql'") == 8);
    CHECK(scalar(ws, "SELECT count(*) FROM contact_stage cs JOIN funnel_stage s ON s.id = cs.stage_id "
                     "WHERE s.key = 'sql' AND cs.entered_at IS NULL") == 3);
    // The export has no CreatedDate: every other status is a stage reached, date unknown. Working -
    // Contacted x9 -> SAL; Open - Not Contacted x2 and Closed - Not Converted x3 -> MQL: 9 + 5 + 3 = 17
    const auto undated = [&](const char* fact) {
        for (const UndatedFact& u : results[1].findings.undated)
            if (u.fact == QLatin1String(fact))
                return u.count;
        return qint64(0);
    };
    CHECK(undated("stage.sal") == 9);
    CHECK(undated("stage.mql") == 5);
    CHECK(undated("stage.sql") == 3);
    CHECK(scalar(ws, "SELECT count(*) FROM contact_stage WHERE entered_at IS NULL") == 17);
    CHECK(scalar(ws, "SELECT count(*) FROM contact WHERE handoff_status = 'rejected'") ==
          3); // Closed - Not Converted
    CHECK(scalar(ws, "SELECT count(*) FROM opportunity") == 36);
    CHECK(scalar(ws, "SELECT sum(is_won) FROM opportunity") == 12);
    CHECK(scalar(ws, "SELECT sum(is_closed) FROM opportunity") == 20);
    CHECK(scalar(ws, "SELECT count(*) FROM opportunity WHERE amount_cents IS NULL") == 5);
    // MM/DD/YY: every stock opportunity closes 02/03/24 (ambiguous alone; other columns prove month first)
    CHECK(scalar(ws, "SELECT count(*) FROM opportunity WHERE close_date = '2024-02-03'") == 31);
    ws.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const QByteArray once = workspaceContentDigest(path);
    for (const ImportResult& r : importFiles(ws, files, {}))
        CHECK(r.counts.added + r.counts.updated == 0);
    ws.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    CHECK(workspaceContentDigest(path) == once);
}

TEST_CASE("real: Salesforce Data Cloud workshop dump imports with campaign members as touchpoints") {
    const QStringList files =
        realFiles("salesforce-datacloud-workshop", {"Account.csv", "Campaign.csv", "Lead.csv", "Contact.csv",
                                                    "Opportunity.csv", "CampaignMember.csv"});
    if (files.isEmpty()) {
        WARN("shared data absent");
        return;
    }
    TempDir dir;
    Workspace ws = Workspace::create(dir.path(QStringLiteral("w.revalign")));
    const auto results = importFiles(ws, files, {});
    requireReferencesHold(ws);
    for (const ImportResult& r : results) {
        INFO(r.file);
        CHECK(r.written);
        CHECK(r.counts.invalid == 0);
    }
    CHECK(scalar(ws, "SELECT count(*) FROM account") == 22);
    // two campaigns named "Home Loan Special - July 2023": 8 campaigns, 7 names
    CHECK(scalar(ws, "SELECT count(*) FROM campaign") == 8);
    CHECK(scalar(ws, "SELECT count(DISTINCT name) FROM campaign") == 7);
    CHECK(scalar(ws, "SELECT count(*) FROM contact") == 162); // 60 leads + 102 contacts, no shared email
    // Status: New 21 -> MQL, Working 15 -> SAL, Qualified 24 -> SQL; every lead was a lead
    CHECK(scalar(ws, "SELECT count(*) FROM contact_stage cs JOIN funnel_stage s ON s.id = cs.stage_id WHERE "
                     "s.key = 'lead'") == 60);
    CHECK(scalar(ws, "SELECT count(*) FROM contact_stage cs JOIN funnel_stage s ON s.id = cs.stage_id WHERE "
                     "s.key = 'sql'") == 24);
    // 68 members: 34 by LeadId, 34 by ContactId, all dated by Added_Date__c (not the load-time CreatedDate)
    CHECK(scalar(ws, "SELECT count(*) FROM touchpoint") == 68);
    CHECK(scalar(ws, "SELECT count(*) FROM touchpoint t JOIN contact c ON c.id = t.contact_id WHERE "
                     "c.source_id LIKE '00Q%'") == 34);
    CHECK(scalar(ws, "SELECT count(*) FROM touchpoint t JOIN contact c ON c.id = t.contact_id WHERE "
                     "c.source_id LIKE '003%'") == 34);
    CHECK(scalar(ws, "SELECT count(*) FROM touchpoint WHERE date(occurred_at, 'unixepoch') = '2024-01-23'") ==
          0);
    CHECK(scalar(ws, "SELECT count(*) FROM opportunity") == 50);
    CHECK(scalar(ws, "SELECT sum(is_won) FROM opportunity") == 12);
    CHECK(scalar(ws, "SELECT sum(is_closed) FROM opportunity") == 15);
}
