#include "demo/businessclock.h"

#include "testsupport.h"

#include <QDateTime>
#include <QTimeZone>

using namespace revalign::demo;

namespace {
// Unix seconds of a Bangkok wall-clock time (UTC+7).
qint64 bangkok(int y, int m, int d, int hour, int minute = 0) {
    return QDateTime(QDate(y, m, d), QTime(hour, minute), QTimeZone(7 * 3600)).toSecsSinceEpoch();
}
} // namespace

TEST_CASE("demo calendar: day numbers, weekdays and ISO text agree with QDate") {
    const QDate epoch(1970, 1, 1);
    for (QDate d(2023, 12, 25); d <= QDate(2027, 3, 1); d = d.addDays(1)) {
        const qint64 day = daysFromDate(d);
        REQUIRE(day == epoch.daysTo(d));
        char text[10];
        formatDay(day, text);
        REQUIRE(QString::fromLatin1(text, 10) == d.toString(Qt::ISODate));
        REQUIRE(weekdayOfDay(day) == d.dayOfWeek());
        REQUIRE(monthOfDay(day) == d.month());
        REQUIRE(yearOfDay(day) == d.year());
    }
}

TEST_CASE("demo calendar: business hours skip nights, weekends and holidays (Bangkok, 09:00-17:00)") {
    const std::set<QDate> holidays{QDate(2026, 12, 25)};
    const BusinessClock clock(daysFromDate(QDate(2026, 1, 1)), daysFromDate(QDate(2027, 12, 31)), holidays);
    struct Case {
        qint64 from;
        double hours;
        qint64 expected;
    };
    const Case c = GENERATE_COPY(values<Case>({
        // Friday 16:00 + 2h: 1h on Friday, the weekend skipped, 1h on Monday -> Monday 10:00.
        {bangkok(2026, 11, 27, 16), 2.0, bangkok(2026, 11, 30, 10)},
        // Thursday 15:00 + 4h: 2h on Thursday, Christmas (Friday) and the weekend skipped -> Monday 11:00.
        {bangkok(2026, 12, 24, 15), 4.0, bangkok(2026, 12, 28, 11)},
        // Before opening: the clock starts at 09:00 -> 10:00.
        {bangkok(2026, 11, 30, 7), 1.0, bangkok(2026, 11, 30, 10)},
        // The 24-hour SLA from Monday 09:00 is three full days: Wednesday 17:00.
        {bangkok(2026, 11, 30, 9), 24.0, bangkok(2026, 12, 2, 17)},
        // Saturday evening + 30 minutes -> Monday 09:30.
        {bangkok(2026, 11, 28, 20), 0.5, bangkok(2026, 11, 30, 9, 30)},
    }));
    CHECK(clock.addBusinessHours(c.from, c.hours) == c.expected);
}

TEST_CASE("demo calendar: a business moment is at or after the time, inside business hours") {
    const BusinessClock clock(daysFromDate(QDate(2026, 1, 1)), daysFromDate(QDate(2027, 12, 31)), {});
    Random rng(5);
    for (qint64 t = bangkok(2026, 11, 27, 0); t < bangkok(2026, 12, 7, 0); t += 3 * 3600 + 17) {
        const qint64 m = clock.businessMomentFrom(t, rng);
        REQUIRE(m >= t);
        const qint64 day = BusinessClock::localDay(m);
        REQUIRE(clock.isBusinessDay(day));
        const qint64 secondOfDay = m - BusinessClock::utcAt(day, 0);
        REQUIRE(secondOfDay >= BusinessClock::kDayStart);
        REQUIRE(secondOfDay <= BusinessClock::kDayEnd);
    }
}
