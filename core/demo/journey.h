#pragma once

#include "demo/demoworld.h"
#include "domain/enums.h"

#include <array>
#include <vector>

namespace revalign::demo {

// Funnel stages in the order of the default funnel; stage times of 0 mean "not entered".
enum StageIndex { Lead, Mql, Sal, Sql, Opportunity, Customer, kStageCount };

struct TouchPlan {
    qint64 at = 0;
    TouchpointKind kind = TouchpointKind::WebVisit;
    Channel channel = Channel::Direct;
    int campaign = -1;
};

enum class DealOutcome { None, Open, Won, Lost };

// One contact's whole story, in plain values: who they are, how they came in, how far they got, the deal
// and every touch. Reused between contacts (the touch buffer keeps its capacity).
struct ContactPlan {
    int account = 0;
    int title = 0;
    bool thaiName = false;
    int firstName = 0;
    int lastName = 0;
    int persona = -1; // index into the classifier's personas
    Channel channel = Channel::Direct;
    int campaign = -1;
    int score = 0;
    // How good a buyer this is, as real B2B data shows it: fit (persona, seniority, company size,
    // industry, country) plus intent (how engaged they are, drawn from a stream of its own so it leaves
    // every other draw as it was). Higher means more engagement before the handoff and better odds of
    // acceptance, qualification and a win: what a lead score should be able to see.
    double fit = 0;    // standardised, about mean 0 and spread 1 over the contacts
    double intent = 0; // standard normal
    int owner = 0;     // index into owners()
    std::array<qint64, kStageCount> stage{};
    HandoffStatus handoff = HandoffStatus::None;
    qint64 handoffDecidedAt = 0;
    int rejection = -1; // Rejection, or -1
    qint64 firstSalesTouchAt = 0;

    DealOutcome deal = DealOutcome::None;
    qint64 amountCents = 0;
    qint64 closeAt = 0;      // actual close time (won/lost) or expected close (open)
    double dealProgress = 0; // open deals: how far through the cycle at the end date (0..1)
    int product = 0;
    int dealOwner = 0;

    std::vector<TouchPlan> touches; // sorted by time, none after the end date
};

// Draws contact number `index` (0-based). Depends only on the world, the seed and the index.
void planContact(const DemoWorld& world, PersonaClassifier& personas, int index, ContactPlan& out);

// Adds the touchpoints of a planned contact (called by planContact once the funnel is drawn).
void planTouches(const DemoWorld& world, ContactPlan& plan, Random& rng, int index);

} // namespace revalign::demo
