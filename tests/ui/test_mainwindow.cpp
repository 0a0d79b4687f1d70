#include "guioptions.h"
#include "mainwindow.h"
#include "models/personasummarymodel.h"
#include "models/stagesummarymodel.h"
#include "pages/summarypage.h"
#include "store/database.h"
#include "store/definitionstore.h"
#include "store/workspace.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QMimeData>
#include <QSignalSpy>
#include <QUrl>

using namespace revalign;
using namespace revalign::ui;
using revalign::test::TempDir;

namespace {
QString makeWorkspace(const TempDir& dir, const QString& name) {
    const QString path = dir.path(name);
    Workspace ws = Workspace::create(path);
    DefinitionStore defs(ws.db());
    Persona p;
    p.name = QStringLiteral("IT leader");
    p.titleKeywords = {QStringLiteral("CIO")};
    defs.savePersona(p, QStringLiteral("test"), QString());
    WorkspaceSettings s = ws.settings();
    s.name = QStringLiteral("Acme revenue team");
    ws.saveSettings(s, QStringLiteral("test"));
    ws.db().exec(
        "INSERT INTO contact(source, source_id, persona_id, created_at) VALUES ('t', '1', 1, 1700000000),"
        " ('t', '2', NULL, 1700003600)");
    ws.db().exec("INSERT INTO contact_stage(contact_id, stage_id, entered_at) SELECT 1, id, 1700000000 FROM "
                 "funnel_stage WHERE key IN ('lead', 'mql')");
    return path;
}
} // namespace

TEST_CASE("ui: opening a workspace fills the summary and the title") {
    TempDir dir;
    const QString path = makeWorkspace(dir, QStringLiteral("acme.revalign"));
    MainWindow window;
    window.setHeadless(true);
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    window.openWorkspace(path);
    REQUIRE(loaded.wait(10000));
    CHECK(window.windowTitle().contains(QStringLiteral("Acme revenue team")));
    CHECK(window.windowTitle().contains(QStringLiteral("acme.revalign")));

    auto* summary = window.findChild<SummaryPage*>();
    REQUIRE(summary);
    QAbstractItemModelTester stageTester(summary->stageModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester personaTester(summary->personaModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* stages = summary->stageModel();
    REQUIRE(stages->rowCount() == 6);
    CHECK(stages->index(0, StageSummaryModel::Entered).data(Qt::UserRole).toLongLong() == 1); // lead
    CHECK(stages->index(1, StageSummaryModel::Entered).data(Qt::UserRole).toLongLong() == 1); // mql
    CHECK(stages->index(2, StageSummaryModel::Entered).data(Qt::UserRole).toLongLong() == 0); // sal
    auto* personas = summary->personaModel();
    REQUIRE(personas->rowCount() == 2); // one persona + "outside every persona"
    CHECK(personas->index(0, PersonaSummaryModel::Name).data().toString() == QStringLiteral("IT leader"));
    CHECK(personas->index(0, PersonaSummaryModel::Contacts).data(Qt::UserRole).toLongLong() == 1);
    CHECK(personas->index(1, PersonaSummaryModel::Contacts).data(Qt::UserRole).toLongLong() == 1);
    CHECK(personas->index(0, PersonaSummaryModel::Share).data().toString() == QStringLiteral("50.0%"));

    window.closeWorkspace();
    CHECK(window.windowTitle() == QStringLiteral("RevAlign"));
}

TEST_CASE("ui: a file that is not a workspace is reported with its name") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("leads.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Id,Name\n1,A\n");
    f.close();
    MainWindow window;
    window.setHeadless(true);
    QSignalSpy failed(&window, &MainWindow::workspaceFailed);
    window.openWorkspace(path);
    REQUIRE(failed.wait(10000));
    CHECK(failed.first().at(1).toString().contains(QStringLiteral("not a RevAlign workspace")));
    CHECK(failed.first().at(1).toString().contains(path));
    CHECK(window.workspacePath().isEmpty());
}

TEST_CASE("ui: dropping a workspace file opens it") {
    TempDir dir;
    const QString path = makeWorkspace(dir, QStringLiteral("dropped.revalign"));
    MainWindow window;
    window.setHeadless(true);
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QMimeData csv;
    csv.setUrls({QUrl::fromLocalFile(dir.path(QStringLiteral("leads.csv")))});
    CHECK(MainWindow::droppedWorkspace(&csv).isEmpty());
    CHECK_FALSE(window.handleDrop(&csv));
    CHECK(MainWindow::droppedWorkspace(&mime) == path);
    REQUIRE(window.handleDrop(&mime));
    REQUIRE(loaded.wait(10000));
    CHECK(window.workspacePath() == path);
}

TEST_CASE("ui: the window renders to a non-empty image") {
    TempDir dir;
    const QString path = makeWorkspace(dir, QStringLiteral("shot.revalign"));
    MainWindow window;
    window.setHeadless(true);
    window.resize(1024, 700);
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    window.openWorkspace(path);
    REQUIRE(loaded.wait(10000));
    CHECK(window.showPage(QStringLiteral("summary")));
    CHECK_FALSE(window.showPage(QStringLiteral("no-such-page")));
    const QImage image = window.grab().toImage();
    REQUIRE(image.width() == 1024);
    // Not a blank canvas: the page draws text and frames in more than a handful of colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() > 10);
}

TEST_CASE("ui: GUI options parse and refuse bad usage") {
    QString error;
    const auto ok =
        parseGuiOptions({QStringLiteral("--screenshot"), QStringLiteral("a.png"), QStringLiteral("--page"),
                         QStringLiteral("summary"), QStringLiteral("--lang"), QStringLiteral("th"),
                         QStringLiteral("w.revalign")},
                        &error);
    REQUIRE(ok);
    CHECK(ok->screenshot == QStringLiteral("a.png"));
    CHECK(ok->language == QStringLiteral("th"));
    CHECK(ok->workspace == QStringLiteral("w.revalign"));
    CHECK_FALSE(parseGuiOptions({QStringLiteral("--lang"), QStringLiteral("fr")}, &error));
    CHECK(error.contains(QStringLiteral("fr")));
    CHECK_FALSE(parseGuiOptions({QStringLiteral("--screenshot")}, &error));
    CHECK_FALSE(parseGuiOptions({QStringLiteral("a.revalign"), QStringLiteral("b.revalign")}, &error));
    CHECK_FALSE(parseGuiOptions({QStringLiteral("--size"), QStringLiteral("12")}, &error));
}

// Issue 10.2: a workspace another process's import held locked aborted the GUI ("terminate called after
// throwing an instance of 'revalign::Error'", exit 134): the sync page inserted a meeting row on open.
// Now it opens for reading with a banner saying why, and viewing every page writes nothing.
TEST_CASE("ui: a workspace locked by another connection opens read-only with a banner, without aborting") {
    TempDir dir;
    const QString path = makeWorkspace(dir, QStringLiteral("locked.revalign"));
    Database other(path, Database::Mode::ReadWrite);
    other.exec("BEGIN IMMEDIATE");
    other.exec("INSERT INTO setting(key, value) VALUES ('half', 'written')");
    const QByteArray before = test::workspaceContentDigest(path);
    {
        MainWindow window;
        window.setHeadless(true);
        QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
        window.openWorkspace(path);
        REQUIRE(loaded.wait(10000));
        CHECK(window.readOnlyBanner().startsWith(
            QStringLiteral("Read-only: another program is writing to it.")));
        for (const QString& key : window.pageKeys()) {
            INFO(key.toStdString());
            CHECK(window.showPage(key));
            QApplication::processEvents();
        }
        CHECK(window.windowTitle().contains(QStringLiteral("Acme revenue team")));
    }
    other.exec("ROLLBACK");
    CHECK(test::workspaceContentDigest(path) == before);
}

TEST_CASE("ui: viewing the weekly sync page of a writable workspace writes nothing") {
    TempDir dir;
    const QString path = makeWorkspace(dir, QStringLiteral("view.revalign"));
    const QByteArray before = test::workspaceContentDigest(path);
    {
        MainWindow window;
        window.setHeadless(true);
        QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
        window.openWorkspace(path);
        REQUIRE(loaded.wait(10000));
        CHECK(window.readOnlyBanner().isEmpty());
        CHECK(window.showPage(QStringLiteral("sync")));
        QApplication::processEvents();
    }
    CHECK(test::workspaceContentDigest(path) == before);
}
