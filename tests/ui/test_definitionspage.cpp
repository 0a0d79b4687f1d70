#include "dialogs/kpidialog.h"
#include "dialogs/stagedialog.h"
#include "mainwindow.h"
#include "models/changelogmodel.h"
#include "models/kpidefinitionmodel.h"
#include "models/stagedefinitionmodel.h"
#include "pages/definitionspage.h"
#include "services/definitionservice.h"
#include "store/workspace.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace revalign;
using namespace revalign::ui;
using revalign::test::TempDir;

namespace {
QString makeWorkspace(const TempDir& dir) {
    const QString path = dir.path(QStringLiteral("defs.revalign"));
    Workspace::create(path);
    return path;
}

int rowOfKey(const QAbstractItemModel* model, const QString& key) {
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(Qt::UserRole).toString() == key)
            return row;
    return -1;
}

bool nonBlank(const QImage& image) {
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    return colours.size() > 10;
}
} // namespace

TEST_CASE("ui: the definitions page shows the default funnel and KPI registry, models pass the tester") {
    TempDir dir;
    const QString path = makeWorkspace(dir);
    DefinitionsPage page;
    QAbstractItemModelTester stages(page.stageModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester kpis(page.kpiModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester changes(page.changeModel(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setWorkspace(path);
    REQUIRE(page.stageModel()->rowCount() == 6);
    CHECK(page.stageModel()->index(1, StageDefinitionModel::Name).data().toString() ==
          QStringLiteral("2. MQL"));
    CHECK(page.stageModel()->index(1, StageDefinitionModel::Sla).data(Qt::UserRole).toDouble() == 24.0);
    CHECK(page.kpiModel()->rowCount() == static_cast<int>(defaultKpiDefinitions().size()));
    const int acceptance = rowOfKey(page.kpiModel(), QStringLiteral("mql_acceptance_rate"));
    REQUIRE(acceptance >= 0);
    // Ratio targets read as percentages: 0.6 -> "60%".
    CHECK(page.kpiModel()->index(acceptance, KpiDefinitionModel::Month).data().toString() ==
          QStringLiteral("60%"));
    CHECK(page.changeModel()->rowCount() == 0);
    page.setWorkspace({});
    CHECK(page.stageModel()->rowCount() == 0);
}

TEST_CASE("ui: editing a stage's SLA and a KPI target is logged and shown newest first") {
    TempDir dir;
    const QString path = makeWorkspace(dir);
    DefinitionsPage page;
    QAbstractItemModelTester changes(page.changeModel(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setWorkspace(path);
    QSignalSpy saved(&page, &DefinitionsPage::saved);

    FunnelStage mql = *page.stageModel()->stageAt(1);
    REQUIRE(mql.key == QStringLiteral("mql"));
    mql.slaHours = 48.0;
    REQUIRE(page.applyStageEdit(mql, QStringLiteral("SDR team is two people short")));
    REQUIRE(saved.wait(10000));
    CHECK(saved.first().at(0).toBool());
    CHECK(page.stageModel()->index(1, StageDefinitionModel::Sla).data(Qt::UserRole).toDouble() == 48.0);
    REQUIRE(page.changeModel()->rowCount() == 1); // only the SLA changed
    const DefinitionChange* sla = page.changeModel()->changeAt(0);
    CHECK(sla->entity == QStringLiteral("stage"));
    CHECK(sla->entityKey == QStringLiteral("mql"));
    CHECK(sla->field == QStringLiteral("sla_hours"));
    CHECK(sla->oldValue == QStringLiteral("24"));
    CHECK(sla->newValue == QStringLiteral("48"));
    CHECK(sla->who == currentUserName());
    CHECK(page.changeModel()->index(0, ChangeLogModel::Field).data().toString() ==
          QStringLiteral("SLA hours"));
    CHECK(page.changeModel()->index(0, ChangeLogModel::Change).data().toString() ==
          QStringLiteral("24 → 48"));
    CHECK(page.changeModel()->index(0, ChangeLogModel::Note).data().toString() ==
          QStringLiteral("SDR team is two people short"));

    const int row = rowOfKey(page.kpiModel(), QStringLiteral("mql_acceptance_rate"));
    KpiDefinition kpi = *page.kpiModel()->kpiAt(row);
    kpi.targets[PeriodKind::Month] = 0.65;
    REQUIRE(page.applyKpiEdit(kpi, QStringLiteral("QBR")));
    REQUIRE(saved.wait(10000));
    CHECK(saved.last().at(0).toBool());
    CHECK(page.kpiModel()->index(row, KpiDefinitionModel::Month).data(Qt::UserRole).toDouble() == 0.65);
    REQUIRE(page.changeModel()->rowCount() == 2);
    // Newest first: the KPI target, then the SLA.
    const DefinitionChange* target = page.changeModel()->changeAt(0);
    CHECK(target->entityKey == QStringLiteral("mql_acceptance_rate"));
    CHECK(target->field == QStringLiteral("targets"));
    CHECK(target->oldValue == QStringLiteral("week=0.6, month=0.6, quarter=0.6"));
    CHECK(target->newValue == QStringLiteral("week=0.6, month=0.65, quarter=0.6"));
    CHECK(page.changeModel()->changeAt(1)->field == QStringLiteral("sla_hours"));
}

TEST_CASE("ui: the stage and KPI dialogs return exactly what was edited") {
    TempDir dir;
    const QString path = makeWorkspace(dir);
    DefinitionsPage page;
    page.setWorkspace(path);

    const FunnelStage mql = *page.stageModel()->stageAt(1);
    StageDialog stageDialog(mql);
    CHECK(stageDialog.stage() == mql); // untouched: nothing to log
    stageDialog.findChild<QDoubleSpinBox*>(QStringLiteral("slaSpin"))->setValue(0.0);
    CHECK_FALSE(stageDialog.stage().slaHours); // the minimum reads "no SLA"

    const KpiDefinition kpi =
        *page.kpiModel()->kpiAt(rowOfKey(page.kpiModel(), QStringLiteral("mql_acceptance_rate")));
    KpiDialog kpiDialog(kpi);
    CHECK(kpiDialog.kpi() == kpi);
    // Ratio targets are typed as percentages: 65 -> 0.65; an empty field drops the target.
    kpiDialog.findChild<QLineEdit*>(QStringLiteral("monthEdit"))->setText(QStringLiteral("65"));
    kpiDialog.findChild<QLineEdit*>(QStringLiteral("weekEdit"))->clear();
    const KpiDefinition edited = kpiDialog.kpi();
    CHECK(edited.target(PeriodKind::Month) == 0.65);
    CHECK_FALSE(edited.target(PeriodKind::Week));
    CHECK(edited.target(PeriodKind::Quarter) == 0.6);
}

TEST_CASE("ui: the definitions page renders every tab in the main window") {
    TempDir dir;
    const QString path = makeWorkspace(dir);
    MainWindow window;
    window.setHeadless(true);
    window.resize(1100, 700);
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    window.openWorkspace(path);
    REQUIRE(loaded.wait(10000));
    REQUIRE(window.showPage(QStringLiteral("definitions")));
    auto* page = window.findChild<DefinitionsPage*>();
    REQUIRE(page);
    for (int tab = 0; tab < page->tabs()->count(); ++tab) {
        page->tabs()->setCurrentIndex(tab);
        CHECK(nonBlank(window.grab().toImage()));
    }
}

TEST_CASE("ui: Enter on a stage or a KPI opens its editor") {
    TempDir dir;
    const QString path = makeWorkspace(dir);
    DefinitionsPage page;
    page.setWorkspace(path);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    const auto viewOf = [&page](const QAbstractItemModel* model) -> QTableView* {
        for (QTableView* view : page.findChildren<QTableView*>())
            if (view->model() == model)
                return view;
        return nullptr;
    };
    QTableView* stages = viewOf(page.stageModel());
    REQUIRE(stages);
    stages->setFocus();
    stages->selectRow(2);
    QTest::keyClick(stages, Qt::Key_Return);
    auto* stageDialog = page.findChild<StageDialog*>();
    REQUIRE(stageDialog);
    CHECK(stageDialog->stage().key == QStringLiteral("sal"));
    stageDialog->reject();

    page.tabs()->setCurrentIndex(1);
    QTableView* kpis = viewOf(page.kpiModel());
    REQUIRE(kpis);
    kpis->setFocus();
    QTest::keyClick(kpis, Qt::Key_Enter);
    auto* kpiDialog = page.findChild<KpiDialog*>();
    REQUIRE(kpiDialog);
    CHECK(kpiDialog->kpi().key == page.kpiModel()->kpiAt(0)->key); // the first row is selected on load
    kpiDialog->reject();
}
