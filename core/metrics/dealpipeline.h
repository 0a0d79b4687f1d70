#pragma once

#include "domain/enums.h"
#include "metrics/facttable.h"
#include "metrics/metricquery.h"

#include <QString>

#include <optional>
#include <vector>

namespace revalign {

// Where time in stage comes from: deal history imports (each stage change dated), or — without them —
// the opportunity rows, which only say when each deal was created and where it is now.
enum class TimeInStageSource { StageHistory, OpportunityRows };

// One deal stage of the workspace's sales process, for the range of a query.
struct DealStageRow {
    QString name;        // "(no stage)" for deals without one
    bool defined = true; // false: a stage deals name that no one has defined (flagged, data quality)
    bool closed = false, won = false;
    std::optional<double> probability; // the stage's (defined stages only)
    ForecastCategory forecast = ForecastCategory::Pipeline;
    // Open stages: deals open at the range end now in the stage; closed stages: deals closed in the range.
    qint64 deals = 0;
    double amount = 0;   // currency
    double weighted = 0; // amount × probability (the deal's own, else the stage's)
    // Open stages: deals of the range that got at least this far (open deals at this or a later stage,
    // and every won deal), and of those the share that got to the next open stage (won, for the last).
    qint64 reached = 0;
    std::optional<double> conversionToNext;
    // Time in stage: with deal history, median days deals spent in the stage; from the opportunity rows,
    // the median age (days since creation, at the range end) of the deals now in it.
    std::optional<double> medianDays;

    friend bool operator==(const DealStageRow&, const DealStageRow&) = default;
};

struct DealPipelineReport {
    DateRange range;
    std::vector<DealStageRow> stages; // the workspace's order; undefined stages after the defined ones
    qint64 openDeals = 0;
    double openAmount = 0, weightedAmount = 0;
    qint64 won = 0, lost = 0;
    double bookings = 0;
    std::optional<double> winRate; // won ÷ (won + lost) closing in the range
    TimeInStageSource timeInStage = TimeInStageSource::OpportunityRows;
    QString reason; // non-empty: the workspace has no deals (kpisupport.h noDealDataReason)

    friend bool operator==(const DealPipelineReport&, const DealPipelineReport&) = default;
};

// Deals by deal stage in the workspace's order: count, amount, weighted amount, stage-to-stage
// conversion, time in stage, win rate. Plain values: the meeting pack renders it as it is. Thread-safe
// on a shared snapshot; throws Error for an unknown filter name.
DealPipelineReport computeDealPipeline(const FactTable& facts, const MetricQuery& query);

} // namespace revalign
