// Specs name only the fields a row needs (designated initializers); the rest keep their defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include "januaryfixture.h"

#include "metrics/mqlbacklog.h"

using namespace revalign;
using namespace revalign::test;

// The January workspace (januaryfixture.h): MQLs F 2023-12-21 (accepted 11:00 the same day), A 01-03
// (accepted 01-03 14:00), B 01-05 (rejected 01-08 10:00), C 01-12 (pending), D 01-12 15:00 (MQL and SAL
// inferred from its SQL date: accepted the moment it became MQL), E 01-26 (rejected 01-31), G 02-19
// (pending). As of 02-20 10:00.
TEST_CASE("mql backlog: start + entered − accepted − rejected = end, per range") {
    MetricsFixture fx;
    buildJanuary(fx);
    const FactSnapshot facts = fx.load();
    struct Case {
        DateRange range;
        qint64 start, entered, accepted, rejected, end;
        std::array<qint64, 4> endAges;
    };
    const Case c = GENERATE(
        // Week 8–14 Jan: B waits at the start; C and D enter; B is rejected, D accepted; C waits at the end
        // (since 12 Jan 12:00: 2.5 days). 1 + 2 − 1 − 1 = 1.
        Case{{QDate(2024, 1, 8), QDate(2024, 1, 14)}, 1, 2, 1, 1, 1, {1, 0, 0, 0}},
        // January: F was answered in December; A B C D E enter; A D accepted, B E rejected; C waits
        // (19.5 days at 1 Feb). 0 + 5 − 2 − 2 = 1.
        Case{{QDate(2024, 1, 1), QDate(2024, 1, 31)}, 0, 5, 2, 2, 1, {0, 1, 0, 0}},
        // February (runs past the data, which ends 20 Feb 10:00): C waits from the start; G enters; nobody
        // answers. End at 20 Feb 10:00: C 38.9 days, G 1.04 days. 1 + 1 − 0 − 0 = 2.
        Case{{QDate(2024, 2, 1), QDate(2024, 2, 29)}, 1, 1, 0, 0, 2, {1, 0, 1, 0}});
    const MqlBacklog b = computeMqlBacklog(*facts, {}, c.range);
    INFO(c.range.from.toString(Qt::ISODate).toStdString());
    CHECK(b.start == c.start);
    CHECK(b.entered == c.entered);
    CHECK(b.accepted == c.accepted);
    CHECK(b.rejected == c.rejected);
    CHECK(b.end == c.end);
    CHECK(b.start + b.entered - b.accepted - b.rejected == b.end);
    CHECK(b.endAges == c.endAges);
    CHECK(b.undatedDecisions == 0);
}

TEST_CASE("mql backlog: a range past the data is measured to the latest record") {
    MetricsFixture fx;
    buildJanuary(fx);
    const MqlBacklog b = computeMqlBacklog(*fx.load(), {}, {QDate(2024, 2, 19), QDate(2024, 2, 25)});
    CHECK(b.measuredTo == QDate(2024, 2, 20));
    const MqlBacklog whole = computeMqlBacklog(*fx.load(), {}, {QDate(2024, 1, 8), QDate(2024, 1, 14)});
    CHECK(whole.measuredTo == QDate(2024, 1, 14));
}

TEST_CASE("mql backlog: follows the filters") {
    MetricsFixture fx;
    buildJanuary(fx);
    MetricFilters organic;
    organic.channels = {QStringLiteral("Organic Search")};
    // Organic MQLs in January: C (waits) and D (accepted at once). 0 + 2 − 1 − 0 = 1.
    const MqlBacklog b = computeMqlBacklog(*fx.load(), organic, {QDate(2024, 1, 1), QDate(2024, 1, 31)});
    CHECK(b.entered == 2);
    CHECK(b.accepted == 1);
    CHECK(b.rejected == 0);
    CHECK(b.end == 1);
}

TEST_CASE("mql backlog: a rejection without a date never counts as waiting") {
    MetricsFixture fx;
    fx.setCalendar(QStringLiteral("UTC"));
    fx.contact({.created = "2024-01-02T09:00",
                .handoff = "rejected",
                .stages = {{QStringLiteral("mql"), "2024-01-03T10:00"}}});
    fx.contact({.created = "2024-01-20T09:00", .stages = {{QStringLiteral("lead"), "2024-01-20T09:00"}}});
    const MqlBacklog b = computeMqlBacklog(*fx.load(), {}, {QDate(2024, 1, 8), QDate(2024, 1, 14)});
    CHECK(b.start == 0);
    CHECK(b.end == 0);
    CHECK(b.undatedDecisions == 1);
}
