#include "metrics/waterfall.h"

#include "metrics/dealmoves.h"
#include "metrics/kpitotals.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace revalign {

namespace {
QTimeZone zoneOf(const FactTable& f) {
    const QTimeZone zone(f.settings.calendar.timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QString dateText(const QDate& d) {
    return d.toString(Qt::ISODate);
}
} // namespace

QString toKey(WaterfallBucket bucket) {
    switch (bucket) {
    case WaterfallBucket::New:
        return QStringLiteral("new");
    case WaterfallBucket::PulledIn:
        return QStringLiteral("pulled_in");
    case WaterfallBucket::Increased:
        return QStringLiteral("increased");
    case WaterfallBucket::Decreased:
        return QStringLiteral("decreased");
    case WaterfallBucket::PushedOut:
        return QStringLiteral("pushed_out");
    case WaterfallBucket::Won:
        return QStringLiteral("won");
    case WaterfallBucket::Lost:
        return QStringLiteral("lost");
    }
    return {};
}

bool subtracts(WaterfallBucket bucket) {
    return bucket == WaterfallBucket::Decreased || bucket == WaterfallBucket::PushedOut ||
           bucket == WaterfallBucket::Won || bucket == WaterfallBucket::Lost;
}

qint64 Waterfall::reconciled() const {
    qint64 total = startCents;
    for (const qint64 c : bucketCents)
        total += c;
    return total;
}

qint64 endOfDay(const FactTable& f, const QDate& day) {
    return QDateTime(day.addDays(1), QTime(0, 0), zoneOf(f)).toSecsSinceEpoch() - 1;
}

QDate localDate(const FactTable& f, qint64 t) {
    return QDateTime::fromSecsSinceEpoch(t, zoneOf(f)).date();
}

qint64 latestSnapshotAtOrBefore(const FactTable& f, qint64 t) {
    const std::vector<qint64>& times = f.dealHistory.snapshotTimes;
    const auto it = std::upper_bound(times.begin(), times.end(), t);
    return it == times.begin() ? kNoTime : *(it - 1);
}

WaterfallQuery resolvedWaterfallQuery(const FactTable& f, const WaterfallQuery& query) {
    WaterfallQuery q = query;
    const DealHistoryColumns& h = f.dealHistory;
    if (q.to == kNoTime && !h.snapshotTimes.empty())
        q.to = h.snapshotTimes.back();
    if (q.to == kNoTime && !h.isEmpty())
        q.to = *std::max_element(h.validFrom.begin(), h.validFrom.end());
    if (q.to == kNoTime)
        return q;
    const PeriodCalendar calendar(f.settings);
    const QDate dayOfB = localDate(f, q.to);
    if (q.from == kNoTime) {
        // The end of the previous sync week: the last second before the week holding B began.
        const QDate weekStart = calendar.containing(dayOfB, PeriodKind::Week).from;
        q.from = endOfDay(f, weekStart.addDays(-1));
    }
    if (!q.window.isValid())
        q.window = calendar.containing(dayOfB, PeriodKind::Quarter);
    return q;
}

Waterfall computeWaterfall(const FactTable& f, const WaterfallQuery& query) {
    Waterfall w;
    const WaterfallQuery q = resolvedWaterfallQuery(f, query);
    const ResolvedFilter filter(f, q.filters); // throws on an unknown name, like every metric
    w.from = q.from;
    w.to = q.to;
    w.window = q.window;
    const DealHistoryColumns& h = f.dealHistory;
    if (h.isEmpty()) {
        w.reason = QCoreApplication::translate(
            "Waterfall",
            "no deal history yet: every deals import is a snapshot; import this week's deals export "
            "(and next week's), or a stage history (Salesforce OpportunityHistory, HubSpot "
            "\"Date entered\" columns)");
        return w;
    }
    if (q.from >= q.to) {
        w.reason =
            QCoreApplication::translate("Waterfall", "the first moment (%1) is not before the second (%2)")
                .arg(dateText(localDate(f, q.from)), dateText(localDate(f, q.to)));
        return w;
    }
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (size_t j = 0; j + 1 < h.begin.size(); ++j)
        if (h.begin[j] < h.begin[j + 1])
            earliest = std::min(earliest, h.validFrom[size_t(h.begin[j])]);
    if (earliest > q.from) {
        w.reason = QCoreApplication::translate(
                       "Waterfall", "the deal history starts on %1, after %2: import an earlier deals export "
                                    "(revalign-cli import --as-of DATE) or a stage history to see what moved "
                                    "before")
                       .arg(dateText(localDate(f, earliest)), dateText(localDate(f, q.from)));
        return w;
    }
    w.available = true;
    const DealMoves moves(f, filter, q);
    moves.fill(w);
    w.mqls = computeMqlBacklogChange(f, q.filters, q.from, q.to);
    return w;
}

std::vector<WaterfallRow> waterfallBreakdown(const FactTable& f, const WaterfallQuery& query, Dimension by) {
    const WaterfallQuery q = resolvedWaterfallQuery(f, query);
    const ResolvedFilter filter(f, q.filters);
    std::vector<WaterfallRow> rows(size_t(std::max<qint32>(
        1, by == Dimension::Campaign ? qint32(f.campaignName.size()) : f.dictionary(by).size())));
    if (f.dealHistory.isEmpty() || q.to == kNoTime || q.from >= q.to)
        return {};
    const DealMoves moves(f, filter, q);
    moves.forEachDeal([&](qsizetype j, const DealChanges& c) {
        WaterfallRow& row = rows[size_t(opportunityGroup(f, j, by))];
        row.startCents += c.startCents;
        row.endCents += c.endCents;
        for (int b = 0; b < kWaterfallBuckets; ++b)
            row.bucketCents[size_t(b)] += c.delta[size_t(b)];
    });
    std::vector<WaterfallRow> out;
    for (size_t code = 0; code < rows.size(); ++code) {
        WaterfallRow& row = rows[code];
        bool any = row.startCents != 0 || row.endCents != 0;
        for (const qint64 c : row.bucketCents)
            any = any || c != 0;
        if (!any)
            continue;
        row.name = by == Dimension::Campaign ? f.campaignNames.name(f.campaignName[code])
                                             : f.dictionary(by).name(qint32(code));
        if (row.name.isEmpty())
            row.name = QStringLiteral("(none)");
        out.push_back(std::move(row));
    }
    std::sort(out.begin(), out.end(), [](const WaterfallRow& a, const WaterfallRow& b) {
        return a.endCents != b.endCents ? a.endCents > b.endCents : a.name < b.name;
    });
    return out;
}

std::vector<Mover> biggestMovers(const Waterfall& w, int count) {
    std::vector<Mover> movers;
    std::unordered_map<qint64, size_t> index; // deal -> mover
    for (const WaterfallChange& c : w.changes) {
        auto [it, added] = index.try_emplace(c.deal, movers.size());
        if (added) {
            Mover m;
            m.deal = c.deal;
            m.sourceId = c.sourceId;
            m.name = c.name;
            m.owner = c.owner;
            if (c.before.exists && c.before.close.isValid() && c.after.close.isValid())
                m.closeMovedDays = c.before.close.daysTo(c.after.close);
            if (c.before.exists && c.before.amountCents != 0 && c.after.amountCents != c.before.amountCents)
                m.amountChange =
                    double(c.after.amountCents - c.before.amountCents) / double(c.before.amountCents);
            movers.push_back(std::move(m));
        }
        Mover& m = movers[it->second];
        m.impactCents += c.deltaCents < 0 ? -c.deltaCents : c.deltaCents;
        m.changes.push_back(c);
    }
    std::stable_sort(movers.begin(), movers.end(), [](const Mover& a, const Mover& b) {
        return a.impactCents != b.impactCents ? a.impactCents > b.impactCents : a.name < b.name;
    });
    if (count >= 0 && movers.size() > size_t(count))
        movers.resize(size_t(count));
    return movers;
}

} // namespace revalign
