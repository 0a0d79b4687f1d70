#pragma once

#include "domain/meeting.h"

#include <optional>
#include <vector>

namespace revalign {

class Database;

// Weekly sync meetings with their notes and action items, kept in the workspace.
//
// Two app windows, or two people on a shared file, edit the same notes. Every change of a note or action
// item names the row version it was made from (the `version` of the copy the user saw) and is written as
// `UPDATE ... SET ..., version = version + 1 WHERE id = ? AND version = ?` (a removal: `DELETE ... AND
// version = ?`). When that changes no row, nothing is written and the result carries both texts: theirs
// as stored now (with who changed it, when) and mine, so the caller can let the user choose (ui's
// ConflictDialog) and nothing typed is lost. Keeping mine is the same change again from their version.
// `who` (user@host, currentUserIdentity()) is stored as updated_by.
class MeetingStore final {
public:
    explicit MeetingStore(Database& db)
        : m_db(db) {}

    // The meeting held on `day`, created on first use.
    Meeting meetingOn(const QDate& day, const QString& title = {});
    // The meeting held on `day`, or one with id 0: reading (the sync page on open) never creates it.
    Meeting findMeetingOn(const QDate& day);
    std::vector<Meeting> meetings();

    qint64 addNote(const MeetingNote& note, const QString& who = {});
    // Team, author and text of `mine`, from version `mine.version`.
    WriteResult<MeetingNote> updateNote(const MeetingNote& mine, const QString& who);
    // Removing a note someone edited since `mine.version` is a conflict too (their edit would go unseen).
    // A note already removed is Saved: what the caller wanted is the case, and nothing is lost.
    WriteResult<MeetingNote> removeNote(const MeetingNote& mine);
    std::vector<MeetingNote> notes(qint64 meetingId);
    std::optional<MeetingNote> note(qint64 noteId);

    qint64 addActionItem(const ActionItem& item, const QString& who = {});
    // Marks `seen` done on `doneOn` (invalid date = open again), from version `seen.version`.
    WriteResult<ActionItem> setDone(const ActionItem& seen, const QDate& doneOn, const QString& who = {});
    // Team, owner, text, due and done of `mine`, from version `mine.version`.
    WriteResult<ActionItem> updateActionItem(const ActionItem& mine, const QString& who = {});
    WriteResult<ActionItem> removeActionItem(const ActionItem& mine);
    std::optional<ActionItem> actionItem(qint64 itemId);
    // What a meeting on `day` discusses: items raised on that day, plus items raised earlier that were
    // still open on that day (not done, or done later) — "carried over until done".
    std::vector<ActionItem> actionItemsFor(const QDate& day);
    // What a report of the days from..to (inclusive) lists: items raised up to its end that were not done
    // before it began — raised in it, carried into it, or done in it. Open items first, then by raising.
    std::vector<ActionItem> actionItemsBetween(const QDate& from, const QDate& to);

private:
    Database& m_db;
};

} // namespace revalign
