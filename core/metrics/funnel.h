#pragma once

#include "metrics/facttable.h"
#include "metrics/metricquery.h"

#include <array>
#include <optional>
#include <vector>

namespace revalign {

enum class FunnelMode {
    Flow,  // how many entered each stage within the range
    Cohort // of those who entered the cohort stage within the range, how many reached each stage so far
};

struct FunnelStageRow {
    QString key;
    QString name;
    qint64 count = 0;
    std::optional<double> nextStepRate;           // count ÷ previous stage's count (n/a for the first stage)
    std::optional<double> cumulativeRate;         // count ÷ first stage's count
    std::optional<double> medianDaysFromPrevious; // calendar days previous stage -> this stage
    std::optional<double> p90DaysFromPrevious;
    // Cohort mode: the range ended less recently than it usually takes (90th percentile over the whole
    // workspace) to get from the cohort stage to this one, so the count will still grow.
    bool immature = false;
    // Contacts counted in the row whose previous stage is dated after this one (stage dates out of
    // order): an impossible interval, left out of the time in stage (and said so).
    qint64 intervalsLeftOut = 0;
    // No contact in the workspace has a date for this stage or a later one: the count is not a zero
    // but unknown (an MQL list has no SQL dates). Views show the reason instead of a 0 bar.
    QString reason;

    friend bool operator==(const FunnelStageRow&, const FunnelStageRow&) = default;
};

// Contacts still sitting in a stage at the end of the range (entered it, not yet a later stage; rejected
// MQLs are not open), with how long they have been there.
struct StageAgeing {
    QString key;
    qint64 open = 0;
    std::optional<double> medianAgeDays;
    std::optional<double> p90AgeDays;
    std::array<qint64, 4> buckets{}; // age 0–7, 8–30, 31–90, over 90 days

    friend bool operator==(const StageAgeing&, const StageAgeing&) = default;
};

struct FunnelReport {
    FunnelMode mode = FunnelMode::Flow;
    DateRange range;
    int cohortStage = 0;
    std::vector<FunnelStageRow> stages; // funnel order
    std::vector<StageAgeing> ageing;    // every stage but the last
    // Non-empty when the workspace has no contacts at all ("no lead data in this workspace"): the rows
    // are zeros that mean nothing, and views show the reason instead.
    QString reason;
};

// Stage times follow the skipped-stage rule (FactTable::finish): a contact that reached a later stage
// counts as having passed the skipped ones. Thread-safe on a shared snapshot.
FunnelReport computeFunnel(const FactTable& facts, const MetricQuery& query, FunnelMode mode,
                           int cohortStage = 0);

// The contact ids counted in one stage's row (drill-down), ascending.
std::vector<qint64> funnelContacts(const FactTable& facts, const MetricQuery& query, FunnelMode mode,
                                   int stage, int cohortStage = 0);

} // namespace revalign
