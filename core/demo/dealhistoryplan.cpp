#include "demo/dealhistoryplan.h"

#include "demo/businessclock.h"
#include "demo/catalog.h"

#include <algorithm>
#include <cmath>

namespace revalign::demo {

namespace {
// Streams 1..n are the contacts'; deal histories draw from their own range.
constexpr quint64 kDealStream = 0x5eed'0000'0000ULL;

int openStageAt(double progress, int openStages) {
    const auto at = static_cast<int>(std::clamp(progress, 0.0, 0.999) * openStages);
    return std::min(at, openStages - 1);
}

// Another account executive than `owner` (deals change hands between AEs only).
int otherAe(int owner, Random& rng) {
    std::vector<int> aes;
    const auto all = owners();
    for (size_t i = 0; i < all.size(); ++i)
        if (all[i].role == Role::Ae && int(i) != owner)
            aes.push_back(int(i));
    return aes.empty() ? owner : aes[size_t(rng.below(int(aes.size())))];
}
} // namespace

std::vector<qint64> weeklySnapshotTimes(qint64 lastDay) {
    std::vector<qint64> out;
    for (int k = kWeeklySnapshots - 1; k >= 0; --k)
        out.push_back(BusinessClock::utcAt(lastDay - 7 * k, 86399));
    return out;
}

void planDealSnapshots(quint64 seed, qint64 dealNumber, const ContactPlan& c,
                       const std::vector<qint64>& times, int openStages, std::vector<DealSnapshot>& out) {
    out.clear();
    if (times.empty() || openStages <= 0)
        return;
    Random rng(seed, kDealStream + quint64(dealNumber));
    const qint64 opened = c.stage[Opportunity];
    const qint64 finalClose = BusinessClock::localDay(c.closeAt);
    const size_t n = times.size();
    // The revisions this deal had, each at one snapshot (index into `times`): before it, the older value.
    const int amountAt = rng.chance(0.35) ? rng.below(int(n)) : -1;
    static constexpr double kFactors[] = {1.25, 0.8, 1.5, 0.6}; // earlier amount = final / factor
    const double factor = kFactors[rng.below(4)];
    const int pushAt = rng.chance(0.35) ? rng.below(int(n)) : -1;
    const qint64 pushDays = 7 + rng.below(45);
    const int secondPushAt = pushAt > 0 && rng.chance(0.3) ? rng.below(pushAt) : -1;
    const qint64 secondPushDays = 7 + rng.below(30);
    const int pullAt = pushAt < 0 && rng.chance(0.12) ? rng.below(int(n)) : -1;
    const qint64 pullDays = 10 + rng.below(35);
    const int handoverAt = rng.chance(0.05) ? rng.below(int(n)) : -1;
    const int previousOwner = handoverAt >= 0 ? otherAe(c.dealOwner, rng) : c.dealOwner;
    const bool closed = c.deal == DealOutcome::Won || c.deal == DealOutcome::Lost;
    for (size_t k = 0; k < n; ++k) {
        const qint64 t = times[k];
        if (opened > t)
            continue;
        DealSnapshot s;
        s.at = t;
        s.owner = handoverAt >= 0 && int(k) < handoverAt ? previousOwner : c.dealOwner;
        const bool last = k + 1 == n;
        if (closed && c.closeAt <= t) {
            s.outcome = c.deal;
            s.amountCents = c.amountCents;
            s.closeDay = finalClose;
        } else {
            s.outcome = DealOutcome::Open;
            const double progress =
                last && !closed ? c.dealProgress
                                : double(t - opened) / double(std::max<qint64>(1, c.closeAt - opened));
            s.openStage = openStageAt(progress, openStages);
            s.amountCents =
                amountAt >= 0 && int(k) < amountAt
                    ? std::max<qint64>(100,
                                       qint64(std::llround(double(c.amountCents) / factor / 10000.0)) * 10000)
                    : c.amountCents;
            qint64 close = finalClose;
            if (pushAt >= 0 && int(k) < pushAt)
                close -= pushDays + (secondPushAt >= 0 && int(k) < secondPushAt ? secondPushDays : 0);
            if (pullAt >= 0 && int(k) < pullAt)
                close += pullDays;
            // A deal still open is expected to close at its latest expectation, and at the earliest today.
            s.closeDay = std::max(close, BusinessClock::localDay(t));
        }
        if (!out.empty()) {
            const DealSnapshot& p = out.back();
            if (p.openStage == s.openStage && p.outcome == s.outcome && p.amountCents == s.amountCents &&
                p.closeDay == s.closeDay && p.owner == s.owner)
                continue; // changes only
        }
        // A deal closed long before the snapshots starts its history at the first one, as first seen.
        out.push_back(s);
    }
}

} // namespace revalign::demo
