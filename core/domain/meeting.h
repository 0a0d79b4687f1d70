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

    friend bool operator==(const ActionItem&, const ActionItem&) = default;
    bool isOpen() const { return !doneOn.isValid(); }
};

} // namespace revalign
