#include "metrics/funnel.h"

#include "januaryfixture.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

using namespace revalign;
using namespace revalign::test;

namespace {
MetricQuery month(int m) {
    const QDate first(2024, m, 1);
    return {{first, first.addMonths(1).addDays(-1)}, PeriodKind::Month, {}};
}
std::vector<qint64> counts(const FunnelReport& r) {
    std::vector<qint64> out;
    for (const FunnelStageRow& s : r.stages)
        out.push_back(s.count);
    return out;
}
} // namespace

TEST_CASE("funnel: flow view counts entries per stage in the period") {
    MetricsFixture fx;
    const January j = buildJanuary(fx);
    const FactSnapshot facts = fx.load();
    const FunnelReport r = computeFunnel(*facts, month(1), FunnelMode::Flow);
    // Lead: A B C D E H. MQL: A B C E + D (inferred). SAL: A, D (inferred from SQL), F (inferred from its
    // January SQL). SQL: A, D, F. Opportunity: A (inferred from its customer date). Customer: A.
    CHECK(counts(r) == std::vector<qint64>{6, 5, 3, 3, 1, 1});
    CHECK_FALSE(r.stages[0].nextStepRate.has_value());
    CHECK(*r.stages[1].nextStepRate == Approx(5.0 / 6.0));
    CHECK(r.stages[2].nextStepRate == 0.6); // 3 / 5
    CHECK(r.stages[3].nextStepRate == 1.0); // 3 / 3
    CHECK(*r.stages[4].nextStepRate == Approx(1.0 / 3.0));
    CHECK(r.stages[2].cumulativeRate == 0.5); // 3 / 6
    CHECK(*r.stages[5].cumulativeRate == Approx(1.0 / 6.0));
    // Lead → MQL days: E 1.0, A 25 h = 1.0417, D 30 h = 1.25, B 31 h = 1.2917, C 51 h = 2.125.
    // Median 1.25; 90th percentile (nearest rank ⌈0.9 × 5⌉ = 5th) 2.125.
    CHECK(r.stages[1].medianDaysFromPrevious == 1.25);
    CHECK(r.stages[1].p90DaysFromPrevious == 2.125);
    // MQL → SAL days: D 0, A 4 h = 1/6, F 21 Dec 10:00 → 9 Jan 10:00 = 19. Median 1/6.
    CHECK(*r.stages[2].medianDaysFromPrevious == Approx(1.0 / 6.0));
    CHECK(funnelContacts(*facts, month(1), FunnelMode::Flow, 2) == std::vector<qint64>{j.a, j.d, j.f});
}

TEST_CASE("funnel: cohort view follows those who entered in the period") {
    MetricsFixture fx;
    buildJanuary(fx);
    const FactSnapshot facts = fx.load();
    const FunnelReport r = computeFunnel(*facts, month(1), FunnelMode::Cohort);
    // January leads A B C D E H; reached MQL: all but H; SAL and SQL: A, D; opportunity and customer: A.
    // (F's January SQL is not in this cohort: F became a lead in December.)
    CHECK(counts(r) == std::vector<qint64>{6, 5, 2, 2, 1, 1});
    CHECK(r.stages[2].nextStepRate == 0.4);
    // The data ends 20 Feb 10:00: 19.42 days after January ended. Typical (90th percentile, nearest
    // rank) days from Lead, over every contact: MQL 14.0 (G), customer 18.1 (A only) → mature; SAL and
    // SQL: {A 1.2, D 1.25, F 20.04} → 20.04 > 19.42 → still maturing.
    const std::vector<bool> immature{false, false, true, true, false, false};
    for (size_t s = 0; s < r.stages.size(); ++s) {
        INFO(r.stages[s].key);
        CHECK(r.stages[s].immature == immature[s]);
    }
    // February's cohort (G) ended after the data does: every later stage is still maturing.
    const FunnelReport feb = computeFunnel(*facts, month(2), FunnelMode::Cohort);
    CHECK(counts(feb) == std::vector<qint64>{1, 1, 0, 0, 0, 0});
    CHECK_FALSE(feb.stages[0].immature);
    CHECK(feb.stages[1].immature);
    CHECK(feb.stages[5].immature);
    // Cohort of January MQLs: A B C D E; reached SAL A, D.
    const FunnelReport fromMql = computeFunnel(*facts, month(1), FunnelMode::Cohort, 1);
    CHECK(counts(fromMql) == std::vector<qint64>{5, 5, 2, 2, 1, 1});
}

TEST_CASE("funnel: ageing of contacts still open in a stage at the period end") {
    MetricsFixture fx;
    buildJanuary(fx);
    const FunnelReport r = computeFunnel(*fx.load(), month(1), FunnelMode::Flow);
    REQUIRE(r.ageing.size() == 5); // every stage but the last
    // At 1 Feb 00:00: H sits in Lead since 20 Jan 09:00 = 11.625 days (bucket 8–30).
    CHECK(r.ageing[0].open == 1);
    CHECK(r.ageing[0].medianAgeDays == 11.625);
    CHECK(r.ageing[0].buckets == std::array<qint64, 4>{0, 1, 0, 0});
    // MQL: C since 12 Jan 12:00 = 19.5 days (B and E were rejected: not open).
    CHECK(r.ageing[1].open == 1);
    CHECK(r.ageing[1].medianAgeDays == 19.5);
    CHECK(r.ageing[2].open == 0);
    CHECK_FALSE(r.ageing[2].medianAgeDays.has_value());
    // SQL: D since 12 Jan 15:00 = 19.375 days, F since 9 Jan 10:00 = 22.583 days; median 20.979.
    CHECK(r.ageing[3].open == 2);
    CHECK(*r.ageing[3].medianAgeDays == Approx((19.375 + 22.0 + 14.0 / 24.0) / 2.0));
    CHECK(r.ageing[4].open == 0); // A moved on to Customer
}

TEST_CASE("funnel: computes from a pool thread even when the pool has no thread to spare") {
    // The GUI runs computeFunnel/computeKpis via QtConcurrent; they start helper tasks themselves.
    // Waiting on a helper that has not started runs it in the waiting thread, so a full pool cannot
    // deadlock. Pin that with a one-thread pool.
    MetricsFixture fx;
    buildJanuary(fx);
    const FactSnapshot facts = fx.load();
    QThreadPool* pool = QThreadPool::globalInstance();
    const int before = pool->maxThreadCount();
    pool->setMaxThreadCount(1);
    const FunnelReport r =
        QtConcurrent::run([facts] { return computeFunnel(*facts, month(1), FunnelMode::Flow); }).result();
    pool->setMaxThreadCount(before);
    CHECK(counts(r) == std::vector<qint64>{6, 5, 3, 3, 1, 1});
}
