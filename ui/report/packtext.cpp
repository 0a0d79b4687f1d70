#include "report/packtext.h"

#include "kpiformat.h"
#include "report/packstyle.h"
#include "report/packtr.h"
#include "uitext.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace revalign::ui::report {

namespace {
bool finite(const std::optional<double>& v) {
    return v && std::isfinite(*v);
}

// Counts and amounts add up over the days of a period, so a partial period's total is short of a whole
// period's target; ratios, medians and rates are not.
bool additive(KpiUnit unit) {
    return unit == KpiUnit::Count || unit == KpiUnit::Money;
}

// Pipeline coverage is stored as a ratio but read as a multiple ("3.2×"): its moves are relative, not
// points (a move from 2× to 3× is not "100 pts").
bool isMultiple(const QString& key) {
    return key == u"pipeline_coverage";
}

// The relative or point gap between two values: "18.2%" / "4.1 pts".
QString gapText(double value, double reference, KpiUnit unit, const QString& key) {
    const QLocale l;
    if (unit == KpiUnit::Ratio && !isMultiple(key))
        return QCoreApplication::translate("KpiFormat", "%1 pts")
            .arg(l.toString(std::abs(value - reference) * 100.0, 'f', 1));
    if (reference == 0)
        return {};
    return l.toString(std::abs((value - reference) / reference) * 100.0, 'f', 1) + u'%';
}
} // namespace

QString longDate(const QDate& day) {
    return QLocale().toString(day, QStringLiteral("d MMMM yyyy"));
}

QString dayRange(const DateRange& r) {
    const QLocale l;
    if (!r.isValid())
        return Pack::tr("no dates");
    if (r.from == r.to)
        return longDate(r.from);
    if (r.from.year() == r.to.year() && r.from.month() == r.to.month())
        return l.toString(r.from, QStringLiteral("d")) + u'–' +
               l.toString(r.to, QStringLiteral("d MMMM yyyy"));
    if (r.from.year() == r.to.year())
        return l.toString(r.from, QStringLiteral("d MMMM")) + QStringLiteral(" – ") + longDate(r.to);
    return longDate(r.from) + QStringLiteral(" – ") + longDate(r.to);
}

QString periodTitle(const PackPeriod& p) {
    if (!p.wholePeriod)
        return dayRange(p.range);
    switch (p.kind) {
    case PeriodKind::Week:
        return Pack::tr("Week of %1").arg(dayRange(p.range));
    case PeriodKind::Month:
        return QLocale().toString(p.range.from, QStringLiteral("MMMM yyyy"));
    case PeriodKind::Quarter:
        return Pack::tr("Quarter of %1").arg(dayRange(p.range));
    }
    return dayRange(p.range);
}

namespace {
// A whole week, month or quarter inside a sentence.
QString wholePeriodPhrase(const DateRange& r, PeriodKind kind) {
    switch (kind) {
    case PeriodKind::Week:
        return Pack::tr("the week of %1").arg(dayRange(r));
    case PeriodKind::Month:
        return QLocale().toString(r.from, QStringLiteral("MMMM yyyy"));
    case PeriodKind::Quarter:
        return Pack::tr("the quarter of %1").arg(dayRange(r));
    }
    return dayRange(r);
}
} // namespace

QString previousPhrase(const PackPeriod& p) {
    return p.wholePeriod ? wholePeriodPhrase(p.previous, p.kind)
                         : Pack::tr("the %n days before", "", int(p.range.days()));
}

QString periodPhrase(const PackPeriod& p) {
    return p.wholePeriod ? wholePeriodPhrase(p.range, p.kind) : dayRange(p.range);
}

QString periodColumn(const PackPeriod& p) {
    if (!p.wholePeriod)
        return Pack::tr("This period");
    switch (p.kind) {
    case PeriodKind::Week:
        return Pack::tr("This week");
    case PeriodKind::Month:
        return Pack::tr("This month");
    case PeriodKind::Quarter:
        return Pack::tr("This quarter");
    }
    return Pack::tr("This period");
}

QString bucketLabel(const DateRange& b, PeriodKind kind, bool withYear) {
    const QLocale l;
    switch (kind) {
    case PeriodKind::Week:
        return l.toString(b.from, withYear ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM"));
    case PeriodKind::Month:
        return l.toString(b.from, withYear ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM"));
    case PeriodKind::Quarter:
        return l.toString(b.from, QStringLiteral("MMM")) + u'–' +
               l.toString(b.to, withYear ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM"));
    }
    return {};
}

QString kpiName(const KpiValue& k) {
    return builtinText("KpiDefinition", k.name);
}

QString kpiName(const KpiDefinition& k) {
    return builtinText("KpiDefinition", k.name);
}

QString kpiValueText(const KpiValue& k, const QString& currency) {
    if (finite(k.value))
        return formatKpiValue(k.key, k.value, k.unit, currency);
    const QString na = QCoreApplication::translate("KpiFormat", "n/a");
    return k.reason.isEmpty() ? na : Pack::tr("%1 — %2").arg(na, k.reason);
}

QString kpiTargetText(const KpiValue& k, const QString& currency) {
    return finite(k.target) ? formatKpiValue(k.key, k.target, k.unit, currency) : QStringLiteral("—");
}

QString kpiChangeText(const KpiValue& k) {
    if (!isMultiple(k.key))
        return formatChange(k.value, k.previous, k.unit);
    return formatChange(k.value, k.previous, KpiUnit::Count); // relative, like a count
}

KpiStatus kpiStatus(const KpiValue& k, const PackPeriod& period) {
    if (!finite(k.value))
        return {Pack::tr("Cannot be computed"), colour::muted};
    if (!finite(k.target))
        return {Pack::tr("No agreed target"), colour::muted};
    const double v = *k.value, t = *k.target;
    const bool higher = k.direction == KpiDirection::HigherIsBetter;
    const bool met = higher ? v >= t : v <= t;
    KpiStatus s;
    const QString gap = gapText(v, t, k.unit, k.key);
    if (met)
        s = {gap.isEmpty() || v == t ? Pack::tr("On target") : Pack::tr("On target, %1 better").arg(gap),
             colour::good};
    else if (higher)
        s = {gap.isEmpty() ? Pack::tr("Below target") : Pack::tr("Below target by %1").arg(gap), colour::bad};
    else
        s = {gap.isEmpty() ? Pack::tr("Above target (lower is better)")
                           : Pack::tr("Above target by %1 (lower is better)").arg(gap),
             colour::bad};
    if (period.partial() && additive(k.unit))
        s.words += u' ' + Pack::tr("(partial period)");
    return s;
}

// Ranked by the size of the change relative to the previous value (a ratio moving from 40% to 30% has
// moved by a quarter, as a count from 400 to 300). Left out: KPIs without both values, a previous value
// of zero (no relative change), no change at all, and counts below 10 on both sides, whose relative
// changes are noise ("1 won deal became 2: +100%"). Ties keep the registry order.
std::vector<ChangeSentence> biggestChanges(const std::vector<KpiValue>& kpis, const QString& currency,
                                           const PackPeriod& period, int count) {
    struct Candidate {
        const KpiValue* kpi;
        double score;
    };
    std::vector<Candidate> candidates;
    for (const KpiValue& k : kpis) {
        if (!finite(k.value) || !finite(k.previous) || *k.previous == 0 || *k.value == *k.previous)
            continue;
        if (k.unit == KpiUnit::Count && std::max(std::abs(*k.value), std::abs(*k.previous)) < 10)
            continue;
        candidates.push_back({&k, std::abs((*k.value - *k.previous) / *k.previous)});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    std::vector<ChangeSentence> out;
    const QString before = previousPhrase(period);
    for (const Candidate& c : candidates) {
        if (int(out.size()) >= count)
            break;
        const KpiValue& k = *c.kpi;
        const bool rose = *k.value > *k.previous;
        const QString now = formatKpiValue(k.key, k.value, k.unit, currency);
        const QString then = formatKpiValue(k.key, k.previous, k.unit, currency);
        const QString by = gapText(*k.value, *k.previous, k.unit, k.key);
        const QString text = rose ? Pack::tr("%1 rose %2 to %3, from %4 in %5.")
                                  : Pack::tr("%1 fell %2 to %3, from %4 in %5.");
        const bool good = rose == (k.direction == KpiDirection::HigherIsBetter);
        out.push_back({text.arg(kpiName(k), by, now, then, before), rose, good, k.key});
    }
    return out;
}

QString fewerChangesSentence(qsizetype found, const PackPeriod& period) {
    if (found == 0)
        return Pack::tr("No KPI can be compared with %1: one of the two periods has nothing to compare, or "
                        "nothing changed.")
            .arg(previousPhrase(period));
    return Pack::tr("No other KPI moved enough to rank against %1 (counts under 10 are not ranked).")
        .arg(previousPhrase(period));
}

QString partialPeriodNote(const PackPeriod& p) {
    if (!p.partial())
        return {};
    if (p.dataTo.isValid() && p.range.to > p.dataTo)
        return Pack::tr(
                   "Partial period: the latest record is from %1, so the figures cover %2 only. Counts and "
                   "amounts are short of what a whole period would show.")
            .arg(longDate(p.dataTo), dayRange(p.covered()));
    return Pack::tr("Partial period: the data starts on %1, so the figures cover %2 only.")
        .arg(longDate(p.dataFrom), dayRange(p.covered()));
}

QString teamName(Team team) {
    return teamDisplayName(team);
}

QString unitName(KpiUnit unit, const QString& currency) {
    switch (unit) {
    case KpiUnit::Count:
        return Pack::tr("count");
    case KpiUnit::Ratio:
        return Pack::tr("share (%)");
    case KpiUnit::Money:
        return currency;
    case KpiUnit::Hours:
        return Pack::tr("business hours");
    case KpiUnit::Days:
        return Pack::tr("days");
    case KpiUnit::MoneyPerDay:
        return Pack::tr("%1 per day").arg(currency);
    }
    return {};
}

DateRange PackPeriod::covered() const {
    DateRange c = range;
    if (dataTo.isValid() && c.to > dataTo)
        c.to = std::max(dataTo, c.from);
    if (dataFrom.isValid() && c.from < dataFrom)
        c.from = std::min(dataFrom, c.to);
    return c;
}

} // namespace revalign::ui::report
