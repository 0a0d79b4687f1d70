#include "packfixture.h"

#include "dialogs/meetingpackdialog.h"
#include "guioptions.h"
#include "mainwindow.h"
#include "report/packwriter.h"
#include "services/metricsservice.h"
#include "store/factstore.h"
#include "store/workspace.h"

#include "testsupport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace revalign;
using namespace revalign::ui;
using revalign::test::TempDir;

TEST_CASE("ui: the meeting pack's options parse and refuse bad usage") {
    QString error;
    const auto ok =
        parseGuiOptions({QStringLiteral("--meeting-pack"), QStringLiteral("p.html"),
                         QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--page-size"),
                         QStringLiteral("Letter"), QStringLiteral("w.revalign")},
                        &error);
    REQUIRE(ok);
    CHECK(ok->meetingPack == QStringLiteral("p.html"));
    CHECK(ok->packFormat == QStringLiteral("html"));
    CHECK(ok->pageSize == QStringLiteral("letter"));
    CHECK_FALSE(
        parseGuiOptions({QStringLiteral("--meeting-pack"), QStringLiteral("p"), QStringLiteral("--format"),
                         QStringLiteral("docx"), QStringLiteral("w.revalign")},
                        &error));
    CHECK(error.contains(QStringLiteral("docx")));
    CHECK_FALSE(
        parseGuiOptions({QStringLiteral("--meeting-pack"), QStringLiteral("p"), QStringLiteral("--page-size"),
                         QStringLiteral("a3"), QStringLiteral("w.revalign")},
                        &error));
    CHECK_FALSE(parseGuiOptions(
        {QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("w.revalign")}, &error));
    CHECK(error.contains(QStringLiteral("--meeting-pack")));
}

TEST_CASE(
    "ui: revalign --meeting-pack writes the pack without a window, exit 1 on failure and 2 on bad usage") {
    TempDir dir;
    const QString out = dir.path(QStringLiteral("cli.pdf"));
    QProcess p;
    p.start(QStringLiteral(REVALIGN_GUI_BINARY),
            {QStringLiteral("--meeting-pack"), out, QStringLiteral("--lang"), QStringLiteral("en"),
             QStringLiteral("--from"), QStringLiteral("2026-11-16"), QStringLiteral("--to"),
             QStringLiteral("2026-11-22"), test::packWorkspace()});
    REQUIRE(p.waitForFinished(120000));
    INFO(p.readAllStandardError().toStdString());
    CHECK(p.exitCode() == 0);
    CHECK(
        QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("Week of 16–22 November 2026")));
    CHECK(test::fileBytes(out).startsWith("%PDF-"));

    p.start(QStringLiteral(REVALIGN_GUI_BINARY),
            {QStringLiteral("--meeting-pack"), dir.path(QStringLiteral("x.pdf")),
             dir.path(QStringLiteral("absent.revalign"))});
    REQUIRE(p.waitForFinished(60000));
    CHECK(p.exitCode() == 1);
    CHECK(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("absent.revalign")));
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("x.pdf"))));

    p.start(QStringLiteral(REVALIGN_GUI_BINARY),
            {QStringLiteral("--meeting-pack"), out, QStringLiteral("--format"), QStringLiteral("doc"),
             test::packWorkspace()});
    REQUIRE(p.waitForFinished(60000));
    CHECK(p.exitCode() == 2);
}

TEST_CASE("ui: the export dialog offers the latest complete week and names the pack's period") {
    Workspace ws = Workspace::open(test::packWorkspace());
    const FactSnapshot facts = FactStore(ws).load();
    MeetingPackDialog dialog(facts, {QDate(2026, 11, 1), QDate(2026, 11, 30)}, QString());
    // The data ends on Thursday 26 November: the latest complete week is 16–22 November.
    CHECK(dialog.period() == DateRange{QDate(2026, 11, 16), QDate(2026, 11, 22)});
    auto* label = dialog.findChild<QLabel*>(QStringLiteral("periodLabel"));
    REQUIRE(label);
    CHECK(label->text().contains(QStringLiteral("Week of 16–22 November 2026")));
    auto* preset = dialog.findChild<QComboBox*>(QStringLiteral("presetCombo"));
    preset->setCurrentIndex(preset->findText(QStringLiteral("The dashboard’s range")));
    CHECK(dialog.period() == DateRange{QDate(2026, 11, 1), QDate(2026, 11, 30)});
    CHECK(label->text().contains(QStringLiteral("Partial period")));
    dialog.findChild<QDateEdit*>(QStringLiteral("toEdit"))->setDate(QDate(2026, 11, 20));
    CHECK(preset->currentText() == QStringLiteral("Other days"));
    auto* format = dialog.findChild<QComboBox*>(QStringLiteral("formatCombo"));
    format->setCurrentIndex(2);
    CHECK(dialog.format() == report::PackFormat::Html);
    CHECK(dialog.suffix() == QStringLiteral("html"));
}

TEST_CASE("ui: the window writes a meeting pack off the UI thread and says where it went") {
    MainWindow window;
    window.setHeadless(true);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::dataReady);
    window.openWorkspace(test::packWorkspace());
    REQUIRE(loaded.wait(30000));
    TempDir dir;
    report::PackRequest request;
    request.workspacePath = test::packWorkspace();
    request.output = dir.path(QStringLiteral("gui.pdf"));
    request.query.period = {QDate(2026, 11, 16), QDate(2026, 11, 22)};
    QSignalSpy finished(&window, &MainWindow::meetingPackFinished);
    REQUIRE(window.startMeetingPack(request));
    CHECK_FALSE(window.startMeetingPack(request)); // one at a time
    REQUIRE(finished.wait(60000));
    const auto result = finished.at(0).at(0).value<report::PackResult>();
    CHECK(result.error.isEmpty());
    CHECK(test::fileBytes(request.output).startsWith("%PDF-"));
}
