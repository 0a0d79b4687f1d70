#include "widgets/filterbar.h"

#include "testsupport.h"

#include <QSettings>
#include <QSignalSpy>

using namespace revalign;
using namespace revalign::ui;

TEST_CASE("ui: a fresh filter bar shows the last 12 months by month, all filters off") {
    QSettings().remove(QStringLiteral("filters"));
    FilterBar bar;
    bar.setChoices({QString(), QStringLiteral("CFO")}, {QStringLiteral("Events")}, {}, {},
                   WorkspaceSettings{});
    bar.setAnchor(QDate(2026, 11, 26), QDate(2026, 11, 26));
    const MetricQuery q = bar.query();
    CHECK(q.period == PeriodKind::Month);
    CHECK(q.range.from == QDate(2025, 11, 27));
    CHECK(q.range.to == QDate(2026, 11, 26));
    CHECK(q.filters.isEmpty());
}

TEST_CASE("ui: presets follow the workspace calendar and anchor on the last day with data") {
    WorkspaceSettings s; // weeks start Monday, fiscal year in January
    const QDate wed(2026, 11, 25);
    CHECK(FilterBar::presetRange(FilterBar::Preset::ThisWeek, wed, s) ==
          DateRange{QDate(2026, 11, 23), QDate(2026, 11, 29)});
    CHECK(FilterBar::presetRange(FilterBar::Preset::LastWeek, wed, s) ==
          DateRange{QDate(2026, 11, 16), QDate(2026, 11, 22)});
    CHECK(FilterBar::presetRange(FilterBar::Preset::LastMonth, wed, s) ==
          DateRange{QDate(2026, 10, 1), QDate(2026, 10, 31)});
    CHECK(FilterBar::presetRange(FilterBar::Preset::ThisQuarter, wed, s) ==
          DateRange{QDate(2026, 10, 1), QDate(2026, 12, 31)});
    CHECK(FilterBar::presetRange(FilterBar::Preset::LastQuarter, wed, s) ==
          DateRange{QDate(2026, 7, 1), QDate(2026, 9, 30)});
    CHECK(FilterBar::presetRange(FilterBar::Preset::YearToDate, wed, s) == DateRange{QDate(2026, 1, 1), wed});
    s.fiscalYearStartMonth = 4; // fiscal year from April
    CHECK(FilterBar::presetRange(FilterBar::Preset::YearToDate, QDate(2026, 2, 10), s) ==
          DateRange{QDate(2025, 4, 1), QDate(2026, 2, 10)});

    FilterBar bar;
    bar.setAnchor(QDate(2026, 11, 26), QDate(2024, 3, 31)); // an old export
    CHECK(bar.anchor() == QDate(2024, 3, 31));
}

TEST_CASE("ui: choosing a filter changes the query, is described and remembered") {
    QSettings().remove(QStringLiteral("filters"));
    {
        FilterBar bar;
        bar.setChoices({QString(), QStringLiteral("CFO")}, {QString(), QStringLiteral("Events")},
                       {QStringLiteral("Ann")}, {QStringLiteral("sales")}, WorkspaceSettings{});
        QSignalSpy changed(&bar, &FilterBar::queryChanged);
        bar.setFilter(QStringLiteral("persona"), QStringLiteral("CFO"));
        bar.setPeriod(PeriodKind::Quarter);
        CHECK(changed.count() == 2);
        CHECK(bar.query().filters.personas == QStringList{QStringLiteral("CFO")});
        CHECK(bar.describe().contains(QStringLiteral("CFO")));
        bar.setFilter(QStringLiteral("channel"), QStringLiteral("(none)"));
        CHECK(bar.query().filters.channels == QStringList{QStringLiteral("(none)")});
        bar.setFilter(QStringLiteral("channel"), QString());
    }
    FilterBar again;
    again.setChoices({QString(), QStringLiteral("CFO")}, {QStringLiteral("Events")}, {QStringLiteral("Ann")},
                     {QStringLiteral("sales")}, WorkspaceSettings{});
    CHECK(again.query().filters.personas == QStringList{QStringLiteral("CFO")});
    CHECK(again.query().period == PeriodKind::Quarter);
}
