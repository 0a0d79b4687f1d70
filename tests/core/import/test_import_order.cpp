// Issue 11 point 5: order does not matter, references are never dropped. Files of one import are written in
// dependency order whatever order they are given; a reference to a record not in the workspace yet is
// kept and linked when the record arrives (later in the same import or in a later one), and undo keeps
// that exact.
#include "importtesthelpers.h"

#include "store/importstore.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

using namespace revalign;
using namespace revalign::test;

namespace {
// Every table's rows as text (the time of an import and the saving time of profiles left out), so two
// workspaces built from the same files in different orders compare equal row by row, ids included.
QStringList tableDump(Workspace& ws) {
    QStringList out;
    Statement tables(ws.db(), "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    QStringList names;
    while (tables.step())
        names << tables.text(0);
    for (const QString& table : names) {
        Statement cols(ws.db(), "SELECT name FROM pragma_table_info('" + table.toStdString() + "')");
        QStringList columns;
        while (cols.step())
            if (cols.text(0) != u"imported_at" && cols.text(0) != u"saved_at" && cols.text(0) != u"at")
                columns << u'"' + cols.text(0) + u'"';
        Statement rows(ws.db(), "SELECT " + columns.join(u", ").toStdString() + " FROM \"" +
                                    table.toStdString() + "\" ORDER BY " + columns.join(u", ").toStdString());
        while (rows.step()) {
            QStringList values;
            for (int c = 0; c < columns.size(); ++c)
                values << (rows.isNull(c) ? QStringLiteral("NULL") : rows.text(c));
            out << table + u": " + values.join(u'|');
        }
    }
    return out;
}

using Fresh = FreshWorkspace;

// The CSV files of a real export folder that some profile reads (OpportunityHistory.csv is deal history:
// read only when a history profile exists).
QStringList realFolder(const char* folder) {
    const QString dir = sharedRealData(QString::fromLatin1(folder));
    if (dir.isEmpty())
        return {};
    const ProfileCatalog catalog = ProfileCatalog::builtIn();
    QStringList files;
    for (const QFileInfo& f : QDir(dir).entryInfoList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name)) {
        CsvReader reader(f.absoluteFilePath(), {});
        CsvRecord record;
        REQUIRE(reader.next(record));
        QStringList header;
        for (size_t i = 0; i < record.size(); ++i)
            header << record.text(i).trimmed();
        if (catalog.match(header))
            files << f.absoluteFilePath();
    }
    return files;
}

std::vector<QStringList> ordersOf(const QStringList& files) {
    QStringList reversed(files.rbegin(), files.rend());
    QStringList rotated = files;
    std::rotate(rotated.begin(), rotated.begin() + rotated.size() / 2, rotated.end());
    QStringList interleaved; // odd positions first, then even
    for (qsizetype i = 1; i < files.size(); i += 2)
        interleaved << files[i];
    for (qsizetype i = 0; i < files.size(); i += 2)
        interleaved << files[i];
    return {files, reversed, rotated, interleaved};
}

qint64 unresolved(Workspace& ws) {
    return scalar(ws, "SELECT count(*) FROM pending_reference WHERE resolved_batch_id IS NULL");
}
} // namespace

TEST_CASE(
    "order: files are written owners, accounts and campaigns, leads, contacts, deals, then activities") {
    const QStringList given{
        importFixture("salesforce-campaign-members.csv"), importFixture("salesforce-opportunities-owned.csv"),
        importFixture("salesforce-contacts.csv"),         importFixture("salesforce-leads-report.csv"),
        importFixture("salesforce-campaigns.csv"),        importFixture("salesforce-accounts-report.csv"),
        importFixture("salesforce-users-api.csv")};
    const ProfileCatalog catalog = ProfileCatalog::builtIn();
    std::vector<std::unique_ptr<ImportSession>> owned;
    std::vector<ImportSession*> sessions;
    for (const QString& f : given) {
        owned.push_back(std::make_unique<ImportSession>(f, catalog, ImportOptions{}));
        sessions.push_back(owned.back().get());
    }
    QStringList order;
    for (const ImportSession* s : dependencyOrder(sessions))
        order << s->profile().name;
    // rank 0 owners; 1 accounts and campaigns (by profile name); 2 leads before contacts; 3 deals; 5 members
    CHECK(order == QStringList{QStringLiteral("salesforce-users"), QStringLiteral("salesforce-accounts"),
                               QStringLiteral("salesforce-campaigns"), QStringLiteral("salesforce-leads"),
                               QStringLiteral("salesforce-contacts"),
                               QStringLiteral("salesforce-opportunities"),
                               QStringLiteral("salesforce-campaign-members")});
    // Deal-stage history slots in after the deals it refers to and before the activities.
    CHECK(dependencyRank(ImportEntity::Opportunities) < 4);
    CHECK(dependencyRank(ImportEntity::CampaignMembers) > 4);
}

TEST_CASE("order: deals given before their accounts link to them (regression: 0 of 36 linked)") {
    for (const char* folder : {"salesforce-devorg-sample", "salesforce-datacloud-workshop"}) {
        const QString opportunities = sharedRealData(QString::fromLatin1(folder) + u"/Opportunity.csv");
        const QString accounts = sharedRealData(QString::fromLatin1(folder) + u"/Account.csv");
        if (opportunities.isEmpty() || accounts.isEmpty()) {
            WARN("shared data absent");
            return;
        }
        INFO(folder);
        Fresh f;
        const auto results = importFiles(f.ws, {opportunities, accounts}, {});
        requireReferencesHold(f.ws);
        REQUIRE(results.size() == 2);
        CHECK(results[0].profile == u"salesforce-accounts"); // written first
        // devorg: 36 deals, each with an AccountId among its 18 accounts; datacloud: 50 deals, 22 accounts
        const qint64 deals = QString::fromLatin1(folder).contains(u"devorg") ? 36 : 50;
        CHECK(scalar(f.ws, "SELECT count(*) FROM opportunity") == deals);
        CHECK(scalar(f.ws, "SELECT count(*) FROM opportunity WHERE account_id IS NOT NULL") == deals);
        CHECK(results[1].findings.unresolved.empty());
        CHECK(unresolved(f.ws) == 0);
    }
}

TEST_CASE("order: a reference kept pending links when its record arrives in a later import, undo is exact") {
    Fresh f;
    // 4 deals name accounts 001X (006O1, 006O2), 001Y (006O3) and 001Q (006O4); no account is in the
    // workspace
    const ImportResult deals = importOne(f.ws, importFixture("salesforce-opportunities-owned.csv"));
    REQUIRE(deals.findings.unresolved.size() == 1);
    const UnresolvedReference& u = deals.findings.unresolved.front();
    CHECK(u.field == u"account_source_id");
    CHECK(u.target == u"account");
    CHECK(u.count == 4);
    CHECK(u.examples == QStringList{QStringLiteral("001X"), QStringLiteral("001Y"), QStringLiteral("001Q")});
    CHECK(unresolved(f.ws) == 4);
    CHECK(scalar(f.ws, "SELECT count(*) FROM opportunity WHERE account_id IS NULL") == 4);
    f.ws.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const QByteArray beforeAccounts = workspaceContentDigest(f.ws.path());

    // salesforce-accounts-report.csv holds 001X and 001Y: 3 deals link, 006O4 (001Q) stays pending
    const ImportResult accounts = importOne(f.ws, importFixture("salesforce-accounts-report.csv"));
    CHECK(accounts.findings.linked == 3);
    CHECK(unresolved(f.ws) == 1);
    CHECK(scalar(f.ws, "SELECT count(*) FROM opportunity o JOIN account a ON a.id = o.account_id "
                       "WHERE a.source_id = '001X'") == 2);
    // Re-importing the deals now changes nothing: the linked rows carry the hash of their resolved state.
    const ImportResult again = importOne(f.ws, importFixture("salesforce-opportunities-owned.csv"));
    CHECK(again.counts.added + again.counts.updated == 0);
    CHECK(again.counts.unchanged == 4);

    // Undo the accounts: the deals lose the link and the references wait again, exactly as before.
    ImportStore store(f.ws.db());
    REQUIRE(store.undoLastBatch());
    requireReferencesHold(f.ws);
    f.ws.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    CHECK(workspaceContentDigest(f.ws.path()) == beforeAccounts);
    CHECK(unresolved(f.ws) == 4);
    // And again: linked again.
    CHECK(importOne(f.ws, importFixture("salesforce-accounts-report.csv")).findings.linked == 3);
}

TEST_CASE("order: campaign members before their leads and campaigns are kept and linked later") {
    Fresh f;
    // 3 members: 2 name leads of salesforce-leads-report.csv, 1 a contact; 2 campaigns (salesforce-campaigns)
    const ImportResult members = importOne(f.ws, importFixture("salesforce-campaign-members.csv"));
    CHECK(members.written);
    CHECK(members.counts.invalid == 0);
    const qint64 touches = scalar(f.ws, "SELECT count(*) FROM touchpoint");
    CHECK(touches == members.counts.added);
    CHECK(scalar(f.ws, "SELECT count(*) FROM touchpoint WHERE contact_id IS NULL") == touches);
    importFiles(f.ws,
                {importFixture("salesforce-contacts.csv"), importFixture("salesforce-campaigns.csv"),
                 importFixture("salesforce-leads-report.csv"),
                 importFixture("salesforce-accounts-report.csv")},
                {});
    requireReferencesHold(f.ws);
    CHECK(scalar(f.ws, "SELECT count(*) FROM touchpoint WHERE contact_id IS NULL") == 0);
    CHECK(scalar(f.ws, "SELECT count(*) FROM touchpoint WHERE campaign_id IS NULL") == 0);
    CHECK(unresolved(f.ws) == 0);
}

TEST_CASE(
    "order: every real export imports in any order with every reference resolved and the same content") {
    for (const char* folder : {"salesforce-devorg-sample", "salesforce-datacloud-workshop"}) {
        const QStringList files = realFolder(folder);
        if (files.isEmpty()) {
            WARN("shared data absent");
            return;
        }
        INFO(folder);
        std::optional<QStringList> first;
        // One as-of time for every run: each deal's snapshot is stamped with it (the import time otherwise).
        ImportOptions options;
        options.asOf = QDateTime(QDate(2026, 3, 8), QTime(23, 59, 59), QTimeZone::utc());
        for (const QStringList& order : ordersOf(files)) {
            INFO(order.join(u", ").toStdString());
            Fresh f;
            for (const ImportResult& r : importFiles(f.ws, order, options)) {
                INFO(r.file.toStdString());
                CHECK(r.written);
                CHECK(r.counts.invalid == 0);
                CHECK(r.findings.unresolved.empty());
            }
            requireReferencesHold(f.ws);
            CHECK(unresolved(f.ws) == 0);
            const QStringList dump = tableDump(f.ws);
            if (!first)
                first = dump;
            else
                CHECK(dump == *first);
        }
    }
}

TEST_CASE("order: real exports imported one file at a time, last file first, still resolve every reference") {
    for (const char* folder : {"salesforce-devorg-sample", "salesforce-datacloud-workshop"}) {
        QStringList files = realFolder(folder);
        if (files.isEmpty()) {
            WARN("shared data absent");
            return;
        }
        INFO(folder);
        std::reverse(files.begin(), files.end());
        Fresh f;
        // A deal-history file before its deals is refused whole, naming the deal (its rows are changes of
        // deals, not references a row can wait on); it imports once the deals are there.
        QSet<QString> refused;
        for (const QString& file : files) {
            const auto results = importFiles(f.ws, {file}, {});
            REQUIRE(results.size() == 1);
            if (!results[0].written) {
                CHECK(results[0].profile == u"salesforce-opportunity-history");
                REQUIRE_FALSE(results[0].errors.empty());
                CHECK(results[0].errors[0].reason.contains(QStringLiteral("no salesforce deal with id")));
                refused << file;
            }
        }
        CHECK(unresolved(f.ws) == 0);
        CHECK(scalar(f.ws, "SELECT count(*) FROM touchpoint WHERE contact_id IS NULL") == 0);
        CHECK(scalar(f.ws, "SELECT count(*) FROM opportunity o WHERE account_id IS NULL") == 0);
        CHECK(scalar(f.ws, "SELECT count(*) FROM pending_reference") > 0); // they did wait, and were linked
        // Importing them all again changes nothing, but for the history that now finds its deals.
        for (const ImportResult& r : importFiles(f.ws, files, {})) {
            INFO(r.file.toStdString());
            CHECK(r.counts.invalid == 0);
            if (refused.contains(r.file))
                CHECK(r.counts.added > 0);
            else
                CHECK(r.counts.added + r.counts.updated == 0);
        }
    }
}

// Regression for the lookups a weekly deals export makes (issue 13's snapshot benchmark): past 512 distinct
// account ids the writer reads the workspace's accounts of the source at once instead of one by one, and a
// second import finds each deal's pending reference by its row instead of loading them all. Both must give
// exactly what the one-by-one answers gave.
TEST_CASE("order: 1,000 deals naming 600 known and 400 unknown accounts link and stay pending exactly") {
    Fresh f;
    QByteArray accounts = "Account ID,Account Name,Industry,Employees,Billing Country,Website\n";
    for (int i = 0; i < 600; ++i)
        accounts += QStringLiteral("001A%1,Account %1,Software,10,US,a%1.example\n").arg(i).toUtf8();
    importOne(f.ws, writeFile(f.dir.path(QStringLiteral("accounts.csv")), accounts));
    const auto deals = [&](int amount) {
        QByteArray csv = "Id,AccountId,Name,StageName,Amount,CloseDate,CreatedDate,IsClosed,IsWon\n";
        for (int i = 0; i < 1000; ++i) // deal i names account i: 0-599 exist, 600-999 do not
            csv += QStringLiteral("006D%1,001A%1,Deal %1,Prospecting,%2,2024-06-30,2024-01-05,0,0\n")
                       .arg(i)
                       .arg(i % 10 == 0 ? amount : 100)
                       .toUtf8();
        return writeFile(f.dir.path(QStringLiteral("deals-%1.csv").arg(amount)), csv);
    };
    const ImportResult first = importOne(f.ws, deals(100));
    requireReferencesHold(f.ws);
    CHECK(first.counts.added == 1000);
    CHECK(scalar(f.ws, "SELECT count(*) FROM opportunity WHERE account_id IS NOT NULL") == 600);
    CHECK(scalar(f.ws, "SELECT count(*) FROM opportunity o JOIN account a ON a.id = o.account_id "
                       "WHERE substr(o.source_id, 5) = substr(a.source_id, 5)") == 600); // each its own
    CHECK(unresolved(f.ws) == 400);
    // Next week every tenth deal's amount changed (100 deals: 60 with a known account, 40 pending).
    const ImportResult second = importOne(f.ws, deals(250));
    requireReferencesHold(f.ws);
    CHECK(second.counts.updated == 100);
    CHECK(second.counts.unchanged == 900);
    CHECK(unresolved(f.ws) == 400); // the 40 changed deals' entries were found and kept, none added
    CHECK(scalar(f.ws, "SELECT count(*) FROM pending_reference") == 400);
    CHECK(scalar(f.ws, "SELECT count(*) FROM opportunity WHERE account_id IS NOT NULL") == 600);
    // The 400 missing accounts arrive: every pending deal links, 1,000 of 1,000.
    QByteArray more = "Account ID,Account Name,Industry,Employees,Billing Country,Website\n";
    for (int i = 600; i < 1000; ++i)
        more += QStringLiteral("001A%1,Account %1,Software,10,US,a%1.example\n").arg(i).toUtf8();
    importOne(f.ws, writeFile(f.dir.path(QStringLiteral("more-accounts.csv")), more));
    CHECK(scalar(f.ws, "SELECT count(*) FROM opportunity WHERE account_id IS NOT NULL") == 1000);
    CHECK(unresolved(f.ws) == 0);
}
