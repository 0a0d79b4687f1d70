#pragma once

#include "metrics/facttable.h"
#include "metrics/metricquery.h"

#include <array>

namespace revalign {

// The MQLs waiting for sales' answer over one range: how many were waiting when it began, how many
// became MQL in it, how many sales accepted or rejected in it, and how many still wait at its end.
// Start + Entered − Accepted − Rejected = End, exactly: each MQL waits from its MQL time until its
// decision (accepted or rejected, moving to SAL or a later stage counts as accepted at that time), and
// the counts are taken from those two instants alone.
struct MqlBacklog {
    DateRange range;
    // The last day the end count covers: the range's end, or the data's last day when the range runs past
    // it (the backlog "now" is as of the latest record, not of a day that has not happened yet).
    QDate measuredTo;
    qint64 start = 0, entered = 0, accepted = 0, rejected = 0, end = 0;
    // How long the MQLs still waiting at the end have waited: 0–7, 8–30, 31–90, over 90 days.
    std::array<qint64, 4> endAges{};
    // Decisions the workspace holds without a decision time (a rejection with no date): such an MQL is
    // counted as decided the moment it became MQL, so it never inflates the backlog.
    qint64 undatedDecisions = 0;

    friend bool operator==(const MqlBacklog&, const MqlBacklog&) = default;
};

// When sales answered an MQL: the recorded decision, or reaching SAL (or later), whichever came first;
// kNoTime while it waits, or when it was answered without a time (the callers count those apart).
struct ContactEvents;
qint64 mqlDecidedAt(const FactTable& facts, qsizetype row, const ContactEvents& events);
// ContactColumns::mqlAnswers of `facts` (after handoffFacts are derived): every MQL, when it was answered
// by the rule above, and whether an answer had no time (then taken as given at the MQL time).
ContactColumns::MqlAnswers mqlAnswersOf(const FactTable& facts);

// Thread-safe on a shared snapshot. Throws Error for a filter name that is not in the data.
MqlBacklog computeMqlBacklog(const FactTable& facts, const MetricFilters& filters, const DateRange& range);

} // namespace revalign
