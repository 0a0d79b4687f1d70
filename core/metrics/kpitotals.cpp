#include "metrics/kpitotals.h"

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

ContactEvents ContactEvents::of(const FactTable& f, qsizetype row, bool mqlDetails) {
    const ContactColumns& c = f.contacts;
    const auto at = [&](int stage) { return stage < 0 ? kNoTime : c.stageAt[size_t(stage)][size_t(row)]; };
    ContactEvents e;
    e.leadAt = at(f.stageOf.lead);
    e.mqlAt = at(f.stageOf.mql);
    e.sqlAt = at(f.stageOf.sql);
    e.reachedMql = e.mqlAt != kNoTime;
    e.reachedSql = e.sqlAt != kNoTime;
    e.reachedCustomer = at(f.stageOf.customer) != kNoTime;
    if (!mqlDetails || e.mqlAt == kNoTime)
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

// The window an instant (or a day) falls in, or -1. Windows are sorted and disjoint.
template <typename Key> int findWindow(const std::vector<Window>& windows, qint64 v, Key key) {
    if (v == kNoTime || v == kNoDay)
        return -1;
    const auto it = std::upper_bound(windows.begin(), windows.end(), v,
                                     [&](qint64 value, const Window& w) { return value < key(w).first; });
    if (it == windows.begin())
        return -1;
    const Window& w = *(it - 1);
    return v < key(w).second ? int(it - 1 - windows.begin()) : -1;
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
        // Cost is spread evenly over the campaign's days; one known date puts it all on that day;
        // a campaign without dates carries no cost in any period.
        qint64 start = c.startDay[row] != kNoDay ? c.startDay[row] : c.endDay[row];
        qint64 end = c.endDay[row] != kNoDay ? c.endDay[row] : c.startDay[row];
        if (start == kNoDay || end < start)
            continue;
        const double perDay = double(c.costCents[row]) / double(end - start + 1);
        const size_t g = !groupBy ? 0 : *groupBy == Dimension::Channel ? size_t(c.channel[row]) : row;
        for (size_t w = 0; w < nW; ++w) {
            const qint64 overlap = std::min(end + 1, windows[w].toDay) - std::max(start, windows[w].fromDay);
            if (overlap > 0)
                *totals[g * nW + w].campaignCost += perDay * double(overlap);
        }
    }
}
} // namespace

std::vector<KpiTotals> accumulate(const FactTable& f, const ResolvedFilter& filter,
                                  const std::vector<Window>& windows, GroupBy groupBy) {
    const size_t nW = windows.size();
    std::vector<KpiTotals> totals(size_t(groupCount(f, groupBy)) * nW);
    for (KpiTotals& t : totals)
        t.rejectionsByReason.assign(size_t(f.reasons.size()), 0);
    if (nW == 0)
        return totals;
    const auto byTime = [](const Window& w) { return std::pair(w.from, w.to); };
    const auto byDay = [](const Window& w) { return std::pair(w.fromDay, w.toDay); };
    const ContactColumns& c = f.contacts;
    const auto stage = [&](int s, qsizetype i) { return s < 0 ? kNoTime : c.stageAt[size_t(s)][size_t(i)]; };
    for (qsizetype i = 0; i < c.size(); ++i) {
        const int wl = findWindow(windows, stage(f.stageOf.lead, i), byTime);
        const int wm = findWindow(windows, stage(f.stageOf.mql, i), byTime);
        const int ws = findWindow(windows, stage(f.stageOf.sql, i), byTime);
        if ((wl < 0 && wm < 0 && ws < 0) || !filter.contact(f, i))
            continue;
        const size_t base = groupBy ? size_t(contactGroup(f, i, *groupBy)) * nW : 0;
        const ContactEvents e = ContactEvents::of(f, i, wm >= 0);
        if (wl >= 0) {
            KpiTotals& t = totals[base + size_t(wl)];
            ++t.leads;
            t.leadsReachedMql += e.reachedMql;
            t.leadsReachedCustomer += e.reachedCustomer;
        }
        if (wm >= 0) {
            KpiTotals& t = totals[base + size_t(wm)];
            ++t.mqls;
            t.accepted += e.outcome == MqlOutcome::Accepted;
            t.rejected += e.outcome == MqlOutcome::Rejected;
            t.pending += e.outcome == MqlOutcome::Pending;
            if (e.outcome == MqlOutcome::Rejected)
                ++t.rejectionsByReason[size_t(c.rejectionReason[size_t(i)])];
            t.mqlsReachedSql += e.reachedSql;
            t.slaMet += e.sla == SlaState::Met;
            t.slaMissed += e.sla == SlaState::Missed;
            t.slaNotDue += e.sla == SlaState::NotDueYet;
            if (e.hoursToFirstTouch)
                t.hoursToFirstTouch.push_back(*e.hoursToFirstTouch);
        }
        if (ws >= 0)
            ++totals[base + size_t(ws)].sqls;
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
        if (const int w = findWindow(windows, o.createdAt[size_t(j)], byTime); w >= 0) {
            KpiTotals& t = totals[base + size_t(w)];
            ++t.opportunitiesCreated;
            t.pipelineCreated += amount;
            t.marketingPipeline += marketing ? amount : 0;
        }
        if (const int w = findWindow(windows, o.closeDay[size_t(j)], byDay); w >= 0) {
            KpiTotals& t = totals[base + size_t(w)];
            if (closed && won) {
                ++t.won;
                t.bookings += amount;
                t.marketingRevenue += marketing ? amount : 0;
                if (o.createdDay[size_t(j)] != kNoDay)
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
            t.weightedAtEnd += double(amount) * double(o.probability[size_t(j)]);
        }
    }
    addCampaignCost(f, filter, windows, groupBy, totals);
    return totals;
}

} // namespace revalign
