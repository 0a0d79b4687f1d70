// Only figures the data supports, as the app shows them (issue 12): reasons on tiles and in the sync
// table, sentences instead of empty charts, the deal pipeline for a deals-only workspace, the data
// quality page, breakdowns, benchmarks adopted by choice and the reverse funnel.
#include "dialogs/benchmarkdialog.h"
#include "dialogs/plandialog.h"
#include "kpiformat.h"
#include "mainwindow.h"
#include "models/benchmarkmodel.h"
#include "models/breakdowntablemodel.h"
#include "models/changelogmodel.h"
#include "models/dealpipelinemodel.h"
#include "models/kpicomparisonmodel.h"
#include "models/kpidefinitionmodel.h"
#include "models/planstepmodel.h"
#include "models/qualityfindingmodel.h"
#include "pages/breakdownpage.h"
#include "pages/dashboardpage.h"
#include "pages/dataqualitypage.h"
#include "pages/definitionspage.h"
#include "pages/funnelpage.h"
#include "store/factstore.h"
#include "store/workspace.h"
#include "widgets/chartpanel.h"
#include "widgets/filterbar.h"
#include "widgets/funnelwidget.h"
#include "widgets/kpitile.h"

#include "clirunner.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>

// Values name only the fields a row needs (designated initializers); the rest keep their defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace revalign;
using namespace revalign::ui;
using revalign::test::TempDir;

namespace {
// A workspace made the way a user makes one: `init`, then `import` of an export file.
QString imported(const TempDir& dir, const char* name, const char* fixture) {
    const QString path = dir.path(QString::fromLatin1(name));
    REQUIRE(test::runCli({QStringLiteral("init"), path}).code == 0);
    const test::CliResult r =
        test::runCli({QStringLiteral("import"), path,
                      test::testData(QStringLiteral("figures/") + QString::fromLatin1(fixture))});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return path;
}

std::unique_ptr<MainWindow> openWindow(const QString& path) {
    QSettings().remove(QStringLiteral("filters"));
    auto window = std::make_unique<MainWindow>();
    window->setHeadless(true);
    QSignalSpy ready(window.get(), &MainWindow::dataReady);
    window->openWorkspace(path);
    REQUIRE(ready.wait(20000));
    window->filterBar()->setPreset(FilterBar::Preset::AllData);
    QSignalSpy again(window.get(), &MainWindow::dataReady);
    REQUIRE(again.wait(20000));
    for (int i = 0; i < 200 && window->isComputing(); ++i)
        QTest::qWait(25);
    return window;
}
} // namespace

TEST_CASE("ui: a deals-only workspace shows its sales picture, lead tiles say why they are n/a") {
    TempDir dir;
    const auto window = openWindow(imported(dir, "deals.revalign", "hubspot-deals-only.csv"));
    DashboardPage* d = window->dashboard();
    for (const char* key : {"leads_created", "mqls", "mql_acceptance_rate", "sla_compliance"}) {
        INFO(key);
        KpiTile* tile = d->tile(QString::fromLatin1(key));
        REQUIRE(tile);
        CHECK(tile->valueText() == QStringLiteral("n/a"));
        CHECK(tile->targetText() == QStringLiteral("no lead data in this workspace"));
    }
    // Sales tiles have figures: the export's won deals.
    CHECK(d->tile(QStringLiteral("win_rate"))->valueText() != QStringLiteral("n/a"));
    CHECK(d->tile(QStringLiteral("bookings"))->valueText() != QStringLiteral("n/a"));
    // The contact funnel's place shows the deal pipeline; its HubSpot stages are not defined here.
    CHECK(d->showsDealPipelineInsteadOfFunnel());
    QAbstractItemModelTester tester(d->dealPipelineModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(d->dealPipelineModel()->rowCount() > 0);
    CHECK(d->dealPipelineModel()
              ->index(0, DealPipelineModel::Stage)
              .data()
              .toString()
              .endsWith(QStringLiteral("(not defined)")));
    // Marketing charts say why, instead of axes with nothing on them.
    for (ChartPanel* chart : d->charts())
        if (chart->accessibleName().startsWith(QStringLiteral("Leads by channel")) ||
            chart->accessibleName().startsWith(QStringLiteral("MQLs by persona"))) {
            CHECK(chart->isShowingEmptyText());
            CHECK(chart->emptyText() == QStringLiteral("no lead data in this workspace"));
        }
    // The migrated deal closed before HubSpot created it: the badge says the data has a problem.
    REQUIRE_FALSE(d->dataQualityBadge()->isHidden());
    CHECK(d->dataQualityBadge()->text().contains(QStringLiteral("Data quality")));
}

TEST_CASE("ui: an MQL-list-only workspace shows MQLs, handoff, cost and sales say why they are n/a") {
    TempDir dir;
    const auto window = openWindow(imported(dir, "mql.revalign", "hubspot-mql-list.csv"));
    DashboardPage* d = window->dashboard();
    CHECK(d->tile(QStringLiteral("mqls"))->valueText() == QStringLiteral("22"));
    CHECK(d->tile(QStringLiteral("mql_acceptance_rate"))->targetText() ==
          QStringLiteral("no handoff decisions in this workspace"));
    CHECK(d->tile(QStringLiteral("cost_per_mql"))->targetText() ==
          QStringLiteral("no campaign costs in this workspace"));
    CHECK(d->tile(QStringLiteral("win_rate"))->targetText() ==
          QStringLiteral("no deal data in this workspace"));
    CHECK_FALSE(d->showsDealPipelineInsteadOfFunnel());
}

TEST_CASE("ui: the weekly sync shows a target only where it shows the status") {
    KpiComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    KpiReport r;
    KpiValue measured{
        .key = QStringLiteral("win_rate"), .unit = KpiUnit::Ratio, .value = 0.3, .target = 0.25};
    KpiValue none{.key = QStringLiteral("sla_compliance"), .unit = KpiUnit::Ratio, .target = 0.9};
    KpiValue unsupported{.key = QStringLiteral("mql_acceptance_rate"),
                         .unit = KpiUnit::Ratio,
                         .reason = QStringLiteral("no handoff decisions in this workspace"),
                         .target = 0.6};
    r.kpis = {measured, none, unsupported};
    model.setReport(r);
    const auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
    CHECK(cell(0, KpiComparisonModel::Target) == QStringLiteral("25.0%"));
    CHECK(cell(0, KpiComparisonModel::Status).contains(QStringLiteral("on target")));
    CHECK(cell(1, KpiComparisonModel::Target).isEmpty()); // n/a this week: no target beside it
    CHECK(cell(2, KpiComparisonModel::Target).isEmpty());
    CHECK(cell(2, KpiComparisonModel::Status) == QStringLiteral("no handoff decisions in this workspace"));
}

TEST_CASE("ui: a chart with nothing to draw shows a sentence, not axes labelled 0 0 0 1 1 1") {
    ChartPanel panel(QStringLiteral("Bookings"), ChartPanel::Kind::GroupedBars);
    panel.setEmptyText(QStringLiteral("no deal data in this workspace"));
    panel.setTable({QStringLiteral("Jan 2026"), QStringLiteral("Feb 2026")}, {QStringLiteral("Bookings")},
                   {{0, 0}});
    CHECK(panel.isShowingEmptyText());
    panel.setTable({QStringLiteral("Jan 2026"), QStringLiteral("Feb 2026")}, {QStringLiteral("Bookings")},
                   {{0, 5}});
    CHECK_FALSE(panel.isShowingEmptyText());
}

TEST_CASE("ui: printed dates carry four-digit years") {
    CHECK(periodLabel({QDate(2026, 11, 1), QDate(2026, 11, 30)}, PeriodKind::Month)
              .contains(QStringLiteral("2026")));
    CHECK(periodLabel({QDate(2026, 10, 1), QDate(2026, 12, 31)}, PeriodKind::Quarter) ==
          QStringLiteral("Q4 2026"));
    CHECK(formatDate(QDate(2026, 11, 26)).contains(QStringLiteral("2026")));
}

TEST_CASE("ui: the filter bar's All time counts every record") {
    FilterBar bar;
    bar.setPreset(FilterBar::Preset::AllData);
    CHECK(bar.query().allTime);
    bar.setPreset(FilterBar::Preset::Last12Months);
    CHECK_FALSE(bar.query().allTime);
}

TEST_CASE("ui: the data quality page lists findings and opens their records") {
    TempDir dir;
    const auto window = openWindow(imported(dir, "deals.revalign", "hubspot-deals-only.csv"));
    DataQualityPage* page = window->dataQuality();
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QualityFinding* closed = page->model()->report().find(QStringLiteral("closed_before_created"));
    REQUIRE(closed);
    CHECK(closed->count == 1); // the migrated deal
    int row = -1;
    for (int r = 0; r < page->model()->rowCount(); ++r)
        if (page->model()->findingAt(r)->key == closed->key)
            row = r;
    REQUIRE(row >= 0);
    QSignalSpy drill(page, &DataQualityPage::drillRequested);
    page->showRecords(row);
    REQUIRE(drill.size() == 1);
    const auto request = drill.first().at(0).value<DrillRequest>();
    REQUIRE(request.ids);
    CHECK(*request.ids == closed->ids);
    CHECK(request.idsAreOpportunities);
}

TEST_CASE("ui: breakdowns by owner, with the forecast rolled up per row") {
    TempDir dir;
    const auto window = openWindow(imported(dir, "deals.revalign", "hubspot-deals-only.csv"));
    BreakdownPage* page = window->breakdowns();
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page->setDimension(Dimension::Team);
    page->setDimension(Dimension::Owner);
    page->setMetric(QStringLiteral("bookings"));
    for (int i = 0; i < 500 && (page->isComputing() || page->model()->rowCount() != 4); ++i)
        QTest::qWait(20);
    REQUIRE(page->model()->rowCount() == 4); // four deal owners
    // Largest bookings first.
    double previous = 1e18;
    for (int r = 0; r < page->model()->rowCount(); ++r) {
        const double v = page->model()->index(r, BreakdownTableModel::Metric).data(Qt::UserRole).toDouble();
        CHECK(v <= previous);
        previous = v;
        CHECK(page->model()->index(r, BreakdownTableModel::PipelineRollup).data(Qt::UserRole).toDouble() >=
              page->model()->index(r, BreakdownTableModel::Commit).data(Qt::UserRole).toDouble());
    }
}

TEST_CASE("ui: suggested benchmarks are adopted only when ticked, and the change log says who") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("new.revalign"));
    Workspace::create(path);
    DefinitionsPage page;
    page.setWorkspace(path);
    std::vector<KpiDefinition> kpis;
    for (int row = 0; row < page.kpiModel()->rowCount(); ++row)
        kpis.push_back(*page.kpiModel()->kpiAt(row));
    BenchmarkDialog dialog(kpis);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(dialog.model()->rowCount() == 5);
    CHECK(dialog.adopted().empty()); // nothing ticked, nothing adopted
    dialog.model()->setData(dialog.model()->index(0, BenchmarkModel::Kpi), Qt::Checked, Qt::CheckStateRole);
    const std::vector<KpiDefinition> adopted = dialog.adopted();
    REQUIRE(adopted.size() == 1);
    CHECK(adopted.front().key == QStringLiteral("mql_acceptance_rate"));
    CHECK(adopted.front().target(PeriodKind::Month) == 0.6);
    QSignalSpy saved(&page, &DefinitionsPage::saved);
    REQUIRE(page.applyKpiEdits(adopted, dialog.note()));
    REQUIRE(saved.wait(10000));
    REQUIRE(page.changeModel()->rowCount() >= 1);
    bool logged = false;
    for (int row = 0; row < page.changeModel()->rowCount(); ++row) {
        const DefinitionChange* c = page.changeModel()->changeAt(row);
        logged = logged || (c->field == u"targets" && c->entityKey == u"mql_acceptance_rate" &&
                            c->note == QStringLiteral("Adopted the suggested benchmark"));
    }
    CHECK(logged);
}

TEST_CASE("ui: the reverse funnel plan reads the workspace's rates and recomputes on a what-if") {
    TempDir dir;
    const QString path = imported(dir, "deals.revalign", "hubspot-deals-only.csv");
    Workspace ws = Workspace::open(path);
    const FactSnapshot facts = FactStore(ws).load();
    PlanDialog dialog(facts);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.setTarget(200000);
    const PlanRates rates = dialog.rates();
    REQUIRE(rates.averageDealSize);
    REQUIRE(rates.winRate);
    const PlanStep* won = dialog.model()->plan().find(QStringLiteral("won_deals"));
    REQUIRE(won);
    REQUIRE(won->needed);
    CHECK(*won->needed == Approx(dialog.model()->plan().stillToBook / *rates.averageDealSize));
    // No contacts: the lead stages are n/a and say why.
    const PlanStep* mqls = dialog.model()->plan().find(QStringLiteral("mqls"));
    CHECK_FALSE(mqls->needed.has_value());
    CHECK_FALSE(mqls->reason.isEmpty());
}
