#pragma once

#include "metrics/funnel.h"
#include "services/metricsservice.h"

#include <QWidget>

#include <map>

class QButtonGroup;
class QComboBox;
class QLabel;

namespace revalign::ui {

class ChartPanel;
class FunnelWidget;
class KpiTile;

// What a click on the dashboard asks to see: the records behind one figure.
struct DrillRequest {
    QString title;
    MetricQuery query;
    QString kpiKey; // drill through drillDown(kpiKey); empty = funnel stage
    DrillSide side = DrillSide::Numerator;
    int funnelStage = -1;
    FunnelMode funnelMode = FunnelMode::Flow;
};

// Marketing and sales side by side: KPI tiles in three bands (marketing, the handoff, sales), the funnel
// and rejection reasons, then a column of marketing charts beside a column of sales charts.
class DashboardPage final : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPage(QWidget* parent = nullptr);

    void setData(const DashboardData& data, const QStringList& stageNames);
    FunnelMode funnelMode() const;
    void setFunnelMode(FunnelMode mode);
    const DashboardData& data() const { return m_data; }

    // For tests and the meeting pack.
    KpiTile* tile(const QString& key) const;
    QList<ChartPanel*> charts() const;
    FunnelWidget* funnel() const { return m_funnel; }
    // Shows only the top band (tiles, funnel, handoff) or only the charts: the meeting pack pages.
    enum class Section { All, Overview, Charts };
    void setSection(Section section);
    // The scrolled content, for rendering the whole page (not only what the viewport shows).
    QWidget* contentWidget() const { return m_content; }

Q_SIGNALS:
    void funnelModeChanged();
    void drillRequested(const revalign::ui::DrillRequest& request);

private:
    QWidget* buildTileBand(const QString& title, const QStringList& keys);
    void updateTiles();
    void updateCharts();
    void requestDrill(const QString& title, const QString& kpiKey, MetricQuery query,
                      DrillSide side = DrillSide::Numerator);
    MetricQuery periodQuery(int period) const;

    DashboardData m_data;
    QStringList m_stageNames;
    std::map<QString, KpiTile*> m_tiles;
    QWidget* m_content = nullptr;
    QWidget* m_overview;
    QWidget* m_chartArea;
    QLabel* m_error;
    FunnelWidget* m_funnel;
    QButtonGroup* m_funnelMode;
    QComboBox* m_channelMetric;
    ChartPanel* m_rejections;
    ChartPanel* m_leadsByChannel;
    ChartPanel* m_mqlsByPersona;
    ChartPanel* m_costPerMql;
    ChartPanel* m_marketingPipeline;
    ChartPanel* m_handoff;
    ChartPanel* m_sqlsAndOpps;
    ChartPanel* m_pipelineByStage;
    ChartPanel* m_bookings;
};

} // namespace revalign::ui
