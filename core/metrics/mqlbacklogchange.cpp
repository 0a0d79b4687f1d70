#include "metrics/kpitotals.h"
#include "metrics/mqlbacklog.h"
#include "metrics/waterfall.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace revalign {

ContactColumns::MqlAnswers mqlAnswersOf(const FactTable& f) {
    ContactColumns::MqlAnswers a;
    a.contacts = f.contacts.size();
    if (f.stageOf.mql < 0 || f.contacts.handoffFacts.size() != size_t(f.contacts.size()))
        return a;
    // The MQL column first: one contiguous scan passes over the contacts that never became MQLs.
    const std::vector<qint64>& mqlAt = f.contacts.stageAt[size_t(f.stageOf.mql)];
    for (qsizetype i = 0; i < f.contacts.size(); ++i) {
        if (mqlAt[size_t(i)] == kNoTime)
            continue;
        const ContactEvents e = ContactEvents::mqlOf(f, i); // mqlDecidedAt reads only the outcome
        quint8 kind = e.outcome == MqlOutcome::Accepted   ? ContactColumns::MqlAnswers::kAccepted
                      : e.outcome == MqlOutcome::Rejected ? ContactColumns::MqlAnswers::kRejected
                                                          : 0;
        qint64 decided = mqlDecidedAt(f, i, e);
        if (e.outcome != MqlOutcome::Pending && decided == kNoTime) {
            kind |= ContactColumns::MqlAnswers::kUndated;
            decided = e.mqlAt;
        }
        if (decided != kNoTime)
            decided =
                std::max(decided, e.mqlAt); // a decision recorded before the MQL time answers it at once
        a.row.push_back(qint32(i));
        a.mqlAt.push_back(e.mqlAt);
        a.answeredAt.push_back(decided);
        a.kind.push_back(kind);
    }
    return a;
}

// The MQL backlog as of two moments, from each contact's MQL time and its handoff decision: pending at a
// moment = became an MQL by then and not yet answered by then. The answer is the one computeMqlBacklog()
// (the meeting pack's backlog over days) uses: the decision's time or reaching SAL, whichever came first;
// an answer without any time counts as given the moment the contact became an MQL (it never inflates the
// backlog) and is counted in `undated`.
MqlBacklogChange computeMqlBacklogChange(const FactTable& f, const MetricFilters& filters, qint64 from,
                                         qint64 to) {
    MqlBacklogChange m;
    if (f.stageOf.mql < 0) {
        m.reason = QCoreApplication::translate("Waterfall", "the funnel has no MQL stage");
        return m;
    }
    if (from == kNoTime || to == kNoTime || from >= to) {
        m.reason = QCoreApplication::translate("Waterfall", "no period to compare");
        return m;
    }
    const ResolvedFilter filter(f, filters);
    // Derived at load; a table whose contacts changed since (or were never derived) is answered here.
    std::optional<ContactColumns::MqlAnswers> local;
    if (f.contacts.mqlAnswers.contacts != f.contacts.size())
        local = mqlAnswersOf(f);
    const ContactColumns::MqlAnswers& a = local ? *local : f.contacts.mqlAnswers;
    using A = ContactColumns::MqlAnswers;
    qint64 mqls = 0;
    for (size_t k = 0; k < a.row.size(); ++k) {
        if (!filter.contact(f, a.row[k]))
            continue;
        ++mqls;
        const qint64 mqlAt = a.mqlAt[k];
        const qint64 answered = a.answeredAt[k];
        if ((a.kind[k] & A::kUndated) && mqlAt <= to)
            ++m.undated;
        const auto pendingAt = [&](qint64 t) { return mqlAt <= t && (answered == kNoTime || answered > t); };
        m.pendingBefore += pendingAt(from) ? 1 : 0;
        m.pendingAfter += pendingAt(to) ? 1 : 0;
        m.newMqls += mqlAt > from && mqlAt <= to ? 1 : 0;
        if (answered != kNoTime && answered > from && answered <= to)
            ++((a.kind[k] & A::kAccepted) ? m.accepted : m.rejected);
    }
    if (mqls == 0) {
        m.reason = QCoreApplication::translate("Waterfall", "no MQLs in the data");
        return m;
    }
    m.available = true;
    return m;
}

} // namespace revalign
