// Every deals import is a snapshot (deal_state, type-2 rows): changes only, stamped with the export's
// as-of time, undone exactly, and the same timeline whatever order the exports arrive in.
#include "store/database.h"
#include "store/dealhistorywriter.h"
#include "store/importstore.h"
#include "store/migrations.h"
#include "store/workspace.h"
#include "workflow/importservice.h"

#include "testsupport.h"

#include <QTimeZone>

using namespace revalign;
using namespace revalign::test;

namespace {
QString fixture(const char* name) {
    return testData(QStringLiteral("history/") + QString::fromLatin1(name));
}

// The end of a day in UTC (the fixtures' workspaces keep the default time zone).
QDateTime endOf(const char* day) {
    return QDateTime(QDate::fromString(QString::fromLatin1(day), Qt::ISODate).addDays(1), QTime(0, 0),
                     QTimeZone::utc())
        .addSecs(-1);
}

ImportResult importAsOf(Workspace& ws, const char* file, const char* day) {
    ImportOptions options;
    options.asOf = endOf(day);
    auto results = importFiles(ws, {fixture(file)}, options);
    REQUIRE(results.size() == 1);
    REQUIRE(results[0].written);
    return results[0];
}

qint64 scalar(Workspace& ws, const std::string& sql) {
    Statement st(ws.db(), sql);
    REQUIRE(st.step());
    return st.isNull(0) ? -1 : st.int64(0);
}

// The whole timeline as text, one line per state, in a stable order (row ids and batches left out).
QStringList timeline(Workspace& ws) {
    QStringList out;
    Statement st(ws.db(),
                 "SELECT o.source_id, s.valid_from, coalesce(s.valid_to, -1), s.origin, "
                 "coalesce(s.stage, '-'), coalesce(s.amount_cents, -1), coalesce(s.close_date, '-'), "
                 "coalesce(s.status, '-'), coalesce(w.name, '-') FROM deal_state s "
                 "JOIN opportunity o ON o.id = s.opportunity_id LEFT JOIN owner w ON w.id = s.owner_id "
                 "ORDER BY o.source_id, s.valid_from, s.origin");
    while (st.step()) {
        QStringList fields;
        for (int c = 0; c < 9; ++c)
            fields << st.text(c);
        out << fields.join(u'|');
    }
    return out;
}

QStringList deals(Workspace& ws) {
    QStringList out;
    Statement st(ws.db(),
                 "SELECT o.source_id, o.stage, o.amount_cents, o.close_date, o.is_closed, o.is_won, "
                 "w.name FROM opportunity o LEFT JOIN owner w ON w.id = o.owner_id ORDER BY o.source_id");
    while (st.step())
        out << QStringList{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6)}
                   .join(u'|');
    return out;
}
} // namespace

TEST_CASE("a deals import is a snapshot: one state per deal, then changes only") {
    TempDir dir;
    Workspace ws = Workspace::create(dir.path(QStringLiteral("w.revalign")));
    importAsOf(ws, "sf-opps-w1.csv", "2024-03-04");
    const qint64 w1 = endOf("2024-03-04").toSecsSinceEpoch();
    const qint64 w2 = endOf("2024-03-11").toSecsSinceEpoch();
    CHECK(scalar(ws, "SELECT count(*) FROM deal_state") == 3);
    CHECK(scalar(ws, "SELECT count(*) FROM deal_state WHERE valid_from = " + std::to_string(w1) +
                         " AND valid_to IS NULL AND origin = 'snapshot'") == 3);
    CHECK(scalar(ws, "SELECT as_of FROM import_batch") == w1);

    // The same export a day later states nothing new: no state, and (nothing changed) no batch either.
    ImportOptions again;
    again.asOf = endOf("2024-03-05");
    const auto unchanged = importFiles(ws, {fixture("sf-opps-w1.csv")}, again);
    CHECK(unchanged[0].counts.unchanged == 3);
    CHECK(scalar(ws, "SELECT count(*) FROM deal_state") == 3);

    // Week 2: 006A amount 10,000 -> 12,000 and stage, 006B close date, 006C close date and forecast, 006D
    // new.
    const ImportResult r2 = importAsOf(ws, "sf-opps-w2.csv", "2024-03-11");
    CHECK(r2.counts.added == 1);
    CHECK(r2.counts.updated == 3);
    CHECK(scalar(ws, "SELECT count(*) FROM deal_state") == 3 + 3 + 1);
    // The week-1 states now end where the week-2 ones begin.
    CHECK(scalar(ws, "SELECT count(*) FROM deal_state WHERE valid_from = " + std::to_string(w1) +
                         " AND valid_to = " + std::to_string(w2)) == 3);
    CHECK(scalar(ws, "SELECT count(*) FROM deal_state WHERE valid_to IS NULL") == 4);
    CHECK(scalar(ws, "SELECT s.amount_cents FROM deal_state s JOIN opportunity o ON o.id = s.opportunity_id "
                     "WHERE o.source_id = '006A' AND s.valid_to IS NULL") == 1'200'000);
}

TEST_CASE("undo of a snapshot removes its states and gives the previous ones their valid_to back") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("w.revalign"));
    Workspace ws = Workspace::create(path);
    importAsOf(ws, "sf-opps-w1.csv", "2024-03-04");
    ws.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const QByteArray before = workspaceContentDigest(path);
    const QStringList timelineBefore = timeline(ws);
    importAsOf(ws, "sf-opps-w2.csv", "2024-03-11");
    REQUIRE(timeline(ws) != timelineBefore);
    ImportStore store(ws.db());
    REQUIRE(store.undoLastBatch());
    CHECK(timeline(ws) == timelineBefore);
    CHECK(scalar(ws, "SELECT count(*) FROM deal_state WHERE valid_to IS NOT NULL") == 0);
    ws.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    CHECK(workspaceContentDigest(path) == before);
}

TEST_CASE("exports imported in any order give the same history and leave each deal as the newest says") {
    const std::vector<std::pair<const char*, const char*>> weeks{
        {"sf-opps-w1.csv", "2024-03-04"}, {"sf-opps-w2.csv", "2024-03-11"}, {"sf-opps-w3.csv", "2024-03-18"}};
    TempDir dir;
    Workspace inOrder = Workspace::create(dir.path(QStringLiteral("a.revalign")));
    for (const auto& [file, day] : weeks)
        importAsOf(inOrder, file, day);
    const std::vector<int> order = GENERATE(std::vector<int>{2, 0, 1}, std::vector<int>{1, 2, 0},
                                            std::vector<int>{2, 1, 0}, std::vector<int>{0, 2, 1});
    Workspace shuffled = Workspace::create(dir.path(QStringLiteral("b.revalign")));
    for (const int i : order)
        importAsOf(shuffled, weeks[size_t(i)].first, weeks[size_t(i)].second);
    CHECK(timeline(shuffled) == timeline(inOrder));
    CHECK(deals(shuffled) == deals(inOrder));
    // 006A: 10,000 (w1) -> 12,000 Qualification (w2) -> won (w3); three states chained end to start.
    const QStringList acme = timeline(inOrder).filter(QStringLiteral("006A|"));
    REQUIRE(acme.size() == 3);
    CHECK(acme[0].endsWith(QStringLiteral("|snapshot|Prospecting|1000000|2024-03-20|open|Sam Seller")));
    CHECK(acme[2].contains(QStringLiteral("|-1|snapshot|Closed Won|1200000|2024-03-14|won|")));
    // 006B is unchanged from w2 to w3: two states, not three.
    CHECK(timeline(inOrder).filter(QStringLiteral("006B|")).size() == 2);
}

TEST_CASE("an older export after a newer one fills the past only") {
    TempDir dir;
    Workspace ws = Workspace::create(dir.path(QStringLiteral("w.revalign")));
    importAsOf(ws, "sf-opps-w2.csv", "2024-03-11");
    const QStringList current = deals(ws);
    const ImportResult older = importAsOf(ws, "sf-opps-w1.csv", "2024-03-04");
    CHECK(older.counts.updated == 3); // 006A/B/C get their week-1 past; 006D did not exist then
    CHECK(deals(ws) == current);      // the deals stay as week 2 left them
    CHECK(scalar(ws, "SELECT s.amount_cents FROM deal_state s JOIN opportunity o ON o.id = s.opportunity_id "
                     "WHERE o.source_id = '006A' ORDER BY s.valid_from LIMIT 1") == 1'000'000);
    CHECK(scalar(ws, "SELECT count(*) FROM deal_state WHERE valid_to IS NULL") == 4);
}

TEST_CASE("an as-of day is the end of that day in the workspace's time zone, never later than now") {
    const QDateTime now = QDateTime(QDate(2024, 3, 11), QTime(9, 30), QTimeZone::utc());
    // Asia/Bangkok is UTC+7: the end of 4 March there is 16:59:59 UTC.
    CHECK(snapshotMoment(QStringLiteral("Asia/Bangkok"), QDate(2024, 3, 4), now) ==
          QDateTime(QDate(2024, 3, 4), QTime(16, 59, 59), QTimeZone::utc()));
    CHECK(snapshotMoment(QStringLiteral("UTC"), QDate(2024, 3, 11), now) == now);
}

TEST_CASE("the deal-history migration starts every existing deal's history with one snapshot") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("old.revalign"));
    Database db(path, Database::Mode::ReadWriteCreate);
    // The version before deal history (6 today; looked up so that later migrations do not move it).
    int history = 0;
    for (const Migration& m : migrations())
        if (m.description.substr(0, 12) == "Deal history")
            history = m.version;
    REQUIRE(history > 1);
    migrate(db, history - 1);
    db.exec(
        "INSERT INTO import_batch(id, file_name, file_hash, profile, imported_at) VALUES (1, 'o.csv', '', "
        "'p', 1700000000)");
    db.exec(
        "INSERT INTO opportunity(id, source, source_id, stage, amount_cents, close_date, is_closed, is_won, "
        "batch_id) VALUES (1, 'sf', 'X1', 'Closed Won', 500, '2023-11-30', 1, 1, 1), "
        "(2, 'sf', 'X2', 'Prospecting', NULL, NULL, 0, 0, NULL)");
    migrate(db);
    Statement st(db, "SELECT opportunity_id, valid_from, valid_to IS NULL, origin, status, batch_id "
                     "FROM deal_state ORDER BY opportunity_id");
    REQUIRE(st.step());
    CHECK(st.int64(1) == 1700000000); // as of the import that wrote it
    CHECK(st.int64(2) == 1);
    CHECK(st.text(3) == u"snapshot");
    CHECK(st.text(4) == u"won");
    CHECK(st.int64(5) == 1); // undoing that import removes it too
    REQUIRE(st.step());
    CHECK(st.int64(1) == 0); // no batch, no creation time: as first seen, from the beginning
    CHECK(st.text(4) == u"open");
    CHECK_FALSE(st.step());
}
