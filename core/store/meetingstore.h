#pragma once

#include "domain/meeting.h"

#include <vector>

namespace revalign {

class Database;

// Weekly sync meetings with their notes and action items, kept in the workspace.
class MeetingStore final {
public:
    explicit MeetingStore(Database& db)
        : m_db(db) {}

    // The meeting held on `day`, created on first use.
    Meeting meetingOn(const QDate& day, const QString& title = {});
    std::vector<Meeting> meetings();

    qint64 addNote(const MeetingNote& note);
    void removeNote(qint64 noteId);
    std::vector<MeetingNote> notes(qint64 meetingId);

    qint64 addActionItem(const ActionItem& item);
    void setDone(qint64 itemId, const QDate& doneOn); // invalid date = open again
    void updateActionItem(const ActionItem& item);
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
