#include "importtesthelpers.h"

#include "store/definitionstore.h"

#include <QCryptographicHash>
#include <QFile>

#include <functional>

using namespace revalign;
using namespace revalign::test;

TEST_CASE("import: each built-in profile's file lands in the right tables") {
    struct Case {
        std::vector<const char*> before; // files the case builds on
        const char* file;
        qint64 added;
        const char* checkSql; // one number that proves the mapping
        qint64 expected;
    };
    const std::vector<Case> cases{
        // 5 contacts; stages: 101 lead+mql, 102 lead+mql+sql, 103 lead, 104 all five, 105 lead+mql = 13
        {{}, "hubspot-contacts.csv", 5, "SELECT count(*) FROM contact_stage", 13},
        {{}, "hubspot-contacts.csv", 5, "SELECT count(*) FROM owner", 2}, // Sam Seller, Olu Owner
        {{},
         "hubspot-contacts.csv",
         5,
         "SELECT count(*) FROM contact WHERE handoff_status = 'rejected' AND rejection_reason = "
         "'Unqualified'",
         1},
        {{},
         "hubspot-deals.csv",
         3,
         "SELECT sum(is_won) * 10 + sum(is_closed) FROM opportunity",
         12}, // 1 won, 2 closed
        {{}, "hubspot-deals.csv", 3, "SELECT amount_cents FROM opportunity WHERE source_id = '201'", 1200050},
        // 1.234,56 + 999,5 + 12.000 = 123456 + 99950 + 1200000 cents
        {{}, "hubspot-deals-semicolon.csv", 3, "SELECT sum(amount_cents) FROM opportunity", 1423406},
        {{}, "hubspot-companies.csv", 2, "SELECT employees FROM account WHERE source_id = '302'", 1200},
        // 4 leads x (lead + one later stage) = 8 stage entries
        {{}, "salesforce-leads-report.csv", 4, "SELECT count(*) FROM contact_stage", 8},
        {{},
         "salesforce-leads-report.csv",
         4,
         "SELECT count(*) FROM contact WHERE handoff_status = 'rejected'",
         1},
        // 00QA1 converted 2024-02-10 (SQL), 00QA2 New -> MQL at its CreatedDate; both leads: 4 entries
        {{}, "salesforce-leads-api.csv", 2, "SELECT count(*) FROM contact_stage", 4},
        // Ivy Lund has the email of lead 00Q1: that person is updated, not duplicated (4 + 1 = 5 contacts)
        {{"salesforce-leads-report.csv"}, "salesforce-contacts.csv", 1, "SELECT count(*) FROM contact", 5},
        // 25,000.00 + 7,500.00 + 0
        {{}, "salesforce-opportunities-report.csv", 3, "SELECT sum(amount_cents) FROM opportunity", 3250000},
        // Closed Lost has no Won/Closed columns in the report: the deal stage table says closed, not won
        {{},
         "salesforce-opportunities-report.csv",
         3,
         "SELECT is_closed * 10 + is_won FROM opportunity WHERE source_id = '006R3'",
         10},
        // report labels; "1,200" employees is 1200, not 1.2
        {{},
         "salesforce-accounts-report.csv",
         2,
         "SELECT employees FROM account WHERE source_id = '001X'",
         1200},
        // two campaigns share a name: both kept, keyed by id
        {{}, "salesforce-campaigns.csv", 3, "SELECT count(DISTINCT name) FROM campaign", 2},
        {{"salesforce-leads-report.csv", "salesforce-contacts.csv", "salesforce-campaigns.csv"},
         "salesforce-campaign-members.csv",
         3,
         "SELECT count(DISTINCT contact_id) FROM touchpoint",
         3},
        {{}, "pipedrive-deals.csv", 3, "SELECT sum(is_won) * 10 + sum(is_closed) FROM opportunity", 12},
        {{},
         "pipedrive-persons.csv",
         2,
         "SELECT count(*) FROM contact WHERE first_name = 'Lena' AND last_name = 'Fischer'",
         1},
        {{}, "marketo-leads.csv", 2, "SELECT score FROM contact WHERE source_id = '9001'", 85},
        {{}, "generic-contacts.csv", 2, "SELECT count(*) FROM contact_stage", 3},
        {{}, "generic-contacts-pipe.csv", 2, "SELECT count(*) FROM contact", 2},
        // by email, in any letter case: G1 twice, G2 twice; kinds through the profile's value map
        {{"generic-contacts.csv"},
         "generic-activities.csv",
         4,
         "SELECT sum(t.kind = 'event') * 1000 + sum(t.kind = 'email_click') * 100 + sum(t.kind = 'meeting') "
         "* 10 "
         "+ sum(t.kind = 'call' AND t.team = 'sales') FROM touchpoint t JOIN contact c ON c.id = "
         "t.contact_id "
         "AND c.source_id IN ('G1', 'G2')",
         1111},
        // G1 lead+mql -> +sql; G2 lead -> +customer (matched by email in capitals): 3 + 2 entries
        {{"generic-contacts.csv"}, "generic-stage-updates.csv", 0, "SELECT count(*) FROM contact_stage", 5},
        {{}, "enc-tis620.csv", 3, "SELECT count(*) FROM contact WHERE first_name = 'สมชาย'", 1},
        {{}, "enc-utf16le-excel-unicode.txt", 3, "SELECT count(*) FROM contact WHERE last_name = 'Dœuf'", 1},
    };
    for (const Case& c : cases) {
        INFO(c.file << " / " << c.checkSql);
        FreshWorkspace f;
        for (const char* before : c.before)
            REQUIRE(importOne(f.ws, importFixture(before)).written);
        const ImportResult r = importOne(f.ws, importFixture(c.file));
        for (const RowError& e : r.errors)
            UNSCOPED_INFO(e.toString());
        CHECK(r.written);
        CHECK(r.counts.invalid == 0);
        CHECK(r.counts.added == c.added);
        CHECK(scalar(f.ws, c.checkSql) == c.expected);
    }
}

TEST_CASE("import: an activity whose person is not in the workspace is kept, reported and linked later") {
    FreshWorkspace f;
    importOne(f.ws, importFixture("generic-contacts.csv"));
    const QString path = f.dir.path(QStringLiteral("activities.csv"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("email,occurred_at,kind\ng1@example.com,2024-01-03T09:00:00Z,demo\n"
              "nobody@example.com,2024-01-04T09:00:00Z,demo\n");
    out.close();
    // Nobody's touch is not dropped: it waits for its person, and the import says so.
    const ImportResult r = importOne(f.ws, path);
    CHECK(r.written);
    CHECK(r.counts == ImportCounts{2, 0, 0, 0});
    REQUIRE(r.findings.unresolved.size() == 1);
    CHECK(r.findings.unresolved[0].field == u"email");
    CHECK(r.findings.unresolved[0].examples == QStringList{QStringLiteral("nobody@example.com")});
    CHECK(scalar(f.ws, "SELECT count(*) FROM touchpoint WHERE contact_id IS NULL") == 1);
    // keyed by person, time, kind and channel: the same file again adds nothing
    CHECK(importOne(f.ws, path).counts == ImportCounts{0, 0, 2, 0});
    // The person arrives: the touch links to them.
    const QString person = f.dir.path(QStringLiteral("person.csv"));
    QFile p(person);
    REQUIRE(p.open(QIODevice::WriteOnly));
    p.write("source_id,email\nN1,nobody@example.com\n");
    p.close();
    CHECK(importOne(f.ws, person).findings.linked == 1);
    CHECK(scalar(f.ws, "SELECT count(*) FROM touchpoint WHERE contact_id IS NULL") == 0);
    CHECK(importOne(f.ws, path).counts == ImportCounts{0, 0, 2, 0});
}

TEST_CASE(
    "import: stage updates carry sales' handoff decisions and 'stage reached on date' rows; undo restores") {
    FreshWorkspace f;
    importOne(f.ws, importFixture("generic-contacts.csv"));
    const QByteArray contacts = f.digest();
    const ImportResult decisions = importOne(f.ws, importFixture("generic-handoff-decisions.csv"));
    CHECK(decisions.profile == u"generic-stage-updates");
    CHECK(decisions.counts == ImportCounts{0, 2, 0, 0});
    CHECK(text(f.ws, "SELECT handoff_status || '/' || rejection_reason || '/' || "
                     "datetime(handoff_decided_at, 'unixepoch') FROM contact WHERE source_id = 'G1'") ==
          u"rejected/Not a fit/2024-01-06 09:00:00");
    CHECK(text(f.ws, "SELECT handoff_status FROM contact WHERE source_id = 'G2'") == u"accepted");
    // the same decisions again change nothing
    CHECK(importOne(f.ws, importFixture("generic-handoff-decisions.csv")).counts == ImportCounts{0, 0, 2, 0});

    const ImportResult reached = importOne(f.ws, importFixture("generic-stage-updates-long.csv"));
    CHECK(reached.counts == ImportCounts{0, 1, 0, 0});
    CHECK(text(f.ws,
               "SELECT datetime(cs.entered_at, 'unixepoch') FROM contact_stage cs JOIN contact c ON "
               "c.id = cs.contact_id JOIN funnel_stage s ON s.id = cs.stage_id WHERE c.source_id = 'G2' "
               "AND s.key = 'sql'") == u"2024-02-10 10:00:00");

    ImportStore store(f.ws.db());
    REQUIRE(store.undoLastBatch()); // the stage
    REQUIRE(store.undoLastBatch()); // the decisions (the unchanged re-import left no batch)
    CHECK(f.digest() == contacts);
}

TEST_CASE("import: stage dates map to stage-entered times in UTC") {
    FreshWorkspace f;
    importOne(f.ws, importFixture("generic-contacts.csv"));
    // G1 became an MQL at 2024-01-05T08:00+07:00 = 01:00 UTC
    CHECK(text(f.ws, "SELECT datetime(entered_at, 'unixepoch') FROM contact_stage cs JOIN funnel_stage s ON "
                     "s.id = cs.stage_id JOIN contact c ON c.id = cs.contact_id WHERE c.source_id = 'G1' AND "
                     "s.key = 'mql'") == u"2024-01-05 01:00:00");
}

TEST_CASE("import: importing the same file twice changes nothing") {
    FreshWorkspace f;
    REQUIRE(importOne(f.ws, importFixture("hubspot-contacts.csv")).counts.added == 5);
    const QByteArray once = f.digest();
    const ImportResult again = importOne(f.ws, importFixture("hubspot-contacts.csv"));
    CHECK(again.counts == ImportCounts{0, 0, 5, 0});
    CHECK(f.digest() == once);
}

TEST_CASE("import: a source id repeated in one file is one contact, whether the rows are near or far apart") {
    // New contacts go into the workspace in groups; a repeat inside a group and one several groups later
    // must both be merged into the first row, not duplicated or lost.
    FreshWorkspace f;
    const QString path = f.dir.path(QStringLiteral("repeats.csv"));
    QByteArray csv = "source_id,email,title,created_at,lifecycle_stage,stage.lead,stage.mql\n";
    for (int i = 1; i <= 100; ++i)
        csv += QStringLiteral("R%1,r%1@example.com,Analyst,2024-01-01T08:00:00Z,lead,2024-01-01T08:00:00Z,\n")
                   .arg(i)
                   .toUtf8();
    csv +=
        "R3,r3@example.com,Director,2024-01-01T08:00:00Z,mql,2024-01-01T08:00:00Z,2024-01-09T08:00:00Z\n"; // changed
    csv += "R90,r90@example.com,Analyst,2024-01-01T08:00:00Z,lead,2024-01-01T08:00:00Z,\n"; // same as before
    csv += "R101,r101@example.com,Analyst,2024-01-01T08:00:00Z,lead,2024-01-01T08:00:00Z,\n";
    csv += "R101,r101@example.com,CFO,2024-01-01T08:00:00Z,lead,2024-01-01T08:00:00Z,\n"; // next row
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(csv);
    out.close();
    const ImportResult r = importOne(f.ws, path);
    CHECK(r.counts == ImportCounts{101, 2, 1, 0});
    CHECK(scalar(f.ws, "SELECT count(*) FROM contact") == 101);
    CHECK(text(f.ws, "SELECT title FROM contact WHERE source_id = 'R3'") == u"Director");
    CHECK(text(f.ws, "SELECT title FROM contact WHERE source_id = 'R101'") == u"CFO");
    CHECK(scalar(f.ws, "SELECT count(*) FROM contact_stage") == 102); // 101 leads + R3's MQL
    CHECK(scalar(f.ws, "SELECT count(*) FROM contact_stage cs JOIN contact c ON c.id = cs.contact_id "
                       "WHERE c.source_id = 'R3'") == 2);
    const ImportResult again = importOne(f.ws, path);
    CHECK(again.counts.added == 0);
    CHECK(scalar(f.ws, "SELECT count(*) FROM contact") == 101);
}

TEST_CASE("import: a newer export updates what changed and adds what is new") {
    FreshWorkspace f;
    importOne(f.ws, importFixture("hubspot-contacts.csv"));
    const ImportResult r = importOne(f.ws, importFixture("hubspot-contacts-v2.csv"));
    // 102 new title, 103 became an MQL, 106 new; 101, 104, 105 as before
    CHECK(r.counts == ImportCounts{1, 2, 3, 0});
    CHECK(scalar(f.ws, "SELECT count(*) FROM contact") == 6);
    CHECK(scalar(f.ws, "SELECT count(*) FROM contact_stage") == 15); // 13 + 103's MQL + 106's lead
    CHECK(text(f.ws, "SELECT title FROM contact WHERE source_id = '102'") == u"CTO & Co-founder");
    CHECK(scalar(f.ws, "SELECT count(*) FROM import_batch") == 2);
}

TEST_CASE("import: one invalid row, even the last, leaves the workspace exactly as it was") {
    FreshWorkspace f;
    importOne(f.ws, importFixture("hubspot-contacts.csv"));
    const QByteArray before = f.digest();
    const ImportResult r = importOne(f.ws, importFixture("hubspot-contacts-bad-last-row.csv"));
    CHECK_FALSE(r.written);
    CHECK(r.counts.invalid == 1);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].line == 6);
    CHECK(r.errors[0].column == 4);
    CHECK(r.errors[0].columnName == u"Email");
    CHECK(r.errors[0].value == u"eve at example");
    CHECK(f.digest() == before);
}

TEST_CASE("import: every invalid row is listed with file, line, column, value and reason") {
    FreshWorkspace f;
    const QByteArray before = f.digest();
    const QString file = importFixture("bad-rows.csv");
    const ImportResult r = importOne(f.ws, file);
    CHECK_FALSE(r.written);
    CHECK(f.digest() == before);
    REQUIRE(r.errors.size() == 4);
    CHECK(r.errors[0].toString() ==
          file + QStringLiteral(": line 3, column 2 (Email): not an email address: 'not-an-email'"));
    CHECK(r.errors[1].toString().startsWith(file +
                                            QStringLiteral(": line 4, column 3 (Create Date): not a date")));
    CHECK(r.errors[2].toString() ==
          file + QStringLiteral(": line 5: expected 4 fields as in the header, found 3"));
    // The store finds the unknown stage; the error still names the column and the value (issue 10.9).
    CHECK(r.errors[3].toString().startsWith(
        file + QStringLiteral(": line 6, column 4 (Lifecycle Stage): not a funnel stage (known: lead, ")));
    CHECK(r.errors[3].value == u"zombie");

    ImportOptions skip;
    skip.skipInvalid = true;
    const ImportResult kept = importOne(f.ws, file, skip);
    CHECK(kept.written);
    CHECK(kept.counts == ImportCounts{1, 0, 0, 4});
    CHECK(scalar(f.ws, "SELECT count(*) FROM contact") == 1);
}

TEST_CASE("import: undo restores the workspace exactly as before") {
    FreshWorkspace f;
    const QByteArray empty = f.digest();
    importOne(f.ws, importFixture("hubspot-contacts.csv"));
    const QByteArray first = f.digest();
    importOne(f.ws, importFixture("hubspot-contacts-v2.csv"));
    ImportStore store(f.ws.db());
    REQUIRE(store.undoLastBatch());
    CHECK(f.digest() == first);
    REQUIRE(store.undoLastBatch());
    CHECK(f.digest() == empty);
    CHECK_FALSE(store.undoLastBatch());
}

TEST_CASE("import: a re-dated stage entry is updated in place, and undo puts the old date back") {
    FreshWorkspace f;
    importOne(f.ws, importFixture("hubspot-contacts.csv"));
    const QByteArray before = f.digest();
    const char* mqlOf101 = "SELECT datetime(cs.entered_at, 'unixepoch') FROM contact_stage cs "
                           "JOIN contact c ON c.id = cs.contact_id JOIN funnel_stage s ON s.id = cs.stage_id "
                           "WHERE c.source_id = '101' AND s.key = 'mql'";
    CHECK(text(f.ws, mqlOf101) == u"2024-01-10 10:00:00");
    const ImportResult r = importOne(f.ws, importFixture("hubspot-contacts-mql-redated.csv"));
    CHECK(r.counts == ImportCounts{0, 1, 4, 0});
    CHECK(text(f.ws, mqlOf101) == u"2024-01-11 16:30:00");
    CHECK(scalar(f.ws, "SELECT count(*) FROM contact_stage") == 13); // changed, not added
    // the before-image of the stage entry is logged by its key
    CHECK(scalar(f.ws, "SELECT count(*) FROM import_undo WHERE table_name = 'contact_stage'") == 1);
    REQUIRE(ImportStore(f.ws.db()).undoLastBatch());
    CHECK(text(f.ws, mqlOf101) == u"2024-01-10 10:00:00");
    CHECK(f.digest() == before);
}

TEST_CASE("import: undo of a merge by email and of a stage update") {
    FreshWorkspace f;
    importOne(f.ws, importFixture("salesforce-leads-report.csv"));
    const QByteArray leads = f.digest();
    importOne(f.ws, importFixture("salesforce-contacts.csv"));
    ImportOptions won;
    won.profile = importFixture("profiles/won-deals-by-lead.json");
    won.skipInvalid = true; // 00Q9 is no lead of ours
    const ImportResult r = importOne(f.ws, importFixture("won-deals-by-lead.csv"), won);
    CHECK(r.counts == ImportCounts{0, 2, 0, 1});
    CHECK(scalar(f.ws, "SELECT count(*) FROM contact_stage cs JOIN funnel_stage s ON s.id = cs.stage_id "
                       "WHERE s.key = 'customer'") == 2);
    ImportStore store(f.ws.db());
    store.undoLastBatch();
    store.undoLastBatch();
    CHECK(f.digest() == leads);
}

TEST_CASE("import: a dry run validates and counts but writes nothing") {
    FreshWorkspace f;
    const QByteArray before = f.digest();
    ImportOptions dry;
    dry.dryRun = true;
    const ImportResult r = importOne(f.ws, importFixture("hubspot-contacts.csv"), dry);
    CHECK(r.counts.added == 5);
    CHECK_FALSE(r.written);
    CHECK(f.digest() == before);
}

TEST_CASE("import: several files are one transaction") {
    FreshWorkspace f;
    const QByteArray before = f.digest();
    const auto results =
        importFiles(f.ws, {importFixture("hubspot-deals.csv"), importFixture("bad-rows.csv")}, {});
    // Written in dependency order: the contacts of bad-rows.csv, then the deals.
    REQUIRE(results.size() == 2);
    CHECK(results.at(0).file.endsWith(QStringLiteral("bad-rows.csv")));
    CHECK(results.at(1).counts.added == 3);
    CHECK_FALSE(results.at(1).written); // the other file's bad rows stop both
    CHECK(f.digest() == before);
}

TEST_CASE("import: ambiguous dates are reported, and an override settles them") {
    FreshWorkspace f;
    const QString file = importFixture("dates-ambiguous.csv");
    try {
        importOne(f.ws, file);
        FAIL("ambiguity not reported");
    } catch (const Error& e) {
        CHECK(e.message().startsWith(file +
                                     QStringLiteral(": column 'created_at': dates such as '03/04/2024'")));
        CHECK(e.message().contains(QStringLiteral("--date-order")));
    }
    ImportOptions dmy;
    dmy.dateOrder = DateOrder::Dmy;
    importOne(f.ws, file, dmy);
    CHECK(text(f.ws, "SELECT date(created_at, 'unixepoch') FROM contact WHERE source_id = 'D1'") ==
          u"2024-04-03");
}

TEST_CASE("import: Excel serial dates and two-digit years") {
    FreshWorkspace f;
    importOne(f.ws, importFixture("dates-excel.csv"));
    CHECK(text(f.ws, "SELECT datetime(created_at, 'unixepoch') FROM contact WHERE source_id = 'E2'") ==
          u"2024-01-01 12:00:00");
    importOne(f.ws, importFixture("dates-two-digit-years.csv"));
    CHECK(text(f.ws, "SELECT datetime(created_at, 'unixepoch') FROM contact WHERE source_id = 'Y1'") ==
          u"2026-02-23 20:55:00");
    CHECK(text(f.ws, "SELECT date(created_at, 'unixepoch') FROM contact WHERE source_id = 'Y2'") ==
          u"2069-12-31");
    CHECK(text(f.ws, "SELECT date(created_at, 'unixepoch') FROM contact WHERE source_id = 'Y3'") ==
          u"1970-01-01");
}

TEST_CASE("import: duplicate, empty and trailing header names are reported, not fatal") {
    FreshWorkspace f;
    const ImportResult r = importOne(f.ws, importFixture("header-issues.csv"));
    CHECK(r.headerNotes.size() == 3); // trailing delimiter, "email" twice, column 4 unnamed
    CHECK(r.counts.added == 2);
    CHECK(text(f.ws, "SELECT email FROM contact WHERE source_id = '1'") == u"a@example.com");
}

TEST_CASE("import: contacts are classified into personas at import time") {
    FreshWorkspace f;
    Persona marketer;
    marketer.name = QStringLiteral("Marketing leader");
    marketer.titleKeywords = {QStringLiteral("Marketing")};
    DefinitionStore(f.ws.db()).savePersona(marketer, QStringLiteral("test"), QString());
    importOne(f.ws, importFixture("hubspot-contacts.csv"));
    // VP Marketing (101) and Marketing Manager (105)
    CHECK(scalar(f.ws, "SELECT count(*) FROM contact WHERE persona_id IS NOT NULL") == 2);
}

TEST_CASE("import: cancelling from the progress callback writes nothing") {
    FreshWorkspace f;
    const QByteArray before = f.digest();
    ImportOptions options;
    options.read.progress = [](qint64, qint64) { return false; };
    CHECK_THROWS_AS(importOne(f.ws, importFixture("hubspot-contacts.csv"), options), ImportCancelled);
    CHECK(f.digest() == before);
}

TEST_CASE("import: the wizard's path: edit the mapping, dry run for the summary, then import") {
    FreshWorkspace f;
    ImportSession session(importFixture("hubspot-contacts.csv"), profileCatalog(f.ws), {});
    ImportProfile edited = session.profile();
    std::erase_if(edited.columns, [](const auto& column) { return column.second == Field::Title; });
    session.setProfile(edited);
    const QByteArray before = f.digest();
    const auto dry = importSessions(f.ws, {&session}, /*dryRun=*/true);
    CHECK(dry.at(0).counts == ImportCounts{5, 0, 0, 0});
    CHECK_FALSE(dry.at(0).written);
    CHECK(f.digest() == before);
    const auto done = importSessions(f.ws, {&session}, /*dryRun=*/false);
    CHECK(done.at(0).written);
    CHECK(scalar(f.ws, "SELECT count(*) FROM contact WHERE title IS NOT NULL") == 0);
    CHECK(scalar(f.ws, "SELECT count(*) FROM contact") == 5);
}

namespace {
QString writeGenerated(const TempDir& dir, const QString& name, int rows,
                       const std::function<QString(int)>& date) {
    const QString path = dir.path(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("source_id,email,created_at\n");
    for (int i = 0; i < rows; ++i)
        f.write(QStringLiteral("S%1,s%1@example.com,%2\n").arg(i).arg(date(i)).toUtf8());
    return path;
}
} // namespace

TEST_CASE("import: a long file whose first rows settle the formats is read once, hashed whole") {
    FreshWorkspace f;
    // 6,000 rows: more than the 5,000-row probe, ISO dates throughout
    const QString path = writeGenerated(f.dir, QStringLiteral("long.csv"), 6000, [](int i) {
        return QStringLiteral("2024-01-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0'));
    });
    const ImportResult r = importOne(f.ws, path);
    CHECK(r.written);
    CHECK(r.rows == 6000);
    CHECK(r.counts.added == 6000);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray expected =
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Blake2b_256).toHex();
    CHECK(text(f.ws, "SELECT file_hash FROM import_batch").toLatin1() == expected);
}

TEST_CASE("import: when the rest of a column contradicts its first rows, the whole column decides") {
    FreshWorkspace f;
    const QByteArray before = f.digest();
    // Rows 0-4999 prove month first (01/13/2024); rows 5000-10999 prove day first (13/01/2024) and are the
    // majority, so the whole column reads day first (6,000 > 5,000) and the first 5,000 rows are invalid.
    const QString path = writeGenerated(f.dir, QStringLiteral("contradicting.csv"), 11000, [](int i) {
        return i < 5000 ? QStringLiteral("01/13/2024") : QStringLiteral("13/01/2024");
    });
    const ImportResult r = importOne(f.ws, path);
    CHECK_FALSE(r.written);
    CHECK(r.counts.invalid == 5000);
    CHECK(r.counts.added == 6000);
    REQUIRE(!r.columnFormats.empty());
    CHECK(r.columnFormats.back().dateOrder == DateOrder::Dmy);
    CHECK(r.errors.front().line == 2);
    CHECK(f.digest() == before);
}

namespace {
// Rows 0-4999 read only month first (01/13/2024: 13 January); rows 5000-10999 read only day first
// (13/02/2024: 13 February) and are the majority, so the whole column is day first: the first 5,000 rows
// are invalid and 6,000 are kept, all of 13 February. A first pass that wrote the early rows month first
// must be taken back whole.
QString writeContradicting(const TempDir& dir, const QString& name) {
    return writeGenerated(dir, name, 11000, [](int i) {
        return i < 5000 ? QStringLiteral("01/13/2024") : QStringLiteral("13/02/2024");
    });
}

void checkOnlyDayFirstRows(Workspace& ws, const char* prefixCount) {
    // 6,000 rows S5000..S10999, one creation time (13 February), none of the month-first rows.
    CHECK(scalar(ws, prefixCount) == 6000);
    CHECK(scalar(ws, "SELECT count(DISTINCT created_at) FROM contact WHERE source_id LIKE 'S%'") == 1);
    CHECK(scalar(ws, "SELECT count(*) FROM contact WHERE source_id IN ('S0', 'S4999')") == 0);
    CHECK(scalar(ws, "SELECT count(*) FROM contact WHERE source_id IN ('S5000', 'S10999')") == 2);
}
} // namespace

// The speculative first pass of the only file of an import is taken back by restarting the transaction
// (no savepoint: SQLite's statement journal made every write of a savepoint-wrapped import cost a page
// copy to /var/tmp). The rows written month first must all be gone.
TEST_CASE("import: regression: a first file written again after the whole column decided keeps no row of "
          "the first pass (transaction restarted)") {
    FreshWorkspace f;
    ImportOptions options;
    options.skipInvalid = true;
    const ImportResult r =
        importOne(f.ws, writeContradicting(f.dir, QStringLiteral("contradicting.csv")), options);
    CHECK(r.written);
    CHECK(r.counts.invalid == 5000);
    CHECK(r.counts.added == 6000);
    checkOnlyDayFirstRows(f.ws, "SELECT count(*) FROM contact");
    CHECK(scalar(f.ws, "SELECT count(*) FROM import_batch") == 1);
    // The import can be undone as one batch: nothing of the first pass is left behind to undo.
    CHECK(scalar(f.ws, "SELECT count(*) FROM contact WHERE batch_id IS NOT (SELECT id FROM import_batch)") ==
          0);
}

// A later file of the same import rolls back to its savepoint: the earlier file's rows stay.
TEST_CASE("import: regression: a second file written again after the whole column decided keeps the first "
          "file's rows (savepoint)") {
    FreshWorkspace f;
    // Three rows of another source id range, T0..T2, with ISO dates.
    // Files of one kind are written in name order (dependencyOrder): a-first.csv before b-contradicting.csv.
    const QString first = f.dir.path(QStringLiteral("a-first.csv"));
    QFile file(first);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("source_id,email,created_at\nT0,t0@example.com,2024-03-01\nT1,t1@example.com,2024-03-02\n"
               "T2,t2@example.com,2024-03-03\n");
    file.close();
    ImportOptions options;
    options.skipInvalid = true;
    const auto results =
        importFiles(f.ws, {first, writeContradicting(f.dir, QStringLiteral("b-contradicting.csv"))}, options);
    REQUIRE(results.size() == 2);
    CHECK(results[0].counts.added == 3);
    CHECK(results[1].counts.added == 6000);
    CHECK(results[1].counts.invalid == 5000);
    CHECK(scalar(f.ws, "SELECT count(*) FROM contact WHERE source_id LIKE 'T%'") == 3);
    checkOnlyDayFirstRows(f.ws, "SELECT count(*) FROM contact WHERE source_id LIKE 'S%'");
    CHECK(scalar(f.ws, "SELECT count(*) FROM import_batch") == 2);
}
