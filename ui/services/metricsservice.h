#pragma once

#include "metrics/dealpipeline.h"
#include "metrics/funnel.h"
#include "metrics/kpiengine.h"
#include "metrics/seriesbreakdown.h"

#include <QFutureWatcher>
#include <QObject>

namespace revalign::ui {

// Everything the dashboard draws for one query, computed together on a worker thread.
struct DashboardData {
    MetricQuery query;
    KpiReport report;
    std::vector<SeriesPoint> series; // per period of the query, with the parts (accepted/rejected MQLs...)
    FunnelReport funnel;
    DealPipelineReport dealPipeline;                    // deals by deal stage, in the workspace's order
    std::vector<std::optional<double>> bookingsTargets; // per period, pro rata for clipped periods
    SeriesBreakdown leadsByChannel;                     // leads_created and mqls per channel per period
    std::vector<BreakdownRow> byPersona;
    std::vector<BreakdownRow> byCampaign;
    QString error;         // a filter naming something not in the data, etc.
    bool complete = false; // false: only the overview (tiles, funnel, series) so far
};

// Owns the immutable fact snapshot of the open workspace and computes dashboards from it off the UI
// thread. The snapshot is loaded once per workspace (and after imports); a filter change only recomputes
// from memory. Requests are latest-wins: a result for an outdated query is dropped.
class MetricsService final : public QObject {
    Q_OBJECT
public:
    explicit MetricsService(QObject* parent = nullptr);
    ~MetricsService() override;

    void loadWorkspace(const QString& path);
    void clear();
    bool hasSnapshot() const { return m_snapshot != nullptr; }
    bool isBusy() const {
        return m_loadWatcher.isRunning() || m_computeWatcher.isRunning() || m_queued.has_value();
    }
    FactSnapshot snapshot() const { return m_snapshot; }
    const QString& path() const { return m_path; }

    // Computes the dashboard for `query` and `funnelMode`; dashboardReady follows.
    void request(const MetricQuery& query, FunnelMode funnelMode);
    // The same, synchronously (tests, the meeting pack, the CLI-equivalence check).
    static DashboardData compute(const FactTable& facts, const MetricQuery& query, FunnelMode funnelMode);
    static DashboardData computeOverview(const FactTable& facts, const MetricQuery& query,
                                         FunnelMode funnelMode);
    static void computeBreakdowns(const FactTable& facts, DashboardData& data);

Q_SIGNALS:
    void snapshotLoaded();
    void snapshotFailed(const QString& message);
    // Emitted twice per request: with the overview, then complete (DashboardData::complete).
    void dashboardReady(const revalign::ui::DashboardData& data);

private:
    QFutureWatcher<std::pair<FactSnapshot, QString>> m_loadWatcher;
    QFutureWatcher<DashboardData> m_computeWatcher;
    FactSnapshot m_snapshot;
    QString m_path;
    quint64 m_generation = 0;
    std::optional<std::pair<MetricQuery, FunnelMode>> m_queued;
};

} // namespace revalign::ui
