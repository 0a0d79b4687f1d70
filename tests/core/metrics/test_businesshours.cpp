#include "metrics/businesshours.h"

#include "metricsfixture.h"

#include <QDateTime>

using namespace revalign;
using revalign::test::utc;

namespace {
qint64 local(const char* iso, const char* zone) {
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), QStringLiteral("yyyy-MM-ddTHH:mm"));
    return QDateTime(t.date(), t.time(), QTimeZone(zone)).toSecsSinceEpoch();
}
BusinessHours calendar(const char* zone, std::set<QDate> holidays = {}) {
    BusinessCalendar c; // 09:00–17:00, Monday–Friday
    c.timeZone = QString::fromLatin1(zone);
    c.holidays = std::move(holidays);
    return BusinessHours(c, QDate(2023, 12, 1), QDate(2024, 12, 31));
}
} // namespace

TEST_CASE("business hours: within one day, and outside opening hours") {
    const BusinessHours h = calendar("UTC");
    // Tue 2024-01-02 10:00 -> 13:30 = 3.5 h.
    CHECK(h.secondsBetween(utc("2024-01-02T10:00"), utc("2024-01-02T13:30")) == 3 * 3600 + 1800);
    // 07:00 -> 08:30 before opening = 0; 16:00 -> 20:00 = 1 h (closes at 17:00).
    CHECK(h.secondsBetween(utc("2024-01-02T07:00"), utc("2024-01-02T08:30")) == 0);
    CHECK(h.secondsBetween(utc("2024-01-02T16:00"), utc("2024-01-02T20:00")) == 3600);
    CHECK(h.secondsBetween(utc("2024-01-02T16:00"), utc("2024-01-02T10:00")) == 0); // reversed: 0
}

TEST_CASE("business hours: across a weekend and a holiday") {
    // Fri 2024-01-12 16:00 -> Tue 2024-01-16 10:00. Fri 16–17 = 1 h; Sat, Sun = 0; Mon 15 Jan is a
    // holiday = 0; Tue 9–10 = 1 h. Total 2 h. Without the holiday Monday adds 8 h: 10 h.
    const qint64 from = utc("2024-01-12T16:00");
    const qint64 to = utc("2024-01-16T10:00");
    CHECK(calendar("UTC", {QDate(2024, 1, 15)}).secondsBetween(from, to) == 2 * 3600);
    CHECK(calendar("UTC").secondsBetween(from, to) == 10 * 3600);
}

TEST_CASE("business hours: a leap day is a working day") {
    // Wed 2024-02-28 16:00 -> Fri 2024-03-01 10:00: Wed 1 h + Thu 29 Feb 8 h + Fri 1 h = 10 h.
    CHECK(calendar("UTC").secondsBetween(utc("2024-02-28T16:00"), utc("2024-03-01T10:00")) == 10 * 3600);
}

TEST_CASE("business hours: counted in the workspace's time zone") {
    // Bangkok is UTC+7. 01:00Z = 08:00 local (closed), 03:00Z = 10:00 local: 1 business hour (09–10).
    const BusinessHours bangkok = calendar("Asia/Bangkok");
    CHECK(bangkok.secondsBetween(utc("2024-02-01T01:00"), utc("2024-02-01T03:00")) == 3600);
    // The same instants in UTC are both before opening: 0.
    CHECK(calendar("UTC").secondsBetween(utc("2024-02-01T01:00"), utc("2024-02-01T03:00")) == 0);
    // 2024-01-31 20:00Z is already 1 February in Bangkok.
    CHECK(bangkok.localDay(utc("2024-01-31T20:00")) == QDate(2024, 2, 1).toJulianDay());
}

TEST_CASE("business hours: across a daylight-saving change") {
    // Berlin moves to summer time on Sun 2024-03-31. Fri 29 Mar 16:00 CET -> Mon 1 Apr 10:00 CEST is
    // Fri 1 h + Mon 1 h = 2 h. Wall clock: Fri 16:00 -> Mon 10:00 = 2 days 18 h = 66 h, but the clock
    // jumped an hour forward, so 65 real hours passed.
    const BusinessHours berlin = calendar("Europe/Berlin");
    const qint64 from = local("2024-03-29T16:00", "Europe/Berlin");
    const qint64 to = local("2024-04-01T10:00", "Europe/Berlin");
    CHECK(to - from == 65 * 3600);
    CHECK(berlin.secondsBetween(from, to) == 2 * 3600);
    // A whole working day after the change still has 8 business hours.
    CHECK(berlin.secondsBetween(local("2024-04-01T00:00", "Europe/Berlin"),
                                local("2024-04-02T00:00", "Europe/Berlin")) == 8 * 3600);
}
