#include "metrics/kpitotals.h"
#include "metrics/waterfall.h"

#include <QCoreApplication>

namespace revalign {

// The MQL backlog as of two moments, from each contact's MQL time and its handoff decision: pending at a
// moment = became an MQL by then and not yet accepted or rejected by then. Accepted means the decision's
// time, else the time the contact reached SAL; a decision without any time cannot be placed and is counted
// apart (undated), never guessed.
MqlBacklog computeMqlBacklog(const FactTable& f, const MetricFilters& filters, qint64 from, qint64 to) {
    MqlBacklog m;
    if (f.stageOf.mql < 0) {
        m.reason = QCoreApplication::translate("Waterfall", "the funnel has no MQL stage");
        return m;
    }
    if (from == kNoTime || to == kNoTime || from >= to) {
        m.reason = QCoreApplication::translate("Waterfall", "no period to compare");
        return m;
    }
    const ResolvedFilter filter(f, filters);
    const ContactColumns& c = f.contacts;
    qint64 mqls = 0;
    for (qsizetype i = 0; i < c.size(); ++i) {
        if (!filter.contact(f, i))
            continue;
        const ContactEvents e = ContactEvents::of(f, i);
        if (e.mqlAt == kNoTime)
            continue;
        ++mqls;
        qint64 decided = kNoTime;
        if (e.outcome != MqlOutcome::Pending) {
            const auto status = HandoffStatus(c.handoff[size_t(i)]);
            if (status == HandoffStatus::Accepted || status == HandoffStatus::Rejected)
                decided = c.decidedAt[size_t(i)];
            if (decided == kNoTime && e.outcome == MqlOutcome::Accepted && f.stageOf.sal >= 0)
                decided = c.stageAt[size_t(f.stageOf.sal)][size_t(i)];
            if (decided == kNoTime) {
                ++m.undated;
                continue;
            }
            decided = std::max(decided, e.mqlAt); // a decision cannot precede the MQL it decides
        }
        const auto pendingAt = [&](qint64 t) {
            return e.mqlAt <= t && (e.outcome == MqlOutcome::Pending || decided > t);
        };
        m.pendingBefore += pendingAt(from) ? 1 : 0;
        m.pendingAfter += pendingAt(to) ? 1 : 0;
        m.newMqls += e.mqlAt > from && e.mqlAt <= to ? 1 : 0;
        if (decided != kNoTime && decided > from && decided <= to) {
            if (e.outcome == MqlOutcome::Accepted)
                ++m.accepted;
            else
                ++m.rejected;
        }
    }
    if (mqls == 0) {
        m.reason = QCoreApplication::translate("Waterfall", "no MQLs in the data");
        return m;
    }
    m.available = true;
    return m;
}

} // namespace revalign
