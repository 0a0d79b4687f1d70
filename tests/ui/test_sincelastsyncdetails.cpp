// The detail tabs of the weekly sync's "Since last sync" panel: slipped and stalled deals, ownership and
// forecast-category moves, the forecast-category flow. Hand-computed on a three-snapshot fixture, and the
// very figures `revalign-cli changes --json` prints on a demo workspace.
#include "clirunner.h"
#include "demo/demogenerator.h"
#include "models/forecastflowmodel.h"
#include "models/forecastmovemodel.h"
#include "models/ownermovemodel.h"
#include "models/slippeddealmodel.h"
#include "models/stagetimemodel.h"
#include "models/stalleddealmodel.h"
#include "models/waterfallmodel.h"
#include "store/factstore.h"
#include "store/workspace.h"
#include "widgets/sincelastsyncpanel.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace revalign;
using namespace revalign::ui;
using revalign::test::CliResult;
using revalign::test::runCli;
using revalign::test::TempDir;

namespace {
void waitFor(SinceLastSyncPanel& panel, QSignalSpy& computed) {
    while (panel.isComputing() || computed.isEmpty())
        REQUIRE(computed.wait(20000));
}

// tests/data/history/stall-w*.csv, two Salesforce deals exported on Monday 4 March, Wednesday 6 March and
// Monday 25 March 2024:
//   006S1 "Slow deal": Proposal/Price Quote all along, 20,000 closing 29 March; Sam Seller's until the
//         25 March export names Olu Owner and puts it in Commit (Pipeline before).
//   006S2 "Slipping deal": Proposal/Price Quote on 4 March, Negotiation/Review from 6 March; close date
//         20 March -> 27 March (6 March) -> 29 March (25 March); 15,000, Pipeline, Olu Owner's.
QString stallWorkspace(const TempDir& dir) {
    const QString ws = dir.path(QStringLiteral("stall.revalign"));
    REQUIRE(runCli({QStringLiteral("init"), ws}).code == 0);
    for (const auto& [file, day] :
         {std::pair{"stall-w1.csv", "2024-03-04"}, std::pair{"stall-w2.csv", "2024-03-06"},
          std::pair{"stall-w3.csv", "2024-03-25"}})
        REQUIRE(runCli({QStringLiteral("import"), ws,
                        test::testData(QStringLiteral("history/") + QString::fromLatin1(file)),
                        QStringLiteral("--as-of"), QString::fromLatin1(day)})
                    .code == 0);
    return ws;
}

QVariant edit(QAbstractItemModel* m, int row, int column) {
    return m->index(row, column).data(Qt::EditRole);
}

QJsonObject changesJson(const QString& ws, const Waterfall& w, const FactTable& facts) {
    const CliResult r = runCli({QStringLiteral("changes"), ws, QStringLiteral("--from"),
                                localDate(facts, w.from).toString(Qt::ISODate), QStringLiteral("--to"),
                                localDate(facts, w.to).toString(Qt::ISODate), QStringLiteral("--window-from"),
                                w.window.from.toString(Qt::ISODate), QStringLiteral("--window-to"),
                                w.window.to.toString(Qt::ISODate), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}
} // namespace

TEST_CASE("ui: the sync page's detail tabs list slipped and stalled deals, owner and forecast moves") {
    TempDir dir;
    const QString ws = stallWorkspace(dir);
    Workspace workspace = Workspace::open(ws);
    SinceLastSyncPanel panel;
    QSignalSpy computed(&panel, &SinceLastSyncPanel::computed);
    panel.setSnapshot(FactStore(workspace).load());
    // Reviewed at the Monday 25 March sync: the 25 March export against the end of the sync week before
    // its own, Sunday 24 March (the 6 March state still), deals closing in the first quarter.
    panel.setWeek({QDate(2024, 3, 18), QDate(2024, 3, 24)});
    waitFor(panel, computed);
    QAbstractItemModelTester slippedTester(panel.slippedModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester stalledTester(panel.stalledModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester ownerTester(panel.ownerMoveModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester forecastTester(panel.forecastMoveModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester flowTester(panel.forecastFlowModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Slipped: 006S2 pushed twice, 20 -> 27 March (7 days, before the last sync) and 27 -> 29 March
    // (2 days, since): 2 pushes, 1 since last sync, 7 + 2 = 9 days.
    SlippedDealModel* slipped = panel.slippedModel();
    REQUIRE(slipped->rowCount() == 1);
    CHECK(slipped->index(0, SlippedDealModel::Deal).data().toString() == u"Slipping deal");
    CHECK(edit(slipped, 0, SlippedDealModel::Pushes).toInt() == 2);
    CHECK(slipped->index(0, SlippedDealModel::Pushes).data().toString() == u"2× (1 since last sync)");
    CHECK(edit(slipped, 0, SlippedDealModel::DaysPushed).toInt() == 9);
    CHECK(slipped->index(0, SlippedDealModel::DaysPushed).data().toString() == u"9 days");
    CHECK(slipped->index(0, SlippedDealModel::FirstClose).data().toString() == u"20 Mar 2024");
    CHECK(slipped->index(0, SlippedDealModel::Close).data().toString() == u"29 Mar 2024");
    CHECK(slipped->index(0, SlippedDealModel::Amount).data().toString() == u"$15,000.00");

    // Stalled (both stages expect 14 days), to the end of 25 March: 006S1 in Proposal/Price Quote since
    // its first record on 4 March, 21 days, at least (it was there before the history starts); 006S2 in
    // Negotiation/Review since 6 March, 19 days. Most overdue first: 21 − 14 = 7 before 19 − 14 = 5.
    StalledDealModel* stalled = panel.stalledModel();
    REQUIRE(stalled->rowCount() == 2);
    CHECK(edit(stalled, 0, StalledDealModel::Deal).toString() == u"006S1");
    CHECK(edit(stalled, 0, StalledDealModel::DaysInStage).toInt() == 21);
    CHECK(stalled->index(0, StalledDealModel::DaysInStage).data(StalledDealModel::AtLeastRole).toBool());
    CHECK(stalled->index(0, StalledDealModel::DaysInStage).data().toString() == u"at least 21 days");
    CHECK(stalled->index(0, StalledDealModel::Since).data().toString() == u"on or before 4 Mar 2024");
    CHECK(stalled->index(0, StalledDealModel::ExpectedDays).data().toString() == u"14 days");
    CHECK(edit(stalled, 1, StalledDealModel::Deal).toString() == u"006S2");
    CHECK(stalled->index(1, StalledDealModel::DaysInStage).data().toString() == u"19 days");
    CHECK(stalled->index(1, StalledDealModel::Since).data().toString() == u"6 Mar 2024");
    CHECK(stalled->index(1, StalledDealModel::Stage).data().toString() == u"Negotiation/Review");

    // 006S1 went from Sam Seller to Olu Owner, and from Pipeline into Commit (20,000).
    OwnerMoveModel* owners = panel.ownerMoveModel();
    REQUIRE(owners->rowCount() == 1);
    CHECK(owners->index(0, OwnerMoveModel::From).data().toString() == u"Sam Seller");
    CHECK(owners->index(0, OwnerMoveModel::To).data().toString() == u"Olu Owner");
    ForecastMoveModel* forecasts = panel.forecastMoveModel();
    REQUIRE(forecasts->rowCount() == 1);
    CHECK(forecasts->index(0, ForecastMoveModel::From).data().toString() == u"Pipeline");
    CHECK(forecasts->index(0, ForecastMoveModel::To).data().toString() == u"Commit");
    CHECK(forecasts->index(0, ForecastMoveModel::Direction).data().toString() == u"▲ firmer");
    CHECK(edit(forecasts, 0, ForecastMoveModel::Amount).toDouble() == 20000.0);

    // The flow: Pipeline -> Pipeline 1 deal (006S2, 15,000), Pipeline -> Commit 1 deal (006S1, 20,000).
    ForecastFlowModel* flow = panel.forecastFlowModel();
    REQUIRE(flow->rowCount() == kForecastFlowSize);
    const int pipeline = int(ForecastCategory::Pipeline) + 1, commit = int(ForecastCategory::Commit) + 1;
    CHECK(edit(flow, pipeline, pipeline).toInt() == 1);
    CHECK(edit(flow, pipeline, commit).toInt() == 1);
    CHECK(flow->index(pipeline, commit).data(ForecastFlowModel::AmountRole).toDouble() == 20000.0);
    CHECK(flow->index(pipeline, commit).data().toString() == u"1 · $20K");
    CHECK(flow->index(0, 0).data().toString() == u"—");
    CHECK(flow->headerData(0, Qt::Vertical).toString() == u"from Not in the pipeline");
    qint64 deals = 0;
    for (int r = 0; r < kForecastFlowSize; ++r)
        for (int c = 0; c < kForecastFlowSize; ++c)
            deals += edit(flow, r, c).toInt();
    CHECK(deals == 2);

    QTabWidget* tabs = panel.tabs();
    CHECK(tabs->tabText(SinceLastSyncPanel::SlippedTab) == u"Slipped (1)");
    CHECK(tabs->tabText(SinceLastSyncPanel::StalledTab) == u"Stalled (2)");
    CHECK(tabs->tabText(SinceLastSyncPanel::OwnerTab) == u"Owner changes (1)");
    CHECK(tabs->tabText(SinceLastSyncPanel::ForecastMovesTab) == u"Forecast moves (1)");
}

TEST_CASE("ui: the detail tabs show the very figures revalign-cli changes --json prints (demo)") {
    TempDir dir;
    const QString ws = dir.path(QStringLiteral("d.revalign"));
    generateDemoWorkspace(ws, DemoOptions{10000, 5, QDate(2026, 11, 26)});
    // The syncs of Monday 2, 9 and 16 November (weeks reviewed from 26 October): between them an ownership
    // move, slipped deals and dozens of forecast-category moves.
    const QDate week = GENERATE(QDate(2026, 10, 26), QDate(2026, 11, 2), QDate(2026, 11, 9));
    Workspace workspace = Workspace::open(ws);
    const FactSnapshot facts = FactStore(workspace).load();
    SinceLastSyncPanel panel;
    QSignalSpy computed(&panel, &SinceLastSyncPanel::computed);
    panel.setSnapshot(facts);
    panel.setWeek({week, week.addDays(6)});
    waitFor(panel, computed);
    const Waterfall& w = panel.waterfallModel()->waterfall();
    REQUIRE(w.available);
    const QJsonObject o = changesJson(ws, w, *facts);
    INFO("week of " << week.toString(Qt::ISODate).toStdString());
    CHECK(o.value(QStringLiteral("end")).toDouble() == double(w.endCents) / 100.0);

    const QJsonArray slipped = o.value(QStringLiteral("slipped")).toArray();
    SlippedDealModel* s = panel.slippedModel();
    REQUIRE(s->rowCount() == slipped.size());
    for (int i = 0; i < s->rowCount(); ++i) {
        const QJsonObject j = slipped.at(i).toObject();
        CHECK(edit(s, i, SlippedDealModel::Deal).toString() == j.value(QStringLiteral("id")).toString());
        CHECK(edit(s, i, SlippedDealModel::Pushes).toInt() == j.value(QStringLiteral("pushes")).toInt());
        CHECK(s->index(i, SlippedDealModel::Pushes)
                  .data()
                  .toString()
                  .contains(
                      QStringLiteral("(%1 since").arg(j.value(QStringLiteral("pushes_in_period")).toInt())));
        CHECK(edit(s, i, SlippedDealModel::DaysPushed).toInt() ==
              j.value(QStringLiteral("days_pushed")).toInt());
        CHECK(edit(s, i, SlippedDealModel::FirstClose).toString() ==
              j.value(QStringLiteral("first_close")).toString());
        CHECK(edit(s, i, SlippedDealModel::Close).toString() == j.value(QStringLiteral("close")).toString());
        CHECK(edit(s, i, SlippedDealModel::Amount).toDouble() ==
              j.value(QStringLiteral("amount")).toDouble());
    }
    const QJsonArray stalled = o.value(QStringLiteral("stalled")).toArray();
    StalledDealModel* st = panel.stalledModel();
    REQUIRE(st->rowCount() == stalled.size());
    for (int i = 0; i < st->rowCount(); ++i) {
        const QJsonObject j = stalled.at(i).toObject();
        CHECK(edit(st, i, StalledDealModel::Deal).toString() == j.value(QStringLiteral("id")).toString());
        CHECK(edit(st, i, StalledDealModel::DaysInStage).toInt() ==
              j.value(QStringLiteral("days_in_stage")).toInt());
        CHECK(st->index(i, StalledDealModel::DaysInStage).data(StalledDealModel::AtLeastRole).toBool() ==
              j.value(QStringLiteral("at_least")).toBool());
        CHECK(edit(st, i, StalledDealModel::Since).toString() == j.value(QStringLiteral("since")).toString());
    }
    const QJsonArray owners = o.value(QStringLiteral("owner_moves")).toArray();
    OwnerMoveModel* om = panel.ownerMoveModel();
    REQUIRE(om->rowCount() == owners.size());
    for (int i = 0; i < om->rowCount(); ++i) {
        const QJsonObject j = owners.at(i).toObject();
        CHECK(edit(om, i, OwnerMoveModel::Deal).toString() == j.value(QStringLiteral("id")).toString());
        CHECK(edit(om, i, OwnerMoveModel::From).toString() == j.value(QStringLiteral("from")).toString());
        CHECK(edit(om, i, OwnerMoveModel::To).toString() == j.value(QStringLiteral("to")).toString());
        CHECK(edit(om, i, OwnerMoveModel::Amount).toDouble() == j.value(QStringLiteral("amount")).toDouble());
    }
    const QJsonArray forecasts = o.value(QStringLiteral("forecast_moves")).toArray();
    ForecastMoveModel* fm = panel.forecastMoveModel();
    REQUIRE(fm->rowCount() == forecasts.size());
    CHECK(fm->rowCount() > 0);
    for (int i = 0; i < fm->rowCount(); ++i) {
        const QJsonObject j = forecasts.at(i).toObject();
        CHECK(edit(fm, i, ForecastMoveModel::Deal).toString() == j.value(QStringLiteral("id")).toString());
        CHECK(edit(fm, i, ForecastMoveModel::From).toString() == j.value(QStringLiteral("from")).toString());
        CHECK(edit(fm, i, ForecastMoveModel::To).toString() == j.value(QStringLiteral("to")).toString());
        CHECK(edit(fm, i, ForecastMoveModel::Amount).toDouble() ==
              j.value(QStringLiteral("amount")).toDouble());
    }
    const QJsonArray stages = o.value(QStringLiteral("stage_times")).toArray();
    StageTimeModel* times = panel.stageTimeModel();
    QAbstractItemModelTester timesTester(times, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(times->rowCount() == stages.size());
    CHECK(times->rowCount() > 0);
    for (int i = 0; i < times->rowCount(); ++i) {
        const QJsonObject j = stages.at(i).toObject();
        CHECK(edit(times, i, StageTimeModel::Stage).toString() ==
              j.value(QStringLiteral("stage")).toString());
        CHECK(edit(times, i, StageTimeModel::Stays).toLongLong() ==
              qint64(j.value(QStringLiteral("stays")).toDouble()));
        CHECK(edit(times, i, StageTimeModel::Median).toDouble() ==
              j.value(QStringLiteral("median_days")).toDouble());
        CHECK(edit(times, i, StageTimeModel::Mean).toDouble() ==
              j.value(QStringLiteral("mean_days")).toDouble());
    }
    const QJsonObject flow = o.value(QStringLiteral("forecast_flow")).toObject();
    const QJsonArray categories = flow.value(QStringLiteral("categories")).toArray();
    const QJsonArray flowDeals = flow.value(QStringLiteral("deals")).toArray();
    const QJsonArray flowAmounts = flow.value(QStringLiteral("amounts")).toArray();
    ForecastFlowModel* ff = panel.forecastFlowModel();
    REQUIRE(categories.size() == ff->rowCount());
    for (int r = 0; r < ff->rowCount(); ++r) {
        CHECK(ForecastMoveModel::categoryKey(r) == categories.at(r).toString());
        for (int c = 0; c < ff->columnCount(); ++c) {
            CHECK(edit(ff, r, c).toLongLong() == qint64(flowDeals.at(r).toArray().at(c).toDouble()));
            CHECK(ff->index(r, c).data(ForecastFlowModel::AmountRole).toDouble() ==
                  flowAmounts.at(r).toArray().at(c).toDouble());
        }
    }
}

TEST_CASE("ui: the detail tabs read in English and Thai (pictures in the temp folder)") {
    TempDir dir;
    const QString ws = stallWorkspace(dir);
    Workspace workspace = Workspace::open(ws);
    const FactSnapshot facts = FactStore(workspace).load();
    for (const bool thai : {false, true}) {
        const QLocale previous;
        QTranslator translator;
        if (thai) {
            REQUIRE(translator.load(QStringLiteral(":/i18n/revalign_th.qm")));
            QCoreApplication::installTranslator(&translator);
            QLocale::setDefault(QLocale(QLocale::Thai, QLocale::Thailand));
        }
        {
            SinceLastSyncPanel panel;
            QSignalSpy computed(&panel, &SinceLastSyncPanel::computed);
            panel.setSnapshot(facts);
            panel.setWeek({QDate(2024, 3, 18), QDate(2024, 3, 24)});
            waitFor(panel, computed);
            if (thai)
                CHECK(panel.tabs()->tabText(SinceLastSyncPanel::WaterfallTab) != u"Waterfall");
            panel.resize(1240, 420);
            panel.show();
            for (int tab = 0; tab < panel.tabs()->count(); ++tab) {
                panel.tabs()->setCurrentIndex(tab);
                QTest::qWait(30);
                panel.grab().save(QDir::temp().filePath(
                    QStringLiteral("revalign-sync-tab%1-%2.png").arg(tab).arg(thai ? u"th" : u"en")));
            }
        }
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(previous);
    }
}
