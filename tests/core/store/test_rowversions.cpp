// Notes and action items never lose an edit: two windows (two connections to one workspace file, as two
// app windows or two people on a shared file) edit the same rows; a change made from a stale version
// writes nothing and returns both texts (MeetingStore, WriteResult).
#include "store/database.h"
#include "store/meetingstore.h"
#include "store/migrations.h"
#include "store/workspace.h"

#include "testsupport.h"

using namespace revalign;
using revalign::test::TempDir;

namespace {
const QString kAnna = QStringLiteral("anna@laptop");
const QString kBen = QStringLiteral("ben@desk");
const QDate kDay(2026, 11, 30);

// A new workspace, closed again: its header reaches the file (another connection checks it on open).
QString createdWorkspace(const TempDir& dir) {
    const QString path = dir.path(QStringLiteral("sync.revalign"));
    Workspace::create(path);
    return path;
}

// Two windows on one file, a meeting with one note and one action item (both at version 1).
struct TwoWindows {
    TempDir dir;
    QString path = createdWorkspace(dir);
    Workspace first = Workspace::open(path);
    Workspace second = Workspace::open(path);
    MeetingStore anna{first.db()};
    MeetingStore ben{second.db()};
    qint64 meeting = anna.meetingOn(kDay).id;
    qint64 noteId = anna.addNote({0,
                                  meeting,
                                  Team::Sales,
                                  QStringLiteral("Somchai"),
                                  QStringLiteral("Paid Social MQLs are mostly students"),
                                  {}},
                                 kAnna);
    qint64 itemId = anna.addActionItem({0,
                                        meeting,
                                        {},
                                        Team::Marketing,
                                        QStringLiteral("Nok"),
                                        QStringLiteral("Exclude students"),
                                        kDay.addDays(7),
                                        {}},
                                       kAnna);
};
} // namespace

TEST_CASE("row version: a new note and action item start at version 1, written by their author") {
    TwoWindows w;
    const MeetingNote n = *w.ben.note(w.noteId);
    CHECK(n.version == 1);
    CHECK(n.updatedBy == kAnna);
    CHECK(n.updatedAt.isValid());
    const ActionItem a = *w.ben.actionItem(w.itemId);
    CHECK(a.version == 1);
    CHECK(a.updatedBy == kAnna);
    CHECK_FALSE(w.ben.note(w.noteId + 1000));
    CHECK_FALSE(w.ben.actionItem(w.itemId + 1000));
}

TEST_CASE("row version: an edit from the current version is saved and counts the version up (1 -> 2 -> 3)") {
    TwoWindows w;
    MeetingNote mine = *w.anna.note(w.noteId);
    mine.text = QStringLiteral("Paid Social MQLs: 60% students");
    const WriteResult<MeetingNote> saved = w.anna.updateNote(mine, kAnna);
    REQUIRE(saved.saved());
    CHECK(saved.stored.version == 2);
    CHECK(saved.stored.text == mine.text);
    // The other window, reading now, edits from version 2.
    MeetingNote bens = *w.ben.note(w.noteId);
    CHECK(bens.text == mine.text);
    bens.team = Team::Marketing;
    const WriteResult<MeetingNote> again = w.ben.updateNote(bens, kBen);
    REQUIRE(again.saved());
    CHECK(again.stored.version == 3);
    CHECK(again.stored.updatedBy == kBen);
    CHECK(again.stored.team == Team::Marketing);
}

TEST_CASE("row version conflict: a note edited in another window meanwhile is not overwritten") {
    TwoWindows w;
    MeetingNote annas = *w.anna.note(w.noteId); // both windows read version 1
    MeetingNote bens = *w.ben.note(w.noteId);
    bens.text = QStringLiteral("Ben: students come from one campaign");
    REQUIRE(w.ben.updateNote(bens, kBen).saved()); // now version 2
    annas.text = QStringLiteral("Anna: exclude students from Paid Social");
    const WriteResult<MeetingNote> conflict = w.anna.updateNote(annas, kAnna); // still from version 1
    REQUIRE(conflict.status == WriteStatus::ChangedMeanwhile);
    CHECK(conflict.mine.text == annas.text);
    CHECK(conflict.stored.text == bens.text);
    CHECK(conflict.stored.updatedBy == kBen);
    CHECK(conflict.stored.version == 2);
    CHECK(w.anna.note(w.noteId)->text == bens.text); // nothing written over Ben's
    // "Keep mine": the same change from their version.
    MeetingNote keep = conflict.mine;
    keep.version = conflict.stored.version;
    const WriteResult<MeetingNote> kept = w.anna.updateNote(keep, kAnna);
    REQUIRE(kept.saved());
    CHECK(kept.stored.version == 3);
    CHECK(w.ben.note(w.noteId)->text == annas.text);
}

TEST_CASE("row version conflict: editing a note deleted in another window meanwhile") {
    TwoWindows w;
    MeetingNote annas = *w.anna.note(w.noteId);
    REQUIRE(w.ben.removeNote(*w.ben.note(w.noteId)).saved());
    annas.text = QStringLiteral("edited after Ben deleted it");
    const WriteResult<MeetingNote> conflict = w.anna.updateNote(annas, kAnna);
    CHECK(conflict.status == WriteStatus::DeletedMeanwhile);
    CHECK(conflict.mine.text == annas.text);
    CHECK(w.anna.notes(w.meeting).empty());
}

TEST_CASE("row version conflict: deleting a note edited in another window meanwhile") {
    TwoWindows w;
    const MeetingNote annas = *w.anna.note(w.noteId);
    MeetingNote bens = *w.ben.note(w.noteId);
    bens.text = QStringLiteral("Ben's addition");
    REQUIRE(w.ben.updateNote(bens, kBen).saved());
    const WriteResult<MeetingNote> conflict = w.anna.removeNote(annas);
    REQUIRE(conflict.status == WriteStatus::ChangedMeanwhile);
    CHECK(conflict.stored.text == bens.text);
    REQUIRE(w.anna.notes(w.meeting).size() == 1); // still there
    // "Delete anyway": from their version.
    MeetingNote again = annas;
    again.version = conflict.stored.version;
    CHECK(w.anna.removeNote(again).saved());
    CHECK(w.anna.notes(w.meeting).empty());
}

TEST_CASE("row version: deleting a note someone already deleted is no conflict (nothing is lost)") {
    TwoWindows w;
    const MeetingNote annas = *w.anna.note(w.noteId);
    REQUIRE(w.ben.removeNote(*w.ben.note(w.noteId)).saved());
    CHECK(w.anna.removeNote(annas).status == WriteStatus::Saved);
}

TEST_CASE("row version conflict: marking done an action item edited in another window meanwhile") {
    TwoWindows w;
    const ActionItem annas = *w.anna.actionItem(w.itemId);
    ActionItem bens = *w.ben.actionItem(w.itemId);
    bens.text = QStringLiteral("Exclude students and interns");
    REQUIRE(w.ben.updateActionItem(bens, kBen).saved());
    const WriteResult<ActionItem> conflict = w.anna.setDone(annas, kDay, kAnna);
    REQUIRE(conflict.status == WriteStatus::ChangedMeanwhile);
    CHECK(conflict.mine.doneOn == kDay); // mine: the item as I saw it, done
    CHECK(conflict.mine.text == u"Exclude students");
    CHECK(conflict.stored.text == bens.text);
    CHECK(conflict.stored.isOpen());
    CHECK(w.anna.actionItem(w.itemId)->isOpen());
    // Keeping mine marks their version done: their text stays.
    ActionItem theirs = conflict.stored;
    const WriteResult<ActionItem> kept = w.anna.setDone(theirs, kDay, kAnna);
    REQUIRE(kept.saved());
    CHECK(kept.stored.text == bens.text);
    CHECK(kept.stored.doneOn == kDay);
    CHECK(kept.stored.version == 3); // 1, Ben's edit 2, done 3
}

TEST_CASE("row version conflict: an action item edited in two windows at once") {
    TwoWindows w;
    ActionItem annas = *w.anna.actionItem(w.itemId);
    ActionItem bens = *w.ben.actionItem(w.itemId);
    bens.owner = QStringLiteral("Ben");
    REQUIRE(w.ben.updateActionItem(bens, kBen).saved());
    annas.text = QStringLiteral("Exclude students by job title");
    const WriteResult<ActionItem> conflict = w.anna.updateActionItem(annas, kAnna);
    REQUIRE(conflict.status == WriteStatus::ChangedMeanwhile);
    CHECK(conflict.stored.owner == u"Ben");
    CHECK(conflict.stored.updatedBy == kBen);
    CHECK(conflict.mine.text == annas.text);
    CHECK(w.ben.actionItem(w.itemId)->text == u"Exclude students");
}

TEST_CASE("row version conflict: an action item deleted in another window meanwhile") {
    TwoWindows w;
    ActionItem annas = *w.anna.actionItem(w.itemId);
    REQUIRE(w.ben.removeActionItem(*w.ben.actionItem(w.itemId)).saved());
    CHECK(w.anna.setDone(annas, kDay, kAnna).status == WriteStatus::DeletedMeanwhile);
    annas.text = QStringLiteral("changed");
    CHECK(w.anna.updateActionItem(annas, kAnna).status == WriteStatus::DeletedMeanwhile);
    CHECK(w.anna.actionItemsFor(kDay).empty());
}

TEST_CASE("row version conflict: deleting an action item marked done in another window meanwhile") {
    TwoWindows w;
    const ActionItem annas = *w.anna.actionItem(w.itemId);
    REQUIRE(w.ben.setDone(*w.ben.actionItem(w.itemId), kDay, kBen).saved());
    const WriteResult<ActionItem> conflict = w.anna.removeActionItem(annas);
    REQUIRE(conflict.status == WriteStatus::ChangedMeanwhile);
    CHECK(conflict.stored.doneOn == kDay);
    CHECK(w.anna.actionItemsFor(kDay).size() == 1);
}

TEST_CASE("migration 9 keeps every note and action item, at version 1, and older imports' importer unknown") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v8.revalign"));
    {
        Database db(path, Database::Mode::ReadWriteCreate);
        migrate(db, 8);
        db.exec("INSERT INTO meeting(id, held_on, title) VALUES (1, '2026-11-30', 'Weekly sync')");
        db.exec("INSERT INTO meeting_note(id, meeting_id, team, author, text, created_at) "
                "VALUES (7, 1, 'sales', 'Somchai', 'Students again', 1796000000)");
        db.exec("INSERT INTO action_item(id, meeting_id, team, owner, text, due_on, done_on) "
                "VALUES (8, 1, 'marketing', 'Nok', 'Exclude students', '2026-12-07', NULL)");
        db.exec("INSERT INTO import_batch(id, file_name, file_hash, profile, imported_at) "
                "VALUES (3, 'leads.csv', '', 'hubspot-contacts', 1796000000)");
    }
    Workspace ws = Workspace::open(path); // upgrades (keeping v8.revalign.before-v9)
    CHECK(ws.schemaVersion() == latestSchemaVersion());
    MeetingStore meetings(ws.db());
    const MeetingNote n = *meetings.note(7);
    CHECK(n.text == u"Students again");
    CHECK(n.author == u"Somchai");
    CHECK(n.version == 1);
    CHECK(n.updatedBy.isEmpty());
    CHECK(n.updatedAt == QDateTime::fromSecsSinceEpoch(1796000000, Qt::UTC)); // its creation time
    const ActionItem a = *meetings.actionItem(8);
    CHECK(a.text == u"Exclude students");
    CHECK(a.version == 1);
    CHECK_FALSE(a.updatedAt.isValid()); // action items had no time of their own
    Statement batch(ws.db(), "SELECT imported_by FROM import_batch WHERE id = 3");
    REQUIRE(batch.step());
    CHECK(batch.text(0).isEmpty());
    // An edit of the upgraded note works from version 1.
    MeetingNote mine = n;
    mine.text = QStringLiteral("Students again (Paid Social)");
    CHECK(meetings.updateNote(mine, kAnna).stored.version == 2);
}
