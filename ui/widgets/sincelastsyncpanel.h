#pragma once

#include "metrics/facttable.h"
#include "metrics/waterfall.h"

#include <QFutureWatcher>
#include <QGroupBox>

class QLabel;
class QTabWidget;
class QTableView;
class QToolButton;

namespace revalign::ui {

class ForecastFlowModel;
class ForecastMoveModel;
class MoverModel;
class OwnerMoveModel;
class SlippedDealModel;
class StageTimeModel;
class StalledDealModel;
class WaterfallChart;
class WaterfallDealModel;
class WaterfallModel;

// "Since last sync" on the weekly sync page: the pipeline waterfall of the quarter's close dates from the
// end of the previous sync week to the latest snapshot, the five biggest movers with the reason, and how
// the MQL backlog changed. Clicking a bar lists its deals. Further tabs hold what `revalign-cli changes`
// lists besides: slipped and stalled deals, ownership moves, forecast-category moves, the
// forecast-category flow and the time deals spend in each stage. Computed from the fact snapshot off the UI
// thread (one computeWaterfall() gives every tab); reads nothing from the workspace and writes nothing.
class SinceLastSyncPanel final : public QGroupBox {
    Q_OBJECT
public:
    explicit SinceLastSyncPanel(QWidget* parent = nullptr);
    ~SinceLastSyncPanel() override;

    void setSnapshot(FactSnapshot facts);
    void setFilters(const MetricFilters& filters);
    // The sync reviews `week`: compare the latest snapshot taken by the day after it (the meeting's Monday)
    // with the end of the sync week before that snapshot's.
    void setWeek(const DateRange& week);
    static WaterfallQuery queryFor(const FactTable& facts, const DateRange& week,
                                   const MetricFilters& filters);

    // Until finished() has shown the result (isRunning() turns false in the worker, before that).
    bool isComputing() const { return m_pending; }
    WaterfallModel* waterfallModel() const { return m_waterfall; }
    MoverModel* moverModel() const { return m_movers; }
    WaterfallDealModel* dealModel() const { return m_deals; }
    SlippedDealModel* slippedModel() const { return m_slipped; }
    StalledDealModel* stalledModel() const { return m_stalled; }
    OwnerMoveModel* ownerMoveModel() const { return m_ownerMoves; }
    ForecastMoveModel* forecastMoveModel() const { return m_forecastMoves; }
    ForecastFlowModel* forecastFlowModel() const { return m_forecastFlow; }
    StageTimeModel* stageTimeModel() const { return m_stageTimes; }
    // Waterfall, Slipped, Stalled, Owner changes, Forecast moves, Forecast flow, Stage times.
    enum Tab {
        WaterfallTab,
        SlippedTab,
        StalledTab,
        OwnerTab,
        ForecastMovesTab,
        ForecastFlowTab,
        StageTimesTab
    };
    QTabWidget* tabs() const { return m_tabs; }
    // Lists the deals of one bar (a WaterfallModel row), as clicking it does.
    void showBar(int row);
    // The rules the waterfall counts by, as shown by the "How is this counted?" button.
    static QString rulesText();

Q_SIGNALS:
    void computed();

private:
    void recompute();
    void apply(const Waterfall& w);
    void applyDetails(const Waterfall& w, const QString& currency);
    QWidget* detailTab(QLabel* caption, QTableView* view);

    FactSnapshot m_facts;
    MetricFilters m_filters;
    DateRange m_week;
    QFutureWatcher<Waterfall> m_watcher;
    bool m_dirty = false;
    bool m_pending = false;
    WaterfallModel* m_waterfall;
    MoverModel* m_movers;
    WaterfallDealModel* m_deals;
    SlippedDealModel* m_slipped;
    StalledDealModel* m_stalled;
    OwnerMoveModel* m_ownerMoves;
    ForecastMoveModel* m_forecastMoves;
    ForecastFlowModel* m_forecastFlow;
    StageTimeModel* m_stageTimes;
    QLabel* m_heading;
    QLabel* m_unavailable;
    QWidget* m_body;
    WaterfallChart* m_chart;
    QTableView* m_moverView;
    QLabel* m_mqls;
    QLabel* m_dealsTitle;
    QTableView* m_dealView;
    QLabel* m_notes;
    QToolButton* m_rules;
    QTabWidget* m_tabs;
    QLabel* m_slippedCaption;
    QLabel* m_stalledCaption;
    QLabel* m_ownerCaption;
    QLabel* m_forecastCaption;
    QLabel* m_flowCaption;
    QLabel* m_stageTimesCaption;
};

} // namespace revalign::ui
