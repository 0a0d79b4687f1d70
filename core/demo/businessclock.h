#pragma once

#include "demo/random.h"

#include <QDate>

#include <set>
#include <vector>

namespace revalign::demo {

// Days since 1970-01-01 <-> civil dates without QDate, for the per-row hot path.
qint64 daysFromCivil(int year, int month, int day);
qint64 daysFromDate(const QDate& date);
// Writes "YYYY-MM-DD" (10 chars) for a day number.
void formatDay(qint64 day, char out[10]);
int yearOfDay(qint64 day);
int monthOfDay(qint64 day);      // 1..12
int dayOfMonthOfDay(qint64 day); // 1..31
int weekdayOfDay(qint64 day);    // Monday = 1 ... Sunday = 7 (Qt::DayOfWeek)

// The sales team's working time in the workspace calendar: 09:00-17:00 Monday to Friday in Bangkok
// (UTC+7 all year: Thailand has no daylight saving time, so a fixed offset is exact), minus holidays.
// Times are Unix seconds UTC.
class BusinessClock final {
public:
    static constexpr qint64 kUtcOffset = 7 * 3600;
    static constexpr qint64 kDayStart = 9 * 3600;
    static constexpr qint64 kDayEnd = 17 * 3600;

    BusinessClock(qint64 firstDay, qint64 lastDay, const std::set<QDate>& holidays);

    // Local calendar day of a UTC time.
    static qint64 localDay(qint64 utc) { return floorDiv(utc + kUtcOffset, 86400); }
    // UTC time of a local day + seconds after local midnight.
    static qint64 utcAt(qint64 day, qint64 secondsOfDay) { return day * 86400 + secondsOfDay - kUtcOffset; }

    bool isBusinessDay(qint64 day) const;
    // `hours` business hours after `utc` (which need not be in business hours itself).
    qint64 addBusinessHours(qint64 utc, double hours) const;
    // A random moment in business hours at or after `utc`, on the same business day when possible.
    qint64 businessMomentFrom(qint64 utc, Random& rng) const;

private:
    static qint64 floorDiv(qint64 a, qint64 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
    qint64 nextBusinessDay(qint64 day) const;

    qint64 m_firstDay;
    std::vector<bool> m_holiday; // indexed from m_firstDay
};

} // namespace revalign::demo
