#include "metrics/businesshours.h"

#include <QDateTime>

#include <algorithm>

namespace revalign {

namespace {
qint64 utcOf(const QDate& day, const QTime& time, const QTimeZone& zone) {
    // In a DST gap Qt moves the time forward past the gap, which is what a business clock does too.
    return QDateTime(day, time, zone).toSecsSinceEpoch();
}
} // namespace

BusinessHours::BusinessHours(const BusinessCalendar& calendar, const QDate& first, const QDate& last)
    : m_zone(calendar.timeZone.toUtf8())
    , m_first(first) {
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    const qint64 n = std::max<qint64>(first.daysTo(last) + 1, 1);
    m_dayStart.reserve(n + 1);
    m_openAt.reserve(n);
    m_closeAt.reserve(n);
    m_before.reserve(n + 1);
    qint64 total = 0;
    for (qint64 i = 0; i <= n; ++i) {
        const QDate day = first.addDays(i);
        m_dayStart.push_back(utcOf(day, QTime(0, 0), m_zone));
        m_before.push_back(total);
        if (i == n)
            break;
        const bool open = calendar.workDays.count(day.dayOfWeek()) != 0 &&
                          calendar.holidays.count(day) == 0 && calendar.dayStart < calendar.dayEnd;
        const qint64 openAt = open ? utcOf(day, calendar.dayStart, m_zone) : 0;
        const qint64 closeAt = open ? utcOf(day, calendar.dayEnd, m_zone) : 0;
        m_openAt.push_back(openAt);
        m_closeAt.push_back(closeAt);
        total += closeAt - openAt;
    }
}

qsizetype BusinessHours::dayIndex(qint64 t) const {
    // The last day whose start is <= t, clamped into the span. Days are 23–25 hours long, so dividing by
    // 24 h lands within a step of the answer; a binary search per call cost more than the whole pass.
    const qsizetype last = qsizetype(m_dayStart.size()) - 2;
    qsizetype i =
        std::clamp<qsizetype>(qsizetype((t - m_dayStart.front()) / 86400), 0, std::max<qsizetype>(last, 0));
    while (i < last && m_dayStart[size_t(i) + 1] <= t)
        ++i;
    while (i > 0 && m_dayStart[size_t(i)] > t)
        --i;
    return i;
}

qint64 BusinessHours::cumulative(qint64 t) const {
    if (m_openAt.empty())
        return 0;
    if (t <= m_dayStart.front())
        return 0;
    if (t >= m_dayStart.back())
        return m_before.back();
    const qsizetype i = dayIndex(t);
    return m_before[i] + std::clamp(t, m_openAt[i], m_closeAt[i]) - m_openAt[i];
}

qint64 BusinessHours::secondsBetween(qint64 from, qint64 to) const {
    return to <= from ? 0 : cumulative(to) - cumulative(from);
}

qint64 BusinessHours::localDay(qint64 t) const {
    if (m_dayStart.size() < 2 || t < m_dayStart.front() || t >= m_dayStart.back())
        return QDateTime::fromSecsSinceEpoch(t, m_zone.isValid() ? m_zone : QTimeZone::utc())
            .date()
            .toJulianDay();
    return m_first.toJulianDay() + dayIndex(t);
}

qint64 BusinessHours::dayStart(const QDate& day) const {
    const qint64 i = m_first.isValid() ? m_first.daysTo(day) : -1;
    if (i >= 0 && i < qint64(m_dayStart.size()))
        return m_dayStart[i];
    return utcOf(day, QTime(0, 0), m_zone.isValid() ? m_zone : QTimeZone::utc());
}

} // namespace revalign
