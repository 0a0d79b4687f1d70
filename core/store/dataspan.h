#pragma once

#include <QDate>
#include <QString>

#include <limits>

namespace revalign {

class Database;

// Where a workspace's data begins and ends: every dated fact — contact creation, stage entries,
// handoff decisions, first sales touches, touchpoints, deal creation, the close dates of closed deals,
// campaign start and end dates. `info`, the Summary page and the filter bar's period anchor all read
// this one span, so they cannot disagree about when the data ends. Open deals' expected close dates are
// plans, not facts, and are left out (they would stretch the range into the future).
struct DataSpan {
    static constexpr qint64 kNone = std::numeric_limits<qint64>::min();
    qint64 firstInstant = kNone, lastInstant = kNone; // UTC seconds of the timed facts
    QDate firstDate, lastDate;                        // the calendar-date facts (close dates, campaigns)

    bool isEmpty() const { return firstInstant == kNone && !firstDate.isValid(); }
    // The span as local days in the workspace's time zone (an invalid zone reads as UTC). Both dates are
    // invalid when the workspace has no dated fact.
    void localDays(const QString& timeZone, QDate& from, QDate& to) const;
};

// Reads the span: one scan per table, no joins.
DataSpan readDataSpan(Database& db);

} // namespace revalign
