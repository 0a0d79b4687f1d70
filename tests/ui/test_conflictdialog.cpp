// The sync page's notes and action items when someone else changed them meanwhile: the conflict dialog
// shows both texts and every choice keeps what was typed (MeetingStore's row versions underneath).
#include "dialogs/conflictdialog.h"
#include "models/actionitemmodel.h"
#include "pages/syncpage.h"
#include "services/meetingservice.h"
#include "store/meetingstore.h"
#include "store/workspace.h"

#include "testsupport.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace revalign;
using namespace revalign::ui;
using revalign::test::TempDir;

namespace {
// A new workspace, closed again so that its header is in the file for the second connection's check.
QString created(const QString& path) {
    Workspace::create(path);
    return path;
}

// Anna's window (the page) and Ben's connection to the same file, with one note Anna added.
struct SharedSync {
    TempDir dir;
    QString path = created(dir.path(QStringLiteral("sync.revalign")));
    Workspace bensWorkspace = Workspace::open(path);
    MeetingStore ben{bensWorkspace.db()};
    MeetingService meetings;
    std::unique_ptr<SyncPage> page;
    std::vector<ConflictDialog::Texts> asked;

    explicit SharedSync(ConflictDialog::Choice answer) {
        meetings.open(path);
        meetings.setIdentity(QStringLiteral("anna@laptop"));
        page = std::make_unique<SyncPage>(&meetings);
        page->setConflictResolver([this, answer](const ConflictDialog::Texts& t) {
            asked.push_back(t);
            return answer;
        });
        page->addNote(Team::Sales, QStringLiteral("Somchai"), QStringLiteral("Students again"));
        page->addActionItem(Team::Marketing, QStringLiteral("Nok"), QStringLiteral("Exclude students"),
                            page->meetingDay().addDays(7));
    }
    // Ben changes the note's text in his window (the page still shows version 1).
    void benEditsNote(const QString& text) {
        MeetingNote n = ben.notes(ben.findMeetingOn(page->meetingDay()).id).at(0);
        n.text = text;
        REQUIRE(ben.updateNote(n, QStringLiteral("ben@desk")).saved());
    }
    QString storedNote() { return ben.notes(ben.findMeetingOn(page->meetingDay()).id).at(0).text; }
};
} // namespace

TEST_CASE("ui: conflict, keep mine: the note shows both texts, then mine is stored over theirs") {
    SharedSync s(ConflictDialog::Choice::KeepMine);
    REQUIRE(s.page->noteModel()->rowCount() == 1);
    const QModelIndex text = s.page->noteModel()->index(0, MeetingNoteModel::Text);
    s.benEditsNote(QStringLiteral("Ben: students come from one campaign"));
    REQUIRE(s.page->noteModel()->setData(text, QStringLiteral("Anna: exclude students"), Qt::EditRole));
    REQUIRE(s.asked.size() == 1);
    CHECK(s.asked[0].kind == ConflictDialog::Kind::Edited);
    CHECK_FALSE(s.asked[0].actionItem);
    CHECK(s.asked[0].theirs == u"Ben: students come from one campaign");
    CHECK(s.asked[0].theirsBy == u"ben@desk");
    CHECK(s.asked[0].mine == u"Anna: exclude students");
    CHECK(s.storedNote() == u"Anna: exclude students");
    CHECK(s.page->noteModel()->note(0).text == u"Anna: exclude students"); // reloaded
    CHECK(s.page->noteModel()->note(0).version == 3);                      // 1, Ben's 2, mine 3
}

TEST_CASE("ui: conflict, keep theirs: their note stays and the page shows it") {
    SharedSync s(ConflictDialog::Choice::KeepTheirs);
    s.benEditsNote(QStringLiteral("Ben's text"));
    const QModelIndex text = s.page->noteModel()->index(0, MeetingNoteModel::Text);
    REQUIRE(s.page->noteModel()->setData(text, QStringLiteral("Anna's text"), Qt::EditRole));
    CHECK(s.asked.size() == 1);
    CHECK(s.storedNote() == u"Ben's text");
    CHECK(s.page->noteModel()->note(0).text == u"Ben's text");
}

TEST_CASE("ui: conflict, copy mine: mine goes to the clipboard, theirs stays") {
    SharedSync s(ConflictDialog::Choice::CopyMine);
    s.benEditsNote(QStringLiteral("Ben's text"));
    QGuiApplication::clipboard()->clear();
    const QModelIndex text = s.page->noteModel()->index(0, MeetingNoteModel::Text);
    REQUIRE(s.page->noteModel()->setData(text, QStringLiteral("Anna's text"), Qt::EditRole));
    CHECK(QGuiApplication::clipboard()->text() == u"Anna's text");
    CHECK(s.storedNote() == u"Ben's text");
}

TEST_CASE("ui: conflict, note deleted meanwhile: keep mine adds it again") {
    SharedSync s(ConflictDialog::Choice::KeepMine);
    const MeetingNote seen = s.page->noteModel()->note(0);
    REQUIRE(s.ben.removeNote(*s.ben.note(seen.id)).saved());
    MeetingNote mine = seen;
    mine.text = QStringLiteral("Anna's text");
    s.page->editNote(mine);
    REQUIRE(s.asked.size() == 1);
    CHECK(s.asked[0].kind == ConflictDialog::Kind::Deleted);
    REQUIRE(s.page->noteModel()->rowCount() == 1);
    CHECK(s.page->noteModel()->note(0).text == u"Anna's text");
    // A new row: SQLite may give it the deleted row's id again (the largest rowid was freed), so the
    // row's identity is not what this checks; that it is there with my text is.
}

TEST_CASE("ui: conflict, delete a note edited meanwhile: keep theirs keeps the note") {
    SharedSync s(ConflictDialog::Choice::KeepTheirs);
    const MeetingNote seen = s.page->noteModel()->note(0);
    s.benEditsNote(QStringLiteral("Ben's text"));
    s.page->removeNote(seen);
    REQUIRE(s.asked.size() == 1);
    CHECK(s.asked[0].kind == ConflictDialog::Kind::RemoveEdited);
    CHECK(s.page->noteModel()->rowCount() == 1);
}

TEST_CASE("ui: conflict, action item done toggle over an edit: keep mine marks their version done") {
    SharedSync s(ConflictDialog::Choice::KeepMine);
    REQUIRE(s.page->actionModel()->rowCount() == 1);
    ActionItem bens = *s.ben.actionItem(s.page->actionModel()->item(0).id);
    bens.text = QStringLiteral("Exclude students and interns");
    REQUIRE(s.ben.updateActionItem(bens, QStringLiteral("ben@desk")).saved());
    const QModelIndex done = s.page->actionModel()->index(0, ActionItemModel::Done);
    REQUIRE(s.page->actionModel()->setData(done, Qt::Checked, Qt::CheckStateRole));
    REQUIRE(s.asked.size() == 1);
    CHECK(s.asked[0].actionItem);
    CHECK(s.asked[0].theirs == u"Exclude students and interns (open)");
    const ActionItem stored = *s.ben.actionItem(bens.id);
    CHECK(stored.text == u"Exclude students and interns"); // their text stays
    CHECK_FALSE(stored.isOpen());                          // my toggle applied
}

TEST_CASE("ui: the conflict dialog shows both texts and its three choices") {
    ConflictDialog::Texts t;
    t.kind = ConflictDialog::Kind::Edited;
    t.theirs = QStringLiteral("Paid Social MQLs come from one student campaign; pause it.");
    t.theirsBy = QStringLiteral("anna@laptop");
    t.theirsAt = QDateTime(QDate(2026, 12, 2), QTime(9, 14));
    t.mine = QStringLiteral("Paid Social MQLs are mostly students: exclude them by job title.");
    ConflictDialog dialog(t);
    auto edits = dialog.findChildren<QPlainTextEdit*>();
    REQUIRE(edits.size() == 2);
    CHECK(edits[0]->toPlainText() == t.theirs);
    CHECK(edits[1]->toPlainText() == t.mine);
    CHECK(dialog.button(ConflictDialog::Choice::KeepMine)->text() == u"Keep mine");
    CHECK(dialog.button(ConflictDialog::Choice::KeepTheirs)->text() == u"Keep theirs");
    CHECK(dialog.button(ConflictDialog::Choice::CopyMine)->text() == u"Copy mine to clipboard and reload");
    CHECK(dialog.choice() == ConflictDialog::Choice::KeepTheirs); // closing keeps theirs
    dialog.button(ConflictDialog::Choice::KeepMine)->click();
    CHECK(dialog.choice() == ConflictDialog::Choice::KeepMine);
    CHECK(dialog.result() == QDialog::Accepted);
    // REVALIGN_CONFLICT_SCREENSHOT=FILE.png keeps a picture of it (docs).
    if (const QString shot = qEnvironmentVariable("REVALIGN_CONFLICT_SCREENSHOT"); !shot.isEmpty()) {
        dialog.resize(560, 420);
        dialog.show();
        REQUIRE(dialog.grab().save(shot));
    }
}
