#include "metrics/attribution.h"

#include "testsupport.h"

#include <numeric>
#include <random>

using namespace revalign;

namespace {
constexpr qint64 kDay = 86400;
constexpr qint64 kT0 = 1'700'000'000; // 2023-11-14, any instant works

std::vector<qint64> split(AttributionModel model, const std::vector<qint64>& times,
                          const JourneyMilestones& m, qint64 amount, double halfLife = kDefaultHalfLifeDays) {
    std::vector<qint64> out(times.size());
    splitCredit(model, times, m, amount, halfLife, out);
    return out;
}
} // namespace

// Journey A (pipeline): touches on days 0, 1, 2, 3; the lead is created on day 1 (touch 2 is the
// lead-creation touch), the opportunity on day 3 at the time of touch 4 (its opportunity-creation touch).
// Amount 1,000.00 = 100000 cents.
TEST_CASE("attribution: hand-computed four-touch pipeline journey, every model") {
    const std::vector<qint64> times{kT0, kT0 + kDay, kT0 + 2 * kDay, kT0 + 3 * kDay};
    const JourneyMilestones m{kT0 + kDay, kT0 + 3 * kDay, kNoJourneyTime, kT0 + 3 * kDay};
    using V = std::vector<qint64>;
    // first / lead / last: one touch takes all.
    CHECK(split(AttributionModel::FirstTouch, times, m, 100000) == V{100000, 0, 0, 0});
    CHECK(split(AttributionModel::LeadCreation, times, m, 100000) == V{0, 100000, 0, 0});
    CHECK(split(AttributionModel::LastTouch, times, m, 100000) == V{0, 0, 0, 100000});
    // linear: 100000 / 4 = 25000.
    CHECK(split(AttributionModel::Linear, times, m, 100000) == V{25000, 25000, 25000, 25000});
    // U: first 40% = 40000, lead 40% = 40000, middle {touch 3, touch 4}: 20% / 2 = 10000 each.
    CHECK(split(AttributionModel::UShaped, times, m, 100000) == V{40000, 40000, 10000, 10000});
    // W: first 30000, lead 30000, opportunity touch (4) 30000, rest {touch 3} 10%: 10000.
    CHECK(split(AttributionModel::WShaped, times, m, 100000) == V{30000, 30000, 10000, 30000});
    // Full path on pipeline: no closed-won yet, weights 225 : 225 : 100 : 225 (sum 775).
    // 100000 × 225 / 775 = 29032.258 → 29032 (remainder 200/775); 100000 × 100 / 775 = 12903.226 → 12903
    // (remainder 175/775). Floors sum to 3 × 29032 + 12903 = 99999: one cent left, to the largest remainder
    // (200, a tie between touches 1, 2 and 4 → the earliest, touch 1).
    CHECK(split(AttributionModel::FullPath, times, m, 100000) == V{29033, 29032, 12903, 29032});
    // Decay, h = 7: days before conversion 3, 2, 1, 0 → weights 2^(-3/7), 2^(-2/7), 2^(-1/7), 1
    // = 0.742997, 0.820335, 0.905724, 1 (sum 3.469056) → exact shares 21417.93, 23647.42, 26108.55,
    // 28826.10 cents; floors 21417 + 23647 + 26108 + 28826 = 99998, so the two largest remainders (.93 on
    // touch 1, .55 on touch 3) get a cent each.
    CHECK(split(AttributionModel::TimeDecay, times, m, 100000) == V{21418, 23647, 26109, 28826});
}

// Journey B (revenue): A plus touch 5 on day 5 and touch 6 on day 9; the deal closes won on day 6, so
// touch 6 is excluded by the caller and touch 5 is the closed-won touch.
TEST_CASE("attribution: full path on revenue gives 22.5% to four anchors and 10% to the rest") {
    const std::vector<qint64> times{kT0, kT0 + kDay, kT0 + 2 * kDay, kT0 + 3 * kDay, kT0 + 5 * kDay};
    const JourneyMilestones m{kT0 + kDay, kT0 + 3 * kDay, kT0 + 6 * kDay, kT0 + 6 * kDay};
    // Anchors 1, 2, 4, 5: 22.5% of 100000 = 22500 each; rest {touch 3}: 10% = 10000.
    CHECK(split(AttributionModel::FullPath, times, m, 100000) ==
          std::vector<qint64>{22500, 22500, 10000, 22500, 22500});
    // W: 30% × 3 anchors (touches 1, 2, 4), rest {3, 5}: 10% / 2 = 5000 each.
    CHECK(split(AttributionModel::WShaped, times, m, 100000) ==
          std::vector<qint64>{30000, 30000, 5000, 30000, 5000});
}

TEST_CASE("attribution: edge cases — one touch, two touches, same timestamp, shared anchors") {
    using V = std::vector<qint64>;
    SECTION("one touch gets everything in every model") {
        const JourneyMilestones m{kT0, kT0, kNoJourneyTime, kT0};
        for (const AttributionModel model : allAttributionModels())
            CHECK(split(model, {kT0}, m, 12345) == V{12345});
    }
    SECTION("two touches, lead created at the second: U is 50/50, odd cent to the earlier touch") {
        const JourneyMilestones m{kT0 + kDay, kT0 + kDay, kNoJourneyTime, kT0 + kDay};
        // 101 × 40/80 = 50.5 each → 50 + 50, one cent left, equal remainders → touch 1.
        CHECK(split(AttributionModel::UShaped, {kT0, kT0 + kDay}, m, 101) == V{51, 50});
    }
    SECTION("two touches, lead created at the first: that touch holds both U anchors (80%)") {
        const JourneyMilestones m{kT0, kT0 + kDay, kNoJourneyTime, kT0 + kDay};
        // Touch 1: 40% + 40%; touch 2 is the whole middle: 20%.
        CHECK(split(AttributionModel::UShaped, {kT0, kT0 + kDay}, m, 1000) == V{800, 200});
        // W: touch 1 first + lead (60), touch 2 opportunity (30), no rest → 60:30 of 1000 = 667, 333
        // (666.67 and 333.33 → floors 666 + 333, the larger remainder .67 takes the cent).
        CHECK(split(AttributionModel::WShaped, {kT0, kT0 + kDay}, m, 1000) == V{667, 333});
    }
    SECTION("three touches on one timestamp") {
        const std::vector<qint64> same{kT0, kT0, kT0};
        const JourneyMilestones m{kT0, kT0, kNoJourneyTime, kT0};
        // Lead-creation touch: the last touch at or before kT0 = touch 3.
        CHECK(split(AttributionModel::LeadCreation, same, m, 100) == V{0, 0, 100});
        // Linear 100 / 3 = 33 r 1 → the earliest touch gets the cent.
        CHECK(split(AttributionModel::Linear, same, m, 100) == V{34, 33, 33});
        // Same time, same decay weight: like linear.
        CHECK(split(AttributionModel::TimeDecay, same, m, 100) == V{34, 33, 33});
        // U: first (touch 1) 40, lead (touch 3) 40, middle (touch 2) 20.
        CHECK(split(AttributionModel::UShaped, same, m, 100) == V{40, 20, 40});
    }
    SECTION("three distinct W anchors and no rest: a third each") {
        const JourneyMilestones m{kT0 + kDay, kT0 + 2 * kDay, kNoJourneyTime, kT0 + 2 * kDay};
        // 10000 / 3 = 3333.33 → 3333 × 3 = 9999, tie on the remainder → touch 1.
        CHECK(split(AttributionModel::WShaped, {kT0, kT0 + kDay, kT0 + 2 * kDay}, m, 10000) ==
              V{3334, 3333, 3333});
    }
    SECTION("lead created before any touch: the first touch is the lead-creation touch") {
        const JourneyMilestones m{kT0 - kDay, kT0 + kDay, kNoJourneyTime, kT0 + kDay};
        CHECK(split(AttributionModel::LeadCreation, {kT0, kT0 + kDay}, m, 7) == V{7, 0});
        CHECK(anchorTouch(std::vector<qint64>{kT0, kT0 + kDay}, kNoJourneyTime) == 0);
    }
    SECTION("lead creation time unknown: the first touch holds the lead-creation anchor in every model") {
        const JourneyMilestones m{kNoJourneyTime, kT0 + 2 * kDay, kNoJourneyTime, kT0 + 2 * kDay};
        const std::vector<qint64> three{kT0, kT0 + kDay, kT0 + 2 * kDay};
        CHECK(split(AttributionModel::LeadCreation, three, m, 100) == V{100, 0, 0});
        // U: touch 1 is first + lead (80), touches 2 and 3 share the middle 20 → 10 each.
        CHECK(split(AttributionModel::UShaped, three, m, 100) == V{80, 10, 10});
        // W: touch 1 first + lead (60), touch 3 opportunity (30), touch 2 the rest (10).
        CHECK(split(AttributionModel::WShaped, three, m, 100) == V{60, 10, 30});
    }
    SECTION("negative amounts (credit notes) split the same way, mirrored") {
        const JourneyMilestones m{kT0, kT0, kNoJourneyTime, kT0};
        CHECK(split(AttributionModel::Linear, {kT0, kT0, kT0}, m, -100) == V{-34, -33, -33});
    }
}

TEST_CASE("attribution: time decay halves the weight every half-life") {
    const JourneyMilestones none{kNoJourneyTime, kNoJourneyTime, kNoJourneyTime, kNoJourneyTime};
    using V = std::vector<qint64>;
    const auto [halfLife, gapDays, expected] = GENERATE(table<double, qint64, V>({
        // One half-life apart: weights 1/2 : 1 → 1/3, 2/3 of 300.
        {7.0, 7, V{100, 200}},
        {14.0, 14, V{100, 200}},
        // Two half-lives: 1/4 : 1 → 1/5, 4/5 of 300 = 60, 240.
        {7.0, 14, V{60, 240}},
        // Same day: equal.
        {7.0, 0, V{150, 150}},
        // Half a half-life: 2^(-1/2) = 0.70711 : 1 → 300 × 0.41421 = 124.26, 175.74 → 124, 176.
        {2.0, 1, V{124, 176}},
    }));
    CAPTURE(halfLife, gapDays);
    CHECK(split(AttributionModel::TimeDecay, {kT0, kT0 + gapDays * kDay}, none, 300, halfLife) == expected);
}

// Property: over random journeys, amounts, milestones and models, the shares are whole cents that add up
// to the amount exactly and never have the wrong sign.
TEST_CASE("attribution: every model's shares add up to the amount exactly over random journeys") {
    std::mt19937_64 rng(20261126);
    std::uniform_int_distribution<int> touches(1, 40);
    std::uniform_int_distribution<qint64> gap(0, 20 * kDay);
    std::uniform_int_distribution<qint64> amount(-1'000'000, 9'999'999'999LL);
    std::uniform_real_distribution<double> halfLife(0.1, 60.0);
    for (int round = 0; round < 3000; ++round) {
        std::vector<qint64> times;
        qint64 t = kT0;
        for (int i = touches(rng); i > 0; --i) {
            t += (rng() % 4 == 0) ? 0 : gap(rng); // a quarter of the touches share a timestamp
            times.push_back(t);
        }
        const auto pick = [&] { return times[size_t(rng() % times.size())] + qint64(rng() % 3) - 1; };
        const JourneyMilestones m{rng() % 5 == 0 ? kNoJourneyTime : pick(), pick(),
                                  rng() % 2 == 0 ? kNoJourneyTime : times.back(), times.back()};
        const qint64 value = amount(rng);
        const double h = halfLife(rng);
        for (const AttributionModel model : allAttributionModels()) {
            const std::vector<qint64> shares = split(model, times, m, value, h);
            CAPTURE(round, toKey(model), value, times.size());
            REQUIRE(std::accumulate(shares.begin(), shares.end(), qint64(0)) == value);
            for (const qint64 s : shares)
                REQUIRE((value >= 0 ? s >= 0 : s <= 0));
        }
    }
}
