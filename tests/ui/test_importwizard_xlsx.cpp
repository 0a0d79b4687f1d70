// The import wizard takes Excel workbooks (issue 11.11): from the file dialog's filter, by drag and drop,
// with the sheet chosen on the format page.
#include "import/filespage.h"
#include "import/formatpage.h"
#include "import/importwizard.h"
#include "mainwindow.h"
#include "models/csvpreviewmodel.h"
#include "store/workspace.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace revalign;
using namespace revalign::ui;
using revalign::test::TempDir;
using revalign::test::testData;

namespace {
QString workbook(const char* name) {
    return QFileInfo(testData(QStringLiteral("import/xlsx/") + QString::fromLatin1(name))).absoluteFilePath();
}

void waitPreviews(ImportWizard& wizard) {
    REQUIRE(QTest::qWaitFor([&] { return !wizard.previewsPending(); }, 20000));
}
} // namespace

TEST_CASE("ui: dropping a workbook opens the wizard, whose format page shows its sheet and reads another") {
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("ws.revalign"));
    Workspace::create(ws);
    MainWindow window;
    window.setHeadless(true);
    QMimeData mime;
    mime.setUrls(
        {QUrl::fromLocalFile(workbook("sheets.xlsx")), QUrl::fromLocalFile(workbook("legacy-97-2003.xls"))});
    // Both are taken: the .xls to be told, on the format page, to save it as .xlsx
    CHECK(MainWindow::droppedImportFiles(&mime).size() == 2);
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    window.openWorkspace(ws);
    REQUIRE(loaded.wait(20000));
    REQUIRE(window.handleDrop(&mime));
    ImportWizard* wizard = window.importWizard();
    REQUIRE(wizard);
    CHECK(wizard->filePaths() == QStringList{workbook("sheets.xlsx"), workbook("legacy-97-2003.xls")});
    wizard->setHeadless(true);
    wizard->show(); // a headless window opens the wizard without showing it
    waitPreviews(*wizard);
    wizard->next();
    FormatPage* page = wizard->formatPage();
    REQUIRE(wizard->currentPage() == page);
    QAbstractItemModelTester tester(page->previewModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    // The first visible sheet with cells: 'Deals' (Notes is hidden, Empty is empty)
    CHECK(wizard->preview(0).profile.name == u"hubspot-deals");
    CHECK(page->detectedText().contains(QStringLiteral("Deals, header on row 1")));
    CHECK_FALSE(page->detectedText().contains(QStringLiteral("Delimiter")));
    CHECK_FALSE(page->sheetCombo()->isHidden());
    CHECK(page->encodingCombo()->isHidden());
    CHECK(page->sheetCombo()->count() == 4);
    CHECK(page->sheetCombo()->currentData().toString() == u"Deals");
    CHECK(page->sheetCombo()->itemText(0) == u"Notes (hidden)");
    CHECK(page->previewModel()->headerData(1, Qt::Horizontal).toString() == u"Deal Name");
    CHECK(page->previewModel()->data(page->previewModel()->index(0, 1)).toString() == u"Omega");
    CHECK(page->previewModel()->data(page->previewModel()->index(0, 5)).toString() == u"2024-01-02");
    QTest::qWait(50); // to look at: QDir::temp()/revalign-wizard-xlsx-format.png
    wizard->grab().save(QDir::temp().filePath(QStringLiteral("revalign-wizard-xlsx-format.png")));

    // Another sheet: read again, its own header
    page->sheetCombo()->setCurrentIndex(page->sheetCombo()->findData(QStringLiteral("Leads")));
    waitPreviews(*wizard);
    CHECK(wizard->files()[0].sheet == u"Leads");
    CHECK(page->previewModel()->headerData(0, Qt::Horizontal).toString() == u"Email");
    CHECK(page->previewModel()->rowCount() == 2);

    // The .xls: one line saying what to do, no preview, no way on
    page->fileCombo()->setCurrentIndex(1);
    waitPreviews(*wizard);
    CHECK(page->problemsText().contains(QStringLiteral("Excel 97-2003")));
    CHECK(page->sheetCombo()->isHidden());
    CHECK_FALSE(page->isComplete());
    wizard->close();
}
