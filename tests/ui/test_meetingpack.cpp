#include "demo/demogenerator.h"
#include "language.h"
#include "mainwindow.h"
#include "meetingpack.h"
#include "services/meetingservice.h"
#include "widgets/filterbar.h"

#include "testsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace revalign;
using namespace revalign::ui;
using revalign::test::TempDir;

namespace {
void waitUntilIdle(MainWindow& window) {
    QElapsedTimer clock;
    clock.start();
    while ((window.isComputing() || !window.hasData()) && clock.elapsed() < 30000)
        QTest::qWait(20);
    REQUIRE_FALSE(window.isComputing());
}

QString pdfText(const QString& pdf) {
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

TEST_CASE("ui: the meeting pack has one page per dashboard page, each naming the workspace and filters") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("pack.revalign"));
    generateDemoWorkspace(path, DemoOptions{2000, 5, QDate(2026, 11, 26)});
    QSettings().remove(QStringLiteral("filters"));
    MainWindow window;
    window.setHeadless(true);
    window.resize(1440, 1000);
    window.show();
    window.openWorkspace(path);
    waitUntilIdle(window);
    window.filterBar()->setFilter(QStringLiteral("channel"), QStringLiteral("Events"));
    waitUntilIdle(window);

    const QString pdf = dir.path(QStringLiteral("sync.pdf"));
    const MeetingPack pack = writeMeetingPack(window, pdf);
    REQUIRE(pack.error.isEmpty());
    CHECK(pack.pages == 4);
    REQUIRE(pack.pngs.size() == 4);
    for (const QString& png : pack.pngs)
        CHECK(QImage(png).width() > 800);
    const QByteArray bytes = test::fileBytes(pdf);
    CHECK(bytes.startsWith("%PDF-"));
    static const QRegularExpression pageObject(QStringLiteral("/Type\\s*/Page(?!s)"));
    CHECK(QString::fromLatin1(bytes).count(pageObject) == 4);

    const QString text = pdfText(pdf);
    if (text.isEmpty()) {
        WARN("pdftotext not installed: page text not checked");
        return;
    }
    // Every page's header names the workspace and the filters.
    const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
    REQUIRE(pages.size() >= 4);
    for (int i = 0; i < 4; ++i) {
        INFO("page " << i + 1);
        CHECK(pages[i].contains(QStringLiteral("Northwind Analytics")));
        CHECK(pages[i].contains(QStringLiteral("Channel: Events")));
        CHECK(pages[i].contains(QStringLiteral("page %1 of 4").arg(i + 1)));
    }
}

TEST_CASE("ui: a failed meeting pack leaves no half-written file") {
    MainWindow window; // no workspace open
    TempDir dir;
    const QString pdf = dir.path(QStringLiteral("none.pdf"));
    CHECK_FALSE(writeMeetingPack(window, pdf).error.isEmpty());
    CHECK_FALSE(QFile::exists(pdf));
    CHECK_FALSE(writeMeetingPack(window, QStringLiteral("/nonexistent-dir/x.pdf")).error.isEmpty());
}

TEST_CASE("ui: sync notes and action items survive reopening the workspace") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("notes.revalign"));
    generateDemoWorkspace(path, DemoOptions{500, 2, QDate(2026, 11, 26)});
    const QDate monday(2026, 11, 16);
    {
        MeetingService service;
        service.open(path);
        service.addNote(monday, Team::Marketing, QStringLiteral("Nok"), QStringLiteral("Pause Paid Social"));
        service.addActionItem(monday, Team::Sales, QStringLiteral("Ann"),
                              QStringLiteral("Call back Events MQLs"), monday.addDays(7));
    }
    MeetingService again;
    again.open(path);
    REQUIRE(again.notes(monday).size() == 1);
    CHECK(again.notes(monday)[0].text == QStringLiteral("Pause Paid Social"));
    // Still open, so the next week's meeting carries it.
    const auto next = again.actionItems(monday.addDays(7));
    REQUIRE(next.size() == 1);
    CHECK(next[0].text == QStringLiteral("Call back Events MQLs"));
}
