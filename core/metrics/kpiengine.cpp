#include "metrics/kpiengine.h"

#include "metrics/kpisupport.h"
#include "metrics/kpitotals.h"
#include "metrics/kpivalues.h"
#include "metrics/period.h"

namespace revalign {

namespace {
// Sums over the period; the other KPIs are averages, ratios, medians or levels at the period end.
bool isAdditive(const KpiDefinition& def) {
    static const QStringList notAdditive{QStringLiteral("cost_per_mql"), QStringLiteral("average_deal_size"),
                                         QStringLiteral("weighted_pipeline")};
    return (def.unit == KpiUnit::Count || def.unit == KpiUnit::Money) && !notAdditive.contains(def.key);
}

// Per-period targets are agreed for one week / month / quarter. For a range of exactly one such period
// the target is used as is; otherwise sums (counts, amounts) scale with the number of periods the range
// spans (a partial period counts by its share of days) and every other KPI keeps the per-period target.
// Money targets are stored in cents like every amount in the workspace; reported in currency units.
std::optional<double> scaledTarget(const KpiDefinition& def, const DateRange& range, PeriodKind kind,
                                   const PeriodCalendar& calendar) {
    std::optional<double> target = def.target(kind);
    if (!target)
        return target;
    if (def.unit == KpiUnit::Money || def.unit == KpiUnit::MoneyPerDay)
        *target /= 100.0;
    if (!range.isValid() || calendar.isWholePeriod(range, kind) || !isAdditive(def))
        return target;
    return *target * calendar.periodCount(range, kind);
}

const KpiDefinition* bookingsDefinition(const FactTable& f) {
    for (const KpiDefinition& def : f.kpis)
        if (def.key == u"bookings")
            return &def;
    return nullptr;
}

// The bookings target of a whole quarter: the quarter's own, else the month's or the week's scaled to
// the quarter's length.
std::optional<double> quarterBookingsTarget(const FactTable& f, const DateRange& quarter) {
    const KpiDefinition* def = bookingsDefinition(f);
    if (!def)
        return std::nullopt;
    const PeriodCalendar calendar(f.settings);
    for (const PeriodKind kind : {PeriodKind::Quarter, PeriodKind::Month, PeriodKind::Week})
        if (const auto t = scaledTarget(*def, quarter, kind, calendar))
            return t;
    return std::nullopt;
}

// Won amount (cents) of the filtered deals closing on local days [fromDay, toDay).
qint64 bookingsBetween(const FactTable& f, const ResolvedFilter& filter, qint64 fromDay, qint64 toDay) {
    const OpportunityColumns& o = f.opportunities;
    qint64 cents = 0;
    for (qsizetype j = 0; j < o.size(); ++j) {
        const qint32 day = o.closeDay[size_t(j)];
        if (o.won[size_t(j)] && o.closed[size_t(j)] && day != kNoDay && day >= fromDay && day < toDay &&
            filter.opportunity(f, j))
            cents += o.amountCents[size_t(j)];
    }
    return cents;
}

// Pipeline coverage is measured against what is still to book in the quarter that contains the end of
// the range: a week's open pipeline against a week's target would read "119.5×", a meaningless
// multiple (docs/kpis.md). nullopt: no bookings target.
std::optional<double> stillToReach(const FactTable& f, const ResolvedFilter& filter, const DateRange& range,
                                   qint64 rangeBookings) {
    if (!range.isValid())
        return std::nullopt;
    const DateRange quarter = PeriodCalendar(f.settings).containing(range.to, PeriodKind::Quarter);
    const std::optional<double> target = quarterBookingsTarget(f, quarter);
    if (!target)
        return std::nullopt;
    // The range's own bookings are known; only the part of the quarter before it needs a pass.
    const qint64 booked =
        range.from >= quarter.from
            ? rangeBookings + bookingsBetween(f, filter, quarter.from.toJulianDay(), range.from.toJulianDay())
            : bookingsBetween(f, filter, quarter.from.toJulianDay(), range.to.toJulianDay() + 1);
    return *target - double(booked) / 100.0;
}

std::optional<double> minus(std::optional<double> a, std::optional<double> b) {
    return a && b ? std::optional<double>(*a - *b) : std::nullopt;
}

// Totals for several ranges: one pass when they are disjoint, else one pass each.
std::vector<KpiTotals> totalsFor(const FactTable& f, const ResolvedFilter& filter,
                                 const std::vector<DateRange>& ranges) {
    std::vector<size_t> order(ranges.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return ranges[a].from < ranges[b].from; });
    bool disjoint = true;
    for (size_t i = 1; i < order.size(); ++i)
        disjoint = disjoint && ranges[order[i - 1]].to < ranges[order[i]].from;
    std::vector<KpiTotals> out(ranges.size());
    if (disjoint) {
        std::vector<Window> windows;
        for (size_t i : order)
            windows.push_back(Window::of(f, ranges[i]));
        std::vector<KpiTotals> sorted = accumulate(f, filter, windows);
        for (size_t k = 0; k < order.size(); ++k)
            out[order[k]] = std::move(sorted[k]);
        return out;
    }
    for (size_t i = 0; i < ranges.size(); ++i)
        out[i] = std::move(accumulate(f, filter, {Window::of(f, ranges[i])}).front());
    return out;
}

// Totals of an empty range: zero counts, and cost known (0) unless the filter makes it unattributable.
KpiTotals emptyTotals(const ResolvedFilter& filter) {
    KpiTotals t;
    if (filter.costIsAttributable())
        t.campaignCost = 0.0;
    return t;
}

// Blanks what the data cannot support, keyed by KPI or part key.
void blankUnsupported(const FactTable& f, const MetricFilters& filters,
                      std::map<QString, std::optional<double>>& values) {
    for (auto& [key, value] : values)
        if (value && !unsupportedPartReason(f, key, filters).isEmpty())
            value.reset();
}

// Money per forecast category (cents in, currency out) with the cumulative roll-ups.
Forecast rollUp(const std::array<qint64, 5>& cents) {
    Forecast out;
    for (size_t c = 0; c < cents.size(); ++c)
        out.byCategory[c] = double(cents[c]) / 100.0;
    const auto& cat = out.byCategory;
    out.cumulative[0] = cat[size_t(ForecastCategory::Closed)];
    out.cumulative[1] = out.cumulative[0] + cat[size_t(ForecastCategory::Commit)];
    out.cumulative[2] = out.cumulative[1] + cat[size_t(ForecastCategory::BestCase)];
    out.cumulative[3] = out.cumulative[2] + cat[size_t(ForecastCategory::Pipeline)];
    return out;
}

UndatedRecords undatedRecords(const FactTable& f, const ResolvedFilter& filter) {
    UndatedRecords u;
    for (const qint32 row : f.undatedContacts)
        u.contacts += filter.contact(f, row);
    for (const qint32 row : f.undatedOpportunities)
        u.opportunities += filter.opportunity(f, row);
    return u;
}
} // namespace

const KpiValue* KpiReport::find(const QString& key) const& {
    for (const KpiValue& k : kpis)
        if (k.key == key)
            return &k;
    return nullptr;
}

DateRange effectiveRange(const FactTable& f, const MetricQuery& q) {
    return q.range.isValid() && !q.allTime ? q.range : DateRange{f.dataFrom, f.dataTo};
}

Window queryWindow(const FactTable& f, const MetricQuery& q) {
    return q.allTime ? Window::allTime(f) : Window::of(f, effectiveRange(f, q));
}

bool isPartialPeriod(const FactTable& f, const QDate& from, const QDate& periodEnd) {
    return f.dataTo.isValid() && from.isValid() && from <= f.dataTo && periodEnd > f.dataTo;
}

KpiReport computeKpis(const FactTable& f, const MetricQuery& q) {
    const ResolvedFilter filter(f, q.filters);
    const PeriodCalendar calendar(f.settings);
    KpiReport r;
    r.period = q.period;
    r.allTime = q.allTime;
    r.currency = f.settings.currency;
    r.range = effectiveRange(f, q);
    std::vector<KpiTotals> totals(3, emptyTotals(filter));
    if (q.allTime) {
        totals[0] = std::move(accumulate(f, filter, {Window::allTime(f)}).front());
    } else if (r.range.isValid()) {
        r.previousRange = calendar.previous(r.range, q.period);
        r.lastYearRange = calendar.lastYear(r.range, q.period);
        totals = totalsFor(f, filter, {r.range, r.previousRange, r.lastYearRange});
        r.partial = isPartialPeriod(f, r.range.from, r.range.to);
        r.undated = undatedRecords(f, filter);
    }
    const auto toReach = [&](const DateRange& range, const KpiTotals& t) {
        // All time has no quarter to reach a target in.
        return q.allTime ? std::nullopt : stillToReach(f, filter, range, t.bookings);
    };
    auto now = kpiValues(totals[0], toReach(r.range, totals[0]));
    auto before = kpiValues(totals[1], toReach(r.previousRange, totals[1]));
    auto yearAgo = kpiValues(totals[2], toReach(r.lastYearRange, totals[2]));
    if (q.allTime) {
        before.clear();
        yearAgo.clear();
    }
    const std::optional<double> coverageBase = toReach(r.range, totals[0]);
    for (const KpiDefinition& def : f.kpis) {
        KpiValue v;
        v.key = def.key;
        v.name = def.name;
        v.formula = def.formula;
        v.team = def.team;
        v.unit = def.unit;
        v.direction = def.direction;
        v.target = q.allTime ? std::nullopt : scaledTarget(def, r.range, q.period, calendar);
        v.reason = unsupportedReason(f, def.key, q.filters);
        if (!v.reason.isEmpty()) {
            r.kpis.push_back(std::move(v)); // n/a with the reason: no value, no comparison, no parts
            continue;
        }
        const auto value = [&def](const std::map<QString, std::optional<double>>& m) {
            const auto it = m.find(def.key);
            return it == m.end() ? std::nullopt : it->second;
        };
        v.value = value(now);
        v.previous = value(before);
        v.lastYear = value(yearAgo);
        v.change = minus(v.value, v.previous);
        v.changeLastYear = minus(v.value, v.lastYear);
        v.detail = kpiDetail(f, def.key, totals[0]);
        // Every won deal of the range had impossible dates: the cycle is not a negative number, it is
        // unknown, and the Data quality page lists the deals.
        if ((def.key == u"sales_cycle_days" || def.key == u"sales_velocity") && !v.value &&
            totals[0].cycleLeftOut > 0 && totals[0].cycleDays.empty())
            v.reason = impossibleCycleReason();
        if (def.key == u"pipeline_coverage" && !v.value)
            v.reason = !coverageBase        ? noBookingsTargetReason()
                       : *coverageBase <= 0 ? bookingsTargetMetReason()
                                            : QString();
        r.kpis.push_back(std::move(v));
    }
    r.forecast = rollUp(totals[0].forecast);
    return r;
}

std::vector<SeriesPoint> computeSeries(const FactTable& f, const MetricQuery& q) {
    const ResolvedFilter filter(f, q.filters);
    const DateRange range = effectiveRange(f, q);
    const PeriodCalendar calendar(f.settings);
    std::vector<SeriesPoint> out;
    std::vector<Window> windows;
    for (const DateRange& part : calendar.split(range, q.period))
        windows.push_back(Window::of(f, part));
    const std::vector<KpiTotals> totals = accumulate(f, filter, windows);
    for (size_t i = 0; i < windows.size(); ++i) {
        const DateRange& part = windows[i].range;
        SeriesPoint p{part,
                      isPartialPeriod(f, part.from, calendar.containing(part.from, q.period).to),
                      kpiValues(totals[i], stillToReach(f, filter, part, totals[i].bookings)),
                      {}};
        blankUnsupported(f, q.filters, p.values);
        for (const KpiDefinition& def : f.kpis)
            p.targets[def.key] = scaledTarget(def, part, q.period, calendar);
        out.push_back(std::move(p));
    }
    return out;
}

std::vector<BreakdownRow> computeBreakdown(const FactTable& f, const MetricQuery& q, Dimension by) {
    const ResolvedFilter filter(f, q.filters);
    const DateRange range = effectiveRange(f, q);
    std::vector<BreakdownRow> out;
    if (!range.isValid() && !q.allTime)
        return out;
    const std::vector<KpiTotals> totals = accumulate(f, filter, {queryWindow(f, q)}, by);
    // Campaign names may repeat: such rows are told apart by their CRM id.
    std::vector<int> nameUses;
    if (by == Dimension::Campaign) {
        nameUses.assign(size_t(f.campaignNames.size()), 0);
        for (size_t row = 1; row < f.campaignName.size(); ++row)
            ++nameUses[size_t(f.campaignName[row])];
    }
    for (size_t code = 0; code < totals.size(); ++code) {
        const KpiTotals& t = totals[code];
        const bool active = t.leads || t.mqls || t.sqls || t.opportunitiesCreated || t.won || t.lost ||
                            t.openAtEnd || (t.campaignCost && *t.campaignCost != 0);
        if (!active)
            continue;
        BreakdownRow row;
        row.code = qint32(code);
        const qint32 nameCode = by == Dimension::Campaign ? f.campaignName[code] : qint32(code);
        row.name = nameCode == 0 && (by != Dimension::Campaign || code == 0)
                       ? QStringLiteral("(none)")
                       : f.dictionary(by).name(nameCode);
        row.key = row.name;
        if (by == Dimension::Campaign && code != 0) {
            row.key = f.campaigns.sourceId[code];
            if (nameUses[size_t(nameCode)] > 1 || row.name.isEmpty())
                row.name = QStringLiteral("%1 (%2)").arg(row.name, row.key).trimmed();
        }
        // Targets belong to the whole team, not to one slice: coverage is n/a per slice.
        row.values = kpiValues(t, std::nullopt);
        blankUnsupported(f, q.filters, row.values);
        row.forecast = rollUp(t.forecast);
        out.push_back(std::move(row));
    }
    return out;
}

} // namespace revalign
