#include "metrics/seriesbreakdown.h"

#include "metrics/kpisupport.h"
#include "metrics/kpitotals.h"
#include "metrics/kpivalues.h"

#include <QCoreApplication>

#include <algorithm>

namespace revalign {

namespace {
// Counts and money add up across groups; ratios, medians and per-day figures do not.
bool summable(const FactTable& f, const QString& key) {
    for (const KpiDefinition& k : f.kpis)
        if (k.key == key)
            return k.unit == KpiUnit::Count || k.unit == KpiUnit::Money;
    return false;
}
} // namespace

SeriesBreakdown computeSeriesBreakdown(const FactTable& f, const MetricQuery& q, Dimension by,
                                       const QString& rankBy, int maxGroups) {
    SeriesBreakdown out;
    const DateRange range = effectiveRange(f, q);
    if (!range.isValid())
        return out;
    const ResolvedFilter filter(f, q.filters);
    out.periods = PeriodCalendar(f.settings).split(range, q.period);
    std::vector<Window> windows;
    windows.reserve(out.periods.size());
    for (const DateRange& p : out.periods)
        windows.push_back(Window::of(f, p));
    const std::vector<KpiTotals> totals = accumulate(f, filter, windows, by);
    const size_t periods = windows.size();
    const size_t groups = periods ? totals.size() / periods : 0;

    std::vector<GroupSeries> all;
    for (size_t g = 0; g < groups; ++g) {
        GroupSeries s;
        s.code = qint32(g);
        const qint32 nameCode = by == Dimension::Campaign ? f.campaignName[g] : qint32(g);
        s.name = nameCode == 0 ? QStringLiteral("(none)") : f.dictionary(by).name(nameCode);
        bool active = false;
        for (size_t p = 0; p < periods; ++p) {
            auto values = kpiValues(totals[g * periods + p], std::nullopt);
            for (auto& [key, value] : values)
                if (value && !unsupportedPartReason(f, key, q.filters).isEmpty())
                    value.reset();
            if (const auto it = values.find(rankBy); it != values.end() && it->second)
                s.weight += *it->second;
            const KpiTotals& t = totals[g * periods + p];
            active = active || t.leads || t.mqls || t.sqls || t.opportunitiesCreated || t.won || t.lost;
            s.values.push_back(std::move(values));
        }
        if (active)
            all.push_back(std::move(s));
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const GroupSeries& a, const GroupSeries& b) { return a.weight > b.weight; });
    if (maxGroups > 0 && all.size() > size_t(maxGroups)) {
        GroupSeries other;
        other.code = -1;
        other.name = QCoreApplication::translate("SeriesBreakdown", "Other");
        other.values.resize(periods);
        for (size_t i = size_t(maxGroups) - 1; i < all.size(); ++i) {
            other.weight += all[i].weight;
            for (size_t p = 0; p < periods; ++p) {
                for (const auto& [key, value] : all[i].values[p]) {
                    auto& slot = other.values[p][key];
                    if (!summable(f, key))
                        slot = std::nullopt;
                    else if (value)
                        slot = slot.value_or(0) + *value;
                }
            }
        }
        all.resize(size_t(maxGroups) - 1);
        all.push_back(std::move(other));
    }
    out.groups = std::move(all);
    return out;
}

} // namespace revalign
