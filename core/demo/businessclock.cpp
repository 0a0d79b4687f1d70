#include "demo/businessclock.h"

#include <algorithm>
#include <cmath>

namespace revalign::demo {

namespace {
// Howard Hinnant's days_from_civil / civil_from_days (public domain), exact for the proleptic Gregorian
// calendar.
struct Civil {
    int year;
    int month;
    int day;
};

Civil civilFromDays(qint64 z) {
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}
} // namespace

qint64 daysFromCivil(int year, int month, int day) {
    const qint64 y = year - (month <= 2);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

qint64 daysFromDate(const QDate& date) {
    return daysFromCivil(date.year(), date.month(), date.day());
}

void formatDay(qint64 day, char out[10]) {
    const Civil c = civilFromDays(day);
    const auto two = [](char* p, int v) {
        p[0] = static_cast<char>('0' + v / 10);
        p[1] = static_cast<char>('0' + v % 10);
    };
    two(out, c.year / 100);
    two(out + 2, c.year % 100);
    out[4] = '-';
    two(out + 5, c.month);
    out[7] = '-';
    two(out + 8, c.day);
}

int yearOfDay(qint64 day) {
    return civilFromDays(day).year;
}

int monthOfDay(qint64 day) {
    return civilFromDays(day).month;
}

int dayOfMonthOfDay(qint64 day) {
    return civilFromDays(day).day;
}

int weekdayOfDay(qint64 day) {
    // 1970-01-01 was a Thursday (4).
    const qint64 w = ((day + 3) % 7 + 7) % 7; // 0 = Monday
    return static_cast<int>(w) + 1;
}

BusinessClock::BusinessClock(qint64 firstDay, qint64 lastDay, const std::set<QDate>& holidays)
    : m_firstDay(firstDay)
    , m_holiday(static_cast<size_t>(std::max<qint64>(0, lastDay - firstDay + 1)), false) {
    for (const QDate& h : holidays) {
        const qint64 d = daysFromDate(h) - m_firstDay;
        if (d >= 0 && d < static_cast<qint64>(m_holiday.size()))
            m_holiday[static_cast<size_t>(d)] = true;
    }
}

bool BusinessClock::isBusinessDay(qint64 day) const {
    if (weekdayOfDay(day) > 5)
        return false;
    const qint64 i = day - m_firstDay;
    return i < 0 || i >= static_cast<qint64>(m_holiday.size()) || !m_holiday[static_cast<size_t>(i)];
}

qint64 BusinessClock::nextBusinessDay(qint64 day) const {
    do
        ++day;
    while (!isBusinessDay(day));
    return day;
}

qint64 BusinessClock::addBusinessHours(qint64 utc, double hours) const {
    qint64 remaining = std::llround(hours * 3600.0);
    qint64 day = localDay(utc);
    qint64 time = utc + kUtcOffset - day * 86400;
    if (!isBusinessDay(day) || time >= kDayEnd) {
        day = nextBusinessDay(day);
        time = kDayStart;
    }
    time = std::max(time, kDayStart);
    while (remaining > kDayEnd - time) {
        remaining -= kDayEnd - time;
        day = nextBusinessDay(day);
        time = kDayStart;
    }
    return utcAt(day, time + remaining);
}

qint64 BusinessClock::businessMomentFrom(qint64 utc, Random& rng) const {
    const qint64 day = localDay(utc);
    const qint64 time = utc + kUtcOffset - day * 86400;
    if (isBusinessDay(day) && time < kDayEnd - 600) {
        const qint64 from = std::max(time, kDayStart);
        return utcAt(day, from + static_cast<qint64>(rng.uniform() * static_cast<double>(kDayEnd - from)));
    }
    const qint64 next = nextBusinessDay(day);
    return utcAt(next,
                 kDayStart + static_cast<qint64>(rng.uniform() * static_cast<double>(kDayEnd - kDayStart)));
}

} // namespace revalign::demo
