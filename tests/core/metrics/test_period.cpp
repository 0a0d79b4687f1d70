#include "metrics/period.h"

#include "testsupport.h"

using namespace revalign;

namespace {
QDate d(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}
DateRange r(const char* from, const char* to) {
    return {d(from), d(to)};
}
} // namespace

TEST_CASE("period: weeks follow the workspace's week start") {
    // 2024-01-03 is a Wednesday. Monday start -> Mon 1 Jan .. Sun 7 Jan; Sunday start -> Sun 31 Dec .. Sat 6
    // Jan.
    CHECK(PeriodCalendar(1, 1).containing(d("2024-01-03"), PeriodKind::Week) ==
          r("2024-01-01", "2024-01-07"));
    CHECK(PeriodCalendar(7, 1).containing(d("2024-01-03"), PeriodKind::Week) ==
          r("2023-12-31", "2024-01-06"));
}

TEST_CASE("period: months and fiscal quarters") {
    const PeriodCalendar calendar(1, 4); // fiscal year starts in April: Q1 = Apr–Jun, Q4 = Jan–Mar
    CHECK(calendar.containing(d("2024-02-29"), PeriodKind::Month) == r("2024-02-01", "2024-02-29"));
    CHECK(calendar.containing(d("2024-02-29"), PeriodKind::Quarter) == r("2024-01-01", "2024-03-31"));
    CHECK(calendar.containing(d("2024-05-10"), PeriodKind::Quarter) == r("2024-04-01", "2024-06-30"));
    CHECK(calendar.containing(d("2024-12-31"), PeriodKind::Quarter) == r("2024-10-01", "2024-12-31"));
    // Calendar quarters when the fiscal year starts in January.
    CHECK(PeriodCalendar(1, 1).containing(d("2024-08-15"), PeriodKind::Quarter) ==
          r("2024-07-01", "2024-09-30"));
}

TEST_CASE("period: previous equal period") {
    const PeriodCalendar calendar;
    // A whole month -> the month before (even when it has fewer days): March 2024 -> February 2024 (29 days).
    CHECK(calendar.previous(r("2024-03-01", "2024-03-31"), PeriodKind::Month) ==
          r("2024-02-01", "2024-02-29"));
    // Any other range -> the same number of days just before: 10 days 2024-03-05..14 -> 2024-02-24..03-04
    // (February 2024 has 29 days: 24,25,26,27,28,29, 1,2,3,4 = 10 days).
    CHECK(calendar.previous(r("2024-03-05", "2024-03-14"), PeriodKind::Month) ==
          r("2024-02-24", "2024-03-04"));
    CHECK(calendar.previous(r("2024-01-01", "2024-01-07"), PeriodKind::Week) ==
          r("2023-12-25", "2023-12-31"));
}

TEST_CASE("period: same period last year, including a leap day") {
    const PeriodCalendar calendar;
    // February 2024 (leap) -> February 2023 (28 days).
    CHECK(calendar.lastYear(r("2024-02-01", "2024-02-29"), PeriodKind::Month) ==
          r("2023-02-01", "2023-02-28"));
    // A free range ending on the leap day: 29 Feb has no twin, Qt's addYears(-1) gives 28 Feb.
    CHECK(calendar.lastYear(r("2024-02-20", "2024-02-29"), PeriodKind::Month) ==
          r("2023-02-20", "2023-02-28"));
    // A whole week -> 52 weeks (364 days) earlier, so weekdays line up: Mon 2024-01-01 -> Mon 2023-01-02.
    CHECK(calendar.lastYear(r("2024-01-01", "2024-01-07"), PeriodKind::Week) ==
          r("2023-01-02", "2023-01-08"));
}

TEST_CASE("period: split and count periods in a range") {
    const PeriodCalendar calendar;
    const auto parts = calendar.split(r("2024-01-30", "2024-03-02"), PeriodKind::Month);
    REQUIRE(parts.size() == 3);
    CHECK(parts[0] == r("2024-01-30", "2024-01-31"));
    CHECK(parts[1] == r("2024-02-01", "2024-02-29"));
    CHECK(parts[2] == r("2024-03-01", "2024-03-02"));
    // 2/31 of January + all of February + 2/31 of March = 1 + 4/31.
    CHECK(calendar.periodCount(r("2024-01-30", "2024-03-02"), PeriodKind::Month) == Approx(1.0 + 4.0 / 31.0));
    CHECK(calendar.isWholePeriod(r("2024-02-01", "2024-02-29"), PeriodKind::Month));
    CHECK_FALSE(calendar.isWholePeriod(r("2024-02-01", "2024-02-28"), PeriodKind::Month));
}
