#pragma once

#include "domain/enums.h"
#include "domain/settings.h"

#include <QDate>

#include <vector>

namespace revalign {

// An inclusive range of calendar days in the workspace's time zone (the CLI's --from/--to).
struct DateRange {
    QDate from;
    QDate to; // inclusive

    friend bool operator==(const DateRange&, const DateRange&) = default;
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    qint64 days() const { return isValid() ? from.daysTo(to) + 1 : 0; }
};

// Calendar arithmetic for reporting periods. Weeks start on the workspace's week start day; quarters
// follow the fiscal year (its start month from the settings); months are calendar months.
class PeriodCalendar final {
public:
    explicit PeriodCalendar(int weekStart = 1, int fiscalYearStartMonth = 1)
        : m_weekStart(weekStart)
        , m_fiscalStart(fiscalYearStartMonth) {}
    explicit PeriodCalendar(const WorkspaceSettings& s)
        : PeriodCalendar(s.weekStart, s.fiscalYearStartMonth) {}

    // The period of this kind that contains the day.
    DateRange containing(const QDate& day, PeriodKind kind) const;
    // True when the range is exactly one whole period of this kind.
    bool isWholePeriod(const DateRange& range, PeriodKind kind) const;
    // The periods of this kind overlapping the range, clipped to it (the buckets of a series).
    std::vector<DateRange> split(const DateRange& range, PeriodKind kind) const;
    // How many periods of this kind the range spans, counting a clipped period by its share of days.
    double periodCount(const DateRange& range, PeriodKind kind) const;
    // A whole period -> the period before it; any other range -> the same number of days just before.
    DateRange previous(const DateRange& range, PeriodKind kind) const;
    // The same period a year earlier: a whole week -> 52 weeks earlier (same weekdays); otherwise both
    // ends moved back one calendar year (29 February -> 28 February; a whole month/quarter stays whole).
    DateRange lastYear(const DateRange& range, PeriodKind kind) const;

private:
    int m_weekStart;
    int m_fiscalStart;
};

} // namespace revalign
