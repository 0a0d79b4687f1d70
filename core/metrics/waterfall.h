#pragma once

#include "domain/enums.h"
#include "metrics/facttable.h"
#include "metrics/metricquery.h"
#include "metrics/period.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace revalign {

// The pipeline waterfall: how the open pipeline of a window of close dates moved between two moments A
// and B, from the deals' history (every deals import is a snapshot; see docs/deal-history.md):
//
//   Start + New + Pulled in + Increased − Decreased − Pushed out − Won − Lost = End   (exactly, in cents)
//
// A deal that changed in several ways counts once per change, in this order: how it entered the window
// (New or Pulled in), how its amount moved (Increased or Decreased), how it left (Pushed out, Won or
// Lost). Plain structs, no Qt beyond Core: the CLI, the sync page and the meeting pack call
// computeWaterfall() directly.

enum class WaterfallBucket : quint8 { New, PulledIn, Increased, Decreased, PushedOut, Won, Lost };
inline constexpr int kWaterfallBuckets = 7;
// "new", "pulled_in", "increased", "decreased", "pushed_out", "won", "lost" (the CLI's JSON keys).
QString toKey(WaterfallBucket bucket);
// Whether the bucket subtracts from the pipeline (Decreased, Pushed out, Won, Lost).
bool subtracts(WaterfallBucket bucket);

struct WaterfallQuery {
    // Moments as UTC seconds. kNoTime: B = the latest snapshot; A = the end of the sync week before the
    // one holding B (the week start from the workspace settings).
    qint64 from = kNoTime; // A
    qint64 to = kNoTime;   // B
    DateRange window;      // close dates; invalid = the fiscal quarter holding B
    MetricFilters filters; // deals as they are now (current owner, team, channel, persona, segment)
    friend bool operator==(const WaterfallQuery&, const WaterfallQuery&) = default;
};

// A deal at one moment, as the waterfall saw it.
struct DealMoment {
    bool exists = false; // the deal had a state then
    DealStatus status = DealStatus::Open;
    qint64 amountCents = 0;
    QDate close;
    QString stage;
    QString owner;
    ForecastCategory forecast = ForecastCategory::Pipeline;
    bool inWindow = false; // open, closing inside the window
    bool assumed = false;  // amount or close date taken as first seen (no entry had stated them yet)
    friend bool operator==(const DealMoment&, const DealMoment&) = default;
};

// One change of one deal: a deal appears once per bucket it moved the pipeline in.
struct WaterfallChange {
    qint64 deal = 0; // workspace opportunity id
    QString sourceId;
    QString name;
    QString owner; // the deal's current owner
    WaterfallBucket bucket = WaterfallBucket::New;
    qint64 deltaCents = 0; // what the change adds to the pipeline (negative for the subtracting buckets)
    DealMoment before;     // at A
    DealMoment after;      // at B
    friend bool operator==(const WaterfallChange&, const WaterfallChange&) = default;
};

struct OwnerMove {
    qint64 deal = 0;
    QString sourceId, name, from, to;
    qint64 amountCents = 0; // at B
};

// Forecast categories of the flow matrix: index 0 is "outside" (not in the window's open pipeline, or
// not there yet), then ForecastCategory + 1.
inline constexpr int kForecastFlowSize = 6;
struct ForecastMove {
    qint64 deal = 0;
    QString sourceId, name;
    int from = 0, to = 0; // flow indexes
    qint64 amountCents = 0;
};
struct ForecastFlow {
    std::array<std::array<qint64, kForecastFlowSize>, kForecastFlowSize> deals{};
    std::array<std::array<qint64, kForecastFlowSize>, kForecastFlowSize> cents{}; // amount at B (A if gone)
};

struct SlippedDeal {
    qint64 deal = 0;
    QString sourceId, name, owner;
    int pushes = 0;          // close date moved later, over the deal's history up to B
    int pushesInPeriod = 0;  // of which between A and B
    qint64 daysPushed = 0;   // all those moves added up
    QDate firstClose, close; // the first close date recorded, the one at B
    qint64 amountCents = 0;
};

struct StalledDeal {
    qint64 deal = 0;
    QString sourceId, name, owner, stage;
    qint64 daysInStage = 0;
    int expectedDays = 0;
    QDate since;
    bool atLeast = false; // in the stage since before the first record of the deal: at least this long
    qint64 amountCents = 0;
};

// Time spent in a stage before the next one, over every completed stay recorded up to B.
struct StageTime {
    QString stage;
    qint64 stays = 0;
    double medianDays = 0;
    double meanDays = 0;
};

// The MQL backlog between A and B (contacts' MQL times and handoff decisions), with the same rule for
// when sales answered as computeMqlBacklog() in metrics/mqlbacklog.h, which counts over days:
// pending at A + new − accepted − rejected = pending at B.
struct MqlBacklogChange {
    bool available = false;
    QString reason;
    qint64 pendingBefore = 0, newMqls = 0, accepted = 0, rejected = 0, pendingAfter = 0;
    qint64 undated = 0; // answered without a time: counted as answered when they became MQL
};

struct Waterfall {
    bool available = false;
    QString reason; // why not, when !available (no deal history, none as early as A, ...)
    qint64 from = kNoTime, to = kNoTime;
    DateRange window;
    qint64 startCents = 0, endCents = 0;
    qint64 startDeals = 0, endDeals = 0;
    std::array<qint64, kWaterfallBuckets> bucketCents{}; // signed: what each bucket adds
    std::array<qint64, kWaterfallBuckets> bucketDeals{};
    std::vector<WaterfallChange> changes; // bucket order, then biggest first
    std::vector<OwnerMove> ownerMoves;
    std::vector<ForecastMove> forecastMoves;
    ForecastFlow forecastFlow;
    std::vector<SlippedDeal> slipped;  // pushed between A and B, most days first
    std::vector<StalledDeal> stalled;  // in End, longer in their stage than it expects, longest first
    std::vector<StageTime> stageTimes; // pipeline order
    MqlBacklogChange mqls;
    QStringList notes; // what the figures assume or leave out, with counts

    qint64 bucket(WaterfallBucket b) const { return bucketCents[size_t(b)]; }
    // The bucket as the waterfall shows it: subtracting buckets as positive amounts.
    qint64 magnitude(WaterfallBucket b) const { return subtracts(b) ? -bucket(b) : bucket(b); }
    // Start plus every bucket: equals endCents (a test checks it for random histories).
    qint64 reconciled() const;
};

Waterfall computeWaterfall(const FactTable& facts, const WaterfallQuery& query);

// The waterfall's totals per group of a dimension (owner, team, ... of the deal as it is now).
struct WaterfallRow {
    QString name;
    qint64 startCents = 0, endCents = 0;
    std::array<qint64, kWaterfallBuckets> bucketCents{};
};
std::vector<WaterfallRow> waterfallBreakdown(const FactTable& facts, const WaterfallQuery& query,
                                             Dimension by);

// The deals that moved the pipeline most (the sum of their changes' sizes), with every change.
struct Mover {
    qint64 deal = 0;
    QString sourceId, name, owner;
    qint64 impactCents = 0;
    std::vector<WaterfallChange> changes;
    // Close date moved by this many days between A and B (0: not, or unknown).
    qint64 closeMovedDays = 0;
    // Amount change as a fraction of the amount at A (nullopt: no change, or no amount at A).
    std::optional<double> amountChange;
};
std::vector<Mover> biggestMovers(const Waterfall& waterfall, int count);

// The MQL backlog between two moments under the filters (also part of computeWaterfall()).
MqlBacklogChange computeMqlBacklogChange(const FactTable& facts, const MetricFilters& filters, qint64 from,
                                         qint64 to);

// Moments from calendar days in the workspace's time zone: the last second of `day`.
qint64 endOfDay(const FactTable& facts, const QDate& day);
QDate localDate(const FactTable& facts, qint64 t);
// The latest snapshot (deals import) at or before `t`, or kNoTime.
qint64 latestSnapshotAtOrBefore(const FactTable& facts, qint64 t);
// The defaults of a query, resolved (B, A, window), against the facts.
WaterfallQuery resolvedWaterfallQuery(const FactTable& facts, const WaterfallQuery& query);

} // namespace revalign
