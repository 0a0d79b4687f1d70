// The window on a team workspace hears of other people's imports (LISTEN/NOTIFY, docs/postgresql.md §5):
// "Updated by ben's import of contacts.csv, 2 minutes ago", the figures reloaded, today's imports listed.

#include "capture.h"
#include "mainwindow.h"
#include "services/teamwatcher.h"
#include "store/workspace.h"
#include "workflow/importservice.h"

#include "pgtestserver.h"
#include "pgurlschema.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTranslator>

using namespace revalign;
using namespace revalign::ui;

namespace {
// Runs `work` as `user` (REVALIGN_USER), as another person on another machine would.
template <typename Work> void as(const char* user, Work work) {
    const QByteArray before = qgetenv("REVALIGN_USER");
    qputenv("REVALIGN_USER", user);
    work();
    if (before.isEmpty())
        qunsetenv("REVALIGN_USER");
    else
        qputenv("REVALIGN_USER", before);
}
} // namespace

TEST_CASE("ui: a team change reads as who did what to which file, and how long ago") {
    TeamChange c;
    c.kind = QStringLiteral("import");
    c.by = QStringLiteral("anna@laptop");
    c.file = QStringLiteral("contacts.csv");
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1764660000, Qt::UTC);
    c.at = now.addSecs(-150); // 2.5 minutes: rounded down
    CHECK(describeTeamChange(c, now) == u"Updated by anna's import of contacts.csv, 2 minutes ago");
    c.at = now.addSecs(-59);
    CHECK(describeTeamChange(c, now) == u"Updated by anna's import of contacts.csv, just now");
    c.at = now.addSecs(-61);
    CHECK(describeTeamChange(c, now) == u"Updated by anna's import of contacts.csv, 1 minute ago");
    c.kind = QStringLiteral("undo"); // announced when it happens: the import's own time does not count
    c.at = now.addSecs(-3600);
    CHECK(describeTeamChange(c, now) == u"Updated by anna's undo of the import of contacts.csv, just now");

    const auto parsed =
        TeamChange::fromPayload(QJsonObject{{QStringLiteral("kind"), QStringLiteral("import")},
                                            {QStringLiteral("by"), QStringLiteral("ben@desk")},
                                            {QStringLiteral("file"), QStringLiteral("deals.csv")},
                                            {QStringLiteral("at"), 1764660000},
                                            {QStringLiteral("batch"), 42},
                                            {QStringLiteral("new"), 120},
                                            {QStringLiteral("updated"), 4}});
    REQUIRE(parsed);
    CHECK(parsed->batch == 42);
    CHECK(parsed->added == 120);
    CHECK(parsed->updated == 4);
    CHECK(parsed->at == now);
    // Other kinds (definitions, schema) are not imports: the window does not report them as such.
    CHECK_FALSE(TeamChange::fromPayload(QJsonObject{{QStringLiteral("kind"), QStringLiteral("schema")}}));
}

TEST_CASE("ui: a window on a team workspace shows another person's import and reloads its figures", "[pg]") {
    REVALIGN_NEED_PG(server);
    test::PgUrlSchema schema(server, QStringLiteral("uiwatch"));
    const QString url = schema.url();
    Workspace::create(url);
    MainWindow window;
    window.setHeadless(true);
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    window.openWorkspace(url);
    REQUIRE(loaded.wait(15000));
    auto* watcher = window.findChild<TeamWatcher*>();
    REQUIRE(watcher);
    REQUIRE(QTest::qWaitFor([&] { return watcher->isWatching(); }, 15000));
    CHECK(window.teamChangeLine().isEmpty());
    CHECK(window.importsTodayLine().isEmpty());

    loaded.clear();
    as("ben@desk", [&] {
        Workspace ws = Workspace::open(url, WorkspaceAccess::ReadWrite);
        const auto results =
            importFiles(ws, {test::testData(QStringLiteral("import/hubspot-contacts.csv"))}, {});
        REQUIRE(results.size() == 1);
        CHECK(results[0].counts.added == 5);
    });
    // The notification arrives at ben's COMMIT; the window says so and reads the workspace again.
    REQUIRE(loaded.wait(15000));
    CHECK(window.teamChangeLine() == u"Updated by ben's import of hubspot-contacts.csv, just now");
    CHECK(window.importsTodayLine().startsWith(u"Also imported today: ben@desk (hubspot-contacts.csv, "));

    // This user's own import is not news to this window (the import itself refreshes it).
    loaded.clear();
    {
        Workspace ws = Workspace::open(url, WorkspaceAccess::ReadWrite);
        importFiles(ws, {test::testData(QStringLiteral("import/hubspot-companies.csv"))}, {});
    }
    CHECK_FALSE(loaded.wait(1500));
    CHECK(window.teamChangeLine() == u"Updated by ben's import of hubspot-contacts.csv, just now");

    window.closeWorkspace();
    CHECK_FALSE(watcher->isWatching());
    CHECK(window.teamChangeLine().isEmpty());
}

TEST_CASE("ui: the status bar's team lines render in English and Thai (team-status-en.png, -th.png)") {
    // Written into the test's working directory for a person to look at.
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("th")}) {
        QTranslator thai;
        if (language == u"th") {
            REQUIRE(thai.load(QStringLiteral(":/i18n/revalign_th.qm")));
            QCoreApplication::installTranslator(&thai);
        }
        {
            MainWindow window;
            window.setHeadless(true);
            window.resize(1100, 700);
            TeamChange c;
            c.kind = QStringLiteral("import");
            c.by = QStringLiteral("ben@desk");
            c.file = QStringLiteral("hubspot-contacts.csv");
            c.at = QDateTime::currentDateTimeUtc().addSecs(-130);
            window.onTeamChange(c); // no workspace open: nothing to reload, the line still shows
            window.setImportsToday(
                {{QStringLiteral("ben@desk"), QStringLiteral("hubspot-contacts.csv"), QTime(9, 14)}});
            window.show();
            settleForCapture();
            if (language == u"th")
                CHECK(window.teamChangeLine() == u"อัปเดตแล้ว: ben นำเข้า hubspot-contacts.csv, 2 นาทีที่แล้ว");
            else
                CHECK(window.teamChangeLine() ==
                      u"Updated by ben's import of hubspot-contacts.csv, 2 minutes ago");
            CHECK(window.statusBar()->grab().save(QStringLiteral("team-status-%1.png").arg(language)));
        }
        QCoreApplication::removeTranslator(&thai);
    }
}
