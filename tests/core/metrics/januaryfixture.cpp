#include "januaryfixture.h"

// Specs name only the fields a row needs (designated initializers); the rest keep their defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace revalign::test {

January buildJanuary(MetricsFixture& fx) {
    fx.setCalendar(QStringLiteral("UTC"), {QDate(2024, 1, 15)});
    fx.setTarget("leads_created", "month", 100);
    fx.setTarget("bookings", "month", 5000000);        // money targets are stored in cents
    fx.setTarget("mql_acceptance_rate", "month", 0.6); // a new workspace has none: agreed here
    const qint64 cfo = fx.persona("CFO");
    const qint64 cto = fx.persona("CTO");
    fx.persona("CEO"); // nobody
    const QString paid = QStringLiteral("Paid Search");
    const QString organic = QStringLiteral("Organic Search");
    fx.campaign("Search Q1", "Paid Search", 310000, "2024-01-01", "2024-01-31");
    fx.campaign("Webinar", "Events", 100000, "2024-01-25", "2024-02-03");
    January j{};
    j.a = fx.contact({.created = "2024-01-02T09:00",
                      .channel = paid,
                      .persona = cfo,
                      .handoff = "accepted",
                      .decided = "2024-01-03T14:00",
                      .firstTouch = "2024-01-03T11:00",
                      .stages = {{QStringLiteral("mql"), "2024-01-03T10:00"},
                                 {QStringLiteral("sal"), "2024-01-03T14:00"},
                                 {QStringLiteral("sql"), "2024-01-05T10:00"},
                                 {QStringLiteral("customer"), "2024-01-20T12:00"}}});
    j.b = fx.contact({.created = "2024-01-04T09:00",
                      .channel = paid,
                      .persona = cfo,
                      .handoff = "rejected",
                      .decided = "2024-01-08T10:00",
                      .reason = QStringLiteral("No budget"),
                      .stages = {{QStringLiteral("mql"), "2024-01-05T16:00"}}});
    j.c = fx.contact({.created = "2024-01-10T09:00",
                      .channel = organic,
                      .handoff = "pending",
                      .stages = {{QStringLiteral("mql"), "2024-01-12T12:00"}}});
    j.d = fx.contact({.created = "2024-01-11T09:00",
                      .channel = organic,
                      .persona = cto,
                      .firstTouch = "2024-01-16T10:00",
                      .stages = {{QStringLiteral("sql"), "2024-01-12T15:00"}}});
    j.e = fx.contact({.created = "2024-01-25T09:00",
                      .channel = paid,
                      .persona = cfo,
                      .handoff = "rejected",
                      .decided = "2024-01-31T09:00",
                      .reason = QStringLiteral("Not a fit"),
                      .stages = {{QStringLiteral("mql"), "2024-01-26T09:00"}}});
    j.h = fx.contact({.created = "2024-01-20T09:00", .channel = QStringLiteral("Events")});
    j.f = fx.contact({.created = "2023-12-20T09:00",
                      .channel = paid,
                      .handoff = "accepted",
                      .decided = "2023-12-21T11:00",
                      .stages = {{QStringLiteral("mql"), "2023-12-21T10:00"},
                                 {QStringLiteral("sql"), "2024-01-09T10:00"}}});
    j.g = fx.contact({.created = "2024-02-05T09:00",
                      .channel = paid,
                      .handoff = "pending",
                      .stages = {{QStringLiteral("mql"), "2024-02-19T09:00"}}});
    j.o1 = fx.opportunity({.contact = j.a,
                           .amountCents = 1000000,
                           .created = "2024-01-08T10:00",
                           .closeDate = "2024-01-20",
                           .closed = true,
                           .won = true,
                           .sourcedBy = "marketing",
                           .stage = QStringLiteral("Closed Won")});
    j.o2 = fx.opportunity({.contact = j.d,
                           .amountCents = 500000,
                           .created = "2024-01-16T10:00",
                           .closeDate = "2024-01-30",
                           .closed = true,
                           .sourcedBy = "sales",
                           .stage = QStringLiteral("Closed Lost")});
    j.o3 = fx.opportunity({.amountCents = 2000000,
                           .created = "2024-01-22T10:00",
                           .closeDate = "2024-02-15",
                           .sourcedBy = "marketing",
                           .stage = QStringLiteral("Negotiation/Review"),
                           .forecast = QStringLiteral("commit")});
    j.o4 = fx.opportunity({.amountCents = 800000,
                           .created = "2023-12-10T10:00",
                           .closeDate = "2024-01-05",
                           .closed = true,
                           .won = true,
                           .sourcedBy = "sales",
                           .probability = 1.0});
    j.o5 = fx.opportunity({.amountCents = 300000,
                           .created = "2024-02-20T10:00",
                           .closeDate = "2024-03-31",
                           .sourcedBy = "marketing",
                           .probability = 0.2,
                           .forecast = QStringLiteral("pipeline")});
    return j;
}

} // namespace revalign::test
