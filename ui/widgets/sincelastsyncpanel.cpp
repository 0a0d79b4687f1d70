#include "widgets/sincelastsyncpanel.h"

#include "models/forecastflowmodel.h"
#include "models/forecastmovemodel.h"
#include "models/movermodel.h"
#include "models/ownermovemodel.h"
#include "models/slippeddealmodel.h"
#include "models/stagetimemodel.h"
#include "models/stalleddealmodel.h"
#include "models/waterfalldealmodel.h"
#include "models/waterfallmodel.h"
#include "util/error.h"
#include "widgets/waterfallchart.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace revalign::ui {

namespace {
QTableView* compactTable(QAbstractItemModel* model, const QString& name, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setWordWrap(false);
    return view;
}

QString longDay(const FactTable& f, qint64 t) {
    return QLocale().toString(localDate(f, t), QStringLiteral("d MMM yyyy"));
}
} // namespace

SinceLastSyncPanel::SinceLastSyncPanel(QWidget* parent)
    : QGroupBox(tr("Since last sync"), parent)
    , m_waterfall(new WaterfallModel(this))
    , m_movers(new MoverModel(this))
    , m_deals(new WaterfallDealModel(this))
    , m_slipped(new SlippedDealModel(this))
    , m_stalled(new StalledDealModel(this))
    , m_ownerMoves(new OwnerMoveModel(this))
    , m_forecastMoves(new ForecastMoveModel(this))
    , m_forecastFlow(new ForecastFlowModel(this))
    , m_stageTimes(new StageTimeModel(this))
    , m_heading(new QLabel(this))
    , m_unavailable(new QLabel(this))
    , m_body(new QWidget(this))
    , m_chart(new WaterfallChart(m_waterfall, m_body))
    , m_moverView(compactTable(m_movers, tr("Biggest movers"), m_body))
    , m_mqls(new QLabel(m_body))
    , m_dealsTitle(new QLabel(this))
    , m_dealView(compactTable(m_deals, tr("Deals of the bar"), this))
    , m_notes(new QLabel(this))
    , m_rules(new QToolButton(this))
    , m_tabs(new QTabWidget(this))
    , m_slippedCaption(new QLabel(this))
    , m_stalledCaption(new QLabel(this))
    , m_ownerCaption(new QLabel(this))
    , m_forecastCaption(new QLabel(this))
    , m_flowCaption(new QLabel(this))
    , m_stageTimesCaption(new QLabel(this)) {
    setAccessibleName(tr("Since last sync"));
    m_heading->setWordWrap(true);
    m_unavailable->setWordWrap(true);
    m_unavailable->hide();
    m_rules->setText(tr("How is this counted?"));
    m_rules->setAutoRaise(true);
    m_rules->setToolTip(rulesText());
    connect(m_rules, &QToolButton::clicked, this,
            [this] { QMessageBox::information(this, tr("How the waterfall is counted"), rulesText()); });
    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_rules);

    auto* moversTitle = new QLabel(tr("Biggest movers"), m_body);
    QFont bold = moversTitle->font();
    bold.setBold(true);
    moversTitle->setFont(bold);
    m_mqls->setWordWrap(true);
    m_moverView->setMinimumHeight(150);
    // The deal's name gives way (elided) so the change and its reason always show.
    QHeaderView* moverHeader = m_moverView->horizontalHeader();
    moverHeader->setStretchLastSection(false);
    moverHeader->setSectionResizeMode(MoverModel::Deal, QHeaderView::Stretch);
    m_moverView->setTextElideMode(Qt::ElideRight);
    auto* right = new QVBoxLayout;
    right->addWidget(moversTitle);
    right->addWidget(m_moverView, 1);
    right->addWidget(m_mqls);
    auto* body = new QHBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_chart, 3);
    body->addLayout(right, 2);

    m_dealsTitle->setFont(bold);
    m_dealsTitle->hide();
    m_dealView->hide();
    m_dealView->setMinimumHeight(120);
    m_notes->setWordWrap(true);
    QFont small = m_notes->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_notes->setFont(small);
    m_notes->hide();

    // The waterfall and its movers come first; what `changes` lists besides gets a tab each, full width,
    // so the tables read at the default window size without squeezing the chart.
    auto* waterfallPage = new QWidget(m_tabs);
    auto* waterfallLayout = new QVBoxLayout(waterfallPage);
    waterfallLayout->setContentsMargins(6, 6, 6, 6);
    waterfallLayout->addWidget(m_body, 1);
    waterfallLayout->addWidget(m_dealsTitle);
    waterfallLayout->addWidget(m_dealView);
    m_tabs->addTab(waterfallPage, tr("Waterfall"));

    auto* slippedView = compactTable(m_slipped, tr("Slipped deals"), this);
    slippedView->horizontalHeader()->setStretchLastSection(false);
    slippedView->horizontalHeader()->setSectionResizeMode(SlippedDealModel::Deal, QHeaderView::Stretch);
    slippedView->setTextElideMode(Qt::ElideRight);
    m_tabs->addTab(detailTab(m_slippedCaption, slippedView), QString());
    auto* stalledView = compactTable(m_stalled, tr("Stalled deals"), this);
    stalledView->horizontalHeader()->setStretchLastSection(false);
    stalledView->horizontalHeader()->setSectionResizeMode(StalledDealModel::Deal, QHeaderView::Stretch);
    stalledView->setTextElideMode(Qt::ElideRight);
    m_tabs->addTab(detailTab(m_stalledCaption, stalledView), QString());
    auto* ownerView = compactTable(m_ownerMoves, tr("Ownership moves"), this);
    ownerView->horizontalHeader()->setStretchLastSection(false);
    ownerView->horizontalHeader()->setSectionResizeMode(OwnerMoveModel::Deal, QHeaderView::Stretch);
    ownerView->setTextElideMode(Qt::ElideRight);
    m_tabs->addTab(detailTab(m_ownerCaption, ownerView), QString());
    auto* forecastView = compactTable(m_forecastMoves, tr("Forecast-category moves"), this);
    forecastView->horizontalHeader()->setStretchLastSection(false);
    forecastView->horizontalHeader()->setSectionResizeMode(ForecastMoveModel::Deal, QHeaderView::Stretch);
    forecastView->setTextElideMode(Qt::ElideRight);
    m_tabs->addTab(detailTab(m_forecastCaption, forecastView), QString());
    auto* flowView = compactTable(m_forecastFlow, tr("Forecast-category flow"), this);
    flowView->verticalHeader()->show();
    flowView->setSelectionBehavior(QAbstractItemView::SelectItems);
    flowView->setAlternatingRowColors(false);
    flowView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tabs->addTab(detailTab(m_flowCaption, flowView), tr("Forecast flow"));
    auto* stageView = compactTable(m_stageTimes, tr("Time in each stage"), this);
    stageView->horizontalHeader()->setStretchLastSection(false);
    stageView->horizontalHeader()->setSectionResizeMode(StageTimeModel::Stage, QHeaderView::Stretch);
    m_tabs->addTab(detailTab(m_stageTimesCaption, stageView), tr("Stage times"));
    m_tabs->setDocumentMode(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_unavailable);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_notes);

    connect(m_chart, &WaterfallChart::barClicked, this, &SinceLastSyncPanel::showBar);
    connect(&m_watcher, &QFutureWatcher<Waterfall>::finished, this, [this] {
        if (m_dirty) {
            m_dirty = false;
            recompute();
            return;
        }
        apply(m_watcher.result());
        m_pending = false;
        Q_EMIT computed();
    });
}

QWidget* SinceLastSyncPanel::detailTab(QLabel* caption, QTableView* view) {
    auto* page = new QWidget(m_tabs);
    caption->setParent(page);
    caption->setWordWrap(true);
    view->setParent(page);
    view->setMinimumHeight(120);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(caption);
    layout->addWidget(view, 1);
    return page;
}

SinceLastSyncPanel::~SinceLastSyncPanel() {
    m_watcher.waitForFinished();
}

QString SinceLastSyncPanel::rulesText() {
    return tr(
        "<p><b>Every deals import is a snapshot.</b> Each deal keeps its stage, amount, close date, "
        "probability, "
        "forecast category, owner and open/won/lost as of every import that changed it; imported stage "
        "history (Salesforce OpportunityHistory, HubSpot \"Date entered\" columns) fills the same "
        "timeline.</p>"
        "<p>The pipeline is the open deals closing in the window (the quarter by default). Between the end "
        "of the previous sync week and the latest snapshot:<br>"
        "Start + New + Pulled in + Increased − Decreased − Pushed out − Won − Lost = End, to the cent.</p>"
        "<p>A deal that changed in several ways counts once per change, in this order: how it came in "
        "(<b>New</b>: not in the earlier snapshot, or reopened; <b>Pulled in</b>: open but closing outside "
        "the "
        "window before), how its amount moved (<b>Increased</b>/<b>Decreased</b>), how it left "
        "(<b>Won</b> or <b>Lost</b> wherever its close date now lies; otherwise <b>Pushed out</b>). Entries "
        "count at the earlier amount for pulled-in deals and at the later amount for new ones; exits at the "
        "later amount.</p>"
        "<p>Deals are filtered as they are now (current owner and team). Ownership and forecast-category "
        "moves are listed apart and do not change the pipeline.</p>");
}

void SinceLastSyncPanel::setSnapshot(FactSnapshot facts) {
    m_facts = std::move(facts);
    recompute();
}

void SinceLastSyncPanel::setFilters(const MetricFilters& filters) {
    if (filters == m_filters)
        return;
    m_filters = filters;
    recompute();
}

void SinceLastSyncPanel::setWeek(const DateRange& week) {
    if (week == m_week)
        return;
    m_week = week;
    recompute();
}

WaterfallQuery SinceLastSyncPanel::queryFor(const FactTable& f, const DateRange& week,
                                            const MetricFilters& filters) {
    WaterfallQuery q;
    q.filters = filters;
    if (week.isValid()) {
        const qint64 meetingEnd = endOfDay(f, week.to.addDays(1));
        const qint64 latest = latestSnapshotAtOrBefore(f, meetingEnd);
        q.to = latest != kNoTime ? latest : meetingEnd;
    }
    return q;
}

void SinceLastSyncPanel::recompute() {
    if (!m_facts)
        return;
    if (m_watcher.isRunning()) {
        m_dirty = true;
        return;
    }
    const FactSnapshot facts = m_facts;
    const WaterfallQuery q = queryFor(*facts, m_week, m_filters);
    m_pending = true;
    m_watcher.setFuture(QtConcurrent::run([facts, q]() -> Waterfall {
        try {
            return computeWaterfall(*facts, q);
        } catch (const Error& e) {
            Waterfall w;
            w.reason = e.message();
            return w;
        }
    }));
}

void SinceLastSyncPanel::apply(const Waterfall& w) {
    const QString currency = m_facts ? m_facts->settings.currency : QString();
    m_chart->setCurrency(currency);
    m_waterfall->setWaterfall(w, currency);
    m_movers->setMovers(biggestMovers(w, 5), currency);
    m_deals->setChanges({}, currency);
    applyDetails(w, currency);
    m_dealsTitle->hide();
    m_dealView->hide();
    if (m_facts && w.from != kNoTime && w.to != kNoTime && w.window.isValid()) {
        const QLocale l;
        m_heading->setText(tr("From the end of %1 to %2 · deals closing %3 – %4")
                               .arg(longDay(*m_facts, w.from), longDay(*m_facts, w.to),
                                    l.toString(w.window.from, QStringLiteral("d MMM")),
                                    l.toString(w.window.to, QStringLiteral("d MMM yyyy"))));
    } else {
        m_heading->clear();
    }
    m_unavailable->setVisible(!w.available);
    m_tabs->setVisible(w.available);
    if (!w.available)
        m_unavailable->setText(tr("Pipeline changes: n/a — %1").arg(w.reason));
    const MqlBacklogChange& m = w.mqls;
    if (m.available)
        m_mqls->setText(tr("MQL backlog: %1 pending → %2 (%3 new, %4 accepted, %5 rejected)")
                            .arg(m.pendingBefore)
                            .arg(m.pendingAfter)
                            .arg(QStringLiteral("+") + QString::number(m.newMqls))
                            .arg(QStringLiteral("−") + QString::number(m.accepted))
                            .arg(QStringLiteral("−") + QString::number(m.rejected)) +
                        (m.undated > 0 ? tr("; %n answered without a date, counted when they became MQL",
                                            nullptr, int(m.undated))
                                       : QString()));
    else
        m_mqls->setText(tr("MQL backlog: n/a — %1").arg(m.reason));
    m_notes->setText(w.notes.join(QStringLiteral("\n")));
    m_notes->setVisible(w.available && !w.notes.isEmpty());
}

void SinceLastSyncPanel::applyDetails(const Waterfall& w, const QString& currency) {
    m_slipped->setDeals(w.slipped, currency);
    m_stalled->setDeals(w.stalled, currency);
    m_ownerMoves->setMoves(w.ownerMoves, currency);
    m_forecastMoves->setMoves(w.forecastMoves, currency);
    m_forecastFlow->setFlow(w.forecastFlow, currency);
    m_stageTimes->setStageTimes(w.stageTimes);
    m_stageTimesCaption->setText(
        w.stageTimes.empty()
            ? tr("No completed stay in a stage is recorded yet: a stay counts from entering a stage to "
                 "entering "
                 "the next one, and one that began before a deal's first record has no known start.")
            : tr("How long deals stayed in each stage before the next one, over every completed stay "
                 "recorded "
                 "up to now (the deals the filters keep). With weekly snapshots a stage change is known to "
                 "the "
                 "week."));
    const QLocale l;
    const auto count = [&l](size_t n) { return l.toString(qint64(n)); };
    m_tabs->setTabText(SlippedTab, tr("Slipped (%1)").arg(count(w.slipped.size())));
    m_tabs->setTabText(StalledTab, tr("Stalled (%1)").arg(count(w.stalled.size())));
    m_tabs->setTabText(OwnerTab, tr("Owner changes (%1)").arg(count(w.ownerMoves.size())));
    m_tabs->setTabText(ForecastMovesTab, tr("Forecast moves (%1)").arg(count(w.forecastMoves.size())));
    const int slipped = int(w.slipped.size());
    m_slippedCaption->setText(
        slipped > 0
            ? tr("%n deal(s) still open had their close date pushed since last sync. \"Pushed\" counts "
                 "every time the close date moved later while the deal was open, over its whole "
                 "history; \"Days pushed\" adds those moves up.",
                 nullptr, slipped)
            : tr("No open deal had its close date pushed since last sync."));
    const int stalled = int(w.stalled.size());
    m_stalledCaption->setText(
        stalled > 0 ? tr("%n deal(s) in the pipeline now have been in their stage longer than the stage's "
                         "expected days. \"At least\": the deal's first record already had the stage, so it "
                         "entered it earlier than the history shows.",
                         nullptr, stalled)
                    : tr("No deal in the pipeline has been in its stage longer than the stage expects."));
    const int owners = int(w.ownerMoves.size());
    m_ownerCaption->setText(owners > 0 ? tr("%n deal(s) changed owner since last sync. Ownership moves do "
                                            "not change the pipeline; filters use the owner now.",
                                            nullptr, owners)
                                       : tr("No deal changed owner since last sync."));
    const int forecasts = int(w.forecastMoves.size());
    m_forecastCaption->setText(
        forecasts > 0 ? tr("%n deal(s) moved into or out of a forecast category since last sync. \"Not in "
                           "the pipeline\": not open with a close date in the window at that moment. Amounts "
                           "as of now.",
                           nullptr, forecasts)
                      : tr("No deal moved into or out of a forecast category since last sync."));
    m_flowCaption->setText(
        tr("Rows: the forecast category at the last sync; columns: now. Each cell: deals · "
           "amount (as of now). The diagonal is the deals that stayed where they were."));
}

void SinceLastSyncPanel::showBar(int row) {
    const Waterfall& w = m_waterfall->waterfall();
    if (!w.available)
        return;
    const auto bucket = WaterfallModel::bucketOfRow(row);
    std::vector<WaterfallChange> changes;
    for (const WaterfallChange& c : w.changes)
        if (bucket ? c.bucket == *bucket
                   : (row == WaterfallModel::kStartRow ? c.before.inWindow : c.after.inWindow))
            changes.push_back(c);
    if (!bucket) {
        // Start and End list the deals that changed; the unchanged rest of the pipeline stays off the list.
        std::sort(changes.begin(), changes.end(),
                  [](const WaterfallChange& a, const WaterfallChange& b) { return a.deal < b.deal; });
        changes.erase(
            std::unique(changes.begin(), changes.end(),
                        [](const WaterfallChange& a, const WaterfallChange& b) { return a.deal == b.deal; }),
            changes.end());
    }
    const int n = int(changes.size());
    m_deals->setChanges(std::move(changes), m_facts ? m_facts->settings.currency : QString());
    m_dealsTitle->setText(
        bucket ? tr("%1: %n deal(s)", nullptr, n).arg(WaterfallModel::barName(row))
               : tr("%1: %n deal(s) that changed", nullptr, n).arg(WaterfallModel::barName(row)));
    m_dealsTitle->show();
    m_dealView->show();
}

} // namespace revalign::ui
