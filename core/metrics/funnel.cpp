#include "metrics/funnel.h"

#include "metrics/kpiengine.h"
#include "metrics/kpisupport.h"
#include "metrics/kpitotals.h"
#include "metrics/stats.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

namespace revalign {

namespace {
constexpr double kDay = 86400.0;

// Whether contact i is counted in stage s's row: flow = entered s in the window; cohort = entered the
// cohort stage in the window and has reached s by now.
bool counted(const FactTable& f, qsizetype i, int s, FunnelMode mode, int cohortStage, const Window& w) {
    const auto& at = f.contacts.stageAt;
    if (mode == FunnelMode::Flow)
        return w.contains(at[size_t(s)][size_t(i)]) || (w.all && s == 0); // all time: every lead
    return w.contains(at[size_t(cohortStage)][size_t(i)]) && at[size_t(s)][size_t(i)] != kNoTime;
}

// For cohort maturity: per stage, the 90th percentile of days from the cohort stage, over all contacts.
std::vector<std::optional<double>> typicalDaysFromCohort(const FactTable& f, int cohortStage) {
    const auto& at = f.contacts.stageAt;
    std::vector<std::optional<double>> out(at.size());
    for (size_t s = size_t(cohortStage) + 1; s < at.size(); ++s) {
        std::vector<float> days;
        for (size_t i = 0; i < at[s].size(); ++i)
            if (at[s][i] != kNoTime && at[size_t(cohortStage)][i] != kNoTime &&
                at[s][i] >= at[size_t(cohortStage)][i]) // out-of-order dates are no time at all
                days.push_back(float(double(at[s][i] - at[size_t(cohortStage)][i]) / kDay));
        out[s] = percentile(days, 0.9);
    }
    return out;
}

std::vector<StageAgeing> ageing(const FactTable& f, const ResolvedFilter& filter, qint64 at) {
    const size_t n = f.stages.size();
    std::vector<const qint64*> stageAt;
    for (const auto& column : f.contacts.stageAt)
        stageAt.push_back(column.data());
    const quint8* lastStage = f.contacts.lastStage.data();
    std::vector<std::vector<float>> ages(n);
    for (qsizetype i = 0; i < f.contacts.size(); ++i) {
        // The furthest stage entered before `at`: usually the furthest stage of all (one read).
        int current = lastStage[i] == kNoStage ? -1 : int(lastStage[i]);
        while (current >= 0 && (stageAt[size_t(current)][i] == kNoTime || stageAt[size_t(current)][i] >= at))
            --current;
        if (current < 0 || size_t(current) + 1 >= n || !filter.contact(f, i))
            continue;
        if (current == f.stageOf.mql &&
            HandoffStatus(f.contacts.handoff[size_t(i)]) == HandoffStatus::Rejected)
            continue;
        ages[size_t(current)].push_back(float(double(at - stageAt[size_t(current)][i]) / kDay));
    }
    std::vector<StageAgeing> out;
    for (size_t s = 0; s + 1 < n; ++s) {
        StageAgeing a;
        a.key = f.stages[s].key;
        a.open = qint64(ages[s].size());
        for (float d : ages[s])
            ++a.buckets[d <= 7 ? 0 : d <= 30 ? 1 : d <= 90 ? 2 : 3];
        const Spread spread = medianAndP90(ages[s]);
        a.medianAgeDays = spread.median;
        a.p90AgeDays = spread.p90;
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
        r.stages.push_back({s.key, s.name, 0, {}, {}, {}, {}, false, 0, {}});
    if (f.presence.contacts == 0)
        r.reason = noLeadDataReason();
    for (size_t s = size_t(std::max(0, f.presence.furthestRecordedStage + 1));
         s < n && f.presence.contacts > 0; ++s)
        r.stages[s].reason = noStageDatesReason();
    if ((!r.range.isValid() && !q.allTime) || n == 0)
        return r;
    const Window w = queryWindow(f, q);
    // Ageing is an independent pass: it runs on the second core meanwhile.
    const qint64 ageingAt = std::min(w.to, f.asOf == kNoTime ? w.to : f.asOf + 1);
    QFuture<std::vector<StageAgeing>> ageingDone =
        QtConcurrent::run([&f, &filter, ageingAt] { return ageing(f, filter, ageingAt); });
    std::vector<const qint64*> at;
    for (const auto& column : f.contacts.stageAt)
        at.push_back(column.data());
    const qint64* cohortAt = at[size_t(r.cohortStage)];
    const quint8* lastStage = f.contacts.lastStage.data();
    struct Part {
        std::vector<qint64> counts;
        std::vector<std::vector<float>> days;
        std::vector<qint64> leftOut;
    };
    const auto count = [&](qsizetype begin, qsizetype end) {
        Part part{std::vector<qint64>(n, 0), std::vector<std::vector<float>>(n), std::vector<qint64>(n, 0)};
        for (qsizetype i = begin; i < end; ++i) {
            if (mode == FunnelMode::Cohort && !w.contains(cohortAt[i]))
                continue;
            bool filtered = false;
            const size_t reached = lastStage[i] == kNoStage ? 0 : size_t(lastStage[i]) + 1;
            if (reached == 0 && w.all && mode == FunnelMode::Flow && filter.contact(f, i)) {
                ++part.counts[0]; // all time counts every contact as a lead, dated or not
                continue;
            }
            for (size_t s = 0; s < reached; ++s) {
                const qint64 t = at[s][i];
                if (mode == FunnelMode::Flow ? !w.contains(t) : t == kNoTime)
                    continue;
                if (!filtered && !filter.contact(f, i))
                    break;
                filtered = true;
                ++part.counts[s];
                if (s > 0 && at[s - 1][i] != kNoTime) {
                    if (t >= at[s - 1][i])
                        part.days[s].push_back(float(double(t - at[s - 1][i]) / kDay));
                    else
                        ++part.leftOut[s];
                }
            }
        }
        return part;
    };
    // Two halves (the ageing pass shares the pool), merged in stage order.
    const qsizetype half = f.contacts.size() / 2;
    QFuture<Part> secondHalf =
        QtConcurrent::run([&count, half, &f] { return count(half, f.contacts.size()); });
    Part all = count(0, half);
    const Part other = secondHalf.result();
    for (size_t s = 0; s < n; ++s) {
        r.stages[s].count = all.counts[s] + other.counts[s];
        r.stages[s].intervalsLeftOut = all.leftOut[s] + other.leftOut[s];
        all.days[s].insert(all.days[s].end(), other.days[s].begin(), other.days[s].end());
    }
    std::vector<std::vector<float>>& days = all.days;
    const std::vector<std::optional<double>> typical = mode == FunnelMode::Cohort
                                                           ? typicalDaysFromCohort(f, r.cohortStage)
                                                           : std::vector<std::optional<double>>(n);
    const double waitedDays = f.asOf == kNoTime ? 0.0 : double(f.asOf - w.to) / kDay;
    for (size_t s = 0; s < n; ++s) {
        FunnelStageRow& row = r.stages[s];
        if (!row.reason.isEmpty())
            continue; // unknown, not zero: no rates from it either
        if (s > 0)
            row.nextStepRate = ratio(double(row.count), double(r.stages[s - 1].count));
        row.cumulativeRate = ratio(double(row.count), double(r.stages[0].count));
        const Spread spread = medianAndP90(days[s]);
        row.medianDaysFromPrevious = spread.median;
        row.p90DaysFromPrevious = spread.p90;
        row.immature = typical[s].has_value() && waitedDays < *typical[s];
    }
    r.ageing = ageingDone.result();
    return r;
}

std::vector<qint64> funnelContacts(const FactTable& f, const MetricQuery& q, FunnelMode mode, int stage,
                                   int cohortStage) {
    const ResolvedFilter filter(f, q.filters);
    const DateRange range = effectiveRange(f, q);
    std::vector<qint64> ids;
    if ((!range.isValid() && !q.allTime) || stage < 0 || size_t(stage) >= f.stages.size() ||
        cohortStage < 0 || size_t(cohortStage) >= f.stages.size())
        return ids;
    const Window w = queryWindow(f, q);
    for (qsizetype i = 0; i < f.contacts.size(); ++i)
        if (filter.contact(f, i) && counted(f, i, stage, mode, cohortStage, w))
            ids.push_back(f.contacts.id[size_t(i)]);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace revalign
