#include "metrics/kpiengine.h"

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

std::optional<double> bookingsTarget(const FactTable& f, const DateRange& range, PeriodKind kind) {
    for (const KpiDefinition& def : f.kpis)
        if (def.key == u"bookings")
            return scaledTarget(def, range, kind, PeriodCalendar(f.settings));
    return std::nullopt;
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
} // namespace

const KpiValue* KpiReport::find(const QString& key) const {
    for (const KpiValue& k : kpis)
        if (k.key == key)
            return &k;
    return nullptr;
}

DateRange effectiveRange(const FactTable& f, const MetricQuery& q) {
    return q.range.isValid() ? q.range : DateRange{f.dataFrom, f.dataTo};
}

KpiReport computeKpis(const FactTable& f, const MetricQuery& q) {
    const ResolvedFilter filter(f, q.filters);
    const PeriodCalendar calendar(f.settings);
    KpiReport r;
    r.period = q.period;
    r.currency = f.settings.currency;
    r.range = effectiveRange(f, q);
    std::vector<KpiTotals> totals(3, emptyTotals(filter));
    if (r.range.isValid()) {
        r.previousRange = calendar.previous(r.range, q.period);
        r.lastYearRange = calendar.lastYear(r.range, q.period);
        totals = totalsFor(f, filter, {r.range, r.previousRange, r.lastYearRange});
    }
    const auto now = kpiValues(totals[0], bookingsTarget(f, r.range, q.period));
    const auto before = kpiValues(totals[1], bookingsTarget(f, r.previousRange, q.period));
    const auto yearAgo = kpiValues(totals[2], bookingsTarget(f, r.lastYearRange, q.period));
    for (const KpiDefinition& def : f.kpis) {
        KpiValue v;
        v.key = def.key;
        v.name = def.name;
        v.formula = def.formula;
        v.team = def.team;
        v.unit = def.unit;
        v.direction = def.direction;
        const auto value = [&def](const std::map<QString, std::optional<double>>& m) {
            const auto it = m.find(def.key);
            return it == m.end() ? std::nullopt : it->second; // a custom KPI the engine cannot compute
        };
        v.value = value(now);
        v.previous = value(before);
        v.lastYear = value(yearAgo);
        v.change = minus(v.value, v.previous);
        v.changeLastYear = minus(v.value, v.lastYear);
        v.target = scaledTarget(def, r.range, q.period, calendar);
        v.detail = kpiDetail(f, def.key, totals[0]);
        r.kpis.push_back(std::move(v));
    }
    const auto& cents = totals[0].forecast;
    for (size_t c = 0; c < cents.size(); ++c)
        r.forecast.byCategory[c] = double(cents[c]) / 100.0;
    const auto& cat = r.forecast.byCategory;
    r.forecast.cumulative[0] = cat[size_t(ForecastCategory::Closed)];
    r.forecast.cumulative[1] = r.forecast.cumulative[0] + cat[size_t(ForecastCategory::Commit)];
    r.forecast.cumulative[2] = r.forecast.cumulative[1] + cat[size_t(ForecastCategory::BestCase)];
    r.forecast.cumulative[3] = r.forecast.cumulative[2] + cat[size_t(ForecastCategory::Pipeline)];
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
        SeriesPoint p{
            windows[i].range, kpiValues(totals[i], bookingsTarget(f, windows[i].range, q.period)), {}};
        for (const KpiDefinition& def : f.kpis)
            p.targets[def.key] = scaledTarget(def, windows[i].range, q.period, calendar);
        out.push_back(std::move(p));
    }
    return out;
}

std::vector<BreakdownRow> computeBreakdown(const FactTable& f, const MetricQuery& q, Dimension by) {
    const ResolvedFilter filter(f, q.filters);
    const DateRange range = effectiveRange(f, q);
    std::vector<BreakdownRow> out;
    if (!range.isValid())
        return out;
    const std::vector<KpiTotals> totals = accumulate(f, filter, {Window::of(f, range)}, by);
    for (size_t code = 0; code < totals.size(); ++code) {
        const KpiTotals& t = totals[code];
        const bool active = t.leads || t.mqls || t.sqls || t.opportunitiesCreated || t.won || t.lost ||
                            t.openAtEnd || (t.campaignCost && *t.campaignCost != 0);
        if (!active)
            continue;
        const qint32 nameCode = by == Dimension::Campaign ? f.campaignName[code] : qint32(code);
        const QString name = nameCode == 0 ? QStringLiteral("(none)") : f.dictionary(by).name(nameCode);
        // Targets belong to the whole team, not to one slice: coverage is n/a per slice.
        out.push_back({qint32(code), name, kpiValues(t, std::nullopt)});
    }
    return out;
}

} // namespace revalign
