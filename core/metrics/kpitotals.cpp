#include "metrics/kpitotals.h"

#include "metrics/mqlbacklog.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace revalign {

Window Window::of(const FactTable& f, const DateRange& range) {
    Window w;
    w.range = range;
    w.from = f.hours.dayStart(range.from);
    w.to = f.hours.dayStart(range.to.addDays(1));
    w.fromDay = range.from.toJulianDay();
    w.toDay = range.to.toJulianDay() + 1;
    return w;
}

Window Window::allTime(const FactTable& f) {
    Window w = f.dataFrom.isValid() ? of(f, DateRange{f.dataFrom, f.dataTo}) : Window{};
    w.all = true;
    return w;
}

namespace {
ContactEvents stageEvents(const FactTable& f, qsizetype row) {
    const ContactColumns& c = f.contacts;
    const auto at = [&](int stage) { return stage < 0 ? kNoTime : c.stageAt[size_t(stage)][size_t(row)]; };
    ContactEvents e;
    e.leadAt = at(f.stageOf.lead);
    e.mqlAt = at(f.stageOf.mql);
    e.sqlAt = at(f.stageOf.sql);
    e.reachedMql = e.mqlAt != kNoTime;
    e.reachedSql = e.sqlAt != kNoTime;
    e.reachedCustomer = at(f.stageOf.customer) != kNoTime;
    return e;
}
} // namespace

ContactEvents ContactEvents::of(const FactTable& f, qsizetype row) {
    ContactEvents e = stageEvents(f, row);
    const quint8 packed = f.contacts.handoffFacts[size_t(row)];
    e.outcome = MqlOutcome(packed & 3u);
    e.sla = SlaState((packed >> 2) & 3u);
    const float hours = f.contacts.hoursToFirstTouch[size_t(row)];
    if (hours >= 0)
        e.hoursToFirstTouch = double(hours);
    return e;
}

ContactEvents ContactEvents::mqlOf(const FactTable& f, qsizetype row) {
    ContactEvents e;
    e.mqlAt = f.stageOf.mql < 0 ? kNoTime : f.contacts.stageAt[size_t(f.stageOf.mql)][size_t(row)];
    e.reachedMql = e.mqlAt != kNoTime;
    e.outcome = MqlOutcome(f.contacts.handoffFacts[size_t(row)] & 3u);
    return e;
}

void deriveContactFacts(FactTable& f) {
    ContactColumns& c = f.contacts;
    c.handoffFacts.assign(size_t(c.size()),
                          quint8(quint8(MqlOutcome::Pending) | quint8(SlaState::NoSla) << 2));
    c.hoursToFirstTouch.assign(size_t(c.size()), -1.0f);
    const auto derive = [&f, &c](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i) {
            const ContactEvents e = ContactEvents::derive(f, i);
            c.handoffFacts[size_t(i)] = quint8(quint8(e.outcome) | quint8(quint8(e.sla) << 2));
            if (e.hoursToFirstTouch)
                c.hoursToFirstTouch[size_t(i)] = float(*e.hoursToFirstTouch);
        }
    };
    // Halves on two threads; each writes only its own rows.
    const qsizetype half = c.size() / 2;
    QFuture<void> second = QtConcurrent::run([&derive, half, n = c.size()] { derive(half, n); });
    derive(0, half);
    second.waitForFinished();
    c.mqlAnswers = mqlAnswersOf(f);
}

ContactEvents ContactEvents::derive(const FactTable& f, qsizetype row) {
    const ContactColumns& c = f.contacts;
    const auto at = [&](int stage) { return stage < 0 ? kNoTime : c.stageAt[size_t(stage)][size_t(row)]; };
    ContactEvents e = stageEvents(f, row);
    if (e.mqlAt == kNoTime)
        return e;
    const auto status = HandoffStatus(c.handoff[size_t(row)]);
    const qint64 salAt = at(f.stageOf.sal); // reaching SQL or later without SAL implies acceptance
    if (status == HandoffStatus::Rejected)
        e.outcome = MqlOutcome::Rejected;
    else if (status == HandoffStatus::Accepted || salAt != kNoTime)
        e.outcome = MqlOutcome::Accepted;
    // Sales responded at the earliest of: the accept/reject decision, the first sales touch, SAL entry.
    qint64 response = kNoTime;
    const auto consider = [&response](qint64 t) {
        if (t != kNoTime)
            response = response == kNoTime ? t : std::min(response, t);
    };
    if (status == HandoffStatus::Accepted || status == HandoffStatus::Rejected)
        consider(c.decidedAt[size_t(row)]);
    consider(c.firstTouchAt[size_t(row)]);
    consider(salAt);
    const auto& slaHours = f.stages[size_t(f.stageOf.mql)].slaHours;
    if (slaHours) {
        const double allowed = *slaHours * 3600;
        if (response != kNoTime)
            e.sla = double(f.hours.secondsBetween(e.mqlAt, response)) <= allowed ? SlaState::Met
                                                                                 : SlaState::Missed;
        else
            e.sla = double(f.hours.secondsBetween(e.mqlAt, f.asOf)) > allowed ? SlaState::Missed
                                                                              : SlaState::NotDueYet;
    }
    const qint64 touch = c.firstTouchAt[size_t(row)];
    if (touch != kNoTime)
        e.hoursToFirstTouch = double(f.hours.secondsBetween(e.mqlAt, touch)) / 3600.0;
    return e;
}

qint32 contactGroup(const FactTable& f, qsizetype row, Dimension d) {
    const ContactColumns& c = f.contacts;
    switch (d) {
    case Dimension::Persona:
        return c.persona[size_t(row)];
    case Dimension::Channel:
        return c.channel[size_t(row)];
    case Dimension::Campaign:
        return c.campaign[size_t(row)];
    case Dimension::Owner:
        return c.owner[size_t(row)];
    case Dimension::Team:
        return f.ownerTeam[size_t(c.owner[size_t(row)])];
    case Dimension::Segment:
        return c.segment[size_t(row)];
    case Dimension::DealStage:
        return 0;
    case Dimension::Manager:
        return f.ownerManager[size_t(c.owner[size_t(row)])];
    case Dimension::Region:
        return f.ownerRegion[size_t(c.owner[size_t(row)])];
    }
    return 0;
}

qint32 opportunityGroup(const FactTable& f, qsizetype row, Dimension d) {
    const OpportunityColumns& o = f.opportunities;
    switch (d) {
    case Dimension::Persona:
        return o.persona[size_t(row)];
    case Dimension::Channel:
        return o.channel[size_t(row)];
    case Dimension::Campaign:
        return o.campaign[size_t(row)];
    case Dimension::Owner:
        return o.owner[size_t(row)];
    case Dimension::Team:
        return f.ownerTeam[size_t(o.owner[size_t(row)])];
    case Dimension::Segment:
        return o.segment[size_t(row)];
    case Dimension::DealStage:
        return o.dealStage[size_t(row)];
    case Dimension::Manager:
        return f.ownerManager[size_t(o.owner[size_t(row)])];
    case Dimension::Region:
        return f.ownerRegion[size_t(o.owner[size_t(row)])];
    }
    return 0;
}

namespace {
qint32 groupCount(const FactTable& f, GroupBy groupBy) {
    if (!groupBy)
        return 1;
    if (*groupBy == Dimension::Campaign)
        return qint32(f.campaigns.id.size());
    return f.dictionary(*groupBy).size();
}

void addCampaignCost(const FactTable& f, const ResolvedFilter& filter, const std::vector<Window>& windows,
                     GroupBy groupBy, std::vector<KpiTotals>& totals) {
    const bool byCampaignDimension =
        !groupBy || *groupBy == Dimension::Channel || *groupBy == Dimension::Campaign;
    if (!filter.costIsAttributable() || !byCampaignDimension)
        return;
    for (KpiTotals& t : totals)
        t.campaignCost = 0.0;
    const CampaignColumns& c = f.campaigns;
    const size_t nW = windows.size();
    for (size_t row = 1; row < c.id.size(); ++row) {
        if (!filter.campaign(f, qsizetype(row)))
            continue;
        const size_t g = !groupBy ? 0 : *groupBy == Dimension::Channel ? size_t(c.channel[row]) : row;
        if (nW == 1 && windows.front().all) { // all time: every cost, dated or not
            *totals[g].campaignCost += double(c.costCents[row]);
            continue;
        }
        // Cost is spread evenly over the campaign's days; one known date puts it all on that day;
        // a campaign without dates carries no cost in any period.
        qint64 start = c.startDay[row] != kNoDay ? c.startDay[row] : c.endDay[row];
        qint64 end = c.endDay[row] != kNoDay ? c.endDay[row] : c.startDay[row];
        if (start == kNoDay || end < start)
            continue;
        const double perDay = double(c.costCents[row]) / double(end - start + 1);
        for (size_t w = 0; w < nW; ++w) {
            const qint64 overlap = std::min(end + 1, windows[w].toDay) - std::max(start, windows[w].fromDay);
            if (overlap > 0)
                *totals[g * nW + w].campaignCost += perDay * double(overlap);
        }
    }
}
} // namespace

namespace {
// Finds the window of an instant among a few sorted, disjoint windows (a linear scan beats a binary
// search for the usual one to three windows).
class WindowFinder final {
public:
    WindowFinder(const std::vector<Window>& windows, bool byDay)
        : m_all(windows.size() == 1 && windows.front().all) {
        for (const Window& w : windows) {
            m_from.push_back(byDay ? w.fromDay : w.from);
            m_to.push_back(byDay ? w.toDay : w.to);
        }
    }
    bool isAllTime() const { return m_all; }
    int operator()(qint64 v) const {
        if (m_all) // kNoTime and kNoDay are the same "none" value
            return v == kNoTime || v == kNoDay ? -1 : 0;
        if (m_from.size() > 4)
            return binary(v);
        for (size_t i = 0; i < m_from.size(); ++i)
            if (v >= m_from[i] && v < m_to[i])
                return int(i);
        return -1;
    }

private:
    int binary(qint64 v) const {
        const auto it = std::upper_bound(m_from.begin(), m_from.end(), v);
        if (it == m_from.begin())
            return -1;
        const size_t i = size_t(it - m_from.begin()) - 1;
        return v < m_to[i] ? int(i) : -1;
    }
    std::vector<qint64> m_from, m_to; // kNoTime / kNoDay are below every window: never found
    bool m_all;
};

void accumulateContacts(const FactTable& f, const ResolvedFilter& filter, const WindowFinder& find, size_t nW,
                        GroupBy groupBy, qsizetype begin, qsizetype end, std::vector<KpiTotals>& totals) {
    const ContactColumns& c = f.contacts;
    const auto column = [&](int s) { return s < 0 ? nullptr : c.stageAt[size_t(s)].data(); };
    const qint64* leadAt = column(f.stageOf.lead);
    const qint64* mqlAt = column(f.stageOf.mql);
    const qint64* sqlAt = column(f.stageOf.sql);
    const quint8* lastStage = c.lastStage.data();
    const quint8* packed = c.handoffFacts.data();
    const float* hours = c.hoursToFirstTouch.data();
    const int mqlStage = f.stageOf.mql, sqlStage = f.stageOf.sql, customerStage = f.stageOf.customer;
    // All time counts every contact as a lead, its creation dated or not.
    const bool everyLead = nW == 1 && find.isAllTime();
    for (qsizetype i = begin; i < end; ++i) {
        const int wl = everyLead ? 0 : leadAt ? find(leadAt[i]) : -1;
        const int wm = mqlAt ? find(mqlAt[i]) : -1;
        const int ws = sqlAt ? find(sqlAt[i]) : -1;
        if ((wl < 0 && wm < 0 && ws < 0) || !filter.contact(f, i))
            continue;
        const size_t base = groupBy ? size_t(contactGroup(f, i, *groupBy)) * nW : 0;
        // Same facts as ContactEvents::of, read straight from the columns (this loop is the hot path).
        const int last = lastStage[i] == kNoStage ? -1 : int(lastStage[i]);
        if (wl >= 0) {
            KpiTotals& t = totals[base + size_t(wl)];
            ++t.leads;
            t.leadsReachedMql += mqlStage >= 0 && last >= mqlStage;
            t.leadsReachedCustomer += customerStage >= 0 && last >= customerStage;
        }
        if (wm >= 0) {
            KpiTotals& t = totals[base + size_t(wm)];
            const auto outcome = MqlOutcome(packed[i] & 3u);
            const auto sla = SlaState((packed[i] >> 2) & 3u);
            ++t.mqls;
            t.accepted += outcome == MqlOutcome::Accepted;
            t.rejected += outcome == MqlOutcome::Rejected;
            t.pending += outcome == MqlOutcome::Pending;
            if (outcome == MqlOutcome::Rejected)
                ++t.rejectionsByReason[size_t(c.rejectionReason[size_t(i)])];
            t.mqlsReachedSql += sqlStage >= 0 && last >= sqlStage;
            t.slaMet += sla == SlaState::Met;
            t.slaMissed += sla == SlaState::Missed;
            t.slaNotDue += sla == SlaState::NotDueYet;
            if (hours[i] >= 0)
                t.hoursToFirstTouch.push_back(hours[i]);
        }
        if (ws >= 0)
            ++totals[base + size_t(ws)].sqls;
    }
}

// Adds the contact sums of `other` (a second thread's share) into `t`.
void mergeContactTotals(KpiTotals& t, const KpiTotals& other) {
    t.leads += other.leads;
    t.leadsReachedMql += other.leadsReachedMql;
    t.leadsReachedCustomer += other.leadsReachedCustomer;
    t.mqls += other.mqls;
    t.accepted += other.accepted;
    t.rejected += other.rejected;
    t.pending += other.pending;
    t.mqlsReachedSql += other.mqlsReachedSql;
    t.slaMet += other.slaMet;
    t.slaMissed += other.slaMissed;
    t.slaNotDue += other.slaNotDue;
    t.sqls += other.sqls;
    t.hoursToFirstTouch.insert(t.hoursToFirstTouch.end(), other.hoursToFirstTouch.begin(),
                               other.hoursToFirstTouch.end());
    for (size_t r = 0; r < t.rejectionsByReason.size(); ++r)
        t.rejectionsByReason[r] += other.rejectionsByReason[r];
}

// Below this many contacts a second thread costs more than it saves.
constexpr qsizetype kParallelFrom = 200000;
} // namespace

std::vector<KpiTotals> accumulate(const FactTable& f, const ResolvedFilter& filter,
                                  const std::vector<Window>& windows, GroupBy groupBy) {
    const size_t nW = windows.size();
    std::vector<KpiTotals> totals(size_t(groupCount(f, groupBy)) * nW);
    for (KpiTotals& t : totals)
        t.rejectionsByReason.assign(size_t(f.reasons.size()), 0);
    if (nW == 0)
        return totals;
    const WindowFinder byTime(windows, false);
    const WindowFinder byDay(windows, true);
    const qsizetype n = f.contacts.size();
    if (n < kParallelFrom) {
        accumulateContacts(f, filter, byTime, nW, groupBy, 0, n, totals);
    } else {
        // Two halves on two threads (the machine budget is two cores), merged afterwards.
        std::vector<KpiTotals> second = totals;
        QFuture<void> other =
            QtConcurrent::run([&] { accumulateContacts(f, filter, byTime, nW, groupBy, n / 2, n, second); });
        accumulateContacts(f, filter, byTime, nW, groupBy, 0, n / 2, totals);
        other.waitForFinished();
        for (size_t i = 0; i < totals.size(); ++i)
            mergeContactTotals(totals[i], second[i]);
    }
    const OpportunityColumns& o = f.opportunities;
    for (qsizetype j = 0; j < o.size(); ++j) {
        if (!filter.opportunity(f, j))
            continue;
        const size_t base = groupBy ? size_t(opportunityGroup(f, j, *groupBy)) * nW : 0;
        const qint64 amount = o.amountCents[size_t(j)];
        const bool marketing = SourcedBy(o.sourcedBy[size_t(j)]) == SourcedBy::Marketing;
        const bool won = o.won[size_t(j)] != 0;
        const bool closed = o.closed[size_t(j)] != 0;
        // All time: every deal counts as created and every closed deal as closed, dated or not.
        const bool all = byTime.isAllTime();
        const int created = all ? 0 : byTime(o.createdAt[size_t(j)]);
        const int closedIn = all ? (closed ? 0 : -1) : byDay(o.closeDay[size_t(j)]);
        if (const int w = created; w >= 0) {
            KpiTotals& t = totals[base + size_t(w)];
            ++t.opportunitiesCreated;
            t.pipelineCreated += amount;
            t.marketingPipeline += marketing ? amount : 0;
        }
        if (const int w = closedIn; w >= 0) {
            KpiTotals& t = totals[base + size_t(w)];
            if (closed && won) {
                ++t.won;
                t.bookings += amount;
                t.marketingRevenue += marketing ? amount : 0;
                // An impossible interval (closed before created, won before the contact was first
                // seen) would make the cycle a lie: left out, and counted as left out.
                if (o.quality[size_t(j)] & kImpossibleCycle)
                    ++t.cycleLeftOut;
                else if (o.createdDay[size_t(j)] != kNoDay && o.closeDay[size_t(j)] != kNoDay)
                    t.cycleDays.push_back(double(o.closeDay[size_t(j)] - o.createdDay[size_t(j)]));
            } else if (closed) {
                ++t.lost;
            }
            if (won)
                t.forecast[size_t(ForecastCategory::Closed)] += amount;
            else if (!closed)
                t.forecast[o.forecast[size_t(j)]] += amount;
        }
        for (size_t w = 0; w < nW; ++w) {
            if (!openAtEnd(o, j, windows[w]))
                continue;
            KpiTotals& t = totals[base + w];
            ++t.openAtEnd;
            t.openAmountAtEnd += amount;
            t.weightedAtEnd += double(amount) * o.probability[size_t(j)];
        }
    }
    addCampaignCost(f, filter, windows, groupBy, totals);
    return totals;
}

} // namespace revalign
