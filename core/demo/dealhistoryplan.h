#pragma once

#include "demo/journey.h"

#include <vector>

namespace revalign::demo {

// The demo's weekly snapshots: the deals as a team's Monday exports would have shown them on the last
// twelve weekly moments up to the end date (the last one is the end date itself).
inline constexpr int kWeeklySnapshots = 12;

// A deal as one weekly snapshot saw it.
struct DealSnapshot {
    qint64 at = 0;      // UTC seconds: the end of the snapshot's local day
    int openStage = -1; // index into the open deal stages in pipeline order; -1 when closed
    DealOutcome outcome = DealOutcome::Open;
    qint64 amountCents = 0;
    qint64 closeDay = 0; // local day number (days since 1970-01-01)
    int owner = 0;       // index into owners()
};

// The snapshot moments, oldest first.
std::vector<qint64> weeklySnapshotTimes(qint64 lastDay);

// What the twelve snapshots saw of one deal, changes only (the first one it appears in, then each one
// that differs): stage progress through the cycle, amounts revised up or down, close dates pushed (a few
// twice) or pulled in, an owner handing a deal over, late wins and losses. The last entry is the deal as
// the workspace holds it. Deals closed before the first snapshot appear once. Depends only on the seed,
// the deal's number and its plan (its own random stream: the rest of the demo is unchanged by it).
void planDealSnapshots(quint64 seed, qint64 dealNumber, const ContactPlan& plan,
                       const std::vector<qint64>& times, int openStages, std::vector<DealSnapshot>& out);

} // namespace revalign::demo
