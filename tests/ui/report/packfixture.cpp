#include "packfixture.h"

#include "demo/demogenerator.h"
#include "store/meetingstore.h"
#include "store/workspace.h"

#include "testsupport.h"

#include <QProcess>
#include <QStandardPaths>

namespace revalign::test {

const QString& packWorkspace() {
    static TempDir dir;
    static const QString path = [] {
        const QString p = dir.path(QStringLiteral("pack.revalign"));
        generateDemoWorkspace(p, DemoOptions{2000, 5, QDate(2026, 11, 26)});
        Workspace ws = Workspace::open(p);
        MeetingStore meetings(ws.db());
        const QDate nov2(2026, 11, 2), nov9(2026, 11, 9), nov16(2026, 11, 16);
        const qint64 m2 = meetings.meetingOn(nov2).id;
        const qint64 m9 = meetings.meetingOn(nov9).id;
        const qint64 m16 = meetings.meetingOn(nov16, QStringLiteral("Weekly sync")).id;
        meetings.addNote({0,
                          m16,
                          Team::Marketing,
                          QStringLiteral("Nok"),
                          QStringLiteral("Pause Paid Social for students"),
                          {}});
        meetings.addNote(
            {0, m16, Team::Sales, QStringLiteral("Somchai"), QStringLiteral("Events MQLs convert best"), {}});
        meetings.addActionItem({0,
                                m2,
                                {},
                                Team::Sales,
                                QStringLiteral("Ann"),
                                QStringLiteral("Call back every Events MQL"),
                                QDate(2026, 11, 9),
                                {}});
        const qint64 done = meetings.addActionItem({0,
                                                    m9,
                                                    {},
                                                    Team::Marketing,
                                                    QStringLiteral("Nok"),
                                                    QStringLiteral("Exclude students from Paid Social"),
                                                    QDate(2026, 11, 16),
                                                    {}});
        REQUIRE(meetings.setDone(*meetings.actionItem(done), nov16).saved());
        meetings.addActionItem({0,
                                m16,
                                {},
                                Team::Shared,
                                QStringLiteral("Ann"),
                                QStringLiteral("Share the SLA report"),
                                QDate(2026, 11, 23),
                                {}});
        return p;
    }();
    return path;
}

QString pdfText(const QString& pdf, bool layout) {
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    args << pdf << QStringLiteral("-");
    p.start(tool, args);
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace revalign::test
