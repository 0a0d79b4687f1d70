// The GUI side of issue 11 points 1, 5, 6 and 8: the Definitions page's deal stages, the banner while a
// stage is not yet defined, the manager and region pickers, and what the import wizard says.
#include "dialogs/dealstagedialog.h"
#include "import/importrunpage.h"
#include "import/importwizard.h"
#include "import/validationpage.h"
#include "mainwindow.h"
#include "models/dealstagemodel.h"
#include "pages/definitionspage.h"
#include "store/workspace.h"
#include "widgets/filterbar.h"
#include "widgets/undefinedstagesbanner.h"
#include "workflow/importservice.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace revalign;
using namespace revalign::ui;
using revalign::test::TempDir;
using revalign::test::testData;

namespace {
QString fixture(const char* name) {
    return testData(QStringLiteral("import/") + QString::fromLatin1(name));
}

// A workspace with the deals-only pipeline export: Engaging (3 deals) and Negotiating (1) not yet defined.
QString pipelineWorkspace(const TempDir& dir) {
    const QString path = dir.path(QStringLiteral("deals.revalign"));
    Workspace ws = Workspace::create(path);
    ImportOptions options;
    options.profile = testData(QStringLiteral("import/profiles/sales-pipeline.json"));
    REQUIRE(importFiles(ws, {fixture("sales-pipeline.csv")}, options).front().written);
    return path;
}

int rowOf(const DealStageModel* model, const char* name) {
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->stageAt(row)->name == QLatin1String(name))
            return row;
    return -1;
}

void pressNext(ImportWizard& wizard) {
    REQUIRE(wizard.currentPage()->isComplete());
    wizard.next();
}
} // namespace

TEST_CASE(
    "ui: the deal stages tab lists every stage, flags the undefined ones, and its model passes the tester") {
    TempDir dir;
    const QString path = pipelineWorkspace(dir);
    DefinitionsPage page;
    QAbstractItemModelTester tester(page.dealStageModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setWorkspace(path);
    const DealStageModel* model = page.dealStageModel();
    REQUIRE(model->rowCount() == 12); // 10 default stages + Engaging + Negotiating
    CHECK(model->undefinedCount() == 2);
    const int engaging = rowOf(model, "Engaging");
    REQUIRE(engaging >= 0);
    CHECK(model->index(engaging, DealStageModel::Status).data().toString() == u"Not yet defined");
    CHECK(model->index(engaging, DealStageModel::Deals).data(Qt::UserRole).toLongLong() == 3);
    CHECK(model->index(rowOf(model, "Closed Won"), DealStageModel::Outcome).data().toString() ==
          u"Closed won");
    CHECK(model->index(rowOf(model, "Closed Won"), DealStageModel::Deals).data(Qt::UserRole).toLongLong() ==
          5);
    QTabWidget* tabs = page.tabs();
    bool found = false;
    for (int i = 0; i < tabs->count(); ++i)
        found = found || tabs->tabText(i) == u"Deal stages (2 not yet defined)";
    CHECK(found);
}

TEST_CASE("ui: defining a deal stage from its dialog is saved, logged and clears its flag") {
    TempDir dir;
    const QString path = pipelineWorkspace(dir);
    DefinitionsPage page;
    page.setWorkspace(path);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.showDealStages(); // the first stage not yet defined is selected
    QTableView* view = nullptr;
    for (QTableView* v : page.findChildren<QTableView*>())
        if (v->model() == page.dealStageModel())
            view = v;
    REQUIRE(view);
    QTest::keyClick(view, Qt::Key_Return);
    auto* dialog = page.findChild<DealStageDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->stage().name == u"Engaging");
    dialog->grab().save(QDir::temp().filePath(QStringLiteral("revalign-deal-stage-dialog.png")));
    dialog->findChild<QDoubleSpinBox*>(QStringLiteral("probabilitySpin"))->setValue(40);
    const DealStage edited = dialog->stage();
    CHECK(edited.probability == 0.4);
    CHECK(edited.defined);
    dialog->reject();
    QSignalSpy saved(&page, &DefinitionsPage::saved);
    QSignalSpy moved(&page, &DefinitionsPage::dealStagesChanged);
    REQUIRE(page.applyDealStageEdit(edited, QStringLiteral("agreed")));
    REQUIRE(saved.wait(10000));
    CHECK(saved.first().at(0).toBool());
    CHECK(moved.size() == 1);
    CHECK(page.dealStageModel()->undefinedCount() == 1);
    const DealStage* engaging = page.dealStageModel()->stageAt(rowOf(page.dealStageModel(), "Engaging"));
    CHECK(engaging->defined);
    CHECK(engaging->probability == 0.4);
}

TEST_CASE("ui: the main window shows a banner while a deal stage is not yet defined") {
    TempDir dir;
    const QString path = pipelineWorkspace(dir);
    MainWindow window;
    window.setHeadless(true);
    window.resize(1200, 760);
    window.show();
    QSignalSpy ready(&window, &MainWindow::dataReady);
    window.openWorkspace(path);
    REQUIRE(ready.wait(20000));
    UndefinedStagesBanner* banner = window.undefinedStagesBanner();
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("“Engaging” (3 deal(s))")));
    CHECK(banner->text().contains(QStringLiteral("“Negotiating” (1 deal(s))")));
    Q_EMIT banner->defineRequested();
    auto* page = window.findChild<DefinitionsPage*>();
    CHECK(window.currentPageWidget() == page);
    // Define both: the banner goes.
    for (const char* name : {"Engaging", "Negotiating"}) {
        DealStage s = *page->dealStageModel()->stageAt(rowOf(page->dealStageModel(), name));
        QSignalSpy saved(page, &DefinitionsPage::saved);
        ready.clear();
        REQUIRE(page->applyDealStageEdit(s, QString()));
        REQUIRE(saved.wait(10000));
        REQUIRE(ready.wait(20000));
    }
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("ui: the manager and region pickers appear with a hierarchy and filter the query") {
    QSettings().remove(QStringLiteral("filters"));
    FilterBar bar;
    bar.setChoices({QString()}, {QString()}, {QString(), QStringLiteral("Ann Exec")},
                   {QStringLiteral("sales")}, WorkspaceSettings{});
    bar.setOwnerHierarchy({QString()}, {QString()});
    QComboBox* manager = nullptr;
    QComboBox* region = nullptr;
    for (QComboBox* box : bar.findChildren<QComboBox*>()) {
        if (box->accessibleName() == u"Manager")
            manager = box;
        if (box->accessibleName() == u"Region")
            region = box;
    }
    REQUIRE(manager);
    REQUIRE(region);
    bar.show();
    CHECK_FALSE(manager->isVisible()); // nothing to choose from
    bar.setOwnerHierarchy({QString(), QStringLiteral("Vic Vp")}, {QString(), QStringLiteral("EMEA")});
    CHECK(manager->isVisible());
    CHECK(region->isVisible());
    bar.setFilter(QStringLiteral("manager"), QStringLiteral("Vic Vp"));
    bar.setFilter(QStringLiteral("region"), QStringLiteral("EMEA"));
    CHECK(bar.query().filters.managers == QStringList{QStringLiteral("Vic Vp")});
    CHECK(bar.query().filters.regions == QStringList{QStringLiteral("EMEA")});
    CHECK(bar.describe().contains(QStringLiteral("Manager: Vic Vp")));
    bar.setFilter(QStringLiteral("manager"), QString());
    bar.setFilter(QStringLiteral("region"), QString());
}

TEST_CASE("ui: the wizard imports files in dependency order and names what stays unresolved") {
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("ws.revalign"));
    Workspace::create(ws);
    auto wizard =
        std::make_unique<ImportWizard>(ws, QStringList{fixture("salesforce-opportunities-owned.csv"),
                                                       fixture("salesforce-accounts-report.csv")});
    wizard->setHeadless(true);
    wizard->show();
    REQUIRE(QTest::qWaitFor([&] { return !wizard->previewsPending(); }, 20000));
    pressNext(*wizard);
    pressNext(*wizard);
    pressNext(*wizard);
    REQUIRE(QTest::qWaitFor([&] { return !wizard->validationPage()->isRunning(); }, 30000));
    pressNext(*wizard);
    REQUIRE(QTest::qWaitFor([&] { return !wizard->runPage()->isRunning(); }, 30000));
    const RunOutcome& outcome = wizard->runPage()->outcome();
    REQUIRE(outcome.results.size() == 2);
    CHECK(outcome.results[0].profile == u"salesforce-accounts");
    // 3 of the 4 deals link; 006O4 names 001Q, which no file holds
    const QString findings = wizard->runPage()->findingsText();
    CHECK(findings.contains(QStringLiteral("salesforce-opportunities-owned.csv")));
    CHECK(findings.contains(
        QStringLiteral("account_source_id: 1 reference(s) to records not in the workspace yet")));
}

TEST_CASE("ui: the wizard refuses a header two saved profiles fit equally and names both") {
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("ws.revalign"));
    {
        Workspace w = Workspace::create(ws);
        for (const char* name : {"crm-a", "crm-b"}) {
            ImportProfile p;
            p.name = QString::fromLatin1(name);
            p.source = QStringLiteral("csv");
            p.signatures = {{QStringLiteral("person_id"), QStringLiteral("mail")}};
            p.columns = {{QStringLiteral("person_id"), Field::SourceId},
                         {QStringLiteral("mail"), Field::Email}};
            saveProfile(w, p);
        }
    }
    const QString csv = dir.path(QStringLiteral("people.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("person_id,mail\nP1,a@x.test\n");
    }
    auto wizard = std::make_unique<ImportWizard>(ws, QStringList{csv});
    wizard->setHeadless(true);
    REQUIRE(QTest::qWaitFor([&] { return !wizard->previewsPending(); }, 20000));
    CHECK(wizard->preview(0).error.contains(QStringLiteral("'crm-a' and 'crm-b'")));
}
