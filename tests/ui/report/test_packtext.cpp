#include "report/packbuilder.h"
#include "report/packtext.h"

#include "testsupport.h"

#include <QDateTime>
#include <QLocale>

using namespace revalign;
using namespace revalign::ui::report;

namespace {
PackPeriod week(const QDate& from) {
    PackPeriod p;
    p.range = {from, from.addDays(6)};
    p.kind = PeriodKind::Week;
    p.wholePeriod = true;
    p.previous = {from.addDays(-7), from.addDays(-1)};
    return p;
}

KpiValue kpi(const char* key, const char* name, KpiUnit unit, std::optional<double> value,
             std::optional<double> previous = {}, std::optional<double> target = {},
             KpiDirection direction = KpiDirection::HigherIsBetter) {
    KpiValue k;
    k.key = QString::fromLatin1(key);
    k.name = QString::fromLatin1(name);
    k.unit = unit;
    k.value = value;
    k.previous = previous;
    k.target = target;
    k.direction = direction;
    return k;
}
} // namespace

TEST_CASE("ui: the pack writes periods out in full, with four-digit years") {
    struct Case {
        DateRange range;
        const char* expected;
    };
    const Case c =
        GENERATE(Case{{QDate(2026, 11, 16), QDate(2026, 11, 22)}, "16–22 November 2026"},
                 Case{{QDate(2026, 11, 30), QDate(2026, 12, 6)}, "30 November – 6 December 2026"},
                 Case{{QDate(2026, 12, 28), QDate(2027, 1, 3)}, "28 December 2026 – 3 January 2027"},
                 Case{{QDate(2026, 11, 16), QDate(2026, 11, 16)}, "16 November 2026"});
    CHECK(dayRange(c.range) == QString::fromUtf8(c.expected));

    CHECK(periodTitle(week(QDate(2026, 11, 16))) == QStringLiteral("Week of 16–22 November 2026"));
    CHECK(previousPhrase(week(QDate(2026, 11, 16))) == QStringLiteral("the week of 9–15 November 2026"));
    PackPeriod month;
    month.range = {QDate(2026, 11, 1), QDate(2026, 11, 30)};
    month.kind = PeriodKind::Month;
    month.wholePeriod = true;
    month.previous = {QDate(2026, 10, 1), QDate(2026, 10, 31)};
    CHECK(periodTitle(month) == QStringLiteral("November 2026"));
    CHECK(previousPhrase(month) == QStringLiteral("October 2026"));
    PackPeriod custom = week(QDate(2026, 11, 18)); // Wednesday to Tuesday: not a calendar week
    custom.wholePeriod = false;
    CHECK(periodTitle(custom) == QStringLiteral("18–24 November 2026"));
    CHECK(previousPhrase(custom) == QStringLiteral("the 7 days before"));

    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Thai, QLocale::Thailand));
    const QString thai = dayRange({QDate(2026, 11, 16), QDate(2026, 11, 22)});
    QLocale::setDefault(before);
    CHECK(thai == QStringLiteral("16–22 พฤศจิกายน 2026")); // Gregorian, as everywhere in RevAlign
}

TEST_CASE("ui: the pack's period: a whole week, month or quarter is that, other ranges by their length") {
    FactTable f;
    f.hours = BusinessHours(f.settings.calendar, QDate(2026, 1, 1), QDate(2026, 12, 31));
    f.dataFrom = QDate(2026, 1, 5);
    f.asOf = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC).toSecsSinceEpoch(); // a Thursday
    // No range: the latest complete week (Thursday's data gives the week before).
    const PackPeriod latest = resolvePeriod(f, {});
    CHECK(latest.range == DateRange{QDate(2026, 11, 16), QDate(2026, 11, 22)});
    CHECK(latest.kind == PeriodKind::Week);
    CHECK(latest.wholePeriod);
    CHECK_FALSE(latest.partial());
    CHECK(latest.previous == DateRange{QDate(2026, 11, 9), QDate(2026, 11, 15)});
    // This week so far runs past the latest record: partial, covering Monday to Thursday.
    const PackPeriod thisWeek = resolvePeriod(f, {QDate(2026, 11, 23), QDate(2026, 11, 29)});
    CHECK(thisWeek.partial());
    CHECK(thisWeek.covered() == DateRange{QDate(2026, 11, 23), QDate(2026, 11, 26)});
    struct Case {
        DateRange range;
        PeriodKind kind;
        bool whole;
    };
    const Case c =
        GENERATE(Case{{QDate(2026, 10, 1), QDate(2026, 10, 31)}, PeriodKind::Month, true},
                 Case{{QDate(2026, 7, 1), QDate(2026, 9, 30)}, PeriodKind::Quarter, true},
                 Case{{QDate(2026, 11, 11), QDate(2026, 11, 20)}, PeriodKind::Week, false},  // 10 days
                 Case{{QDate(2026, 9, 1), QDate(2026, 10, 10)}, PeriodKind::Month, false},   // 40 days
                 Case{{QDate(2026, 1, 5), QDate(2026, 8, 31)}, PeriodKind::Quarter, false}); // 239 days
    const PackPeriod p = resolvePeriod(f, c.range);
    CHECK(p.kind == c.kind);
    CHECK(p.wholePeriod == c.whole);
}

TEST_CASE("ui: a KPI's status in words, and n/a with its reason") {
    const PackPeriod p = week(QDate(2026, 11, 16));
    // 90 of a 100 target: (100 − 90) ÷ 100 = 10.0% short.
    CHECK(kpiStatus(kpi("mqls", "MQLs", KpiUnit::Count, 90, {}, 100), p).words ==
          QStringLiteral("Below target by 10.0%"));
    // Cost 130 against at most 200: (200 − 130) ÷ 200 = 35.0% better.
    CHECK(
        kpiStatus(
            kpi("cost_per_mql", "Cost per MQL", KpiUnit::Money, 130, {}, 200, KpiDirection::LowerIsBetter), p)
            .words == QStringLiteral("On target, 35.0% better"));
    // 250 against at most 200: 50 ÷ 200 = 25.0% over.
    CHECK(
        kpiStatus(
            kpi("cost_per_mql", "Cost per MQL", KpiUnit::Money, 250, {}, 200, KpiDirection::LowerIsBetter), p)
            .words == QStringLiteral("Above target by 25.0% (lower is better)"));
    // Ratios gap in points: 54.9% − 50.0% = 4.9 pts.
    CHECK(kpiStatus(kpi("mql_acceptance_rate", "MQL acceptance rate", KpiUnit::Ratio, 0.549, {}, 0.5), p)
              .words == QStringLiteral("On target, 4.9 pts better"));
    // Pipeline coverage is a multiple: 3.3× against 3.0× is 10.0% better, not "30 pts".
    CHECK(kpiStatus(kpi("pipeline_coverage", "Pipeline coverage", KpiUnit::Ratio, 3.3, {}, 3.0), p).words ==
          QStringLiteral("On target, 10.0% better"));
    CHECK(kpiStatus(kpi("sqls", "SQLs", KpiUnit::Count, 37), p).words == QStringLiteral("No agreed target"));
    CHECK(kpiStatus(kpi("win_rate", "Win rate", KpiUnit::Ratio, std::nullopt, {}, 0.25), p).words ==
          QStringLiteral("Cannot be computed"));
    // A partial week's counts are short of a whole week's target, and the status says so.
    PackPeriod partial = p;
    partial.dataTo = QDate(2026, 11, 19);
    CHECK(kpiStatus(kpi("mqls", "MQLs", KpiUnit::Count, 90, {}, 100), partial).words ==
          QStringLiteral("Below target by 10.0% (partial period)"));

    KpiValue unsupported = kpi("mql_acceptance_rate", "MQL acceptance rate", KpiUnit::Ratio, std::nullopt);
    CHECK(kpiValueText(unsupported, QStringLiteral("USD")) == QStringLiteral("n/a"));
    unsupported.reason = QStringLiteral("no handoff decisions in this workspace");
    CHECK(kpiValueText(unsupported, QStringLiteral("USD")) ==
          QStringLiteral("n/a — no handoff decisions in this workspace"));
}

TEST_CASE("ui: what changed most is ranked by the size of the change relative to before") {
    const PackPeriod p = week(QDate(2026, 11, 16));
    const std::vector<KpiValue> kpis{
        kpi("leads_created", "Leads created", KpiUnit::Count, 120, 100),         // +20%: 0.20
        kpi("win_rate", "Win rate", KpiUnit::Ratio, 0.30, 0.40),                 // −25%: 0.25
        kpi("bookings", "Bookings", KpiUnit::Money, 50000, 40000),               // +25%: 0.25
        kpi("won_small", "Won deals", KpiUnit::Count, 3, 1),                     // under 10: left out
        kpi("sqls", "SQLs", KpiUnit::Count, 12, 0),                              // from 0: left out
        kpi("mqls", "MQLs", KpiUnit::Count, 80, 80),                             // no change
        kpi("pipeline_coverage", "Pipeline coverage", KpiUnit::Ratio, 3.0, 2.0), // +50%: 0.50
        kpi("cost_per_mql", "Cost per MQL", KpiUnit::Money, 150, 100, {},
            KpiDirection::LowerIsBetter)}; // +50%
    const std::vector<ChangeSentence> top = biggestChanges(kpis, QStringLiteral("USD"), p, 3);
    REQUIRE(top.size() == 3);
    // Ties keep the registry order: coverage before cost per MQL, win rate before bookings.
    CHECK(
        top[0].text ==
        QStringLiteral("Pipeline coverage rose 50.0% to 3.0×, from 2.0× in the week of 9–15 November 2026."));
    CHECK(top[0].good);
    CHECK(top[1].text ==
          QStringLiteral("Cost per MQL rose 50.0% to $150, from $100 in the week of 9–15 November 2026."));
    CHECK_FALSE(top[1].good); // lower is better
    CHECK(top[2].text ==
          QStringLiteral("Win rate fell 10.0 pts to 30.0%, from 40.0% in the week of 9–15 November 2026."));
    CHECK_FALSE(top[2].good);
    CHECK(biggestChanges(kpis, QStringLiteral("USD"), p, 10).size() == 5);
    CHECK(biggestChanges({}, QStringLiteral("USD"), p, 3).empty());
}
