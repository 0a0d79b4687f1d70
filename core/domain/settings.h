#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <set>

namespace revalign {

// The calendar sales SLAs are measured in: business hours on business days, minus holidays, in the
// workspace's time zone.
struct BusinessCalendar {
    QString timeZone = QStringLiteral("UTC"); // IANA id
    QTime dayStart = QTime(9, 0);
    QTime dayEnd = QTime(17, 0);
    std::set<int> workDays{1, 2, 3, 4, 5}; // Qt::DayOfWeek, Monday = 1
    std::set<QDate> holidays;

    friend bool operator==(const BusinessCalendar&, const BusinessCalendar&) = default;
};

struct WorkspaceSettings {
    QString name = QStringLiteral("RevAlign workspace");
    QString currency = QStringLiteral("USD");
    int fiscalYearStartMonth = 1; // 1..12
    int weekStart = 1;            // Qt::DayOfWeek
    BusinessCalendar calendar;

    friend bool operator==(const WorkspaceSettings&, const WorkspaceSettings&) = default;
};

} // namespace revalign
