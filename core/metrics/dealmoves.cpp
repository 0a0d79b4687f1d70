#include "metrics/dealmoves.h"

#include "metrics/stats.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>

namespace revalign {

namespace {
QDate dayOf(qint32 julian) {
    return julian == kNoDay ? QDate() : QDate::fromJulianDay(julian);
}

// Reorders `rows` by `keys` (one per row, compared with <), keeping the order of rows with equal keys.
// Sorting small keys and moving each row once is several times faster than stable_sort on the rows: a
// stalled deal carries four strings, and 20,000 of them tie on their days overdue, which a comparison of
// names (UTF-16) then decided, 40 % of an unfiltered waterfall.
template <typename Row, typename Key> void orderByKeys(std::vector<Row>& rows, const std::vector<Key>& keys) {
    std::vector<std::pair<Key, quint32>> order(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        order[i] = {keys[i], quint32(i)};
    std::sort(order.begin(), order.end()); // the index breaks ties: stable
    std::vector<Row> sorted;
    sorted.reserve(rows.size());
    for (const auto& [key, index] : order)
        sorted.push_back(std::move(rows[index]));
    rows = std::move(sorted);
}

QString examples(const std::vector<QString>& names) {
    QStringList shown;
    for (size_t i = 0; i < names.size() && i < 3; ++i)
        shown << names[i];
    return shown.join(QStringLiteral(", "));
}
std::vector<double>& stayOf(std::vector<std::vector<double>>& stays, qint32 stage) {
    if (size_t(stage) >= stays.size())
        stays.resize(size_t(stage) + 1);
    return stays[size_t(stage)];
}
} // namespace

qint32 DealMoves::nameRank(qsizetype deal) const {
    if (m_h.nameRank.size() == m_h.names.size()) // as loaded (FactStore)
        return m_h.nameRank[size_t(deal)];
    if (m_nameRank.size() != m_h.names.size()) // a table built by hand (tests): ranked here once
        m_nameRank = rankByName(m_h.names);
    return size_t(deal) < m_nameRank.size() ? m_nameRank[size_t(deal)] : 0;
}

DealMoves::DealMoves(const FactTable& facts, const ResolvedFilter& filter, const WaterfallQuery& q)
    : m_facts(facts)
    , m_h(facts.dealHistory)
    , m_filter(filter)
    , m_from(q.from)
    , m_to(q.to)
    , m_windowFrom(q.window.from.toJulianDay())
    , m_windowTo(q.window.to.toJulianDay())
    , m_firstSnapshot(m_h.snapshotTimes.empty() ? std::numeric_limits<qint64>::max()
                                                : m_h.snapshotTimes.front()) {}

bool DealMoves::inWindow(qint32 k) const {
    const qint32 day = m_h.closeDay[size_t(k)];
    return day != kNoDay && day >= m_windowFrom && day <= m_windowTo;
}

bool DealMoves::hasHistoryRows(qsizetype j) const {
    for (qint32 k = m_h.first(j); k < m_h.end(j); ++k)
        if (!(m_h.flags[size_t(k)] & DealHistoryColumns::kSnapshot))
            return true;
    return false;
}

DealChanges DealMoves::classify(qsizetype j) const {
    DealChanges c;
    if (m_h.first(j) == m_h.end(j))
        return c;
    c.b = m_h.stateAt(j, m_to);
    if (c.b < 0)
        return c; // not there yet at B
    c.a = m_h.stateAt(j, m_from);
    if (c.a < 0 && m_from < m_firstSnapshot && !hasHistoryRows(j)) {
        // Before the first deals import nothing says the deal was not there: a deal created before A (or
        // whose creation is unknown) is taken as first seen; only one created after A is new.
        const qint64 created = m_facts.opportunities.createdAt[size_t(j)];
        if (created == kNoTime || created <= m_from) {
            c.a = m_h.first(j);
            c.assumedA = true;
        }
    }
    if (c.a >= 0 && (m_h.flags[size_t(c.a)] & DealHistoryColumns::kAssumed))
        c.assumedA = true;
    const auto open = [this](qint32 k) {
        return k >= 0 && DealStatus(m_h.status[size_t(k)]) == DealStatus::Open;
    };
    const bool openA = open(c.a);
    c.inA = openA && inWindow(c.a);
    c.inB = open(c.b) && inWindow(c.b);
    c.closedBetween = !open(c.b) && (c.a < 0 || openA);
    // A deal that closed between A and B came into the window's story if it was in the window at A, or if
    // it closed with a close date inside it.
    const bool entered = !c.inA && (c.inB || (c.closedBetween && inWindow(c.b)));
    c.participates = c.inA || entered;
    if (!c.participates)
        return c;
    const qint64 amountA = c.a >= 0 ? m_h.amountCents[size_t(c.a)] : 0;
    const qint64 amountB = m_h.amountCents[size_t(c.b)];
    c.startCents = c.inA ? amountA : 0;
    c.endCents = c.inB ? amountB : 0;
    const auto add = [&c](WaterfallBucket bucket, qint64 cents) {
        c.delta[size_t(bucket)] += cents;
        c.hit[size_t(bucket)] = true;
    };
    // 1. How it entered: pulled in at its amount at A (open at A, closing outside the window), else new
    //    (no state at A, or closed at A and reopened) at its amount at B.
    bool fromA = c.inA;
    if (entered) {
        if (openA) {
            add(WaterfallBucket::PulledIn, amountA);
            fromA = true;
        } else {
            add(WaterfallBucket::New, amountB);
        }
    }
    // 2. How its amount moved, from A to B.
    if (fromA && amountB != amountA)
        add(amountB > amountA ? WaterfallBucket::Increased : WaterfallBucket::Decreased, amountB - amountA);
    // 3. How it left, at its amount at B: won or lost (wherever its close date now lies), else pushed out.
    if (!c.inB) {
        if (c.closedBetween)
            add(DealStatus(m_h.status[size_t(c.b)]) == DealStatus::Won ? WaterfallBucket::Won
                                                                       : WaterfallBucket::Lost,
                -amountB);
        else
            add(WaterfallBucket::PushedOut, -amountB);
    }
    return c;
}

DealMoment DealMoves::moment(qsizetype j, qint32 k, bool assumed) const {
    DealMoment m;
    if (k < 0)
        return m;
    (void)j;
    m.exists = true;
    m.status = DealStatus(m_h.status[size_t(k)]);
    m.amountCents = m_h.amountCents[size_t(k)];
    m.close = dayOf(m_h.closeDay[size_t(k)]);
    m.stage = m_facts.dealStages.name(m_h.stage[size_t(k)]);
    m.owner = m_facts.owners.name(m_h.owner[size_t(k)]);
    m.forecast = ForecastCategory(m_h.forecast[size_t(k)]);
    m.inWindow = m.status == DealStatus::Open && inWindow(k);
    m.assumed = assumed;
    return m;
}

void DealMoves::fill(Waterfall& w) const {
    // Sort keys, one per row of w.changes, w.slipped and w.stalled (which start empty).
    std::vector<std::tuple<int, qint64, qint32>> changeKeys;
    m_slippedKeys.clear();
    m_stalledKeys.clear();
    const OpportunityColumns& o = m_facts.opportunities;
    std::vector<QString> assumed, noAmount, closedOutside;
    for (qsizetype j = 0; j < o.size(); ++j) {
        if (!m_filter.opportunity(m_facts, j))
            continue;
        const DealChanges c = classify(j);
        if (!c.participates)
            continue;
        const QString& name = m_h.names[size_t(j)];
        w.startCents += c.startCents;
        w.endCents += c.endCents;
        w.startDeals += c.inA ? 1 : 0;
        w.endDeals += c.inB ? 1 : 0;
        const DealMoment before = moment(j, c.a, c.assumedA);
        const DealMoment after = moment(j, c.b, false);
        const QString owner = m_facts.owners.name(o.owner[size_t(j)]);
        for (int b = 0; b < kWaterfallBuckets; ++b) {
            if (!c.hit[size_t(b)])
                continue;
            w.bucketCents[size_t(b)] += c.delta[size_t(b)];
            ++w.bucketDeals[size_t(b)];
            w.changes.push_back({o.id[size_t(j)], m_h.sourceIds[size_t(j)], name, owner, WaterfallBucket(b),
                                 c.delta[size_t(b)], before, after});
            const qint64 delta = c.delta[size_t(b)];
            changeKeys.emplace_back(b, -(delta < 0 ? -delta : delta), nameRank(j));
        }
        if (c.assumedA)
            assumed.push_back(name);
        if ((c.a >= 0 && (m_h.flags[size_t(c.a)] & DealHistoryColumns::kNoAmount)) ||
            (m_h.flags[size_t(c.b)] & DealHistoryColumns::kNoAmount))
            noAmount.push_back(name);
        if (c.closedBetween && c.inA && !inWindow(c.b))
            closedOutside.push_back(name);
        const qint64 amount = after.amountCents;
        if (before.exists && !before.owner.isEmpty() && !after.owner.isEmpty() && before.owner != after.owner)
            w.ownerMoves.push_back(
                {o.id[size_t(j)], m_h.sourceIds[size_t(j)], name, before.owner, after.owner, amount});
        const int from = c.inA ? int(before.forecast) + 1 : 0;
        const int to = c.inB || c.closedBetween ? int(after.forecast) + 1 : 0;
        ++w.forecastFlow.deals[size_t(from)][size_t(to)];
        w.forecastFlow.cents[size_t(from)][size_t(to)] += amount;
        if (from != to)
            w.forecastMoves.push_back({o.id[size_t(j)], m_h.sourceIds[size_t(j)], name, from, to, amount});
        slippedAndStalled(j, c, w);
    }
    // Stalled deals are judged over every deal in End; slippedAndStalled saw the participating ones, which
    // include all of End.
    // Changes by bucket, then by size (largest first), then by name; slipped deals by days pushed, stalled
    // deals by days overdue (most first), then by name.
    orderByKeys(w.changes, changeKeys);
    orderByKeys(w.slipped, m_slippedKeys);
    orderByKeys(w.stalled, m_stalledKeys);
    stageTimes(w);
    if (!assumed.empty())
        w.notes << QCoreApplication::translate(
                       "Waterfall",
                       "%n deal(s) had no recorded amount or close date as early as the "
                       "first moment; their first recorded values are used (e.g. %1)",
                       nullptr, int(assumed.size()))
                       .arg(examples(assumed));
    if (!noAmount.empty())
        w.notes << QCoreApplication::translate("Waterfall",
                                               "%n deal(s) have no amount and count as 0 (e.g. %1)", nullptr,
                                               int(noAmount.size()))
                       .arg(examples(noAmount));
    if (!closedOutside.empty())
        w.notes
            << QCoreApplication::translate(
                   "Waterfall",
                   "%n deal(s) in the window closed with a close date outside it; they count as won or lost "
                   "(e.g. %1)",
                   nullptr, int(closedOutside.size()))
                   .arg(examples(closedOutside));
    // Stages of deals in End that have no expected days: those deals cannot be judged stalled.
    std::vector<QString> unset;
    for (const qint32 code : m_unjudgedStages)
        unset.push_back(m_facts.dealStages.name(code));
    std::sort(unset.begin(), unset.end());
    if (!unset.empty())
        w.notes << QCoreApplication::translate("Waterfall",
                                               "stalled deals: %n stage(s) have no expected days and are not "
                                               "judged (%1)",
                                               nullptr, int(unset.size()))
                       .arg(QStringList(unset.begin(), unset.end()).join(QStringLiteral(", ")));
}

QDate DealMoves::localDay(qint64 at) const {
    const auto it = m_localDays.find(at);
    if (it != m_localDays.end())
        return it->second;
    return m_localDays.emplace(at, localDate(m_facts, at)).first->second;
}

void DealMoves::slippedAndStalled(qsizetype j, const DealChanges& c, Waterfall& w) const {
    const OpportunityColumns& o = m_facts.opportunities;
    // Slipped: open at B, and its close date moved later while open between A and B (pushes counted over
    // the whole history up to B; a close date moved when a deal closed or reopened is no push).
    SlippedDeal s;
    qint32 previous = kNoDay;
    for (qint32 k = m_h.first(j); k <= c.b; ++k) {
        const qint32 day = m_h.closeDay[size_t(k)];
        if (DealStatus(m_h.status[size_t(k)]) != DealStatus::Open) {
            previous = kNoDay;
            continue;
        }
        if (day == kNoDay)
            continue;
        if (!s.firstClose.isValid())
            s.firstClose = dayOf(day);
        if (previous != kNoDay && day > previous) {
            ++s.pushes;
            s.daysPushed += day - previous;
            if (m_h.validFrom[size_t(k)] > m_from)
                ++s.pushesInPeriod;
        }
        previous = day;
    }
    const QString owner = m_facts.owners.name(o.owner[size_t(j)]);
    if (s.pushesInPeriod > 0 && DealStatus(m_h.status[size_t(c.b)]) == DealStatus::Open) {
        s.deal = o.id[size_t(j)];
        s.sourceId = m_h.sourceIds[size_t(j)];
        s.name = m_h.names[size_t(j)];
        s.owner = owner;
        s.close = dayOf(m_h.closeDay[size_t(c.b)]);
        s.amountCents = m_h.amountCents[size_t(c.b)];
        m_slippedKeys.emplace_back(-s.daysPushed, nameRank(j));
        w.slipped.push_back(std::move(s));
    }
    // Stalled: in End, and in its stage for longer than the stage expects.
    if (!c.inB)
        return;
    const qint32 stage = m_h.stage[size_t(c.b)];
    const int expected =
        size_t(stage) < m_h.stageExpectedDays.size() ? m_h.stageExpectedDays[size_t(stage)] : 0;
    if (expected <= 0) {
        m_unjudgedStages.insert(stage);
        return;
    }
    qint32 since = c.b;
    while (since > m_h.first(j) && m_h.stage[size_t(since - 1)] == stage)
        --since;
    const qint64 days = (m_to - m_h.validFrom[size_t(since)]) / 86400;
    if (days <= expected)
        return;
    StalledDeal d;
    d.deal = o.id[size_t(j)];
    d.sourceId = m_h.sourceIds[size_t(j)];
    d.name = m_h.names[size_t(j)];
    d.owner = owner;
    d.stage = m_facts.dealStages.name(stage);
    d.daysInStage = days;
    d.expectedDays = expected;
    d.since = localDay(m_h.validFrom[size_t(since)]);
    // The deal's first record already had this stage: it entered it before then (a snapshot shows where a
    // deal is, not since when).
    d.atLeast = since == m_h.first(j) && (m_h.flags[size_t(since)] & DealHistoryColumns::kSnapshot);
    d.amountCents = m_h.amountCents[size_t(c.b)];
    m_stalledKeys.emplace_back(-(d.daysInStage - d.expectedDays), nameRank(j));
    w.stalled.push_back(std::move(d));
}

void DealMoves::stageTimes(Waterfall& w) const {
    // Every completed stay up to B of every deal the filter keeps: from the first entry of a stage to the
    // entry of the next. A stay that began at a deal's first snapshot has no known start and is skipped.
    std::vector<std::vector<double>> stays; // by dealStages code
    for (qsizetype j = 0; j < m_facts.opportunities.size(); ++j) {
        if (!m_filter.opportunity(m_facts, j))
            continue;
        const qint32 first = m_h.first(j);
        const qint32 end = m_h.end(j);
        qint32 runStart = first;
        for (qint32 k = first + 1; k < end && m_h.validFrom[size_t(k)] <= m_to; ++k) {
            if (m_h.stage[size_t(k)] == m_h.stage[size_t(runStart)])
                continue;
            const bool knownStart =
                !(runStart == first && (m_h.flags[size_t(runStart)] & DealHistoryColumns::kSnapshot));
            if (knownStart && m_h.stage[size_t(runStart)] != 0)
                stayOf(stays, m_h.stage[size_t(runStart)])
                    .push_back(double(m_h.validFrom[size_t(k)] - m_h.validFrom[size_t(runStart)]) / 86400.0);
            runStart = k;
        }
    }
    for (qint32 stage = 0; stage < qint32(stays.size()); ++stage) {
        std::vector<double>& days = stays[size_t(stage)];
        if (days.empty())
            continue;
        StageTime t;
        t.stage = m_facts.dealStages.name(stage);
        t.stays = qint64(days.size());
        double sum = 0;
        for (const double d : days)
            sum += d;
        t.meanDays = sum / double(days.size());
        t.medianDays = median(days).value_or(0);
        w.stageTimes.push_back(std::move(t));
    }
}

} // namespace revalign
