#pragma once

#include "metrics/funnel.h"
#include "services/metricsservice.h"

#include <QWidget>

#include <map>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace revalign::ui {

class ChartPanel;
class DealPipelineModel;
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
    // Records already known (a data-quality finding): shown as they are, no figure to compute.
    std::optional<std::vector<qint64>> ids;
    bool idsAreOpportunities = false;
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
    DealPipelineModel* dealPipelineModel() const { return m_dealModel; }
    // The badge saying the data has problems (hidden when nothing was found); a click asks to see them.
    void setDataQuality(int findings, qint64 records);
    QPushButton* dataQualityBadge() const { return m_qualityBadge; }
    QLabel* undatedNote() const { return m_undatedNote; }
    bool showsDealPipelineInsteadOfFunnel() const;

Q_SIGNALS:
    void funnelModeChanged();
    void drillRequested(const revalign::ui::DrillRequest& request);
    void dataQualityRequested();

private:
    QWidget* buildTileBand(const QString& title, const QStringList& keys);
    void updateTiles();
    void updateCharts();
    void requestDrill(const QString& title, const QString& kpiKey, MetricQuery query,
                      DrillSide side = DrillSide::Numerator);
    MetricQuery periodQuery(int period) const;
    QString fullPeriodLabel(int period) const; // with its year, for titles

    DashboardData m_data;
    QStringList m_stageNames;
    std::map<QString, KpiTile*> m_tiles;
    QWidget* m_content = nullptr;
    QWidget* m_overview;
    QWidget* m_chartArea;
    QLabel* m_error;
    QPushButton* m_qualityBadge;
    QLabel* m_undatedNote;
    QLabel* m_funnelHeading;
    QStackedWidget* m_funnelStack;
    FunnelWidget* m_funnel;
    DealPipelineModel* m_dealModel;
    QTableView* m_dealTable;
    QLabel* m_dealSummary;
    QButtonGroup* m_funnelMode;
    QWidget* m_funnelModeBox;
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
