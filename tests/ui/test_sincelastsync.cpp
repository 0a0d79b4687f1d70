#include "demo/demogenerator.h"
#include "models/movermodel.h"
#include "models/waterfalldealmodel.h"
#include "models/waterfallmodel.h"
#include "pages/syncpage.h"
#include "services/meetingservice.h"
#include "store/factstore.h"
#include "store/workspace.h"
#include "widgets/sincelastsyncpanel.h"
#include "workflow/importservice.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace revalign;
using namespace revalign::ui;
using revalign::test::TempDir;

namespace {
// The three-deal story of tests/data/history: week 1 as of 4 March 2024, week 2 as of 11 March.
FactSnapshot twoWeeks(const QString& path) {
    Workspace ws = Workspace::create(path);
    for (const auto& [file, day] : {std::pair{"sf-opps-w1.csv", 4}, std::pair{"sf-opps-w2.csv", 11}}) {
        ImportOptions o;
        o.asOf = QDateTime(QDate(2024, 3, day), QTime(23, 59, 59), QTimeZone::utc());
        const auto r =
            importFiles(ws, {test::testData(QStringLiteral("history/") + QString::fromLatin1(file))}, o);
        REQUIRE(r.at(0).written);
    }
    return FactStore(ws).load();
}

void waitFor(SinceLastSyncPanel& panel, QSignalSpy& computed) {
    while (panel.isComputing() || computed.isEmpty())
        REQUIRE(computed.wait(10000));
}
} // namespace

TEST_CASE("ui: the since-last-sync panel shows the waterfall, the movers and a bar's deals") {
    TempDir dir;
    const FactSnapshot facts = twoWeeks(dir.path(QStringLiteral("w.revalign")));
    SinceLastSyncPanel panel;
    QSignalSpy computed(&panel, &SinceLastSyncPanel::computed);
    panel.setSnapshot(facts);
    panel.setWeek({QDate(2024, 3, 4), QDate(2024, 3, 10)}); // reviewed at the Monday 11 March sync
    waitFor(panel, computed);
    QAbstractItemModelTester waterfallTester(panel.waterfallModel(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester moverTester(panel.moverModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester dealTester(panel.dealModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    WaterfallModel* w = panel.waterfallModel();
    REQUIRE(w->waterfall().available);
    REQUIRE(w->rowCount() == 9);
    // Start 60,000; New 7,000; Pulled in 8,000; Increased 2,000; Pushed out 50,000; End 27,000.
    const auto amount = [w](int row) {
        return w->index(row, WaterfallModel::Amount).data(Qt::EditRole).toDouble();
    };
    CHECK(amount(WaterfallModel::kStartRow) == 60000.0);
    CHECK(amount(1 + int(WaterfallBucket::New)) == 7000.0);
    CHECK(amount(1 + int(WaterfallBucket::PushedOut)) == -50000.0);
    CHECK(amount(WaterfallModel::kEndRow) == 27000.0);
    // The pushed-out bar floats: its base is where the pipeline ends (27,000), its fall the 50,000.
    CHECK(w->scale() == 1000.0);
    const int pushed = 1 + int(WaterfallBucket::PushedOut);
    CHECK(w->index(pushed, WaterfallModel::Base).data().toDouble() == 27.0);
    CHECK(w->index(pushed, WaterfallModel::Fall).data().toDouble() == 50.0);
    CHECK(w->index(pushed, WaterfallModel::Rise).data().toDouble() == 0.0);

    // The biggest mover is Beta platform, pushed 43 days.
    MoverModel* movers = panel.moverModel();
    REQUIRE(movers->rowCount() == 4);
    CHECK(movers->index(0, MoverModel::Deal).data().toString() == u"Beta platform");
    CHECK(movers->index(0, MoverModel::Why).data().toString() == u"pushed 43 days");
    CHECK(movers->index(1, MoverModel::Why).data().toString() == u"pulled in 21 days");
    CHECK(movers->index(3, MoverModel::Why).data().toString() == u"amount +20 %");

    panel.showBar(pushed);
    REQUIRE(panel.dealModel()->rowCount() == 1);
    CHECK(panel.dealModel()->index(0, WaterfallDealModel::Deal).data().toString() == u"Beta platform");
    // Regression: the close dates read "3/28/24" (QLocale's short format, a two-digit year).
    CHECK(panel.dealModel()->index(0, WaterfallDealModel::CloseBefore).data().toString() == u"28 Mar 2024");
    CHECK(panel.dealModel()->index(0, WaterfallDealModel::CloseAfter).data().toString() == u"10 May 2024");
    panel.showBar(WaterfallModel::kEndRow); // the changed deals of the End: Acme, Gamma, Delta
    CHECK(panel.dealModel()->rowCount() == 3);
    panel.resize(1100, 640);
    panel.show();
    QTest::qWait(50); // let the chart lay out before the picture
    panel.grab().save(QDir::temp().filePath(QStringLiteral("revalign-since-last-sync.png")));
}

TEST_CASE("ui: regression: a waterfall bar that did not move read a bare 0 in Thai, not money") {
    // The bar labels under the chart: "Pulled in<br>0" where every other bar read "+$8,000" or "−$50K".
    // Zero is money too, in English and in Thai alike.
    const bool thai = GENERATE(false, true);
    const QLocale previous;
    QTranslator translator;
    if (thai) {
        REQUIRE(translator.load(QStringLiteral(":/i18n/revalign_th.qm")));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::Thai, QLocale::Thailand));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    TempDir dir;
    SinceLastSyncPanel panel;
    QSignalSpy computed(&panel, &SinceLastSyncPanel::computed);
    panel.setSnapshot(twoWeeks(dir.path(QStringLiteral("w.revalign"))));
    panel.setWeek({QDate(2024, 3, 4), QDate(2024, 3, 10)});
    waitFor(panel, computed);
    WaterfallModel* w = panel.waterfallModel();
    // Decreased, Won and Lost did not move between the two weeks: 0 each (the workspace's currency, USD).
    const int decreased = 1 + int(WaterfallBucket::Decreased);
    const QString label = w->barLabel(decreased);
    const QString tooltip = w->index(decreased, WaterfallModel::Bar).data(Qt::ToolTipRole).toString();
    const QString amount = w->index(decreased, WaterfallModel::Amount).data().toString();
    // New moved by 7,000: the compact money of the other bars.
    const QString added = w->barLabel(1 + int(WaterfallBucket::New));
    const QString name = WaterfallModel::barName(decreased);
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(previous);
    INFO(label.toStdString());
    CHECK(label == name + QStringLiteral("<br>$0.00"));
    CHECK(name == (thai ? QStringLiteral("ลดลง") : QStringLiteral("Decreased")));
    CHECK(amount == u"$0.00");
    CHECK(tooltip.contains(QStringLiteral("$0.00")));
    CHECK(added.endsWith(QStringLiteral("<br>+$7,000"))); // compact money: below 10,000 in full
}

TEST_CASE("ui: the panel says n/a with the reason when there is no earlier snapshot") {
    TempDir dir;
    Workspace ws = Workspace::create(dir.path(QStringLiteral("one.revalign")));
    importFiles(ws, {test::testData(QStringLiteral("history/sf-opps-w1.csv"))}, {});
    SinceLastSyncPanel panel;
    QSignalSpy computed(&panel, &SinceLastSyncPanel::computed);
    panel.setSnapshot(FactStore(ws).load());
    waitFor(panel, computed);
    CHECK_FALSE(panel.waterfallModel()->waterfall().available);
    CHECK(panel.waterfallModel()->index(0, WaterfallModel::Amount).data().toString() == u"n/a");
    CHECK(panel.moverModel()->rowCount() == 0);
}

TEST_CASE("ui: a demo workspace opens with pipeline movement since last sync") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("d.revalign"));
    generateDemoWorkspace(path, DemoOptions{10000, 5, QDate(2026, 11, 26)});
    Workspace ws = Workspace::open(path);
    const FactSnapshot facts = FactStore(ws).load();
    MeetingService meetings;
    meetings.open(path);
    SyncPage page(&meetings);
    QSignalSpy computed(&page, &SyncPage::computed);
    page.setSnapshot(facts);
    page.setMeetingDay(QDate(2026, 11, 26));
    while (page.isComputing() || computed.isEmpty())
        REQUIRE(computed.wait(20000));
    const Waterfall& w = page.sinceLastSync()->waterfallModel()->waterfall();
    REQUIRE(w.available);
    CHECK(w.reconciled() == w.endCents);
    CHECK(w.startDeals > 0);
    int moved = 0;
    for (const qint64 c : w.bucketCents)
        moved += c != 0 ? 1 : 0;
    CHECK(moved >= 3); // new deals, wins, pushes... a week of a sales team
}
