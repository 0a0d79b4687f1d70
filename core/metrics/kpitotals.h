#pragma once

#include "metrics/facttable.h"
#include "metrics/metricquery.h"

#include <array>
#include <optional>
#include <vector>

namespace revalign {

// A date range turned into instants: [from, to) in UTC seconds and [fromDay, toDay) in local Julian days.
// An all-time window holds every dated fact, and the callers that count records ("every lead", "every
// closed deal") count the undated ones in it too (`all`).
struct Window {
    DateRange range;
    qint64 from = 0, to = 0;
    qint64 fromDay = 0, toDay = 0;
    bool all = false;

    static Window of(const FactTable& facts, const DateRange& range);
    static Window allTime(const FactTable& facts);
    bool contains(qint64 t) const { return t != kNoTime && (all || (t >= from && t < to)); }
    bool containsDay(qint64 day) const { return day != kNoDay && (all || (day >= fromDay && day < toDay)); }
};

enum class MqlOutcome : quint8 { Accepted, Rejected, Pending };
enum class SlaState : quint8 { Met, Missed, NotDueYet, NoSla };

// What one contact did, independent of any reporting window: the stage times (skipped-stage rule
// applied) and, for MQLs, how the handoff went. Both the totals and the drill-down read this, so a
// figure and the list of ids behind it cannot disagree.
struct ContactEvents {
    qint64 leadAt = kNoTime, mqlAt = kNoTime, sqlAt = kNoTime;
    bool reachedMql = false, reachedSql = false, reachedCustomer = false;
    MqlOutcome outcome = MqlOutcome::Pending;
    SlaState sla = SlaState::NoSla;
    std::optional<double> hoursToFirstTouch; // business hours MQL -> first sales touch

    // Reads the stage columns and the facts derived at load time.
    static ContactEvents of(const FactTable& facts, qsizetype row);
    // Only mqlAt and the handoff outcome (what a scan of every contact's MQL needs), from two columns.
    static ContactEvents mqlOf(const FactTable& facts, qsizetype row);
    // Works the handoff outcome, SLA and time to touch out from the raw columns (calendar lookups).
    static ContactEvents derive(const FactTable& facts, qsizetype row);
};

// Fills ContactColumns::handoffFacts and hoursToFirstTouch; FactStore::load calls it once the calendar
// and the as-of instant are known.
void deriveContactFacts(FactTable& facts);

// Sums for one window (and one group of a breakdown). Money in cents.
struct KpiTotals {
    qint64 leads = 0, leadsReachedMql = 0, leadsReachedCustomer = 0;
    qint64 mqls = 0, accepted = 0, rejected = 0, pending = 0, mqlsReachedSql = 0;
    qint64 slaMet = 0, slaMissed = 0, slaNotDue = 0, sqls = 0;
    std::vector<float> hoursToFirstTouch;
    std::vector<qint64> rejectionsByReason; // by FactTable::reasons code
    qint64 opportunitiesCreated = 0, pipelineCreated = 0, marketingPipeline = 0;
    qint64 won = 0, lost = 0, bookings = 0, marketingRevenue = 0;
    std::vector<double> cycleDays;
    qint64 cycleLeftOut = 0; // won deals with an impossible interval (kImpossibleCycle), not in cycleDays
    qint64 openAtEnd = 0, openAmountAtEnd = 0;
    double weightedAtEnd = 0;
    std::optional<double> campaignCost; // nullopt when the filter makes cost unattributable
    std::array<qint64, 5> forecast{};   // by ForecastCategory: amount closing in the window
};

// Grouping for breakdowns: totals per code of a dimension (nullopt = one group).
using GroupBy = std::optional<Dimension>;

// One pass over contacts, opportunities and campaigns. `windows` must be sorted and must not overlap;
// the result holds groups × windows totals, index group * windows.size() + window.
std::vector<KpiTotals> accumulate(const FactTable& facts, const ResolvedFilter& filter,
                                  const std::vector<Window>& windows, GroupBy groupBy = std::nullopt);

// The group code of a contact / opportunity row under a breakdown dimension.
qint32 contactGroup(const FactTable& facts, qsizetype row, Dimension d);
qint32 opportunityGroup(const FactTable& facts, qsizetype row, Dimension d);

// Whether an opportunity counts as open at the end of the window (created before it, closed after).
inline bool openAtEnd(const OpportunityColumns& o, qsizetype j, const Window& w) {
    // A deal that is not closed is open, with or without a creation date (and all time: open now); a
    // closed one was open at the end of a window only when it was created before that end and closed
    // after it.
    if (w.all || o.createdAt[j] == kNoTime)
        return !o.closed[j];
    return o.createdAt[j] < w.to && (!o.closed[j] || (o.closeDay[j] != kNoDay && o.closeDay[j] >= w.toDay));
}

} // namespace revalign
