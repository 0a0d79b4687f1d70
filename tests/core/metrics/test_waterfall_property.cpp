// Reconciliation over random histories: for any deals, states, window and moments, Start plus the bars is
// End exactly, Start and End are what a naive scan of the states says, and every bar is the sum of its
// deals. Seeded, so a failure names the case that reproduces it.
#include "metrics/waterfall.h"

#include "testsupport.h"

#include <random>
#include <set>

using namespace revalign;

namespace {
struct RandomHistory {
    FactTable facts;
    qint64 from = 0, to = 0;
    DateRange window;
};

constexpr qint64 kDay = 86400;
const QDate kEpoch(2024, 1, 1);

RandomHistory randomHistory(quint64 seed) {
    std::mt19937_64 rng(seed);
    const auto uniform = [&rng](qint64 lo, qint64 hi) {
        return std::uniform_int_distribution<qint64>(lo, hi)(rng);
    };
    RandomHistory r;
    FactTable& f = r.facts;
    f.teams.intern(QStringLiteral("marketing"));
    f.teams.intern(QStringLiteral("sales"));
    f.ownerTeam.push_back(0);
    for (const char* owner : {"Ann", "Bo", "Cy"}) {
        f.owners.intern(QString::fromLatin1(owner));
        f.ownerTeam.push_back(2);
    }
    f.dealStageProbability.push_back(0);
    for (const char* stage : {"Prospecting", "Qualification", "Negotiation", "Closed Won", "Closed Lost"}) {
        f.dealStages.intern(QString::fromLatin1(stage));
        f.dealStageProbability.push_back(0.5);
    }
    f.campaignName.push_back(0);
    const qint64 epoch = QDateTime(kEpoch, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint32 epochDay = qint32(kEpoch.toJulianDay());
    OpportunityColumns& o = f.opportunities;
    DealHistoryColumns& h = f.dealHistory;
    const int deals = int(uniform(0, 40));
    h.begin.push_back(0);
    for (int j = 0; j < deals; ++j) {
        o.id.push_back(j + 1);
        o.owner.push_back(qint32(uniform(1, 3)));
        o.persona.push_back(0);
        o.channel.push_back(0);
        o.campaign.push_back(0);
        o.segment.push_back(0);
        o.createdAt.push_back(kNoTime);
        h.names.push_back(QStringLiteral("deal %1").arg(j));
        h.sourceIds.push_back(QStringLiteral("D%1").arg(j));
        const int states = int(uniform(0, 8));
        qint64 t = epoch + uniform(0, 40) * kDay;
        for (int k = 0; k < states; ++k) {
            h.validFrom.push_back(t);
            t += uniform(0, 12) * kDay + uniform(0, kDay - 1); // equal times too
            const qint64 roll = uniform(0, 99);
            const DealStatus status = roll < 70   ? DealStatus::Open
                                      : roll < 85 ? DealStatus::Won
                                                  : DealStatus::Lost;
            h.status.push_back(quint8(status));
            h.stage.push_back(qint32(status == DealStatus::Won    ? 4
                                     : status == DealStatus::Lost ? 5
                                                                  : uniform(1, 3)));
            // Any amount, zero and negative (credit notes) included.
            h.amountCents.push_back(uniform(0, 9) == 0 ? 0 : uniform(-50'000, 5'000'000'000));
            h.closeDay.push_back(uniform(0, 19) == 0 ? kNoDay : epochDay + qint32(uniform(0, 150)));
            h.probability.push_back(0.5f);
            h.forecast.push_back(quint8(uniform(0, 4)));
            h.owner.push_back(qint32(uniform(0, 3)));
            h.flags.push_back(DealHistoryColumns::kSnapshot);
        }
        h.begin.push_back(qint32(h.validFrom.size()));
    }
    h.snapshotTimes.push_back(epoch);
    h.stageExpectedDays.assign(size_t(f.dealStages.size()), 10);
    const qint64 a = epoch + uniform(0, 120) * kDay + uniform(0, kDay - 1);
    r.from = a;
    r.to = a + uniform(1, 60) * kDay;
    const QDate windowFrom = kEpoch.addDays(uniform(0, 120));
    r.window = {windowFrom, windowFrom.addDays(uniform(0, 90))};
    return r;
}

// The naive answer: the sum of the amounts of the deals open and closing in the window at time t.
qint64 openInWindow(const FactTable& f, qint64 t, const DateRange& window, const QString& owner) {
    const DealHistoryColumns& h = f.dealHistory;
    qint64 total = 0;
    for (qsizetype j = 0; j < f.opportunities.size(); ++j) {
        if (!owner.isEmpty() && f.owners.name(f.opportunities.owner[size_t(j)]) != owner)
            continue;
        qint32 at = -1;
        for (qint32 k = h.begin[size_t(j)]; k < h.begin[size_t(j) + 1]; ++k)
            if (h.validFrom[size_t(k)] <= t)
                at = k;
        if (at < 0 || DealStatus(h.status[size_t(at)]) != DealStatus::Open ||
            h.closeDay[size_t(at)] == kNoDay)
            continue;
        const QDate close = QDate::fromJulianDay(h.closeDay[size_t(at)]);
        if (close >= window.from && close <= window.to)
            total += h.amountCents[size_t(at)];
    }
    return total;
}
} // namespace

TEST_CASE("waterfall property: the bars reconcile Start to End exactly over random histories") {
    int checked = 0;
    for (quint64 seed = 1; seed <= 600; ++seed) {
        INFO("seed " << seed);
        RandomHistory r = randomHistory(seed);
        const QString owner = seed % 3 == 0 ? QStringLiteral("Bo") : QString();
        WaterfallQuery q;
        q.from = r.from;
        q.to = r.to;
        q.window = r.window;
        if (!owner.isEmpty())
            q.filters.owners = QStringList{owner};
        const Waterfall w = computeWaterfall(r.facts, q);
        if (!w.available) {
            CHECK_FALSE(w.reason.isEmpty());
            continue;
        }
        ++checked;
        REQUIRE(w.reconciled() == w.endCents);
        CHECK(w.startCents == openInWindow(r.facts, r.from, r.window, owner));
        CHECK(w.endCents == openInWindow(r.facts, r.to, r.window, owner));
        std::array<qint64, kWaterfallBuckets> sums{};
        std::array<qint64, kWaterfallBuckets> deals{};
        std::set<std::pair<qint64, int>> seen;
        for (const WaterfallChange& c : w.changes) {
            sums[size_t(c.bucket)] += c.deltaCents;
            ++deals[size_t(c.bucket)];
            CHECK(seen.insert({c.deal, int(c.bucket)}).second); // once per change, never twice in a bar
            if (c.bucket == WaterfallBucket::Increased)
                CHECK(c.deltaCents > 0);
            if (c.bucket == WaterfallBucket::Decreased)
                CHECK(c.deltaCents < 0);
            if (c.bucket == WaterfallBucket::New)
                CHECK(c.deltaCents == c.after.amountCents);
            if (c.bucket == WaterfallBucket::PulledIn)
                CHECK(c.deltaCents == c.before.amountCents);
            if (subtracts(c.bucket) && c.bucket != WaterfallBucket::Decreased)
                CHECK(c.deltaCents == -c.after.amountCents);
        }
        CHECK(sums == w.bucketCents);
        CHECK(deals == w.bucketDeals);
        // The breakdown by owner adds up to the whole.
        qint64 start = 0, end = 0;
        for (const WaterfallRow& row : waterfallBreakdown(r.facts, q, Dimension::Owner)) {
            start += row.startCents;
            end += row.endCents;
        }
        CHECK(start == w.startCents);
        CHECK(end == w.endCents);
    }
    CHECK(checked > 400); // most random cases have history before A
}
