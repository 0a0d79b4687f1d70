#include "metrics/mqlbacklog.h"

#include "metrics/kpitotals.h"

#include <algorithm>

namespace revalign {

namespace {
constexpr double kDay = 86400.0;
} // namespace

qint64 mqlDecidedAt(const FactTable& f, qsizetype row, const ContactEvents& e) {
    if (e.outcome == MqlOutcome::Pending)
        return kNoTime;
    const ContactColumns& c = f.contacts;
    qint64 at = kNoTime;
    const auto consider = [&at](qint64 t) {
        if (t != kNoTime)
            at = at == kNoTime ? t : std::min(at, t);
    };
    const auto status = HandoffStatus(c.handoff[size_t(row)]);
    if (status == HandoffStatus::Accepted || status == HandoffStatus::Rejected)
        consider(c.decidedAt[size_t(row)]);
    if (e.outcome == MqlOutcome::Accepted && f.stageOf.sal >= 0)
        consider(c.stageAt[size_t(f.stageOf.sal)][size_t(row)]);
    return at;
}

MqlBacklog computeMqlBacklog(const FactTable& f, const MetricFilters& filters, const DateRange& range) {
    const ResolvedFilter filter(f, filters);
    MqlBacklog b;
    b.range = range;
    if (!range.isValid() || f.stageOf.mql < 0)
        return b;
    const Window w = Window::of(f, range);
    // A range that runs past the data ends at the latest record.
    const qint64 endAt = f.asOf == kNoTime ? w.to : std::min(w.to, f.asOf + 1);
    b.measuredTo = endAt < w.to ? QDate::fromJulianDay(f.hours.localDay(endAt - 1)) : range.to;
    if (b.measuredTo < range.from)
        b.measuredTo = range.from;
    for (qsizetype i = 0; i < f.contacts.size(); ++i) {
        const ContactEvents e = ContactEvents::of(f, i);
        if (e.mqlAt == kNoTime || e.mqlAt >= endAt || !filter.contact(f, i))
            continue;
        qint64 decided = mqlDecidedAt(f, i, e);
        if (e.outcome != MqlOutcome::Pending && decided == kNoTime) {
            ++b.undatedDecisions;
            decided = e.mqlAt;
        }
        if (decided != kNoTime)
            decided =
                std::max(decided, e.mqlAt); // a decision recorded before the MQL time answers it at once
        const bool waitingBefore = e.mqlAt < w.from && (decided == kNoTime || decided >= w.from);
        const bool decidedInRange = decided != kNoTime && decided >= w.from && decided < endAt;
        b.start += waitingBefore ? 1 : 0;
        b.entered += e.mqlAt >= w.from ? 1 : 0;
        if (decidedInRange)
            ++(e.outcome == MqlOutcome::Accepted ? b.accepted : b.rejected);
        if (decided == kNoTime || decided >= endAt) {
            ++b.end;
            const double days = double(endAt - e.mqlAt) / kDay;
            ++b.endAges[days <= 7 ? 0 : days <= 30 ? 1 : days <= 90 ? 2 : 3];
        }
    }
    return b;
}

} // namespace revalign
