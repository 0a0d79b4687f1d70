// Undo takes back only the undoer's own last import (ImportStore::undoLastBatchBy): two people, anna and
// ben, import in turn into one workspace (REVALIGN_USER is who the import session records).
#include "importtesthelpers.h"

#include "util/useridentity.h"

using namespace revalign;
using namespace revalign::test;

namespace {
const QString kAnna = QStringLiteral("anna@laptop");
const QString kBen = QStringLiteral("ben@desk");

// Imports `file` as `who`, then pins the batch's time to `at` (Unix seconds, UTC) so messages are exact.
ImportBatchId importAs(FreshWorkspace& f, const QString& who, const char* file, qint64 at) {
    qputenv("REVALIGN_USER", who.toUtf8());
    const ImportResult r = importOne(f.ws, importFixture(file));
    qunsetenv("REVALIGN_USER");
    REQUIRE(r.batch.isValid());
    Statement pin(f.ws.db(), "UPDATE import_batch SET imported_at = ? WHERE id = ?");
    pin.bind(1, at).bind(2, r.batch.value()).run();
    return r.batch;
}

// 2026-12-02 00:00 UTC = 1796169600 (20,789 days × 86,400 s).
constexpr qint64 kDec2 = 1796169600;
const QDateTime kTenOClock(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);
} // namespace

TEST_CASE("undo: REVALIGN_USER names the importer, and every batch records it") {
    FreshWorkspace f;
    qputenv("REVALIGN_USER", "anna@laptop");
    CHECK(currentUserIdentity() == kAnna);
    qunsetenv("REVALIGN_USER");
    CHECK(currentUserIdentity().contains(u'@')); // USER@host without the override
    importAs(f, kAnna, "hubspot-contacts.csv", kDec2);
    CHECK(text(f.ws, "SELECT imported_by FROM import_batch") == kAnna);
    CHECK(ImportStore(f.ws.db()).batches().at(0).info.importedBy == kAnna);
}

TEST_CASE("undo: your own last import is undone when nobody imported after it") {
    FreshWorkspace f;
    const QByteArray empty = f.digest();
    importAs(f, kBen, "hubspot-companies.csv", kDec2 + 8 * 3600);
    const QByteArray afterBen = f.digest();
    importAs(f, kAnna, "hubspot-contacts.csv", kDec2 + 9 * 3600);
    const UndoOutcome undone = ImportStore(f.ws.db()).undoLastBatchBy(kAnna);
    REQUIRE(undone.status == UndoOutcome::Status::Undone);
    CHECK(undone.undone->info.fileName == u"hubspot-contacts.csv");
    CHECK(undone.message(kTenOClock) == u"Undid the import of hubspot-contacts.csv (5 new, 0 updated rows).");
    CHECK(f.digest() == afterBen); // ben's import stays
    CHECK(ImportStore(f.ws.db()).undoLastBatchBy(kBen).status == UndoOutcome::Status::Undone);
    CHECK(f.digest() == empty);
}

TEST_CASE("undo: refused, naming the other import, when someone imported after yours") {
    FreshWorkspace f;
    const QByteArray empty = f.digest();
    importAs(f, kAnna, "hubspot-contacts.csv", kDec2 + 9 * 3600);       // 09:00
    importAs(f, kBen, "hubspot-deals.csv", kDec2 + 9 * 3600 + 14 * 60); // 09:14
    const QByteArray both = f.digest();
    const UndoOutcome refused = ImportStore(f.ws.db()).undoLastBatchBy(kAnna);
    REQUIRE(refused.status == UndoOutcome::Status::NotLatest);
    CHECK(refused.yours->info.fileName == u"hubspot-contacts.csv");
    CHECK(refused.blocker->info.importedBy == kBen);
    CHECK(refused.laterImports == 1);
    CHECK(refused.message(kTenOClock) ==
          u"Not undone: ben@desk imported hubspot-deals.csv at 09:14 after your "
          u"import of hubspot-contacts.csv; undo theirs first or ask them.");
    CHECK(f.digest() == both); // nothing undone
    // In order it works: ben's first, then anna's.
    CHECK(ImportStore(f.ws.db()).undoLastBatchBy(kBen).status == UndoOutcome::Status::Undone);
    CHECK(ImportStore(f.ws.db()).undoLastBatchBy(kAnna).status == UndoOutcome::Status::Undone);
    CHECK(f.digest() == empty);
}

TEST_CASE("undo: refused after several later imports, naming the latest and how many came after yours") {
    FreshWorkspace f;
    importAs(f, kAnna, "hubspot-companies.csv", kDec2 - 3600);          // 1 Dec 23:00
    importAs(f, kBen, "hubspot-contacts.csv", kDec2 + 9 * 3600);        // 09:00
    importAs(f, kBen, "hubspot-deals.csv", kDec2 + 9 * 3600 + 30 * 60); // 09:30
    const UndoOutcome refused = ImportStore(f.ws.db()).undoLastBatchBy(kAnna);
    REQUIRE(refused.status == UndoOutcome::Status::NotLatest);
    CHECK(refused.laterImports == 2);
    CHECK(refused.message(kTenOClock) ==
          u"Not undone: ben@desk imported hubspot-deals.csv at 09:30 after your import of "
          u"hubspot-companies.csv "
          u"(the latest of 2 imports after yours); undo theirs first or ask them.");
}

TEST_CASE("undo: someone else's import is never undone by you, even when you have none") {
    FreshWorkspace f;
    importAs(f, kBen, "hubspot-deals.csv", kDec2 - 86400 + 9 * 3600 + 14 * 60); // 1 Dec 09:14
    const QByteArray before = f.digest();
    const UndoOutcome refused = ImportStore(f.ws.db()).undoLastBatchBy(kAnna);
    REQUIRE(refused.status == UndoOutcome::Status::NoneOfYours);
    CHECK_FALSE(refused.yours);
    // Another day than now's: the date is named.
    CHECK(refused.message(kTenOClock) ==
          u"Not undone: you have made no import here; the last one is ben@desk's import of hubspot-deals.csv "
          u"on 2026-12-01 at 09:14.");
    CHECK(f.digest() == before);
}

TEST_CASE("undo: an import from before importers were recorded counts as anyone's") {
    FreshWorkspace f;
    const QByteArray empty = f.digest();
    importAs(f, kBen, "hubspot-contacts.csv", kDec2);
    f.ws.db().exec("UPDATE import_batch SET imported_by = ''"); // what migration 9 gives older batches
    CHECK(ImportStore(f.ws.db()).undoLastBatchBy(kAnna).status == UndoOutcome::Status::Undone);
    CHECK(f.digest() == empty);
}

TEST_CASE("undo: nothing to undo in a workspace without imports") {
    FreshWorkspace f;
    const UndoOutcome nothing = ImportStore(f.ws.db()).undoLastBatchBy(kAnna);
    CHECK(nothing.status == UndoOutcome::Status::NothingToUndo);
    CHECK(nothing.message(kTenOClock) == u"There is no import to undo.");
}

TEST_CASE("imports by others since a moment: user, file, time and rows written, not yours, not earlier") {
    FreshWorkspace f;
    importAs(f, kBen, "hubspot-companies.csv", kDec2 - 60);             // yesterday 23:59: before
    importAs(f, kAnna, "hubspot-contacts.csv", kDec2 + 8 * 3600);       // anna's own: not listed
    importAs(f, kBen, "hubspot-deals.csv", kDec2 + 9 * 3600 + 14 * 60); // 09:14: 3 new deals
    // An import of unknown origin (before schema 9) is nobody's to name.
    f.ws.db().exec("INSERT INTO import_batch(file_name, file_hash, profile, imported_at) "
                   "VALUES ('old.csv', '', 'x', 1796202000)"); // kDec2 + 9 h
    const std::vector<OtherImport> others =
        ImportStore(f.ws.db()).importsByOthersSince(kAnna, QDateTime::fromSecsSinceEpoch(kDec2, Qt::UTC));
    REQUIRE(others.size() == 1);
    CHECK(others[0] == OtherImport{kBen, QStringLiteral("hubspot-deals.csv"),
                                   QDateTime::fromSecsSinceEpoch(kDec2 + 9 * 3600 + 14 * 60, Qt::UTC), 3});
    // Ben asking sees anna's contacts (5 new rows).
    const auto forBen =
        ImportStore(f.ws.db()).importsByOthersSince(kBen, QDateTime::fromSecsSinceEpoch(kDec2, Qt::UTC));
    REQUIRE(forBen.size() == 1);
    CHECK(forBen[0].user == kAnna);
    CHECK(forBen[0].rows == 5);
}
