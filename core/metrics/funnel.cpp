#include "metrics/funnel.h"

#include "metrics/kpiengine.h"
#include "metrics/kpitotals.h"
#include "metrics/stats.h"

namespace revalign {

namespace {
constexpr double kDay = 86400.0;

// Whether contact i is counted in stage s's row: flow = entered s in the window; cohort = entered the
// cohort stage in the window and has reached s by now.
bool counted(const FactTable& f, qsizetype i, int s, FunnelMode mode, int cohortStage, const Window& w) {
    const auto& at = f.contacts.stageAt;
    if (mode == FunnelMode::Flow)
        return w.contains(at[size_t(s)][size_t(i)]);
    return w.contains(at[size_t(cohortStage)][size_t(i)]) && at[size_t(s)][size_t(i)] != kNoTime;
}

// For cohort maturity: per stage, the 90th percentile of days from the cohort stage, over all contacts.
std::vector<std::optional<double>> typicalDaysFromCohort(const FactTable& f, int cohortStage) {
    const auto& at = f.contacts.stageAt;
    std::vector<std::optional<double>> out(at.size());
    for (size_t s = size_t(cohortStage) + 1; s < at.size(); ++s) {
        std::vector<double> days;
        for (size_t i = 0; i < at[s].size(); ++i)
            if (at[s][i] != kNoTime && at[size_t(cohortStage)][i] != kNoTime)
                days.push_back(double(at[s][i] - at[size_t(cohortStage)][i]) / kDay);
        out[s] = percentile(days, 0.9);
    }
    return out;
}

std::vector<StageAgeing> ageing(const FactTable& f, const ResolvedFilter& filter, qint64 at) {
    const auto& stageAt = f.contacts.stageAt;
    const size_t n = stageAt.size();
    std::vector<std::vector<double>> ages(n);
    for (qsizetype i = 0; i < f.contacts.size(); ++i) {
        if (!filter.contact(f, i))
            continue;
        int current = -1;
        for (size_t s = 0; s < n; ++s)
            if (stageAt[s][size_t(i)] != kNoTime && stageAt[s][size_t(i)] < at)
                current = int(s);
        if (current < 0 || size_t(current) + 1 >= n)
            continue;
        if (current == f.stageOf.mql &&
            HandoffStatus(f.contacts.handoff[size_t(i)]) == HandoffStatus::Rejected)
            continue;
        ages[size_t(current)].push_back(double(at - stageAt[size_t(current)][size_t(i)]) / kDay);
    }
    std::vector<StageAgeing> out;
    for (size_t s = 0; s + 1 < n; ++s) {
        StageAgeing a;
        a.key = f.stages[s].key;
        a.open = qint64(ages[s].size());
        for (double d : ages[s])
            ++a.buckets[d <= 7 ? 0 : d <= 30 ? 1 : d <= 90 ? 2 : 3];
        a.p90AgeDays = percentile(ages[s], 0.9);
        a.medianAgeDays = median(ages[s]);
        out.push_back(std::move(a));
    }
    return out;
}
} // namespace

FunnelReport computeFunnel(const FactTable& f, const MetricQuery& q, FunnelMode mode, int cohortStage) {
    const ResolvedFilter filter(f, q.filters);
    FunnelReport r;
    r.mode = mode;
    r.range = effectiveRange(f, q);
    const size_t n = f.stages.size();
    r.cohortStage = std::clamp(cohortStage, 0, std::max(0, int(n) - 1));
    for (const StageFacts& s : f.stages)
        r.stages.push_back({s.key, s.name, 0, {}, {}, {}, {}, false});
    if (!r.range.isValid() || n == 0)
        return r;
    const Window w = Window::of(f, r.range);
    const auto& at = f.contacts.stageAt;
    std::vector<std::vector<double>> days(n);
    for (qsizetype i = 0; i < f.contacts.size(); ++i) {
        if (!filter.contact(f, i))
            continue;
        for (size_t s = 0; s < n; ++s) {
            if (!counted(f, i, int(s), mode, r.cohortStage, w))
                continue;
            ++r.stages[s].count;
            if (s > 0 && at[s - 1][size_t(i)] != kNoTime)
                days[s].push_back(double(at[s][size_t(i)] - at[s - 1][size_t(i)]) / kDay);
        }
    }
    const std::vector<std::optional<double>> typical = mode == FunnelMode::Cohort
                                                           ? typicalDaysFromCohort(f, r.cohortStage)
                                                           : std::vector<std::optional<double>>(n);
    const double waitedDays = double(f.asOf - w.to) / kDay;
    for (size_t s = 0; s < n; ++s) {
        FunnelStageRow& row = r.stages[s];
        if (s > 0)
            row.nextStepRate = ratio(double(row.count), double(r.stages[s - 1].count));
        row.cumulativeRate = ratio(double(row.count), double(r.stages[0].count));
        row.p90DaysFromPrevious = percentile(days[s], 0.9);
        row.medianDaysFromPrevious = median(days[s]);
        row.immature = typical[s].has_value() && waitedDays < *typical[s];
    }
    r.ageing = ageing(f, filter, std::min(w.to, f.asOf == kNoTime ? w.to : f.asOf + 1));
    return r;
}

std::vector<qint64> funnelContacts(const FactTable& f, const MetricQuery& q, FunnelMode mode, int stage,
                                   int cohortStage) {
    const ResolvedFilter filter(f, q.filters);
    const DateRange range = effectiveRange(f, q);
    std::vector<qint64> ids;
    if (!range.isValid() || stage < 0 || size_t(stage) >= f.stages.size() || cohortStage < 0 ||
        size_t(cohortStage) >= f.stages.size())
        return ids;
    const Window w = Window::of(f, range);
    for (qsizetype i = 0; i < f.contacts.size(); ++i)
        if (filter.contact(f, i) && counted(f, i, stage, mode, cohortStage, w))
            ids.push_back(f.contacts.id[size_t(i)]);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace revalign
