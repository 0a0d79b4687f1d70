#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace revalign {

// One weekly sales–marketing sync. Identified by the day it was held.
struct Meeting {
    qint64 id = 0;
    QDate heldOn;
    QString title;

    friend bool operator==(const Meeting&, const Meeting&) = default;
};

// Something said in a meeting, by whom and for which team.
struct MeetingNote {
    qint64 id = 0;
    qint64 meetingId = 0;
    Team team = Team::Shared;
    QString author;
    QString text;
    QDateTime createdAt;
    // The row version an edit starts from (see MeetingStore), and who last changed the row, when.
    qint64 version = 1;
    QString updatedBy{}; // user@host; empty = not known (before row versions, or never changed)
    QDateTime updatedAt{};

    friend bool operator==(const MeetingNote&, const MeetingNote&) = default;
};

// An agreed next step. Open items are carried to every later meeting until someone marks them done.
struct ActionItem {
    qint64 id = 0;
    qint64 meetingId = 0; // the meeting that raised it
    QDate raisedOn;
    Team team = Team::Shared;
    QString owner;
    QString text;
    QDate dueOn;
    QDate doneOn; // invalid while open
    qint64 version = 1;
    QString updatedBy{};
    QDateTime updatedAt{};

    friend bool operator==(const ActionItem&, const ActionItem&) = default;
    bool isOpen() const { return !doneOn.isValid(); }
};

// What became of a change to a note or action item made from a copy read earlier (its `version`).
enum class WriteStatus {
    Saved,            // written; `stored` is the row as it is now (its version one higher)
    ChangedMeanwhile, // someone changed (or, for a removal, edited) the row since: nothing written
    DeletedMeanwhile, // someone deleted the row since: nothing written
};

// The outcome of one change: on a conflict both versions, so nothing typed is lost.
template <typename Row> struct WriteResult {
    WriteStatus status = WriteStatus::Saved;
    Row mine{};   // what this change wanted to store
    Row stored{}; // the row as stored now (theirs on ChangedMeanwhile; empty on DeletedMeanwhile)
    bool saved() const { return status == WriteStatus::Saved; }
};

} // namespace revalign
