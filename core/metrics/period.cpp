#include "metrics/period.h"

namespace revalign {

DateRange PeriodCalendar::containing(const QDate& day, PeriodKind kind) const {
    switch (kind) {
    case PeriodKind::Week: {
        const int back = (day.dayOfWeek() - m_weekStart + 7) % 7;
        const QDate start = day.addDays(-back);
        return {start, start.addDays(6)};
    }
    case PeriodKind::Month: {
        const QDate start(day.year(), day.month(), 1);
        return {start, start.addMonths(1).addDays(-1)};
    }
    case PeriodKind::Quarter: {
        // Months since the fiscal year started, rounded down to a multiple of three.
        const int offset = ((day.month() - m_fiscalStart + 12) % 12) / 3 * 3;
        const QDate month(day.year(), day.month(), 1);
        const QDate start = month.addMonths(-((day.month() - m_fiscalStart + 12) % 12 - offset));
        return {start, start.addMonths(3).addDays(-1)};
    }
    }
    return {day, day};
}

bool PeriodCalendar::isWholePeriod(const DateRange& range, PeriodKind kind) const {
    return range.isValid() && containing(range.from, kind) == range;
}

std::vector<DateRange> PeriodCalendar::split(const DateRange& range, PeriodKind kind) const {
    std::vector<DateRange> out;
    if (!range.isValid())
        return out;
    for (QDate day = range.from; day <= range.to;) {
        const DateRange whole = containing(day, kind);
        out.push_back({day, std::min(whole.to, range.to)});
        day = whole.to.addDays(1);
    }
    return out;
}

double PeriodCalendar::periodCount(const DateRange& range, PeriodKind kind) const {
    double n = 0;
    for (const DateRange& part : split(range, kind))
        n += double(part.days()) / double(containing(part.from, kind).days());
    return n;
}

DateRange PeriodCalendar::previous(const DateRange& range, PeriodKind kind) const {
    if (isWholePeriod(range, kind))
        return containing(range.from.addDays(-1), kind);
    return {range.from.addDays(-range.days()), range.from.addDays(-1)};
}

DateRange PeriodCalendar::lastYear(const DateRange& range, PeriodKind kind) const {
    if (kind == PeriodKind::Week && isWholePeriod(range, kind))
        return {range.from.addDays(-364), range.to.addDays(-364)};
    if (isWholePeriod(range, kind))
        return containing(range.from.addYears(-1), kind);
    return {range.from.addYears(-1), range.to.addYears(-1)};
}

} // namespace revalign
