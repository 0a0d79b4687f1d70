#pragma once

#include "domain/settings.h"

#include <QDate>
#include <QTimeZone>

#include <vector>

namespace revalign {

// Local days and business hours of the workspace calendar, precomputed for a span of days so that
// metrics over a million contacts never convert times zone by zone (QDateTime with a QTimeZone costs
// microseconds per call). For each local day we keep when it starts in UTC and the business seconds
// before it, so "business seconds between two instants" is two lookups and a subtraction. The UTC start
// of each day comes from QTimeZone, so days of 23 or 25 hours (DST changes) are exact.
class BusinessHours final {
public:
    BusinessHours() = default;
    // Covers the local days first..last (both inclusive); instants outside are clamped to that span.
    BusinessHours(const BusinessCalendar& calendar, const QDate& first, const QDate& last);

    // Business seconds in [from, to) (0 when to <= from): overlap with each work day's open hours,
    // excluding weekends (days not in workDays) and holidays.
    qint64 secondsBetween(qint64 from, qint64 to) const;
    // The local calendar day (Julian day number) an instant falls on.
    qint64 localDay(qint64 utcSeconds) const;
    // The UTC instant the local day starts (midnight, or the first valid time on a DST-gap day).
    qint64 dayStart(const QDate& day) const;

    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_first.addDays(qint64(m_dayStart.size()) - 2); }

private:
    qint64 cumulative(qint64 utcSeconds) const; // business seconds from the span start to the instant
    qsizetype dayIndex(qint64 utcSeconds) const;

    QTimeZone m_zone;
    QDate m_first;
    std::vector<qint64> m_dayStart; // UTC start of day i; one extra entry = end of the last day
    std::vector<qint64> m_openAt;   // UTC instants business hours open / close on day i (equal: closed)
    std::vector<qint64> m_closeAt;
    std::vector<qint64> m_before; // business seconds before day i
};

} // namespace revalign
