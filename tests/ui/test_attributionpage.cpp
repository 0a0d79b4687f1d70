#include "models/attributioncomparisonmodel.h"
#include "models/scorebandmodel.h"
#include "models/scorelinemodel.h"
#include "pages/attributionpage.h"
#include "pages/scoringpage.h"
#include "store/database.h"
#include "store/workspace.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>

using namespace revalign;
using namespace revalign::ui;
using revalign::test::TempDir;

namespace {
// tests/data/attribution/journeys.sql: Ann's 900.00 deal with three touches before creation, Bob's
// 300.00 deal before his only touch, a 100.00 deal without a contact.
QString fixture(const TempDir& dir) {
    const QString path = dir.path(QStringLiteral("a.revalign"));
    Workspace ws = Workspace::create(path);
    QFile sql(test::testData(QStringLiteral("attribution/journeys.sql")));
    REQUIRE(sql.open(QIODevice::ReadOnly));
    ws.db().exec(sql.readAll().toStdString());
    return path;
}

int rowOf(const QAbstractItemModel& m, const QString& key) {
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.index(r, 0).data().toString() == key)
            return r;
    return -1;
}
} // namespace

TEST_CASE("ui: the attribution page compares every model and shows the selected formula") {
    TempDir dir;
    AttributionPage page;
    AttributionComparisonModel* model = page.comparisonModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setWorkspace(fixture(dir));
    page.waitForResults();
    REQUIRE(model->rowCount() == 4);
    CHECK(model->columnCount() == 9);
    CHECK(model->total() == 130000);
    // Linear: Ann's three touches 300.00 each; the other two deals have no touch before creation.
    const int paid = rowOf(*model, QStringLiteral("paid"));
    REQUIRE(paid >= 0);
    CHECK(model->index(paid, AttributionComparisonModel::columnOf(AttributionModel::Linear))
              .data()
              .toDouble() == 300.0);
    // First touch: all 900.00 to paid; U-shaped: 40% = 360.00.
    CHECK(model->credit(paid, AttributionModel::FirstTouch) == 90000);
    CHECK(model->credit(paid, AttributionModel::UShaped) == 36000);
    CHECK(model->headerData(AttributionComparisonModel::columnOf(AttributionModel::WShaped), Qt::Horizontal)
              .toString() == u"W-shaped");

    page.setModel(AttributionModel::TimeDecay);
    CHECK(page.formulaShown().startsWith(QStringLiteral("Time decay")));
    CHECK(model->selectedModel() == AttributionModel::TimeDecay);

    page.setDimension(AttributionDimension::Team);
    page.waitForResults();
    CHECK(rowOf(*model, QStringLiteral("marketing")) >= 0);
    CHECK(rowOf(*model, QStringLiteral("sales")) >= 0);
    page.setMetric(AttributionMetric::Revenue);
    page.waitForResults();
    CHECK(model->total() == 90000);
    CHECK(page.statusText().contains(QStringLiteral("900.00")));

    page.setWorkspace({});
    CHECK(model->rowCount() == 0);
}

TEST_CASE("ui: the attribution page follows the shared period and persona / owner filters") {
    TempDir dir;
    AttributionPage page;
    AttributionComparisonModel* model = page.comparisonModel();
    const QString path = fixture(dir);
    Workspace::open(path).db().exec("INSERT INTO persona(name) VALUES ('Head of Sales Ops')");
    page.setWorkspace(path);
    page.waitForResults();
    REQUIRE(model->total() == 130000); // o1 900.00 + o2 300.00 + o3 100.00

    MetricQuery q;
    q.range = DateRange{QDate(2024, 3, 4), QDate(2024, 3, 4)}; // only o1 was created that day
    page.setFilters(q);
    page.waitForResults();
    CHECK(model->total() == 90000);
    CHECK(model->opportunities() == 1);

    q.range = {};
    q.filters.owners = {QStringLiteral("Bert AE")}; // o2 and o3
    page.setFilters(q);
    page.waitForResults();
    CHECK(model->total() == 40000);

    q.filters.owners.clear();
    q.filters.personas = {QStringLiteral("CMO")}; // Ann's deal
    page.setFilters(q);
    page.waitForResults();
    CHECK(model->total() == 90000);

    // A persona the workspace has but no deal carries matches nothing (not everything, not an error).
    q.filters.personas = {QStringLiteral("Head of Sales Ops")};
    page.setFilters(q);
    page.waitForResults();
    CHECK(model->rowCount() == 0);
    CHECK(model->total() == 0);
    CHECK(page.statusText().startsWith(QStringLiteral("No deal matches the filters")));

    q.filters.personas.clear();
    q.filters.teams = {QStringLiteral("marketing")};
    page.setFilters(q);
    page.waitForResults();
    CHECK(model->total() == 130000);
    CHECK(page.statusText().contains(QStringLiteral("team filter does not apply")));
}

TEST_CASE("ui: the scoring page shows bands, a live what-if and each rule's points") {
    TempDir dir;
    ScoringPage page;
    QAbstractItemModelTester bands(page.bandModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester lines(page.lineModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setWorkspace(fixture(dir));
    page.waitForResults();
    // Default model: Ann 76, Bob 10 (worked out in tests/cli/test_cli_attribution.cpp) → bands 10..80.
    CHECK(page.bandModel()->rowCount() == 7);
    CHECK(page.threshold() == 50);
    CHECK(page.whatIfText().contains(QStringLiteral("1 MQLs")));
    CHECK(page.summaryText().contains(QStringLiteral("suggested threshold <b>76</b>")));
    page.setThreshold(80);
    CHECK(page.whatIfText().contains(QStringLiteral("missed 1 of 1")));

    REQUIRE(page.explainContact(1));
    CHECK(page.lineModel()->rowCount() == 7);
    CHECK(page.lineModel()->index(0, ScoreLineModel::Points).data().toString() ==
          QLocale().toString(20.0, 'f', 2));
    CHECK_FALSE(page.explainContact(99));
}
