#include "cli.h"
#include "import/filespage.h"
#include "import/formatpage.h"
#include "import/importrunpage.h"
#include "import/importwizard.h"
#include "import/mappingpage.h"
#include "import/validationpage.h"
#include "mainwindow.h"
#include "models/csvpreviewmodel.h"
#include "models/importbatchmodel.h"
#include "models/importerrormodel.h"
#include "pages/importpage.h"
#include "store/importstore.h"
#include "store/workspace.h"
#include "workflow/importservice.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTranslator>
#include <QUrl>

#include <memory>

using namespace revalign;
using namespace revalign::ui;
using revalign::test::TempDir;
using revalign::test::testData;
using revalign::test::workspaceContentDigest;

namespace {
QString freshWorkspace(const TempDir& dir) {
    const QString path = dir.path(QStringLiteral("ws.revalign"));
    Workspace::create(path);
    return path;
}

QString fixture(const char* name) {
    return testData(QStringLiteral("import/") + QString::fromLatin1(name));
}

std::unique_ptr<ImportWizard> openWizard(const QString& ws, const QStringList& files) {
    auto wizard = std::make_unique<ImportWizard>(ws, files);
    wizard->setHeadless(true);
    wizard->show();
    REQUIRE(QTest::qWaitFor([&] { return !wizard->previewsPending(); }, 20000));
    return wizard;
}

void waitPreviews(ImportWizard& wizard) {
    REQUIRE(QTest::qWaitFor([&] { return !wizard.previewsPending(); }, 20000));
}

// Presses Next (or Import on the commit page) the way a user can: only when the page allows it.
void pressNext(ImportWizard& wizard) {
    REQUIRE(wizard.currentPage()->isComplete());
    const int before = wizard.currentId();
    wizard.next();
    REQUIRE(wizard.currentId() == before + 1);
}

void waitValidation(ImportWizard& wizard) {
    REQUIRE(QTest::qWaitFor([&] { return !wizard.validationPage()->isRunning(); }, 30000));
}

// From the first page through format and mapping to the check (the dry run), and waits for it.
void toCheckPage(ImportWizard& wizard) {
    pressNext(wizard);
    pressNext(wizard);
    pressNext(wizard);
    waitValidation(wizard);
}

void waitRun(ImportWizard& wizard) {
    REQUIRE(QTest::qWaitFor([&] { return !wizard.runPage()->isRunning(); }, 30000));
}

// Saves what the wizard shows now, so the pages can be looked at (QDir::temp()/revalign-wizard-*.png).
void shoot(ImportWizard& wizard, const QString& name) {
    QTest::qWait(50);
    wizard.grab().save(QDir::temp().filePath(QStringLiteral("revalign-wizard-%1.png").arg(name)));
}

int rowOfColumn(const ImportWizard& wizard, const QString& column) {
    return static_cast<int>(wizard.preview(0).preview.header.indexOf(column));
}

// `revalign-cli import WS FILES --dry-run --json`, in-process.
QJsonArray cliDryRun(const QString& ws, const QStringList& files) {
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    QStringList args{QStringLiteral("import"), ws};
    args << files << QStringLiteral("--dry-run") << QStringLiteral("--json");
    cli::run(args, {o, e});
    o.flush();
    return QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("files")).toArray();
}
} // namespace

TEST_CASE("ui: import wizard recognises a HubSpot export and re-reads the preview when an override changes") {
    TempDir dir;
    const QString ws = freshWorkspace(dir);
    auto wizard = openWizard(ws, {fixture("hubspot-contacts.csv")});
    REQUIRE(wizard->filesPage()->paths().size() == 1);
    shoot(*wizard, QStringLiteral("1-files"));
    pressNext(*wizard);
    FormatPage* page = wizard->formatPage();
    QAbstractItemModelTester tester(page->previewModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(wizard->preview(0).profile.name == u"hubspot-contacts");
    CHECK(page->detectedText().contains(QStringLiteral("hubspot · contacts")));
    // 16 header columns, 5 data rows (6 lines minus the header).
    CHECK(page->previewModel()->columnCount() == 16);
    CHECK(page->previewModel()->rowCount() == 5);
    CHECK(page->previewModel()->headerData(3, Qt::Horizontal).toString() == u"Email");
    CHECK(page->previewModel()->data(page->previewModel()->index(0, 3)).toString() == u"ana@example.com");
    CHECK(page->isComplete());
    shoot(*wizard, QStringLiteral("2-format"));

    // Read as semicolon-separated, each line is one field: no profile fits and Next is off.
    page->delimiterCombo()->setCurrentIndex(page->delimiterCombo()->findData(static_cast<int>(';')));
    CHECK_FALSE(page->isComplete());
    waitPreviews(*wizard);
    CHECK(page->previewModel()->columnCount() == 1);
    CHECK(page->previewModel()->rowCount() == 5);
    CHECK_FALSE(page->isComplete());
    CHECK(page->problemsText().contains(QStringLiteral("single column")));
    shoot(*wizard, QStringLiteral("2-format-problem"));

    page->delimiterCombo()->setCurrentIndex(0); // detect again
    waitPreviews(*wizard);
    CHECK(page->previewModel()->columnCount() == 16);
    CHECK(page->isComplete());
}

TEST_CASE(
    "ui: import wizard blocks Next while a required field is unmapped; profiles save, export and load") {
    TempDir dir;
    const QString ws = freshWorkspace(dir);
    auto wizard = openWizard(ws, {fixture("hubspot-contacts.csv")});
    pressNext(*wizard);
    pressNext(*wizard);
    MappingPage* page = wizard->mappingPage();
    REQUIRE(page->isComplete());
    shoot(*wizard, QStringLiteral("3-mapping"));

    // Contacts need a record id or an email: unmap both.
    QComboBox* id = page->fieldCombo(rowOfColumn(*wizard, QStringLiteral("Record ID")));
    QComboBox* email = page->fieldCombo(rowOfColumn(*wizard, QStringLiteral("Email")));
    REQUIRE(id);
    REQUIRE(email);
    CHECK(id->currentData().toInt() == static_cast<int>(Field::SourceId));
    email->setCurrentIndex(0);
    CHECK(page->isComplete()); // the record id alone is enough
    id->setCurrentIndex(0);
    CHECK_FALSE(page->isComplete());
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    CHECK(page->requiredText().contains(QStringLiteral("source_id or email")));
    shoot(*wizard, QStringLiteral("3-mapping-blocked"));

    email->setCurrentIndex(email->findData(static_cast<int>(Field::Email)));
    CHECK(page->isComplete());
    CHECK(wizard->button(QWizard::NextButton)->isEnabled());
    waitPreviews(*wizard);

    // Saved through the store, the edited mapping is in the workspace's catalog and recognises the file.
    QString error;
    const QString name = wizard->saveProfile(0, QStringLiteral("Monday HubSpot"), &error);
    INFO(error.toStdString());
    REQUIRE(name == u"monday-hubspot");
    {
        Workspace w = Workspace::open(ws);
        const ProfileCatalog catalog = profileCatalog(w);
        const ImportProfile* saved = catalog.find(name);
        REQUIRE(saved);
        CHECK(fieldForColumn(*saved, QStringLiteral("Record ID")) == Field::Ignore);
        CHECK(fieldForColumn(*saved, QStringLiteral("Email")) == Field::Email);
        const ImportProfile* match = catalog.match(wizard->preview(0).preview.header);
        REQUIRE(match);
        CHECK(match->name == name);
    }

    // Export and load back: the same profile.
    const QString json = dir.path(QStringLiteral("profile.json"));
    REQUIRE(wizard->exportProfile(0, json, &error));
    const ImportProfile exported = wizard->profileFor(0);
    ImportProfile other = exported;
    setColumnField(other, QStringLiteral("Email"), Field::Ignore);
    wizard->setEditedProfile(0, other);
    CHECK(wizard->profileFor(0) != exported);
    REQUIRE(wizard->importProfile(0, json, &error));
    CHECK(wizard->profileFor(0) == exported);
    waitPreviews(*wizard);
}

TEST_CASE("ui: import wizard says when dates are ambiguous and takes the date order the user picks") {
    TempDir dir;
    const QString ws = freshWorkspace(dir);
    auto wizard = openWizard(ws, {fixture("dates-ambiguous.csv")});
    pressNext(*wizard);
    FormatPage* page = wizard->formatPage();
    // 03/04/2024 and 05/06/2024 read both ways: the page asks, and Next waits for the answer.
    CHECK_FALSE(page->isComplete());
    CHECK(page->problemsText().contains(QStringLiteral("03/04/2024")));
    CHECK(page->problemsText().contains(QStringLiteral("choose the date order")));
    CHECK_FALSE(page->problemsText().contains(QStringLiteral("/dates-ambiguous.csv")));
    CHECK_FALSE(page->problemsText().contains(QStringLiteral("--date-order")));
    shoot(*wizard, QStringLiteral("2-format-ambiguous"));
    page->dateOrderCombo()->setCurrentIndex(
        page->dateOrderCombo()->findData(static_cast<int>(DateOrder::Dmy)));
    waitPreviews(*wizard);
    CHECK(page->isComplete());
    CHECK(page->detectedText().contains(QStringLiteral("Day first")));
}

TEST_CASE("ui: import wizard dry run counts match revalign-cli import --dry-run --json") {
    TempDir dir;
    const QString ws = freshWorkspace(dir);
    const QStringList files{fixture("hubspot-contacts.csv"), fixture("bad-rows.csv")};
    auto wizard = openWizard(ws, files);
    toCheckPage(*wizard);
    ValidationPage* page = wizard->validationPage();
    QAbstractItemModelTester tester(page->errorModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const RunOutcome& outcome = page->outcome();
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.results.size() == 2);

    const QJsonArray cli = cliDryRun(ws, files);
    REQUIRE(cli.size() == 2);
    for (int i = 0; i < 2; ++i) {
        const ImportResult& r = outcome.results[static_cast<size_t>(i)];
        const QJsonObject c = cli.at(i).toObject();
        INFO(r.file.toStdString());
        CHECK(r.counts.added == c.value(QStringLiteral("new")).toInteger());
        CHECK(r.counts.updated == c.value(QStringLiteral("updated")).toInteger());
        CHECK(r.counts.unchanged == c.value(QStringLiteral("unchanged")).toInteger());
        CHECK(r.counts.invalid == c.value(QStringLiteral("invalid")).toInteger());
        CHECK(static_cast<qsizetype>(r.errors.size()) == c.value(QStringLiteral("errors")).toArray().size());
        CHECK(static_cast<qsizetype>(r.errorGroups.size()) ==
              c.value(QStringLiteral("error_groups")).toArray().size());
    }
    // hubspot-contacts.csv: 5 valid new contacts; bad-rows.csv has invalid rows, so nothing may be written
    // unless the user chooses to skip them. Both are contacts: written by profile name (generic-contacts
    // before hubspot-contacts), whatever order they were chosen in.
    REQUIRE(outcome.results[0].file.endsWith(QStringLiteral("bad-rows.csv")));
    CHECK(outcome.results[1].counts.added == 5);
    REQUIRE(outcome.results[0].counts.invalid > 0);
    CHECK(page->errorModel()->rowCount() > 0);
    CHECK_FALSE(page->isComplete());
    page->setSkipInvalid(true);
    CHECK(page->isComplete());
    page->setSkipInvalid(false);

    // The first problem's line, as the file has it: bad-rows.csv line 3 is "2,not-an-email,2024-01-02,lead".
    const ErrorGroup* first = page->errorModel()->group(0);
    REQUIRE(first);
    CHECK(first->lines == std::vector<qint64>{3});
    const QStringList fields = page->showErrorLine(0);
    CHECK(fields == QStringList{QStringLiteral("2"), QStringLiteral("not-an-email"),
                                QStringLiteral("2024-01-02"), QStringLiteral("lead")});
    CHECK(page->detailText().contains(QStringLiteral("not-an-email")));
    shoot(*wizard, QStringLiteral("4-validation"));
}

namespace {
// Runs the wizard's dry run over the grouped-errors fixture in the current language and grabs the page.
void checkGroupedErrors(const QString& language) {
    TempDir dir;
    const QString ws = freshWorkspace(dir);
    auto wizard = openWizard(ws, {fixture("hubspot-deals-grouped-errors.csv")});
    wizard->resize(1100, 720);
    toCheckPage(*wizard);
    ValidationPage* page = wizard->validationPage();
    QAbstractItemModelTester tester(page->errorModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const RunOutcome& outcome = page->outcome();
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.results.size() == 1);
    // 40 deals: Close Date "TBD" in 22 rows, Amount "TBC" in 6 (4 of them also TBD), Forecast category
    // "Maybe" in 2 (one also TBD): 22 + 6 + 2 = 30 problems in 22 + 2 + 1 = 25 invalid rows, 3 groups.
    CHECK(outcome.results[0].counts.invalid == 25);
    REQUIRE(page->errorModel()->rowCount() == 3);
    CHECK(page->errorModel()->problemCount() == 30);
    const ErrorGroup* dates = page->errorModel()->group(0);
    REQUIRE(dates);
    CHECK(dates->count == 22);
    CHECK(dates->value == u"TBD");
    CHECK(page->errorModel()->group(1)->count == 6);
    CHECK(page->errorModel()->group(2)->count == 2);
    CHECK(page->statusText().contains(QLocale().toString(30)));
    // The first line with "TBD" is line 2 (Record ID 9001).
    const QStringList fields = page->showErrorLine(0);
    REQUIRE(fields.size() == 9);
    CHECK(fields.at(0) == u"9001");
    // The notes: the Excel zero dates read as empty, the "Most likely" pipelines read as best case.
    CHECK(page->notesText().contains(QStringLiteral("00/00/0000")));
    CHECK(page->notesText().contains(QStringLiteral("best_case")));
    shoot(*wizard, QStringLiteral("4-validation-grouped-") + language);
}
} // namespace

TEST_CASE("ui: the validation page groups errors by column, reason and value, with notes (English, Thai)") {
    checkGroupedErrors(QStringLiteral("en"));
    QTranslator thai;
    REQUIRE(thai.load(QStringLiteral(":/i18n/revalign_th.qm")));
    QCoreApplication::installTranslator(&thai);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Thai, QLocale::Thailand));
    checkGroupedErrors(QStringLiteral("th"));
    QLocale::setDefault(before);
    QCoreApplication::removeTranslator(&thai);
}

TEST_CASE("ui: the format page names a profile column the header lacks, with a did-you-mean") {
    TempDir dir;
    const QString ws = freshWorkspace(dir);
    auto wizard = openWizard(ws, {fixture("sales_pipeline.csv")});
    QString error;
    REQUIRE(wizard->importProfile(
        0, testData(QStringLiteral("import/profiles/maven-sales-pipeline-typo.json")), &error));
    waitPreviews(*wizard);
    pressNext(*wizard);
    FormatPage* page = wizard->formatPage();
    CHECK(page->isComplete()); // a note, not a block: the import goes on without the amount
    CHECK(page->problemsText().contains(QStringLiteral("close_vallue")));
    CHECK(
        page->problemsText().contains(QStringLiteral("is not a column of sales_pipeline.csv; did you mean")));
    shoot(*wizard, QStringLiteral("2-format-profile-note"));
}

TEST_CASE("ui: a cancelled import writes nothing, an import then undo restores the workspace") {
    TempDir dir;
    const QString ws = freshWorkspace(dir);
    const QByteArray before = workspaceContentDigest(ws);
    const QStringList files{fixture("hubspot-contacts.csv")};

    SECTION("cancel") {
        auto wizard = openWizard(ws, files);
        pressNext(*wizard);
        pressNext(*wizard);
        pressNext(*wizard);
        waitValidation(*wizard);
        // Hold every pool thread so the import is still queued when Cancel is pressed: deterministic.
        QThreadPool* pool = QThreadPool::globalInstance();
        QSemaphore release;
        QSemaphore started;
        const int threads = pool->maxThreadCount();
        for (int i = 0; i < threads; ++i)
            pool->start([&] {
                started.release();
                release.acquire();
            });
        started.acquire(threads);
        pressNext(*wizard); // Import
        REQUIRE(wizard->runPage()->isRunning());
        wizard->runPage()->cancel();
        release.release(threads);
        waitRun(*wizard);
        CHECK(wizard->runPage()->outcome().cancelled);
        CHECK(wizard->runPage()->statusText().contains(QStringLiteral("nothing was written")));
        shoot(*wizard, QStringLiteral("5-cancelled"));
        CHECK(workspaceContentDigest(ws) == before);
    }

    SECTION("import and undo") {
        auto wizard = openWizard(ws, files);
        QSignalSpy changed(wizard.get(), &ImportWizard::workspaceChanged);
        pressNext(*wizard);
        pressNext(*wizard);
        pressNext(*wizard);
        waitValidation(*wizard);
        pressNext(*wizard);
        waitRun(*wizard);
        const RunOutcome& outcome = wizard->runPage()->outcome();
        INFO(outcome.error.toStdString());
        REQUIRE(outcome.results.size() == 1);
        CHECK(outcome.results[0].written);
        CHECK(outcome.results[0].counts.added == 5);
        CHECK(changed.size() == 1);
        shoot(*wizard, QStringLiteral("5-done"));
        const QByteArray after = workspaceContentDigest(ws);
        CHECK(after != before);
        {
            Workspace w = Workspace::open(ws);
            CHECK(ImportStore(w.db()).batches().size() == 1);
        }
        REQUIRE(wizard->runPage()->undo());
        CHECK(changed.size() == 2);
        CHECK(workspaceContentDigest(ws) == before);
    }
}

TEST_CASE("ui: dropping CSV files on the main window opens the import wizard with them") {
    TempDir dir;
    const QString ws = freshWorkspace(dir);
    MainWindow window;
    window.setHeadless(true);
    CHECK(window.pageKeys().contains(QStringLiteral("import")));

    QMimeData csv;
    csv.setUrls({QUrl::fromLocalFile(fixture("hubspot-contacts.csv")),
                 QUrl::fromLocalFile(fixture("quoting.csv")),
                 QUrl::fromLocalFile(dir.path(QStringLiteral("notes.pdf")))});
    CHECK(MainWindow::droppedImportFiles(&csv).size() == 2);
    CHECK_FALSE(window.handleDrop(&csv)); // no workspace open yet: nothing to import into
    CHECK(window.importWizard() == nullptr);

    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    window.openWorkspace(ws);
    REQUIRE(loaded.wait(20000));
    REQUIRE(window.handleDrop(&csv));
    ImportWizard* wizard = window.importWizard();
    REQUIRE(wizard);
    CHECK(wizard->filePaths() == QStringList{QFileInfo(fixture("hubspot-contacts.csv")).absoluteFilePath(),
                                             QFileInfo(fixture("quoting.csv")).absoluteFilePath()});
    CHECK(wizard->filesPage()->paths() == wizard->filePaths());

    // A .revalign among the URLs still opens that workspace instead.
    QMimeData both;
    both.setUrls({QUrl::fromLocalFile(fixture("hubspot-contacts.csv")), QUrl::fromLocalFile(ws)});
    CHECK(MainWindow::droppedWorkspace(&both) == ws);
    wizard->close();
}

TEST_CASE("ui: an import from the window reloads every page and lists the batch on the import page") {
    TempDir dir;
    const QString ws = freshWorkspace(dir);
    MainWindow window;
    window.setHeadless(true);
    window.resize(1280, 800);
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    window.openWorkspace(ws);
    REQUIRE(loaded.wait(20000));
    REQUIRE(window.showPage(QStringLiteral("import")));
    auto* page = window.findChild<ImportPage*>();
    REQUIRE(page);
    QAbstractItemModelTester tester(page->batchModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page->batchModel()->rowCount() == 0);

    ImportWizard* wizard = window.openImportWizard({fixture("hubspot-contacts.csv")});
    REQUIRE(wizard);
    wizard->show();
    waitPreviews(*wizard);
    toCheckPage(*wizard);
    loaded.clear();
    pressNext(*wizard);
    waitRun(*wizard);
    REQUIRE(loaded.wait(20000)); // the window read the workspace again
    REQUIRE(page->batchModel()->rowCount() == 1);
    CHECK(page->batchModel()->data(page->batchModel()->index(0, ImportBatchModel::File)).toString() ==
          u"hubspot-contacts.csv");
    CHECK(page->batchModel()->data(page->batchModel()->index(0, ImportBatchModel::New)).toString() == u"5");
    window.grab().save(QDir::temp().filePath(QStringLiteral("revalign-import-page.png")));

    QString message;
    loaded.clear();
    REQUIRE(page->undoLast(&message));
    REQUIRE(loaded.wait(20000));
    CHECK(page->batchModel()->rowCount() == 0);
    CHECK_FALSE(page->undoLast(&message));
    wizard->close();
}

TEST_CASE("ui: with Skip invalid rows the wizard imports the valid rows and reports the rest") {
    TempDir dir;
    const QString ws = freshWorkspace(dir);
    auto wizard = openWizard(ws, {fixture("bad-rows.csv")});
    toCheckPage(*wizard);
    CHECK_FALSE(wizard->validationPage()->isComplete()); // default: all or nothing
    wizard->validationPage()->setSkipInvalid(true);
    pressNext(*wizard);
    waitRun(*wizard);
    const RunOutcome& outcome = wizard->runPage()->outcome();
    REQUIRE(outcome.results.size() == 1);
    // bad-rows.csv: 5 data rows, 4 invalid (bad email, bad date, short row, unknown stage), 1 written.
    CHECK(outcome.results[0].written);
    CHECK(outcome.results[0].counts.added == 1);
    CHECK(outcome.results[0].counts.invalid == 4);
    Workspace w = Workspace::open(ws);
    const std::vector<ImportBatchSummary> batches = ImportStore(w.db()).batches();
    REQUIRE(batches.size() == 1);
    CHECK(batches[0].counts.invalid == 4);
}
