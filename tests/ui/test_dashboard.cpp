#include "cli.h"
#include "demo/demogenerator.h"
#include "dialogs/drilldowndialog.h"
#include "mainwindow.h"
#include "models/charttablemodel.h"
#include "models/recordtablemodel.h"
#include "pages/dashboardpage.h"
#include "services/metricsservice.h"
#include "store/factstore.h"
#include "store/workspace.h"
#include "widgets/chartpanel.h"
#include "widgets/filterbar.h"
#include "widgets/funnelwidget.h"
#include "widgets/kpitile.h"

#include "clirunner.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

#include <cmath>

using namespace revalign;
using namespace revalign::ui;
using revalign::test::TempDir;

namespace {
QString demoWorkspace(const TempDir& dir) {
    const QString path = dir.path(QStringLiteral("demo.revalign"));
    generateDemoWorkspace(path, DemoOptions{3000, 7, QDate(2026, 11, 26)});
    return path;
}

// `revalign-cli kpi WS --from --to --period [--persona P] --json`, in-process, keyed by KPI.
std::map<QString, QJsonValue> cliKpis(const QString& ws, const MetricQuery& q) {
    QStringList args{QStringLiteral("kpi"),      ws,
                     QStringLiteral("--from"),   q.range.from.toString(Qt::ISODate),
                     QStringLiteral("--to"),     q.range.to.toString(Qt::ISODate),
                     QStringLiteral("--period"), toKey(q.period),
                     QStringLiteral("--json")};
    if (!q.filters.personas.isEmpty())
        args << QStringLiteral("--persona") << q.filters.personas.first();
    if (!q.filters.channels.isEmpty())
        args << QStringLiteral("--channel") << q.filters.channels.first();
    const test::CliResult r = test::runCli(args);
    REQUIRE(r.code == 0);
    const QString out = r.out;
    std::map<QString, QJsonValue> values;
    for (const QJsonValue& k :
         QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("kpis")).toArray())
        values[k.toObject().value(QStringLiteral("key")).toString()] =
            k.toObject().value(QStringLiteral("value"));
    return values;
}

MainWindow* openWindow(const QString& path) {
    QSettings().remove(QStringLiteral("filters"));
    auto* window = new MainWindow;
    window->setHeadless(true);
    QSignalSpy ready(window, &MainWindow::dataReady);
    window->openWorkspace(path);
    REQUIRE(ready.wait(20000));
    return window;
}

void waitForData(MainWindow& window) {
    QSignalSpy ready(&window, &MainWindow::dataReady);
    REQUIRE(ready.wait(20000));
}
} // namespace

TEST_CASE("ui: a filter change changes every chart consistently with revalign-cli kpi") {
    TempDir dir;
    const QString path = demoWorkspace(dir);
    std::unique_ptr<MainWindow> window(openWindow(path));
    DashboardPage* dash = window->dashboard();
    for (ChartPanel* chart : dash->charts())
        QAbstractItemModelTester tester(chart->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);

    const auto checkAgainstCli = [&] {
        const DashboardData& d = dash->data();
        REQUIRE(d.error.isEmpty());
        const auto cli = cliKpis(path, MetricQuery{d.report.range, d.query.period, d.query.filters});
        for (const KpiValue& v : d.report.kpis) {
            INFO(v.key.toStdString());
            const QJsonValue expected = cli.at(v.key);
            if (expected.isNull())
                CHECK_FALSE(v.value);
            else
                CHECK(*v.value == Approx(expected.toDouble()).epsilon(1e-9).margin(0.006));
        }
        // The series behind the charts add up to the range's totals.
        double leads = 0;
        double mqlsByPersona = 0;
        for (const SeriesPoint& p : d.series)
            leads += p.values.at(QStringLiteral("leads_created")).value_or(0);
        for (const BreakdownRow& row : d.byPersona)
            mqlsByPersona += row.values.at(QStringLiteral("mqls")).value_or(0);
        CHECK(leads == cli.at(QStringLiteral("leads_created")).toDouble());
        CHECK(mqlsByPersona == cli.at(QStringLiteral("mqls")).toDouble());
        // Stacked channel bars hold every lead of the range.
        double stacked = 0;
        const ChartTableModel* byChannel = dash->charts()[1]->model();
        for (int s = 0; s < byChannel->columnCount(); ++s)
            for (int c = 0; c < byChannel->rowCount(); ++c)
                stacked += byChannel->rawValue(s, c);
        CHECK(stacked == cli.at(QStringLiteral("leads_created")).toDouble());
        // Tiles show the same numbers.
        CHECK(dash->tile(QStringLiteral("mqls"))->valueText() ==
              QLocale().toString(qint64(cli.at(QStringLiteral("mqls")).toDouble())));
        return cli.at(QStringLiteral("mqls")).toDouble();
    };

    const double allMqls = checkAgainstCli();
    CHECK(allMqls > 0);

    const FactSnapshot facts = window->metrics()->snapshot();
    const QString persona = facts->personas.name(1);
    window->filterBar()->setFilter(QStringLiteral("persona"), persona);
    waitForData(*window);
    CHECK(window->dashboard()->data().query.filters.personas == QStringList{persona});
    const double personaMqls = checkAgainstCli();
    CHECK(personaMqls < allMqls);

    window->filterBar()->setPeriod(PeriodKind::Quarter);
    waitForData(*window);
    CHECK(dash->data().query.period == PeriodKind::Quarter);
    CHECK(dash->data().series.size() <= 5);
    checkAgainstCli();
}

TEST_CASE("ui: drill-down lists exactly the records behind the figure") {
    TempDir dir;
    const QString path = demoWorkspace(dir);
    std::unique_ptr<MainWindow> window(openWindow(path));
    const DashboardData& d = window->dashboard()->data();

    DrillRequest request;
    request.title = QStringLiteral("MQLs");
    request.query = d.query;
    request.query.range = d.report.range;
    request.kpiKey = QStringLiteral("mqls");
    DrillDownDialog dialog(window->metrics()->snapshot(), path, request);
    QSignalSpy loaded(&dialog, &DrillDownDialog::loaded);
    REQUIRE(loaded.wait(20000));
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const double mqls = *d.report.find(QStringLiteral("mqls"))->value;
    CHECK(double(dialog.ids().size()) == mqls);
    CHECK(dialog.model()->rowCount() == int(mqls));
    // Every listed contact entered MQL (or a later stage) within the range.
    Workspace ws = Workspace::open(path);
    Statement st(ws.db(),
                 "SELECT min(cs.entered_at) FROM contact_stage cs JOIN funnel_stage f ON f.id = cs.stage_id "
                 "WHERE cs.contact_id = ? AND f.position >= 2");
    const qint64 from = QDateTime(d.report.range.from, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 to = QDateTime(d.report.range.to.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    for (qint64 id : dialog.ids()) {
        st.bind(1, id);
        REQUIRE(st.step());
        CHECK(st.int64(0) >= from);
        CHECK(st.int64(0) < to);
        st.reset();
    }
    // Filtering the table narrows the rows.
    dialog.proxy()->setFilterFixedString(QStringLiteral("rejected"));
    CHECK(dialog.proxy()->rowCount() < dialog.model()->rowCount());

    // The funnel stage drill gives the stage's count.
    DrillRequest stage = request;
    stage.kpiKey.clear();
    stage.funnelStage = 1; // MQL
    DrillDownDialog stageDialog(window->metrics()->snapshot(), path, stage);
    QSignalSpy stageLoaded(&stageDialog, &DrillDownDialog::loaded);
    REQUIRE(stageLoaded.wait(20000));
    CHECK(qint64(stageDialog.ids().size()) == d.funnel.stages[1].count);

    // Export writes every record, neutralising formula-looking text.
    const QString csv = dir.path(QStringLiteral("mqls.csv"));
    CHECK(dialog.exportCsv(csv).isEmpty());
    const QByteArray bytes = test::fileBytes(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "id,source,"));
    CHECK(bytes.count("\r\n") == qsizetype(mqls) + 1);
}

TEST_CASE("ui: tiles state target status in words, not colour alone") {
    TempDir dir;
    const QString path = demoWorkspace(dir);
    std::unique_ptr<MainWindow> window(openWindow(path));
    KpiTile* tile = window->dashboard()->tile(QStringLiteral("mql_acceptance_rate"));
    REQUIRE(tile);
    CHECK(tile->status() != TargetStatus::NoTarget);
    CHECK((tile->accessibleDescription().contains(QStringLiteral("on target")) ||
           tile->accessibleDescription().contains(QStringLiteral("off target"))));
    CHECK(window->dashboard()->funnel()->accessibleDescription().contains(QStringLiteral("MQL")));
}
