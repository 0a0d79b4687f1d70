#include "store/meetingstore.h"
#include "store/workspace.h"

#include "testsupport.h"

using namespace revalign;
using revalign::test::TempDir;

TEST_CASE("meeting notes and action items survive reopening, open items carry over until done") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("sync.revalign"));
    const QDate week1(2026, 11, 9), week2(2026, 11, 16), week3(2026, 11, 23);
    qint64 slaItem = 0;
    qint64 doneItem = 0;
    {
        Workspace ws = Workspace::create(path);
        MeetingStore meetings(ws.db());
        const Meeting m1 = meetings.meetingOn(week1, QStringLiteral("Weekly sync"));
        CHECK(meetings.meetingOn(week1).id == m1.id); // same day, same meeting
        meetings.addNote({0,
                          m1.id,
                          Team::Sales,
                          QStringLiteral("Somchai (SDR lead)"),
                          QStringLiteral("Paid Social MQLs are mostly students"),
                          {}});
        slaItem = meetings.addActionItem({0,
                                          m1.id,
                                          {},
                                          Team::Sales,
                                          QStringLiteral("Ann"),
                                          QStringLiteral("Touch every MQL within 24 business hours"),
                                          week2,
                                          {}});
        doneItem = meetings.addActionItem({0,
                                           m1.id,
                                           {},
                                           Team::Marketing,
                                           QStringLiteral("Nok"),
                                           QStringLiteral("Exclude students from Paid Social"),
                                           week2,
                                           {}});
        REQUIRE(
            meetings.setDone(*meetings.actionItem(doneItem), QDate(2026, 11, 12)).saved()); // before week 2
    }
    Workspace ws = Workspace::open(path);
    MeetingStore meetings(ws.db());
    const Meeting m1 = meetings.meetingOn(week1);
    const auto notes = meetings.notes(m1.id);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].team == Team::Sales);
    CHECK(notes[0].text == QStringLiteral("Paid Social MQLs are mostly students"));

    // Week 1 shows both items it raised.
    CHECK(meetings.actionItemsFor(week1).size() == 2);
    // Week 2: the open one is carried over, the one done in between is not.
    const auto week2Items = meetings.actionItemsFor(week2);
    REQUIRE(week2Items.size() == 1);
    CHECK(week2Items[0].id == slaItem);
    CHECK(week2Items[0].raisedOn == week1);
    CHECK(week2Items[0].isOpen());
    // Done during week 2's meeting: still listed there (as done), gone from week 3.
    meetings.meetingOn(week2);
    REQUIRE(meetings.setDone(*meetings.actionItem(slaItem), week2).saved());
    CHECK(meetings.actionItemsFor(week2).size() == 1);
    CHECK_FALSE(meetings.actionItemsFor(week2)[0].isOpen());
    CHECK(meetings.actionItemsFor(week3).empty());
    // Reopened: carried again.
    REQUIRE(meetings.setDone(*meetings.actionItem(slaItem), QDate()).saved());
    CHECK(meetings.actionItemsFor(week3).size() == 1);
    CHECK(meetings.meetings().size() == 2);
}

TEST_CASE("a report's action items: raised in its days, carried into them, or done in them") {
    TempDir dir;
    Workspace ws = Workspace::create(dir.path(QStringLiteral("items.revalign")));
    MeetingStore meetings(ws.db());
    const QDate nov2(2026, 11, 2), nov9(2026, 11, 9), nov16(2026, 11, 16), nov23(2026, 11, 23);
    const auto raise = [&](const QDate& on, const char* text, const QDate& doneOn) {
        const qint64 id = meetings.addActionItem({0,
                                                  meetings.meetingOn(on).id,
                                                  {},
                                                  Team::Shared,
                                                  QStringLiteral("Ann"),
                                                  QString::fromLatin1(text),
                                                  on.addDays(7),
                                                  {}});
        if (doneOn.isValid())
            REQUIRE(meetings.setDone(*meetings.actionItem(id), doneOn).saved());
        return id;
    };
    raise(nov2, "done before the week", QDate(2026, 11, 10));
    const qint64 carried = raise(nov2, "carried since 2 Nov", {});
    const qint64 doneInWeek = raise(nov9, "done in the week", nov16);
    const qint64 raisedInWeek = raise(nov16, "raised in the week", {});
    raise(nov23, "raised after the week", {});
    // The week 16–22 November: open items first (by when they were raised), then the done one.
    std::vector<qint64> ids;
    for (const ActionItem& a : meetings.actionItemsBetween(nov16, nov16.addDays(6)))
        ids.push_back(a.id);
    CHECK(ids == std::vector<qint64>{carried, raisedInWeek, doneInWeek});
}
